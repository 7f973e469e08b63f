"""Text copied back out of a Kindle reading app, with the citation the app adds to it.

Kindle for PC and for Mac add a citation under every passage copied out of a book or a
"Send to Kindle" document: the author, the title, where the passage was and the edition,
"Vane, Kestrel. The Forest (Kindle Locations 3-118). Kindle Edition." A reader who copies
a story out chapter by chapter pastes one such line after each chapter. It is the app's,
not the story's.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# A span of locations or pages: "3-118", "1,204–1,260", "xii".
_SPAN = r"[\dxivlc,]{1,9}(?:\s*[-–]\s*[\dxivlc,]{1,9})?"
# Rule ``kindle-citation``: the author and title, the place in brackets (English, German,
# French and Spanish apps: Kindle locations, or pages for a book with real page numbers),
# the publisher maybe, and the edition. The place in brackets and the edition at the end
# together are what only the app writes.
_CITATION = lazy(
    r".{1,300}?\((?:kindle\s+locations?|locations?|pp?\.|kindle-positionen?"
    r"|emplacements?\s+du\s+kindle|posici(?:ón|on|ones)\s+en\s+kindle)\s*"
    + _SPAN
    + r"\)\.\s*(?:[^.]{1,120}\.\s*)?"
    r"(?:kindle\s+edition|kindle-version|[ée]dition\s+du\s+kindle|edici[óo]n\s+kindle)\.?",
    re.IGNORECASE,
)


def is_kindle_citation(text: str) -> bool:
    """Rule ``kindle-citation``: the citation line a Kindle app adds under a copied passage."""
    return (
        len(text) <= 500
        and "indle" in text[-30:]  # the cheap test first: the edition ends the line
        and "(" in text
        and _CITATION.fullmatch(text.strip()) is not None
    )
