"""AO3's series page pasted above one of its works.

A reader who keeps a series copies its page first ("Series Begun:", "Series Updated:",
"Creator:", "Description:", the series' stats and a blurb for each work, with each work's
own summary), then the work's page under it. The series page is the site's index, not the
work: its title is the series', its description is no summary of the work, and its blurbs
name the other works. The work's own page says which series it belongs to ("Part 2 of …").
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# The series page's date labels, with their value on the line or under it.
_SERIES_DATES = lazy(r"series\s+(?:begun|updated)\s*:.*", re.IGNORECASE)
# Where the work's page starts under it: the site's banner again ("Archive of Our Own
# beta"), or the work's tag block with its first label ("Rating:"), bare or with its value.
_WORK_START = lazy(
    r"archive\s+of\s+our\s+own(?:\s+beta)?|rating\s*:(?:\s+\S.{0,40})?",
    re.IGNORECASE,
)
# The work's tag block under its rating: the label AO3 prints next.
_NEXT_TAG = lazy(r"(?:archive\s+)?warnings?\s*:.*|category\s*:.*|fandoms?\s*:.*", re.IGNORECASE)
# How far down the series page's date lines may stand (past the site's menu and the title).
_DATES_REACH = 30
# How far below the banner the work's tag block starts (its Actions bar between).
_TAGS_REACH = 12


def ao3_series_page(text: str) -> str:
    """Rule ``ao3-series-page-above-work``: ``text`` without an AO3 series page copied above
    a work's page: everything above the work page's banner or tag block goes.

    Guards: both "Series Begun:" and "Series Updated:" stand near the top, and the work's
    page under them opens with the site's banner or a "Rating:" label that its other tag
    labels follow within a few lines, or with the bare title and creators of a work the
    series' listing names, so a series page copied alone, or a story that only mentions a
    series, is left whole."""
    if "eries " not in text[:4000]:
        return text
    lines = text.split("\n")
    dates = [
        index
        for index, line in enumerate(lines[:_DATES_REACH])
        if _SERIES_DATES.fullmatch(line.strip())
    ]
    labels = {lines[index].strip().lower().split()[1].rstrip(":") for index in dates}
    if labels != {"begun", "updated"}:
        return text
    blurbs = _blurbs(lines, dates[-1] + 1)
    for index in range(dates[-1] + 1, len(lines)):
        if _WORK_START.fullmatch(lines[index].strip()) and _tags_follow(lines, index):
            return "\n".join(lines[index:])
        if blurbs and _work_title(lines, index, blurbs):
            return "\n".join(lines[index:])
    return text


# A work's blurb in the series' listing: "2. Title by creator".
_BLURB = lazy(r"\d{1,3}\.[ \t]+(?P<title>\S.{0,200}?)[ \t]+by[ \t]+(?P<creator>\S.{0,100})")


def _blurbs(lines: list[str], start: int) -> dict[str, str]:
    """The listing's works, each title with its creators as the blurb names them."""
    found: dict[str, str] = {}
    for line in lines[start:]:
        if (blurb := _BLURB.fullmatch(line.strip())) is not None:
            found[blurb.group("title").casefold()] = blurb.group("creator").casefold()
    return found


def _work_title(lines: list[str], index: int, blurbs: dict[str, str]) -> bool:
    """Rule ``ao3-series-page-above-work`` (bare preface): a work's page copied from its
    title down opens with its title alone on a line, then its creators on the next, as the
    work's blurb in the listing above names them ("2. Lamplight City by name")."""
    creator = blurbs.get(lines[index].strip().casefold())
    if creator is None or index + 1 >= len(lines):
        return False
    below = lines[index + 1].strip().casefold()
    return below in (creator, f"by {creator}")


def _tags_follow(lines: list[str], index: int) -> bool:
    """Whether the work's tag block (a rating label, then another tag label) starts at or
    under ``index``."""
    window = [line.strip() for line in lines[index : index + _TAGS_REACH]]
    for at, line in enumerate(window):
        if line.lower().startswith("rating") and ":" in line:
            return any(_NEXT_TAG.fullmatch(later) for later in window[at + 1 : at + 5])
    return False
