"""Pass ``quoted``: text quoted with ``> `` markers reads as the text it quotes.

Two kinds of file quote a story line by line. A reader who mails a fic on, or keeps a list
mail, has it quoted by her mail program: ``> `` before every line, ``>`` alone for a blank
line, ``>> `` for a quote inside a quote. A Markdown file sets a blockquote the same way, and
writers put their author's notes in one (``> **A/N:** …``). Either way the markers are
wrapping: removing them (and keeping the line, so line numbers stay the same) lets the other
passes read the lines as they were written.

Only those two: a stretch of the file that is mostly quoted lines (a quoted mail), or any
quoted line in a Markdown file. A ``>`` must be followed by a space or the line's end, so a
greentext story (``>be me``) and ``x > y`` in prose keep theirs.
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunks
from fic2epub.normalise.markdown import is_markdown, text_lines

# One or more quote markers ("> ", "> > ", ">> "), then a space or the end of the line.
_QUOTE = lazy(r"[ \t]*>(?:[ \t]?>)*(?:[ \t]|$)")
# A stretch counts as a quoted mail with at least this many quoted lines of text...
_LEAST_QUOTED = 8
# ...making up at least this share of its lines of text.
_QUOTED_SHARE = 0.8
# This many unquoted lines of text in a row end a stretch (a reply between two quotes).
_STRETCH_BREAK = 3


def read_quotes(text: str) -> tuple[str, tuple[range, ...]]:
    """``text`` unquoted (see :func:`unquote`) and, for a Markdown file, the 1-based line
    numbers of each of its blockquotes (see :func:`blockquote_notes`)."""
    if ">" not in text:
        return text, ()
    markdown = is_markdown(text_lines(text))
    return _unquote(text, markdown), _blockquotes(text) if markdown else ()


def unquote(text: str) -> str:
    """``text`` with the quote markers taken off its quoted mail stretches, and off every
    quoted line when the file is Markdown."""
    return read_quotes(text)[0]


def _unquote(text: str, markdown: bool) -> str:
    lines = text.split("\n")
    if markdown:
        quoted = [i for i, line in enumerate(lines) if _QUOTE.match(line)]
    else:
        quoted = _mail_quoted(lines)
    for index in quoted:
        lines[index] = _unquoted(lines[index])
    return "\n".join(lines)


def _blockquotes(text: str) -> tuple[range, ...]:
    """The 1-based line numbers of each blockquote of a Markdown text: its runs of quoted
    lines, bare ``>`` lines included."""
    groups: list[range] = []
    start: int | None = None
    lines = text.split("\n")
    for number, line in enumerate([*lines, ""], start=1):
        if _QUOTE.match(line) and line.strip():
            start = number if start is None else start
        elif start is not None:
            groups.append(range(start, number))
            start = None
    return tuple(groups)


def blockquote_notes(chunks: Chunks, groups: tuple[range, ...]) -> Chunks:
    """Rule ``blockquote-note``: a Markdown blockquote that opens with a note's label is that
    note, all of it: its other paragraphs are the note's, whatever they say.

    Writers set an author's note apart in a blockquote (``> **A/N:** …``, a bare ``>`` line,
    ``> More.``); the quote, gone by the time the other passes read the text, was what held
    the paragraphs together.
    """
    if not groups:
        return chunks
    marked = list(chunks)
    for group in groups:
        inside = [i for i, chunk in enumerate(chunks) if chunk.first in group]
        if not inside or chunks[inside[0]].role != "note":
            continue
        for index in inside[1:]:
            if chunks[index].role in ("text", "summary", "note-body"):
                marked[index] = replace(chunks[index], role="note-body", rule="blockquote-note")
    return tuple(marked)


def _unquoted(line: str) -> str:
    """The line without its quote markers and the one space after them."""
    found = _QUOTE.match(line)
    return line[found.end() :] if found else line


def _mail_quoted(lines: list[str]) -> list[int]:
    """Rule ``mail-quote``: the quoted lines of the stretches that are mostly quoted.

    A stretch runs from a quoted line to the last quoted line before a run of unquoted lines
    (a reply, a signature); blank lines and the odd unquoted line inside it (a mail program
    re-wrapping a long quoted line) do not end it.
    """
    stretches: list[list[int]] = []
    current: list[int] = []
    plain: list[int] = []
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if _QUOTE.match(line):
            current.extend(plain if current else [])
            current.append(index)
            plain = []
        elif current:
            plain.append(index)
            if len(plain) >= _STRETCH_BREAK:
                stretches.append(current)
                current, plain = [], []
    if current:
        stretches.append(current)
    result: list[int] = []
    for stretch in stretches:
        quoted = [i for i in stretch if _QUOTE.match(lines[i])]
        written = sum(1 for i in quoted if _unquoted(lines[i]).strip())
        unquoted = len(stretch) - len(quoted)
        if written >= _LEAST_QUOTED and written >= _QUOTED_SHARE * (written + unquoted):
            result.extend(quoted)
    return result
