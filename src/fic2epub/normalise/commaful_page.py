"""Rule ``commaful-page``: a Commaful story page's top, copied with the story.

Commaful's page sets the site's menu ("Commaful", "Stories", "Write", "Sign In") over the
story's card: its title, the author's "@handle", the tags line ("fiction · drama"), the
reading time ("3 min read") and the counts ("214 likes · 18 comments"). The menu and the
card's site lines are the page's; the title and the handle are the header's, written out
as its fields.

Guards: the site's name alone on the file's first line of text, a menu of short lines under
it, then a card whose second line is an "@handle" and which holds the reading time
("N min read"). Anything else is left alone; the closing lines ("Like", "More stories by
@…", "Keep reading on Commaful") are the footer rules' to read.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

_SITE = "Commaful"
_READ_TIME = lazy(r"\d{1,3}\s+min(?:ute)?s?\s+read", re.IGNORECASE)
_HANDLE = lazy(r"@[\w.]{1,40}")
# The menu's items are single words or two; the card has a handful of lines.
_LONGEST_MENU_ITEM = 20
_CARD_LINES = 8


def commaful_page(text: str) -> str:
    """``text`` with a Commaful page's menu and card read (see the module's docstring)."""
    if _SITE not in text[:200] or "min read" not in text:
        return text
    lines = text.split("\n")
    first = 0
    while first < len(lines) and not lines[first].strip():
        first += 1
    if first >= len(lines) or lines[first].strip() != _SITE:
        return text
    card = first + 1
    while card < len(lines) and lines[card].strip():
        if len(lines[card].strip()) > _LONGEST_MENU_ITEM:
            return text  # not a menu
        card += 1
    while card < len(lines) and not lines[card].strip():
        card += 1
    end = card
    while end < len(lines) and lines[end].strip():
        end += 1
    block = [line.strip() for line in lines[card:end]]
    if not 3 <= len(block) <= _CARD_LINES or not _HANDLE.fullmatch(block[1]):
        return text
    if not any(_READ_TIME.fullmatch(line) for line in block[2:]):
        return text
    fields = [f"Title: {block[0]}", f"Author: {block[1][1:]}"]
    return "\n".join([*lines[:first], *fields, *lines[end:]])
