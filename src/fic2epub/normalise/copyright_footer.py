"""Rule ``copyright-page-footer``: a writing site's chapter page ends with the author's
copyright line, and everything under it is the page's.

Sites that host original and fan fiction side by side (Booksie among them) print, under each
chapter's text, the date it was submitted, the author's copyright line ("© Copyright 2021
some_handle. All rights reserved."), then the book's chapter list, a comments widget and the
pager. Copied as text, these read upward from the chapter's end stop at the first line that
is no known chrome (a list entry, "Facebook Comments"); the copyright line says where the
author's part of the page ends.
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.fields import date_line
from fic2epub.normalise.page_footers import page_footer

# The longest line read as a footer line under the copyright line: list entries, buttons.
_LONGEST = 60
# How many lines the footer under the copyright line may run to.
_MOST_LINES = 16
# A date line's labels, as a site prints them over the copyright line.
_DATE_LABELS = ("submitted", "posted", "published", "updated", "last updated")


def copyright_page_footer(chunks: list[Chunk], first: int, end: int) -> None:
    """Drop a chapter's closing copyright line, the date line right above it, and the short
    lines under it to the chapter's end.

    Guards: the copyright line is the ``copyright-line`` kind (sign, year, a name, at most a
    sentence about rights); every line under it is short and does not end like a sentence;
    the whole run is the chapter's last few lines. A chapter whose last paragraph follows
    the copyright line keeps everything.
    """
    seen = 0
    top: int | None = None
    for index in range(end - 1, first - 1, -1):
        chunk = chunks[index]
        if chunk.role == "dropped":
            continue  # a page header repeated under the footer, settled already
        seen += 1
        if seen > _MOST_LINES:
            break
        if chunk.role != "text" or chunk.text[:1] not in "©Cc(":
            continue
        if page_footer(chunk.text) != "copyright-line":
            continue
        # The author's copyright line may stand above the site's own ("© 2021 Site"): the
        # highest one with only footer lines (or the lower copyright line) under it wins.
        if not all(_footer_line(line) for line in chunks[index + 1 : end]):
            break
        top = index
    if top is None:
        return
    for at in range(top, end):
        if chunks[at].role != "dropped":
            chunks[at] = replace(chunks[at], role="dropped", rule="copyright-page-footer")
    above = top - 1
    if above >= first and chunks[above].role == "text" and _date_label_line(chunks[above]):
        chunks[above] = replace(chunks[above], role="dropped", rule="copyright-page-footer")


def _footer_line(chunk: Chunk) -> bool:
    """A line the page's footer may hold: already dropped, or short and no sentence."""
    if chunk.role == "dropped":
        return True
    text = chunk.text.strip()
    return (
        chunk.role == "text"
        and all(len(line) <= _LONGEST for line in chunk.lines)
        and not text.endswith((".", "!", "?", '"', "”", "…"))
    )


def _date_label_line(chunk: Chunk) -> bool:
    """ "Submitted: June 3, 2020": a label a site dates its pages with, and a date."""
    label, colon, value = chunk.text.partition(":")
    return (
        bool(colon)
        and label.strip().lower() in _DATE_LABELS
        and date_line(value.strip()) is not None
    )
