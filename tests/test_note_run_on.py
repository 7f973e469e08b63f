"""The story's voice after a note that lost its blank line (note-runs-into-prose)."""

from __future__ import annotations

import pytest

from fic2epub.normalise.note_run_on import narrates


@pytest.mark.parametrize(
    "text",
    [
        "She had waited at the gate until the lamps were lit, and then she walked home alone"
        " through the orchard.",
        'I dug the turnips up by noon. "You will regret it," said my aunt, and I laughed and'
        " carried them to the cart.",
    ],
)
def test_past_tense_narration_narrates(text: str) -> None:
    assert narrates(text)


@pytest.mark.parametrize(
    "text",
    [
        # Talk to readers, even in the past tense.
        "I know you waited ages for this one, and I rewrote the ending twice before it worked.",
        "Thank you guys so much, I was really nervous when I posted the first part of it.",
        # Too short to be a story's opening paragraph.
        "I finished it last night and edited it.",
        # Present-tense prose with one past-tense verb.
        "The garden is full of roses that belong to somebody else, and nobody minds it at all.",
    ],
)
def test_talk_and_short_lines_do_not_narrate(text: str) -> None:
    assert not narrates(text)
