"""A story's stats table copied from an archive page as tab-separated rows.

Twisting the Hellmouth and other archives show a story's details as a table: a row of column
names ("Categories  Author  Rating  Chapters  Words  …  Complete") over a row of values. A
browser copies each row as one line with a tab between cells. The tabs are all that pairs a
value with its column, and they become spaces once the text is tidied, so this runs first.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.fields import LIST_FIELDS, field_for, is_known_label

# A column name: one to three words, no sentence marks.
_COLUMN = lazy(r"[^\W\d_][\w'’ /-]{0,24}")
# At least this many columns, and at least this many of them labels that header blocks use.
_LEAST_COLUMNS = 4
_LEAST_KNOWN = 3


def label_tab_table(text: str) -> str:
    """Rule ``tab-stats-table``: a line of tab-separated column names, most of them header
    labels ("Author", "Rating", "Complete"), over a line with as many tab-separated cells is
    a stats table; the values line becomes "Name: value | Name: value …", the header fields
    it holds, and the names line stays (it is dropped as the site's chrome).

    The line count is kept, so line numbers still point at the file. Prose has no tabs
    between its words, and a table of other things names no header labels.
    """
    if "\t" not in text:
        return text
    lines = text.split("\n")
    for index in range(len(lines) - 1):
        head = lines[index]
        if head.count("\t") < _LEAST_COLUMNS - 1:
            continue
        names = [name.strip() for name in head.split("\t")]
        cells = [cell.strip() for cell in lines[index + 1].split("\t")]
        if len(cells) != len(names) or not all(_COLUMN.fullmatch(name) for name in names):
            continue
        if sum(is_known_label(name) for name in names) < _LEAST_KNOWN:
            continue
        pairs = [f"{name}: {cell}" for name, cell in zip(names, cells, strict=True) if cell]
        lines[index + 1] = " | ".join(pairs)
    return "\n".join(lines)


def table_row_fields(text: str) -> list[tuple[str, str]] | None:
    """The fields of a stats table's values line as ``label_tab_table`` wrote it ("Name:
    value | Name: value …"), or None: every item labelled, three known labels at least, so
    a line of prose with a bar in it never reads as one."""
    if " | " not in text or len(text) > 400:
        return None
    items = text.split(" | ")
    if len(items) < _LEAST_COLUMNS:
        return None
    fields: list[tuple[str, str]] = []
    for item in items:
        name, colon, value = item.partition(": ")
        if not colon or not _COLUMN.fullmatch(name.strip()):
            return None
        fields.append((name.strip(), value.strip()))
    if sum(is_known_label(name) for name, _ in fields) < _LEAST_KNOWN:
        return None
    return fields


# A tab (or several) between a line's words and a number that ends it: a word processor's
# contents entry, "Chapter Two<TAB>3", set as its page number. Not an indent's tabs.
_PAGE_TAB = lazy(r"(?<=\S)\t+(?=\d{1,4} *$)", re.MULTILINE)


def page_number_tabs(text: str) -> str:
    """Rule ``tab-page-number``: the tab between a contents entry and its page number
    ("Epilogue<TAB>5", as Word saves its table of contents as plain text) stays a wide gap of
    two spaces at least. Expanded to the next tab stop it may become one space, and then
    "Chapter Two: Cocheforêt 3" would read as a heading that ends in a number; the gap tells
    the contents list (contents.py) its page numbers. Prose puts no tab before a line's last
    word, so nothing else changes."""
    if "\t" not in text:
        return text
    return _PAGE_TAB.sub("  \t", text)


# A list field's label and its tab-separated values, as AO3's work header (a definition list
# whose tags are links) copies with select-all: "Characters:<TAB>Ann<TAB>Bo<TAB>Cy".
_TAB_LIST = lazy(
    r"^(?P<label>[^\W\d_][\w'’ /()-]{0,30}:)[ \t]*\t(?P<cells>[^\t\n]+(?:\t+[^\t\n]+)+)$",
    re.MULTILINE,
)


def tab_list_values(text: str) -> str:
    """Rule ``tab-list-values``: a list field's label ("Characters:", "Additional Tags:")
    with its values set apart by tabs on the same line becomes "Label: a, b, c". Expanded to
    tab stops the tabs become runs of spaces, as between the words of one tag, and the
    values would run together into one. AO3 allows no comma in a tag, so the commas split
    them again as the site listed them.

    Only a label of a list field (the authors, fandoms, relationships, characters, warnings,
    categories and tags) and only cells with no colon, so the stats line's "Published:<TAB>
    2024-02-10" pairs and every other tab are left as they are.
    """
    if "\t" not in text:
        return text

    def joined(found: re.Match[str]) -> str:
        label = found.group("label")
        cells = [cell.strip() for cell in found.group("cells").split("\t")]
        if field_for(label) not in LIST_FIELDS or any(":" in cell for cell in cells):
            return found.group(0)
        return f"{label} {', '.join(cell for cell in cells if cell)}"

    return _TAB_LIST.sub(joined, text)
