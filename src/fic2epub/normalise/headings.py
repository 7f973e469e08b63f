"""Pass ``headings``: mark chapter and part headings, and numbered headings in sequence."""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.normalise.chunks import Chunk, Chunks
from fic2epub.normalise.patterns import match_heading, match_numbered


def mark_headings(chunks: Chunks, pattern: re.Pattern[str] | None = None) -> Chunks:
    """Mark heading chunks; ``pattern`` (the user's override) replaces the built-in rules."""
    if pattern is not None:
        return tuple(
            replace(chunk, role="heading", rule="chapter-pattern-option")
            if _single_line(chunk) and pattern.fullmatch(chunk.text)
            else chunk
            for chunk in chunks
        )
    marked = list(chunks)
    for index, chunk in enumerate(marked):
        if not _single_line(chunk):
            continue
        heading = match_heading(chunk.text)
        if heading is not None:
            rule = f"{heading.kind}-heading"
            if heading.kind == "part":
                marked[index] = replace(chunk, role="part", rule=rule)
            else:
                marked[index] = replace(chunk, role="heading", rule=rule)
    return _parts_as_chapters(_numbered(tuple(marked)))


def _parts_as_chapters(chunks: Chunks) -> Chunks:
    """ "Part 1", "Part 2" with no chapter headings under them are the story's chapters."""
    if any(chunk.role == "heading" for chunk in chunks):
        return chunks
    return tuple(
        replace(chunk, role="heading", rule="part-heading-as-chapter")
        if chunk.role == "part"
        else chunk
        for chunk in chunks
    )


def _single_line(chunk: Chunk) -> bool:
    return len(chunk.lines) == 1 and not chunk.continues


def _numbered(chunks: Chunks) -> Chunks:
    """Mark "1.", "~ 2 ~" lines as headings, but only when they count up 1, 2, 3…

    A lone "1." or numbers out of order are a list or story text, so they stay text.
    """
    candidates = [
        (index, number)
        for index, chunk in enumerate(chunks)
        if chunk.role == "text"
        and _single_line(chunk)
        and (number := match_numbered(chunk.text)) is not None
    ]
    numbers = [number for _, number in candidates]
    if len(numbers) < 2 or numbers[0] not in (0, 1):
        return chunks
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return chunks
    marked = list(chunks)
    for index, _ in candidates:
        marked[index] = replace(marked[index], role="heading", rule="numbered-heading-sequence")
    return tuple(marked)
