"""Tests for the story model's JSON form: exact shape, exact round trip, clear errors."""

from __future__ import annotations

import dataclasses
import json
import typing

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fic2epub import model_json
from fic2epub.model import (
    Block,
    Chapter,
    Emph,
    EndMarker,
    Field,
    Inline,
    LineBreak,
    Metadata,
    Note,
    Paragraph,
    Part,
    SceneBreak,
    Story,
    Strong,
    Text,
)
from fic2epub.model_json import ModelJSONError, dumps, loads, story_from_dict, story_to_dict


def _para(*content: Inline, align: typing.Literal["start", "center"] = "start") -> Paragraph:
    return Paragraph(content=content, align=align)


def _full_story() -> Story:
    """A story that uses every kind of block, inline, note position and metadata field."""
    metadata = Metadata(
        title='Tom & Jerry: "Quotes" <3',
        authors=("Wren Calloway", "M. Ashdown"),
        language="en-GB",
        fandoms=("Lighthouse Keepers (TV)", "Tide Tables"),
        relationships=("Ada/Brann",),
        characters=("Ada", "Brann", "The Harbourmaster"),
        rating="T",
        warnings=("No Archive Warnings Apply",),
        categories=("F/M", "Romance"),
        tags=("fluff", "storms"),
        summary="The lamp goes out.\n\nSomeone has to climb the stairs.",
        status="Complete",
        series="Salt Roads",
        series_index=2.5,
        disclaimer="Nothing here is mine but the weather.",
        word_count=1234,
        chapter_count=2,
        published="2021-03-04",
        updated="2021-05-06",
        source_url="https://example.org/works/1",
        extra=(Field(label="Prompt", value="a lamp\nand a ladder"), Field(label="Beta", value="")),
    )
    chapter_one = Chapter(
        title="Chapter 1 \u2013 The Lamp",
        number=1,
        blocks=(
            _para(Text(text="The wind "), Emph(children=(Text(text="howled"),)), Text(text=".")),
            _para(
                Strong(
                    children=(
                        Emph(
                            children=(Text(text="Both"),),
                        ),
                        LineBreak(),
                    )
                )
            ),
            SceneBreak(marker="* * *"),
            SceneBreak(),
            _para(Text(text="Dear Brann,"), LineBreak(), Text(text="— A."), align="center"),
        ),
        notes_before=(
            Note(label="A/N", blocks=(_para(Text(text="Hello!")),), origin="chapter-start"),
        ),
        notes_after=(Note(label="AN1", blocks=(), origin="chapter-end"),),
    )
    chapter_two = Chapter(
        title=None,
        number=2,
        blocks=(_para(Text(text="Ünïcødé ✓ \U0001d518 \u200b")), EndMarker(text="tbc")),
    )
    return Story(
        metadata=metadata,
        front_notes=(
            Note(label="Author Notes", blocks=(_para(Text(text="Hi")),), origin="before-story"),
        ),
        parts=(
            Part(title="Part One", chapters=(chapter_one,)),
            Part(title=None, chapters=(chapter_two,)),
        ),
        back_notes=(Note(label="A/N", blocks=(_para(Text(text="Bye")),), origin="after-story"),),
        source="salt-roads.txt",
    )


# --- shape ----------------------------------------------------------------------------------


def test_schema_comes_first_and_story_fields_follow_in_model_order() -> None:
    data = story_to_dict(_full_story())
    assert list(data) == ["schema", "metadata", "front_notes", "parts", "back_notes", "source"]
    assert data["schema"] == "fic2epub.story/1"


def test_metadata_has_every_field_with_tuples_as_lists_and_extra_as_label_value_objects() -> None:
    metadata = story_to_dict(_full_story())["metadata"]
    assert isinstance(metadata, dict)
    assert list(metadata) == [f.name for f in dataclasses.fields(Metadata)]
    assert metadata["authors"] == ["Wren Calloway", "M. Ashdown"]
    assert metadata["series_index"] == 2.5
    assert metadata["rating"] == "T"
    assert metadata["extra"] == [
        {"label": "Prompt", "value": "a lamp\nand a ladder"},
        {"label": "Beta", "value": ""},
    ]


def test_unset_metadata_fields_are_null_or_empty() -> None:
    story = Story(metadata=Metadata(title="Bare"))
    metadata = story_to_dict(story)["metadata"]
    assert isinstance(metadata, dict)
    assert metadata["summary"] is None
    assert metadata["fandoms"] == []
    assert metadata["word_count"] == 0
    assert story_to_dict(story)["parts"] == []


def test_blocks_and_inlines_are_tagged() -> None:
    data = json.loads(dumps(_full_story()))
    chapter = data["parts"][0]["chapters"][0]
    assert chapter["title"] == "Chapter 1 \u2013 The Lamp"
    assert chapter["number"] == 1
    first, second, stars, blank, letter = chapter["blocks"]
    assert first == {
        "type": "paragraph",
        "content": [
            {"type": "text", "text": "The wind "},
            {"type": "emph", "children": [{"type": "text", "text": "howled"}]},
            {"type": "text", "text": "."},
        ],
        "align": "start",
    }
    assert second["content"] == [
        {
            "type": "strong",
            "children": [
                {"type": "emph", "children": [{"type": "text", "text": "Both"}]},
                {"type": "linebreak"},
            ],
        }
    ]
    assert stars == {"type": "scene_break", "marker": "* * *"}
    assert blank == {"type": "scene_break", "marker": ""}
    assert letter["align"] == "center"
    assert data["parts"][1]["chapters"][0]["blocks"][1] == {"type": "end_marker", "text": "tbc"}


def test_notes_keep_label_origin_and_blocks() -> None:
    data = json.loads(dumps(_full_story()))
    note = data["parts"][0]["chapters"][0]["notes_before"][0]
    assert note == {
        "label": "A/N",
        "blocks": [
            {"type": "paragraph", "content": [{"type": "text", "text": "Hello!"}], "align": "start"}
        ],
        "origin": "chapter-start",
    }
    assert data["front_notes"][0]["origin"] == "before-story"
    assert data["back_notes"][0]["origin"] == "after-story"


def test_dumps_is_indented_keeps_non_ascii_and_is_stable() -> None:
    story = _full_story()
    text = dumps(story)
    assert "Ünïcødé ✓ \U0001d518" in text
    assert "\\u" not in text
    assert text.startswith('{\n  "schema": "fic2epub.story/1",\n  "metadata": {\n    "title": ')
    assert dumps(story) == text


def test_every_inline_and_block_kind_has_a_distinct_tag() -> None:
    kinds = typing.get_args(Inline) + typing.get_args(Block)
    assert set(model_json.TAGS) == set(kinds)
    assert len(set(model_json.TAGS.values())) == len(kinds)


def test_non_finite_series_index_is_written_as_null() -> None:
    story = Story(metadata=Metadata(title="T", series_index=float("inf")))
    assert json.loads(dumps(story))["metadata"]["series_index"] is None


# --- round trip -----------------------------------------------------------------------------


def test_hand_built_story_round_trips_exactly() -> None:
    story = _full_story()
    assert story_from_dict(story_to_dict(story)) == story
    assert loads(dumps(story)) == story


def test_minimal_story_round_trips() -> None:
    story = Story(metadata=Metadata(title=""))
    assert loads(dumps(story)) == story


def test_whole_number_series_index_written_as_int_reads_back_as_float() -> None:
    data = story_to_dict(Story(metadata=Metadata(title="T", series_index=3.0)))
    metadata = data["metadata"]
    assert isinstance(metadata, dict)
    metadata["series_index"] = 3
    story = story_from_dict(data)
    assert story.metadata.series_index == 3.0
    assert isinstance(story.metadata.series_index, float)


def test_missing_keys_with_defaults_take_the_default() -> None:
    story = story_from_dict({"schema": "fic2epub.story/1", "metadata": {"title": "Only"}})
    assert story == Story(metadata=Metadata(title="Only"))


# Hypothesis strategies that build arbitrary stories, independently of model_json's own walk.

_text = st.text(max_size=12)
_texts = st.lists(_text, max_size=3).map(tuple)
_inline: st.SearchStrategy[Inline] = st.deferred(
    lambda: st.one_of(
        st.builds(Text, text=_text),
        st.just(LineBreak()),
        st.builds(Emph, children=st.lists(_inline, max_size=3).map(tuple)),
        st.builds(Strong, children=st.lists(_inline, max_size=3).map(tuple)),
    )
)
_block: st.SearchStrategy[Block] = st.one_of(
    st.builds(
        Paragraph,
        content=st.lists(_inline, max_size=4).map(tuple),
        align=st.sampled_from(["start", "center"]),
    ),
    st.builds(SceneBreak, marker=_text),
    st.builds(EndMarker, text=_text),
)
_blocks = st.lists(_block, max_size=4).map(tuple)


def _notes(origins: list[str]) -> st.SearchStrategy[tuple[Note, ...]]:
    note = st.builds(Note, label=_text, blocks=_blocks, origin=st.sampled_from(origins))
    return st.lists(note, max_size=2).map(tuple)


_chapter = st.builds(
    Chapter,
    title=st.none() | _text,
    number=st.integers(min_value=0, max_value=10_000),
    blocks=_blocks,
    notes_before=_notes(["chapter-start", "chapter-end"]),
    notes_after=_notes(["chapter-end", "chapter-start"]),
)
_part = st.builds(Part, title=st.none() | _text, chapters=st.lists(_chapter, max_size=3).map(tuple))
_optional_text = st.none() | _text
METADATA_FIELDS: dict[str, st.SearchStrategy[object]] = {
    "title": _text,
    "authors": _texts,
    "language": _text,
    "fandoms": _texts,
    "relationships": _texts,
    "characters": _texts,
    "rating": _optional_text,
    "warnings": _texts,
    "categories": _texts,
    "tags": _texts,
    "summary": _optional_text,
    "status": _optional_text,
    "series": _optional_text,
    "series_index": st.none() | st.floats(allow_nan=False, allow_infinity=False),
    "disclaimer": _optional_text,
    "word_count": st.integers(min_value=0, max_value=2**63),
    "chapter_count": st.none() | st.integers(min_value=0, max_value=10_000),
    "published": _optional_text,
    "updated": _optional_text,
    "source_url": _optional_text,
    "extra": st.lists(st.builds(Field, label=_text, value=_text), max_size=3).map(tuple),
}
_metadata = st.builds(Metadata, **METADATA_FIELDS)
_story = st.builds(
    Story,
    metadata=_metadata,
    front_notes=_notes(["before-story"]),
    parts=st.lists(_part, max_size=3).map(tuple),
    back_notes=_notes(["after-story"]),
    source=_text,
)


def test_the_metadata_strategy_sets_every_field() -> None:
    assert set(METADATA_FIELDS) == {f.name for f in dataclasses.fields(Metadata)}


@settings(max_examples=150, deadline=None)
@given(_story)
def test_any_story_round_trips_through_dicts(story: Story) -> None:
    assert story_from_dict(story_to_dict(story)) == story


@settings(max_examples=150, deadline=None)
@given(_story)
def test_any_story_round_trips_through_json_text(story: Story) -> None:
    text = dumps(story)
    assert loads(text) == story
    assert dumps(loads(text)) == text


# --- errors ---------------------------------------------------------------------------------


def test_wrong_schema_is_refused() -> None:
    data = story_to_dict(_full_story())
    data["schema"] = "fic2epub.story/2"
    with pytest.raises(ModelJSONError, match=r"schema: expected 'fic2epub.story/1'"):
        story_from_dict(data)


def test_unknown_key_is_named_with_its_path() -> None:
    data = json.loads(dumps(_full_story()))
    data["parts"][0]["chapters"][0]["colour"] = "blue"
    with pytest.raises(
        ModelJSONError, match=r"^story\.parts\[0\]\.chapters\[0\]: unknown key 'colour'$"
    ):
        story_from_dict(data)


def test_unknown_block_type_is_refused() -> None:
    data = json.loads(dumps(_full_story()))
    data["parts"][0]["chapters"][0]["blocks"][0]["type"] = "table"
    with pytest.raises(ModelJSONError, match=r"blocks\[0\]: type 'table' is not one of paragraph"):
        story_from_dict(data)


def test_inline_tag_where_a_block_belongs_is_refused() -> None:
    data = json.loads(dumps(_full_story()))
    data["parts"][0]["chapters"][0]["blocks"][0] = {"type": "text", "text": "x"}
    with pytest.raises(ModelJSONError, match="type 'text' is not one of"):
        story_from_dict(data)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("title", 3, "metadata.title: expected a string, found int"),
        ("authors", "Ann", "metadata.authors: expected a list, found str"),
        ("word_count", 1.5, "metadata.word_count: expected an integer, found float"),
        ("word_count", True, "metadata.word_count: expected an integer, found bool"),
        ("series_index", "2", "metadata.series_index: expected a number, found str"),
        ("extra", [{"label": "x"}], r"metadata.extra\[0\]: missing key 'value'"),
    ],
)
def test_wrong_types_are_named(field: str, value: object, message: str) -> None:
    data = json.loads(dumps(_full_story()))
    data["metadata"][field] = value
    with pytest.raises(ModelJSONError, match=message):
        story_from_dict(data)


def test_bad_literal_is_refused() -> None:
    data = json.loads(dumps(_full_story()))
    data["front_notes"][0]["origin"] = "somewhere"
    with pytest.raises(
        ModelJSONError, match=r"front_notes\[0\]\.origin: 'somewhere' is not one of"
    ):
        story_from_dict(data)


def test_missing_required_key_is_named() -> None:
    with pytest.raises(ModelJSONError, match="story: missing key 'metadata'"):
        story_from_dict({"schema": "fic2epub.story/1"})


def test_loads_refuses_non_json_and_non_objects() -> None:
    with pytest.raises(ModelJSONError, match="not JSON"):
        loads("{")
    with pytest.raises(ModelJSONError, match="expected an object, found a list"):
        loads("[]")
