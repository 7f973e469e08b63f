"""Rule ``illustration-credit``: a zine's or a page's line crediting the picture beside a
story, "[illustration by M. Dray]", "Illos by Pat Quill", "(cover art: Jo Vance)".

A printed zine set the artist's credit under the story's title and byline; an OCR or a
saved page keeps it as a line of its own. The artist drew the picture, not the story, so
the line is the page's furniture: not a byline, a summary or a note.

Guards: the whole line is the credit, bracketed or not: a word for a picture
("illustration", "illo", "art", "artwork", "cover", "drawing"), then "by" or a colon, then
one to four names; no sentence mark after them, so "Art by the yard was cheap that year."
stays prose.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# The longest credit line.
_LONGEST = 80
_ART_CREDIT = lazy(
    r"(?P<open>[\[(]\s*)?"
    r"(?:(?:cover|interior|title)\s+)?(?:illustrations?|illos?|art(?:work)?|drawings?|pictures?)"
    r"\s*(?:by\b|:)\s*"
    r"[\w.'’-]+(?:\s+(?:and\s+|&\s+)?[\w.'’-]+){0,3}"
    r"(?(open)\s*[\])])",
    re.IGNORECASE,
)


def art_credit(text: str) -> bool:
    """Whether ``text`` is a line crediting a story's picture (see the module)."""
    line = text.strip()
    if len(line) > _LONGEST or "\n" in line:
        return False
    if line.endswith((".", "!", "?")) and not line[-2:-1].isupper():
        return False  # a sentence's end; an initial's full stop ("M. Dray.") is no sentence
    return _ART_CREDIT.fullmatch(line) is not None
