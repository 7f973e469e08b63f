"""EFP Fanfiction's lines under a chapter, as a copy of its chapter page brings them along.

Under each chapter EFP (efpfanfic.net, the Italian archive) prints the story's buttons on
one line ("Recensisci | Segui la storia | Aggiungi alle preferite | Aggiungi alle
ricordate"), the pager ("<< Capitolo precedente", "Capitolo successivo >>"), and on the
last page the reviews ("Recensioni (5)", then "name - 03/05/2020 - text" a review) and the
site's copyright line ("EFP Fanfiction - Copyright © 2001-2020 - …"). None of it is the
story's, and a note closing the chapter above it must not take it in.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import Chunk

# The story's buttons under a chapter, each EFP's own wording: "Recensisci" (review it),
# "Segui la storia" (follow), "Ricorda la storia", "Aggiungi alle preferite/ricordate/
# seguite", "Scrivi una recensione".
_BUTTON = lazy(
    r"recensisci|scrivi\s+una\s+recensione|(?:segui|ricorda)\s+la\s+storia"
    r"|aggiungi\s+(?:alle|tra\s+le)\s+(?:preferite|ricordate|seguite)",
    re.IGNORECASE,
)
# The buttons are parted by a bar, a bullet or wide spaces.
_BUTTON_SPLIT = lazy(r"\s*[|·•]\s*|\s{2,}")
# The pager: "<< Capitolo precedente", "Capitolo successivo >>", both on one line, and
# "Torna all'indice"; arrows and bars around them.
_PAGER_LINK = r"[<«‹\s]*(?:capitolo\s+(?:precedente|successivo)|torna\s+all['’]indice)[>»›\s]*"
_PAGER = lazy(rf"{_PAGER_LINK}(?:\|\s*{_PAGER_LINK})*", re.IGNORECASE)
# The reviews' head: "Recensioni (5)", "Recensioni".
_REVIEWS = lazy(r"recensioni(?:\s*\(\d{1,5}\))?\s*:?", re.IGNORECASE)
# One review: "name - 03/05/2020 - text", the reviewer, the day, the review.
_REVIEW = lazy(r"[^\s\-][^\-]{0,40}?\s+-\s+\d{1,2}/\d{1,2}/\d{2,4}\s+-\s+\S.*")
# The site's copyright line: "EFP Fanfiction - Copyright © 2001-2020 - P.IVA …".
_COPYRIGHT = lazy(r"efp(?:\s+fanfic(?:tion)?)?\s*[-–|]\s*(?:copyright|©).*", re.IGNORECASE)
# How far above the chapter's end the buttons are looked for.
_REACH = 30


def _buttons_line(text: str) -> bool:
    """Whether a line is EFP's row of buttons: two at least, each EFP's own, or
    "Recensisci" alone (a word no story line is by itself)."""
    items = [item for item in _BUTTON_SPLIT.split(text.strip()) if item]
    if len(items) == 1:
        return items[0].lower() == "recensisci"
    return all(_BUTTON.fullmatch(item) for item in items)


def _opens_footer(text: str) -> bool:
    """Whether a line is one only EFP prints under a chapter: its buttons or its pager."""
    if len(text) > 160 or not text:
        return False
    if text.lstrip()[:1] not in _FOOTER_FIRSTS:
        return False  # the cheap test first: splitting a line at its spaces costs microseconds
    return _buttons_line(text) or _PAGER.fullmatch(text) is not None


# What a line _opens_footer takes opens with, past its spaces: a button's first letter
# ("Recensisci", "Segui", "Scrivi", "Aggiungi"; "ſ" is an "s" when case is ignored), a bar
# or bullet (a line of bars alone splits into no items, and passes as buttons), or the
# pager's arrow or first letter ("Capitolo", "Torna"). A blank line is not turned away here
# ("" is in every string), as it splits into no items either.
_FOOTER_FIRSTS = "RrSsſAa|·•<«‹CcTt"


def _footer_line(text: str, reviews: bool) -> bool:
    """Whether a line belongs to the footer; a review only under the reviews' head."""
    if _opens_footer(text) or _REVIEWS.fullmatch(text) or is_site_chrome(text):
        return True
    if text[:3].lower() == "efp" and _COPYRIGHT.fullmatch(text):
        return True
    return reviews and _REVIEW.fullmatch(text) is not None


def efp_footer_start(chunks: list[Chunk], first: int, end: int) -> int:
    """Rule ``efp-page-footer``: from EFP's buttons or pager under a chapter to the
    chapter's end, when every line is the footer's (buttons, pager, the reviews' head, a
    review under it, the copyright line, other site chrome), all is dropped. Returns where
    the dropped lines start.

    Guards: the run opens on a line only EFP prints (its buttons or its pager); a review's
    "name - date - text" shape counts only under "Recensioni"; one story line inside the
    run leaves the chapter alone."""
    for index in range(max(first, end - _REACH), end):
        if chunks[index].role not in ("text", "dropped", "note-body"):
            continue
        if not _opens_footer(chunks[index].text.strip()):
            continue
        if _all_footer(chunks, index, end):
            for later in range(index, end):
                if chunks[later].role != "dropped":
                    chunks[later] = replace(chunks[later], role="dropped", rule="efp-page-footer")
            return index
    return end


def _all_footer(chunks: list[Chunk], start: int, end: int) -> bool:
    """Whether every line from ``start`` to ``end`` is the footer's; lines an earlier pass
    dropped (the next page's repeated header) are passed over."""
    reviews = False
    for chunk in chunks[start:end]:
        if chunk.role == "dropped":
            continue
        text = chunk.text.strip()
        if not _footer_line(text, reviews):
            return False
        reviews = reviews or _REVIEWS.fullmatch(text) is not None
    return True
