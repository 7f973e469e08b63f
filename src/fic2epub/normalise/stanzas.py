"""Pass ``stanzas``: in a story that parts its paragraphs with blank lines, a run of short
lines typed with no blank line between them is one paragraph broken into lines.

A songfic's lyrics, a poem quoted in the story, a letter's "Yours ever,\\nAnne": the author
pressed Enter at the end of each line but left the blank line out, because the lines belong
together. The layout pass reads an unwrapped text a line per chunk, so without this pass every
line of a stanza would be a paragraph of its own.
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.normalise.chunks import Chunk, Chunks

# A line of verse is short; a longer line is a paragraph that lost its blank line.
_LONGEST_LINE = 72

# Lines that end a sentence; a stanza breaks at least one of its lines mid-sentence.
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "'", "…", ")", "*", "~", ":")


def join_stanzas(chunks: Chunks, start: int) -> Chunks:
    """Rule ``stanza-lines``: join each run of two or more short story lines with no blank
    line between them (and at least one broken mid-sentence) into one paragraph with line
    breaks, in a story whose paragraphs are usually parted by blank lines.

    A phone paste (no blank lines anywhere) is left alone: there every line is a paragraph.
    Two short lines that each end a sentence ('"Go."' / '"No."') stay two paragraphs.
    """
    if not _blank_line_paragraphs(chunks, start):
        return chunks
    marked = list(chunks)
    index = start
    while index < len(marked):
        end = index + 1
        # A run needs the line under this one with no blank line between: nearly every line
        # of a story with blank lines has one, and is passed over without a call.
        if end < len(marked) and marked[end].gap == 0 and _verse_line(marked[index]):
            while end < len(marked) and _verse_line(marked[end]) and marked[end].gap == 0:
                end += 1
        # Counted before the run is sliced out: nearly every line is a run of one.
        if end - index >= 2 and any(
            not c.text.endswith(_SENTENCE_ENDS) for c in marked[index : end - 1]
        ):
            for offset in range(index + 1, end):
                marked[offset] = replace(marked[offset], continues=True, rule="stanza-lines")
        index = end
    return tuple(marked)


def _verse_line(chunk: Chunk) -> bool:
    """A story line of one physical line, short enough to be a line of verse."""
    return (
        chunk.role == "text"
        and not chunk.continues
        and len(chunk.lines) == 1
        and len(chunk.text) <= _LONGEST_LINE
    )


def _blank_line_paragraphs(chunks: Chunks, start: int) -> bool:
    """Whether the story's prose paragraphs (the lines too long for verse) are mostly
    parted by blank lines."""
    apart = [
        chunk.gap > 0
        for chunk in chunks[max(start, 1) :]
        if chunk.role == "text" and len(chunk.text) > _LONGEST_LINE
    ]
    spaced = sum(apart)
    return spaced > 2 * (len(apart) - spaced)
