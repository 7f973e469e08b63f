"""Rule ``posted-to-head``: the page top of a post shared to a community (Pillowfort).

A Pillowfort post's page, copied as text, opens with the site's menu ("Pillowfort", "Home",
"Communities", "Search", "Drafts", "Inbox"), then the post's head: the poster's user name,
"Posted to <community>" and the post's date, one to a line. The post itself (its title, the
writers' byline, the header fields) starts under the date. The menu, the "Posted to" line
and the date are the site's, not the story's: they stay only as the header's fields
("Posted to", the published date). The poster is the author, unless a byline
under the post's title names the writers ("by X", a bare "X & Y" line): a shared account,
or one of two writers, posts for them, and the poster's name goes with the head.

Guards: the "Posted to" line stands within the first lines, between a user name (one word,
no sentence) and a date line; every line above it is a short menu item. A file that opens
with its own text, or names a community in a sentence, keeps its lines.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.bylines import byline_names
from fic2epub.normalise.foreign_header import is_post_date

# "Posted to Small Fandom Fic", "Posted to: Community Name", "Posted in Name".
_POSTED_TO = lazy(r"posted\s+(?:to|in)\s*:?\s*\S.{0,60}", re.IGNORECASE)
# The community line's label, with or without its colon.
_COMMUNITY_LABEL = lazy(r"(?P<label>posted\s+(?:to|in))\s*:?\s*", re.IGNORECASE)
# A user name alone: one word of letters, digits, "_", "-" and ".".
_USER_NAME = lazy(r"\w[\w.-]{1,39}")
# Two names or more, capitalised, joined by "&", "and" or commas: "Ann Lee & Bo Park".
_NAME = r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}"
_NAMES = lazy(rf"{_NAME}(?:\s*(?:,|&|\band\b)\s*{_NAME})+")
# How far down the "Posted to" line may stand, and the longest menu item above it.
_REACH = 24
_MENU_ITEM = 30


def posted_to_head(text: str) -> str:
    """``text`` without the site's menu and the post's head above a post's title (see the
    module's docstring)."""
    head = text[:3000]
    if "osted " not in head:
        return text
    # Only the top lines are split off; the last item holds the rest of the text.
    lines = text.split("\n", _REACH + 2)
    for index in range(1, min(len(lines) - 1, _REACH)):
        line = lines[index].strip()
        if not line.lower().startswith("posted") or _POSTED_TO.fullmatch(line) is None:
            continue
        poster = lines[index - 1].strip()
        if poster[:1] == "@" or _USER_NAME.fullmatch(poster) is None:
            # A display name over an "@handle": the header's ``poster-name-over-handle``.
            return text
        if not is_post_date(lines[index + 1].strip()):
            return text
        if any(len(above.strip()) > _MENU_ITEM for above in lines[: index - 1]):
            return text
        rest = lines[index + 2 :]
        # The community and the date stay for the header's fields ("Posted to", published),
        # the community's line as a field whatever way the page set it ("Posted to X").
        community = _COMMUNITY_LABEL.sub(r"\g<label>: ", line, count=1)
        fields = [community, lines[index + 1].strip(), ""]
        kept = fields if _bylined(rest) else [poster, *fields]
        return "\n".join(kept + rest).lstrip("\n")
    return text


def _bylined(lines: list[str]) -> bool:
    """Whether the line under the post's title (its first line) is a byline: "by X", or a
    bare line of two names or more joined by "&" or "and"."""
    top = "\n".join(lines[:4])[:2000].split("\n")
    shown = [line.strip() for line in top if line.strip()][:2]
    if len(shown) < 2:
        return False
    line = shown[1]
    return byline_names(line) is not None or _NAMES.fullmatch(line) is not None
