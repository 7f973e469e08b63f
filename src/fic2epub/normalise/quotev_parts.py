"""Rule ``quotev-part-pages``: the Quotev app's part pages, copied after the story's page.

The app heads each part's page with its count, the part's title and the story's title,
one per line: "Part 1 of 2" / "The Relatives" / "The Will Is in the Teapot". The count
and the story's title are the page's; the line between them is the part's title, written
out as a heading. A "Next: Part 2 of 2" link at the foot of a part is the page's too.

Guards: the site's name alone on a line opens the copy, and its card gives the story's
title right over the "by name" line; a count is read only with the story's title on the
second line under it, and the part's title between them is one short line with no
sentence's end. A copy laid out otherwise is left to ``quotev-chapter-pages``.

Rule ``quotev-paragraph-comments``: in such a copy, a "Comment (3)" line between two
paragraphs is the app's count of the comments on the paragraph above, and is taken out.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.line_search import holds

_SITE_LINE = "Quotev"
# How many lines the card may run from the site's name to the "by name" line.
_CARD_LINES = 12
_BY = lazy(r"by\s+\S.{0,60}", re.IGNORECASE)
# A part's count: "Part 1 of 2", "Chapter 3 of 5"; after "Next:" it is a link.
_COUNT = lazy(r"(?:next\s*:?\s*)?(?:part|chapter)\s+\d{1,4}\s+of\s+\d{1,4}", re.IGNORECASE)
_NEXT = lazy(r"next\b", re.IGNORECASE)
# The app's comment count under a paragraph: "Comment (3)", "Comments (12)".
_PARAGRAPH_COMMENTS = lazy(r"comments?\s*\(\s*\d{1,5}\s*\)", re.IGNORECASE)
# The longest part title taken.
_LONGEST_TITLE = 100


def quotev_part_pages(text: str) -> str:
    """``text`` with each part page's count and story title taken out and the part's title
    written as a heading (see the module's docstring)."""
    if " of " not in text or not holds(text, _SITE_LINE, "Q"):
        return text
    lines = text.split("\n")
    title = _story_title(lines)
    if title is None:
        return text
    out: list[str | None] = list(lines)
    found = False
    for index, line in enumerate(lines):
        stripped = line.strip()
        if stripped[:1] not in _COUNT_STARTS:
            continue
        if _between_paragraphs(lines, index) and _PARAGRAPH_COMMENTS.fullmatch(stripped):
            out[index] = None
            continue
        if not _COUNT.fullmatch(stripped):
            continue
        if _NEXT.match(stripped):
            out[index] = ""
            continue
        if index + 2 >= len(lines) or lines[index + 2].strip() != title:
            continue
        part = lines[index + 1].strip()
        if not part or len(part) > _LONGEST_TITLE or part.endswith((".", ",", ";", "!", "?")):
            continue
        out[index : index + 3] = ["", f"# {part}", ""]
        found = True
    return "\n".join(line for line in out if line is not None) if found else text


# The first letters of a count, a "Next:" link or a comment count.
_COUNT_STARTS = frozenset("PpCcNn")
# A paragraph's least length, around a comment count.
_PARAGRAPH = 30


def _between_paragraphs(lines: list[str], index: int) -> bool:
    """Whether the lines right over and under ``index`` are both paragraphs of prose."""
    if index == 0 or index + 1 >= len(lines):
        return False
    return all(len(lines[at].strip()) >= _PARAGRAPH for at in (index - 1, index + 1))


def _story_title(lines: list[str]) -> str | None:
    """The card's story title: the line right over the "by name" line, a few lines under
    the site's name; None when the copy opens otherwise."""
    site = next((i for i, line in enumerate(lines) if line.strip() == _SITE_LINE), None)
    if site is None:
        return None
    for index in range(site + 2, min(len(lines), site + _CARD_LINES)):
        if _BY.fullmatch(lines[index].strip()):
            title = lines[index - 1].strip()
            return title or None
    return None
