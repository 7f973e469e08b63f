"""Heading shapes beyond the one-line "Chapter 1: Title": a title on the line under a bare
"Chapter 1", chapters headed only by a spelled-out number, and headings wrapped in glyphs."""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, Chunks
from fic2epub.normalise.patterns import (
    CHAPTER_RE,
    NUMBER,
    WORD_NUMBER,
    number_value,
    undecorate,
)

# A bare numbered chapter heading, with nothing after its number: "Chapter 1", "CHAPTER TWO".
_BARE_CHAPTER = lazy(
    rf"(?:chapter|chap\.?|ch\.|kapitel|chapitre|cap[ií]tulo|capitolo)\s*{NUMBER}\.?",
    re.IGNORECASE,
)
# Sentence punctuation that a chapter title on its own line does not end with.
_SENTENCE_END = (".", ",", ";", ":", '"', "”")
_QUOTES = "\"“”‘’'«»„"


def two_line_headings(chunks: Chunks) -> Chunks:
    """Rule ``title-under-heading``: a bare "Chapter 1" line with the chapter's title on the
    very next line ("An Invitation"), as FanFiction.Net's downloaders write them. The two
    lines are one heading, "Chapter 1: An Invitation".

    The title line must follow with no blank line between, be short, start with a capital,
    not end like a sentence, and have a blank line after it, so the first line of prose
    written straight under a heading stays prose.
    """
    marked = list(chunks)
    for index, chunk in enumerate(marked[:-2]):
        if chunk.role != "heading" or len(chunk.lines) != 1:
            continue
        core = undecorate(chunk.text)
        if not _BARE_CHAPTER.fullmatch(core):
            continue
        title, after = marked[index + 1], marked[index + 2]
        if title.gap != 0 or after.gap == 0 or title.role != "text" or not _title_line(title):
            continue
        marked[index] = replace(chunk, value=f"{core.rstrip('.')}: {title.text}")
        marked[index + 1] = replace(title, role="dropped", rule="title-under-heading")
    return tuple(marked)


def _title_line(chunk: Chunk) -> bool:
    """A short line that reads as a title, not as a sentence."""
    text = chunk.text
    if len(chunk.lines) != 1 or not 0 < len(text) <= 70 or len(text.split()) > 10:
        return False
    if text[:1] in _QUOTES or not text[:1].isupper():
        return False
    return not text.endswith(_SENTENCE_END) and not CHAPTER_RE.match(text)


# A spelled-out number alone on a line: "One", "TWO", "Twenty-One".
_SPELLED = lazy(WORD_NUMBER, re.IGNORECASE)


def spelled_number_headings(chunks: Chunks) -> Chunks:
    """Rule ``spelled-number-sequence``: lone lines "One", "Two", "Three" counting up from
    one are the chapters' headings, in a story with no other chapter headings.

    Each must be a paragraph of its own, capitalised, and the numbers must run 1, 2, 3…
    without a gap, so a lone "One." of dialogue or a stray number word stays text.
    """
    if any(chunk.role == "heading" for chunk in chunks):
        return chunks
    found: list[tuple[int, int]] = []
    for index, chunk in enumerate(chunks):
        text = chunk.text.strip()
        if chunk.role != "text" or len(text) > 16 or not text[:1].isupper():
            continue
        if len(chunk.lines) != 1 or chunk.continues or not _SPELLED.fullmatch(text):
            continue
        number = number_value(text)
        if number is not None:
            found.append((index, number))
    numbers = [number for _, number in found]
    if len(numbers) < 2 or numbers != list(range(1, len(numbers) + 1)):
        return chunks
    marked = list(chunks)
    for index, _ in found:
        marked[index] = replace(marked[index], role="heading", rule="spelled-number-sequence")
    return tuple(marked)


# Glyphs that wrap a heading on both sides: "~*~ Chapter 1 ~*~", "-= Epilogue =-", "** 3 **".
_GLYPHS = r"~*=+•·#_<>|–—\-"
_WRAPPED = lazy(rf"[{_GLYPHS}]{{1,6}}\s*(?P<core>[^{_GLYPHS}\s].*?)\s*[{_GLYPHS}]{{1,6}}")


def heading_title(text: str) -> str:
    """Rule ``wrapped-heading``: a heading's title without the glyphs that wrap it on both
    sides ("~*~ Chapter 1: The Wager ~*~" gives "Chapter 1: The Wager"). A heading marked on
    one side only (Markdown's "## Chapter 1") loses its marks; brackets and a title's own
    closing punctuation are kept. A bare number ("~ 1 ~") is kept as written: the glyphs are
    all that makes it a heading."""
    stripped = text.strip()
    found = _WRAPPED.fullmatch(stripped)
    if found is not None and sum(c.isalpha() for c in found.group("core")) >= 2:
        return found.group("core")
    return stripped.lstrip("#").strip() or stripped
