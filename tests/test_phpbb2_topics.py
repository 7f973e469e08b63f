"""phpBB 2 topic pages copied as text, in the layouts older browsers and Notepad give them."""

from __future__ import annotations

from fic2epub.model import Story
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import story_paragraphs

# An older browser's copy: each post's own lines first, the poster's cell under them; the
# story split over two of the author's posts with a reader's reply between.
BOX_BELOW = """\
The Lamp Room Forum Index -> Stories
View previous topic :: View next topic
Author\tMessage
Post subject: [FIC] Tallow and Wick (Cranford) PG
PostPosted: Mon Feb 03, 2003 8:10 pm
chandler_ann
Joined: 02 Jan 2002
Posts: 41
Location: Knutsford

A/N: My first story here, be kind.

Prologue

The candles were dipped on Mondays, always, whatever the weather.

Chapter One

Nobody in the lane could remember a Monday without them.

Back to top
View user's profile Send private message

Post subject:
PostPosted: Mon Feb 03, 2003 9:30 pm
wax_reader
Joined: 11 Jan 2003
Posts: 3

More soon, please!

Back to top
View user's profile Send private message

Post subject:
PostPosted: Tue Feb 04, 2003 7:02 pm
chandler_ann
Joined: 02 Jan 2002
Posts: 42
Location: Knutsford

Chapter Two

On the Tuesday the tallow ran out, and the lane went dark.

Back to top
View user's profile Send private message
"""


def _read(text: str) -> Story:
    return read_text(text.encode(), ReadOptions(), "topic.txt")


def test_the_poster_box_under_the_post_lines_opens_each_post() -> None:
    """phpbb2-box-below, phpbb2-subject-title, subject-source-rating, first-post-front-note:
    the subject titles the story, its rating after the bracketed source is the story's,
    the note opening the first post is the story's, the reader's reply goes."""
    story = _read(BOX_BELOW)
    assert story.metadata.title == "Tallow and Wick"
    assert story.metadata.rating == "PG"
    assert story.metadata.authors == ("chandler_ann",)
    assert [note.label for note in story.front_notes] == ["A/N"]
    assert [chapter.title for chapter in story.chapters] == [
        "Prologue",
        "Chapter One",
        "Chapter Two",
    ]
    paragraphs = story_paragraphs(story)
    assert paragraphs[0].startswith("The candles were dipped")
    assert not any("More soon" in p or "Joined" in p or "Posted" in p for p in paragraphs)


def test_the_avatars_blank_line_under_the_name_keeps_the_cell_below() -> None:
    """phpbb2-box-below: the avatar's empty place, a blank line between the poster's name
    and the statistics, still leaves the cell the post's."""
    text = BOX_BELOW.replace("chandler_ann\nJoined:", "chandler_ann\n\nJoined:").replace(
        "wax_reader\nJoined:", "wax_reader\n\nJoined:"
    )
    story = _read(text)
    assert story.metadata.authors == ("chandler_ann",)
    assert [chapter.title for chapter in story.chapters] == [
        "Prologue",
        "Chapter One",
        "Chapter Two",
    ]
    paragraphs = story_paragraphs(story)
    assert not any("More soon" in p or "Joined" in p or "chandler_ann" in p for p in paragraphs)


def test_a_story_posted_line_over_a_name_without_statistics_stays() -> None:
    """phpbb2-box-below, near miss: a name under "Post subject:"/"Posted:" with no
    statistics line under it is no poster's cell."""
    text = (
        "The notice was pinned to the door.\n\n"
        "Post subject: the lamp rota\nPosted: Mon Feb 03, 2003\nMiss Pole\n"
        "She read it twice and went home.\n"
    )
    paragraphs = story_paragraphs(_read(text))
    assert any("Miss Pole" in p for p in paragraphs)


# Notepad's copy of the subSilver page: the header's menu, the topic title between it and
# the crumb, two blank lines where the avatar was, the post lines tab-indented, and no
# blank line between one post's buttons and the next poster's name.
MENU_AND_AVATAR = """\
The Lamp Room
FAQ\tSearch\tMemberlist\tUsergroups\tRegister
Profile\tLog in to check your private messages\tLog in

[FIC] Tallow and Wick (PG)
The Lamp Room Forum Index -> Stories
View previous topic :: View next topic
Author\tMessage
chandler_ann
Dipper


Joined: 02 Jan 2002
Posts: 41
\tPost subject: [FIC] Tallow and Wick (PG)
\tPosted: Mon Feb 03, 2003 8:10 pm

Title: Tallow and Wick
Rating: PG

CHAPTER I.

The candles were dipped on Mondays, always, whatever the weather.
Back to top
View user's profile Send private message
wax_reader
Newcomer


Joined: 11 Jan 2003
Posts: 3
\tPost subject: Re: [FIC] Tallow and Wick (PG)
\tPosted: Mon Feb 03, 2003 9:30 pm

Lovely, I could smell the wax.
Back to top
View user's profile Send private message
"""


def test_the_menu_and_an_avatar_gap_are_the_boards() -> None:
    """phpbb2-menu, phpbb2-board-name, phpbb2-rank-box: the board's name and menu over the
    topic title go; a rank two blank lines over the statistics, and a name right under the
    post before's buttons, still open posts."""
    story = _read(MENU_AND_AVATAR)
    assert story.metadata.title == "Tallow and Wick"
    assert story.metadata.authors == ("chandler_ann",)
    assert [chapter.title for chapter in story.chapters] == ["CHAPTER I."]
    paragraphs = story_paragraphs(story)
    assert paragraphs == ["The candles were dipped on Mondays, always, whatever the weather."]
