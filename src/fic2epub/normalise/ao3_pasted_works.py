"""Rule ``ao3-pasted-works``: several AO3 TXT downloads pasted one after another in one file.

A reader who keeps a series together downloads each one-chapter work as AO3's TXT and
pastes the files into one. Each download opens with the work's title, "by" its creators and
"Posted originally on the Archive of Our Own at …", then its tags and stats, and then the
title and byline again over the work's summary, notes and text. With two such openings or
more, every work is a piece of the collection: its repeated title (the one over its summary
and text) heads a chapter, the byline under it goes, and everything from a later work's
first title line down to its repeated title is that download's page chrome. The first
download's opening stays the file's header.
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.patterns import AO3_POSTED_RE, BYLINE_RE, POINTER_RE

# The rule names, the first also read by markdown_header (the heading is no repeated title).
PASTED_WORKS_RULE = "ao3-pasted-works"
_NOTES_RULE = "ao3-pasted-work-notes"
# How many chunks under the "Posted originally" line the repeated title may stand (the tags
# and stats between them, one chunk a line).
_PREFACE_CHUNKS = 40
# The labels of the work's preface sections under its repeated title, as AO3 prints them.
_PREFACE_LABELS = frozenset({"Summary", "Notes"})


def pasted_ao3_works(chunks: list[Chunk]) -> None:
    """Mark each pasted work's repeated title as a chapter heading (rule
    ``ao3-pasted-works``) and drop the later works' openings.

    Guards: two "Posted originally on the Archive of Our Own" lines at least, each right
    under a title line and a "by" line; in every download the same title and byline come
    again, one under the other, below it; and no heading read anywhere yet (a work with
    chapters of its own is left to the chapter rules)."""
    posted = [
        index
        for index, chunk in enumerate(chunks)
        if chunk.text[:17] == "Posted originally" and AO3_POSTED_RE.fullmatch(chunk.text)
    ]
    if len(posted) < 2 or any(chunk.role in ("heading", "part") for chunk in chunks):
        return
    works: list[tuple[int, int]] = []
    for position, index in enumerate(posted):
        limit = posted[position + 1] if position + 1 < len(posted) else len(chunks)
        repeat = _repeated_title(chunks, index, min(limit, index + _PREFACE_CHUNKS))
        if repeat is None:
            return
        works.append((index - 2, repeat))
    for number, (top, repeat) in enumerate(works):
        if number:
            for index in range(top, repeat):
                chunks[index] = replace(chunks[index], role="dropped", rule=PASTED_WORKS_RULE)
        chunks[repeat] = replace(chunks[repeat], role="heading", rule=PASTED_WORKS_RULE)
        chunks[repeat + 1] = replace(chunks[repeat + 1], role="dropped", rule=PASTED_WORKS_RULE)
        _preface_notes(chunks, repeat + 2)


def _preface_notes(chunks: list[Chunk], index: int) -> None:
    """Rule ``ao3-pasted-work-notes``: the work's "Summary" and "Notes" under its repeated
    title are the piece's notes before its text, each label over its paragraphs, down to
    AO3's pointer to the end notes, which goes. Only where the sections are there: the
    run starts on one of the labels, and any line that is neither a label, the pointer
    nor plain text under a label ends it."""
    label = ""
    while index < len(chunks):
        chunk = chunks[index]
        text = chunk.text.strip()
        if POINTER_RE.fullmatch(text):
            chunks[index] = replace(chunk, role="dropped", rule="ao3-pointer")
            return
        if text in _PREFACE_LABELS:
            label = text
            chunks[index] = replace(chunk, role="note", rule=_NOTES_RULE, label=label, value="")
        elif label and chunk.role == "text":
            chunks[index] = replace(chunk, role="note-body", rule=_NOTES_RULE)
        else:
            return
        index += 1


def _repeated_title(chunks: list[Chunk], posted: int, end: int) -> int | None:
    """The index of the download's title line repeated over its byline below the
    "Posted originally" line at ``posted``, else None."""
    if posted < 2:
        return None
    title, byline = chunks[posted - 2], chunks[posted - 1]
    if len(title.lines) != 1 or BYLINE_RE.fullmatch(byline.text) is None:
        return None
    for index in range(posted + 1, min(end, len(chunks) - 1)):
        if chunks[index].text == title.text and chunks[index + 1].text == byline.text:
            return index
    return None
