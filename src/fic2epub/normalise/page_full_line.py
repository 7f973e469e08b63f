"""A page's last line that runs to the right margin, in ``pdftotext`` text.

A paragraph's last line is as long as its words; every other line of it is filled to the
margin, broken only because the next word would not fit. So when a page of a PDF ends on a
line that stops on a plain word and is so full that the next page's first word would not
have fit beside it, the paragraph was cut by the page break, however the next page opens:
in capitals too ("… The house on Vlaška" / "Street."), where the lower-case test of rule
``pdf-page-edges`` cannot see it.
"""

from __future__ import annotations

# The longest line read as the page's text width: longer ones are a table's or an address's.
_WIDEST = 160
# The narrowest text width this rule reads: below it a line's fill says little.
_NARROWEST = 40


def text_width(text: str) -> int:
    """The widest line of ``text`` (up to ``_WIDEST``): the page's right margin."""
    return max((len(line.rstrip()) for line in text.split("\n") if len(line) <= _WIDEST), default=0)


def full_line_runs_on(foot: str, opening: str, width: int) -> bool:
    """Rule ``pdf-full-line-runs-on``: a page's last line ``foot`` that ends on a letter
    and would have held the next page's first word only past the right margin ``width``:
    its paragraph goes on at ``opening``, the next page's first line.

    Guards: the text is wide enough to judge (``_NARROWEST``); the foot ends on a letter,
    not on a sentence's closing mark (a full last line of a finished paragraph is left
    parted); the next page opens on a word or a quotation mark; and the foot holds several
    words, so a heading or a scene break at a page's foot ("o0o") never runs on.
    """
    if width < _NARROWEST or not foot or not opening or not foot[-1].isalpha():
        return False
    if not (opening[0].isalpha() or opening[0] in "\"'“‘"):
        return False
    if len(foot.split()) < 4:
        return False
    first_word = opening.split(maxsplit=1)[0]
    return len(foot) + 1 + len(first_word) > width
