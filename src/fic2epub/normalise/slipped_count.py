"""Rule ``slipped-number-count``: a writer's own numbered headings that count up with one
slip, a number skipped ("1." "2." "4.") or typed twice ("[1]" "[2]" "[3]" "[3]").

Numbered headings are read only when they count up 1, 2, 3… (``numbered-heading-sequence``),
as a lone number or numbers out of order are a list, a count in the prose or a site's
comment counts. A writer who numbers chapters by hand slips now and then: one number
skipped, or one typed twice, and the story says so ("The numbers are the owl's").
A reader still sees chapter headings where the numbers are marked as headings and each
heads a stretch of story; only the one slip is forgiven.
"""

from __future__ import annotations

from itertools import pairwise

from fic2epub.normalise.caps_titles import is_prose
from fic2epub.normalise.chunks import Chunks
from fic2epub.normalise.patterns import NUMBERED_RE

# The least number of headings read with a slip: with two, a slip is half the evidence.
_LEAST = 3
# The steps a slip may take: a number typed twice (0) or one number skipped (2).
_SLIPS = frozenset({0, 2})
# The least paragraphs of prose each heading must have under it.
_PROSE_UNDER = 2


def slipped_count(
    chunks: Chunks, candidates: list[tuple[int, int]]
) -> list[tuple[int, int]] | None:
    """The numbered lines of ``candidates`` that head chapters with one slip in their count,
    or None when they do not.

    Guards: every candidate is a number alone with the mark that makes it a heading ("1.",
    "[2]", "#3", "~ 4 ~"; a plain "4" may be a page's comment count), set apart by a blank
    line above and below (in a file that has blank lines); three or more of them, the
    first 1; every step up by one but exactly one, which repeats the number or skips one;
    and each heads two paragraphs of prose or more before the next, so a list or a count
    in the story never reads as one.
    """
    if len(candidates) < _LEAST or candidates[0][1] != 1:
        return None
    steps = [after - before for (_, before), (_, after) in pairwise(candidates)]
    slips = [step for step in steps if step != 1]
    if len(slips) != 1 or slips[0] not in _SLIPS:
        return None
    indexes = [index for index, _ in candidates]
    # A file with no blank line anywhere (a Google Docs download, one paragraph a line)
    # cannot set a heading apart with blank lines; the prose under each still counts.
    blankless = not any(chunk.gap for chunk in chunks)
    if not all(_marked_alone(chunks, index, blankless=blankless) for index in indexes):
        return None
    ends = [*indexes[1:], len(chunks)]
    for start, end in zip(indexes, ends, strict=True):
        prose = [chunk for chunk in chunks[start + 1 : end] if chunk.role == "text"]
        if sum(is_prose(chunk) for chunk in prose) < _PROSE_UNDER:
            return None
    return candidates


def _marked_alone(chunks: Chunks, index: int, *, blankless: bool) -> bool:
    """A number alone on its line with a heading's mark ("1.", "[2]", "#3"), blank lines
    above (or the text's start) and below, unless the file has no blank lines at all."""
    chunk = chunks[index]
    text = chunk.text.strip()
    if text.isdigit() or NUMBERED_RE.fullmatch(text) is None:
        return False
    if blankless:
        return True
    above = index == 0 or chunk.gap >= 1
    return above and (index + 1 == len(chunks) or chunks[index + 1].gap >= 1)
