"""Rule ``challenge-theme-headings``: a theme table's entries, each headed by its theme.

A writer working through a numbered challenge table ("100 Themes", "50 prompts") posts a
few entries at once, each under the theme's number and name: "Theme 23: Mirror", "Theme
47: Ink", "Prompt #12 - Rain". Each entry is a piece of its own, a chapter titled as
written. The numbers are the table's, not the story's: they climb but skip and seldom start
at one, so the rule that reads "Day 1", "Day 2" as headings (which asks them to count from
one, or on by one) does not take them.

Only lines that are the word "Theme" or "Prompt", a number, a separator and a title that
reads as a name (a few words in title case, no sentence's end), each set apart by a blank
line above where the file has blank lines at all; two such lines at least, their numbers
climbing, story text under each, and no chapter heading found by any other rule. So a
writer's "Prompt 3: write about rain." in a note and a list of prompts stay as they are.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, Chunks, story_under_each
from fic2epub.normalise.heading_lines import spaced_title

_THEME_LINE = lazy(
    r"(?:Theme|THEME|Prompt|PROMPT)\s+#?(?P<number>\d{1,3})\s*[:.\-–—]\s*(?P<title>\S.{0,60})"
)
# Rule ``padded-theme-headings``: a table's entry numbered as the table numbers it, padded
# with zeros to the table's width ("001. Beginnings", "058. Grammar" in a fanfic100 table;
# "07 - Rain" in a fifty-prompt one).
_PADDED_LINE = lazy(r"#?(?P<number>\d{2,3})\s*[:.\-–—)]\s*(?P<title>\S.{0,60})")
_PADDED_RULE = "padded-theme-headings"
# The rules that read a heading without numbering chapters: they do not stop this one.
_FRAMING_RULES = frozenset({"named-heading"})


def theme_headings(chunks: Chunks) -> Chunks:
    """Mark a theme table's entry lines as headings (rule ``challenge-theme-headings``)."""
    if not any(
        (chunk.text[:1] in "TP" and chunk.text[:6] in _OPENINGS) or chunk.text[:2] in _PADDED
        for chunk in chunks
    ):
        return chunks  # the cheap test first: no line opens with the table's words
    if any(c.role in ("heading", "part") and c.rule not in _FRAMING_RULES for c in chunks):
        return chunks  # the story has its chapters; these lines are inside them
    blankless = not any(chunk.gap for chunk in chunks)
    found = [
        (index, number)
        for index, chunk in enumerate(chunks)
        if (number := _theme_number(chunk, set_apart=blankless or not index)) is not None
    ]
    if len(found) < 2:
        found = _padded_lines(chunks, blankless)
    indexes = [index for index, _ in found]
    numbers = [number for _, number in found]
    if len(found) < 2 or not all(a < b for a, b in pairwise(numbers)):
        return chunks
    if not story_under_each(chunks, indexes):
        return chunks
    marked = list(chunks)
    for index in indexes:
        rule = "challenge-theme-headings" if chunks[index].text[:1] in "TP" else _PADDED_RULE
        marked[index] = replace(marked[index], role="heading", rule=rule)
    return tuple(marked)


# How a padded number opens: "0" and a digit, or "#0" ("#07").
_PADDED = frozenset({*(f"0{digit}" for digit in "0123456789"), "#0"})


def _padded_lines(chunks: Chunks, blankless: bool) -> list[tuple[int, int]]:
    """The padded entry lines (rule ``padded-theme-headings``) with their numbers, or none.

    Guards, besides the theme lines' own (one line set apart, a title that reads as a
    name): every number has the same width, one at least is padded with a leading zero
    (a writer counting chapters writes "1.", a table's entries keep its "001."), and the
    caller asks them to climb with story text under each."""
    found: list[tuple[int, int, str]] = []
    for index, chunk in enumerate(chunks):
        if chunk.text[:1] not in "0123456789#":
            continue
        number = _theme_number(chunk, set_apart=blankless or not index, pattern=_PADDED_LINE)
        if number is not None:
            digits = chunk.text.strip().lstrip("#")
            found.append((index, number, digits[: len(digits) - len(digits.lstrip("0123456789"))]))
    widths = {len(digits) for _, _, digits in found}
    if len(widths) != 1 or not any(digits.startswith("0") for _, _, digits in found):
        return []
    return [(index, number) for index, number, _ in found]


# How a theme line opens: the word in title case or in capitals, then a space.
_OPENINGS = frozenset({"Theme ", "THEME ", "Prompt", "PROMPT"})


def _theme_number(
    chunk: Chunk, *, set_apart: bool, pattern: re.Pattern[str] | None = None
) -> int | None:
    """The theme's number on a one-line text chunk that heads an entry, else None.
    ``set_apart`` tells that the line needs no blank line above it (the text's first line,
    or a file with no blank lines at all)."""
    if chunk.role != "text" or len(chunk.lines) != 1 or chunk.continues:
        return None
    if not set_apart and chunk.gap < 1:
        return None  # where blank lines set paragraphs apart, a heading has one above
    found = (pattern or _THEME_LINE).fullmatch(chunk.text.strip())
    if found is None:
        return None
    title = found.group("title").strip()
    if title.endswith((".", ",", ";", ":")) or not spaced_title(title):
        return None
    return int(found.group("number"))
