"""Rule ``copyright-page-footer``: a writing site's chapter page ends with the author's
copyright line, and everything under it is the page's.

Sites that host original and fan fiction side by side (Booksie among them) print, under each
chapter's text, the date it was submitted, the author's copyright line ("© Copyright 2021
some_handle. All rights reserved."), then the book's chapter list, a comments widget and the
pager. Copied as text, these read upward from the chapter's end stop at the first line that
is no known chrome (a list entry, "Facebook Comments"); the copyright line says where the
author's part of the page ends.

Other sites print the member's handle in the copyright line, the rights the member granted
the site ("Jo has granted Site.Com, its affiliates and its syndicates non-exclusive rights
to display this work.") and a log-in box ("Username:", "Password:", "Not a Member?",
"Signup right now, for free!"); a closing note above them ends at the copyright line.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.fields import date_line
from fic2epub.normalise.page_footers import page_footer

# The longest line read as a footer line under the copyright line: list entries, buttons.
_LONGEST = 60
# How many lines the footer under the copyright line may run to.
_MOST_LINES = 16
# A date line's labels, as a site prints them over the copyright line.
_DATE_LABELS = ("submitted", "posted", "published", "updated", "last updated")
# The sentence under the copyright line saying what the member let the site do with the work.
_RIGHTS_GRANT = lazy(
    r"\S.{0,60}?\s+(?:has|have)\s+granted\s+.{1,100}?\brights?\s+to\s+"
    r"(?:display|publish|host|show|distribute|archive)\b.{0,60}",
    re.IGNORECASE,
)
# A log-in form's field label alone on its line: the box's lines under it are the site's.
_FORM_LABEL = lazy(r"(?:user\s*name|log\s*in|e-?mail|pass\s*word)\s*:", re.IGNORECASE)


def copyright_page_footer(chunks: list[Chunk], first: int, end: int) -> None:
    """Drop a chapter's closing copyright line, the date line right above it, and the short
    lines under it to the chapter's end.

    Guards: the copyright line is the ``copyright-line`` kind (sign, year, a name, at most a
    sentence about rights); every line under it
    is short and does not end like a sentence, or is the rights the member granted the site,
    or stands in a log-in box under a form's field label; the whole run is the chapter's last
    few lines. A chapter whose last paragraph follows the copyright line keeps everything.
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
        if not _footer_run(chunks[index + 1 : end]):
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


def _footer_run(run: list[Chunk]) -> bool:
    """Whether every line under a copyright line is the page's footer: already dropped, a
    footer line of a known kind, short and no sentence, the rights the member granted the
    site, or a short line of the log-in box that a form's field label opened above it."""
    in_form = False
    for chunk in run:
        if chunk.role == "dropped":
            continue
        text = chunk.text.strip()
        if chunk.role != "text":
            return False
        if _FORM_LABEL.fullmatch(text):
            in_form = True
            continue
        if _RIGHTS_GRANT.fullmatch(text) or page_footer(text) is not None:
            continue  # (a footer line of its own kind: "Printed from https://…")
        if not all(len(line) <= _LONGEST for line in chunk.lines):
            return False
        if not in_form and text.endswith((".", "!", "?", '"', "”", "…")):
            return False
    return True


def _date_label_line(chunk: Chunk) -> bool:
    """ "Submitted: June 3, 2020": a label a site dates its pages with, and a date."""
    label, colon, value = chunk.text.partition(":")
    return (
        bool(colon)
        and label.strip().lower() in _DATE_LABELS
        and date_line(value.strip()) is not None
    )
