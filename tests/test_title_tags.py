"""Rule ``title-bracket-in-tags``: a title's bracket that the post's hashtags name again."""

from __future__ import annotations

from fic2epub.model import Story
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text

_PAGE = """\
The Ferryman's Wager (Tam Lin)
rose_of_the_wood
Reads 920 · Votes 41 · Parts 1
Ongoing
A ferryman bets his boat on a riddle.
#tamlin #ballads #fairies
Start reading

The river was wide that year, and the ferryman had never once lost a bet.

He meant to keep it that way.
"""


def _read(text: str) -> Story:
    return read_text(text.encode(), ReadOptions(), "story.txt")


def test_bracket_named_by_a_hashtag_is_the_fandom() -> None:
    story = _read(_PAGE)
    assert story.metadata.title == "The Ferryman’s Wager"
    assert story.metadata.fandoms == ("Tam Lin",)


def test_bracket_no_hashtag_names_stays_in_the_title() -> None:
    story = _read(_PAGE.replace("#tamlin ", "#riddles "))
    assert story.metadata.title == "The Ferryman’s Wager (Tam Lin)"


def test_bracket_naming_the_works_form_stays_in_the_title() -> None:
    """A tagged "(one shots)" is the book's form, not its fandom (title-bracket-in-tags)."""
    page = _PAGE.replace("(Tam Lin)", "(one shots)").replace("#tamlin", "#oneshots")
    assert _read(page).metadata.title == "The Ferryman’s Wager (one shots)"
