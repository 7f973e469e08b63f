"""The line patterns fan fiction uses for headings, notes, bylines, fields and end markers.

Each function looks at one chunk's text alone; the passes decide from context what a match
means (a "Notes:" line in the header, a glyph line between two scenes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Decoration authors put around headings and labels: "~Chapter 1~", "**A/N:**", "[AN]".
_DECOR = "~*=#_+•·<>[](){}|-–— \t"


def undecorate(text: str) -> str:
    """Strip surrounding decoration and markdown emphasis from a short line."""
    stripped = text.strip(_DECOR)
    return stripped if stripped else text.strip()


# --- numbers ------------------------------------------------------------------------------

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_NUMBER = (
    r"(?:(?:" + "|".join(_TENS) + r")(?:[\s-](?:" + "|".join(_UNITS[1:10]) + r"))?"
    r"|" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r"|hundred|first|second|third|last)"
)
# Roman numerals up to 399: "CHAPTER IV", never a word such as "mix" or "did".
ROMAN = r"(?:c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))"
NUMBER = rf"(?:\d{{1,4}}|{WORD_NUMBER}|{ROMAN})"
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def number_value(token: str) -> int | None:
    """The value of "12", "twelve", "twenty-one" or "XII"; None when it is none of those."""
    word = token.lower().replace("-", " ")
    if word.isdigit():
        return int(word)
    parts = word.split()
    if parts and all(p in _UNITS or p in _TENS for p in parts):
        total = 0
        for part in parts:
            total += _UNITS.index(part) if part in _UNITS else 20 + 10 * _TENS.index(part)
        return total
    if word and re.fullmatch(ROMAN, word):
        total, previous = 0, 0
        for char in reversed(word):
            value = _ROMAN_VALUES[char]
            total += -value if value < previous else value
            previous = max(previous, value)
        return total
    return None


# --- chapter and part headings --------------------------------------------------------------

# After the number: punctuation, or a space before a capitalised title ("Chapter 3 The Return");
# the (?-i:…) keeps "Chapter four was…" from matching under IGNORECASE.
_SEP = r"\s*(?:[:.\-–—~|)]+\s*|\s+(?=(?-i:[\"“'‘(A-Z0-9])))"
CHAPTER_RE = re.compile(
    rf"(?P<word>chapter|chap\.?|ch\.|kapitel|chapitre|cap[ií]tulo|capitolo|hoofdstuk|rozdzia[lł])"
    rf"\s*(?P<num>{NUMBER})(?![\w'’])(?:{_SEP}(?P<title>.*))?",
    re.IGNORECASE,
)
NAMED_RE = re.compile(
    r"(?P<word>prologue|prolog|epilogue|epilog|[ée]pilogue|pr[óo]logo|ep[íi]logo|interlude"
    r"|foreword|coda|intermission|omake|bonus\s+chapter|outtakes?)"
    r"(?:\s*(?:[:.\-–—~|]+\s*|\s+(?=(?-i:[\"“'‘A-Z0-9])))(?P<title>.*))?",
    re.IGNORECASE,
)
PART_RE = re.compile(
    rf"(?P<word>part|book|volume|act)\s+(?P<num>{NUMBER})(?![\w'’])(?:{_SEP}(?P<title>.*))?",
    re.IGNORECASE,
)
NUMBERED_RE = re.compile(
    r"[~\-=*#\[(\s]*(?:(?P<num>\d{1,3})\s*[.):\]]?|(?P<roman>[IVXLC]{1,7})\s*[.):\]])[~\-=*#\])\s]*"
)
NUMBERED_TITLE_RE = re.compile(r"(?P<num>\d{1,3})\.\s+(?P<title>[A-Z\"“'‘].{0,70})")


@dataclass(frozen=True, slots=True)
class Heading:
    """A recognised heading: its kind and its number (when it has one)."""

    kind: str  # "chapter", "named" (Prologue…), "part", "numbered"
    number: int | None


def _title_ok(title: str | None) -> bool:
    """A heading's title part: short, and not the rest of a sentence ("Chapter four was…")."""
    if not title:
        return True
    return len(title) <= 100


def match_heading(text: str) -> Heading | None:
    """Recognise "Chapter 1 – Title", "CHAPTER I.", "Ch. 3", "Prologue" and "Part One"."""
    if len(text) > 120:
        return None
    core = undecorate(text)
    for pattern, kind in ((CHAPTER_RE, "chapter"), (PART_RE, "part"), (NAMED_RE, "named")):
        found = pattern.fullmatch(core)
        if found and _title_ok(found.group("title")):
            number = number_value(found.group("num")) if "num" in pattern.groupindex else None
            if kind != "named" and number is None:
                continue
            return Heading(kind, number)
    return None


def match_numbered(text: str) -> int | None:
    """The number of a bare numbered heading ("1.", "~ 2 ~", "3. A Title"), else None."""
    if len(text) > 80:
        return None
    found = NUMBERED_RE.fullmatch(text) or NUMBERED_TITLE_RE.fullmatch(text)
    if found is None:
        return None
    if found.groupdict().get("roman"):
        return number_value(found.group("roman"))
    return int(found.group("num"))


# --- author's notes -----------------------------------------------------------------------

NOTE_RE = re.compile(
    r"[\s(\[*_~]*"
    r"(?P<label>"
    # Italian (EFP): "Note dell'autrice", "Nota dell'autore"; before "notes?", its prefix.
    r"not[ae]\s+dell['’]\s*(?:autrice|autore)"
    # French, before "notes?" too: "Note de l'auteure :" is one label.
    r"|note\s+de\s+l['’]\s*(?:auteure?|autrice)"
    r"|(?:chapter\s+)?(?:end\s+)?notes?|chapter\s+summary"
    r"|author['’]?s?['’]?\s*(?:notes?|n/?\s*s?)|authors?['’]?\s+notes?"
    r"|a\s*/\s*n\s*\d*|(?-i:AN)\s*\d*|a\.\s?n\.|(?-i:A N)"
    r"|translator['’]?s?['’]?\s*notes?|t/n|beta['’]?s?['’]?\s*notes?"
    r"|(?:a|author)\s*['’]?s?\s*note\s*\d*|afterword|edit\s*\d*|nachwort|vorwort"
    r"|anmerkung(?:\s+de[rs]\s+autor(?:in)?)?|nda|n\.d\.a\."
    r"|nota\s+de(?:l)?\s+autora?|(?-i:N/A)"
    r")"
    r"(?P<who>\s*\([^)]{1,40}\))?"
    r"[*_~\])]*(?P<sep>\s*[:\-–—.]+[*_~]*\s*|\s+|$)"
    r"(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)
_NEEDS_SEPARATOR = re.compile(
    r"(?:chapter\s+)?(?:end\s+)?notes?|chapter\s+summary|an\s*\d*|edit\s*\d*|afterword|nda|n/a"
    r"|nachwort|vorwort",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class NoteLabel:
    """A note's label as written and the text that follows it on the same line."""

    label: str
    rest: str


def match_note(text: str) -> NoteLabel | None:
    """Recognise a note label at the start of a paragraph ("A/N:", "AN1:", "Author Notes:")."""
    found = NOTE_RE.match(text)
    if not found:
        return None
    label = found.group("label").strip()
    sep = found.group("sep")
    rest = found.group("rest").strip()
    if _NEEDS_SEPARATOR.fullmatch(label) and not (":" in sep or not rest or "-" in sep):
        # "Notes on the war were…" and "AN hour later…" are prose, not labels.
        return None
    if not sep.strip() and rest and label.lower().startswith("note"):
        return None
    who = (found.group("who") or "").strip()
    opener = text.lstrip()[:1]
    closer = {"(": ")", "[": "]"}.get(opener, "")
    if closer and rest.endswith(closer) and rest.count(opener) < rest.count(closer):
        rest = rest[:-1].rstrip()  # "(A/N: …)" or "[A/N: …]" written as one bracketed aside
    return NoteLabel(f"{label} {who}".strip() if who else label, rest)


# A plea for reviews on its own at the very end: author talk without a label.
REVIEW_PLEA_RE = re.compile(
    r"(?:please\s+)?(?:r\s?&\s?r|read\s+(?:and|&)\s+review|review|comment|vote(?:\s+(?:and|&)\s+"
    r"(?:comment|review))?|reviews?\s+(?:are|is)\s+"
    r"(?:love|appreciated|welcome)|thanks?\s+(?:you\s+)?for\s+reading|let\s+me\s+know\s+what\s+"
    r"you\s+think|kudos\s+and\s+comments\s+(?:are\s+)?(?:love|appreciated|welcome))"
    r"(?:\s*(?:please|pretty\s+please|plz|pls))?[\s!.?~:)(^<3]*",
    re.IGNORECASE,
)
POINTER_RE = re.compile(
    r"\(?\s*see the end of the (?:chapter|work) for (?:more )?notes\.?\s*\)?", re.IGNORECASE
)

# --- header lines ----------------------------------------------------------------------------

FIELD_RE = re.compile(
    r"[*_]*(?P<key>[A-Za-z\u00c0-\u024f][\w'’()/&,\- ]{0,38}?)[*_]*\s*:[*_]*(?:\s+|$)(?P<value>.*)",
    re.DOTALL,
)
DASH_FIELD_RE = re.compile(r"(?P<key>[A-Z][\w'’ ]{0,30}?)\s+[-–—]\s+(?P<value>\S.*)")
BYLINE_RE = re.compile(
    r"(?:(?:(?:an?\s+(?:[^\s].{0,50}?\s+)?)?(?:fic|fanfic|fanfiction|story|one-?shot|drabble"
    r"|ficlet|poem)\s+|written\s+)?by"
    # Rule ``foreign-byline``: "written by" in other languages ("Fanfiction écrite par X",
    # "Escrita por X", "Geschrieben von X"). Only with the verb: a bare "par"/"por"/"von"
    # opens ordinary sentences ("Por favor…", "Par la fenêtre…").
    r"|(?:(?:fic|fanfic|fanfiction|histoire|história|historia|storia|verhaal)\s+)?"
    r"(?:écrite?s?\s+par|escrit[ao]s?\s+por|geschrieben\s+von|scritt[ao]\s+da"
    r"|geschreven\s+door|napisane?\s+przez|skrevet\s+af|skriven\s+av|skrevet\s+av))"
    r"\s*[:\-–—]?\s*(?P<names>.*)",
    re.IGNORECASE,
)
TITLE_BY_RE = re.compile(
    r"(?P<title>[\"“][^\"“”]{1,80}[\"”]|[^\"“”]{1,80}?)\s*[,\-–—]?\s+by\s*:?\s+(?P<names>[^.!?,;]{1,60})"
)
COAUTHOR_RE = re.compile(
    r"(?:co-?written\s+with|co-?authored\s+(?:with|by)|with|and|&|co-?author\s*:?)\s+(?P<names>.+)",
    re.IGNORECASE,
)
FFN_INFO_RE = re.compile(r"Rated:\s*(?:Fiction\s+)?(?P<rating>K\+?|T|M|MA)\s*-\s*(?P<rest>.+)")
AO3_POSTED_RE = re.compile(
    r"Posted originally on the (?P<site>.+?) at (?P<url>\S+?)\.?$", re.IGNORECASE
)
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"“”]+", re.IGNORECASE)


def urls_in(text: str) -> list[re.Match[str]]:
    """The addresses in ``text``, found by :data:`URL_RE`.

    The substring test first spares nearly every paragraph the search, which has no literal
    to look for and so tries each position of the text.
    """
    if "://" not in text and "ww." not in text.lower():
        return []
    return list(URL_RE.finditer(text))


END_RE = re.compile(
    r"(?:the\s+end|end|fin|finis|finite|tbc|t\.\s?b\.\s?c\.?|to\s+be\s+continued"
    r"|(?:the\s+)?end\s+of\s+(?:chapter|part|story)(?:\s+\w+)?|end\s+chapter(?:\s+\w+)?"
    r"|owari|complete|continued\s+in\s+(?:the\s+)?next\s+chapter|ende|fine|fim"
    r"|fortsetzung\s+folgt|[àa]\s+suivre|continuar[áa])"
    r"[\s.!…?~*-]*",
    re.IGNORECASE,
)


def match_end_marker(text: str) -> bool:
    """Recognise "The End", "fin", "~fin~", "TBC", "To be continued…"."""
    return len(text) <= 60 and bool(END_RE.fullmatch(undecorate(text)))
