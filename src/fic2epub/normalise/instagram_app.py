"""Instagram posts copied in the phone app, a story told in the captions of a few posts.

The app's copy differs from the web page's (see :mod:`instagram`). Each post comes out as:

* the account's name on a line of its own, then "Follow" (on another's post), the post's
  location and the carousel's counter ("1/4"), each perhaps missing;
* the caption with the account's name glued before its first line ("name the caption"),
  as the app shows it;
* the caption's hashtags, then "Liked by name and 1,204 others", "View all 48 comments" and
  the post's age with its "See translation" link ("3 days ago · See translation").

Rule ``instagram-app-posts`` takes the name's line (the first post's becomes a "by name"
line: the poster is the story's author), "Follow", the location, the counter, the name
glued to the caption, the trailing hashtags and the footer out, post by post; a run taken
out leaves one blank line. Rule ``instagram-app-post-label``: a post after the first may
open its caption with a short label over the part's heading ("✦ the end of it ✦" over
"Part 2 of 2"), as the first post opens on the story's title: the later post's label is
the post's, not the story's, and goes; the first post's line stays for the header rules.

Rule ``dot-spacer-lines``: Instagram keeps no blank line a writer types, so writers space a
caption's paragraphs with a line holding only a "." instead: when such lines stand between
most of a text's paragraphs (six at least, a quarter of its lines or more), each is the blank
line it stands for. A few lone dots are a writer's scene breaks and stay.

Guards: a post is only read from an account's name (lower case, no spaces) with the same
name glued to a caption line at most four lines under it, with nothing between but
"Follow", one location line and a counter; and only when the copy has the app's likes line
or its "View all N comments" line under one post at least.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.instagram import (
    COMMENT_BOX,
    DOTS,
    LIKES,
    USER,
    trailing_hashtags,
    without_lines,
)
from fic2epub.normalise.part_pages import OWN_PLACE
from fic2epub.normalise.patterns import match_heading

# The least number of lone "." lines read as spacers, and their least share of the lines.
_LEAST_SPACERS = 6
_SPACER_SHARE = 4
# The carousel's counter under the header: "1/4".
_COUNTER = lazy(r"\d{1,2}\s?/\s?\d{1,2}")
# The comments link under a post: "View all 48 comments", "View 1 comment".
_VIEW_COMMENTS = lazy(r"view\s+(?:all\s+)?[\d,.]+[km]?\s+comments?", re.IGNORECASE)
# The post's age, perhaps with the app's translation link: "3 days ago · See translation".
_AGE_LINE = lazy(
    r"(?:(?:\d{1,3}|an?)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago"
    r"|yesterday|just\s+now|[A-Z][a-z]{2,8}\s+\d{1,2}(?:,\s*\d{4})?)"
    r"(?:\s*[·•]\s*see\s+translation)?|see\s+translation",
    re.IGNORECASE,
)
# How many lines the header may hold between the account's name and the caption.
_HEADER_LINES = 4
# The longest location line, and the longest label line over a later part's heading.
_LOCATION = 60
_LABEL = 80
_SENTENCE_ENDS = (".", ",", ";", ":", "?")


# A line holding a lone "." (and spaces), between two others.
_DOT_LINE = lazy(r"\n\.[ \t]*\n")


def dot_spacer_lines(text: str) -> str:
    """Rule ``dot-spacer-lines``: lone "." lines spacing a text's paragraphs are blank."""
    if _DOT_LINE.search(text) is None:
        return text  # the cheap test first: one scan, from the newline it opens on
    lines = text.split("\n")
    dots = [index for index, line in enumerate(lines) if line.strip() == "."]
    filled = sum(1 for line in lines if line.strip())
    if len(dots) < _LEAST_SPACERS or len(dots) * _SPACER_SHARE < filled:
        return text
    for index in dots:
        lines[index] = ""
    return "\n".join(lines)


def instagram_app_posts(text: str) -> str:
    """``text`` with each app-copied post's chrome taken out (rule ``instagram-app-posts``)."""
    if "Liked by" not in text and "View " not in text:
        return text  # the cheap test first: the likes line or the comments link
    lines = text.split("\n")
    starts = _post_starts(lines)
    if not starts:
        return text
    drop: set[int] = set()
    footed = False
    for place, (start, caption) in enumerate(starts):
        end = starts[place + 1][0] if place + 1 < len(starts) else len(lines)
        footer = _footer_start(lines, caption, end)
        footed = footed or footer is not None
        footer = end if footer is None else footer
        drop.update(range(start + (place == 0), caption))
        drop.update(range(footer, end))
        drop.update(trailing_hashtags(lines, caption, footer))
        name = lines[start].strip()
        if place == 0:
            # The first post's name names the poster, the story's author: a "by" line.
            lines[start] = f"by {name}"
        lines[caption] = lines[caption].lstrip()[len(name) :].strip()
        if place and _label_over_heading(lines, caption, footer):
            drop.add(caption)
    if not footed:
        return text
    return without_lines(lines, drop)


def _post_starts(lines: list[str]) -> list[tuple[int, int]]:
    """Each post's first line (the account's name) and its caption's first line, in order."""
    found: list[tuple[int, int]] = []
    for index, line in enumerate(lines):
        name = line.strip()
        if not name or not USER.fullmatch(name):
            continue
        caption = _caption_line(lines, index, name)
        if caption is not None:
            found.append((index, caption))
    return found


def _caption_line(lines: list[str], index: int, name: str) -> int | None:
    """The line under the name's that opens on the same name glued to the caption, with
    only "Follow", one location and a counter between; None when there is none."""
    located = False
    for below in range(index + 1, min(len(lines), index + 2 + _HEADER_LINES)):
        line = lines[below].strip()
        if line.startswith(name + " ") and len(line) > len(name) + 1:
            return below
        if line in ("Follow", *DOTS) or _COUNTER.fullmatch(line):
            continue
        if located or not line or len(line) > _LOCATION or line.endswith(_SENTENCE_ENDS):
            return None
        located = True  # the post's location: "Harbour Town"
    return None


def _footer_start(lines: list[str], caption: int, end: int) -> int | None:
    """The first of the post's footer lines under its caption (likes, comments link, age),
    when the likes line or the comments link is among them; else None."""
    for index in range(caption + 1, end):
        line = lines[index].strip()
        if not line or not (LIKES.fullmatch(line) or _VIEW_COMMENTS.fullmatch(line)):
            continue
        first = index
        while first - 1 > caption and _footer_line(lines[first - 1].strip()):
            first -= 1
        return first
    return None


def _footer_line(line: str) -> bool:
    """One of the post's footer lines."""
    return bool(
        line
        and (
            LIKES.fullmatch(line)
            or _VIEW_COMMENTS.fullmatch(line)
            or _AGE_LINE.fullmatch(line)
            or COMMENT_BOX.fullmatch(line)
        )
    )


def _label_over_heading(lines: list[str], caption: int, footer: int) -> bool:
    """Rule ``instagram-app-post-label``: whether the caption's first line is a short label
    over the part's heading (the caption's next line, blank lines apart)."""
    label = lines[caption]
    if not label or len(label) > _LABEL:
        return False
    # The caption's next line, past blank lines and the lone dots spacing it.
    below = next((at for at in range(caption + 1, footer) if lines[at].strip(" .")), None)
    if below is None:
        return False
    heading = lines[below].strip()
    return match_heading(heading) is not None or OWN_PLACE.fullmatch(heading) is not None
