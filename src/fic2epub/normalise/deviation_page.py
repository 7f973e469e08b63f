"""The details box under a DeviantArt deviation (a literature piece), copied with its text.

Under the text the page prints "Image details", the publishing date, the view count, then
the "Description" box holding the artist's words about the piece, then the favourites,
comments and views counts, the tags and the comment section. The box's heading is the
site's; what the artist wrote in it is theirs: a disclaimer, or a word to the readers.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.notes import disclaimer_field

# The box's first lines: its heading, the date, the views ("1.2K Views").
_DETAILS = lazy(
    r"image\s+details|(?:published|posted|submitted)\s*:\s*\S.{0,30}|[\d.,]+\s*[kKmM]?\s+views?",
    re.IGNORECASE,
)
# The counts row under the description: "Favourites 34", "Comments 6", "Views 1,204".
_COUNT = lazy(r"(?:favou?rites|faves|comments|views|watchers)\s+[\d.,]+\s*[kKmM]?", re.IGNORECASE)
# How many lines the box's first lines may run to before "Description".
_REACH = 4
_LONGEST_DETAIL = 40


def deviation_footer_start(chunks: list[Chunk], first: int, end: int) -> int:
    """Rule ``deviation-details``: from the details box's first line to the chapter's end,
    all is the page's, but for the artist's words in its "Description": a disclaimer
    there is the story's disclaimer, anything else a closing note with no label
    (``deviation-description``). Marks them; returns where the box starts.

    Guards: two of the box's first lines or more (the heading, a date, a view count) right
    above a "Description" line, and a counts line ("Favourites 34") under the artist's
    words, so a story's own "Description" paragraph is never taken."""
    for index in range(first, end):
        text = chunks[index].text
        # The cheap test first: it runs on every chunk, and the heading is one short word.
        if len(text) > 20 or text.strip().lower() != "description" or index - first < 2:
            continue
        top = index
        while (
            top > first
            and index - top < _REACH
            and len(chunks[top - 1].text) <= _LONGEST_DETAIL
            and _DETAILS.fullmatch(chunks[top - 1].text.strip())
        ):
            top -= 1
        if index - top < 2:
            continue
        counts = index + 1
        while counts < end and not _COUNT.fullmatch(chunks[counts].text.strip()):
            counts += 1
        if counts >= end or counts - index > _REACH:
            continue
        _mark(chunks, top, index, counts, end)
        return top
    return end


def _mark(chunks: list[Chunk], top: int, label: int, counts: int, end: int) -> None:
    """Mark the box: the page's lines dropped, the artist's words kept as theirs."""
    for index in range(top, end):
        chunk = chunks[index]
        if label < index < counts:
            field = disclaimer_field(chunk, "deviation-description")
            chunks[index] = field or replace(
                chunk, role="note", rule="deviation-description", label="", value=chunk.text
            )
        elif chunk.role != "heading":
            chunks[index] = replace(chunk, role="dropped", rule="deviation-details")
