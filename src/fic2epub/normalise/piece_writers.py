"""Rule ``piece-writer-byline``: each piece of an anthology has its writer's "by" line.

A zine, an anthology or a gift exchange's collection sets every story under its own title
and the writer's byline ("The Long Road" / "by Nan Weller"). Once the titles are read as
chapter headings, the "by" line right under each is neither story text nor the chapter's
title: it names who wrote that piece. The line goes from the text; its name is kept on the
chunk's value, so a book whose header names no author is credited to its pieces' writers
(:func:`piece_writers`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, Chunks
from fic2epub.normalise.fields import split_authors
from fic2epub.normalise.patterns import BYLINE_RE, SEQUEL_RE
from fic2epub.normalise.piece_blocks import RULE_WRITER
from fic2epub.normalise.pieces import is_piece_byline

_RULE = "piece-writer-byline"
# The rules whose dropped line names a piece's writer: its byline, or its header block's
# "Author:" line (piece_blocks).
_WRITER_RULES = frozenset({_RULE, RULE_WRITER})
# How a byline opens: "by Ann Rowe", "By: Ann Rowe".
_BY = frozenset({"by ", "by:"})


def piece_writer_lines(chunks: Chunks) -> Chunks:
    """Drop the "by Name" line right under each chapter heading (rule
    ``piece-writer-byline``), keeping the name as the chunk's value.

    Guards: the line touches its heading (no blank line between) and reads as a piece's
    byline (pieces.piece_line: a few words of a name, no sentence's end); two headings at
    least have one, as an anthology's pieces all do, so a single chapter's "by the sea"
    line is never taken; and story text follows each."""
    # The first letter before lower-casing three: only "B" and "b" lower-case to a "b".
    if not any(chunk.text[:1] in "Bb" and chunk.text[:3].lower() in _BY for chunk in chunks):
        return chunks  # the cheap test first: no line opens with "by" ("By: Ann Rowe" too)
    found = [
        index + 1
        for index, chunk in enumerate(chunks[:-2])
        if chunk.role == "heading"
        and (_writer_line(chunks[index + 1]) or _bare_names(chunks[index + 1]))
        and chunks[index + 2].role not in ("heading", "part")
    ]
    if all(_bare_names(chunks[index]) for index in found):
        return chunks  # bare names count only beside "by" lines
    names = [_name(chunks[index]) for index in found]
    if len(set(names)) < 2 and any(_under_sequel(chunks, index) for index in found):
        return _sequel_bylines(chunks, found)
    if len(set(names)) < 2:
        # One writer's name under every heading is a site's page header repeated over
        # each part (Wattpad's "by name" over its counts), not an anthology's.
        return chunks
    marked = list(chunks)
    for index, name in zip(found, names, strict=True):
        marked[index] = replace(chunks[index], role="dropped", rule=_RULE, value=name)
        content_note(marked, index + 1)
    return tuple(marked)


def _name(chunk: Chunk) -> str:
    """The names a piece's byline gives, as written ("Ann Rowe and kit_fox")."""
    found = BYLINE_RE.fullmatch(chunk.text.strip())
    return found.group("names").strip() if found else chunk.text.strip()


# Rule ``piece-writers-bare-pair``: two writers' names joined by "&" with no "by", as a zine
# credits a piece written together ("Ann Rowe & kit_fox"): each a capitalised name of one to
# three words or a handle (an underscore or a digit in it).
_NAME = r"(?:[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}|[\w.-]*[_\d][\w.-]*)"
_PAIRED_NAMES = lazy(rf"{_NAME}\s+&\s+{_NAME}")


def _paired_names(chunk: Chunk) -> bool:
    """Rule ``piece-writers-bare-pair``: a bare "Name & Name" line touching the heading above
    it. The caller takes it only where other pieces have "by" lines."""
    return (
        chunk.role == "text"
        and chunk.gap == 0
        and len(chunk.lines) == 1
        and " & " in chunk.text
        and len(chunk.text) <= 60
        and _PAIRED_NAMES.fullmatch(chunk.text.strip()) is not None
    )


def _under_sequel(chunks: Chunks, index: int) -> bool:
    """Whether the line at ``index`` stands right under a sequel's heading."""
    head = chunks[index - 1].text.strip()
    return head[:6].lower() == "sequel" and SEQUEL_RE.fullmatch(head) is not None


def _sequel_bylines(chunks: Chunks, found: list[int]) -> Chunks:
    """Rule ``sequel-byline``: a sequel appended to its story's file repeats the writer's
    "by" line under its heading, as a story's own title block has it; the line is the
    heading's, not the sequel's first paragraph. Only under a sequel's heading, and only
    where the one writer is named (several writers make an anthology's bylines)."""
    marked = list(chunks)
    for index in found:
        if _under_sequel(chunks, index) and _writer_line(chunks[index]):
            marked[index] = replace(chunks[index], role="dropped", rule="sequel-byline")
    return tuple(marked)


# Rule ``piece-writer-bare-handle``: a writer's bare handle under the piece's title, as a
# zine credits a writer by her user name alone ("sparrow_and_spear"): one word with an
# underscore or a digit in it, which no title or sentence is.
_HANDLE = lazy(r"@?[\w.-]*[_\d][\w.-]*")


def _bare_names(chunk: Chunk) -> bool:
    """A piece's writers named with no "by" (``piece-writers-bare-pair``,
    ``piece-writer-bare-handle``); the caller takes them only beside "by" lines."""
    return _paired_names(chunk) or (
        chunk.role == "text"
        and chunk.gap == 0
        and len(chunk.lines) == 1
        and len(chunk.text) <= 40
        and any(c in chunk.text for c in "_0123456789")
        and _HANDLE.fullmatch(chunk.text.strip()) is not None
    )


# Rule ``piece-content-note``: "Content note: …" (or "Content warning: …") right under a
# piece's byline.
_CONTENT_NOTE = lazy(r"(?P<label>content\s+(?:notes?|warnings?))\s*:\s*(?P<rest>\S.*)", re.I | re.S)


def content_note(chunks: list[Chunk], index: int) -> None:
    """Rule ``piece-content-note``: an anthology's piece may open, under its writer's byline,
    with a "Content note:" saying what in it may upset a reader; it is the piece's note
    before its text, not its first paragraph. Only the paragraph right under the byline."""
    if index >= len(chunks) or chunks[index].role != "text":
        return
    found = _CONTENT_NOTE.fullmatch(chunks[index].text)
    if found is not None:
        chunks[index] = replace(
            chunks[index],
            role="note",
            rule="piece-content-note",
            label=found.group("label"),
            value=found.group("rest").strip(),
        )


def _writer_line(chunk: Chunk) -> bool:
    """A piece's byline touching the heading above it."""
    return (
        chunk.role == "text"
        and chunk.gap == 0
        and len(chunk.lines) == 1
        and is_piece_byline(chunk.text)
    )


def piece_writers(chunks: Sequence[Chunk]) -> list[str]:
    """The names of the pieces' writers (rule ``piece-writer-byline``), in order of their
    first byline, each once."""
    names: list[str] = []
    for chunk in chunks:
        if chunk.rule in _WRITER_RULES and chunk.value:
            # "By: Ann Rowe and Tom Vey" credits two writers (a handle keeps its "and").
            for name in split_authors(chunk.value):
                if name not in names:
                    names.append(name)
    return names
