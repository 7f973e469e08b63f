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


def _one_line_feet(text: str) -> str:
    """Rule ``pdf-running-foot-line``: a zine's running foot kept on one line, its name and
    the page number parted by a spaced dot, bar or dash ("A ZINE OF ADVICE · 3"), set apart
    by blank lines and repeated down the text with the same name and numbers counting up by
    one, is each page's foot: it goes, and the paragraph it cut is one again.

    Guards as for the two-line foot: two feet at least with one name, each number one more
    than the foot's before, the name short, with letters, no sentence's end."""
    feet: list[tuple[int, int, str, int]] = []  # (start, end, name, number)
    # Each line under a blank line, found with plain searches: a pattern tried at every
    # blank line (or every figure) costs a long story ten milliseconds.
    blank = text.find("\n\n")
    while blank >= 0:
        start = blank + 2
        line_end = text.find("\n", start)
        blank = text.find("\n\n", start - 1)
        if line_end < 0:
            break
        line = text[start:line_end].rstrip(" \t")
        # A figure at the line's end, a foot's length, and a blank line under it.
        if not line[-1:].isdigit() or len(line) not in _FOOT_LINE_SIZES:
            continue
        if text[line_end + 1 : line_end + 80].lstrip(" \t")[:1] != "\n":
            continue
        foot = running_foot(line)
        if foot is not None and _name_like(foot[1]):
            feet.append((start, line_end + 1, foot[1], foot[0]))
    cut = _cut_feet(text, feet)
    return cut if cut is not None else text
