"""When each message of a chat export was sent, read from its prefix's date and time.

An export's prefix writes the date in the phone's own order ("14/03/2023", "3/14/23",
"2023-03-14") and the time with or without seconds and a 12-hour mark ("21:08:33",
"9:08 PM"); messages copied from WhatsApp Web put the time first ("[21:08, 14/03/2023]").
The order of the date's fields is told from the whole export at once: a first field over
12 is a day, a second field over 12 makes the first a month, four digits first a year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from fic2epub.lazy_re import lazy

_DATE = r"(?P<a>\d{1,4})[./-](?P<b>\d{1,2})[./-](?P<c>\d{1,4})"
_TIME = r"(?P<h>\d{1,2})[:.](?P<m>\d{2})(?:[:.](?P<s>\d{2}))?(?:\s?(?P<half>[AaPp])\.?[Mm]\.?)?"
_DATE_FIRST = lazy(rf"\u200e?\[?{_DATE},?\s+{_TIME}")
_TIME_FIRST = lazy(rf"\u200e?\[{_TIME},\s{_DATE}\]")
# A year written with two digits is of this century.
_CENTURY = 2000
_HALF_DAY = 12
_MINUTE = 60
_EPOCH = datetime(1970, 1, 1)


def message_seconds(lines: Sequence[str], indexes: Sequence[int]) -> list[float | None]:
    """For each message line at ``indexes``, when it was sent (seconds, comparable with the
    others of the same export), or None where its prefix cannot be read as a date."""
    found = [_DATE_FIRST.match(lines[i]) or _TIME_FIRST.match(lines[i]) for i in indexes]
    fields = [(int(m["a"]), int(m["b"])) for m in found if m is not None]
    year_first = any(len(m["a"]) == 4 for m in found if m is not None)
    month_first = not year_first and any(b > _HALF_DAY for _, b in fields)
    return [_seconds(m, year_first=year_first, month_first=month_first) for m in found]


def clock_step(lines: Sequence[str], indexes: Sequence[int]) -> int:
    """How finely the export's stamps tell the time, in seconds: 1 when every stamp read
    has its seconds (an iPhone's "21:08:33"), else 60 (Android's "21:08", which puts two
    messages of the same minute at the same time however far apart they were sent)."""
    for index in indexes:
        found = _DATE_FIRST.match(lines[index]) or _TIME_FIRST.match(lines[index])
        if found is not None and found["s"] is None:
            return _MINUTE
    return 1


def _seconds(found: re.Match[str] | None, *, year_first: bool, month_first: bool) -> float | None:
    """The message's time as seconds since the epoch of the export's own clock."""
    if found is None:
        return None
    a, b, c = int(found["a"]), int(found["b"]), int(found["c"])
    if year_first:
        year, month, day = a, b, c
    elif month_first:
        month, day, year = a, b, c
    else:
        day, month, year = a, b, c
    year += _CENTURY if year < 100 else 0
    hour = int(found["h"]) % _HALF_DAY if found["half"] else int(found["h"])
    if found["half"] in ("P", "p"):
        hour += _HALF_DAY
    try:
        sent = datetime(year, month, day, hour, int(found["m"]), int(found["s"] or 0))
    except ValueError:
        return None
    # Counted from a fixed day, not through the machine's time zone: only gaps matter.
    return (sent - _EPOCH).total_seconds()
