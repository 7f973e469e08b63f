"""Time-skip lines at a scene's start: "Three weeks later", "Some Months Later…"."""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.patterns import CARDINAL

# How much time passed: a figure, a spelled number, or a vague amount ("some", "a few").
_AMOUNT = rf"(?:\d{{1,4}}|{CARDINAL}|an?|some|a\s+few|few|several|many|a\s+couple\s+of)"
_UNIT = r"(?:minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centur(?:y|ies))"
# Rule ``time-skip-line``: the amount, the unit and "later", or "later that night".
_TIME_SKIP = lazy(
    rf"(?:{_AMOUNT}\s+(?:long\s+)?{_UNIT}\s+later"
    r"|later\s+that\s+(?:day|night|morning|afternoon|evening|week|month|year))"
    r"\s?(?:\.{1,3}|…)?",
    re.IGNORECASE,
)
# Glyphs a writer wraps a time skip in ("~Three weeks later~", "*Some months later*").
_WRAP = "~*_=-–— "
# The longest time-skip line ("Twenty-three long years later...").
_LONGEST = 40


def is_time_skip_line(text: str) -> bool:
    """Rule ``time-skip-line``: a line that says only how much time has passed since the
    scene before ("Three weeks later", "Some Months Later", "Later that night.") is the
    first line of the scene under it, not the chapter's title, even capitalised as a title
    under a bare "Chapter 2": a writer sets it after scene breaks as readily.

    Guards: the whole line must be the time skip ("Three weeks later, the ice broke." is a
    sentence, and a title with more in it, "Ten Years Later: The Return", is a title)."""
    stripped = text.strip().strip(_WRAP)
    if len(stripped) > _LONGEST or "later" not in stripped.lower():
        return False  # the cheap test first
    return _TIME_SKIP.fullmatch(stripped) is not None
