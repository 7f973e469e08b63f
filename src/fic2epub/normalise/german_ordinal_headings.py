"""Headings that put the ordinal before the word: "Erstes Kapitel", "Første kapitel".

German books and the writers who follow them head chapters "Erstes Kapitel: Die Briefe",
parts "Erster Teil" and books "Drittes Buch", the ordinal first and declined, where English
writes "Chapter One". :func:`german_ordinal_heading` reads such a line's kind and number;
``match_heading`` asks it before its own patterns. Danish, Norwegian and Swedish writers do
the same, undeclined: "Første kapitel: Vinduet", "Andra kapitlet", "Tredje del".
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
# Rule ``nordic-ordinal-heading``: Danish, Norwegian and Swedish ordinals one to twelve by
# value ("første", "andet"/"annen"/"andra", "tredje"…), before "kapitel"/"kapittel"/
# "kapitlet" or the part word "del"/"delen"; the title as in German.
_NORDIC = (
    "første|forste|första",
    "andet|annet|annen|andre|andra",
    "tredje",
    "fjerde|fjärde",
    "femte",
    "sjette|sjätte",
    "syvende|sjuende|sjunde",
    "ottende|åttende|åttonde",
    "niende|nionde",
    "tiende|tionde",
    "ellevte|elfte",
    "tolvte|tolfte",
)
_NORDIC_VALUES = {word: i + 1 for i, words in enumerate(_NORDIC) for word in words.split("|")}
_NORDIC_HEADING = lazy(
    r"(?P<num>(?i:" + "|".join(_NORDIC) + r"))\s+"
    r"(?P<word>(?i:kapit(?:el|tel|let)|del(?:en)?))"
    r"(?:\s*[:.\-–—]+\s*(?P<title>\S.*)|\s+(?P<capital>[\"„“‚'«»A-ZÆØÅÄÖ].*))?"
)
# Rule ``south-slavic-ordinal-heading``: Croatian, Bosnian and Serbian ordinals one to
# twelve by value, neuter before "poglavlje" (chapter: "Prvo poglavlje: Kiša", "Drugo
# poglavlje") and masculine before the part word "dio" ("Prvi dio"); the title as in German.
_SOUTH_SLAVIC = (
    "prvo|prvi",
    "drugo|drugi",
    "treće|trece|treći|treci",
    "četvrto|cetvrto|četvrti|cetvrti",
    "peto|peti",
    "šesto|sesto|šesti|sesti",
    "sedmo|sedmi",
    "osmo|osmi",
    "deveto|deveti",
    "deseto|deseti",
    "jedanaesto|jedanaesti",
    "dvanaesto|dvanaesti",
)
_SOUTH_SLAVIC_VALUES = {
    word: i + 1 for i, words in enumerate(_SOUTH_SLAVIC) for word in words.split("|")
}
_SOUTH_SLAVIC_HEADING = lazy(
    r"(?P<num>(?i:" + "|".join(_SOUTH_SLAVIC) + r"))\s+"
    r"(?P<word>(?i:poglavlje|dio))"
    r"(?:\s*[:.\-–—]+\s*(?P<title>\S.*)|\s+(?P<capital>[\"„“‚'«»A-ZČĆŠŽĐ].*))?"
)
# The first letters the ordinals start with (either case): a cheap test before the pattern.
_FIRSTS = frozenset("ezdvfsanEZDVFSAN")
_NORDIC_FIRSTS = frozenset("fatsoenåFATSOENÅ")
_SOUTH_SLAVIC_FIRSTS = frozenset("pdtčcšsojPDTČCŠSOJ")
# The words after the ordinal, one of which stands in a heading's first characters (the
# longest ordinal is short): a second cheap test, as most prose lines open on those letters.
_NORDIC_WORDS = ("kapit", "del")
_SOUTH_SLAVIC_WORDS = ("poglavlje", "dio")
_GERMAN_WORDS = ("kapitel", "teil", "buch", "akt", "abschnitt")
_HEAD_CHARS = 32


def german_ordinal_heading(core: str) -> tuple[str, int, str | None] | None:
    """(kind, number, title) of "Erstes Kapitel: Die Briefe" ("chapter", 1, "Die Briefe")
    or "Zweiter Teil" ("part", 2, None); None for any other line."""
    if len(core) > 120:
        return None
    head = core[:_HEAD_CHARS].lower()
    if (
        core[:1] in _NORDIC_FIRSTS
        and any(word in head for word in _NORDIC_WORDS)
        and (nordic := _nordic_heading(core)) is not None
    ):
        return nordic
    if (
        core[:1] in _SOUTH_SLAVIC_FIRSTS
        and any(word in head for word in _SOUTH_SLAVIC_WORDS)
        and (slavic := _south_slavic_heading(core)) is not None
    ):
        return slavic
    if core[:1] not in _FIRSTS or not any(word in head for word in _GERMAN_WORDS):
        return None
    found = _HEADING.fullmatch(core)
    if found is None:
        return None
    stem = found.group("num").lower()
    number = next(i for i, s in enumerate(_STEM_RES) if s.match(stem)) + 1
    kind = "chapter" if found.group("word").lower() in ("kapitel", "abschnitt") else "part"
    return kind, number, found.group("title") or found.group("capital")


def _nordic_heading(core: str) -> tuple[str, int, str | None] | None:
    """(kind, number, title) of "Første kapitel: Vinduet" ("chapter", 1, "Vinduet") or
    "Andra delen" ("part", 2, None); None for any other line."""
    found = _NORDIC_HEADING.fullmatch(core)
    if found is None:
        return None
    number = _NORDIC_VALUES[found.group("num").lower()]
    kind = "part" if found.group("word").lower().startswith("del") else "chapter"
    return kind, number, found.group("title") or found.group("capital")


def _south_slavic_heading(core: str) -> tuple[str, int, str | None] | None:
    """(kind, number, title) of "Prvo poglavlje: Polazak" ("chapter", 1, "Polazak") or
    "Drugi dio" ("part", 2, None); None for any other line."""
    found = _SOUTH_SLAVIC_HEADING.fullmatch(core)
    if found is None:
        return None
    number = _SOUTH_SLAVIC_VALUES[found.group("num").lower()]
    kind = "part" if found.group("word").lower() == "dio" else "chapter"
    return kind, number, found.group("title") or found.group("capital")
