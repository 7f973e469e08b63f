"""A personal journal's own navigation at the top of an entry page.

LiveJournal's and Dreamwidth's journal styles print the journal's links under its title,
above the entry: "Recent Entries", "Archive", "Friends", "User Info" (or "Profile",
"Memories", "Tags", "Reading", "Network"), one to a line when copied from the browser or
together on one line between bars. They name the journal's pages, not the story's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk

# One journal link: the pages a LiveJournal or Dreamwidth journal links to from its top.
_LINK = (
    r"(?:recent\s+entries|archive|friends(?:\s+page)?|user\s*info|profile|memories|tags"
    r"|calendar|reading(?:\s+page)?|network|entries)"
)
# A line of such links: one alone, or several between bars or middle dots.
_NAV_LINE = lazy(rf"\[?{_LINK}\]?(?:\s*[|·•]\s*\[?{_LINK}\]?)*", re.IGNORECASE)
# How many lines a journal's navigation may run to.
MOST = 8
# A journal entry page's links between entries: "Previous Entry | Next Entry", "« previous
# entry | next entry »", with the page's buttons between them ("Add to Memories | Share").
# Older LiveJournal styles set them apart by wide spaces, not bars, and end the buttons
# with "!" ("Previous Entry  Add to memories!  Tell a Friend!  Next Entry").
_ENTRY_SEPARATOR = r"(?:\s*\|\s*|\s{2,})"
_ENTRY_LINKS = lazy(
    rf"«?\s*previous\s+entry(?:{_ENTRY_SEPARATOR}[\w ]{{2,20}}!?){{0,4}}"
    rf"{_ENTRY_SEPARATOR}next\s+entry\s*»?",
    re.I,
)


def is_nav_line(text: str) -> bool:
    """Whether a line holds only journal links ("Recent Entries", "User Info | Friends")."""
    if len(text) > 80 or not (text[:1].isalpha() or text[:1] == "["):
        return False
    return _NAV_LINE.fullmatch(text.strip()) is not None


def is_entry_links(text: str) -> bool:
    """Whether a line holds only an entry page's links to the entries before and after it
    ("Previous Entry | Add to Memories | Next Entry")."""
    if len(text) > 160 or "entry" not in text.lower():
        return False
    return _ENTRY_LINKS.fullmatch(text.strip()) is not None


def nav_lines(chunks: list[Chunk] | tuple[Chunk, ...], before: int) -> list[int]:
    """The indices of the journal's navigation lines above ``before`` (the entry's poster
    line): a run of at least two link lines, or one line holding two links or more, so a
    copy that opens with a title such as "Archive" or "Friends" keeps it."""
    found = [i for i in range(before) if is_nav_line(chunks[i].text)]
    if len(found) > MOST:
        return []
    if len(found) >= 2 and found == list(range(found[0], found[-1] + 1)):
        return found
    if len(found) == 1 and any(bar in chunks[found[0]].text for bar in "|·•"):
        return found
    return []


def drop_nav_lines(chunks: list[Chunk], lines: list[int]) -> None:
    """Rule ``journal-nav-links``: the journal's navigation above an entry page's poster
    line ("Recent Entries / Archive / Friends / User Info") is the journal's, not the
    story's. Only above the poster line, so a story line reading "Archive" stays."""
    for index in lines:
        if chunks[index].role == "text":
            chunks[index] = replace(chunks[index], role="dropped", rule="journal-nav-links")
