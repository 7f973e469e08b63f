"""A text laid out the way Project Gutenberg lays out its plain-text books.

Project Gutenberg's files (and the fan texts and small archives that copy their layout) frame
the book: a first line "The Project Gutenberg EBook of X, by Y", a licence paragraph, the
catalogue's fields (Title:, Author:, Release Date:, Language:, Character set encoding:), a
"*** START OF THIS PROJECT GUTENBERG EBOOK X ***" line, the transcriber's "Produced by …"
credit and the book's title page, set centred. At the end come "End of the Project Gutenberg
EBook of X", the "*** END OF … ***" line and the licence's long text or a short footer. The
frame is the archive's, not the book's; the fields stay for the header to read.

The line count is kept (dropped lines become blank), so line numbers still point at the file.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# The START and END lines: "*** START OF THIS PROJECT GUTENBERG EBOOK X ***", "***START OF
# THE PROJECT GUTENBERG EBOOK X***", a fan text's "*** START OF THIS FAN TEXT X ***".
_START = lazy(r"\*{3}\s*START\s+OF\s+TH(?:IS|E)\s.{1,200}?\*{3}", re.IGNORECASE)
_END = lazy(r"\*{3}\s*END\s+OF\s+TH(?:IS|E)\s.{1,200}?\*{3}", re.IGNORECASE)
# The line above the END line: "End of the Project Gutenberg EBook of X", "End of Project
# Gutenberg's X".
_END_OF = lazy(r"end\s+of\s+(?:the\s+)?project\s+gutenberg\S*\s.*", re.IGNORECASE)
# A catalogue field above the START line: "Title: X", "Release Date: May 2, 2003 [EBook #7]".
_FIELD = lazy(r"[A-Z][A-Za-z]{1,20}(?: [A-Za-z]{1,20}){0,3}:\s+\S.*")
# The transcriber's credit under the START line.
_CREDIT = lazy(
    r"(?:produced|prepared|transcribed|digiti[sz]ed|scanned)\s+by\s.*"
    r"|e-?text\s+(?:prepared|produced)\s+by\s.*",
    re.IGNORECASE,
)
# The least indent of a centred title page's lines.
_CENTRED = 8
# A flush-left title page: the most lines under its title (a subtitle, the byline, a date),
# and the longest of them.
_MOST_TITLE_PAGE_LINES = 4
_LONGEST_TITLE_PAGE_LINE = 90


def _start_line_likely(text: str) -> bool:
    """Whether some "***" in ``text`` has "START OF TH" after it, in any case: the cheap test
    before the lines are read. (Upper-casing the whole text first cost 5 ms at 1.2 MB; a
    story's "***" lines are few.)"""
    if "*" not in text:
        # One character is found at memory speed (see line_search), where "***" is looked
        # for character by character: a story without an asterisk has no START line.
        return False
    position = text.find("***")
    while position >= 0:
        if "START OF TH" in text[position : position + 24].upper():
            return True
        position = text.find("***", position + 3)
    return False


def gutenberg_frame(text: str) -> str:
    """Rule ``gutenberg-frame``: ``text`` without Project Gutenberg's frame: the preamble
    above the START line (all but its catalogue fields), the START line, the "Produced by"
    credit and centred title page under it, and everything from "End of the Project
    Gutenberg …" or the END line down; else as it is.

    Guards: the text holds a whole "*** START OF THIS/THE … ***" line (the cheap substring
    test first); the preamble's kept paragraphs are fields only, one a line; only centred
    paragraphs right under the START line (and its credit) are a title page."""
    if not _start_line_likely(text):
        return text
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines) if _START.fullmatch(line.strip())), None)
    if start is None:
        return text
    _drop_preamble(lines, start)
    title = lines[start].strip().strip("*").strip().upper()
    lines[start] = ""
    _drop_title_page(lines, start + 1, title)
    end = next((i for i in range(start + 1, len(lines)) if _END.fullmatch(lines[i].strip())), None)
    if end is not None:
        end = _end_of_line(lines, end)
        lines[end:] = [""] * (len(lines) - end)
    return "\n".join(lines)


def _paragraphs(lines: list[str], start: int, stop: int) -> list[tuple[int, int]]:
    """The (first, last + 1) line spans of the blank-line separated paragraphs in range."""
    spans: list[tuple[int, int]] = []
    first: int | None = None
    for index in range(start, stop):
        if lines[index].strip():
            if first is None:
                first = index
        elif first is not None:
            spans.append((first, index))
            first = None
    if first is not None:
        spans.append((first, stop))
    return spans


def _drop_preamble(lines: list[str], start: int) -> None:
    """Blank the paragraphs above the START line that are not catalogue fields. A field's
    indented second line ("Title: X" over "       A story after Y", the catalogue's
    subtitle) is blanked and the field kept."""
    for first, last in _paragraphs(lines, 0, start):
        if not _FIELD.fullmatch(lines[first].strip()):
            lines[first:last] = [""] * (last - first)
            continue
        for at in range(first + 1, last):
            line = lines[at]
            if _FIELD.fullmatch(line.strip()):
                continue
            if _indent(line) < _CENTRED // 2 or not _FIELD.fullmatch(lines[at - 1].strip()):
                lines[first:last] = [""] * (last - first)
                break
            lines[at] = ""


def _drop_title_page(lines: list[str], index: int, start_line: str) -> None:
    """Blank the transcriber's credit and the centred title page right under the START
    line: paragraphs whose every line is indented, up to the first that is not.

    A title page set flush left is known by its first line, the book's title that ends the
    START line ("*** START OF … THE LEASE ***" over "THE LEASE"): it and the one-line
    paragraphs under it that are not in capitals ("A Story after X", "By Y") are blanked;
    a line in capitals ("CONTENTS", "PREFACE") is the book's and ends it."""
    spans = _paragraphs(lines, index, len(lines))
    if spans and _CREDIT.fullmatch(lines[spans[0][0]].strip()):
        first, last = spans.pop(0)
        lines[first:last] = [""] * (last - first)
    if spans and _flush_title(lines, spans[0], start_line):
        lines[spans[0][0]] = ""
        for first, last in spans[1:_MOST_TITLE_PAGE_LINES]:
            line = lines[first].strip()
            if last - first > 1 or line.isupper() or len(line) > _LONGEST_TITLE_PAGE_LINE:
                break
            lines[first] = ""
        return
    for first, last in spans:
        if not all(_indent(line) >= _CENTRED for line in lines[first:last]):
            return
        lines[first:last] = [""] * (last - first)


def _flush_title(lines: list[str], span: tuple[int, int], start_line: str) -> bool:
    """Whether the one-line paragraph ``span``, set flush left, is the title that ends the
    START line (a centred title page is read by its indent)."""
    first, last = span
    title = lines[first].strip().upper()
    return (
        last - first == 1
        and _indent(lines[first]) < _CENTRED
        and len(title) > 2
        and start_line.endswith(" " + title)
    )


def _indent(line: str) -> int:
    """The line's leading spaces (a tab counted as eight)."""
    expanded = line.expandtabs(8)
    return len(expanded) - len(expanded.lstrip(" "))


def _end_of_line(lines: list[str], end: int) -> int:
    """Where the closing frame starts: the "End of the Project Gutenberg …" line when it
    stands in the paragraph right above the END line, else the END line."""
    above = end - 1
    while above > 0 and not lines[above].strip():
        above -= 1
    while above > 0 and lines[above - 1].strip():
        above -= 1
    return above if _END_OF.fullmatch(lines[above].strip()) else end
