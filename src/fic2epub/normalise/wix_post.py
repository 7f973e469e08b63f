"""Rule ``wix-blog-post``: a Wix blog post page copied whole, its head and its tail.

Wix sets the site's header and menu, then the blog's bar ("All Posts" over the categories,
one a line), then the post's card: the writer's picture, whose alt text "Writer's picture"
a copy runs into the writer's name ("Writer's picturewren"), the name again, the date, an
"Updated:" line and the reading time ("4 min read"), and under a blank line the post's
title. Under the post come its hashtags, the counts run together ("12 views0 comments"),
"Recent Posts" with bare like and comment counts, the comment box and the footer.

The head above the card is the page's (its menu, the category bar); the card's writer and
the title under it are the header's, written out as its fields. From the counts line down
everything is the page's; the hashtag lines and blank lines (a no-break space alone) just
above it go with it.

Guards: cheap substring test first ("Writer's picture"); the card's first line is the alt
text run into a name, within the first 40 lines, with the reading time within five lines
under it and a title line under that. The tail is cut only at a counts line of views and
comments run together or spaced ("12 views0 comments", "12 views 0 comments").
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

_ALT = "Writer's picture"
# The alt text run into the writer's name, straight or curly apostrophe.
_PICTURE = lazy(r"writer[’']s\s*picture\s*(\S.{0,60})", re.IGNORECASE)
_READ_TIME = lazy(r"\d{1,3}\s+min(?:ute)?s?\s+read", re.IGNORECASE)
# The post's counts under its tags: "12 views0 comments", "1 view 2 comments".
_COUNTS = lazy(r"[\d.,]+k?\s*views?\s*[\d.,]+k?\s*comments?", re.IGNORECASE)
# A line of hashtags only: "#fanfiction #tarsia".
_HASHTAGS = lazy(r"(?:#\w[\w-]*\s*){1,30}")
_HEAD_LINES = 40
_CARD_LINES = 5


def wix_blog_post(text: str) -> str:
    """``text`` with a Wix post page's head and tail read (see the module's docstring)."""
    if _ALT not in text and "Writer’s picture" not in text:
        return text
    lines = text.split("\n")
    lines = _head(lines)
    return "\n".join(_tail(lines))


def _head(lines: list[str]) -> list[str]:
    """The lines with the page's head up to the post's card replaced by the header's fields."""
    for index, line in enumerate(lines[:_HEAD_LINES]):
        match = _PICTURE.fullmatch(line.strip())
        if match is None:
            continue
        name = match.group(1).strip()
        card = range(index + 1, min(len(lines), index + 1 + _CARD_LINES))
        timed = next((at for at in card if _READ_TIME.fullmatch(lines[at].strip())), None)
        if timed is None:
            return lines
        title = next((at for at in range(timed + 1, len(lines)) if lines[at].strip()), None)
        if title is None or len(lines[title].strip()) > 120:
            return lines
        fields = [f"Title: {lines[title].strip()}", f"Author: {name}"]
        return [*fields, *lines[title + 1 :]]
    return lines


def _tail(lines: list[str]) -> list[str]:
    """The lines without the post's counts line and all under it, nor the hashtag and blank
    lines just above it."""
    cut = next(
        (at for at in range(len(lines) - 1, -1, -1) if _COUNTS.fullmatch(lines[at].strip())),
        None,
    )
    if cut is None:
        return lines
    # A line holding only a no-break space is blank too: str.strip takes it away.
    while cut and (not lines[cut - 1].strip() or _HASHTAGS.fullmatch(lines[cut - 1].strip())):
        cut -= 1
    return lines[:cut]
