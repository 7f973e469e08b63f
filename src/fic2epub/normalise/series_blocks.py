"""Pass ``series-blocks``: one-shots of a series pasted into one file, each under its header.

A reader who saves a whole series, or an author who keeps it in one file, pastes one story
after another, each opening with its own header block: "Title: …", "Series: Name, Part 2",
"Author: …" and so on. Each story is a chapter of the file, titled by its block's title;
the rest of each block is the story's header (the first block's fields still say who wrote
the file, and in which fandom).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, Chunks

# A block's series line: "Series: Altiplano Letters, Part 2", "Series: Name (Part 3)",
# "Series: Name #4", "Series: Name, Book 2".
_SERIES_PART = lazy(
    r"series\s*:\s*(?P<name>[^\n,(#]{1,80}?)[,(\s]*(?:part|book|no\.|#)\s*(?P<num>\d{1,3})\)?"
)
# A block's title line: "Title: The Guitar on the Wall".
_TITLE = lazy(r"title\s*:\s*(?P<title>\S[^\n]{0,99})", re.IGNORECASE)
# The header pass's rules for a paragraph over a block of fields, which between two of a
# series' blocks is the end of the story above.
_READ_AS_GREETING = frozenset({"greeting-above-fields"})
# How far under the title line the series line may stand, in lines of one block.
_BLOCK_REACH = 3


def _series_part(chunk: Chunk) -> tuple[str, int] | None:
    """(series name, part number) of a "Series: Name, Part 2" line, else None."""
    text = chunk.text
    if len(text) > 120 or text[:6].lower() != "series":
        return None
    found = _SERIES_PART.fullmatch(text.lower())
    if found is None:
        return None
    return " ".join(found.group("name").split()), int(found.group("num"))


def _block_at(chunks: Chunks, index: int) -> tuple[str, str, int] | None:
    """(title, series, part) of a header block whose "Title:" line is at ``index``."""
    chunk = chunks[index]
    if chunk.text[:5].lower() != "title" or len(chunk.lines) != 1:
        return None
    title = _TITLE.fullmatch(chunk.text)
    if title is None:
        return None
    for position in range(index + 1, min(index + 1 + _BLOCK_REACH, len(chunks))):
        if chunks[position].gap > 0:
            return None
        if (part := _series_part(chunks[position])) is not None:
            return title.group("title").strip(), *part
    return None


def series_blocks(chunks: Chunks) -> Chunks:
    """Rule ``series-part-header``: header blocks that each open a story of one series
    ("Title: …" over "Series: Name, Part N" within the block) make each story a chapter,
    headed by its block's title line and titled by the title's value.

    Guards: two or more such blocks naming the same series, their part numbers climbing by
    one in the order they stand, and story text after each block; the file has no other
    chapter headings. A single block (one story of a series) is an ordinary header."""
    # Cheap question first: two "Series:" lines at least. The first letter before
    # lower-casing seven: only "S" and "s" lower-case to an "s".
    if sum(1 for c in chunks if c.text[:1] in "Ss" and c.text[:7].lower() == "series:") < 2:
        return chunks
    if any(chunk.role in ("heading", "part") for chunk in chunks):
        return chunks
    found = [
        (index, block)
        for index in range(len(chunks))
        if (block := _block_at(chunks, index)) is not None
    ]
    if len(found) < 2 or len({series for _, (_, series, _) in found}) != 1:
        return chunks
    if any(b[1][2] != a[1][2] + 1 for a, b in pairwise(found)):
        return chunks
    if not all(_text_after(chunks, index) for index, _ in found):
        return chunks
    marked = list(chunks)
    for index, (title, _, _) in found:
        marked[index] = replace(
            marked[index], role="heading", rule="series-part-header", label="", value=title
        )
    for position in range(found[0][0], found[-1][0]):
        if marked[position].rule in _READ_AS_GREETING:
            # The header pass took a story's close for a greeting over the next block's
            # fields; between the blocks it is that story's text, for the body to read.
            marked[position] = replace(marked[position], role="text", rule="", label="")
    return tuple(marked)


def _text_after(chunks: Chunks, index: int) -> bool:
    """Whether story text (or a note over it) follows the block before the next block."""
    for chunk in chunks[index + 1 :]:
        if chunk.text[:6].lower() == "title:":
            return False
        if chunk.gap > 0 and len(chunk.text.split()) >= 8:
            return True
    return False
