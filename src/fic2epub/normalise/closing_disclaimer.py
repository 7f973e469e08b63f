"""Rule ``disclaimer-label-over-text``: a bare "Disclaimer:" after the story over its text.

An archive's printable page puts the story's disclaimer last, under the chapter's closing
notes, as a box: the label "Disclaimer:" on a line of its own and its text on the next
line. The closing rules read the label as the disclaimer field (``disclaimer-after-note``,
``disclaimer-after-the-end``) but, with nothing after its colon, the field has no value and
the text under it would be taken as more of the note above.

The same box may close the last chapter with no note above it, where no closing rule reads
the label: the label and its text as the chapter's last two lines are read here too.

Guards: only a disclaimer field with no value of its own, and only the one paragraph right
under it (no run of blank lines between) that an earlier rule left as note or story text;
with no note above, only as the chapter's very last two lines, so a story's own line
"Disclaimer:" over a paragraph of prose in mid-chapter stays text.
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.fields import field_for
from fic2epub.normalise.notes import disclaimer_field

# Roles the closing rules may have given the disclaimer's text under its bare label.
_TAKEN_ROLES = ("note-body", "text")


def disclaimer_under_label(chunks: list[Chunk], first: int, end: int) -> None:
    """Give each bare "Disclaimer:" field in ``first``..``end`` the paragraph under it."""
    for index in range(first, end - 1):
        chunk = chunks[index]
        if chunk.role != "field" or chunk.value or field_for(chunk.label) != "disclaimer":
            continue
        below = chunks[index + 1]
        if below.role not in _TAKEN_ROLES or below.gap >= 2:
            continue
        chunks[index] = replace(chunk, value=below.text)
        chunks[index + 1] = replace(
            below, role="field-value", rule="disclaimer-label-over-text", label=chunk.label
        )


def disclaimer_box_last(chunks: list[Chunk], first: int, end: int) -> None:
    """Read a bare "Disclaimer:" line and the paragraph under it, the last two lines of
    ``first``..``end``, as the disclaimer field and its text."""
    kept = [i for i in range(max(first, end - 4), end) if chunks[i].role != "dropped"]
    if len(kept) < 2 or chunks[kept[-2]].role != "text" or chunks[kept[-1]].role != "text":
        return
    label, text = chunks[kept[-2]], chunks[kept[-1]]
    # Cheap first test: a short line ending in its colon.
    if len(label.text) > 20 or not label.text.rstrip(" *_").endswith(":") or text.gap >= 2:
        return
    field = disclaimer_field(label, "disclaimer-label-over-text")
    if field is None or field.value:
        return
    chunks[kept[-2]] = field
    disclaimer_under_label(chunks, kept[-2], kept[-1] + 1)
