"""Three hand-typed forms of a numbered heading: a numeral framed by dashes ("— I —"), a
count over the total ("1/3") and a circled number ("①").

Like every bare number, either is a heading only when the numbers count up 1, 2, 3… (the
pass ``headings`` asks), so a lone "— I —" or a "2/3" in a recipe never is one by itself.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunks
from fic2epub.normalise.patterns import number_value

# Rule ``dash-framed-numeral``: a Roman or Arabic numeral between two dashes or tildes of
# the same kind, "— I —", "– 2 –", "~ III ~": the frame a blog post or a phone writer
# sets round a section's number. The Roman figure needs no stop here: the frame on both
# sides marks the line as a heading's, not the pronoun "I".
_FRAMED = lazy(r"\s*(?P<dash>[—–~-]{1,3})\s*(?P<num>[IVXLC]{1,7}|\d{1,3})\s*(?P=dash)\s*")
_FRAME_STARTS = frozenset("—–~- \t")

# Rule ``count-of-total-heading``: a part's place over the whole count, "1/3", "2/3",
# "3/3" (also "(1/3)" or "[1/3]"), alone on a line, as phone drafts and posts number their
# parts. The place may not exceed the total, and a heading may not follow (a page counter).
_COUNT = lazy(r"\s*[(\[]?(?P<num>\d{1,2})\s*/\s*(?P<total>\d{1,2})[)\]]?\s*")
_COUNT_STARTS = frozenset("0123456789([ \t")


# Rule ``circled-number-heading``: a circled number alone on a line, "①", "②" (or the
# filled "❶", and the sans-serif "➀", "➊"), as a phone keyboard's symbol pane offers them:
# each set's first code point, and how many it holds.
_CIRCLED_SETS = ((0x2460, 20), (0x2776, 10), (0x2780, 10), (0x278A, 10))
# The longest such line, trailing spaces with it.
_CIRCLED_LONGEST = 8


def circled_numeral(chunks: Chunks, index: int) -> int | None:
    """The number of a line holding one circled number ("②"), else None."""
    text = chunks[index].text
    if len(text) > _CIRCLED_LONGEST:
        return None  # the cheap test first: the heading pass asks this of every line
    text = text.strip()
    if len(text) != 1:
        return None
    point = ord(text)
    for first, size in _CIRCLED_SETS:
        if first <= point < first + size:
            return point - first + 1
    return None


def framed_numeral(chunks: Chunks, index: int) -> int | None:
    """The number of a dash-framed numeral line ("— II —"), else None."""
    text = chunks[index].text
    if len(text) > 20 or text[:1] not in _FRAME_STARTS:
        return None
    found = _FRAMED.fullmatch(text)
    if found is None:
        return None
    number = found.group("num")
    return int(number) if number.isdigit() else number_value(number)


def count_of_total(chunks: Chunks, index: int) -> int | None:
    """The place of a "2/3" count line, else None (a place of 0, or above the total)."""
    text = chunks[index].text
    if len(text) > 12 or text[:1] not in _COUNT_STARTS or "/" not in text:
        return None
    found = _COUNT.fullmatch(text)
    if found is None:
        return None
    place, total = int(found.group("num")), int(found.group("total"))
    if not 1 <= place <= total or _over_heading(chunks, index) or _under_label(chunks, index):
        return None
    return place


def _under_label(chunks: Chunks, index: int) -> bool:
    """Rule ``count-under-field-label``: a count right under a field's label ("Chapters:"
    over "2/2", as a phone's copy of AO3's stats sets each value under its label) is that
    field's value, not a part's heading. Only a short label ending in its colon, with no
    blank line between."""
    if index == 0 or chunks[index].gap:
        return False
    above = chunks[index - 1].text.strip()
    return above.endswith(":") and len(above) <= 24 and len(above.split()) <= 2


def _over_heading(chunks: Chunks, index: int) -> bool:
    """Whether a heading follows the count line: then the count is a site's page counter
    ("1 / 2" over "Chapter One"), not the part's own heading."""
    below = next(
        (chunks[i] for i in range(index + 1, len(chunks)) if chunks[i].role != "dropped"), None
    )
    return below is not None and below.role in ("heading", "part")
