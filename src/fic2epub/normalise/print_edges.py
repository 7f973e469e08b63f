"""A web page printed from a browser as text: the header and footer the browser adds to
every printed page.

Printed to a text-only printer (Windows' "Generic / Text Only"), or printed to PDF and
drawn out with ``pdftotext``, each page keeps the browser's page edges: at its top the
page's title with the date (and time) of printing, at its foot the page's address with the
page counter ("1/2", "Page 1 of 2"), the items set apart by wide spaces; each page ends with
a form feed. None of it is the story's, and a paragraph the page break cut goes on over it.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.page_full_line import text_width
from fic2epub.normalise.pdf_pages import join_pages

# The wide gap between a printed edge's items.
_GAP = lazy(r"\s{3,}")
# A page counter: "1/2", "Page 1 of 2", "1 of 2".
_COUNTER = lazy(r"(?:page\s+)?\d{1,4}\s*(?:/|\bof\b)\s*\d{1,4}", re.IGNORECASE)
# The printing date, with its time or without: "11/24/2026", "24.11.26, 15:04",
# "2026-11-24 3:04 PM", "Nov 24, 2026".
_DATE = lazy(
    r"(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}),?"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?",
    re.IGNORECASE,
)
# The page's address, as browsers print it.
_ADDRESS = lazy(r"(?:https?://|file:/{2,3}|www\.)\S+")
# The longest line read as a printed edge, and the most items it holds (left, centre, right).
_LONGEST = 200
_ITEMS = 3


def _edge_items(line: str) -> list[str] | None:
    """The kinds of a printed edge's items ("counter", "date", "address", "title"), else
    None: two or three items parted by wide spaces, at most one of them free text (the
    page's title), at least one the browser's own."""
    line = line.strip()
    if len(line) > _LONGEST or "   " not in line:
        return None  # the cheap test first: no wide gap, no edge
    items = _GAP.split(line)
    if not 2 <= len(items) <= _ITEMS:
        return None
    kinds = []
    for item in items:
        if _COUNTER.fullmatch(item):
            kinds.append("counter")
        elif _DATE.fullmatch(item):
            kinds.append("date")
        elif _ADDRESS.fullmatch(item):
            kinds.append("address")
        else:
            kinds.append("title")
    if kinds.count("title") > 1 or kinds.count("title") == len(kinds):
        return None
    return kinds


def _filled(lines: list[str], *, last: bool) -> int | None:
    """The index of the first (or ``last``) line that is not blank, else None."""
    order = range(len(lines) - 1, -1, -1) if last else range(len(lines))
    return next((index for index in order if lines[index].strip()), None)


def _printed(kinds: list[str]) -> bool:
    """Whether an edge's items name the printed page itself: its address or its counter (a
    title and a date alone may be a letter's heading)."""
    return "address" in kinds or "counter" in kinds


def browser_print_edges(text: str) -> str:
    """Rule ``browser-print-edges``: in text with form feeds, the browser's header (the
    page's title and the date) atop each page and its footer (the address and the page
    counter) under it go, and the pages are set end to end again.

    Guards: only a page's first or last filled line, made of two or three items parted by
    wide spaces, one at most free text and the others a date, an address or a page
    counter; and only when two pages at least have such an edge naming the page's address
    or counter, so a story's line with a date after a gap is never taken alone. A paragraph
    that runs on over a page break meets its other half (``pdf-page-edges``' test).
    """
    if "\f" not in text:
        return text  # the cheap test first: no form feed, no printed pages
    pages = [page.split("\n") for page in text.split("\f")]
    edges: list[tuple[int, int]] = []  # (page, line)
    printed = 0
    for at, lines in enumerate(pages):
        top, foot = _filled(lines, last=False), _filled(lines, last=True)
        for index in {top, foot}:
            if index is None:
                continue
            kinds = _edge_items(lines[index])
            if kinds is not None:
                edges.append((at, index))
                printed += _printed(kinds)
    if printed < 2:
        return text
    breaks: set[int] = set()
    for at, index in edges:
        pages[at][index] = ""
        # The page meets the one before it, and the one after it meets it.
        breaks.update((at, at + 1))
    kept = ["\n".join(lines) for lines in pages]
    breaks.discard(0)
    breaks.discard(len(kept))
    return join_pages(kept, breaks, text_width("\n".join(kept)))
