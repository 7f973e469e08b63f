"""Rules added for heldout173's story pages that the pass fixtures cannot show: where a
chapter page's "Synopsis:" and "Foreword:" go in the model (original prose throughout)."""

from __future__ import annotations

from fic2epub.options import ReadOptions
from fic2epub.readers import read_data
from story_text import plain

_PAGES = """The Tin Lantern
by moss_and_wick

Chapter 1: The Window

Synopsis: A lamp in a shop window, and the winter it was finally sold.

{foreword}

The lantern had hung in the shop window for as long as anyone could remember.

Nobody asked its price until the snow came.

Chapter 2: The Buyer

{opening}

She paid in copper and carried it home under her coat.
"""


_FOREWORD = (
    "Foreword: I have wanted to write about this shop for years, ever since my aunt told me"
    " how the lamp was sold, and this is the short version of her long story."
)


def _read(opening: str) -> object:
    text = _PAGES.format(opening=opening, foreword=_FOREWORD)
    return read_data(text.encode(), ReadOptions(), "case")


def test_chapter_page_synopsis_and_foreword() -> None:
    # chapter-page-synopsis: the summary; foreword-label and foreword-before-story: the
    # note labelled "Foreword" under chapter 1's heading is the story's front note.
    story = _read("A woman in a grey shawl came in on the first cold morning.")
    assert story.metadata.summary.startswith("A lamp in a shop window")  # type: ignore[attr-defined]
    assert [n.label for n in story.front_notes] == ["Foreword"]  # type: ignore[attr-defined]
    first = story.chapters[0]  # type: ignore[attr-defined]
    assert not first.notes_before
    assert plain(first.blocks).startswith("The lantern had hung")


def test_other_chapter_note_stays_with_its_chapter() -> None:
    # Near miss: a note with another label under chapter 2's heading stays chapter 2's.
    story = _read("Author's note: the buyer is my grandmother, more or less.")
    assert [n.label for n in story.front_notes] == ["Foreword"]  # type: ignore[attr-defined]
    assert [n.label for n in story.chapters[1].notes_before] == ["Author’s note"]  # type: ignore[attr-defined]


def test_content_rating_field() -> None:
    # A writing site's "Content Rating:" field is the rating.
    text = "The Copper Kettle\nBook by: tin_and_thyme\nContent Rating: G\n\nThe kettle sat high.\n"
    story = read_data(text.encode(), ReadOptions(), "case")
    assert story.metadata.rating == "G"
