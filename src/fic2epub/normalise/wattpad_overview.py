"""A Wattpad story's overview page and its closing note part, copied with the parts.

The overview page lists the story's parts under "Table of contents", each part's title over
the date it was published ("The Snake" / "Thu, Jun 14, 2021"); the parts are copied below
it, each under its own heading, so the list is no chapter. Writers on Wattpad often publish
a last part titled only "A/N" or "Author's Note" that holds their thanks: the work's
afterword, not a chapter.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.fields import date_line
from fic2epub.normalise.patterns import match_note

_CONTENTS = lazy(r"(?:table\s+of\s+)?contents\s*:?", re.IGNORECASE)
# An entry's title is a short line; the list needs two entries at least.
_LONGEST_ENTRY = 80
_MIN_ENTRIES = 2
# The paragraphs a closing note part may hold: a thank-you, not a chapter.
_MOST_NOTE_PARAGRAPHS = 4
_LONGEST_NOTE_PARAGRAPH = 700


def dated_contents(chunks: list[Chunk]) -> None:
    """Rule ``dated-contents-list``: under a "Table of contents" line, entries that each
    stand over a line holding only a date ("The Snake" / "Thu, Jun 14, 2021") are the story
    page's list of its parts; they are dropped, whatever the titles look like.

    Guards: each title is one short line with its date right under it (no blank line
    between), and two entries at least, so a story's dated diary entries under a heading
    that happens to read "Contents" need the list's exact shape.
    """
    for index, chunk in enumerate(chunks):
        text = chunk.text
        if text[:1] not in "TtCc" or len(text) > 20 or not _CONTENTS.fullmatch(text.strip()):
            continue
        end = index + 1
        while end + 1 < len(chunks) and _entry(chunks[end], chunks[end + 1]):
            end += 2
        if end - (index + 1) >= 2 * _MIN_ENTRIES:
            for position in range(index + 1, end):
                chunks[position] = replace(
                    chunks[position], role="dropped", rule="dated-contents-list"
                )


def _entry(title: Chunk, date: Chunk) -> bool:
    """A contents entry: a short title line, and its date right under it."""
    return (
        len(title.lines) == 1
        and len(title.text) <= _LONGEST_ENTRY
        and date.gap == 0
        and len(date.lines) == 1
        and date.text[-1:].isdigit()
        and date_line(title.text) is None
        and date_line(date.text) is not None
    )


def note_part(chunks: list[Chunk]) -> None:
    """Rule ``note-part``: a last part headed by a note's label alone ("A/N", "Author's
    Note") after the story's other parts is the author's closing note, labelled by the
    heading: its first paragraph opens the note and the rest follow it.

    Guards: only the last heading of a story with headings before it, only a label with
    nothing after it, and only a few short paragraphs under it (a thank-you, not a chapter
    an author titled "Author's Note").
    """
    if not chunks:
        return  # everything was framing: no part at all
    index = next((i for i in range(len(chunks) - 1, -1, -1) if chunks[i].role == "heading"), 0)
    head = chunks[index]
    # Index 0 is the fallback as well as a heading there: either way no heading is above it.
    if not index or (label := match_note(head.text.strip())) is None:
        return
    if label.rest or not any(c.role == "heading" for c in chunks[:index]):
        return
    if any(c.role == "part" for c in chunks[index:]):
        return
    body = [i for i in range(index + 1, len(chunks)) if chunks[i].role == "text"]
    if not body or len(body) > _MOST_NOTE_PARAGRAPHS:
        return
    if any(len(chunks[i].text) > _LONGEST_NOTE_PARAGRAPH for i in body):
        return
    if any(c.role in ("scene-break", "end-marker") for c in chunks[index + 1 :]):
        return
    chunks[index] = replace(head, role="dropped", rule="note-part")
    first = body[0]
    chunks[first] = replace(
        chunks[first], role="note", rule="note-part", label=label.label, value=chunks[first].text
    )
    for position in body[1:]:
        chunks[position] = replace(chunks[position], role="note-body", rule="note-part")
