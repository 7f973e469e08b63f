"""The typography and emphasis passes, on fixture cases."""

from __future__ import annotations

import pytest

from fic2epub.normalise.emphasis import emphasis
from fic2epub.normalise.typography import typography
from fixture_cases import Case, read_cases
from story_text import inline_markup, plain


@pytest.mark.parametrize("case", read_cases("typography"), ids=str)
def test_typography(case: Case) -> None:
    assert typography(case.source) == case.expected


@pytest.mark.parametrize("case", read_cases("emphasis"), ids=str)
def test_emphasis(case: Case) -> None:
    assert inline_markup(emphasis(case.source)) == case.expected


def test_typography_leaves_plain_text_alone() -> None:
    assert typography("Nothing to change here") == "Nothing to change here"


def test_titles_keep_their_hyphens() -> None:
    # Titles are kept as written: their hyphens stay, their quotes and ellipses are set.
    assert typography("Chapter 1 - The 'Long' Night...", dashes=False) == (
        "Chapter 1 - The ‘Long’ Night…"
    )
    assert typography("Chapter 1 - The 'Long' Night...") == "Chapter 1 – The ‘Long’ Night…"


def test_chapter_and_story_titles_keep_their_hyphens() -> None:
    from fic2epub.options import ReadOptions
    from fic2epub.readers.text import read_text

    story = read_text(
        b"Title: Salt - and Iron\n\nChapter 1 - The Crossing\n\nThe ferry left at dawn - late.\n"
        b"\nChapter 2 - Landfall\n\nThey reached the shore.\n",
        ReadOptions(),
    )
    assert story.metadata.title == "Salt - and Iron"
    assert [chapter.title for chapter in story.chapters] == [
        "Chapter 1 - The Crossing",
        "Chapter 2 - Landfall",
    ]
    assert plain(story.chapters[0].blocks) == "The ferry left at dawn – late."
