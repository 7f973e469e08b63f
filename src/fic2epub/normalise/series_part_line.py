"""A header line that places the story in its series in words: "Part 3 of the Name series".

Writers who keep no "Series:" field say where the story stands in a line of its own under the
title or among the fields: "Part 3 of the Tenochtitlan Nights series", "Book two in my Harbour
series", "This is story 4 of the Ashgrove series.". The line names the series and the place,
and nothing else; the header reads it as the series field "Part N of Name".
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.patterns import CARDINAL, ORDINAL, number_value, ordinal_value

# The place as a figure or a number word ("3", "two", "third").
_NUMBER = rf"\d{{1,3}}|{CARDINAL}|{ORDINAL}"
# Rule ``series-part-line``: "[This is] part|book|story|instalment N of|in [the|my] NAME
# series[.]". The word "series" must close the line, so "Part 3 of the plan" (a sentence of
# the story) or AO3's "Part 2 of Name" (read elsewhere) never match; the name is one to
# eight words with no sentence's end inside.
_SERIES_PART_LINE = lazy(
    r"(?:this\s+is\s+)?(?:part|book|story|volume|instal+ment|entry|no\.)\s+"
    rf"(?P<index>{_NUMBER})\s+(?:of|in)\s+(?:the\s+|my\s+|our\s+)?"
    r"(?P<name>[^\s.!?:;,][^.!?:;\n]{0,80}?)\s+series\s*\.?",
    re.IGNORECASE,
)


def series_part_line(text: str) -> str | None:
    """The series field ("Part 3 of Name") a ``series-part-line`` gives, else None."""
    if len(text) > 120 or "series" not in text.lower():
        return None
    found = _SERIES_PART_LINE.fullmatch(text.strip())
    if found is None or len(found.group("name").split()) > 8:
        return None
    index = found.group("index")
    number = number_value(index) or ordinal_value(index)
    return f"Part {number} of {found.group('name').strip()}"
