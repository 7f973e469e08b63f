"""Header values that carry on over indented lines, as blog and mailing-list headers write them.

Dreamwidth and LiveJournal posts and old mailing-list headers wrap a long "Notes:" or
"Summary:" value onto lines indented under the label; a blank line between indented
paragraphs does not end the value, the first unindented line does.
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.notes import is_structural


def _merge(head: Chunk, tail: Chunk) -> Chunk:
    """One paragraph from a chunk and the wrapped line under it."""
    value = f"{head.value} {tail.text}" if head.role == "note" else head.value
    return replace(
        head,
        text=f"{head.text} {tail.text}",
        lines=head.lines + tail.lines,
        last=tail.last,
        value=value,
    )


def indented_note_body(chunks: list[Chunk], note: int, index: int) -> int:
    """Rule ``indented-note-body``: the lines indented under a header note's label line
    ("Notes: Written for …" over "    My recipient asked …") are the note's text. Lines
    right under each other join into one paragraph; a single blank line between indented
    lines starts the note's next paragraph. Returns the index after the note.

    Guards: the label line has text of its own and is not indented, and the first line under
    it follows with no blank line and a deeper indent (prose never starts so).
    """
    head = chunks[note]
    if head.role != "note" or not head.value or head.indent > 0 or note + 1 >= len(chunks):
        return index
    if chunks[note + 1].gap > 0 or chunks[note + 1].indent < 2:
        return index
    # The note's own rule may have taken some of the lines already: walk them again.
    taken = index - note - 1
    current, position = note, note + 1
    while position < len(chunks):
        chunk = chunks[position]
        if chunk.indent < 2 or chunk.gap > 1 or is_structural(chunk):
            break
        if chunk.role not in ("text", "note-body"):
            break
        if chunk.gap == 0:
            chunks[current] = _merge(chunks[current], chunk)
            del chunks[position]
            taken -= 1
            continue
        chunks[position] = replace(chunk, role="note-body", rule="indented-note-body")
        current = position
        position += 1
        taken -= 1
    # Lines the note's own rule took beyond the indented ones stay in the note.
    return position + max(taken, 0)
