"""A personal fan page's guestbook, copied with the fic above it.

An old home page (GeoCities, Angelfire, Tripod) could show its guestbook on the fic's own
page, under the story and the author's plea to sign it: a heading ("~*~ Guestbook ~*~",
"My Guestbook"), the guestbook's links ("Sign Guestbook | View Guestbook"), then the
visitors' entries, each a few "Name:", "Date:", "Homepage:", "Comments:" lines. All of it
is the visitors', not the story's nor its author's note.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import Chunk, drop_all
from fic2epub.normalise.page_footers import page_footer
from fic2epub.normalise.patterns import undecorate

# Rule ``guestbook-entries``: the guestbook's heading, or its row of links.
_HEADING = lazy(
    r"(?:my\s+|the\s+)?guest\s*book(?:\s+entries)?"
    r"|(?:sign|view|read)\s+(?:my\s+|the\s+)?guest\s*book!?"
    r"(?:\s*[|·•]\s*(?:sign|view|read)\s+(?:my\s+|the\s+)?guest\s*book!?)*",
    re.IGNORECASE,
)
# One line of a visitor's entry: the guestbook form's field and what the visitor typed.
_ENTRY_FIELD = lazy(
    r"(?:name|date|time|home\s*page|web\s*site|url|e-?mail|location|from|comments?|message"
    r"|referred\s+by|how\s+did\s+you\s+find\s+(?:me|this\s+(?:page|site))\??)\s*:.*",
    re.IGNORECASE,
)
# How far up from a chapter's end the guestbook's heading is looked for, in chunks.
_REACH = 80
# The longest a heading line may be.
_HEADING_LINE = 60


def guestbook_entries(chunks: list[Chunk], first: int, end: int) -> None:
    """Rule ``guestbook-entries``: from a guestbook's heading near a chapter's end down, the
    guestbook, when every line under the heading is its links, a visitor's entry field or
    the page's own chrome, and a "Name:" field opens an entry among them. A story's line
    naming a guestbook has story prose under it and stays."""
    for index in range(max(first, end - _REACH), end):
        chunk = chunks[index]
        text = chunk.text
        if (
            chunk.role != "text"
            or len(text) > _HEADING_LINE
            or "book" not in text.lower()
            or _HEADING.fullmatch(undecorate(text)) is None
        ):
            continue
        if _entries_below(chunks, index + 1, end):
            drop_all(chunks, range(index, end), "guestbook-entries")
        return


def _entries_below(chunks: list[Chunk], start: int, end: int) -> bool:
    """Whether the chunks from ``start`` to ``end`` are a guestbook's entries."""
    named = False
    for chunk in chunks[start:end]:
        if chunk.role == "dropped":
            continue
        lines = chunk.lines
        if _ENTRY_FIELD.fullmatch(lines[0]):
            # A long comment may wrap on under its field.
            named = named or lines[0][:4].lower() == "name"
        elif not all(
            _HEADING.fullmatch(undecorate(line)) or is_site_chrome(line) or page_footer(line)
            for line in lines
        ):
            return False
    return named
