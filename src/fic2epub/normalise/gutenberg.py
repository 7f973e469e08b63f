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
    lines[start] = ""
    _drop_title_page(lines, start + 1)
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
    """Blank the paragraphs above the START line that are not catalogue fields."""
    for first, last in _paragraphs(lines, 0, start):
        if not all(_FIELD.fullmatch(line.strip()) for line in lines[first:last]):
            lines[first:last] = [""] * (last - first)


def _drop_title_page(lines: list[str], index: int) -> None:
    """Blank the transcriber's credit and the centred title page right under the START
    line: paragraphs whose every line is indented, up to the first that is not."""
    spans = _paragraphs(lines, index, len(lines))
    if spans and _CREDIT.fullmatch(lines[spans[0][0]].strip()):
        first, last = spans.pop(0)
        lines[first:last] = [""] * (last - first)
    for first, last in spans:
        if not all(_indent(line) >= _CENTRED for line in lines[first:last]):
            return
        lines[first:last] = [""] * (last - first)


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
