"""A story page's row of chips under its description: rating, genres, status and counts.

Archives (Fanfictions.fr, many small multi-fandom sites) print under a story's description
one line of unlabelled chips set apart by middle dots or bars ("Teen · Drama, Romance ·
Complete · 2 chapters · 1,150 words"), and under it the dates ("Published 14/02/2020 ·
Updated 21/02/2020"). They are the page's; the description above them is the summary.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# The marks between chips: a middle dot, a bullet or a bar, with spaces around it.
_CHIP_SEPARATOR = lazy(r"\s+[·•|]\s+")
# A count chip: "2 chapters", "1 150 mots", "12,400 words", "3 capítulos".
_COUNT_CHIP = lazy(
    r"\d[\d,.\s\u00a0\u202f]{0,12}\s*"
    r"(?:chapters?|chapitres?|words|mots|capítulos?|capitulos?|palabras|palavras|kapitel"
    r"|wörter|capitoli|parole|parts|parties|partes)",
    re.IGNORECASE,
)
# A dated chip: a label of a few words ("Published", "Publiée le", "Mise à jour le") and a
# numeric date or one with a year.
_DATED_CHIP = lazy(
    r"[^\W\d_][^\W\d_'’]*(?:\s+[^\W\d_]+){0,3}\s*:?\s+"
    r"(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|(?=[^\d]{0,20}\d)[^\d].{0,20}\b(?:1[89]|20)\d{2})",
)
# The longest chip.
_CHIP = 40


def chips_line(text: str) -> bool:
    """Rule ``story-chips-line``: three chips at least, each a few words with no sentence
    end, one of them a count of chapters or words."""
    if len(text) > 200 or ("·" not in text and "|" not in text and "•" not in text):
        return False
    items = _CHIP_SEPARATOR.split(text.strip())
    if len(items) < 3 or any(not item or len(item) > _CHIP for item in items):
        return False
    if any(item.endswith((".", "!", "?", ",")) for item in items):
        return False
    return any(_COUNT_CHIP.fullmatch(item) for item in items)


def dates_line(text: str) -> bool:
    """Rule ``story-dates-line``: a line of labelled dates only ("Published 14/02/2020 ·
    Updated 21/02/2020"), under the chips."""
    if len(text) > 120 or not any(c.isdigit() for c in text):
        return False
    items = _CHIP_SEPARATOR.split(text.strip())
    return all(len(item) <= _CHIP + 10 and _DATED_CHIP.fullmatch(item) for item in items)
