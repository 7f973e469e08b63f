"""Rule ``journal-masterlist-entry``: an author's fic masterlist copied above the entries it
links.

A journal writer keeps a masterlist entry ("fic masterlist", "Fic index") that lists every
fic with links to its parts: fandom headings, then "Title (PG) - pairing. Part One | Part
Two" lines. A reader who saves a story from it copies the masterlist page first, then the
part entries it links. The masterlist is no part of the story: not a prologue, not a note,
and its subject is not the story's title. The story's entries follow it, each under its
own poster line ("name (name) wrote,").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.fields import field_for, is_known_label
from fic2epub.normalise.patterns import FIELD_RE

# A masterlist's name, in its subject or its tags: "fic masterlist", "Master List", "my fic
# index", "Fic list (updated 2007)", "masterpost".
_MASTERLIST = lazy(
    r"\bmaster[\s-]?(?:list|post)s?\b|\bfics?\s+(?:index|list)\b|\bindex\s+of\s+(?:my\s+)?fics?\b",
    re.IGNORECASE,
)
# How far under the next entry's poster line its header's "Title:" may be.
_REACH = 14
# The longest line that may name the masterlist: a subject or a tags line.
_NAME_LINE = 100


def masterlist_end(chunks: Sequence[Chunk], posters: Sequence[int]) -> int | None:
    """Where the story's entries begin when the first entry copied is the author's
    masterlist, else None: the first line of the second entry's page (its repeated page top
    and subject over its poster line).

    Guards: the first entry's subject or tags name a masterlist; it has no story header of
    its own (no known header field but its tags); and the second entry's header has a
    "Title:" field, so a story's first part, which carries the header, is never taken.
    """
    if len(posters) < 2:
        return None
    second = posters[1]
    if not any(
        len(chunk.text) <= _NAME_LINE and _MASTERLIST.search(chunk.text)
        for chunk in chunks[:second]
        if "ist" in chunk.text or "ndex" in chunk.text or "post" in chunk.text
    ):
        return None
    if any(_label(chunk.text) not in (None, "tags") for chunk in chunks[:second]):
        return None
    if not any(_label(chunk.text) == "title" for chunk in chunks[second + 1 : second + _REACH]):
        return None
    # The second page's top, over its poster line: the lines the first page has above its
    # own poster line, and the entry's subject right above the poster line.
    top = {_plain(chunk.text) for chunk in chunks[: posters[0]]} - {""}
    start = second
    if start and chunks[start].gap == 0 and chunks[start - 1].gap >= 1:
        start -= 1  # the entry's subject, set right above its poster line
    while start > posters[0] + 1 and _plain(chunks[start - 1].text) in top:
        start -= 1
    return start


def _label(text: str) -> str | None:
    """The field a known header label names ("title", "authors", "tags"), else None."""
    if ":" not in text[:30]:
        return None
    found = FIELD_RE.match(text)
    if found is None or not is_known_label(found.group("key")):
        return None
    return field_for(found.group("key")) or "other"


def _plain(text: str) -> str:
    return text.strip().lower()
