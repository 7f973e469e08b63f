"""Authors' notes that answer reviewers and preview the next chapter (FanFiction.Net habits)."""

from __future__ import annotations

import pytest

from fic2epub.normalise.notes import introduces_replies
from fic2epub.normalise.previews import is_preview_intro
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import plain


@pytest.mark.parametrize(
    "text",
    [
        "Replies:",
        "Thanks so much for the reviews! Replies:",
        "Replies to the guests, since I can't PM you:",
        "To my guest reviewers:",
        "Special thanks to:",
        "Review replies!",  # a bare heading announces them whatever ends it
        "Replies to my guest reviewers.",
        "Reviewer shout-outs",
    ],
)
def test_a_note_sentence_announces_replies(text: str) -> None:
    assert introduces_replies(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the reviews! Here is the next one:",  # hands over to the chapter
        "Review replies are at the bottom.",  # no colon: nothing follows
        "At the dinner the host read out the answers from the guests:",  # a narrator's
        "Thanks for the reviews!",  # thanks, not answers
        "Shout-outs are the best part of a concert.",
    ],
)
def test_other_sentences_announce_no_replies(text: str) -> None:
    assert not introduces_replies(text)


def test_preview_intros() -> None:
    assert is_preview_intro("Sneak peek at chapter six:")
    assert is_preview_intro("A little preview:")
    assert is_preview_intro("Next time: the fair comes to town!")
    # Only the words an author uses stand without a label ("Next time:" may be a list's).
    assert not is_preview_intro("Next time: bring rope.", strong=True)
    assert is_preview_intro("Next chapter: the fair!", strong=True)
    assert not is_preview_intro("Next time, she would take the coach.")
    assert not is_preview_intro("The preview ran at nine:")


_PAGE = """Lantern Street
By: wick_and_wax

A/N: Thank you for every review! Replies to my guest reviewers:

Guest: Yes, the cat comes back.

Fenwick (guest): Soon, I promise.

On with the story!

Chapter Six: The Fair

The fair came on a Tuesday, which nobody expected.

Ada bought a paper lantern and lost it by noon.

A/N: Short one, sorry! Please review.

Sneak peek at chapter seven:

"Who let the pony into the church?" asked the vicar.
"""


def test_reply_note_and_preview_stay_out_of_the_chapter() -> None:
    story = read_text(_PAGE.encode(), ReadOptions())
    assert [c.title for c in story.chapters] == ["Chapter Six: The Fair"]
    assert [n.label for n in story.front_notes] == ["A/N"]
    assert len(plain(story.front_notes[0].blocks).splitlines()) == 4
    assert [n.label for n in story.back_notes] == ["A/N"]
    assert plain(story.back_notes[0].blocks).splitlines()[-1].endswith("asked the vicar.")
    text = plain(story.chapters[0].blocks)
    assert "Fenwick" not in text and "pony" not in text and "Sneak peek" not in text
