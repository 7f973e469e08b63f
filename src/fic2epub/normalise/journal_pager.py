"""The links at the foot of a journal's pages: its pager and its style's footer.

A LiveJournal or Dreamwidth journal page (the recent entries, a day's page, an entry copied
from the journal's own view) ends with the pager through older and newer entries, "<
previous 20 entries", "next 20 entries >", "« Previous 20 | Next 20 »", "Skip Back 20"; and
Dreamwidth's styles close every page with "Style Credit" and "Expand Cut Tags" links. They
are the journal's way around, never the story's words.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# One step of the pager: a direction and a count of entries, perhaps with arrows.
_STEP = (
    r"(?:[«<]+\s*)?(?:(?:previous|prev|next|earlier|later)\s+\d{1,3}(?:\s+entries)?"
    r"|skip\s+(?:back|forward)\s+\d{1,3}(?:\s+entries)?)(?:\s*[»>]+)?"
)
# Rule ``journal-entries-pager``: one step alone, or two between a bar or wide spaces.
_PAGER = lazy(rf"{_STEP}(?:(?:\s*[|·•]\s*|\s{{2,}}){_STEP})?", re.IGNORECASE)
# Rule ``journal-style-footer``: Dreamwidth's footer links, "Style Credit" and "Expand Cut
# Tags" (with its state, "No cut tags"), alone or together between bars.
_STYLE_ITEM = r"(?:style\s+credit|expand\s+cut\s+tags(?:\s*:\s*no\s+cut\s+tags)?)"
_STYLE_FOOTER = lazy(rf"{_STYLE_ITEM}(?:\s*\|\s*{_STYLE_ITEM})*", re.IGNORECASE)


def is_journal_pager(line: str) -> bool:
    """Rule ``journal-entries-pager``: a journal's pager through its entries, "< previous 20
    entries", "next 20 entries >", "« Previous 20 | Next 20 »", "Skip Back 20".

    A count with an arrow is a pager's step on any site ("« Prev 2", a mobile archive's
    link to page two), and is read so too.

    Guards: a count of entries must follow the direction, and the word "entries", an arrow
    or "skip" must show it is a link, so a story's "Next 20 minutes" or a bare "Previous 20"
    stays the story's."""
    if len(line) > 80 or not re.search(r"\d", line):
        return False
    found = _PAGER.fullmatch(line.strip())
    if found is None:
        return False
    lowered = line.lower()
    return "entries" in lowered or "skip" in lowered or any(mark in line for mark in "«»<>")


def is_style_footer(line: str) -> bool:
    """Rule ``journal-style-footer``: Dreamwidth's footer links under every page, "Style
    Credit | Expand Cut Tags: No cut tags". Only these two links' own words, so no sentence
    of a story is taken."""
    if len(line) > 80 or line[:1] not in "SsEe":
        return False
    return _STYLE_FOOTER.fullmatch(line.strip()) is not None
