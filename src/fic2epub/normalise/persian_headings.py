"""Persian chapter headings: "بخش اول: تصویر", "فصل دوم", "قسمت ۳ – سفر".

Persian writers (Blogfa and Blogsky blogs, Telegram channels) head chapters with the word
for chapter, section or instalment and then the number, as an ordinal word ("اول" first,
"دوم" second) or in Persian or Western digits. :func:`persian_heading` reads such a line's
number; ``match_heading`` asks it before its own patterns, which read Latin, Greek and
Cyrillic words.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy

# The ordinals one to twelve by value; "first" is "اول" or "یکم".
_ORDINALS = (
    "اول|یکم|نخست",
    "دوم",
    "سوم",
    "چهارم",
    "پنجم",
    "ششم",
    "هفتم",
    "هشتم",
    "نهم",
    "دهم",
    "یازدهم",
    "دوازدهم",
)
_VALUES = {word: i + 1 for i, words in enumerate(_ORDINALS) for word in words.split("|")}
# Rule ``persian-chapter-heading``: "فصل" (chapter), "بخش" (section) or "قسمت" (instalment),
# the ordinal or a figure (\d reads Persian digits too), and an optional title after a colon
# or a dash. The whole line must be that: "بخش اول داستان را خواندم" stays prose.
_HEADING = lazy(
    r"(?:فصل|بخش|قسمت)\s+(?P<num>"
    + "|".join(sorted(_VALUES, key=len, reverse=True))
    + r"|\d{1,3})(?:\s*[:：.\-–—]+\s*(?P<title>\S.*))?"
)
# The first letters of the three words: a cheap test before the pattern.
_FIRSTS = frozenset("فبق")


def persian_heading(core: str) -> tuple[int, str | None] | None:
    """(number, title) of "بخش اول: تصویر" (1, "تصویر"); None for any other line."""
    if core[:1] not in _FIRSTS or len(core) > 120:
        return None
    found = _HEADING.fullmatch(core)
    if found is None:
        return None
    number = found.group("num")
    value = _VALUES.get(number)
    return (value if value is not None else int(number)), found.group("title")
