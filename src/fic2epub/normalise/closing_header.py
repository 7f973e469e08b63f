"""Rule ``header-at-end``: the story's header set under the story instead of above it.

A word processor's export of a one-shot (or a writer who keeps the file "clean" for
reading) may open straight on the prose and put the "Title: … / Author: … / Rating: …"
block last, under the end marker or a rule. Nothing above the story named it, so these
lines are its header all the same: they are read as fields, not as the last paragraphs.

Guards: only when the text above the story gave neither a title nor an author; only the
last lines of the last chapter, one block with no blank line inside it, opening on a line
set apart by a blank line; at least three "Label: value" lines of labels header blocks use,
a "Title:" and an "Author:" among them, since a story's prose never puts those last. A
line under a field with no label of its own continues that field's value (a wrapped
summary). A labelled note may close the block ("Notes: …"), with its paragraphs under
it: the note rules read it as the story's closing note.
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.field_lines import field_line
from fic2epub.normalise.fields import field_for, is_known_label
from fic2epub.normalise.patterns import match_note

# How many of the chapter's last chunks are read for the block.
_REACH = 24
# The fewest known fields the block must hold.
_LEAST_FIELDS = 3
# The fields the block must name: no story ends on both.
_NAMING = frozenset({"title", "authors"})


def header_at_end(chunks: list[Chunk], first: int, end: int) -> None:
    """Read the block of header lines closing ``first``..``end`` as the story's fields (see
    the module docstring). The caller asks only for the last chapter of a text whose own
    header named no title and no author."""
    kept = [i for i in range(max(first, end - _REACH), end) if chunks[i].role != "dropped"]
    for position, top in enumerate(kept):
        if chunks[top].gap < 1 or chunks[top].role != "text":
            continue
        block = _block(chunks, kept[position:])
        if block is not None:
            _mark(chunks, block)
            return


def _block(chunks: list[Chunk], indexes: list[int]) -> list[tuple[int, str, str]] | None:
    """The fields of the block that opens at ``indexes[0]`` and runs to the chapter's end:
    (index, label, value) for each field line, and (index, "", text) for a line that
    continues the field above it; None when these lines are no such block."""
    found: list[tuple[int, str, str]] = []
    for position, index in enumerate(indexes):
        chunk = chunks[index]
        if position and chunk.gap:
            return None  # a blank line inside: the block is not the chapter's last lines
        if chunk.role != "text" or len(chunk.lines) != 1:
            return None
        if found and match_note(chunk.text) is not None:
            break  # the closing note, its paragraphs under it
        field = field_line(chunk.text)
        if field is not None and is_known_label(field[0]):
            found.append((index, field[0], field[1]))
        elif found and found[-1][1]:
            found.append((index, "", chunk.text))  # a wrapped value
        else:
            return None
    labels = [field_for(label) for _, label, _ in found if label]
    if len(labels) < _LEAST_FIELDS or not _NAMING.issubset(labels):
        return None
    return found


def _mark(chunks: list[Chunk], block: list[tuple[int, str, str]]) -> None:
    """Make the block's lines fields, each wrapped line folded into its field's value."""
    field_at = -1
    for index, label, value in block:
        chunk = chunks[index]
        if label:
            field_at = index
            chunks[index] = replace(
                chunk, role="field", rule="header-at-end", label=label, value=value
            )
            continue
        above = chunks[field_at]
        chunks[field_at] = replace(above, value=f"{above.value} {value}")
        chunks[index] = replace(chunk, role="field-value", rule="header-at-end", label=above.label)
