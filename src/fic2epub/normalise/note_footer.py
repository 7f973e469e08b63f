"""Rule ``note-app-footer``: a note app's record of the note, under a rule at its end.

A note exported from Evernote by yarle (and by other Evernote-to-Markdown tools that copy
its template) ends with the note's own metadata under a ``---`` rule, often indented:
``Created at: 2021-05-02T10:11:12+01:00``, ``Updated at: …``, ``Source: mobile.android``,
``Source URL: https://…``, ``Location: …``, ``Reminder Time: …``. They say when and where
the app kept the note; none of it is the story's, and read as text they make a last
paragraph (and the rule a scene break) after the author's last words.

Only the block that ends the file, under its rule, when every line in it is such a field
and one of them is the note's ``Created at`` or ``Updated at``: a story's own last scene
that opens "Source: the harbourmaster" keeps its place.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.line_search import last_filled_line

# The rule over the block: "---", "***" or "___", indented or not.
_RULE = lazy(r"[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*")
# A field of the note's record: one of the note app's own keys and a value.
_RECORD_FIELD = lazy(
    r"[ \t]*(?:created(?:\s+at)?|updated(?:\s+at)?|source(?:\s+(?:url|application))?"
    r"|location|notebook|reminder(?:\s+(?:time|order|done\s+time))?|subject\s+date"
    r"|tag\(s\)|tags)\s*:[ \t]*\S.*",
    re.IGNORECASE,
)
# The key that marks the block as the app's: when the note was made or last changed.
_DATED = lazy(r"[ \t]*(?:created|updated)(?:\s+at)?\s*:", re.IGNORECASE)
# How many lines the block may hold (its fields and the blank lines between them).
_MOST_LINES = 16
# How far from the end the block may start, in characters.
_TAIL = 4000


def note_app_footer(text: str) -> str:
    """``text`` without a note app's record block at its end; else as it is.

    The block's lines become blank, so line numbers still point at the file.
    """
    tail = text[-_TAIL:].lower()
    if "created" not in tail and "updated" not in tail:
        return text  # no dated field near the end: skip the search
    # A dated word near the end is common, a record block ending the file is not: its last
    # filled line must be one of the record's fields before the whole text is split.
    if not _RECORD_FIELD.fullmatch(last_filled_line(text)):
        return text
    lines = text.split("\n")
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    index = end - 1
    dated = False
    while index >= max(0, end - _MOST_LINES):
        line = lines[index]
        if _RULE.fullmatch(line):
            break
        if line.strip() and not _RECORD_FIELD.fullmatch(line):
            return text
        dated = dated or _DATED.match(line) is not None
        index -= 1
    else:
        return text
    if not dated or index < 0:
        return text
    for position in range(index, end):
        lines[position] = ""
    return "\n".join(lines)
