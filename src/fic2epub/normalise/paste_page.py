"""A paste site's page (Pastebin and its clones) copied from the browser.

Rule ``paste-page-frame``: a paste page shows the site's logo, menu and a "Public Pastes"
sidebar of other people's pastes, then the paste's name over one info line,
``BY: A GUEST ON MAR 3RD, 2015  |  SYNTAX: NONE  |  SIZE: 2 KB  |  HITS: 90  |  EXPIRES: NEVER``,
and a row of buttons (``DOWNLOAD | RAW | EMBED | REPORT ABUSE``). None of that is the
writer's: everything above the paste's name goes, and so do the info line and the buttons.
The paste's name stays as the title unless the paste itself opens by repeating it. A member's
name on the info line is the poster, kept as a byline when the paste has none of its own;
"A GUEST" names nobody. Only a page with the info line (a "BY:" field and at least two of
the syntax, size, hits and expiry fields, split by pipes) is touched.

Rule ``paste-raw-copy``: under the paste the page shows it again as plain text in a box
headed ``RAW Paste Data``, and under that the page's footer (a new-version link, a cookie
bar, a sign-up line, the site's links). The copy and what follows it are the page's: they
go, when the lines after the heading repeat the text above it, so a story that merely
mentions raw paste data keeps it.

Lines are emptied, not removed, so line numbers still point at the file.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.line_search import line_may_start
from fic2epub.normalise.web_clip import next_filled

# The paste's info line: "BY: <poster> ON <date> | SYNTAX: … | SIZE: … | HITS: … | EXPIRES: …".
_INFO = lazy(
    r"\s*by:\s*(?P<poster>.{1,60}?)\s+on\s+[^|]{3,40}(?P<rest>(?:\|[^|]{1,60}){2,6})\s*",
    re.IGNORECASE,
)
_INFO_FIELD = lazy(r"\s*(?:syntax|size|hits|views|expires|category)\s*:", re.IGNORECASE)
_GUEST = lazy(r"a\s+guest", re.IGNORECASE)
# The buttons under the info line: short upper-case words split by pipes.
_BUTTONS = lazy(r"\s*[A-Z][A-Z ]{1,20}(?:\s*\|\s*[A-Z][A-Z ]{1,20}){2,8}\s*")
_BYLINE = lazy(r"\s*(?:by|written by|author:)\s+\S.{0,60}", re.IGNORECASE)
_RAW_HEADING = lazy(r"\s*raw\s+paste\s+data\s*", re.IGNORECASE)
# The same heading at a line's start, searched for in the whole text first (line_search).
_RAW_HEADING_START = lazy(r"\n[^\S\n]*raw\s+paste\s+data", re.IGNORECASE)
# How far down the page the info line may stand (logo, menu and a sidebar of pastes above).
_INFO_WITHIN = 40
# How many of the copy's first lines must repeat the text above, and how long the footer
# under the copy may be.
_REPEATS_NEEDED = 3
_FOOTER_LINES = 12


def paste_page_frame(text: str) -> str:
    """``text`` without a paste page's frame (rule ``paste-page-frame``, see the module); any
    other text is returned as it is."""
    if "|" not in text[:6000]:
        return text
    # The page's first lines alone are split off first: a pipe near the top is common, the
    # info line is not.
    head = text.split("\n", _INFO_WITHIN)[:_INFO_WITHIN]
    info = next((i for i, line in enumerate(head) if _is_info_line(line)), None)
    if info is None:
        return text
    lines = text.split("\n")
    _drop_frame(lines, info)
    return "\n".join(lines)


def paste_raw_copy(text: str) -> str:
    """``text`` without a paste page's raw copy and the footer under it (rule
    ``paste-raw-copy``, see the module); any other text is returned as it is."""
    if not line_may_start(_RAW_HEADING_START, text):
        return text
    lines = text.split("\n")
    heading = next((i for i, line in enumerate(lines) if _RAW_HEADING.fullmatch(line)), None)
    if heading is None or not _repeats_above(lines, heading):
        return text
    for index in range(heading, len(lines)):
        lines[index] = ""
    return "\n".join(lines)


def _is_info_line(line: str) -> bool:
    """Whether ``line`` is a paste page's info line: a "BY: … ON …" poster and date, then at
    least two of the site's fields, split by pipes."""
    found = _INFO.fullmatch(line)
    if found is None:
        return False
    fields = found.group("rest").split("|")[1:]
    return sum(1 for field in fields if _INFO_FIELD.match(field)) >= 2


def _drop_frame(lines: list[str], info: int) -> None:
    """Empty the page above the paste's name, the info line and the buttons under it."""
    name = next((i for i in range(info - 1, -1, -1) if lines[i].strip()), None)
    for index in range(name if name is not None else info):
        lines[index] = ""
    poster = _INFO.fullmatch(lines[info])
    lines[info] = ""
    after = next_filled(lines, info + 1)
    if after < len(lines) and _BUTTONS.fullmatch(lines[after]):
        lines[after] = ""
        after = next_filled(lines, after + 1)
    if name is None or after == len(lines):
        return
    # The paste opens by repeating its own name: the page's copy of it goes.
    if lines[after].strip().casefold() == lines[name].strip().casefold():
        lines[name] = ""
    elif (
        poster is not None
        and not _GUEST.fullmatch(poster.group("poster"))
        and not any(_BYLINE.fullmatch(line) for line in lines[after : after + 5])
    ):
        lines[info] = f"by {poster.group('poster').strip()}"


def _repeats_above(lines: list[str], heading: int) -> bool:
    """Whether the lines under the raw-copy heading at ``heading`` repeat the text above it,
    with no more than a page footer's few lines after the repeat."""
    above = {line.strip() for line in lines[:heading] if line.strip()}
    copy = [line.strip() for line in lines[heading + 1 :] if line.strip()]
    opening = copy[:_REPEATS_NEEDED]
    if len(opening) < _REPEATS_NEEDED or not all(line in above for line in opening):
        return False
    repeated = 0
    while repeated < len(copy) and copy[repeated] in above:
        repeated += 1
    return len(copy) - repeated <= _FOOTER_LINES
