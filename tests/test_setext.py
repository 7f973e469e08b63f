"""Setext headings: a converter's Markdown (markdownify) underlines its headings."""

from __future__ import annotations

from fic2epub.model import SceneBreak
from fic2epub.normalise.setext import setext_headings
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import plain


def test_underlined_headings_become_hash_headings() -> None:
    text = (
        "Salt Road\n=========\n\nby [ink\\_and\\_ash](https://example.org/u/1)\n\n"
        "The Quay\n--------\n\nThe boats came in.\n\nLow Water\n---------\n\nMud.\n"
    )
    assert setext_headings(text) == (
        "# Salt Road\n\n\nby ink_and_ash\n\n## The Quay\n\n\nThe boats came in.\n\n"
        "## Low Water\n\n\nMud.\n"
    )


def test_rules_under_prose_are_left_alone() -> None:
    """A scene-break rule under a paragraph, or one rule under a short line, is no heading."""
    text = (
        "She shut the door.\n---\n\nThe next morning it rained.\n\n"
        "Later\n-----\n\nShe slept.\n\nAnd then she woke, in a room she did not know at all.\n"
        "-----------\n"
    )
    assert setext_headings(text) == text


def test_a_markdownify_story_through_the_reader() -> None:
    prose = "The boats came in at dusk, one after another, low in the water."
    text = (
        "Salt Road\n=========\n\nby [ink\\_and\\_ash](https://example.org/u/1)\n\n"
        f"The Quay\n--------\n\n{prose}\n\n---\n\n{prose}\n\n"
        f"Low Water\n---------\n\n{prose}\n"
    )
    story = read_text(text.encode(), ReadOptions())
    assert story.metadata.title == "Salt Road"
    assert story.metadata.authors == ("ink_and_ash",)
    assert [chapter.title for chapter in story.chapters] == ["The Quay", "Low Water"]
    breaks = [block for block in story.chapters[0].blocks if isinstance(block, SceneBreak)]
    assert len(breaks) == 1
    assert "-" not in plain(story.chapters[0].blocks) + plain(story.chapters[1].blocks)


def test_a_plain_text_file_underlining_title_and_chapters_alike() -> None:
    """Rule ``setext-title``: the underlined line at the top is the title."""
    prose = "The boats came in at dusk, one after another, low in the water."
    text = (
        f"Salt Road\n=========\n\nChapter One\n===========\n\n{prose}\n\n"
        f"Chapter Two\n===========\n\n{prose}\n"
    )
    story = read_text(text.encode(), ReadOptions())
    assert story.metadata.title == "Salt Road"
    assert [chapter.title for chapter in story.chapters] == ["Chapter One", "Chapter Two"]
