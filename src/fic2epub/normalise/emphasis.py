"""Pass ``emphasis``: ``*italic*``, ``_italic_``, ``**bold**``, ``__bold__``, ``/italic/`` and
``//italic//``.

Markers count only where they open after a space or punctuation and close before one, so
snake_case handles, "and/or", dates, fractions and URLs stay plain text.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.model import Emph, Inline, Strong, Text
from fic2epub.normalise.patterns import urls_in

_OPEN = r"(?:^|(?<=[\s(\[\"“‘'—–-]))"
_CLOSE = r"(?=$|[\s)\].,;:!?\"”’'—–…-])"
# Slashes open only after a space, "(" or an opening quote: never after ":" ("https://")
# or a word ("and/or").
_SLASH_OPEN = r"(?:^|(?<=[\s(\"“‘]))"
_RULES: tuple[tuple[re.Pattern[str], type[Emph] | type[Strong]], ...] = (
    (lazy(_OPEN + r"\*\*(?=\S)(?P<body>.+?)(?<=\S)\*\*" + _CLOSE), Strong),
    (lazy(_OPEN + r"__(?=\S)(?P<body>.+?)(?<=\S)__" + _CLOSE), Strong),
    (lazy(_OPEN + r"\*(?=[^\s*])(?P<body>[^*]+?)(?<=[^\s*])\*" + _CLOSE), Emph),
    (lazy(_OPEN + r"_(?=[^\s_])(?P<body>[^_]+?)(?<=[^\s_])_" + _CLOSE), Emph),
    # Rule ``double-slash-italic``: "//italic//", the italic of Zim, DokuWiki and Creole wiki
    # pages. Letters inside and no slash within (so "//server/share//" is a path); it opens
    # after a space or an opening quote (never after ":", so a "scheme://" stays), and it is
    # tried before "/italic/" so the doubled marks are not read as text round a single-slash
    # span.
    (
        lazy(_SLASH_OPEN + r"//(?=[^\s/])(?P<body>[^/]*?[^\W\d_][^/]*?)(?<=[^\s/])//" + _CLOSE),
        Emph,
    ),
    # "/italic/": letters inside, no other slash, not a path, date or fraction.
    (
        lazy(_SLASH_OPEN + r"/(?=[^\s/\d])(?P<body>[^/]*?[^\W\d_][^/]*?)(?<=[^\s/])/" + _CLOSE),
        Emph,
    ),
)


def emphasis(text: str) -> tuple[Inline, ...]:
    """Split text into inline runs, turning emphasis markers into Emph and Strong."""
    if not _has_marker(text):
        # Most paragraphs have no marker at all. Then no rule can match, neither around a URL
        # nor anywhere else, and the runs the loop below would make (the URLs and the text
        # between them) are all Text, which _merge joins back into the whole text.
        return (Text(text=text),) if text else ()
    result: list[Inline] = []
    position = 0
    for found in urls_in(text):
        result.extend(_parse(text[position : found.start()]))
        result.append(Text(text=found.group()))
        position = found.end()
    result.extend(_parse(text[position:]))
    return _merge(result)


def _has_marker(text: str) -> bool:
    """Whether ``text`` holds a character some emphasis rule opens with (``*``, ``_``, ``/``).

    Three substring tests, each a fast scan in C, cost far less than one pass of a
    character-class pattern over the text.
    """
    return "*" in text or "_" in text or "/" in text


def _parse(text: str) -> list[Inline]:
    """Split on the earliest emphasis span, repeatedly; nested spans are parsed inside.

    Each rule's next match is remembered and searched again only once the scan has passed
    it, so a long paragraph with many spans stays linear rather than quadratic.
    """
    if not _has_marker(text):
        return [Text(text=text)]
    result: list[Inline] = []
    position = 0
    upcoming: dict[int, re.Match[str] | None] = {}
    while position < len(text):
        best: tuple[re.Match[str], type[Emph] | type[Strong]] | None = None
        for rule, (pattern, kind) in enumerate(_RULES):
            found = upcoming.get(rule)
            if rule not in upcoming or (found is not None and found.start() < position):
                found = upcoming[rule] = pattern.search(text, position)
            if found and (best is None or found.start() < best[0].start()):
                best = (found, kind)
        if best is None:
            break
        found, kind = best
        result.append(Text(text=text[position : found.start()]))
        result.append(kind(children=_merge(_parse(found.group("body")))))
        position = found.end()
    result.append(Text(text=text[position:]))
    return result


def _merge(inlines: list[Inline]) -> tuple[Inline, ...]:
    """Drop empty text runs and join neighbouring ones."""
    merged: list[Inline] = []
    for inline in inlines:
        if isinstance(inline, Text):
            if not inline.text:
                continue
            if merged and isinstance(merged[-1], Text):
                merged[-1] = Text(text=merged[-1].text + inline.text)
                continue
        merged.append(inline)
    return tuple(merged)
