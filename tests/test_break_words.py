"""Scene breaks typed in words: "-scene change-", "[Time Skip]", "~ POV change ~"."""

from __future__ import annotations

import pytest

from fic2epub.normalise.chunks import is_break_words, is_glyph_line


@pytest.mark.parametrize(
    "line",
    [
        "-scene change-",
        "[Scene Switch]",
        "xXx Time Skip xXx",
        "~*~ time-skip ~*~",
        "_Timeskip_",
        "POV change",
        "P.O.V. Shift",
        "Change of scene",
        "-break-",
        "(Break)",
        "*BREAK*",
    ],
)
def test_break_typed_in_words_is_a_glyph_line(line: str) -> None:
    assert is_break_words(line)
    assert is_glyph_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The scene change took ten minutes.",
        "scene changes",
        "Time skips ahead, she said",
        "Break",  # bare: a break only between two paragraphs (the scene pass decides)
        "Break!",
        "Lunch break",
        "Pov",
    ],
)
def test_prose_naming_a_break_is_not_one(line: str) -> None:
    assert not is_glyph_line(line)
