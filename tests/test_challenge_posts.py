"""Exchange and challenge posts: a comment-fic fill's writer, a deviation's "by" line."""

from __future__ import annotations

from fic2epub.model import Story
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import plain

THREAD = """\
Small lights prompt post

Any fandom, a lighthouse keeper, "the light went out on purpose"
Date: 2015-02-01 08:10 pm (UTC)
From: (Anonymous)

Keeper angst please!

Link  Reply  Thread  Expand

Re: Any fandom, a lighthouse keeper, "the light went out on purpose"
Date: 2015-02-02 01:22 am (UTC)
From: [personal profile] brine_and_wick

Oh, I have feelings about this prompt. Here you go!

Orla climbed the ninety-one steps for the last time on a Tuesday, which seemed to her
exactly the wrong day for it, and she said so to the gulls on the rail at the top.

The gulls had heard her complain about Tuesdays for eleven years and did not answer. It was
one of the things she liked best about them, and one of the things she would leave behind
when the new lamp came from the mainland with its clockwork and its own keeper, a young
man who had never once been cold.

She trimmed the wick out of habit. She polished the glass out of habit too, long after it
was clean, because her hands wanted something to do and the sea had nothing to say.

At nine she turned the light out, and sat in the dark with the door open, and listened to
the boats calling to each other, puzzled and then laughing, as they found their own way
home without her. It was, she decided, the best thing she had ever lit.

Link  Reply  Thread  Parent  Expand

Re: Any fandom, a lighthouse keeper, "the light went out on purpose"
Date: 2015-02-02 09:40 am (UTC)
From: (Anonymous)

Prompter here, I am crying at my desk. Thank you!

Link  Reply  Thread  Parent  Expand
"""

DEVIATION = """\
DeviantArt
The Keeper's Tuesday
by brine-and-wick
Watch
Published: Feb 2, 2015
Orla climbed the ninety-one steps for the last time on a Tuesday, which seemed wrong.
It was, she decided, the best thing she had ever lit.
"""


def _read(text: str) -> Story:
    return read_text(text.encode("utf-8"), ReadOptions(), "post.txt")


def test_comment_fill_writer_note_and_story() -> None:
    """The fill's "From:" names the writer (comment-fill-poster), its first line is the
    writer's note (comment-fill-intro), and neither the prompt nor the thanks is text."""
    story = _read(THREAD)
    assert list(story.metadata.authors) == ["brine_and_wick"]
    assert [note.label for note in story.front_notes] == [""]
    text = "\n".join(plain(chapter.blocks) for chapter in story.chapters)
    assert text.startswith("Orla climbed the ninety-one steps")
    assert "Keeper angst" not in text and "Prompter here" not in text and "From:" not in text


def test_deviation_byline_drops_by() -> None:
    """DeviantArt's "by name" over "Watch" names the user, not "by name"
    (follow-button-by-line)."""
    assert list(_read(DEVIATION).metadata.authors) == ["brine-and-wick"]
