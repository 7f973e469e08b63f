"""Rule ``closing-contents-list``: an e-book's table of contents printed after the story.

calibre turns a MOBI (AO3's MOBI download among them) into text with the book's table of
contents at the very end: a "Table of Contents" line, then one line per entry, the chapter
headings the story already gave and the odd anchor the converter found ("more notes", the
link of AO3's "See the end of the work for more notes"). The list repeats the headings; it
is neither chapters nor notes, so it is dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.normalise.chunks import Chunk, Chunks

# The list's own heading, as converters write it (compared in lower case).
_CONTENTS = frozenset({"table of contents", "contents"})
# How far from the end the list's heading is looked for, in chunks.
_REACH = 40
# The longest line taken as an entry.
_LONGEST_ENTRY = 80
# The most entries taken as link anchors (``closing-contents-anchor``).
_MOST_ANCHORS = 2


def closing_contents(chunks: Chunks) -> Chunks:
    """Drop a table of contents that closes the text (rule ``closing-contents-list``).

    Guards: the "Table of Contents" line is a line of its own among the text's last lines,
    after the story has had two headings or more; everything after it to the end is a short
    line (no sentence's end); two entries at least repeat, word for word, lines that stand
    above the list; and those repeats outnumber the other entries, or do so once the link
    anchors among them are counted (``closing-contents-anchor``): an entry found as whole
    words inside one line above, at most ``_MOST_ANCHORS`` of them. A story that ends on a
    list of its own has no such run of its own headings.
    """
    start = _contents_line(chunks)
    if start is None:
        return chunks
    entries = [index for index in range(start + 1, len(chunks)) if chunks[index].role != "dropped"]
    if not entries or not all(_entry_like(chunks[index]) for index in entries):
        return chunks
    above = {_key(chunk.text) for chunk in chunks[:start] if len(chunk.lines) == 1}
    keys = [_key(chunks[index].text) for index in entries]
    repeats = sum(key in above for key in keys)
    if repeats < 2:
        return chunks
    if repeats * 2 <= len(entries):
        # Rule ``closing-contents-anchor``: the other entries are the converter's names for
        # the links it found, each a link's own text inside a line above ("notes" from
        # "See the end of the work for more notes", a related work's title from "Inspired by
        # <title> by <name>."). Looked for only when the whole-line repeats fall short.
        # Whole words within one line: a short entry ("Red") is found inside many a word
        # ("covered"), and a link's text never runs over a line break.
        lines = [
            " ".join(line.split()).casefold() for chunk in chunks[:start] for line in chunk.lines
        ]
        anchors = sum(key not in above and _anchor_in(key.casefold(), lines) for key in keys)
        # A work has few such links (a note pointer, a related work or two): a list that
        # needs more of them to pass is the story's own.
        anchors = min(anchors, _MOST_ANCHORS)
        if (repeats + anchors) * 2 <= len(entries):
            return chunks
    marked = list(chunks)
    for index in [start, *entries]:
        marked[index] = replace(marked[index], role="dropped", rule="closing-contents-list")
    return tuple(marked)


def _anchor_in(entry: str, lines: list[str]) -> bool:
    """Whether the (case-folded) entry stands as whole words inside one of the lines."""
    pattern: re.Pattern[str] | None = None
    for line in lines:
        if entry not in line:
            continue
        pattern = pattern or re.compile(rf"(?<!\w){re.escape(entry)}(?!\w)")
        if pattern.search(line):
            return True
    return False


def _key(text: str) -> str:
    """A line as the list repeats it: spaces collapsed, and without the bold a Markdown
    converter sets a heading in ("**Chapter 1: Title**")."""
    return " ".join(text.strip().strip("*_").split())


def _contents_line(chunks: Chunks) -> int | None:
    """The index of a "Table of Contents" line among the last chunks, when two headings
    stand above it; else None. The line may be set in bold ("**Table of Contents**", as
    calibre's Markdown output writes it)."""
    first = max(0, len(chunks) - _REACH)
    for index in range(len(chunks) - 1, first - 1, -1):
        chunk = chunks[index]
        text = chunk.text
        if len(text) <= 24 and len(chunk.lines) == 1 and text.strip(" :*_").lower() in _CONTENTS:
            headings = sum(chunk.role == "heading" for chunk in chunks[:index])
            return index if headings >= 2 else None
    return None


def _entry_like(chunk: Chunk) -> bool:
    """A line that may be an entry of the list: one line, short (``_LONGEST_ENTRY``), text or
    a heading, and not ending as a sentence or a quote does."""
    text = chunk.text.strip()
    return (
        len(chunk.lines) == 1
        and 0 < len(text) <= _LONGEST_ENTRY
        and chunk.role in ("text", "heading")
        and not text.endswith((".", ",", ";", "!", "?", '"', "”"))
    )
