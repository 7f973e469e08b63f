"""German headings that put the ordinal before the word: "Erstes Kapitel", "Zweiter Teil".

German books and the writers who follow them head chapters "Erstes Kapitel: Die Briefe",
parts "Erster Teil" and books "Drittes Buch", the ordinal first and declined, where English
writes "Chapter One". :func:`german_ordinal_heading` reads such a line's kind and number;
``match_heading`` asks it before its own patterns.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# The ordinals one to twelve by value, as stems; "siebtes" is also written "siebentes".
_STEMS = (
    "erst",
    "zweit",
    "dritt",
    "viert",
    "fünft",
    "sechst",
    "sieb(?:en)?t",
    "acht",
    "neunt",
    "zehnt",
    "elft",
    "zwölft",
)
_STEM_RES = tuple(lazy(stem, re.IGNORECASE) for stem in _STEMS)
# Rule ``german-ordinal-heading``: the declined ordinal ("Erstes", "Erster", "Erste"), the
# chapter, part or book word, and an optional title after a colon, a dash or a stop, or
# after a space when it starts with a capital or a quotation mark. "Erstes Kapitel war
# langweilig" has a lower-case word after the heading word and stays prose.
_HEADING = lazy(
    r"(?P<num>(?i:" + "|".join(_STEMS) + r")e[srn]?)\s+"
    r"(?P<word>(?i:kapitel|teil|buch|akt|abschnitt))"
    r"(?:\s*[:.\-–—]+\s*(?P<title>\S.*)|\s+(?P<capital>[\"„“‚'«»A-ZÄÖÜ].*))?"
)
# The first letters the ordinals start with (either case): a cheap test before the pattern.
_FIRSTS = frozenset("ezdvfsanEZDVFSAN")


def german_ordinal_heading(core: str) -> tuple[str, int, str | None] | None:
    """(kind, number, title) of "Erstes Kapitel: Die Briefe" ("chapter", 1, "Die Briefe")
    or "Zweiter Teil" ("part", 2, None); None for any other line."""
    if core[:1] not in _FIRSTS or len(core) > 120:
        return None
    found = _HEADING.fullmatch(core)
    if found is None:
        return None
    stem = found.group("num").lower()
    number = next(i for i, s in enumerate(_STEM_RES) if s.match(stem)) + 1
    kind = "chapter" if found.group("word").lower() in ("kapitel", "abschnitt") else "part"
    return kind, number, found.group("title") or found.group("capital")
