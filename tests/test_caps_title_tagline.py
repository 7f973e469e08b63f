"""A caption's "TITLE ✧ tagline" first line (rule ``caps-title-tagline``)."""

from __future__ import annotations

import pytest

from fic2epub.normalise.caps_title_tagline import caps_title_tagline
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import plain


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "THE SALT KING ✧ a very small retelling (the original is much longer, sorry)",
            "THE SALT KING",
        ),
        ("KETTLE WEATHER | a cosy one for the cold", "KETTLE WEATHER"),
        ("THE 3RD LANTERN — written on the bus home", "THE 3RD LANTERN"),
    ],
)
def test_title_in_capitals_before_a_tagline(line: str, title: str) -> None:
    assert caps_title_tagline(line) == title


@pytest.mark.parametrize(
    "line",
    [
        # One word in capitals is a shout, not a title.
        "STOP ✧ she said, and the gulls went quiet",
        # The title's words must all be in capitals.
        "The Salt King ✧ a very small retelling",
        # The tagline opens in lower case, as the writer's chatter does.
        "THE SALT KING ✧ A Very Small Retelling",
        # No glyph between them: a sentence that opens in capitals.
        "THE SALT KING came down to the shore at dawn.",
    ],
)
def test_other_lines_are_no_caption_title(line: str) -> None:
    assert caps_title_tagline(line) is None


def test_caption_title_names_the_story() -> None:
    text = (
        "by reed_and_rush\n\n"
        "THE SALT KING ✧ a very small retelling (the original is much longer, sorry)\n\n"
        "The king came down to the shore at dawn and tasted the sea.\n\n"
        "It was saltier than he had ordered, and he said so.\n"
    )
    book = read_text(text.encode(), ReadOptions())
    assert book.metadata.title == "THE SALT KING"
    assert plain(book.chapters[0].blocks).startswith("The king came down")
