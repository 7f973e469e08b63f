"""Header fields stacked label over value: a story page's info box copied line by line.

A story page (Asianfanfics, many small archives) prints its info box as a label in grey
with its value under it: "Status" over "[Completed]", "Tags" over the tags, "Characters"
over the names. Copied as text, each label stands alone on its line, no colon, its value
flush on the next line with no blank line between.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from fic2epub.normalise.chunks import Chunk, bracketed_inside
from fic2epub.normalise.fields import field_for
from fic2epub.normalise.patterns import FIELD_RE

# The fields such a box gives a short value for. Not the title, the author or the summary:
# a summary's bare label has its own rule (field_lines), and a lone "Author" or "Title"
# line over a name may be anything.
_BOX_FIELDS = frozenset(
    {
        "status",
        "tags",
        "characters",
        "relationships",
        "fandoms",
        "rating",
        "language",
        "warnings",
        "categories",
        "genres",
    }
)
# The longest label and value lines read.
_LONGEST_LABEL = 20
_LONGEST_VALUE = 200
# How many lines from one pair the box's next pair may start.
_BOX_REACH = 4


def stacked_label(text: str) -> str | None:
    """The label of a line that is a box field's label alone ("Status", "Tags"), else None."""
    label = text.strip()
    if not label or len(label) > _LONGEST_LABEL or not label[:1].isupper() or ":" in label:
        return None
    return label if field_for(label) in _BOX_FIELDS else None


def stacked_field(chunks: Sequence[Chunk], index: int) -> tuple[str, str] | None:
    """Rule ``stacked-field``: (label, value) of a box field's label alone on its line with
    its value flush under it, no blank line between, in a box of two such fields or more;
    else None.

    Guards: the label is one the box gives a short value for, capitalised, with no colon;
    the value is one short line that ends no sentence, and is no label of its own; another
    such pair stands within a few lines. A story line "Tags" over a paragraph has a
    sentence under it, and a site menu's "Fandoms" over "Browse" has no box round it."""
    found = _pair(chunks, index)
    if found is None:
        return None
    low, high = max(0, index - _BOX_REACH), min(len(chunks), index + _BOX_REACH + 2)
    if not any(_pair(chunks, other) for other in range(low, high) if abs(other - index) > 1):
        return None
    return found


def _pair(chunks: Sequence[Chunk], index: int) -> tuple[str, str] | None:
    """(label, value) of a label line at ``index`` with its value under it (see
    :func:`stacked_field`), without looking for the box round it."""
    if index + 1 >= len(chunks) or (label := stacked_label(chunks[index].text)) is None:
        return None
    below = chunks[index + 1]
    value = below.text.strip()
    if below.gap or not value or len(value) > _LONGEST_VALUE:
        return None
    if value.endswith((".", "!", "?", ":")) or stacked_label(value) is not None:
        return None
    if ":" in value and FIELD_RE.fullmatch(value) is not None:
        return None  # a "Key: value" line of its own
    # A status in the site's brackets: "[Completed]".
    return label, bracketed_inside(value) or value


def read_stacked_field(chunks: list[Chunk], index: int) -> int | None:
    """Mark a stacked field at ``index`` (see :func:`stacked_field`): the value's line is the
    field, the label's line above it is dropped. Returns the index after it, else None."""
    if (found := stacked_field(chunks, index)) is None:
        return None
    label, value = found
    chunks[index] = replace(chunks[index], role="dropped", rule="stacked-field-label")
    chunks[index + 1] = replace(
        chunks[index + 1], role="field", rule="stacked-field", label=label, value=value
    )
    return index + 2
