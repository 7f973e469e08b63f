"""A two-column page in ``pdftotext -layout`` text, and a zine's boxed advertisement.

``pdftotext -layout`` keeps a printed page's columns side by side: each line of its text
holds a line of the left column, a gutter of spaces, and the line of the right column that
stood level with it. The story runs down the left column and then down the right one, so
read line by line it alternates between two places in the text. A zine also prints
advertisements in a ruled box under the end of a piece; they are the zine's, not the story's.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.pages import join_wrapped, vocabulary

# The fewest lines side by side that show two columns: a table or a header's two fields
# run for a few lines only.
_LEAST_ROWS = 8
# The share of a block's lines that must hold text on both sides of the gutter (a
# story's last column may end a third of the way down its page).
_SPLIT_SHARE = 0.3
# How far short of the column's width most of its lines must reach: a column of prose is
# filled, a table's first column holds short names.
_FILL_SLACK = 12
# The narrowest and the widest a left column may be.
_NARROWEST, _WIDEST = 20, 60
# The blank columns every line must show just before the right column.
_GUTTER = 2


def _agrees(line: str, start: int) -> bool:
    """Whether ``line`` respects a right column starting at ``start``: the columns of the
    gutter just before it are blank (the right column's own line may stand further in: a
    paragraph's indent, a word centred in the column)."""
    return len(line) <= start - _GUTTER or not line[start - _GUTTER : start].strip()


def _splits(line: str, start: int) -> bool:
    """Whether ``line`` holds words on both sides of a gutter before ``start``."""
    return bool(line[: start - _GUTTER].strip()) and bool(line[start:].strip())


def _column_start(rows: list[str]) -> int | None:
    """The column at which a block's right column starts, else None: the furthest column
    every line respects, where many lines hold words on both sides."""
    longest = max(len(row) for row in rows)
    for start in range(min(_WIDEST + _GUTTER, longest - 1), _NARROWEST, -1):
        if not all(_agrees(row, start) for row in rows):
            continue
        split = [row for row in rows if _splits(row, start)]
        if len(split) >= _SPLIT_SHARE * len(rows) and len(split) >= _LEAST_ROWS:
            return start if _filled(split, start) else None
    return None


def _filled(split: list[str], start: int) -> bool:
    """Whether most lines that hold both columns fill the left one nearly to its width,
    as wrapped prose does."""
    width = start - _GUTTER
    full = sum(1 for row in split if len(row[:width].rstrip()) >= width - _FILL_SLACK)
    return 2 * full >= len(split)


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """The runs of filled lines, as (first, end) indices."""
    runs: list[tuple[int, int]] = []
    first: int | None = None
    for index, line in enumerate([*lines, ""]):
        if line.strip() and first is None:
            first = index
        elif not line.strip() and first is not None:
            runs.append((first, index))
            first = None
    return runs


def _read_down(rows: list[str], start: int) -> list[str]:
    """A block's left column, then its right one, as paragraphs parted by blank lines."""
    left = [row[: start - _GUTTER].rstrip() for row in rows]
    right = [row[start:].rstrip() for row in rows]
    # A box stands whole in its column only: read out of the page, it can be seen.
    read = advertisement_boxes("\n".join(line for line in [*left, *right] if line.strip()))
    return _paragraphs([line for line in read.split("\n") if line.strip()])


# The deepest first-line indent of a paragraph; a line further in is centred in its column.
_PARAGRAPH_INDENT = 8


def _paragraphs(lines: list[str]) -> list[str]:
    """A column's lines joined into paragraphs, one a line with a blank line between.

    A column set with first-line indents and no blank lines marks a paragraph only by its
    indent; a line centred in the column ("END") stands alone. The spaces justification
    put between words go, and a word hyphenated over a line's end is joined
    (``hyphen-rejoined``).
    """
    margin = min(len(line) - len(line.lstrip(" ")) for line in lines)
    words = vocabulary(lines)
    groups: list[list[str]] = []
    alone = True  # whether the line above stood alone (centred), so this one starts afresh
    for line in lines:
        indent = len(line) - len(line.lstrip(" ")) - margin
        text = " ".join(line.split())
        if indent > _PARAGRAPH_INDENT:
            groups.append([text])
            alone = True
            continue
        if indent > 0 or alone:
            groups.append([text])
        else:
            groups[-1].append(text)
        alone = False
    out: list[str] = []
    for group in groups:
        out.extend([join_wrapped(group, words), ""])
    return out[:-1]


def layout_columns(text: str) -> str:
    """Rule ``pdf-layout-columns``: a block of eight lines or more in which each line has a
    gutter of blank columns at the same place, with words on both sides of it in most
    lines, is a page of two columns set side by side: it is read down the left column,
    then down the right one.

    Guards: the gutter must be clear in every line of the block (a justified line's wide
    spaces fall at different places in each line, a table's columns are blank in few),
    the right column's lines start at its edge or a paragraph's indent in, and a run of
    fewer lines (a header's two fields, a short table) is left.
    """
    if "      " not in text:
        return text  # the cheap test first: no gutter of spaces anywhere
    # Each page (pdftotext ends one with a form feed) is read on its own: its columns end
    # at its foot.
    pages = text.split("\f")
    read = [_page_columns(page) for page in pages]
    if read == pages:
        return text
    return "\f".join(read)


def _page_columns(page: str) -> str:
    """``page`` with each block of two columns read down one column and then the other."""
    lines = page.split("\n")
    out: list[str] = []
    done = 0
    for first, end in _blocks(lines):
        rows = lines[first:end]
        if len(rows) < _LEAST_ROWS or not any("     " in row for row in rows):
            continue
        start = _column_start(rows)
        if start is None:
            continue
        out.extend(lines[done:first])
        out.extend(_read_down(rows, start))
        done = end
    if not done:
        return page
    out.extend(lines[done:])
    # The last paragraph may go on over the page's end: a blank line parts it from the
    # page's furniture as from the next page.
    return "\n".join(out)


# Rule ``boxed-advertisement``: a box drawn with "+---+" rules and "|" sides whose first
# line inside says it is an advertisement.
_BOX_RULE = lazy(r"[ \t]*\+-{3,}\+[ \t]*")
_BOX_SIDE = lazy(r"[ \t]*\|(?P<inside>[^|\n]*)\|[ \t]*")
_ADVERT = lazy(r"(?:paid\s+)?(?:advertisements?|adverts?|ads?)\.?", re.IGNORECASE)


def advertisement_boxes(text: str) -> str:
    """Rule ``boxed-advertisement``: a zine's advertisement in a ruled box ("+-----+" above
    and below, "|" on both sides) whose first line inside reads "ADVERTISEMENT" goes,
    frame and all. A box round a title or a letter says no such thing and stays."""
    if "+" not in text or "+---" not in text or "|" not in text:
        # The cheap tests first: one character is found at memory speed (line_search), a
        # run of four costs a search of the whole text; no ruled box without both.
        return text
    lines = text.split("\n")
    keep = [True] * len(lines)
    index = 0
    while index < len(lines):
        end = _advert_end(lines, index)
        if end is None:
            index += 1
            continue
        keep[index:end] = [False] * (end - index)
        index = end
    if all(keep):
        return text
    return "\n".join(line for line, kept in zip(lines, keep, strict=True) if kept)


def _advert_end(lines: list[str], index: int) -> int | None:
    """The index after an advertisement box whose top rule is ``lines[index]``, else None."""
    if not _BOX_RULE.fullmatch(lines[index]):
        return None
    sides: list[str] = []
    for at in range(index + 1, min(len(lines), index + 40)):
        if _BOX_RULE.fullmatch(lines[at]):
            if sides and _ADVERT.fullmatch(sides[0]):
                return at + 1
            return None
        side = _BOX_SIDE.fullmatch(lines[at])
        if side is None:
            return None
        if side.group("inside").strip():
            sides.append(side.group("inside").strip())
    return None
