"""Rule ``drawn-table-fields``: a header's fields set in a word processor's table, drawn
with bars by a converter that writes a table as text.

antiword (and other ``.doc``-to-text converters) draws each row of a Word table as one line
of cells between bars, each cell padded to its column's width: ``|Fandom:   |Some Book   |``.
A writer who lays out the header fields as a two-column table (labels left, values right)
gets one such row per field. The bars and the padding are the converter's; the row is the
field "Fandom: Some Book". A value too long for its cell wraps onto a row whose first cell
is empty; that row is the value's next line.

The line count is kept, so line numbers still point at the file.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy
from fic2epub.normalise.fields import is_known_label
from fic2epub.normalise.line_search import line_may_start

# One row of two cells: a bar, the label's cell, a bar, the value's cell, a bar.
_ROW = lazy(r"[ \t]*\|(?P<label>[^|\n]{1,40})\|(?P<value>[^|\n]*)\|[ \t]*")
# A row's start, searched for in the whole text first (line_search).
_ROW_START = lazy(r"\n[ \t]*\|[^|\n]{1,40}\|[^|\n]*\|")
# A short label of a field laid out in a table or a list ("Fandom", "Beta/Editor"): a letter
# first, then no mark a sentence would hold.
LAYOUT_LABEL = r"[^\W\d_][\w'’ /&()-]{0,30}"
# A label cell: a short label ending in a colon ("Fandom:", "Rating:").
_LABEL = lazy(rf"{LAYOUT_LABEL}:")
# At least this many rows of a table, and this many of them known header labels.
_LEAST_ROWS = 2
_LEAST_KNOWN = 2


def drawn_table_fields(text: str) -> str:
    """The text with each row of a drawn table of header fields as a "Label: value" line.

    Guards: a run of two or more consecutive two-cell rows, every row's first cell a label
    with a colon (or empty, for a wrapped value's next row, never the first), and two of the
    labels at least ones header blocks use, so a table of other things (a timetable, a
    character sheet of prose) is left as drawn.
    """
    # The cheap tests first: no bar, no table; a bar is common, a row of cells at a line's
    # start is not.
    if "|" not in text or not line_may_start(_ROW_START, text):
        return text
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        end = _table_end(lines, index)
        if end > index:
            for row in range(index, end):
                lines[row] = _as_field(lines[row])
            index = end
        else:
            index += 1
    return "\n".join(lines)


def _table_end(lines: list[str], start: int) -> int:
    """Where a table of fields that starts at ``start`` ends (the index after its last
    row), or ``start`` if none starts there."""
    known = 0
    end = start
    while end < len(lines) and (found := _ROW.fullmatch(lines[end])) is not None:
        label = found.group("label").strip()
        if label:
            if not _LABEL.fullmatch(label):
                return start
            known += is_known_label(label[:-1])
        elif end == start:
            return start
        end += 1
    return end if end - start >= _LEAST_ROWS and known >= _LEAST_KNOWN else start


def _as_field(line: str) -> str:
    """A row as its field line ("Label: value"), or a wrapped value's next line."""
    found = _ROW.fullmatch(line)
    if found is None:
        return line
    label, value = found.group("label").strip(), found.group("value").strip()
    return f"{label} {value}".strip() if label else value
