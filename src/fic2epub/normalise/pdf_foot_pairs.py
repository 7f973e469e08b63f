"""A zine's running foot copied out of a PDF viewer: its name over the page's number.

Selecting a zine's text in a PDF viewer and pasting it keeps each page's foot as two
lines set apart by blank lines, the zine's name and issue over the page number
("BORDERLANDS · issue one" / "2"), in the middle of whatever paragraph ran over the page's
end. It is furniture, not story, and the paragraph it cut is one.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from fic2epub.lazy_re import lazy
from fic2epub.normalise.page_full_line import text_width
from fic2epub.normalise.pdf_pages import join_pages, running_foot

# A page number alone on its line with a blank line under it, after the foot's name line.
_FOLIO = lazy(r"\n(?P<number>\d{1,4})\n(?=[ \t]*\n)")
# The longest name line of a foot.
_LONGEST_NAME = 60
# A name is no sentence: it does not end on these.
_SENTENCE_ENDS = (".", ",", ";", ":", "!", "?", "”", '"')


def page_foot_pairs(text: str) -> str:
    """Rule ``pdf-foot-pair``: a short name line over a bare page number, the two set apart
    from the text by blank lines, repeated down the text with the same name and numbers
    counting up by one, is each page's foot: both lines go, and the pages meet again as
    ``pdf-page-edges`` joins them (a paragraph that ran over the page goes on as one).

    Guards: two feet at least with one name; each number one more than the foot's before;
    the name short, with letters, no sentence's end; a blank line above the name."""
    if "\n\n" not in text:
        return text
    feet: list[tuple[int, int, str, int]] = []  # (start, end, name, number)
    for found in _FOLIO.finditer(text):
        name_end = found.start()
        name_start = text.rfind("\n", 0, name_end) + 1
        name = text[name_start:name_end].strip()
        # A blank line above the name, asked in place rather than of a copy of the text.
        blank_above = name_start >= 2 and text.startswith("\n\n", name_start - 2)
        if not _name_like(name) or not blank_above:
            continue
        feet.append((name_start, found.end(), name, int(found.group("number"))))
    cut = _cut_feet(text, feet)
    return cut if cut is not None else _one_line_feet(text)


def _cut_feet(text: str, feet: list[tuple[int, int, str, int]]) -> str | None:
    """The text without its feet (start, end, name, number) and its pages joined again, when
    two feet or more share the commonest name and count up by one; else None."""
    names = Counter(name for _, _, name, _ in feet).most_common(1)
    if not names:
        return None
    kept = [foot for foot in feet if foot[2] == names[0][0]]
    if len(kept) < 2 or any(b[3] != a[3] + 1 for a, b in pairwise(kept)):
        return None
    pages: list[str] = []
    position = 0
    for start, end, _, _ in kept:
        pages.append(text[position:start])
        position = end
    pages.append(text[position:])
    return join_pages(pages, set(range(1, len(pages))), text_width(text))


def _name_like(line: str) -> bool:
    """A foot's name line: short, with letters, not a sentence's end."""
    return (
        0 < len(line) <= _LONGEST_NAME
        and any(character.isalpha() for character in line)
        and not line.endswith(_SENTENCE_ENDS)
    )


# The shortest and longest one-line foot.
_FOOT_LINE_SIZES = range(3, 71)
# The end of a line that ends in a figure, with a blank line under it: where a one-line
# foot may end. The newline is what the pattern looks for first, the figure behind it:
# a pattern that opens on the figure (or on every blank line) costs a long story ten ms.
_FIGURE_OVER_BLANK = lazy(r"\n(?<=\d\n)(?=[ \t]*\n)")


def _one_line_feet(text: str) -> str:
    """Rule ``pdf-running-foot-line``: a zine's running foot kept on one line, its name and
    the page number parted by a spaced dot, bar or dash ("A ZINE OF ADVICE · 3"), set apart
    by blank lines and repeated down the text with the same name and numbers counting up by
    one, is each page's foot: it goes, and the paragraph it cut is one again.

    Guards as for the two-line foot: two feet at least with one name, each number one more
    than the foot's before, the name short, with letters, no sentence's end."""
    feet: list[tuple[int, int, str, int]] = []  # (start, end, name, number)
    for found in _FIGURE_OVER_BLANK.finditer(text):
        line_end = found.start()
        start = text.rfind("\n", 0, line_end) + 1
        # A blank line above it too, and a foot's length.
        if start < 2 or text[start - 2] != "\n" or line_end - start not in _FOOT_LINE_SIZES:
            continue
        foot = running_foot(text[start:line_end])
        if foot is not None and _name_like(foot[1]):
            feet.append((start, found.end(), foot[1], foot[0]))
    cut = _cut_feet(text, feet)
    return cut if cut is not None else text
