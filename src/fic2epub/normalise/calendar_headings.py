"""Pass ``calendar-headings``: the days of an advent calendar or a diary headed by their dates.

A story posted one short piece a day (an advent calendar, a "thirty days" challenge, a
diary) heads each day with its date on a line of its own: "December 4th", "4 December",
"December 24th – Christmas Eve". An author who started with "Day 1", "Day 2" may drift
into dates for a stretch and back. Each dated line heads a chapter, titled as written.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, Chunks

_MONTHS = (
    "january february march april may june july august september october november december"
).split()
# A date and nothing else, but for a short name after a spaced dash: "December 4th",
# "4th of December", "December 24th – Nochebuena". No year: a dated letter's or a
# diary's "4 December 1862" heads a letter, and a line with a year is a stamp.
_DATE_HEADING = lazy(
    r"(?:(?P<month>[A-Z][a-z]{2,8})\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>[A-Z][a-z]{2,8}))"
    r"(?:\s+[–—-]\s+(?P<name>[A-Z][^\n.!?,;:]{0,39}))?"
)
# The day count such a calendar may drift from: "Day 3", "Day 12".
_DAY_COUNT = lazy(r"Day\s+(\d{1,3})")


def date_day(chunk: Chunk) -> tuple[int, int] | None:
    """(month, day) of a line that is only a date ("December 4th"), else None."""
    text = chunk.text
    # Cheap tests first: a short single line starting with a capital or a digit.
    if len(text) > 60 or len(chunk.lines) != 1 or not (text[:1].isupper() or text[:1].isdigit()):
        return None
    found = _DATE_HEADING.fullmatch(text)
    if found is None:
        return None
    month = (found.group("month") or found.group("month2")).lower()
    day = int(found.group("day") or found.group("day2"))
    if month not in _MONTHS or not 1 <= day <= 31:
        return None
    return _MONTHS.index(month) + 1, day


def _set_apart(chunks: Chunks, index: int) -> bool:
    """A line with a blank line above and below and a paragraph of story text under it."""
    if index + 1 >= len(chunks):
        return False
    below = chunks[index + 1]
    return (
        chunks[index].gap > 0
        and below.gap > 0
        and below.role == "text"
        and len(below.text.split()) >= 5
    )


def _day_heading(chunk: Chunk) -> int | None:
    """The number of a "Day 12" heading the headings pass found, else None."""
    if chunk.role != "heading":
        return None
    found = _DAY_COUNT.fullmatch(chunk.text.strip())
    return int(found.group(1)) if found else None


def calendar_headings(chunks: Chunks) -> Chunks:
    """Rule ``calendar-heading``: lines that are only a date ("December 4th", "4 December",
    "December 24th – Nochebuena"), each set apart by blank lines with story text under it,
    head the days of a calendar or diary story: each is a chapter, titled as written.

    Guards: three or more such lines whose dates climb strictly, in the order they stand;
    every other heading in the story is a "Day N" line (the author's other style for the
    same days), and the day numbers of both kinds together climb strictly in the order
    they stand, so dated entries inside a story with chapters of its own stay text, and so
    does a date standing alone in a letter or a list."""
    # Cheap question first: is a month named at all?
    if not any(len(c.text) <= 60 and _has_month(c.text) for c in chunks):
        return chunks
    dated: list[tuple[int, tuple[int, int]]] = []
    for index, chunk in enumerate(chunks):
        if (
            chunk.role == "text"
            and (when := date_day(chunk)) is not None
            and _set_apart(chunks, index)
        ):
            dated.append((index, when))
    if len(dated) < 3 or any(a[1] >= b[1] for a, b in pairwise(dated)):
        return chunks
    if not _days_agree(chunks, dated):
        return chunks
    marked = list(chunks)
    for index, _ in dated:
        marked[index] = replace(marked[index], role="heading", rule="calendar-heading")
    return tuple(marked)


def _has_month(text: str) -> bool:
    """Whether a month's name stands in the line (a substring test, before any regex)."""
    lowered = text.lower()
    return any(month in lowered for month in _MONTHS)


def _days_agree(chunks: Chunks, dated: list[tuple[int, tuple[int, int]]]) -> bool:
    """Whether the story's other headings are all "Day N" lines whose numbers climb with
    the dates' days, in the order they all stand (none at all agrees too)."""
    days = {index: when[1] for index, when in dated}
    for index, chunk in enumerate(chunks):
        if chunk.role in ("heading", "part"):
            number = _day_heading(chunk)
            if number is None:
                return False
            days[index] = number
    numbers = [days[index] for index in sorted(days)]
    if len(numbers) == len(dated):
        return True
    return all(a < b for a, b in pairwise(numbers))
