"""Rule ``bulleted-field-list``: a header's fields typed as a bulleted list.

A writer who lays out the header in a word processor often makes the fields a list, one
item each; a converter writes each item with its bullet ("\\t•\\tFandom: Some Book" from
macOS ``textutil``, "• Fandom: …" from an editor's plain-text export, "- Rating: G" in
Markdown, "  * **Rating:** G" from html2text, with the stats as items nested under
"  * **Stats:**"). The bullet is the list's, not the field's: the line is the field.

The line count is kept, so line numbers still point at the file.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy
from fic2epub.normalise.drawn_table import LAYOUT_LABEL
from fic2epub.normalise.fields import is_known_label
from fic2epub.normalise.line_search import line_may_start

_BULLET = "[•◦▪‣·*+-]"
# A list item whose text is a "Label: value" field: the bullet, then a short label, perhaps
# in Markdown's bold ("* **Rating:** Mature", as html2text writes an AO3 download's tags).
_ITEM = lazy(
    rf"[ \t]*(?P<bullet>{_BULLET})[ \t]+(?P<field>(?P<bold>\*\*)?(?P<label>{LAYOUT_LABEL}):"
    r"(?(bold)\*\*)(?:[ \t].*|$))"
)
# An item's start, searched for in the whole text first (line_search): built of the same
# pieces, so the search never misses an item.
_ITEM_START = lazy(rf"\n[^\S\n]*{_BULLET}[^\S\n]+(?:\*\*)?{LAYOUT_LABEL}:")
# At least this many items in the run, and this many of them known header labels.
_LEAST_ITEMS = 2
_LEAST_KNOWN = 2


def bulleted_fields(text: str) -> str:
    """The text with the bullets of a bulleted list of header fields taken off.

    Guards: a run of two or more consecutive items with the same bullet, every item a
    "Label: value" field, and two labels at least ones header blocks use ("Fandom",
    "Rating"), so a list in the story ("- Eggs: two") stays as typed.
    """
    if not line_may_start(_ITEM_START, text):
        return text
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        end = _list_end(lines, index)
        for item in range(index, end):
            found = _ITEM.fullmatch(lines[item])
            if found is not None:
                lines[item] = found.group("field")
        index = max(end, index + 1)
    return "\n".join(lines)


def _list_end(lines: list[str], start: int) -> int:
    """Where a bulleted list of fields that starts at ``start`` ends, or ``start``."""
    first = _ITEM.fullmatch(lines[start])
    if first is None:
        return start
    bullet = first.group("bullet")
    known = 0
    end = start
    while end < len(lines) and (found := _ITEM.fullmatch(lines[end])) is not None:
        if found.group("bullet") != bullet:
            break
        known += is_known_label(found.group("label"))
        end += 1
    return end if end - start >= _LEAST_ITEMS and known >= _LEAST_KNOWN else start
