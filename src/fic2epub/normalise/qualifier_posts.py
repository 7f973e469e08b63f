"""Microblog responses headed by the poster's name and a verb (Plurk's qualifiers).

Plurk, and timelines built like it, head each post and each response with the poster's
name and a one-word qualifier, "name says", "name shares", "name feels", "name thinks",
on a line of its own with the text under it. A writer who posts a story "in the
responses" makes every paragraph a response of their own, and friends answer in between.
The name-and-qualifier lines are the site's; the friends' responses are replies.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunks
from fic2epub.normalise.patterns import CLOCK_TIME

# Rule ``qualifier-post-header``: a user name (a handle: letters, digits, "_", "-", ".", no
# spaces) and one of the site's qualifiers, alone on a line. The qualifiers are the site's
# fixed list of verbs in the third person.
_HEADER = lazy(
    r"(?P<name>[\w][\w.-]{1,39})\s+"
    r"(?:says|shares|feels|thinks|loves|likes|wonders|asks|wants|needs|hopes|wishes|hates"
    r"|gives|is|was|has|will|had)",
    re.UNICODE,
)
# The fewest such headers a page holds, and the fewest posts of one poster among them: a
# story's own line "Mara says" (a name and a verb) is one line, never a page of them.
_HEADERS = 4
_OWN_POSTS = 3


def qualifier_headers(chunks: Chunks) -> list[tuple[int, str]]:
    """The (index, poster) of each post header of a qualifier timeline, else [].

    Each header is one physical line with text under it (no blank line between). The
    page must hold four at least, three of them by one poster."""
    found: list[tuple[int, str]] = []
    for index, chunk in enumerate(chunks[:-1]):
        if chunk.role != "text" or len(chunk.lines) != 1 or len(chunk.text) > 60:
            continue
        match = _HEADER.fullmatch(chunk.text.strip())
        if match is None or chunks[index + 1].gap:
            continue
        found.append((index, match["name"]))
    names = [name for _, name in found]
    if len(found) < _HEADERS or max(names.count(name) for name in names) < _OWN_POSTS:
        return []
    return found


# Rule ``qualifier-post-stamp``: the time a post went up, "11:42 PM · 2022-05-19", a clock
# time and a date (in either order) joined by a dot or a bar.
_STAMP = lazy(
    rf"(?:{CLOCK_TIME}\s*[·•|]\s*[\w ,./-]{{6,24}}"
    rf"|[\w ,./-]{{6,24}}\s*[·•|]\s*{CLOCK_TIME})",
    re.IGNORECASE,
)
# One item of a post's counts row: "38 responses", "Replurk 6", or a bare button, "Mute".
_COUNT_ITEM = lazy(r"\d[\d,.]*[kK]?\s+[^\W\d_]{2,15}|[^\W\d_]{2,15}\s+\d[\d,.]*[kK]?")
_BUTTON_ITEM = lazy(r"[^\W\d_]{2,10}")
# The wide spaces that set a counts row's items apart.
_ITEM_GAP = lazy(r"\s{2,}")
# The most lines above the first post the site's bar may hold.
_HEAD_LINES = 6
_HEAD_LINE = 80


def post_framing(text: str) -> bool:
    """Rules ``qualifier-post-stamp`` and ``qualifier-post-counts``: a post's time stamp, or
    its row of counts and buttons set apart by wide spaces ("38 responses   Replurk 6   Like
    21   Mute"): two counts at least, and nothing but counts and one-word buttons."""
    line = text.strip()
    if len(line) > 120:
        return False
    if _STAMP.fullmatch(line):
        return True
    items = [item for item in _ITEM_GAP.split(line) if item]
    counts = sum(1 for item in items if _COUNT_ITEM.fullmatch(item))
    return (
        len(items) >= 3
        and counts >= 2
        and all(_COUNT_ITEM.fullmatch(item) or _BUTTON_ITEM.fullmatch(item) for item in items)
    )


def page_head(chunks: Chunks, first_post: int) -> range:
    """Rule ``qualifier-page-head``: the site's bar above the first post (the site's name, its
    menu, the reader's own name): a few short lines and nothing else. Empty when the text
    above the first post runs longer."""
    above = range(first_post)
    if len(above) > _HEAD_LINES or any(len(chunks[i].text) > _HEAD_LINE for i in above):
        return range(0)
    return above
