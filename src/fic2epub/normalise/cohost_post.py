"""Rule ``cohost-post-header``: a cohost post copied from its page.

Under the site's name ("cohost!") and its menu, a post opens with the poster's display name
("pear orchard enjoyer"), their handle ("@pearpeel") and the post's age ("· 3 days ago"),
one a line. The display name is the page's whimsy, changed at will; the handle names the
account that posted the story, as a byline does. The handle's line becomes "by pearpeel" for
the byline rules; the display name and the age go (blanked, so line numbers still point at
the file).

Guards: the first filled line is the site's name; the handle within the next four lines,
alone on its line, with the display name right above it and the age right under it.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# The site's name as its logo prints it.
_SITE = lazy(r"\ufeff?\s*cohost!?\s*", re.IGNORECASE)
# The handle alone: "@pearpeel".
_HANDLE = lazy(r"@(?P<name>[\w-]{1,40})")
# The post's age: "· 3 days ago", "· 2h ago", "· yesterday".
_AGE = lazy(r"[·•]\s*(?:\d{1,3}\s*\w{1,8}\s+ago|yesterday|just\s+now)", re.IGNORECASE)
# How many lines under the site's name the handle may stand (the menu, the display name).
_REACH = 4


def cohost_post(text: str) -> str:
    """The post with its header's handle as a byline line and its display name and age
    blanked (see the module)."""
    if not text[:12].lstrip("\ufeff \n").lower().startswith("cohost"):
        return text  # the cheap test first
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled or _SITE.fullmatch(lines[filled[0]]) is None:
        return text
    for at in filled[2 : 2 + _REACH]:
        handle = _HANDLE.fullmatch(lines[at].strip())
        if handle is None:
            continue
        if at + 1 >= len(lines) or not _AGE.fullmatch(lines[at + 1].strip()):
            return text
        if not lines[at - 1].strip():
            return text
        lines[at - 1] = ""
        lines[at] = f"by {handle.group('name')}"
        lines[at + 1] = ""
        return "\n".join(lines)
    return text
