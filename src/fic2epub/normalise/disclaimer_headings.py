"""Chapter pages pasted one after another, each led by the same disclaimer over a title line.

A reader who copies a story's chapter pages one by one (FanFiction.Net's story text, a blog's
posts) gets the author's disclaimer again at the top of every page, and under it the
chapter's own heading, which may be a bare title with no "Chapter" word or number ("The Old
Mill", "Far Away"). The repeated disclaimer is what tells the title lines apart from
the prose's short lines.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import QUOTES, Chunk, Chunks
from fic2epub.normalise.heading_lines import spaced_title
from fic2epub.normalise.patterns import match_note, undecorate

# A disclaimer line: "Disclaimer: …", "DISCLAIMER - …", "**Disclaimer:** …".
_DISCLAIMER = lazy(r"disclaimers?\s*[:\-–—]\s*\S", re.IGNORECASE)
# How many note paragraphs may stand between the disclaimer and the title line.
_NOTES_BETWEEN = 2
# What a paragraph of prose under the heading ends with.
_PROSE_END = (".", "!", "?", "…", '"', "”", "’")


def disclaimer_headings(chunks: Chunks) -> Chunks:
    """Rule ``title-under-repeated-disclaimer``: when the same disclaimer line stands at the
    top of two or more chapter pages, the first line under each copy (past an author's note
    or two) is that chapter's heading, when it reads as a title ("Far Away").

    Guards: only in a story with no other headings; the disclaimer must be word for word the
    same each time, two copies at least; under every copy there must be such a title line,
    a paragraph of its own (one line, a blank line above and below, a few capitalised words
    with no sentence's end), with a paragraph of prose right under it. When one copy has
    none, nothing is marked, so a disclaimer repeated at the end of a story is left alone.
    """
    if any(chunk.role in ("heading", "part") for chunk in chunks):
        return chunks
    copies: dict[str, list[int]] = {}
    for index, chunk in enumerate(chunks):
        # Cheap test first: a disclaimer line starts with its label, perhaps in markup.
        if "isclaim" not in chunk.text[:14] and "ISCLAIM" not in chunk.text[:14]:
            continue
        if chunk.role == "text" and _DISCLAIMER.match(undecorate(chunk.text)):
            copies.setdefault(" ".join(chunk.text.split()), []).append(index)
    repeated = [indexes for indexes in copies.values() if len(indexes) >= 2]
    if len(repeated) != 1:
        return chunks
    titles = [_title_below(chunks, index) for index in repeated[0]]
    if any(title is None for title in titles):
        return chunks
    marked = list(chunks)
    for title in titles:
        if title is not None:
            marked[title] = replace(
                marked[title], role="heading", rule="title-under-repeated-disclaimer"
            )
    return tuple(marked)


def _title_below(chunks: Chunks, index: int) -> int | None:
    """The index of the title line under the disclaimer at ``index``, else None."""
    below = index + 1
    # An author's note may come between the disclaimer and the heading ("A/N: My first fic
    # in this fandom…"), as the first chapter's page often has.
    while below < len(chunks) and below - index <= _NOTES_BETWEEN and _note(chunks[below]):
        below += 1
    if below + 1 >= len(chunks):
        return None
    title, prose = chunks[below], chunks[below + 1]
    if title.role != "text" or len(title.lines) != 1 or title.gap < 1 or prose.gap < 1:
        return None
    text = title.text.strip()
    if not text[:1].isupper() or text[:1] in QUOTES or not spaced_title(text):
        return None
    if text.endswith((".", ":", ";")) or len(text) > 60:
        return None
    return below if _prose(prose) else None


def _note(chunk: Chunk) -> bool:
    """An author's note paragraph ("A/N: …")."""
    return chunk.role in ("text", "note") and match_note(chunk.text) is not None


def _prose(chunk: Chunk) -> bool:
    """A paragraph of story prose: a sentence of several words."""
    text = chunk.text.rstrip()
    return chunk.role == "text" and len(text.split()) >= 5 and text.endswith(_PROSE_END)
