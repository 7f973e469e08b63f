"""Unlabelled notes: paragraphs in which the author talks to readers about the writing."""

from __future__ import annotations

import pytest

from fic2epub.model import SceneBreak
from fic2epub.normalise.reader_talk import emphasised_whole, talks_about_writing
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text


@pytest.mark.parametrize(
    "text",
    [
        "Thanks so much for the reviews, everyone!",
        "ok so this is the cafe au i owe you. unbeta'd, sorry",
        "I typed this on my phone, so forgive me.",
        "I wrote this for my aunt, who loves the book more than I do.",
        "_Sorry this chapter took so long, you guys. -R._",
        "please review, I read every single one",
        "this is the lighthouse AU nobody asked for, and I regret nothing",
    ],
)
def test_talk_about_the_writing(text: str) -> None:
    assert talks_about_writing(text)


@pytest.mark.parametrize(
    "text",
    [
        "The reviews in the morning paper were cruel, and he read every one.",
        "I hired an au pair the winter my wife fell ill.",
        "“Thank you for the reviews,” I said, and meant none of it.",
        "I wrote this letter by the fire, and burned it before you woke.",
        "You will not believe what I found in the attic.",
        # "review" the verb, and "au" in French, are anyone's words.
        "I never did review the letters you left me.",
        "Okay, so I had to review my notes one more time before the exam.",
        "We ate the coq au vin my mother made, and I said nothing.",
    ],
)
def test_story_prose_is_no_talk_about_the_writing(text: str) -> None:
    assert not talks_about_writing(text)


def test_emphasised_whole() -> None:
    assert emphasised_whole("_Thanks, all!_") == "Thanks, all!"
    assert emphasised_whole("*so sorry*") == "so sorry"
    assert emphasised_whole("_One_ word, then _another_") is None
    assert emphasised_whole("_____") is None
    assert emphasised_whole("Plain text.") is None


_STORY = """The Weir
by pennyroyal

Chapter 1

The weir was loud all spring.

Chapter 2

_Thank you for the reviews on chapter one, you made my week! -P._

* * *

By June the weir was quiet.

Then it was loud again.
"""


def test_italic_note_opens_its_chapter() -> None:
    story = read_text(_STORY.encode(), ReadOptions())
    second = story.chapters[1]
    assert [note.label for note in second.notes_before] == [""]
    assert "reviews" not in str(second.blocks)
    assert "By June the weir was quiet." in str(second.blocks[0])
    assert not any(isinstance(block, SceneBreak) for block in second.blocks)
