"""Bare numbered lines that carry on the count of the chapter headings above them.

A writer who heads every chapter a different way ("Chapter One", "CHAPTER 2", "Part IV",
"~ 5 ~", "6.") still counts them: the bare "~ 5 ~" stands where chapter five belongs. A
bare number does not start its count at 1 here, so the rule that reads "1.", "2.", "3."
as headings only when they count up from the first does not find them.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.patterns import match_heading, match_numbered

# The roles of the lines whose number a bare number may go on from.
_HEADING_ROLES = frozenset({"heading", "part"})


def continued_count(
    chunks: Sequence[Chunk], candidates: list[tuple[int, int]]
) -> list[tuple[int, int]] | None:
    """Rule ``continued-heading-count``: of the bare numbered lines ``candidates`` (index
    and number), those whose number is one more than the nearest numbered heading's above
    them ("Part IV", then "~ 5 ~"; "~ 5 ~", then "Interlude", then "6.") are chapter
    headings too. Named headings ("Interlude") carry no number and are passed over.

    Guards: each line set apart (a blank line above and below, or centred), with a
    paragraph of story right under it; two headings of the count must stand above the
    first, so a lone "3." in a story with no numbered headings, or a site's count of likes
    under "Part Three", is left to the other rules; and the numbered headings, these among
    them, must count up by one from 0 or 1 to the last.

    Returns the lines that carry on the count, or None when none does."""
    wanted = {index: number for index, number in candidates if _set_apart(chunks, index)}
    if not wanted:
        return None
    numbers = [_number(chunk) for chunk in chunks]  # the numbered headings' numbers
    found: list[tuple[int, int]] = []
    last: int | None = None  # the number of the nearest numbered heading so far
    for index, heading_number in enumerate(numbers):
        if index in wanted:
            number = wanted[index]
            if last is not None and number == last + 1 and _story_under(chunks, index):
                found.append((index, number))
                numbers[index] = last = number
        elif heading_number is not None:
            last = heading_number
    if not found:
        return None
    # The whole count must go on unbroken: a figure that a later heading counts again
    # ("Chapter 1", "2", "Chapter 2") is a count of something else (a paragraph's comments).
    counted = [number for number in numbers if number is not None]
    if counted[:1] not in ([0], [1]) or any(b != a + 1 for a, b in pairwise(counted)):
        return None
    if counted.index(found[0][1]) < _COUNT_LEAST:
        return None  # one heading above is no count yet: "Part Three", then a "4" of likes
    return found


# The numbered headings that must stand above the first bare number to make a count.
_COUNT_LEAST = 2


def parts_in_chapter_count(chunks: Sequence[Chunk], parts: list[int]) -> bool:
    """Rule ``part-in-chapter-count``: a part heading ("Part IV") whose number sits in the
    chapters' count, one more than the numbered heading above it ("Ch. 3 - …") and one
    less than the one below it ("~ 5 ~"), with story right under it, is that count's
    chapter, not a part holding the chapters after it: a part's number counts parts, and
    never falls between two chapters' numbers. Every part heading must be so."""
    numbers = [_number(chunk) for chunk in chunks]
    for index in parts:
        number = numbers[index]
        above = next((n for n in reversed(numbers[:index]) if n is not None), None)
        below = next((n for n in numbers[index + 1 :] if n is not None), None)
        if number is None or above != number - 1 or below != number + 1:
            return False
        if not _story_under(chunks, index):
            return False
    return True


def _number(chunk: Chunk) -> int | None:
    """The number of a chapter's or a part's heading line, else None."""
    if chunk.role not in _HEADING_ROLES:
        return None
    heading = match_heading(chunk.text)
    if heading is not None:
        return heading.number
    return match_numbered(chunk.text)


def _set_apart(chunks: Sequence[Chunk], index: int) -> bool:
    """A line centred, or with a blank line above and below it."""
    chunk = chunks[index]
    below = index + 1 == len(chunks) or chunks[index + 1].gap >= 1
    return chunk.centred or (chunk.gap >= 1 and below)


def _story_under(chunks: Sequence[Chunk], index: int) -> bool:
    """Whether the first line under ``index`` that a site did not print is story text."""
    for chunk in chunks[index + 1 :]:
        if chunk.role != "dropped":
            return chunk.role == "text" and len(chunk.text) > _STORY_LEAST
    return False


# The shortest line read as a paragraph of story under a heading.
_STORY_LEAST = 40
