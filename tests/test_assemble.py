"""Tests for assemble: sections, notes placement, parts, anthologies, TOC and book metadata."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fic2epub.assemble import FALLBACK_MODIFIED, assemble, toc_tree
from fic2epub.errors import InputError, UsageError
from fic2epub.model import Book, Chapter, Metadata, Note, Part, Story
from fic2epub.options import NotesPlacement, WriteOptions
from story_samples import (
    HOSTILE_TITLE,
    hostile_story,
    no_author_story,
    note,
    notes_story,
    one_shot,
    para,
    parts_story,
)


def layout(book: Book) -> list[tuple[str, str, str, int]]:
    """(kind, id, title, toc_level) of every section."""
    return [(s.kind, s.id, s.title, s.toc_level) for s in book.sections]


def labels(notes: tuple[Note, ...]) -> list[str]:
    return [n.label for n in notes]


def test_single_story_layout_auto() -> None:
    book = assemble([notes_story()], WriteOptions())
    assert layout(book) == [
        ("titlepage", "titlepage", "Title Page", 1),
        ("preface", "s1-preface", "Author's Note", 1),
        ("chapter", "s1-ch001", "Chapter 1: Lanterns", 1),
        ("chapter", "s1-ch002", "Chapter 2", 1),
        ("chapter", "s1-ch003", "Chapter 3: Morning", 1),
        ("afterword", "s1-afterword", "Author's Notes", 1),
    ]
    preface, ch1, ch2, ch3, afterword = book.sections[1:]
    assert labels(preface.notes) == ["Author's Note"]
    assert labels(ch1.notes_before) == ["AN1"] and ch1.notes_after == ()
    assert ch2.notes_before == () and labels(ch2.notes_after) == ["A/N"]
    assert labels(ch3.notes_before) == ["AN3"] and labels(ch3.notes_after) == ["End AN"]
    assert labels(afterword.notes) == ["Credits", "P.S."]
    assert ch1.chapter == notes_story().chapters[0]


def test_notes_front_gathers_every_note_in_reading_order() -> None:
    book = assemble([notes_story()], WriteOptions(notes="front"))
    kinds = [s.kind for s in book.sections]
    assert kinds == ["titlepage", "preface", "chapter", "chapter", "chapter"]
    assert labels(book.sections[1].notes) == [
        "Author's Note",
        "AN1",
        "A/N",
        "AN3",
        "End AN",
        "Credits",
        "P.S.",
    ]
    assert book.sections[1].title == "Author's Notes"
    assert all(not s.notes_before and not s.notes_after for s in book.sections)


def test_notes_back_gathers_every_note_at_the_end() -> None:
    book = assemble([notes_story()], WriteOptions(notes="back"))
    assert [s.kind for s in book.sections] == [
        "titlepage",
        "chapter",
        "chapter",
        "chapter",
        "afterword",
    ]
    assert labels(book.sections[-1].notes)[0] == "Author's Note"
    assert labels(book.sections[-1].notes)[-1] == "P.S."
    assert len(book.sections[-1].notes) == 7


def test_notes_inline_keeps_every_note_where_it_was_found() -> None:
    book = assemble([notes_story()], WriteOptions(notes="inline"))
    assert [s.kind for s in book.sections] == ["titlepage", "chapter", "chapter", "chapter"]
    first, second, last = book.sections[1:]
    assert labels(first.notes_before) == ["Author's Note", "AN1"]
    assert labels(second.notes_after) == ["A/N"]
    assert labels(last.notes_before) == ["AN3"]
    assert labels(last.notes_after) == ["End AN", "Credits", "P.S."]


def test_notes_omit_drops_every_note() -> None:
    book = assemble([notes_story()], WriteOptions(notes="omit"))
    assert [s.kind for s in book.sections] == ["titlepage", "chapter", "chapter", "chapter"]
    assert all(not (s.notes or s.notes_before or s.notes_after) for s in book.sections)


MODES: tuple[NotesPlacement, ...] = ("auto", "front", "back", "inline", "omit")


def all_placed(book: Book) -> list[Note]:
    return [n for s in book.sections for n in (*s.notes, *s.notes_before, *s.notes_after)]


def story_notes(story: Story) -> list[Note]:
    notes = list(story.front_notes)
    for chapter in story.chapters:
        notes += [*chapter.notes_before, *chapter.notes_after]
    return notes + list(story.back_notes)


note_lists = st.lists(st.sampled_from(["a", "b", "c"]), max_size=2)


@st.composite
def stories(draw: st.DrawFn) -> Story:
    """Stories with random chapters, parts and notes anywhere."""

    def notes(origin: str) -> tuple[Note, ...]:
        return tuple(note(f"{origin}-{i}", text, origin) for i, text in enumerate(draw(note_lists)))

    parts = []
    number = 0
    for part_index in range(draw(st.integers(1, 3))):
        chapters = []
        for _ in range(draw(st.integers(0 if part_index else 1, 3))):
            number += 1
            chapters.append(
                Chapter(
                    title=draw(st.sampled_from([None, "Named"])),
                    number=number,
                    blocks=(para("x"),),
                    notes_before=notes("chapter-start"),
                    notes_after=notes("chapter-end"),
                )
            )
        parts.append(Part(title=draw(st.sampled_from([None, "A Part"])), chapters=tuple(chapters)))
    return Story(
        metadata=Metadata(title="T"),
        front_notes=notes("before-story"),
        parts=tuple(parts),
        back_notes=notes("after-story"),
    )


@settings(max_examples=60, deadline=None)
@given(st.lists(stories(), min_size=1, max_size=3), st.sampled_from(MODES))
def test_every_note_is_placed_once_in_reading_order(
    generated: list[Story], mode: NotesPlacement
) -> None:
    book = assemble(generated, WriteOptions(notes=mode))
    expected = [] if mode == "omit" else [n for s in generated for n in story_notes(s)]
    placed = all_placed(book)
    assert len(placed) == len(expected)
    assert all(a is b for a, b in zip(placed, expected, strict=True))
    ids = [s.id for s in book.sections]
    assert len(set(ids)) == len(ids)
    assert all(i.isascii() and i[0].isalpha() for i in ids)
    assert sum(s.kind == "chapter" for s in book.sections) == sum(
        len(s.chapters) for s in generated
    )
    assert all(not child.children for entry in toc_tree(book) for child in entry.children)


def test_one_chapter_story_uses_story_title() -> None:
    book = assemble([one_shot()], WriteOptions())
    assert layout(book)[-1] == ("chapter", "s1-ch001", "Petite Pluie", 1)
    assert book.metadata.language == "fr"


def test_parts_nest_chapters_under_part_entries() -> None:
    book = assemble([parts_story()], WriteOptions())
    chapters = [s for s in book.sections if s.kind == "chapter"]
    assert [(c.title, c.toc_level, c.part_title) for c in chapters] == [
        ("Prologue", 1, None),
        ("Chapter 2", 2, "Part One: Leaving"),
        ("Chapter 3", 2, None),
        ("The Gate Again", 2, "Part Two: Arriving"),
    ]
    toc = toc_tree(book)
    assert [(e.title, e.section_id, e.fragment) for e in toc] == [
        ("Title Page", "titlepage", None),
        ("Prologue", "s1-ch001", None),
        ("Part One: Leaving", "s1-ch002", "s1-ch002-part"),
        ("Part Two: Arriving", "s1-ch004", "s1-ch004-part"),
    ]
    assert [(c.title, c.fragment) for c in toc[2].children] == [
        ("Chapter 2", "s1-ch002"),
        ("Chapter 3", None),
    ]
    assert [c.title for c in toc[3].children] == ["The Gate Again"]


def test_anthology_layout() -> None:
    book = assemble(
        [notes_story(), one_shot()], WriteOptions(), title="Rain & Lanterns", editors=("Ed",)
    )
    assert layout(book) == [
        ("titlepage", "titlepage", "Title Page", 1),
        ("story-titlepage", "s1-titlepage", "Harbour Lights", 1),
        ("preface", "s1-preface", "Author's Note", 2),
        ("chapter", "s1-ch001", "Chapter 1: Lanterns", 2),
        ("chapter", "s1-ch002", "Chapter 2", 2),
        ("chapter", "s1-ch003", "Chapter 3: Morning", 2),
        ("afterword", "s1-afterword", "Author's Notes", 2),
        ("story-titlepage", "s2-titlepage", "Petite Pluie", 1),
        ("preface", "s2-preface", "Author's Note", 2),
        ("chapter", "s2-ch001", "Petite Pluie", 0),
    ]
    assert [s.story_index for s in book.sections] == [0, 0, 0, 0, 0, 0, 0, 1, 1, 1]
    toc = toc_tree(book)
    assert [e.title for e in toc] == ["Title Page", "Harbour Lights", "Petite Pluie"]
    assert [c.title for c in toc[2].children] == ["Author's Note"]
    meta = book.metadata
    assert meta.title == "Rain & Lanterns"
    assert meta.authors == ("Ines Okafor", "Luc Marchand")
    assert meta.editors == ("Ed",)
    assert meta.language == "en"
    assert meta.series is None and meta.description is None and meta.date is None


def test_anthology_parts_stay_within_two_levels() -> None:
    book = assemble([parts_story(), notes_story()], WriteOptions())
    assert max(s.toc_level for s in book.sections) == 2
    toc = toc_tree(book)
    assert [e.title for e in toc] == ["Title Page", "The Long Road", "Harbour Lights"]
    assert all(not child.children for e in toc for child in e.children)


def test_metadata_from_a_single_story() -> None:
    story = hostile_story()
    meta = assemble([story], WriteOptions()).metadata
    assert meta.title == HOSTILE_TITLE
    assert meta.authors == ("Pat <Q> Writer", "R & D")
    expected_id = uuid.uuid5(uuid.NAMESPACE_URL, "https://example.org/works/1?a=1&b=2")
    assert meta.identifier == f"urn:uuid:{expected_id}"
    assert meta.subjects == (
        "Cartoons & Co",
        "Tom/Jerry",
        "Tom",
        "Jerry",
        "Spike",
        "T",
        "Gen",
        "Humor",
        "Slapstick",
        'Quote "Marks"',
    )
    assert meta.description == story.metadata.summary
    assert (meta.series, meta.series_index) == ("Chase & Cheese", 2.0)
    assert meta.date == "2021-03-04"
    assert meta.modified == "2021-05-06T00:00:00Z"


def test_identifier_without_url_is_stable_and_depends_on_title_and_authors() -> None:
    story = notes_story()
    first = assemble([story], WriteOptions()).metadata.identifier
    assert first == assemble([story], WriteOptions()).metadata.identifier
    assert first.startswith("urn:uuid:")
    assert uuid.UUID(first.removeprefix("urn:uuid:")).version == 5
    retitled = replace(story, metadata=replace(story.metadata, title="Other"))
    assert assemble([retitled], WriteOptions()).metadata.identifier != first
    reauthored = replace(story, metadata=replace(story.metadata, authors=("Someone",)))
    assert assemble([reauthored], WriteOptions()).metadata.identifier != first


def test_anthology_identifier_depends_on_its_stories() -> None:
    a = assemble([notes_story(), one_shot()], WriteOptions(), title="X").metadata.identifier
    b = assemble([notes_story(), parts_story()], WriteOptions(), title="X").metadata.identifier
    assert a != b


def test_unknown_author_placeholder_and_fallback_modified() -> None:
    meta = assemble([no_author_story()], WriteOptions()).metadata
    assert meta.authors == ("Unknown",)
    assert meta.modified == FALLBACK_MODIFIED
    assert meta.date is None


def test_modified_prefers_source_date_epoch() -> None:
    meta = assemble([hostile_story()], WriteOptions(source_date_epoch=1_700_000_000)).metadata
    assert meta.modified == "2023-11-14T22:13:20Z"


def test_modified_out_of_range_epoch_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        assemble([hostile_story()], WriteOptions(source_date_epoch=10**20))


def test_invalid_dates_are_ignored() -> None:
    story = no_author_story()
    story = replace(story, metadata=replace(story.metadata, published="last spring"))
    meta = assemble([story], WriteOptions()).metadata
    assert meta.date is None
    assert meta.modified == FALLBACK_MODIFIED


def test_title_override_and_blank_titles() -> None:
    assert assemble([notes_story()], WriteOptions(), title="New").metadata.title == "New"
    blank = replace(no_author_story(), metadata=Metadata(title="  "))
    book = assemble([blank], WriteOptions())
    assert book.metadata.title == "Untitled"
    assert book.sections[-1].title == "Untitled"
    assert assemble([notes_story(), one_shot()], WriteOptions()).metadata.title == "Anthology"


def test_authors_are_deduplicated_in_order() -> None:
    meta = assemble([one_shot(), notes_story()], WriteOptions()).metadata
    assert meta.authors == ("Ines Okafor", "Luc Marchand")


def test_no_stories_is_an_input_error() -> None:
    with pytest.raises(InputError):
        assemble([], WriteOptions())
