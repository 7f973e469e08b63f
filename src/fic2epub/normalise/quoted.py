"""Pass ``quoted``: text quoted with ``> `` markers reads as the text it quotes.

Two kinds of file quote a story line by line. A reader who mails a fic on, or keeps a list
mail, has it quoted by her mail program: ``> `` before every line, ``>`` alone for a blank
line, ``>> `` for a quote inside a quote. A Markdown file sets a blockquote the same way, and
writers put their author's notes in one (``> **A/N:** …``). Either way the markers are
wrapping: removing them (and keeping the line, so line numbers stay the same) lets the other
passes read the lines as they were written.

Only those, and one more: a stretch of the file that is mostly quoted lines (a quoted mail),
any quoted line in a Markdown file, and a blockquote under a note's label (FanFicFare's TXT,
made by html2text, sets "**Notes for the Chapter:**" over a ``> `` quoted note). A ``>``
must be followed by a space or the line's end, so a
greentext story (``>be me``) and ``x > y`` in prose keep theirs.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, Chunks
from fic2epub.normalise.fields import is_known_label
from fic2epub.normalise.markdown import is_markdown, text_lines
from fic2epub.normalise.patterns import match_note

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
    if markdown:
        return _unquote(text, markdown), _blockquotes(text)
    labelled = _labelled_blockquotes(text.split("\n"))
    return _unquote(text, markdown, labelled), labelled


def unquote(text: str) -> str:
    """``text`` with the quote markers taken off its quoted mail stretches, and off every
    quoted line when the file is Markdown."""
    return read_quotes(text)[0]


def _unquote(text: str, markdown: bool, labelled: tuple[range, ...] = ()) -> str:
    lines = text.split("\n")
    if markdown:
        quoted = [i for i, line in enumerate(lines) if _QUOTE.match(line)]
    else:
        # Each line once, whichever rule quotes it. (The label's own line is not quoted:
        # _unquoted leaves it as it is.)
        labelled_lines = {number - 1 for group in labelled for number in group}
        quoted = sorted(set(_mail_quoted(lines)) | labelled_lines)
    for index in quoted:
        lines[index] = _unquoted(lines[index])
    return "\n".join(lines)


def _labelled_blockquotes(lines: list[str]) -> tuple[range, ...]:
    """Rule ``labelled-blockquote``: the 1-based line numbers of each run of quoted lines
    (from the label's line on) whose nearest line of text above is a note's label standing
    alone ("**Summary for the Chapter:**", "A/N:").

    An HTML-to-text converter (html2text, as FanFicFare's TXT uses) quotes a blockquote line
    by line; a label alone above the quote says it holds the note, so the markers are
    wrapping. Without such a label a quoted line (a quoted letter, a chat's reply) keeps them.

    Rule ``labelled-blockquote-field``: a header's field label standing alone ("Fandom:",
    "Stats:", "Summary") counts too. calibre's Markdown output sets each value of AO3's tag list, a
    definition under its term, as a nested quote ("> > > Harbour Tales, Lamplighters") under
    its label.
    """
    groups: list[range] = []
    above, above_at = "", 0
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            index += 1
            continue
        if line.lstrip()[:1] == ">" and _QUOTE.match(line):
            while index < len(lines) and _QUOTE.match(lines[index]):
                index += 1
            label = match_note(above) if len(above) <= 60 else None
            if (label is not None and not label.rest) or _field_label(above):
                # From the label on, so that blockquote_notes sees the note open the group.
                groups.append(range(above_at + 1, index + 1))
            above = ""
            continue
        above, above_at = line.strip(), index
        index += 1
    return tuple(groups)


def _field_label(line: str) -> bool:
    """A known header label alone on its line ("Additional Tags:"; AO3's downloads head the
    summary "Summary", with no colon)."""
    return 2 <= len(line) <= 30 and line[:1].isupper() and is_known_label(line.rstrip(":"))


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
    # The chunks by their first line, so that each group looks up only its own lines.
    starting: dict[int, list[int]] = {}
    for i, chunk in enumerate(chunks):
        starting.setdefault(chunk.first, []).append(i)
    for group in groups:
        inside = sorted(i for number in group for i in starting.get(number, ()))
        if inside and (labelled := _bold_label_note(chunks[inside[0]])) is not None:
            marked[inside[0]] = labelled
        if not inside or marked[inside[0]].role != "note":
            continue
        for index in inside[1:]:
            if chunks[index].role in ("text", "summary", "note-body"):
                marked[index] = replace(chunks[index], role="note-body", rule="blockquote-note")
    return tuple(marked)


# A Markdown note's bold label and its colon opening a blockquote: "**Content note:** …",
# "**Why it was cut:** …" (the colon inside or outside the bold marks).
_BOLD_LABEL = lazy(r"\*\*(?P<label>[A-Z][\w'’ -]{1,30}?)(?::\*\*|\*\*:)\s+(?P<rest>\S.*)", re.S)
# The roles a blockquote's labelled opening may have been given before it is read as a note:
# story text, or a header's field or summary.
_LABEL_ROLES = frozenset({"text", "field", "summary"})


def _bold_label_note(chunk: Chunk) -> Chunk | None:
    """Rule ``blockquote-label-note``: a Markdown blockquote that opens with a bold label
    and its colon ("> **Content note:** …", "> **Why it was cut:** …") is the writer's note
    under that label, set apart from the story by the quote, whatever the label says (a
    known note label is read as a note already). Not a header's known field ("> **Rating:**
    …"), which stays the field it is."""
    if chunk.role not in _LABEL_ROLES or not chunk.text.startswith("**"):
        return None
    found = _BOLD_LABEL.fullmatch(chunk.text)
    if found is None or len(found.group("label").split()) > 5:
        return None
    label = found.group("label").strip()
    if is_known_label(label.lower()):
        return None
    return replace(
        chunk, role="note", rule="blockquote-label-note", label=label, value=found.group("rest")
    )


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
