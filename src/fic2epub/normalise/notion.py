"""Rules ``notion-export`` and ``callout-icon``: what a Notion page's Markdown export adds.

Notion writes a callout block as HTML it leaves in the Markdown: an ``<aside>`` line, the
callout's icon (an emoji) before its first line of text, and an ``</aside>`` line. Writers
keep their author's note in one ("💡 A/N: …"). A sub-page of the page becomes a link line to
the sub-page's own exported file, its path percent-encoded: "[Chapter notes](My%20Story%20
19a3…/Chapter%20notes%20a1b2….md)". The tags and the icon are the export's, and so is the
link (its file is not in the text); the callout's words are the writer's. The steps drop
the icon and empty those lines, so the line count stays the same.
"""

from __future__ import annotations

import re
import unicodedata

from fic2epub.lazy_re import lazy

_OPEN = "<aside>"
_CLOSE = "</aside>"
# A link line to another exported page: relative (no scheme), to a Markdown or CSV file.
_PAGE_LINK = lazy(r"\[[^\[\]]{1,200}\]\((?![a-z][a-z0-9+.-]*:)[^()\s]{1,400}\.(?:md|csv)\)", re.I)
# How many lines a callout may hold before its closing tag.
_MOST_LINES = 40


def callout_icon(text: str) -> str:
    """Rule ``callout-icon``: the text without the icon before each callout's first line.

    A step of its own, before :func:`notion_export` empties the tags, so ``--explain`` sees
    one line rewritten in place."""
    if "<" not in text or _OPEN not in text:
        return text  # "<" first, at memory speed (see line_search)
    lines = text.split("\n")
    for _, close, first in _callouts(lines):
        if first is not None and first < close:
            lines[first] = _without_icon(lines[first])
    return "\n".join(lines)


def notion_export(text: str) -> str:
    """The text without callout tags and without links to sub-pages (see the module). Only
    lines that are a tag, or such a link, alone: a tag inside prose stays."""
    # One character of each mark first, at memory speed (see line_search).
    callout = "<" in text and _OPEN in text
    linked = ")" in text and (".md)" in text or ".csv)" in text)
    if not callout and not linked:
        return text
    lines = text.split("\n")
    if callout:
        for opening, close, _ in _callouts(lines):
            lines[opening] = lines[close] = ""
    if linked:
        for index, line in enumerate(lines):
            stripped = line.strip()
            if stripped[:1] == "[" and _PAGE_LINK.fullmatch(stripped):
                lines[index] = ""
    return "\n".join(lines)


def _callouts(lines: list[str]) -> list[tuple[int, int, int | None]]:
    """Each callout's opening and closing tag lines and its first line of text; a callout
    counts only with its closing tag within a few lines."""
    found: list[tuple[int, int, int | None]] = []
    for index, line in enumerate(lines):
        if line.strip().lower() != _OPEN:
            continue
        close = next(
            (
                i
                for i in range(index + 1, min(len(lines), index + _MOST_LINES))
                if lines[i].strip().lower() == _CLOSE
            ),
            None,
        )
        if close is not None:
            first = next((i for i in range(index + 1, close) if lines[i].strip()), None)
            found.append((index, close, first))
    return found


def _without_icon(line: str) -> str:
    """The line without the emoji (and its joiners and variation selectors) it opens with."""
    stripped = line.lstrip()
    position = 0
    while position < len(stripped) and (
        unicodedata.category(stripped[position]) in ("So", "Sk")
        or stripped[position] in "\u200d\ufe0e\ufe0f"
    ):
        position += 1
    if position == 0:
        return line
    return stripped[position:].lstrip()
