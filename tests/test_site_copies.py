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


_DESKTOP_PAGES_NO_HEADINGS = """\
Books » Village Weather
Follow/Fav
A Wet Spring
By: lane_and_stile
Three days of weather in the village. Complete.
Rated: Fiction K - English - General - Chapters: 3 - Words: 900 - Status: Complete - id: 1234567
1. Snowfall Next >

Snow had come in the night and filled the lane up to the stiles.

1. Snowfall Next >
Review this Chapter

Books » Village Weather
Follow/Fav
A Wet Spring
By: lane_and_stile
Three days of weather in the village. Complete.
Rated: Fiction K - English - General - Chapters: 3 - Words: 900 - Status: Complete - id: 1234567
< Prev 2. The Thaw Next >

By noon the eaves were dripping and the lane was a brook.

Authors note: Short one, sorry.

< Prev 2. The Thaw Next >
Review this Chapter

Books » Village Weather
Follow/Fav
A Wet Spring
By: lane_and_stile
Three days of weather in the village. Complete.
Rated: Fiction K - English - General - Chapters: 3 - Words: 900 - Status: Complete - id: 1234567
< Prev 3. Mud

Nobody in the village could remember a March so wet as that one.

< Prev 3. Mud
Review this Chapter
"""


def test_desktop_pages_with_no_typed_headings_are_named_by_their_pagers() -> None:
    """Rule ``pager-named-chapter``: FFN desktop pages pasted in order whose writer typed no
    headings make one chapter a page, each titled from the chapter menu without its number."""
    story = _read(_DESKTOP_PAGES_NO_HEADINGS)
    assert [chapter.title for chapter in story.chapters] == ["Snowfall", "The Thaw", "Mud"]
    assert [n.label for n in story.chapters[1].notes_after] == ["Authors note"]
    assert plain(story.chapters[2].blocks).startswith("Nobody in the village")
    assert "Prev" not in _text(story) and "Next >" not in _text(story)


_MOBILE_NOTE_ABOVE_DISCLAIMER = """\
Books > Village Weather
A Wet Spring
By: lane_and_stile
Three days of weather in the village.
Rated: Fiction K - English - General - Chapters: 2 - Words: 600 - Status: Complete - id: 7654321
Ch 1 of 2 Next »

Disclaimer: The village is my own, the weather is not.

Chapter One: Snow

Snow had come in the night and filled the lane up to the stiles.

Ch 1 of 2 Next »
Review

Books > Village Weather
A Wet Spring
By: lane_and_stile
Three days of weather in the village.
Rated: Fiction K - English - General - Chapters: 2 - Words: 600 - Status: Complete - id: 7654321
« Prev Ch 2 of 2

A/N: Sorry for the wait, the roof leaked.

Disclaimer: The village is my own, the weather is not.

Chapter Two: Thaw

By noon the eaves were dripping and the lane was a brook.
"""


def test_note_above_a_later_pages_repeated_disclaimer_opens_that_chapter() -> None:
    """Rule ``note-under-page-header``: a note under a later page's header, above the
    disclaimer the page repeats and the heading, is that chapter's opening note."""
    story = _read(_MOBILE_NOTE_ABOVE_DISCLAIMER.replace("\n", "\r\n"))
    first, second = story.chapters
    assert first.notes_after == ()
    assert [n.label for n in second.notes_before] == ["A/N"]
    assert story.metadata.disclaimer is not None
    assert "Disclaimer" not in _text(story)


_LEAVE_A_REVIEW = """\
Holly and Yew
By: archer_of_sherwood

Chapter 1: Snow

The snow lay thick on the road to Nottingham, and the outlaws had eaten the last of the deer.

"Someone is coming," said Much, and nobody believed him until they heard the horse.

Next >
Leave a review for Holly and Yew
Chapter 1
Post as guest
Name
Your review here...
Post Review
Share
Help · Privacy · Terms of Service

Chapter 2: Yew

The green knight did not speak. He held out an axe, handle first.
"""


def test_leave_a_review_box_with_its_chapter_chooser() -> None:
    """Rules ``ffn-review-box-chapter`` and ``ffn-review-box``: the newer page's box, "Leave
    a review for <title>" over its "Chapter 1" chooser, is chrome, not a chapter; a chapter
    heading after a blank line is still one."""
    story = _read(_LEAVE_A_REVIEW)
    assert [chapter.title for chapter in story.chapters] == ["Chapter 1: Snow", "Chapter 2: Yew"]
    text = _text(story)
    assert "Leave a review" not in text and "Your review here" not in text
    assert "Post as guest" not in text and "\nName" not in text


_TRAIL_WITH_SUBCATEGORY = """\
Books » Ballads » Tam Lin
Follow/Fav
The Well at Carterhaugh
By: rose_of_the_wood
Janet goes to the well nobody uses.
Rated: Fiction T - English - Romance - Chapters: 2 - Words: 3,100 - id: 7654321
Chapter 1. The Rose

Chapter One: The Rose

Janet pulled the rose and the wood went quiet.

« Prev Chapter 1 of 2 Next »
"""


def test_trail_through_subcategory_over_page_title() -> None:
    """Rules ``trail-above-page-title`` and ``chapter-select-under-info-line``: the page's
    own title line, not the trail's last item, names the story; the trail's last item is the
    fandom; the author's typed heading names the chapter, not the select line above it."""
    story = _read(_TRAIL_WITH_SUBCATEGORY)
    assert story.metadata.title == "The Well at Carterhaugh"
    assert story.metadata.fandoms == ("Tam Lin",)
    assert [chapter.title for chapter in story.chapters] == ["Chapter One: The Rose"]
