"""Pages saved in older or roundabout ways: Wayback captures of FanFiction.Net's old layout,
a forum thread's two pages, a list's web archive, and a download tool's e-book as text."""

from __future__ import annotations

import textwrap

import pytest

from fic2epub.normalise.mail import opens_mail_header
from fic2epub.normalise.wayback import wayback_toolbar
from fic2epub.normalise.xenforo import is_post_chrome
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import story_paragraphs

# --- The Wayback Machine's toolbar ---------------------------------------------------------

_TOOLBAR = (
    "The Wayback Machine - https://web.archive.org/web/20091102030405/http://www.example.net/s/1/\n"
    "7 captures\n"
    "02 Mar 2009 - 14 Aug 2011\n"
    "OCT\tNOV\tDEC\n"
    "02\n"
    "2008\t2009\t2010\n"
    "About this capture\n"
)


def test_wayback_toolbar_goes_and_the_page_stays() -> None:
    page = _TOOLBAR + "Quill Corner\nThe Pear Orchard\n\nThe pears came in early that year.\n"
    assert (
        wayback_toolbar(page)
        == "Quill Corner\nThe Pear Orchard\n\nThe pears came in early that year.\n"
    )


def test_wayback_mentioned_in_prose_is_left_alone() -> None:
    text = (
        "She found the old page on the Wayback Machine at web.archive.org, late at night.\n"
        "12 captures, the counter said.\n"
    )
    assert wayback_toolbar(text) == text


_OLD_FFN = """\
{toolbar}FanFiction.Net
Just In | Community | Forum | Crossover | Beta | Search
FanFiction > Misc > Pear Orchards
The Pear Orchard
Author: orchard_wren
Rated: K - English - General - Updated: 03-02-09 - Published: 02-02-09 - Complete - id:12345
Chapter 1. Early Pears  Next »

Disclaimer: The orchard is mine; the pears are everybody's.

Chapter One: Early Pears

The pears came in early that year, and nobody in the village had baskets enough.

Old Mrs Penney lent hers out and kept a list of who had them.

Next »
Review this Story/Chapter
Add Story Alert - Add Author Alert - Add Favorite Story

{toolbar}FanFiction.Net
Just In | Community | Forum | Crossover | Beta | Search
FanFiction > Misc > Pear Orchards
The Pear Orchard
Author: orchard_wren
Rated: K - English - General - Updated: 03-02-09 - Published: 02-02-09 - Complete - id:12345
« Prev  Chapter 2. The List

Disclaimer: The orchard is mine; the pears are everybody's.

Chapter Two: The List

By October the list ran to three pages and every basket was back but one.

The End

« Prev
Review this Story/Chapter
Add Story Alert - Add Author Alert - Add Favorite Story
"""


def test_wayback_copies_of_old_ffn_pages_make_one_story() -> None:
    story = read_text(_OLD_FFN.format(toolbar=_TOOLBAR).encode(), ReadOptions(), "pears.txt")
    assert story.metadata.title == "The Pear Orchard"
    assert story.metadata.authors == ("orchard_wren",)
    chapters = [c for part in story.parts for c in part.chapters]
    assert [c.title for c in chapters] == ["Chapter One: Early Pears", "Chapter Two: The List"]
    text = "\n".join(story_paragraphs(story))
    assert text.startswith("The pears came in early that year")
    assert text.endswith("every basket was back but one.")
    for debris in ("captures", "Wayback", "Next »", "Review this", "Add Story Alert", "Prev"):
        assert debris not in text


# --- A forum thread's reactions and its next page ------------------------------------------


@pytest.mark.parametrize(
    "line", ["Like x 64", "Like x 12 Informative x 3", "Hugs x 2, Love x 1", "Like × 7"]
)
def test_reaction_counts_are_post_chrome(line: str) -> None:
    assert is_post_chrome(line)


@pytest.mark.parametrize(
    "line", ["Eggs x 12 and milk", "He counted: Apples x 3.", "the grid was 4 x 4"]
)
def test_prose_with_an_x_is_not_post_chrome(line: str) -> None:
    assert not is_post_chrome(line)


_THREAD_HEAD = """\
Forums
Writing
Pear Orchards (Original)
Thread starter orchard_wren Start date Feb 2, 2021
Threadmarks
View all 2 threadmarks
Reader mode
"""

_THREAD = f"""\
{_THREAD_HEAD}
orchard_wren
Feb 2, 2021
Add bookmark
#1
Threadmarks
1. Early Pears
Next

The pears came in early that year, and nobody in the village had baskets enough.

Old Mrs Penney lent hers out and kept a list of who had them.

Like x 40
Reply
{_THREAD_HEAD}
orchard_wren
Feb 9, 2021
Add bookmark
#12
Threadmarks
2. The List
Prev Next

By October the list ran to three pages and every basket was back but one.

Like x 22
Reply
"""


def test_thread_pages_leave_reactions_and_pager_out_of_the_chapters() -> None:
    story = read_text(_THREAD.encode(), ReadOptions(), "thread.txt")
    assert story.metadata.title == "Pear Orchards"
    chapters = [c for part in story.parts for c in part.chapters]
    assert [c.title for c in chapters] == ["1. Early Pears", "2. The List"]
    text = "\n".join(story_paragraphs(story))
    assert text.endswith("every basket was back but one.")
    for debris in ("Like x", "Prev Next", "Reply", "Thread starter"):
        assert debris not in text


# --- A list's web archive ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line", ['From:  "Wren Alder" <wren_alder@y...>', "From: wren@example.org (Wren Alder)"]
)
def test_from_line_with_an_address_opens_a_mail_header(line: str) -> None:
    assert opens_mail_header(line)


@pytest.mark.parametrize("line", ["From: the orchard, with love", "From the hill we saw it all."])
def test_from_without_an_address_is_no_mail_header(line: str) -> None:
    assert not opens_mail_header(line)


_ARCHIVE_PAGE = """\
Groups
Sign In
orchard_fic . Pears and Other Fruit
Home  Messages  Post  Files  Photos  Links  Members
Messages
Message {n} of 90  |  Previous | Next  [ Up Thread ]  Message Index
From:  "Wren Alder" <wren_alder@y...>
Date:  Mon Feb {day}, 2004  9:14 pm
Subject:  [orchard_fic] FIC: Early Pears {n}/2

{body}

--
Wren
"A pear a day keeps the orchard man away."

Message {n} of 90  |  Previous | Next  [ Up Thread ]  Message Index
Copyright (c) 2004 Example Inc. All rights reserved.
"""

_BASKETS = (
    "The pears came in early that year, and nobody in the village had baskets enough for "
    "them, so the children carried them home in their aprons and their hats."
)
_LIST = (
    "By October the list ran to three pages in Mrs Penney’s small square hand, and every "
    "basket on it was back in its place but one, which nobody would own to."
)


def _wrapped(text: str) -> str:
    return "\n".join(textwrap.wrap(text, 72, break_on_hyphens=False))


def test_list_archive_pages_drop_their_frame() -> None:
    """The archive's navigation line above each header, and its head and the next
    message's header between a message's signature and the next chapter, are no text."""
    first = _ARCHIVE_PAGE.format(
        n=1,
        day=2,
        body="TITLE: Early Pears\nAUTHOR: Wren Alder\n\nChapter One: Baskets\n\n"
        + "\n\n".join([_wrapped(_BASKETS)] * 4)
        + "\n\n(continued in part 2)",
    )
    second = _ARCHIVE_PAGE.format(
        n=2,
        day=3,
        body="Early Pears 2/2 -- see part 1 for headers.\n\nChapter Two: The List\n\n"
        + "\n\n".join([_wrapped(_LIST)] * 4)
        + "\n\nEND",
    )
    story = read_text((first + "\n" + second).encode(), ReadOptions(), "list.txt")
    assert story.metadata.title == "Early Pears"
    assert story.metadata.authors == ("Wren Alder",)
    chapters = [c for part in story.parts for c in part.chapters]
    assert [c.title for c in chapters] == ["Chapter One: Baskets", "Chapter Two: The List"]
    text = "\n".join(story_paragraphs(story))
    assert story_paragraphs(story) == [_BASKETS] * 4 + [_LIST] * 4
    for debris in ("Message 1", "Up Thread", "Copyright", "A pear a day", "continued", "From:"):
        assert debris not in text


# --- A download tool's e-book as text ------------------------------------------------------

_EBOOK = """\
Early Pears

by orchard_wren

Original source: https://www.example.net/s/1234567/1/Early-Pears

{credit}

A village, an orchard, and not enough baskets.

Baskets

The pears came in early that year, and nobody in the village had baskets enough.

Old Mrs Penney lent hers out and kept a list of who had them.

The List

By October the list ran to three pages and every basket was back but one.
"""


def test_ebook_chapters_headed_by_their_names() -> None:
    text = _EBOOK.format(credit="Exported with the assistance of FicHub.net")
    story = read_text(text.encode(), ReadOptions(), "pears.txt")
    chapters = [c for part in story.parts for c in part.chapters]
    assert [c.title for c in chapters] == ["Baskets", "The List"]


def test_calibres_closing_contents_after_bare_chapter_names_is_dropped() -> None:
    """Rule ``closing-contents-list``, sought again once ``ebook-chapter-name`` has found
    the bare names: calibre lists the title and the names after the last chapter."""
    text = _EBOOK.format(credit="Exported with the assistance of FicHub.net")
    text += "\n\n\nTable of Contents\n\n\nEarly Pears\n\n\nBaskets\n\n\nThe List\n"
    story = read_text(text.encode(), ReadOptions(), "pears.txt")
    chapters = [c for part in story.parts for c in part.chapters]
    assert [c.title for c in chapters] == ["Baskets", "The List"]
    last = story_paragraphs(story)[-1]
    assert last.startswith("By October") and "Table of Contents" not in last
    assert story.back_notes == () and chapters[-1].notes_after == ()


def test_bare_lines_without_a_tool_credit_stay_text() -> None:
    text = _EBOOK.format(credit="Written for the autumn exchange, with thanks to my beta.")
    story = read_text(text.encode(), ReadOptions(), "pears.txt")
    titles = [c.title for part in story.parts for c in part.chapters]
    assert "Baskets" not in titles and "The List" not in titles


# --- A note opening a threadmarked post -----------------------------------------------------

_READER_MODE = """\
Home
Forums
Home Forums Discussion Early Modern
The Miller Stays Home (a Flour TL)
Thread starter grist_and_stone Start date May 2, 2020 Tags mills rivers
Reader mode
Part 1: The Weir
grist_and_stone
May 2, 2020
Add bookmark
#1
AN: My first try at one of these. The divergence is that the weir holds in the flood.

The river rose all night and the weir held, which nobody in the valley had expected.

Reactions: Oats_and_Barley and 9 others
Reply
Part 2: The Wheel
grist_and_stone
May 9, 2020
Add bookmark
#6
The wheel turned again by the end of the week, slower than before.

Reply
"""


def test_a_note_under_the_first_threadmark_is_that_chapters_note() -> None:
    """The poster's name under the first threadmark is read as the byline; the note under
    it still opens the chapter, and the story starts after it."""
    story = read_text(_READER_MODE.encode(), ReadOptions(), "thread.txt")
    chapters = [c for part in story.parts for c in part.chapters]
    assert [c.title for c in chapters] == ["Part 1: The Weir", "Part 2: The Wheel"]
    assert [note.label for note in chapters[0].notes_before] == ["AN"]
    first = story_paragraphs(story)[0]
    assert first.startswith("The river rose all night")
