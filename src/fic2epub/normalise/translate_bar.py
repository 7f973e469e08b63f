"""A web page read through Google Translate's page translation: the translate bar above it.

A story page opened through the translator (a foreign story read in English) and copied
whole opens with the translator's own lines: the tab's title "Google Translate", the hover
box over each sentence ("Original text", "Rate this translation", "Your feedback will be
used to help improve Google Translate", "Contribute a better translation") and the bar
("Translated from: Spanish", "Show original", "Options", "Turn off for: Spanish"). None of
it is the page's; under it the page reads as it would untranslated.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# A language's name in the bar: "Spanish", "Chinese (Traditional)", "auto-detected".
_LANGUAGE = r"[\w-]{2,20}(?:\s+[\w-]{2,20})?(?:\s*\([\w\s-]{2,30}\))?"
# The lines the translator prints; the ``_TELLS`` among them say it is the translator's bar.
_BAR_LINE = lazy(
    r"google\s+translate|translate|options\s*[▼▾]?|original\s+text|rate\s+this\s+translation"
    r"|your\s+feedback\s+will\s+be\s+used\s+to\s+help\s+improve\s+google\s+translate\.?"
    r"|contribute\s+a\s+better\s+translation|translated\s+by\s+google"
    rf"|(?:translated|translate)\s+(?:from|to|into)\s*:?\s*{_LANGUAGE}"
    rf"|(?:turn\s+off|never\s+translate|always\s+translate)(?:\s+for)?\s*:?\s*{_LANGUAGE}"
    r"|(?:show|view)\s+(?:the\s+)?original(?:\s+(?:text|page))?",
    re.IGNORECASE,
)
# Words only the translator's bar and hover box print: two of them must stand in the block.
_TELLS = (
    "rate this translation",
    "translated from",
    "translated to",
    "show original",
    "improve google translate",
    "contribute a better translation",
    "turn off for",
)
# How far down the text the bar may start (filled lines), and its longest line.
_REACH = 5
_LONGEST = 90


def _bar_line(line: str) -> bool:
    """Whether ``line`` is one of the translator's own lines."""
    return len(line) <= _LONGEST and _BAR_LINE.fullmatch(line) is not None


def translate_bar(text: str) -> str:
    """Rule ``translate-bar``: ``text`` without Google Translate's lines atop a translated
    page (its title, the hover box and the bar: "Original text", "Rate this translation",
    "Translated from: Spanish", "Show original", "Options").

    Guards: a cheap substring test first; the block opens within the first few filled
    lines, runs on only over the translator's own lines (blank lines between them go too),
    and holds two of the lines only the translator prints ("Rate this translation",
    "Translated from: …", "Show original"), so a story's lone "Options" or "Translate" is
    left."""
    head = text[:2000].lower()
    if "translat" not in head and "show original" not in head:
        return text
    lines = text.split("\n")
    filled = 0
    for start, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if _bar_line(stripped):
            return _drop_bar(lines, start) or text
        filled += 1
        if filled >= _REACH:
            break
    return text


def _drop_bar(lines: list[str], start: int) -> str | None:
    """The text without the bar that opens at ``start``, else None (too few tells)."""
    end = start
    tells: set[str] = set()
    for index in range(start, len(lines)):
        stripped = lines[index].strip()
        if not stripped:
            continue
        if not _bar_line(stripped):
            break
        lower = stripped.lower()
        tells.update(tell for tell in _TELLS if tell in lower)
        end = index + 1
    if len(tells) < 2:
        return None
    while end < len(lines) and not lines[end].strip():
        end += 1  # the blank lines under the bar go with it
    return "\n".join([*lines[:start], *lines[end:]])
