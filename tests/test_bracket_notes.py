"""The unlabelled note in brackets (rule ``bracketed-note``), on its text alone."""

from __future__ import annotations

import pytest

from fic2epub.normalise.bracket_notes import is_bracketed_talk


@pytest.mark.parametrize(
    "text",
    [
        "[Sorry for the long wait, work was awful. Thanks for sticking with me!]",
        "[The wedding is next. Or the funeral. You'll see. - Tam]",
        "[This part is mostly flashback. I couldn't help myself.]",
        "[ok i know this is short but the next one is longer, promise lol]",
        "(Thanks to my beta for catching all the typos!)",
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
    ],
)
def test_dedication_in_brackets(text: str) -> None:
    """Rule ``bracketed-dedication``: whom the story is for, in brackets, is the writer's."""
    assert is_bracketed_talk(text)


@pytest.mark.parametrize(
    "text",
    [
        "(for my part, I never went back to the quay)",
        "(for a moment, nobody moved)",
        "(this was for the best, or so we told ourselves)",
        "(for the last time, the bell rang)",
    ],
)
def test_story_asides_are_no_dedication(text: str) -> None:
    assert not is_bracketed_talk(text)
