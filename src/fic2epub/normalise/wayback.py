"""A page rescued from the Wayback Machine: the archive's toolbar above the page's own text.

A page copied (or printed) from web.archive.org opens with the archive's line naming the
capture, "The Wayback Machine - https://web.archive.org/web/20080611093012/http://…", and
its toolbar: the captured address and "Go", the count of captures ("12 captures"), their
date range ("11 Jan 2008 - 30 Jul 2012"), the calendar strips (months "MAY JUN JUL", the
day "11", years "2007 2008 2009", tab-separated), "About this capture" and the collection
box ("COLLECTED BY", "Organization:", "Collection:", "TIMESTAMPS"). A select-all copy also
takes the archive's logo as text ("INTERNET ARCHIVE" over "Wayback Machine") and the
collection's description ("Starting in 1996, Alexa Internet has been donating their crawl
data to the Internet Archive."). A reader who saved a deleted story page by page repeats all
of it above every page. None of it is the story's.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.patterns import MONTH_ABBR

# The archive's line naming the capture, printed above the page.
_ARCHIVE_LINE = lazy(
    r"(?:the\s+)?wayback\s+machine\s*[-–—:|]?\s*(?:https?://)?web\.archive\.org/web/\d{4,14}\S*",
    re.IGNORECASE,
)
_MONTH = MONTH_ABBR
# The toolbar's own lines under it. Each is the toolbar's wording or one of its calendar
# strips; a story's line is none of these.
_TOOLBAR_LINE = lazy(
    r"[\d,]+\s+captures?"
    rf"|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}(?:\s*[-–—]\s*\d{{1,2}}\s+{_MONTH}\s+\d{{4}})?"
    rf"|{_MONTH}(?:\s+{_MONTH}){{0,2}}"
    r"|\d{1,2}|(?:19|20)\d{2}(?:\s+(?:19|20)\d{2}){0,2}"
    r"|about\s+this\s+capture|collected\s+by|timestamps|go|close|help|success|fail"
    r"|(?:organization|collection)\s*:.{0,120}"
    # Rule ``wayback-logo``: the archive's logo, copied as its two words of text.
    r"|internet\s+archive|wayback\s+machine"
    # The captured address in the toolbar's box (not a bare site name: "FanFiction.Net").
    r"|(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)+/\S*",
    re.IGNORECASE,
)
# The collection box's heading and its organization line, over the collection's note.
_COLLECTION_HEAD = lazy(r"collected\s+by|organization\s*:.{0,120}", re.IGNORECASE)
# The collection's note: a sentence about crawls handed to the archive.
_COLLECTION_NOTE = lazy(
    r".{0,300}?\bcrawl.{0,300}?\b(?:internet\s+archive|wayback\s+machine)\b.{0,300}",
    re.IGNORECASE,
)
# How many toolbar lines may follow the archive's line (blank lines not counted).
_REACH = 20


def wayback_toolbar(text: str) -> str:
    """Rule ``wayback-toolbar``: ``text`` without the Wayback Machine's line naming each
    capture ("The Wayback Machine - https://web.archive.org/web/…") and the toolbar lines
    right under it (captures, date range, calendar strips, "About this capture").

    The archive's line must name a web.archive.org capture, and only lines the toolbar
    prints are taken after it, up to the first that is not one, so the page's own first
    line (a site's name, a title) stays."""
    if "web.archive.org" not in text:
        return text
    lines = text.split("\n")
    kept: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if "archive.org" not in line or not _ARCHIVE_LINE.fullmatch(line.strip()):
            kept.append(line)
            index += 1
            continue
        index = _toolbar_end(lines, index + 1)
    return "\n".join(kept)


def _toolbar_end(lines: list[str], index: int) -> int:
    """The index after the last toolbar line from ``index`` on (blank lines between toolbar
    lines go with them; the blank line under the toolbar stays, between it and the page)."""
    end = index
    taken = 0
    previous = ""
    while index < len(lines) and taken < _REACH:
        line = lines[index].strip()
        if line:
            if not (_TOOLBAR_LINE.fullmatch(line) or _collection_note(line, previous)):
                break
            previous = line
            taken += 1
            end = index + 1
        index += 1
    return end


def _collection_note(line: str, previous: str) -> bool:
    """Rule ``wayback-collection-note``: the toolbar's collection box describes where the
    capture came from under its organization ("Starting in 1996, Alexa Internet has been
    donating their crawl data to the Internet Archive."). Only right under "COLLECTED BY"
    or "Organization:", and only a sentence about crawls given to the archive: a story's
    first line under the toolbar stays, whatever it says."""
    return _COLLECTION_HEAD.fullmatch(previous) is not None and bool(
        _COLLECTION_NOTE.fullmatch(line)
    )
