"""A journal entry page's links copied one to a line.

Dreamwidth's and LiveJournal's journal styles print a row of the journal's links under its
title ("Recent Entries", "Archive", "Reading", "Tags", "Memories", "Profile") and a row of
the entry page's links above the entry ("Previous Entry", "Add Memory", "Share This Entry",
"Next Entry"). A browser copy may put every link of both rows on a line of its own, so the
rows run down a dozen lines above the entry's subject and poster line.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.fields import date_line
from fic2epub.normalise.journal_nav import MOST as NAV_MOST
from fic2epub.normalise.journal_nav import is_nav_line
from fic2epub.normalise.journal_site_bar import site_bar_lines

# The entry page's first and last links, the journal styles' arrows beside them or not.
_PREVIOUS = lazy(r"(?:«\s*)?previous\s+entry", re.IGNORECASE)
_NEXT = lazy(r"next\s+entry(?:\s*»)?", re.IGNORECASE)
# The entry page's buttons between them, in the journals' wordings.
_BUTTON = lazy(
    r"add\s+(?:to\s+)?memor(?:y|ies)!?|share(?:\s+this\s+entry)?|tell\s+a\s+friend!?"
    r"|track\s+this|flag|link",
    re.IGNORECASE,
)
# How far down the copy the entry links may start: the journal's title, its user name and
# its menu one link a line stand above them.
_TOP = 4 + NAV_MOST
# The most buttons between the first and the last entry link.
_BUTTONS = 5


def drop_link_lines(chunks: list[Chunk]) -> int:
    """Rule ``journal-links-one-per-line``: the entry page's links one to a line near the
    top, from "Previous Entry" down to "Next Entry" with only the page's buttons between,
    and the journal's menu one link a line right above them, are the journal's, not the
    story's. Marks them dropped; returns how many lines it dropped.

    Why: copied so, the links push the entry's poster line too far down the copy for the
    journal-entry rules to find it, and each reads as a line of verse. Guards: the run must
    open on "Previous Entry" and close on "Next Entry", with nothing but the page's buttons
    between, near the top; the menu above counts only as two link lines or more (a copy
    may open with a title such as "Archive")."""
    for at in range(min(_TOP, len(chunks))):
        text = chunks[at].text.strip()
        if text[:1] not in "«Pp" or _PREVIOUS.fullmatch(text) is None:
            continue
        end = _links_end(chunks, at)
        if end is None:
            return 0
        start = at
        while start > 0 and at - start < NAV_MOST and is_nav_line(chunks[start - 1].text):
            start -= 1
        if at - start < 2:
            start = at
        dropped = 0
        for index in range(start, end):
            if chunks[index].role == "text":
                chunks[index] = replace(
                    chunks[index], role="dropped", rule="journal-links-one-per-line"
                )
                dropped += 1
        return dropped
    return 0


def closes_link_lines(chunk: Chunk) -> bool:
    """Whether a chunk is the "Next Entry" line that closes a run of entry links dropped by
    ``journal-links-one-per-line``: where the entry's own lines start under the links."""
    return chunk.rule == "journal-links-one-per-line" and bool(_NEXT.fullmatch(chunk.text.strip()))


def _links_end(chunks: list[Chunk], at: int) -> int | None:
    """The index after the "Next Entry" line that closes the run of entry links opened at
    ``at``, or None when a line that is no button comes first."""
    for index in range(at + 1, min(len(chunks), at + 2 + _BUTTONS)):
        text = chunks[index].text.strip()
        if chunks[index].role != "text" or len(text) > 30:
            return None
        if _NEXT.fullmatch(text):
            return index + 1
        if _BUTTON.fullmatch(text) is None:
            return None
    return None


# The journal's own menu link that LiveJournal's newer styles print first, before
# "Profile": only ever read inside a run of such links.
_JOURNAL_LINK = "journal"
# The fewest links a menu copied one a line holds when no entry links stand under it.
_MENU_LEAST = 3
# The most short lines (the journal's user name, its title) above such a menu.
_MENU_ABOVE = 3
# How many lines under the menu the entry's date must stand: the poster's user name
# repeated, the date.
_DATE_REACH = 4


def drop_menu_lines(chunks: list[Chunk]) -> int:
    """Rule ``journal-menu-one-per-line``: a journal's menu copied one link a line near the
    top ("Journal", "Profile", "Friends", "Calendar", "Memories", "Tags"), with no entry
    links ("Previous Entry | Next Entry") under it, is the journal's, not the story's: an
    entry page of LiveJournal's newer styles prints no entry links above the entry, so the
    menu is where the journal's page ends and the entry's own lines (the poster's name, the
    date, the subject) begin. Marks the menu dropped; returns how many lines it dropped.

    Guards: at least three link lines in a row, each a chunk of its own; at most three short
    lines above them (the journal's user name and title); and the entry's date within a few
    lines under them. A story that opens on "Friends" or "Archive" as its title has no run
    of menu links with a date under it."""
    # Rule ``journal-menu-under-site-bar``: LiveJournal's own bar above the journal's lines
    # (journal_site_bar) counts neither towards the lines above the menu nor its reach.
    bar = site_bar_lines(chunks)
    top = min(bar + _TOP, len(chunks))
    for start in range(bar, min(bar + _MENU_ABOVE + 1, top)):
        run = start
        while run < top and _menu_link(chunks[run]):
            run += 1
        if run - start < _MENU_LEAST:
            continue
        if any(len(chunks[i].text) > 60 for i in range(bar, start)):
            return 0
        if not any(date_line(c.text) for c in chunks[run : run + _DATE_REACH]):
            return 0
        for index in range(start, run):
            chunks[index] = replace(chunks[index], role="dropped", rule="journal-menu-one-per-line")
        return run - start
    return 0


def _menu_link(chunk: Chunk) -> bool:
    """Whether a chunk is one journal menu link alone on its line ("Profile", "Journal")."""
    if chunk.role != "text" or len(chunk.lines) != 1 or len(chunk.text) > 30:
        return False
    text = chunk.text.strip()
    return text.lower() == _JOURNAL_LINK or ("|" not in text and is_nav_line(text))


def closes_menu(chunks: list[Chunk], at: int) -> bool:
    """Whether the chunk at ``at`` is the last link of a menu ``journal-menu-one-per-line``
    dropped: where the entry's own lines start under it."""
    if chunks[at].rule != "journal-menu-one-per-line":
        return False
    return at + 1 >= len(chunks) or chunks[at + 1].rule != "journal-menu-one-per-line"
