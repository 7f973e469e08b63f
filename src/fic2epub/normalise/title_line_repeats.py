"""A writer's one-line header, "Title - by name", pasted again above each later chapter.

A writer who keeps every chapter of a story in one file pastes each chapter as it was
posted, and a post opened with the story's title line: "Red Sky - a Persuasion fic - by
wren", then the chapter's heading. The first copy is the story's header; the later ones,
word for word above a chapter heading, repeat it and are neither a chapter nor its text.
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.normalise.chunks import Chunk, Chunks
from fic2epub.normalise.patterns import match_heading, word_key


def _title_line(header: Chunks) -> str | None:
    """The header's title line when it names the author too ("Title by name"), its words
    alone (:func:`word_key`); else None."""
    for chunk in header:
        if chunk.role == "title":
            if chunk.rule != "title-with-byline" or not chunk.label:
                return None
            return word_key(chunk.text)
    return None


def _heading_below(chunks: Chunks, index: int) -> bool:
    """Whether the next kept line under ``index`` is a chapter heading."""
    for chunk in chunks[index + 1 : index + 4]:
        if chunk.role == "dropped":
            continue
        return chunk.role in ("heading", "part") or match_heading(chunk.text) is not None
    return False


def drop_repeated_title_lines(chunks: Chunks, start: int) -> Chunks:
    """Rule ``repeated-title-line``: after the story's start, a line that repeats the
    header's own "Title - by name" line word for word, with a chapter heading right under
    it, is that header pasted again above a later chapter: dropped.

    Guards: only a title line that carries the author's byline (a bare title may be a
    story's last words, echoing it); the whole line the same, words and all; and a heading
    under it, so a story that ends on its title and byline keeps them."""
    if start >= len(chunks):
        return chunks
    title = _title_line(chunks[:start])
    if not title:
        return chunks
    # The line's decoration may differ a little from the first copy's ("Title -- by x").
    shortest, longest = len(title), len(title) + 20
    marked: list[Chunk] | None = None
    for index in range(start, len(chunks)):
        chunk = chunks[index]
        if chunk.role not in ("text", "heading") or not shortest <= len(chunk.text) <= longest:
            continue  # the cheap test first: only a line about as long as the title line
        if word_key(chunk.text) != title:
            continue
        if not _heading_below(chunks, index):
            continue
        if marked is None:
            marked = list(chunks)
        marked[index] = replace(chunk, role="dropped", rule="repeated-title-line", value="")
    return chunks if marked is None else tuple(marked)
