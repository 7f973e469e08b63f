"""The text reader as a whole: errors, overrides and ``inspect --explain``."""

from __future__ import annotations

from pathlib import Path

import pytest

from fic2epub.errors import InputError, UsageError
from fic2epub.options import ReadOptions
from fic2epub.readers import explain, read_path
from fic2epub.readers.text import read_text

HEADER_ONLY = b"Title: Nothing Yet\nAuthor: someone\n\nA/N: the story is coming soon, promise!\n"
SHORT = b"Title: Pebble\nAuthor: quartzling\n\nThe pebble sat on the sill.\n\n* * *\n\nIt fell.\n"


def test_header_without_story_is_a_one_line_error() -> None:
    with pytest.raises(InputError) as caught:
        read_text(HEADER_ONLY, ReadOptions(), "soon.txt")
    assert str(caught.value) == "soon.txt: no story text found after the header"


@pytest.mark.parametrize(
    ("setup", "reason"),
    [("missing", "no such file"), ("directory", "is a directory, not a story file")],
)
def test_unreadable_paths(tmp_path: Path, setup: str, reason: str) -> None:
    path = tmp_path / "story.txt"
    if setup == "directory":
        path.mkdir()
    with pytest.raises(InputError) as caught:
        read_path(path, ReadOptions())
    assert str(caught.value) == f"{path}: {reason}"


def test_options_override_what_the_text_says() -> None:
    options = ReadOptions(
        title="Better Title",
        authors=("A", "B"),
        language="de",
        metadata=(("rating", "M"), ("fandoms", "One, Two"), ("Mood", "wistful")),
    )
    meta = read_text(SHORT, options, "p.txt").metadata
    assert (meta.title, meta.authors, meta.language, meta.rating) == (
        "Better Title",
        ("A", "B"),
        "de",
        "M",
    )
    assert meta.fandoms == ("One", "Two")
    assert [(f.label, f.value) for f in meta.extra] == [("Mood", "wistful")]


def test_chapter_and_scene_patterns_replace_the_guesses() -> None:
    text = (
        b"@@ Arrival\n\nThey came at dawn.\n\n%%\n\nThey left at dusk.\n\n@@ Departure\n\nGone.\n"
    )
    story = read_text(
        text,
        ReadOptions(chapter_pattern=r"@@ .*", scene_break_pattern=r"%%"),
        "s.txt",
    )
    assert [c.title for c in story.chapters] == ["@@ Arrival", "@@ Departure"]
    assert [type(b).__name__ for b in story.chapters[0].blocks] == [
        "Paragraph",
        "SceneBreak",
        "Paragraph",
    ]


def test_bad_pattern_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="invalid chapter pattern"):
        read_text(SHORT, ReadOptions(chapter_pattern="(unclosed"), "s.txt")


def test_forced_layout_keeps_every_line() -> None:
    text = b"Title: Lines\n\nOne short line\nanother short line\nand a third one here\n"
    forced = read_text(text, ReadOptions(layout="lines"), "s.txt")
    assert len(forced.chapters[0].blocks) == 3


def test_explain_names_each_line_its_role_and_rule(tmp_path: Path) -> None:
    path = tmp_path / "pebble.txt"
    path.write_bytes(SHORT)
    rows = explain(path, ReadOptions()).splitlines()
    assert rows[0].split()[:3] == ["1", "field", "[Title]"]
    assert "header-field" in rows[0]
    scene = next(row for row in rows if row.split()[0] == "6")
    assert scene.split()[1:3] == ["scene-break", "glyph-line"]
    assert any(row.split()[0] == "4" and "story-text" in row for row in rows)


def test_explain_shows_lines_a_whole_text_step_dropped(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(
        "Title: Pebble\nAuthor: quartzling\n\n"
        "The pebble[a] sat on the sill.\n\nIt fell.[b]\n\n"
        "[a]which pebble?\n[b]ouch\n",
        encoding="utf-8",
    )
    rows = [row.split(maxsplit=3) for row in explain(path, ReadOptions()).splitlines()]
    assert rows[-2:] == [
        ["8", "dropped", "doc-comments", "[a]which pebble?"],
        ["9", "dropped", "doc-comments", "[b]ouch"],
    ]
    assert ["4", "text", "story-text", "The pebble sat on the sill."] in rows


def test_explain_keeps_file_line_numbers_after_a_step_removes_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fic2epub.readers.explanation as explanation

    def drop_banner(text: str) -> str:
        return text.replace("SITE BANNER\nmenu | home\n", "")

    monkeypatch.setattr(explanation, "TEXT_STEPS", (drop_banner,))
    path = tmp_path / "page.txt"
    path.write_bytes(b"SITE BANNER\nmenu | home\n" + SHORT)
    rows = [row.split(maxsplit=3) for row in explain(path, ReadOptions()).splitlines()]
    assert rows[:2] == [
        ["1", "dropped", "drop-banner", "SITE BANNER"],
        ["2", "dropped", "drop-banner", "menu | home"],
    ]
    # Every line after the removed ones keeps its number in the file (SHORT's line 6 is 8).
    assert rows[2][:3] == ["3", "field", "[Title]"]
    assert next(row for row in rows if row[0] == "8")[1:3] == ["scene-break", "glyph-line"]


def test_glyphs_wrapped_around_a_heading_are_not_part_of_its_title() -> None:
    text = (
        "Title: Tides\nAuthor: Pim\n\n"
        "-=~ Chapter 1: Low Water ~=-\n\nThe mud shone.\n\n"
        "** Epilogue **\n\nThe sea came back.\n"
    )
    story = read_text(text.encode(), ReadOptions())
    assert [c.title for c in story.chapters] == ["Chapter 1: Low Water", "Epilogue"]


def test_a_two_line_heading_joins_number_and_title() -> None:
    text = "Title: Tides\nAuthor: Pim\n\nChapter 1\nLow Water\n\nThe mud shone.\n"
    story = read_text(text.encode(), ReadOptions())
    assert [c.title for c in story.chapters] == ["Chapter 1: Low Water"]


def test_an_epilogue_mirrors_a_prologue_outside_the_parts() -> None:
    text = (
        "Title: Tides\nAuthor: Pim\n\nPrologue\n\nThe sea went out.\n\n"
        "Part One: Low\n\nChapter 1\n\nMud.\n\nChapter 2\n\nMore mud.\n\n"
        "Part Two: High\n\nChapter 3\n\nWater.\n\nChapter 4\n\nMore water.\n\n"
        "Epilogue\n\nThe sea came back.\n"
    )
    story = read_text(text.encode(), ReadOptions())
    assert [p.title for p in story.parts] == [None, "Part One: Low", "Part Two: High", None]
    assert story.parts[-1].chapters[0].title == "Epilogue"


def test_an_epilogue_stays_in_the_last_part_without_a_prologue() -> None:
    text = (
        "Title: Tides\nAuthor: Pim\n\nPart One: Low\n\nChapter 1\n\nMud.\n\n"
        "Part Two: High\n\nChapter 2\n\nWater.\n\nEpilogue\n\nThe sea came back.\n"
    )
    story = read_text(text.encode(), ReadOptions())
    assert [p.title for p in story.parts] == ["Part One: Low", "Part Two: High"]


def test_indented_lines_wrap_a_one_value_field_but_list_one_item_each() -> None:
    text = (
        b"Title: Low Tide\n"
        b"Characters: Nell, Ivo,\n"
        b"    Grandmother Pike\n"
        b"Summary: The sea goes out further than\n"
        b"    anyone remembers.\n"
        b"\n"
        b"Nell walked out to where the water had been.\n"
    )
    meta = read_text(text, ReadOptions(), "t.txt").metadata
    assert meta.summary == "The sea goes out further than anyone remembers."
    assert meta.characters == ("Nell", "Ivo", "Grandmother Pike")


def test_a_comma_list_wrapped_onto_the_next_line_joins_with_a_space() -> None:
    text = (
        b"Title: Low Tide\n"
        b"Fandom:\n"
        b"    The Sea Saga - Ann Ferrow, Harbour Songs of the North - Ivo\n"
        b"    Marsh, Coastal Folklore\n"
        b"Characters:\n"
        b"    Nell, Ivo\n"
        b"    Sam, Eve\n"
        b"\n"
        b"Nell walked out to where the water had been.\n"
    )
    meta = read_text(text, ReadOptions(), "t.txt").metadata
    assert meta.fandoms == (
        "The Sea Saga - Ann Ferrow",
        "Harbour Songs of the North - Ivo Marsh",
        "Coastal Folklore",
    )
    # Short comma rows one under another are the author's own rows, not a wrap.
    assert meta.characters == ("Nell", "Ivo", "Sam", "Eve")


def test_a_bracketed_line_under_a_list_value_qualifies_its_item() -> None:
    """Rule ``bracket-value-wrap``: a padded header breaks a fandom before its author."""
    text = (
        b"Title:      Low Tide\n"
        b"Fandom:     The Lighthouse by the Weir\n"
        b"            (Ann Ferrow)\n"
        b"Characters: Nell\n"
        b"            Ivo\n"
        b"\n"
        b"Nell walked out to where the water had been.\n"
    )
    meta = read_text(text, ReadOptions(), "t.txt").metadata
    assert meta.fandoms == ("The Lighthouse by the Weir (Ann Ferrow)",)
    # A line with a name of its own stays its own item.
    assert meta.characters == ("Nell", "Ivo")


def test_genres_in_lower_case_are_the_categories_not_fandoms() -> None:
    """Rule ``category-genres``: a hand-typed header writes its genres in lower case."""
    text = (
        b"Title: Low Tide\n"
        b"Fandom: Harbour Songs (Ivo Marsh)\n"
        b"Category: Gen, drama, a bit of mystery\n"
        b"\n"
        b"Nell walked out to where the water had been.\n"
    )
    meta = read_text(text, ReadOptions(), "t.txt").metadata
    assert meta.fandoms == ("Harbour Songs (Ivo Marsh)",)
    # FanFicFare's "Category:" names the fandom: a title is no genre.
    other = text.replace(b"Fandom: Harbour Songs (Ivo Marsh)\n", b"").replace(
        b"Gen, drama, a bit of mystery", b"Harbour Songs, Mystery Bay"
    )
    assert read_text(other, ReadOptions(), "t.txt").metadata.fandoms == (
        "Harbour Songs",
        "Mystery Bay",
    )


def test_an_unindented_line_wraps_a_value_that_stops_mid_sentence() -> None:
    text = (
        b"Title: Low Tide\n"
        b"Dedication: For Ivo, who walked the flats with me\n"
        b"every morning that summer.\n"
        b"Beta:\n"
        b"My sister Ann\n"
        b"The whole harbour crew\n"
        b"Summary: Nell counts boats.\n"
        b"\n"
        b"Nell walked out to where the water had been.\n"
    )
    meta = read_text(text, ReadOptions(), "t.txt").metadata
    extra = {field.label: field.value for field in meta.extra}
    assert extra["Dedication"] == "For Ivo, who walked the flats with me every morning that summer."
    # Short lines of their own under a bare label are the author's lines, not a wrap.
    assert extra["Beta"] == "My sister Ann\nThe whole harbour crew"


def test_a_pairing_field_names_the_subject_lines_shorthand_pairing_in_full() -> None:
    subject = "~Fic~ Salt Roads (Moby-Dick, Ish/Queequeg, PG)\n\n"
    header = "~Title~ Salt Roads\n~Pairing~ Ishmael/Queequeg\n\n"
    story = read_text(f"{subject}{header}The sea was grey.\n".encode(), ReadOptions())
    assert story.metadata.title == "Salt Roads"
    assert story.metadata.relationships == ("Ishmael/Queequeg",)
    alone = read_text(f"{subject}The sea was grey.\n".encode(), ReadOptions())
    assert alone.metadata.relationships == ("Ish/Queequeg",)
