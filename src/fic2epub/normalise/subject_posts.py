"""Forum posts headed by one line: the thread's subject, "by" the poster, and the time.

Some boards (Nairaland, and forums built like it) head every post with a single line that
names the thread, the poster and when it was posted: "The Lamp Room by reed_warbler(f):
8:14pm On Mar 03, 2019", and a reply "Re: The Lamp Room by owl_eyes: 9:02pm On Mar 03,
2019". The poster's name may carry the board's gender mark, "(f)" or "(m)"; it is no part of
the name. The first post's header line is the thread's title over its starter's name.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunks
from fic2epub.normalise.patterns import CLOCK_TIME

# Rule ``subject-by-poster-header``: the subject, "by", a user name with an optional gender
# mark, a colon, a clock time and a date introduced by "On" or "on".
_HEADER = lazy(
    r"(?:re\s*:\s*)?(?P<subject>\S.{0,200}?)\s+by\s+(?P<name>[\w.-]{2,40})(?:\([mf]\))?\s*:\s*"
    rf"{CLOCK_TIME}\s+on\s+[^\W\d_]{{3,9}}\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?",
    re.IGNORECASE,
)
# The fewest headers of one thread's subject a page holds: one such line may be a story's.
_HEADERS = 2
# The most lines, and the longest, the board's head above the first post may hold.
_HEAD_LINES = 12
_HEAD_LINE = 240


def subject_headers(chunks: Chunks) -> list[tuple[int, str, str]]:
    """The (index, poster, subject) of each post header, else [].

    Guards: two headers at least, all naming the same subject (a reply's "Re:" set aside),
    each one physical line."""
    found: list[tuple[int, str, str]] = []
    for index, chunk in enumerate(chunks):
        if chunk.role != "text" or len(chunk.lines) != 1 or len(chunk.text) > 300:
            continue
        if ":" not in chunk.text or " by " not in chunk.text:
            # No header without its clock time and its "by": the cheap test first, and the
            # colon before the "by", as one character is found at memory speed and few
            # paragraphs hold one (see line_search).
            continue
        if (match := _HEADER.fullmatch(chunk.text.strip())) is None:
            continue
        found.append((index, match["name"], match["subject"].strip()))
    if len(found) < _HEADERS or len({subject for _, _, subject in found}) != 1:
        return []
    return found


def board_head(chunks: Chunks, first_post: int) -> range:
    """Rule ``subject-board-head``: the board's lines above the first post (its name, the
    guest bar, the crumb, the related topics, the reply buttons): a dozen short lines at
    most. Empty when the text above runs longer."""
    above = range(first_post)
    if len(above) > _HEAD_LINES or any(len(chunks[i].text) > _HEAD_LINE for i in above):
        return range(0)
    return above
