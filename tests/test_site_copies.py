"""Site pages copied whole: FanFiction.Net's mobile crossover trail, its review box as Edge
copies it, chapter pages with a closed drop-down, AO3's page title over Firefox's Reader
View, and calibre's table of contents after a MOBI's text."""

from __future__ import annotations

from fic2epub.model import Story
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import plain


def _read(text: str) -> Story:
    return read_text(text.encode(), ReadOptions(), "story.txt")


def _text(story: Story) -> str:
    return "\n".join(plain(chapter.blocks) for chapter in story.chapters)


_CROSSOVER = """\
FanFiction.Net
Robin Hood + Green Knight Crossover
Holly and Yew
By: archer_of_sherwood
A stranger rides into the greenwood at Christmas.
Rated: Fiction K+ - English - Adventure - Words: 1k+ - Status: Complete - id: 12345678

The snow lay thick on the road to Nottingham, and the outlaws had eaten the last of the deer.

"Someone is coming," said Much, and nobody believed him until they heard the horse.
"""


def test_crossover_name_gives_two_fandoms() -> None:
    """Rule ``ffn-crossover-name``: the mobile trail "A + B Crossover" names the fandoms."""
    story = _read(_CROSSOVER)
    assert story.metadata.title == "Holly and Yew"
    assert story.metadata.fandoms == ("Robin Hood", "Green Knight")
    assert "Crossover" not in _text(story)


def test_crossover_title_with_byline_under_it_is_the_title() -> None:
    """A title that ends in "Crossover" with the byline right under it stays the title."""
    story = _read("Salt & Pepper Crossover\nBy: cruet_keeper\n\nThe cruets were full.\n")
    assert story.metadata.title == "Salt & Pepper Crossover"
    assert story.metadata.fandoms == ()


_EDGE_BOX = """\
The Salt Road
By: tern_and_gull
Rated: Fiction K - English - Adventure - Words: 900 - Status: Complete - id: 14000001

The road ran along the dunes, and the carts left ruts that the tide filled by evening.

Nobody ever found the end of it, and nobody much minded.

Please review!

Share:
Twitter Facebook Tumblr Reddit Email
Follow/Fav
Review
Type your review for The Salt Road here...
Post Review As Guest
"""


def test_edge_review_box_is_chrome() -> None:
    """Rule ``ffn-review-box``: Edge copies the share buttons on one line and the one-shot's
    placeholder with the story's own title; both are the box's, under a "Share:" anchor."""
    story = _read(_EDGE_BOX)
    text = _text(story)
    for chrome in ("Twitter", "Follow/Fav", "Type your review", "Post Review"):
        assert chrome not in text
    assert [note.label for note in story.back_notes] == [""]


def test_share_words_in_prose_are_kept() -> None:
    """The same words in the prose, with no box's anchor and prose after, stay text."""
    story = _read(
        "The Salt Road\n\nShe listed the birds she knew: Twitter Facebook Tumblr, her"
        " nephew's jokes.\n\nType your review for The Salt Road here, he wrote, and laughed."
        "\n\nThe road ran on along the dunes.\n"
    )
    assert "Twitter Facebook Tumblr" in _text(story)
    assert "Type your review" in _text(story)


_READER_VIEW = """\
archiveofourown.org
Salt Marsh - reed_warbler - Fenland Tales [Archive of Our Own]
3–4 minutes

Summary:

The tide comes in twice a day.

Chapter 1: Low Water

Chapter Text

Nobody on the marsh owned a clock, and nobody needed one.

Chapter 2: High Water

Chapter Text

The water came up to the doorstep and stopped there, as it always had.
"""


def test_reader_view_page_title_gives_title_creator_fandom() -> None:
    """Rule ``ao3-page-title-alone``: with no title or byline lines under it, the page
    title's three parts are the title, the creator and the fandom."""
    story = _read(_READER_VIEW)
    assert story.metadata.title == "Salt Marsh"
    assert story.metadata.authors == ("reed_warbler",)
    assert story.metadata.fandoms == ("Fenland Tales",)
    assert len(story.chapters) == 2


def test_reader_view_anonymous_creator_is_no_author() -> None:
    """AO3's "Anonymous" stands for a hidden creator: no author is taken from it."""
    story = _read(_READER_VIEW.replace("reed_warbler", "Anonymous"))
    assert story.metadata.title == "Salt Marsh"
    assert story.metadata.authors == ()


_CALIBRE_TOC = """\
Chapter 1: The Ford

They crossed at dawn, with the mist still on the water.

Chapter 2: The Hill Fort

They slept inside the walls, and nobody kept watch.

Table of Contents

Chapter 1: The Ford

Chapter 2: The Hill Fort

more notes
"""


def test_closing_contents_list_is_not_chapters() -> None:
    """Rule ``closing-contents-list``: calibre's contents after the story repeat the
    headings; they are no chapters, and their entries reach no chapter's text."""
    story = _read(_CALIBRE_TOC)
    assert [chapter.title for chapter in story.chapters] == [
        "Chapter 1: The Ford",
        "Chapter 2: The Hill Fort",
    ]
    assert "more notes" not in _text(story)
    assert "Table of Contents" not in _text(story)
