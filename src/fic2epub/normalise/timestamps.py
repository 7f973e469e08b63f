"""Rules ``timestamp-heading`` and ``deleted-scenes-heading``: pieces appended after a
finished story.

A writer who goes back to a finished one-shot to show its people later posts a
"timestamp": a short scene set some time after, headed "Timestamp: six months later" or
just "Timestamp", and often pasted under the story in the same post or file. It is a piece
of its own, a chapter titled as written; the story above it, closed by its end marker, is
the first chapter.

A writer also appends the scenes cut from the story under a "Deleted Scenes" line, as a
section of its own after the story (and after its outtakes).
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunks, story_under_each
from fic2epub.normalise.patterns import match_end_marker

# "Timestamp", "Time stamp: the wedding", "TIMESTAMP - one year later".
_TIMESTAMP = lazy(r"time\s?stamp(?:\s*[:\-–—]\s*\S.{0,60})?", re.IGNORECASE)
# "Deleted Scenes", "Deleted scene", "DELETED SCENES:".
_DELETED = lazy(r"deleted\s+scenes?\s*:?", re.IGNORECASE)


def timestamp_headings(chunks: Chunks) -> Chunks:
    """Mark a timestamp's heading line as a chapter heading (rule ``timestamp-heading``).

    Guards: the line is the word "Timestamp", perhaps with a title after a colon or dash,
    and no sentence's end; the nearest kept line above it is the story's end marker
    ("The End", "fin", "end."), as a timestamp is added to a finished story; a blank line
    sets it apart where the text has blank lines at all; and story text follows it."""
    # The first character before lower-casing four: only "T" and "t" lower-case to a "t".
    if not any(
        chunk.text[:1] in "Tt[~" and chunk.text[:4].lower() in ("time", "[tim", "~tim")
        for chunk in chunks
    ):
        return _deleted_scenes(chunks)  # the cheap test first: no line opens with "time"
    blankless = not any(chunk.gap for chunk in chunks)
    marked = list(_deleted_scenes(chunks))
    for index, chunk in enumerate(chunks):
        if index == 0 or chunk.role != "text" or len(chunk.lines) != 1:
            continue
        text = chunk.text.strip().strip("[]~* ")
        if text[:4].lower() != "time" or text.endswith((".", "!", "?", ",", ";")):
            continue
        if not _TIMESTAMP.fullmatch(text) or not (chunk.gap or blankless):
            continue
        if _after_end_marker(chunks, index) and story_under_each(chunks, [index]):
            marked[index] = replace(chunk, role="heading", rule="timestamp-heading")
    return tuple(marked)


def _deleted_scenes(chunks: Chunks) -> Chunks:
    """Rule ``deleted-scenes-heading``: a "Deleted Scenes" line heads the section of cut
    scenes. Guards: the line alone, set apart by a blank line where the text has any, and
    story text under it before the next heading, so an entry of a contents list or a
    note's mention stays text."""
    # The first letter before lower-casing seven: only "D" and "d" lower-case to a "d".
    if not any(chunk.text[:1] in "Dd" and chunk.text[:7].lower() == "deleted" for chunk in chunks):
        return chunks  # the cheap test first
    blankless = not any(chunk.gap for chunk in chunks)
    marked = list(chunks)
    for index, chunk in enumerate(chunks):
        if chunk.role != "text" or len(chunk.lines) != 1 or not (chunk.gap or blankless):
            continue
        if chunk.text[:7].lower() != "deleted" or not _DELETED.fullmatch(chunk.text.strip()):
            continue
        after = next(
            (i for i in range(index + 1, len(chunks)) if chunks[i].role == "heading"), None
        )
        if story_under_each(chunks[:after], [index]):
            marked[index] = replace(chunk, role="heading", rule="deleted-scenes-heading")
    return tuple(marked)


def _after_end_marker(chunks: Chunks, index: int) -> bool:
    """Whether the nearest line above ``index`` that no rule dropped is an end marker."""
    above = index - 1
    while above >= 0 and chunks[above].role == "dropped":
        above -= 1
    return above >= 0 and match_end_marker(chunks[above].text.strip())
