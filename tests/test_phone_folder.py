"""Files from a phone reader's folder: app share lines, site logos over category lines, pen
names with particles, and chapter pages pasted under a repeated disclaimer."""

from __future__ import annotations

import pytest

from fic2epub.normalise.bylines import byline_names
from fic2epub.normalise.share_text import app_share_line
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import story_paragraphs


def _read(text: str) -> object:
    return read_text(text.encode(), ReadOptions(), "story.txt")


_MOBILE_PAGE = """FanFiction
Verse > The Lantern Ballad
Salt on the Sill
By: wick_and_wax
A ferryman's daughter keeps the light on for a boat that is three days late.
Rated: Fiction K - English - Drama - Chapters: 2 - Words: 1,204 - Published: May 2 - id: 555

The lamp had been lit at dusk, as it was every night, and the wick trimmed twice since.
She sat by it with her mending and did not look at the water more than she could help.
"""


def test_category_under_ffn_logo_names_the_fandom() -> None:
    story = read_text(_MOBILE_PAGE.encode(), ReadOptions(), "page.txt")
    assert story.metadata.title == "Salt on the Sill"
    assert story.metadata.fandoms == ("The Lantern Ballad",)


def test_genre_under_fictionpress_logo_is_no_fandom() -> None:
    page = _MOBILE_PAGE.replace("FanFiction\n", "FictionPress\n", 1)
    story = read_text(page.encode(), ReadOptions(), "page.txt")
    assert story.metadata.title == "Salt on the Sill"
    assert story.metadata.fandoms == ()


def test_story_line_with_an_arrow_stays_text() -> None:
    story = read_text(
        b"Left > right, she wrote on the board, and underlined it twice.\n\n"
        b"Nobody in the room agreed with her.\n",
        ReadOptions(),
        "story.txt",
    )
    assert story_paragraphs(story)[0].startswith("Left > right, she wrote")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            'I\'m reading "Salt on the Sill" by wick_and_wax on #Wattpad https://example.com/s/1',
            ("Salt on the Sill", "wick_and_wax"),
        ),
        ("I’m reading “Salt on the Sill” on #Wattpad #drama", ("Salt on the Sill", "")),
        ('I\'m reading "The Odyssey" on the train again, and hating it.', None),
        ('I\'m reading "Salt" on Sundays now.', None),
    ],
)
def test_app_share_reading_line(line: str, expected: tuple[str, str] | None) -> None:
    assert app_share_line(line) == expected


def test_share_line_over_a_phone_copy_gives_title_and_author() -> None:
    story = read_text(
        b'I\'m reading "Salt on the Sill" by wick_and_wax on #Wattpad https://example.com/s/1\n'
        b"Salt on the Sill\nby wick_and_wax\n"
        b"The lamp had been lit at dusk, as it was every night, and the wick trimmed twice.\n"
        b"She sat by it with her mending and did not look at the water.\n",
        ReadOptions(),
        "story.txt",
    )
    assert story.metadata.title == "Salt on the Sill"
    assert story.metadata.authors == ("wick_and_wax",)
    assert story_paragraphs(story)[0].startswith("The lamp had been lit")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("by Maud of the Marsh", ("Maud of the Marsh",)),
        ("by Lord Henry de la Pole", ("Lord Henry de la Pole",)),
        ("by the light of the moon", None),
        ("By Tuesday of next week", None),
        ("by order of the King", None),
        # An authority's phrase opens with a common noun; five capitalised words are a
        # heading's, not a pen name's.
        ("By Order of the Ministry", None),
        ("By Decree of the High Council", None),
        ("By the Grace of God", None),
        ("by Warden of the North Gate Tower Keep", None),
    ],
)
def test_byline_particle_name(line: str, expected: tuple[str, ...] | None) -> None:
    assert byline_names(line) == expected
