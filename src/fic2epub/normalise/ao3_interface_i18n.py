"""AO3's landmark lines in the languages its interface is offered in.

Rule ``ao3-interface-i18n``: a work page read with AO3's interface in another language
prints the same landmarks in it: the hidden heading over a chapter's text ("Texte du
chapitre" for "Chapter Text", "Texte de l'œuvre :" for "Work Text:") and the pointer to the
notes at the end ("(Voir la fin de l'œuvre pour plus de notes.)"). They are the page's
chrome as the English ones are, and mark the same places.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# The marker over a chapter's or the work's text, lower case, colon and all.
_TEXT_MARKERS = frozenset(
    {
        "chapter text", "work text:", "work text",
        # French, Spanish, Portuguese, German, Italian.
        "texte du chapitre", "texte de l'œuvre :", "texte de l’œuvre :", "texte de l'œuvre",
        "texte de l’œuvre", "texto del capítulo", "texto do capítulo", "kapiteltext",
        "testo del capitolo",
    }
)  # fmt: skip
# The same markers for a chapter alone.
_CHAPTER_MARKERS = frozenset(
    {"chapter text", "texte du chapitre", "texto del capítulo", "texto do capítulo",
     "kapiteltext", "testo del capitolo"}
)  # fmt: skip

# The French pointer's words, as a string the pointer patterns (patterns.py) take in.
FRENCH_POINTER = (
    r"voir\s+la\s+fin\s+(?:de\s+l['’]\s*(?:œuvre|oeuvre)|du\s+chapitre)"
    r"\s+pour\s+(?:plus\s+de\s+|d['’]autres\s+)?notes"
)
_FRENCH_TELLTALE = "oir la fin d"
# Lower-cased literals one of which every pointer holds, English or French.
_TELLTALES = ("ee the end of the", _FRENCH_TELLTALE)
_FRENCH_LONE = lazy(rf"\(?\s*{FRENCH_POINTER}\s*\.?\s*\)?", re.IGNORECASE)


def is_text_marker(text: str) -> bool:
    """Whether a line is AO3's marker over a chapter's or the work's text, in any language."""
    return len(text) <= 30 and text.strip().lower() in _TEXT_MARKERS


def is_chapter_text_marker(text: str) -> bool:
    """Whether a line is AO3's "Chapter Text" marker, in any language."""
    return len(text) <= 30 and text.strip().lower() in _CHAPTER_MARKERS


def has_pointer_telltale(text: str) -> bool:
    """Whether a line may hold AO3's pointer to the end notes (a cheap test before the
    pointer's patterns run)."""
    lower = text.lower()
    return any(telltale in lower for telltale in _TELLTALES)


def is_french_pointer(text: str) -> bool:
    """Whether a whole line is AO3's pointer in French."""
    return _FRENCH_TELLTALE in text.lower() and _FRENCH_LONE.fullmatch(text.strip()) is not None


def points_to_chapter_end(text: str) -> bool:
    """Whether a pointer line sends the reader to the chapter's end, in English or French."""
    lower = text.lower()
    return "end of the chapter" in lower or "fin du chapitre" in lower
