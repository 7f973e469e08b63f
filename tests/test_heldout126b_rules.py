"""Rules whose results the pass fixtures cannot show: the chapter titles the FanFiction.Net
pagers give (select-page-chapter, pager-titled-chapter), the genres of an info line
(genre-pair-one-known) and the mobile info line's status (mobile-info-complete)."""

from __future__ import annotations

import pytest

from fic2epub.normalise.ffn_mobile_info import mobile_info_complete
from fic2epub.options import ReadOptions
from fic2epub.readers import read_data

_PROSE = (
    "The ferryman rowed across the river twice a day, whatever the weather said.\n\n"
    "His boat was older than he was, and it leaked on the side nearest the town.\n\n"
    "Passengers paid him in coins, in eggs, and once in a song he did not like.\n\n"
    "He tied the boat to the same willow every evening and walked home slowly.\n"
)
_HEADER = (
    "The Ferry\nBy: reed_and_oar\n"
    "Rated: Fiction K - English - Family - Chapters: 2 - Words: 800 - id: 5520311\n"
)


def _titles(text: str) -> list[str | None]:
    story = read_data(text.encode(), ReadOptions(), "case")
    return [chapter.title for chapter in story.chapters]


def test_select_page_chapter_titles() -> None:
    """Each page's drop-down of all options gives the option its pager points at."""
    text = (
        f"{_HEADER}1. Low Water 2. High Water\nNext >\n\n{_PROSE}\n"
        f"1. Low Water 2. High Water Next >\n\n{_HEADER}< Prev\n1. Low Water 2. High Water\n\n"
        f"{_PROSE}\n< Prev 1. Low Water 2. High Water\n"
    )
    assert _titles(text) == ["Low Water", "High Water"]


def test_select_page_chapter_pages_out_of_order() -> None:
    """Near miss: the last page pasted above the first: nothing says where the chapters are."""
    text = (
        f"{_HEADER}< Prev\n1. Low Water 2. High Water\n\n{_PROSE}\n"
        f"< Prev 1. Low Water 2. High Water\n\n{_HEADER}1. Low Water 2. High Water\nNext >\n\n"
        f"{_PROSE}\n1. Low Water 2. High Water Next >\n"
    )
    assert len(_titles(text)) == 1


def test_pager_titled_chapter_titles() -> None:
    """A colon-titled option between the buttons names the chapter, buttons taken off."""
    text = (
        f"{_HEADER}\nChapter 1: Low Water   Next >\n\n{_PROSE}\n"
        f"< Prev   Chapter 2: High Water\n\n{_PROSE}"
    )
    assert _titles(text) == ["Chapter 1: Low Water", "Chapter 2: High Water"]


@pytest.mark.parametrize(
    ("genres", "categories", "characters"),
    [
        ("Historical/Adventure", ("Historical", "Adventure"), ("Ada L.", "Bo")),
        ("Drama/Familie", ("Drama", "Familie"), ("Ada L.", "Bo")),
        # Near misses: a slash pairing of names, and a name with an initial beside a genre.
        ("Ada/Bo", (), ("Ada/Bo", "Ada L.", "Bo")),
        ("Drama/Ada L.", (), ("Drama/Ada L.", "Ada L.", "Bo")),
    ],
)
def test_genre_pair_one_known(
    genres: str, categories: tuple[str, ...], characters: tuple[str, ...]
) -> None:
    text = (
        f"The Ferry\nBy: reed_and_oar\nRated: Fiction K - English - {genres} - Ada L., Bo - "
        f"Chapters: 1 - Words: 800 - id: 5520311\n\n{_PROSE}"
    )
    story = read_data(text.encode(), ReadOptions(), "case")
    assert story.metadata.categories == categories
    assert story.metadata.characters == characters


@pytest.mark.parametrize(
    ("value", "complete"),
    [
        ("K+, English, Drama, words: 2k+, favs: 3, published: May 2, 2015, Complete", True),
        ("T, English, Humor & Family, Ada, words: 900, follows: 1, Complete", True),
        # The status after the characters with a spaced hyphen (mobile-info-dash-complete).
        ("K, English, Drama, words: 3k+, favs: 2, Ada, Bert - Complete", True),
        ("K, English, Drama, words: 3k+, favs: 2, Ada - not complete", False),
        # Near misses: a work in progress, a reason after the rating, no counts.
        ("K+, English, Drama, words: 2k+, favs: 3, published: May 2, 2015", False),
        ("T, for language, but the story is complete", False),
        ("M, English, Complete", False),
    ],
)
def test_mobile_info_complete(value: str, complete: bool) -> None:
    assert mobile_info_complete(value) is complete


def test_mobile_info_status_read() -> None:
    text = (
        "The Ferry\nBy: reed_and_oar\nA ferryman and his leaking boat.\n"
        "Rated: K, English, Family, words: 800, favs: 2, published: Jun 1, 2018, Complete\n"
        f"{_PROSE}"
    )
    story = read_data(text.encode(), ReadOptions(), "case")
    assert story.metadata.status == "Complete"
    assert story.metadata.rating == "K"
