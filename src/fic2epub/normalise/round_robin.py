"""A round robin: a story written in turns, each writer's round headed and credited.

A round robin compiled into one file names its rounds and their writers twice: in the
header, as a list under a line that says so ("Written in turns by …:" over "Round One -
bamboo_scribe", "Round Two - inkstonefox"), and over each round's text, a heading
"ROUND ONE" with the round's writer under it ("written by bamboo_scribe"). The rounds are
the chapters, titled as written; every round's writer is an author of the story, and the
credit lines are neither title nor text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, Chunks, story_under_each
from fic2epub.normalise.patterns import number_value

# A round's heading: "Round One", "ROUND 2", "Round Three: The Ghost" (a short title after a
# colon or spaced dash).
_ROUND_HEADING = lazy(
    r"round\s+(?P<num>\d{1,2}|[a-z]+(?:-[a-z]+)?)(?:\s*(?::|\s[-–—])\s*[^.!?]{1,50})?",
    re.IGNORECASE,
)
# A round's writer in the header's list: "Round One - bamboo_scribe", "Round 2: Kit Marlowe".
_ROUND_WRITER = lazy(
    r"round\s+(?P<num>\d{1,2}|[a-z]+(?:-[a-z]+)?)\s*(?:[-–—:]|--)\s*"
    r"(?P<name>[\w.'’-]{2,40}(?:\s[\w.'’-]{2,20}){0,2})",
    re.IGNORECASE,
)
# The credit under a round's heading: "written by bamboo_scribe", "by Kit Marlowe".
_WRITTEN_BY = lazy(
    r"(?:written\s+)?by\s+(?P<name>[\w.'’-]{2,40}(?:\s[\w.'’-]{2,20}){0,2})", re.IGNORECASE
)


def _counts_up(numbers: list[int | None]) -> bool:
    """Whether the numbers run 1, 2, 3… with no gap."""
    return numbers == list(range(1, len(numbers) + 1))


def round_headings(chunks: Chunks) -> Chunks:
    """Rule ``round-heading-sequence``: lone lines "Round One", "ROUND TWO" … counting up
    from one are the chapters' headings, titled as written. Rule ``round-writer-line``: the
    "written by name" line right under such a heading credits the round's writer: an
    "Author" field, so every round's writer is an author of the story.

    Guards: only in a story with no other chapter headings; two rounds at least; each
    heading a line of its own with a blank line above it (or the file's first); the
    numbers count up from one; and a paragraph of story under each, so a header's list of
    rounds stays the header's."""
    if any(chunk.role == "heading" and chunk.rule != "named-heading" for chunk in chunks):
        return chunks
    found: list[int] = []
    numbers: list[int | None] = []
    for index, chunk in enumerate(chunks):
        text = chunk.text.strip()
        if chunk.role != "text" or text[:5].lower() != "round" or len(chunk.lines) != 1:
            continue
        if (
            (index and not chunk.gap)
            or len(text) > 70
            or (match := _ROUND_HEADING.fullmatch(text)) is None
        ):
            continue
        found.append(index)
        numbers.append(number_value(match.group("num")))
    if len(found) < 2 or not _counts_up(numbers) or not story_under_each(chunks, found):
        return chunks
    marked = list(chunks)
    for index in found:
        marked[index] = replace(marked[index], role="heading", rule="round-heading-sequence")
        _writer_line(marked, index + 1)
    return tuple(marked)


def _writer_line(marked: list[Chunk], index: int) -> None:
    """Mark the round's "written by name" line under its heading an "Author" field."""
    if index >= len(marked) or marked[index].gap or marked[index].role != "text":
        return
    found = _WRITTEN_BY.fullmatch(marked[index].text.strip())
    if found is None:
        return
    marked[index] = replace(
        marked[index],
        role="field",
        rule="round-writer-line",
        label="Author",
        value=found.group("name"),
    )


def round_writer_list(chunks: list[Chunk], index: int) -> int | None:
    """Rule ``round-writer-list``: in the header, two or more lines "Round One - name",
    "Round Two - name" … counting up from one, one under another, list the rounds'
    writers: all of them are the story's authors. A line ending in a colon right above the
    list introduces it ("Written in turns by the members of the list:") and goes with it.
    Marks them (the first line the byline naming every writer); returns the index after
    the list, or None."""
    start = index
    if chunks[index].text.rstrip().endswith(":") and len(chunks[index].text) <= 200:
        index += 1  # the list's introduction
    names: list[str] = []
    numbers: list[int | None] = []
    end = index
    while end < len(chunks) and (end == index or not chunks[end].gap):
        chunk = chunks[end]
        found = _ROUND_WRITER.fullmatch(chunk.text.strip()) if chunk.role == "text" else None
        if found is None:
            break
        names.append(found.group("name"))
        numbers.append(number_value(found.group("num")))
        end += 1
    if len(names) < 2 or not _counts_up(numbers):
        return None
    if start < index and chunks[index].gap:
        return None  # the introduction stands apart from the list: not its
    chunks[start] = replace(
        chunks[start], role="byline", rule="round-writer-list", value="\n".join(names)
    )
    for position in range(start + 1, end):
        chunks[position] = replace(chunks[position], role="dropped", rule="round-writer-list")
    return end
