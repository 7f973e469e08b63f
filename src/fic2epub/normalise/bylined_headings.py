"""Rule ``bylined-chapter-heading``: chapter headings that repeat the story's byline.

An eFiction archive's printable view (and some other archives' whole-story pages) opens with
"Story Title by author" and heads every chapter the same way: "Chapter Title by author".
Those later lines are the chapter headings, and their title is the part before " by".
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.normalise.chunks import Chunk, Chunks

# "Title by author": a short title, then one name (a handle or a few words).
_TITLE_BY = re.compile(r"(?P<title>\S.{0,80}?)\s+by\s+(?P<name>[^\s.!?,;:\"“”][^.!?,;:\"“”]{0,39})")
# How far down the story's own "Title by author" line may sit (site chrome above it).
_TOP = 4


def bylined_headings(chunks: Chunks) -> Chunks:
    """Mark the "Chapter Title by author" lines whose author is the one named at the top.

    Guards: the top line names the author as "Title by author"; a chapter line is one line
    on its own, set off by a blank line, with text after it, and ends with exactly the same
    name; its title is no sentence (it ends without a full stop).
    """
    top = _top_byline(chunks)
    if top is None:
        return chunks
    at, name = top
    suffix = f" by {name}"
    found = [index for index in range(at + 1, len(chunks)) if _heading_line(chunks, index, suffix)]
    if not found:
        return chunks
    marked = list(chunks)
    for index in found:
        chunk = marked[index]
        title = chunk.text[: -len(suffix)].strip()
        marked[index] = replace(chunk, role="heading", rule="bylined-chapter-heading", value=title)
    return tuple(marked)


def _top_byline(chunks: Chunks) -> tuple[int, str] | None:
    """The index and author of a "Title by author" line near the top."""
    for index, chunk in enumerate(chunks[:_TOP]):
        if chunk.role != "text" or " by " not in chunk.text or len(chunk.lines) != 1:
            continue
        found = _TITLE_BY.fullmatch(chunk.text)
        if found is not None and len(found.group("name").split()) <= 3:
            return index, found.group("name").strip()
    return None


def _heading_line(chunks: Chunks, index: int, suffix: str) -> bool:
    chunk: Chunk = chunks[index]
    text = chunk.text
    if chunk.role != "text" or not text.endswith(suffix) or len(chunk.lines) != 1:
        return False
    title = text[: -len(suffix)].strip()
    if not title or len(title) > 80 or title.endswith((".", ",", ";", ":")):
        return False
    after = chunks[index + 1] if index + 1 < len(chunks) else None
    return chunk.gap >= 1 and after is not None and after.gap >= 1 and after.role == "text"
