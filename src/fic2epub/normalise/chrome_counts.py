"""Site chrome: a story's or a post's reader counts.

"214 notes", "3.1K reads · 58 favorites · 12 comments", "With 3 chapters, 12 votes, 2300
words", Wattpad's "Reads 1,204 • Votes 188". ``COUNTS`` is one of the patterns
:func:`fic2epub.normalise.chrome.is_site_chrome` reads a line by; the Wattpad rules ask
:func:`is_read_count` directly, and the bare-tags rule :func:`is_reader_counts`.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# Reader counts: "214 notes", "3.1K reads · 58 favorites · 12 comments", "2.3K Reads 189 Votes".
_COUNT = (
    r"[\d.,]+\s*[kKmM]?\s+(?:notes?|reads?|votes?|comments?|kudos|favou?rites?|favs|follows"
    r"|followers|reviews?|hits|bookmarks|parts?|views|likes|reblogs|shares?|upvotes?|subscribers|hearts"
    # Wattpad's count of a story's parts: "3 Part Story".
    r"|part\s+story)"
)
# Rule ``story-stats-line``: a story page's stats run together, chapters and words among
# the reader counts ("With 3 chapters, 12 votes, 40 subscribers, 2300 words"). Chapters
# and words count only beside a reader count, so a lone "2 chapters" is not chrome.
_STAT = rf"{_COUNT}|[\d.,]+\s*[kK]?\s+(?:chapters?|words)"
# Rule ``dated-stats-line``: a story page's date leading its counts ("Updated Sep 30, 2020 ·
# 3 parts · 1.8K reads"), as Quotev prints them. The date counts only before a separator
# and a reader count, so "Updated the files" is never matched.
_STATS_DATE = r"(?:(?:last\s+)?(?:updated|published|posted)\s*:?\s+[\w ,./-]{3,30}?\s*[·•|]\s*)?"
# A count beside its icon, the noun lost: Quotev's hearts, "♥ 87", or after the number as
# its phone layout prints them, "19 ♥".
_ICON_COUNT = r"[♥❤♡★☆]\s*[\d.,]+\s*[kKmM]?|[\d.,]*\d\s*[kKmM]?\s*[♥❤♡★☆]"
COUNTS = lazy(
    rf"{_STATS_DATE}(?:{_COUNT})(?:\s*(?:[·•|,]|\s{{2,}})\s*(?:{_COUNT}|{_ICON_COUNT}))*"
    rf"|(?:with\s+)?(?:{_STAT})(?:\s*(?:[·•|,]|\s{{2,}})\s*(?:{_STAT}))+",
    re.IGNORECASE,
)


# Rule ``label-first-read-counts``: Wattpad's web reader copied with each count after its
# name, the reads first: "Reads 1,204 • Votes 188 • Comments 23". Two counts at least, so a
# line of prose that opens "Reads 3 …" is never one.
_LABEL_FIRST_ITEM = r"(?:votes?|comments?|parts?)\s+[\d.,]*\d\s*[kKmM]?"
_LABEL_FIRST_COUNTS = lazy(
    rf"reads?\s+[\d.,]*\d\s*[kKmM]?(?:\s*(?:[·•|,]|\s{{2,}})\s*{_LABEL_FIRST_ITEM})+",
    re.IGNORECASE,
)


def is_read_count(text: str) -> bool:
    """Whether a line is a story page's reader counts with its reads in them ("1.4K Reads",
    "2.3K Reads 141 Votes", "Reads 1,204 • Votes 188"), as Wattpad prints them under a
    part's title."""
    line = text.strip()
    if len(line) > 80 or "ead" not in line:
        return False
    if line[:4].lower() == "read":
        return _LABEL_FIRST_COUNTS.fullmatch(line) is not None
    return COUNTS.fullmatch(line) is not None or _SPACED_READ_COUNTS.fullmatch(line) is not None


# Rule ``single-spaced-read-counts``: the counts copied with one space between them, the
# reads first ("1.4K Reads 96 Votes 11 Part Story"): read only where a part's counts are
# asked for, as a bare run of counts with no separator is no pattern elsewhere.
_SPACED_READ_COUNTS = lazy(rf"[\d.,]*\d\s*[kKmM]?\s+reads?(?:\s+{_COUNT})+", re.IGNORECASE)


def is_reader_counts(text: str) -> bool:
    """Whether a line is a post's reader counts ("3 Comments   5 Reblogs   28 Likes", "214
    notes")."""
    line = text.strip()
    return 0 < len(line) <= 120 and line[:1].isdigit() and COUNTS.fullmatch(line) is not None
