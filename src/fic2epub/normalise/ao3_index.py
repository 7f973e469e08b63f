"""AO3's Chapter Index page, copied above a work.

A reader who saves a whole work sometimes copies the work's "Chapter Index" page first: its
heading "Chapter Index for <title> by <author>", then one numbered line per chapter with the
date it was posted ("1. The Masquerade (2021-01-09)"). It is the site's navigation: the
chapters and the title come from the work page under it, so none of it is the story's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk

# The index page's heading: "Chapter Index for Title by author".
_INDEX_HEAD = lazy(r"chapter\s+index\s+for\s+\S.{0,300}?\s+by\s+\S.{0,200}", re.IGNORECASE)
# One chapter's line: its number, its title and AO3's posting date in brackets.
_INDEX_ENTRY = lazy(r"\d{1,4}\.\s+\S.{0,300}?\s+\(\d{4}-\d{2}-\d{2}\)")


def chapter_index(chunks: list[Chunk], index: int) -> int | None:
    """Rule ``ao3-chapter-index``: AO3's "Chapter Index for Title by author" heading and the
    numbered, dated chapter lines under it. Marks them dropped; returns the index after the
    list, or None when the chunk is no such heading.

    The heading must be the whole line and at least one dated entry must follow it (a blank
    line between allowed), so a sentence that mentions a chapter index is left alone; the
    list runs only over lines with AO3's "(YYYY-MM-DD)" date, so the next line stops it.
    """
    text = chunks[index].text.strip()
    # Cheap first: the heading opens with "Chapter Index".
    if text[:13].lower() != "chapter index" or not _INDEX_HEAD.fullmatch(text):
        return None
    end = index + 1
    while end < len(chunks) and chunks[end].gap <= 1 and _is_entry(chunks[end].text):
        end += 1
    if end == index + 1:
        return None
    for position in range(index, end):
        chunks[position] = replace(chunks[position], role="dropped", rule="ao3-chapter-index")
    return end


def _is_entry(text: str) -> bool:
    """Whether the line is one of the index's "1. Title (2021-01-09)" chapter lines."""
    text = text.strip()
    return text[:1].isdigit() and text.endswith(")") and _INDEX_ENTRY.fullmatch(text) is not None
