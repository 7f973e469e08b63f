"""Rule ``inkitt-pages``: Inkitt's story page and chapter pages, copied one after another.

Inkitt's story page sets the site's menu ("Inkitt", "Stories", "Genres", …) over the
story's card: its title, the author's name alone under it, the genres, "Age Rating: 16+",
the star rating, a "Summary" heading over the summary, the "Start Reading" button, the
numbered chapter list under "Chapters", and the "Genre:", "Author:" and "Status:" lines.
Each chapter page repeats the story's title and author's name over the chapter's own title
and closes with the site's "Continue Reading Next Chapter", "About Us" and the site's
"reader-powered publisher" paragraph.

The card gives the header's fields (the title, the author, the status and the summary),
written out as such; the rest of the story page, each chapter page's title-and-author pair
and the site's closing lines are taken out (and, under the last chapter's, the site's
recommendations and readers' reviews to the page's end), and the line under the pair, the chapter's
title, is written as a heading.

Guards: the "Start Reading" button in the card, and Inkitt's own closing line under a
chapter; a chapter page's top is exactly the card's title over its author's name, set
apart by blank lines, with one short line under it.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.line_search import holds

_START_BUTTON = "Start Reading"
# The site's closing lines under each chapter page.
_FOOTER = lazy(
    r"continue\s+reading(?:\s+next\s+chapter)?|about\s+us"
    r"|inkitt\s+is\s+the\s+world['’]s\s+first\s+reader-powered\s+publisher\b.*",
    re.IGNORECASE,
)
_FIELD = lazy(r"(?P<label>genre|author|status)\s*:\s*(?P<value>\S.{0,80})", re.IGNORECASE)
# The longest chapter title taken.
_LONGEST_TITLE = 100
# The headings of the site's sections under the last chapter's closing lines: the
# recommendations with readers' reviews, and the review box.
_SECTIONS = frozenset(
    {"further recommendations", "more recommendations", "reviews", "write a review"}
)
# How far down the story page's card may start.
_CARD_REACH = 30


def inkitt_pages(text: str) -> str:
    """``text`` with Inkitt's story page read as the header and its chapter pages' tops
    as headings (see the module's docstring)."""
    # The button looked for from the text's capital "R"s, which prose holds few of (holds).
    if not holds(text, _START_BUTTON, "R") or "reader-powered" not in text:
        return text
    lines = text.split("\n")
    card = _card(lines)
    if card is None:
        return text
    first, button, end, title, author = card
    out = _fields(lines, first, button, end, title, author)
    index = end
    while index < len(lines):
        stripped = lines[index].strip()
        if _chapter_top(lines, index, title, author):
            out.append(f"# {lines[index + 3].strip()}")
            index += 4
            continue
        if stripped and _FOOTER.fullmatch(stripped):
            index += 1
            if _sections_follow(lines, index):
                break  # the site's sections under the last chapter, to the page's end
            continue
        out.append(lines[index])
        index += 1
    return "\n".join(out)


def _sections_follow(lines: list[str], index: int) -> bool:
    """Whether the next line that is not blank heads one of the site's sections under the
    last chapter ("Further Recommendations"), which run to the end of the page."""
    while index < len(lines) and not lines[index].strip():
        index += 1
    return index < len(lines) and lines[index].strip().lower() in _SECTIONS


def _card(lines: list[str]) -> tuple[int, int, int, str, str] | None:
    """The story page's card: its first line, the "Start Reading" button's line, the line
    after the card, the title and the author's name; None when there is none."""
    found = [at for at, line in enumerate(lines[:_CARD_REACH]) if line.strip() == _START_BUTTON]
    if not found:
        return None
    button = found[0]
    first = button
    while first > 0 and lines[first - 1].strip():
        first -= 1
    end = button
    while end < len(lines) and lines[end].strip():
        end += 1
    if button - first < 2:
        return None
    return first, button, end, lines[first].strip(), lines[first + 1].strip()


def _fields(
    lines: list[str], first: int, button: int, end: int, title: str, author: str
) -> list[str]:
    """The header's field lines from the card, after the lines above it (the menu, the
    decoding's byte-order mark) taken out."""
    fields = [f"Title: {title}", f"Author: {author}"]
    summary: list[str] = []
    in_summary = False
    for line in lines[first + 2 : button]:
        stripped = line.strip()
        if stripped.lower() in ("summary", "summary:"):
            in_summary = True
        elif in_summary:
            summary.append(stripped)
    for line in lines[button:end]:
        found = _FIELD.fullmatch(line.strip())
        if found and found.group("label").lower() == "status":
            fields.append(f"Status: {found.group('value').strip()}")
    if summary:
        fields.append("Summary: " + " ".join(summary))
    # The card's blank line under it parts the fields from the story.
    return fields if end >= len(lines) or not lines[end].strip() else [*fields, ""]


def _chapter_top(lines: list[str], index: int, title: str, author: str) -> bool:
    """Whether a chapter page's top starts at ``index``: the story's title over its
    author's name, a blank line, and one short line (the chapter's title) with a blank line
    under it."""
    if index + 3 >= len(lines) or lines[index].strip() != title:
        return False
    if lines[index + 1].strip() != author or lines[index + 2].strip():
        return False
    chapter = lines[index + 3].strip()
    after = lines[index + 4].strip() if index + 4 < len(lines) else ""
    return 0 < len(chapter) <= _LONGEST_TITLE and not after and not chapter.endswith(".")
