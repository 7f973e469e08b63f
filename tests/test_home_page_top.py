"""Rule ``contents-above-rule``: an old home page's top over the rule that opens its story
(original prose throughout)."""

from __future__ import annotations

from fic2epub.normalise.home_page_top import home_page_top
from fic2epub.options import ReadOptions
from fic2epub.readers import read_data
from story_text import plain

_PAGE = """Welcome to the Free Pages mirror
members.example.net/~owl - an archived copy

** My Owl Stories **

Hi and welcome! I write about owls and the people who keep them. Enjoy!

Contents

   Chapter One: Dusk
   Chapter Two: Dawn
   Links | Guestbook

----------------------------------------

The Barn Owl's Bargain
by Tamsin Rook
Rated G

Chapter One: Dusk

The owl came to the barn at dusk and asked for a place on the highest beam.

Chapter Two: Dawn

By dawn she had eaten every mouse in the place and was asking for breakfast.
"""


def test_home_page_top_goes() -> None:
    story = read_data(_PAGE.encode(), ReadOptions(), "case")
    assert story.metadata.title == "The Barn Owl’s Bargain"
    assert list(story.metadata.authors) == ["Tamsin Rook"]
    assert [c.title for c in story.chapters] == ["Chapter One: Dusk", "Chapter Two: Dawn"]
    assert plain(story.chapters[0].blocks).startswith("The owl came to the barn")


def test_rule_without_contents_is_left_alone() -> None:
    # Near miss: a contents list over the rule whose entries are not the headings below.
    text = (
        "Contents\n\nMy poems\nMy links\n\n----------\n\n"
        "The Kite\nby Ann Vale\n\nChapter One: Up\n\nIt flew.\n"
    )
    assert home_page_top(text) == text
