"""FanFiction.Net's mobile info line: "Rated: K+, English, Drama, words: 1k+, …, Complete".

The mobile site prints a story's info as one comma-separated line under "Rated:": the
rating, the language, the genres and characters, then the labelled counts and dates, and,
for a finished story, a bare "Complete" at the end. A work in progress has none.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# The site's ratings, the old "Fiction" before them or not.
_RATING = lazy(r"(?:fiction\s+)?(?:k\+?|t|m|ma)", re.IGNORECASE)
# The labelled word count among the items: "words: 1k+", "words: 2,345".
_WORDS = lazy(r"words\s*:\s*\d", re.IGNORECASE)


def mobile_info_complete(value: str) -> bool:
    """Rule ``mobile-info-complete``: the value of a mobile "Rated:" line whose last item is
    a bare "Complete" says the story is finished.

    Guards: the first item is a site rating alone ("K+"), a labelled "words:" count stands
    among the items (the stats, not a sentence), and "Complete" is an item of its own
    after the last comma: "Rated: T, no complete scenes" is no such line.

    Rule ``mobile-info-dash-complete``: the mobile page sets the status after the
    characters with a spaced hyphen instead of a comma ("…, Anna, Ben - Complete")."""
    items = value.split(",")
    last = items[-1].rsplit(" - ", 1)[-1] if " - " in items[-1] else items[-1]
    if len(items) < 3 or last.strip().lower() != "complete":
        return False
    if _RATING.fullmatch(items[0].strip()) is None:
        return False
    return any(_WORDS.match(item.strip()) for item in items[1:-1])
