"""Rule ``page-links-footer``: under a chapter page's own links, the rest is the site's.

An archive's chapter page ends with its pager ("Next Chapter", "« Prev"), its tabs or review
links, and then the site's own footer: a stock disclaimer in the archive's words ("The
authors own nothing…"), a line about the site, its copyright. Copied as text, the footer's
sentences read like a paragraph of the author's, and land in the closing note or in the
story. The pager says the story's part of the page is over: a paragraph under it is the
site's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chrome import is_site_chrome, lone_button_among_chrome
from fic2epub.normalise.chunks import Chunk, is_glyph_line
from fic2epub.normalise.notes import is_disclaimer_field
from fic2epub.normalise.patterns import match_end_marker, match_heading, match_note
from fic2epub.normalise.pleas import closing_plea

# A pager's link, opened by its arrow or its word: "« Prev", "< Previous Chapter", "Next
# Chapter", "[<< Previous]   Chapter 2 of 2", "Previous | Next".
_PAGER_WORD = lazy(r"[«‹<←\[(]*\s*(?:prev(?:ious)?|next)\b", re.IGNORECASE)
# The arrows a pager's button opens with; a bare word needs more of the page's links by it.
_ARROWS = "«‹<←["
# How many of the chapter's last lines (not dropped already) are looked at.
_REACH = 8
# How many of the site's paragraphs may stand under the links.
_FOOTER_PARAGRAPHS = 3


def links_footer(chunks: list[Chunk], first: int, end: int) -> None:
    """Rule ``page-links-footer``: the site's own paragraphs under a chapter page's pager
    among the chapter's last lines are dropped; the links themselves, and the lines the
    closing rules know (buttons, a hit counter, a mail footer), are left to those rules.

    Guards: the pager is a whole line of the site's chrome that opens with its arrow ("«
    Prev") or, as a bare "Next Chapter" might be an author's line over a preview, has more
    of the page's links right under it (the archive's tabs); under it stand only chrome
    and one to three paragraphs, none an author's note label, a plea, a disclaimer, an end
    marker, a heading or a break. Where the author's word may be under the links, nothing
    is dropped.
    """
    tail = _tail(chunks, first, end)
    for position, index in enumerate(tail):
        if not _pager_link(chunks, index, end):
            continue
        footer = [
            i
            for i in tail[position + 1 :]
            if chunks[i].role != "dropped" and not _chrome(chunks, i, first)
        ]
        if not 0 < len(footer) <= _FOOTER_PARAGRAPHS:
            continue
        if all(_site_paragraph(chunks[i]) for i in footer):
            for i in footer:
                chunks[i] = replace(chunks[i], role="dropped", rule="page-links-footer")
        return


def _chrome(chunks: list[Chunk], index: int, first: int) -> bool:
    """A line of the page's links: chrome, or a lone button beside chrome ("Top")."""
    text = chunks[index].text
    before = [c.text for c in chunks[max(first, index - 2) : index]]
    return is_site_chrome(text) or lone_button_among_chrome(text, before)


def _tail(chunks: list[Chunk], first: int, end: int) -> list[int]:
    """The chapter's last lines, in order: back to the ``_REACH``-th one not dropped yet
    (lines dropped already, such as a pager an earlier pass took, are among them)."""
    found: list[int] = []
    kept = 0
    for index in range(end - 1, first - 1, -1):
        found.append(index)
        if chunks[index].role != "dropped":
            kept += 1
            if kept == _REACH:
                break
    return found[::-1]


def _pager_link(chunks: list[Chunk], index: int, end: int) -> bool:
    """Whether the line is the page's pager: chrome that opens with an arrow and a pager's
    word, or with the bare word when more of the page's links stand right under it."""
    text = chunks[index].text.strip()
    if len(text) > 120 or _PAGER_WORD.match(text) is None or not is_site_chrome(text):
        return False
    if text[:1] in _ARROWS:
        return True
    if index + 1 >= end:
        return False
    under = chunks[index + 1]
    return under.role == "dropped" or is_site_chrome(under.text)


def _site_paragraph(chunk: Chunk) -> bool:
    """A paragraph under the links that may be the site's: none of the author's marks."""
    text = chunk.text
    return not (
        chunk.role != "text"
        or is_glyph_line(text)
        or match_note(text)
        or match_heading(text)
        or match_end_marker(text)
        or is_disclaimer_field(text)
        or closing_plea(text)
    )
