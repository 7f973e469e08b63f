"""The shapes of a Dreamwidth or LiveJournal comment thread that the comment rules read.

An entry page copied with its comments prints, over each comment, the commenter's icon as
its alt text ("name: keyword (Default)") above "[personal profile] name" and the date;
above the thread the view's switch ("Flat | Top-Level Comments Only"); and, for a reply the
page folds away, one line holding its subject, its commenter and its date and ending in
"Expand" ("Re: (no subject) - [personal profile] name - Oct. 31st, 2016 11:40 am (UTC) -
Expand"). :mod:`comments` asks these functions inside a comment section only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk

# The icon's alt text: the user name, a colon and the icon's keyword, "(Default)" for the
# default icon ("schuylkill_fog: grumpy cat in a top hat (lippard)").
_ICON = lazy(r"(?P<user>[a-z0-9][a-z0-9_-]{1,39})\s*:\s+\S.{0,80}")
# A user icon's alt text before a name, "[personal profile]", "[info]".
_USERHEAD = lazy(r"\[\s*[a-z][a-z. ]{1,30}\]\s*", re.IGNORECASE)
# Rule ``comment-view-switch``: the thread's views over the comments, "Flat |
# Top-Level Comments Only", "Threaded | Expand All".
_VIEW_ITEM = r"(?:flat|threaded|top-level\s+comments\s+only|expand\s+all|collapse\s+all)"
_VIEW_SWITCH = lazy(rf"{_VIEW_ITEM}(?:\s*\|\s*{_VIEW_ITEM})+", re.IGNORECASE)
# Where a folded comment's line parts: a spaced hyphen or dash.
_PART = lazy(r"\s+[-–—]\s+")
# The most words a commenter's name part may hold besides its icon.
_NAME_WORDS = 2


def icon_over_commenter(chunks: Sequence[Chunk], position: int) -> bool:
    """Rule ``comment-icon-keyword``: the commenter's icon copied as its alt text, "name:
    keyword (Default)", right over the line naming the same user ("[personal profile]
    name"). It is the comment's header, not its text.

    Guards: the user name before the colon is a journal user name (lower case, no spaces)
    and the very next line, with no blank line between, names that user and nothing more,
    so a story's "note: bring the lamp" is never read so."""
    text = chunks[position].text
    after = position + 1
    if len(text) > 120 or ":" not in text[:42] or after >= len(chunks) or chunks[after].gap:
        return False
    found = _ICON.fullmatch(text)
    if found is None:
        return False
    below = _USERHEAD.sub("", chunks[after].text, count=1).strip()
    return below == found.group("user")


def is_view_switch(text: str) -> bool:
    """Rule ``comment-view-switch``: Dreamwidth's switch between the thread's views above
    the comments, "Flat | Top-Level Comments Only". Two of its own items at least."""
    return len(text) <= 80 and _VIEW_SWITCH.fullmatch(text.strip()) is not None


def is_folded_comment(text: str, stamp: Callable[[str], bool]) -> bool:
    """Rule ``folded-comment``: a reply the page folds away, left as one line of its subject,
    commenter and date, ending in "Expand": "Re: (no subject) - [personal profile] name -
    Oct. 31st, 2016 11:40 am (UTC) - Expand". ``stamp`` tells a comment's date.

    Guards: four parts between spaced dashes, the last "Expand", the second a user name
    (with its icon) and the third a date, so a story's line with dashes stays."""
    if len(text) > 240 or not text.rstrip().lower().endswith("expand"):
        return False
    parts = _PART.split(text.strip())
    if len(parts) != 4 or parts[3].lower() != "expand" or not parts[0]:
        return False
    name = _USERHEAD.sub("", parts[1], count=1)
    return 0 < len(name.split()) <= _NAME_WORDS and stamp(parts[2])
