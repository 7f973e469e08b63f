"""Rule ``contents-above-rule``: an old home page's top, over the rule that opens its story.

A hand-made home page (GeoCities, Angelfire, Tripod, and their mirrors) opens with its own
framing: the page's name, a welcome paragraph, a hit counter, the table of contents with its
links ("Links | Guestbook | Email Me"), and then a full-width rule, under which the story
starts with its title and byline. The top is the page's, not the story's: read line by line
it becomes the title (a mirror's banner) and a chapter before the first one.

Guards: cheap substring test first ("ontents"); the rule (ten or more of one dash, underscore,
equals or box-drawing character) is within the first 60 lines; above it a "Contents" or
"Table of Contents" line over two or more entries that are, word for word, lines under the
rule (the chapters' headings); under the rule, the first line of text has a "by" byline
within the three lines under it. Then everything down to the rule goes.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

_CONTENTS = lazy(r"(?:table\s+of\s+)?contents\s*:?", re.IGNORECASE)
_RULE = lazy(r"([-_=─━═])\1{9,}")
_BYLINE = lazy(r"(?:written\s+)?by\s+\S.{0,60}", re.IGNORECASE)
_TOP_LINES = 60


def home_page_top(text: str) -> str:
    """``text`` without a home page's top over the rule (see the module's docstring)."""
    if "ontents" not in text[:6000]:
        return text
    lines = text.split("\n")
    rule = next(
        (at for at, line in enumerate(lines[:_TOP_LINES]) if _RULE.fullmatch(line.strip())),
        None,
    )
    if rule is None or not _contents_above(lines, rule) or not _byline_below(lines, rule):
        return text
    return "\n".join(lines[rule + 1 :])


def _contents_above(lines: list[str], rule: int) -> bool:
    """Whether a contents line above the rule lists two or more lines found under it."""
    below = {line.strip() for line in lines[rule + 1 :] if line.strip()}
    for at in range(rule):
        if _CONTENTS.fullmatch(lines[at].strip()) is None:
            continue
        entries = [line.strip() for line in lines[at + 1 : rule] if line.strip()]
        if sum(entry in below for entry in entries) >= 2:
            return True
    return False


def _byline_below(lines: list[str], rule: int) -> bool:
    """Whether the first line of text under the rule has a byline within three lines."""
    first = next((at for at in range(rule + 1, len(lines)) if lines[at].strip()), None)
    if first is None:
        return False
    return any(_BYLINE.fullmatch(line.strip()) for line in lines[first + 1 : first + 4])
