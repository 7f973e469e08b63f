"""The unlabelled note in brackets (rule ``bracketed-note``), on its text alone."""

from __future__ import annotations

import pytest

from fic2epub.normalise.bracket_notes import is_bracketed_talk
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import plain


@pytest.mark.parametrize(
    "text",
    [
        "[Sorry for the long wait, work was awful. Thanks for sticking with me!]",
        "[The wedding is next chapter. Or the funeral. You'll see. - Tam]",
        "[This part is mostly flashback. I couldn't help myself.]",
        "[ok i know this is short but the next one is longer, promise lol]",
        "(Thanks to my beta for catching all the typos!)",
        # bracketed-posting-schedule with the part's number spelled out
        "(part three tomorrow!)",
    ],
)
def test_talk_to_readers_in_brackets(text: str) -> None:
    assert is_bracketed_talk(text)


@pytest.mark.parametrize(
    "text",
    [
        "[Redacted]",
        "[Enter the Inspector, with a lamp]",
        "[Text from Iver: are you still at the office?]",
        "[Mara, 11:42: where are you]",
        "[I know what you did]",
        '["Stop," I said. "Please stop." But he did not.]',
        "(I never saw the money again, and I never asked him for it. He knew.)",
        "[The door shut behind her - for good]",
        "[Footnote 1] The river was higher then [see map].",
        # A narrator's aside in round brackets, though it holds a note's word ("forgive").
        "(He never did forgive her.)",
        "(Please, she had said, and he had not listened.)",
        # The writer's "I" in square brackets, narrating in the past tense: a flashback.
        "[Three years before. I was nine and the mill still stood.]",
        # A letter or message in the story, signed, with none of a note's words.
        "[Meet me at the docks at midnight. Come alone. —J]",
        "[Burn this once you have read it. - M.]",
        # A spelled number after "part" that is no part's number.
        "(the part two of them played was over by tomorrow)",
    ],
)
def test_story_lines_in_brackets(text: str) -> None:
    assert not is_bracketed_talk(text)


@pytest.mark.parametrize(
    "text",
    [
        "(for my nan, who taught me every knot in this story)",
        "(this one's for @gullwing!)",
        "(dedicated to my sister, who asked for boats)",
        "[this story is for Pell, who waited all winter]",
        "[For my uncle, who fixed every clock in the village. He would have liked this.]",
    ],
)
def test_dedication_in_brackets(text: str) -> None:
    """Rule ``bracketed-note``: whom the story is for, in brackets, is the writer's."""
    assert is_bracketed_talk(text)


@pytest.mark.parametrize(
    "text",
    [
        "(for my part, I never went back to the quay)",
        "(for a moment, nobody moved)",
        "(this was for the best, or so we told ourselves)",
        "(for the last time, the bell rang)",
        # Numbers, spans of time and pronouns after "for" are the story's.
        "(for two weeks, nobody spoke of it.)",
        "(for 3 days, the snow kept us in!)",
        "(for him, nobody would have gone back. Nobody.)",
        "(For them, the war was over. It had ended in May.)",
    ],
)
def test_story_asides_are_no_dedication(text: str) -> None:
    assert not is_bracketed_talk(text)


@pytest.mark.parametrize(
    "text",
    [
        "(Thanks for reading, see you next week! - K.)",
        "(I know this update took forever, sorry!)",
        "(Your reviews on the last chapter made my whole week, thank you)",
    ],
)
def test_writing_talk_in_round_brackets(text: str) -> None:
    """In round brackets, talk about the writing or its posting in the author's voice, or
    a note's words signed with a dash, is a note."""
    assert is_bracketed_talk(text)


def _opening_note(last_line: str) -> str:
    text = (
        "Title: Tidewater\nAuthor: Wick\n\nChapter 1\n\n(Sorry this update took so long, I"
        f" moved house twice.\n\n{last_line}\n\nThe orchard ran down to the river.\n\n"
        "Chapter 2\n\nThe docks were empty.\n"
    )
    chapter = read_text(text.encode(), ReadOptions()).chapters[0]
    assert len(chapter.notes_before) == 1
    return plain(chapter.notes_before[0].blocks)


def test_round_brackets_round_a_long_note_are_dropped() -> None:
    """Rule ``note-closing-bracket``: the "(" that opens a note over several paragraphs and
    the ")" that closes it frame the note; neither is its text."""
    note = _opening_note("Thank you for all the lovely reviews on the last chapter!)")
    assert note == (
        "Sorry this update took so long, I moved house twice.\n"
        "Thank you for all the lovely reviews on the last chapter!"
    )


def test_a_smiley_closing_a_long_note_is_kept() -> None:
    note = _opening_note("Thank you for all the lovely reviews on the last chapter :)")
    assert note.endswith("on the last chapter :)")
    assert not note.startswith("(")
