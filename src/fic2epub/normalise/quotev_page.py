"""Rule ``quotev-chapter-pages``: Quotev's chapter pages, copied one after another.

Each chapter page of a Quotev story opens with the site's menu ("Quotev", "Home",
"Quizzes", …), the story's card (its title, the fandom and genres line "Gaspard de la Nuit
fanfiction · Horror · Fantasy", the "by name" line, the dates, the counts and the buttons),
the labelled "Description" with the story's summary, its hashtags, and then the story's
title once more over the pager ("‹ Previous · Chapter 1 of 2 · Next ›") and the chapter's
own title. The card is the story's header, given again on every page; the pager and the
title over it are the page's, and the line under the pager is the chapter's title.

The first page's card gives the title, the author and the summary, written out as the
header's fields; every later page's card, the site's menu over it and every pager are
taken out, and the chapter's title is written as a heading.

Guards: the site's name alone on a line opens each page, and the pager with its "Chapter N
of M" closes the card, within a few dozen lines; the chapter's title is one short line, set
apart by blank lines, under the pager, and the story's title stands right over the pager,
the menu a block of its own: a copy laid out otherwise (no blank lines, the chapter's title
over the story's) is left to the part-page rules, as is a file with no such pager, or a
pager with no site line above it.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.line_search import holds
from fic2epub.normalise.patterns import match_heading

# The pager over a chapter: "‹ Previous · Chapter 1 of 2 · Next ›" (the arrows, the dots
# and the outer links may be missing).
_PAGER = lazy(
    r"(?:[‹<«]\s*)?(?:prev(?:ious)?\s*[·•|]\s*)?chapter\s+\d{1,4}\s+of\s+\d{1,4}"
    r"(?:\s*[·•|]\s*next)?(?:\s*[›>»])?",
    re.IGNORECASE,
)
_SITE_LINE = "Quotev"
# How many lines a page's top may run, from the site's name to the pager.
_PAGE_TOP_LINES = 40
# The longest chapter title taken.
_LONGEST_TITLE = 100
_BY = lazy(r"by\s+(?P<name>\S.{0,60})", re.IGNORECASE)
_DESCRIPTION = frozenset({"description", "description:", "summary", "summary:"})


def quotev_chapter_pages(text: str) -> str:
    """``text`` with each Quotev chapter page's top read (see the module's docstring)."""
    # The site's name looked for from the text's capital "Q"s, which prose seldom holds
    # (see line_search), not in a search of the whole text.
    if "hapter" not in text or not holds(text, _SITE_LINE, "Q"):
        return text
    lines = text.split("\n")
    tops = _page_tops(lines)
    card: list[str] | None = None
    if not tops or not all(_this_layout(lines, site, pager) for site, pager in tops):
        found = _unbroken_tops(lines)
        if found is None:
            return text
        tops, card = found
    out: list[str] = []
    done = 0
    for number, (site, pager) in enumerate(tops):
        out.extend(lines[done:site])
        if number == 0:
            out.extend(card if card is not None else _header_fields(lines[site:pager]))
        title_at = _chapter_title(lines, pager)
        if title_at is None:  # cannot be: _this_layout found it
            return text
        if out and out[-1].strip():
            out.append("")
        out.append(f"# {lines[title_at].strip()}")
        done = title_at + 1
    out.extend(lines[done:])
    return "\n".join(out)


def _page_tops(lines: list[str]) -> list[tuple[int, int]]:
    """Each page's top as (the site's line, the pager's line), in order."""
    tops: list[tuple[int, int]] = []
    for index, line in enumerate(lines):
        if line.strip() != _SITE_LINE:
            continue
        for below in range(index + 1, min(len(lines), index + _PAGE_TOP_LINES)):
            stripped = lines[below].strip()
            if stripped == _SITE_LINE:
                break
            if "hapter" in stripped and _PAGER.fullmatch(stripped):
                if not tops or tops[-1][1] < index:
                    tops.append((index, below))
                break
    return tops


# How many lines the card may run from the "By name" line down to the pager.
_BY_TO_PAGER = 4
# The card's genre line under the title: "Story · Zeluco · Historical", "Fandom fanfiction
# · Horror": items between middle dots.
_DOT = "·"


def _unbroken_tops(lines: list[str]) -> tuple[list[tuple[int, int]], list[str]] | None:
    """Rule ``quotev-unbroken-pages``: the pages' tops of a copy with no blank line in them,
    as (where the top starts, the pager's line), and the first card's fields.

    The first page opens with the site's line and its menu; the card's "By name" line
    stands a few lines over the pager, the story's title right over it (or over the genre
    line between them). A later page, copied from the story's title down, opens with that
    title a few lines over its pager, no blank line between. Every pager has its chapter's
    title under it; else None."""
    site = next((i for i, line in enumerate(lines) if line.strip() == _SITE_LINE), None)
    if site is None:
        return None
    reach = min(len(lines), site + _PAGE_TOP_LINES)
    by = next((i for i in range(site + 1, reach) if _BY.fullmatch(lines[i].strip())), None)
    if by is None or by - 1 <= site:
        return None
    pager = next(
        (
            i
            for i in range(by + 1, min(reach, by + 1 + _BY_TO_PAGER))
            if _PAGER.fullmatch(lines[i].strip())
        ),
        None,
    )
    if pager is None or not all(line.strip() for line in lines[site:pager]):
        return None
    title_at = by - 1
    if _DOT in lines[title_at] and title_at - 1 > site:
        title_at -= 1
    title = lines[title_at].strip()
    if not title or len(title) > _LONGEST_TITLE or _DOT in title:
        return None
    tops = [(site, pager)]
    for index in range(pager + 1, len(lines)):
        if "hapter" not in lines[index] or not _PAGER.fullmatch(lines[index].strip()):
            continue
        top = index - 1
        while top > index - 1 - _BY_TO_PAGER and lines[top].strip() and lines[top].strip() != title:
            top -= 1
        if lines[top].strip() != title:
            return None
        tops.append((top, index))
    if not all(_chapter_title(lines, pager) is not None for _, pager in tops):
        return None
    name = _BY.fullmatch(lines[by].strip())
    author = name.group("name").strip() if name else ""
    return tops, [f"Title: {title}", f"Author: {author}", ""]


def _this_layout(lines: list[str], site: int, pager: int) -> bool:
    """Whether a page's top is laid out as this rule reads it: the menu a block of its own,
    the card's first line (the story's title) again right over the pager, and the
    chapter's title under the pager. Other copies of the site's pages (one with no blank
    lines, the chapter's title over the story's) are the part-page rules' to read."""
    blocks = _blocks(lines[site:pager])
    if len(blocks) < 2 or lines[pager - 1].strip() != blocks[1][0]:
        return False
    return _chapter_title(lines, pager) is not None


def _header_fields(top: list[str]) -> list[str]:
    """The title, author and summary fields of the first page's card, as header lines.

    The title is the first line after the menu (the menu is one block of short lines, the
    card the next block); the author is the "by name" line's name; the summary is what
    follows the "Description" label up to a blank line."""
    blocks = _blocks(top)
    fields: list[str] = []
    if len(blocks) >= 2:
        fields.append(f"Title: {blocks[1][0]}")
    for line in top:
        found = _BY.fullmatch(line.strip())
        if found:
            fields.append(f"Author: {found.group('name').strip()}")
            break
    for block in blocks:
        if block[0].lower() in _DESCRIPTION and len(block) > 1:
            fields.append("Summary: " + " ".join(block[1:]))
            break
    return [*fields, ""] if fields else []


def _blocks(lines: list[str]) -> list[list[str]]:
    """The runs of non-blank lines, stripped."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _chapter_title(lines: list[str], pager: int) -> int | None:
    """The chapter title's line under the pager: the next line that is not blank, one short
    line with a blank line (or the end) under it and no sentence's end."""
    below = pager + 1
    while below < len(lines) and not lines[below].strip():
        below += 1
    if below >= len(lines):
        return None
    title = lines[below].strip()
    if len(title) > _LONGEST_TITLE:
        return None
    # A sentence's end rules a line out, unless the line is a heading ("CHAPTER I.").
    if title.endswith((".", ",", ";", ":", "!", "?")) and match_heading(title) is None:
        return None
    if below + 1 < len(lines) and lines[below + 1].strip():
        return None
    return below
