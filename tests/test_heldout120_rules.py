"""Rules added for heldout120 that the pass fixtures cannot show: a heading's title."""

from __future__ import annotations

import pytest

from fic2epub.normalise.heading_lines import heading_title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # A Roman number in capitals wrapped in glyphs is kept whole, as "~ 1 ~" is
        # (wrapped-roman-number), so "~ I ~" and "~ II ~" read alike.
        ("~ I ~", "~ I ~"),
        ("~ II ~", "~ II ~"),
        ("-= XIV =-", "-= XIV =-"),
        ("~ 2 ~", "~ 2 ~"),
        # Words lose their glyphs: a title-case word, a worded heading, a numbered one.
        ("~ Mix ~", "Mix"),
        ("~ The Return ~", "The Return"),
        ("~*~ Chapter II ~*~", "Chapter II"),
        ("** Interlude **", "Interlude"),
    ],
)
def test_wrapped_roman_number(line: str, title: str) -> None:
    assert heading_title(line) == title
