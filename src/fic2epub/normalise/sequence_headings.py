"""Headings that are only a place in a sequence: "1/3", "2/3", "3/3"; "Monday", "Tuesday";
"Morning", "Evening".

A writer posting a short story in parts from a phone heads each part with its place in the
whole ("1/3"); a story told over a week heads each day with the day's name alone, as an
old conduct book sets its lessons out by days; a story told over one day heads its parts
with the time of day. No such line is a heading by itself: "1/3" may be a recipe's measure
and "Monday" or "Morning" a one-word answer. Counted as a run, set apart and
with story under each, they are the story's divisions, and they are titled as written.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunks, story_under_each

# A part's place in the whole, "1/3", "(2/3)", "[3/3]": figures and a slash, nothing else.
# A spaced "2 / 2" is a page's place among a site's pages (Hameln), not typed by the author.
_FRACTION = lazy(r"[(\[]?(?P<num>\d{1,2})/(?P<total>\d{1,2})[)\]]?")
# The place in brackets with the part's title after it: "[1/4] the rice cake", "(2/3) Rain";
# the title a few words, no sentence's end, so a bracketed aside opening a paragraph is none.
_TITLED_FRACTION = lazy(
    r"(?P<place>[(\[](?P<num>\d{1,2})/(?P<total>\d{1,2})[)\]])\s+(?P<title>[^\s.!?,;:][^.!?]{0,58}[^\s.!?,;:])"
)
_LONGEST_TITLED = 70
# The days of the week in order, Monday first.
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# The times of a day in order, as a story told over one day heads its parts; words for
# the same time share a place.
_DAY_TIMES = {
    "dawn": 0,
    "daybreak": 0,
    "sunrise": 0,
    "morning": 1,
    "noon": 2,
    "midday": 2,
    "afternoon": 3,
    "sunset": 4,
    "dusk": 4,
    "twilight": 4,
    "evening": 4,
    "night": 5,
    "midnight": 6,
}
# The characters a heading of any kind may start with: a cheap first test.
_STARTS = frozenset("([0123456789MTWFSDANE")


def sequence_headings(chunks: Chunks) -> Chunks:
    """Rules ``fraction-heading-sequence``, ``weekday-heading-sequence`` and
    ``day-time-heading-sequence``: lone lines "1/3", "2/3", "3/3" (each part's place in the
    whole, the total the same on each and the places counting up from 1), "Monday",
    "Tuesday", "Wednesday" (days in the week's order, one after the other), or "Morning",
    "Evening" (times of one day, each later than the one before), are the chapters'
    headings.

    Guards: only in a story with no other chapter headings (a named "Prologue" aside); each
    line alone, with a blank line above and below (or under a line a site prints, already
    dropped); at least two of them; and a paragraph of story under each before the next, so
    a list of days or a measure in a recipe stays text.
    """
    if any(chunk.role == "heading" and chunk.rule != "named-heading" for chunk in chunks):
        return chunks
    fractions: list[tuple[int, int, int]] = []
    days: list[tuple[int, int]] = []
    times: list[tuple[int, int]] = []
    for index, chunk in enumerate(chunks):
        text = chunk.text
        if chunk.role != "text" or text[:1] not in _STARTS:
            continue
        if len(text) > 9:
            # Rule ``titled-fraction-heading``: "[1/4] the rice cake", the place in brackets
            # and the part's title after it, as a drabble dump heads its pieces.
            if text[:1] in "([" and len(text) <= _LONGEST_TITLED and len(chunk.lines) == 1:
                titled = _TITLED_FRACTION.fullmatch(text)
                if (
                    titled
                    and _paired(titled["place"])
                    and not chunk.continues
                    and _set_apart(chunks, index)
                ):
                    fractions.append((index, int(titled["num"]), int(titled["total"])))
            continue
        if len(chunk.lines) != 1 or chunk.continues or not _set_apart(chunks, index):
            continue
        if text[:1].isupper():
            # A day's name alone, capitalised or in capitals, without a stop.
            if text.lower() in _WEEKDAYS and (text.istitle() or text.isupper()):
                days.append((index, _WEEKDAYS.index(text.lower())))
            elif text.lower() in _DAY_TIMES and (text.istitle() or text.isupper()):
                times.append((index, _DAY_TIMES[text.lower()]))
        elif (found := _FRACTION.fullmatch(text)) is not None and _paired(text):
            fractions.append((index, int(found.group("num")), int(found.group("total"))))
    marked = list(chunks)
    if _fractions_count_up(fractions) and story_under_each(chunks, [i for i, _, _ in fractions]):
        for index, _, _ in fractions:
            marked[index] = replace(marked[index], role="heading", rule="fraction-heading-sequence")
    if _days_follow(days) and story_under_each(chunks, [i for i, _ in days]):
        for index, _ in days:
            marked[index] = replace(marked[index], role="heading", rule="weekday-heading-sequence")
    if _times_follow(times) and story_under_each(chunks, [i for i, _ in times]):
        for index, _ in times:
            marked[index] = replace(marked[index], role="heading", rule="day-time-heading-sequence")
    return tuple(marked)


def _paired(text: str) -> bool:
    """Whether a fraction's brackets, if any, open and close it: "(1/3)", not "(1/3"."""
    return (text[0] == "(") == (text[-1] == ")") and (text[0] == "[") == (text[-1] == "]")


def _set_apart(chunks: Chunks, index: int) -> bool:
    """Whether a line stands apart: centred, or a blank line (or the top of the copy, or a
    dropped line of a site's framing) above it and a blank line (or the end) under it."""
    chunk = chunks[index]
    if chunk.centred:
        return True
    above = index == 0 or chunk.gap >= 1 or chunks[index - 1].role == "dropped"
    below = index + 1 == len(chunks) or chunks[index + 1].gap >= 1
    return above and below


def _fractions_count_up(found: list[tuple[int, int, int]]) -> bool:
    """The places run 1, 2, 3… with one total, never below the last place: "1/3", "2/3"."""
    if len(found) < 2:
        return False
    places = [num for _, num, _ in found]
    totals = {total for _, _, total in found}
    return (
        len(totals) == 1
        and places == list(range(1, len(places) + 1))
        and totals.pop() >= len(places)
    )


def _days_follow(found: list[tuple[int, int]]) -> bool:
    """Two or more days, each the day after the one before (Sunday runs on to Monday), and
    no day named twice."""
    if len(found) < 2 or len(found) > len(_WEEKDAYS):
        return False
    return all((later - earlier) % 7 == 1 for (_, earlier), (_, later) in pairwise(found))


def _times_follow(found: list[tuple[int, int]]) -> bool:
    """Two or more times of day, each later than the one before ("Morning", "Evening"), so
    one time named twice, or a "Night" before a "Morning", is no sequence."""
    if len(found) < 2:
        return False
    return all(earlier < later for (_, earlier), (_, later) in pairwise(found))
