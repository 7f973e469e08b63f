"""A mailing list's thread copied from Nabble's archive view.

Nabble shows a list's thread as a page: the forum's crumb, the thread's subject, the view
switch ("classic Classic   list List   threaded Threaded") and "3 messages   Options"; then
each message under its own toolbar line ("Reply | Threaded | Open this post in threaded
view"), with the message's subject, the sender's name and the date on three lines. Under
each message's body come the sender's "-- " signature and Nabble's two lines, "View this
message in context: http://…" and "Sent from the … mailing list archive at Nabble.com.";
the page ends on "« Return to …" and "Powered by Nabble". A writer posts a story in parts,
one message each, and list members answer between them.

Only the writer's messages are the story: the page's lines, each message's toolbar,
subject, sender and date, the signatures and Nabble's lines, and other members' messages
are dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, Role, drop_all
from fic2epub.normalise.fields import date_line

# The toolbar over each message: "Reply | Threaded | Open this post in threaded view" (or
# "… | More").
_TOOLBAR = lazy(
    r"reply\s*\|\s*threaded\s*\|\s*(?:open\s+this\s+post\s+in\s+threaded\s+view|more)\s*\W?",
    re.IGNORECASE,
)
# Nabble's lines under each message, and its page's last lines.
_CONTEXT_LINE = r"view\s+this\s+message\s+in\s+context\s*:.*"
_SENT_FROM_LINE = r"sent\s+from\s+the\s+.{1,80}\s+at\s+nabble\.com\.?"
_PAGE_END_LINE = r"«\s*return\s+to\s+.{1,80}|powered\s+by\s+nabble\b.{0,60}"
_CONTEXT = lazy(_CONTEXT_LINE, re.IGNORECASE)
_SENT_FROM = lazy(_SENT_FROM_LINE, re.IGNORECASE)
_FOOT = lazy(rf"{_CONTEXT_LINE}|{_SENT_FROM_LINE}|{_PAGE_END_LINE}", re.IGNORECASE)
# How many lines a "-- " signature may run to above Nabble's lines.
_SIGNATURE = 5
# How many short paragraphs a later part's opening note may have, and how long each may be.
_OPENING = 2
_OPENING_TEXT = 300
# How long a sender's name may be.
_NAME = 60


def nabble_thread(chunks: list[Chunk]) -> None:
    """Rule ``nabble-thread``: drop a Nabble thread page's own lines and other members'
    messages (see the module docstring).

    Skipped unless two lines are Nabble's (a message toolbar, "View this message in
    context:", "Sent from the … at Nabble.com."), and a toolbar is read as one only with a
    sender's name and a date under the subject below it."""
    # A cheap look first: every Nabble page has its toolbar or its "Nabble.com" line. A
    # capital T before "Threaded": one character is found at memory speed, and most
    # paragraphs have none (see line_search).
    if not any(
        ("T" in chunk.text and "Threaded" in chunk.text) or "abble.com" in chunk.text
        for chunk in chunks
    ):
        return
    if sum(1 for chunk in chunks for line in chunk.lines if _nabble_line(line.strip())) < 2:
        return
    heads = [index for index in range(len(chunks)) if _message_head(chunks, index)]
    if not heads:
        return
    writer = chunks[heads[0] + 2].text
    drop_all(chunks, range(0, heads[0]), "nabble-page-top")
    for number, head in enumerate(heads):
        end = heads[number + 1] if number + 1 < len(heads) else len(chunks)
        if chunks[head + 2].text != writer:
            drop_all(chunks, range(head, end), "nabble-member-reply")
            continue
        drop_all(chunks, range(head, head + 4), "nabble-message-header")
        _drop_message_foot(chunks, head + 4, end)
        if number > 0:
            _opening_note(chunks, head + 4, end)


def _nabble_line(line: str) -> bool:
    """Whether the line is one only Nabble's page has."""
    return any(pattern.fullmatch(line) for pattern in (_TOOLBAR, _CONTEXT, _SENT_FROM))


def _message_head(chunks: list[Chunk], index: int) -> bool:
    """Whether a message starts at ``index``: its toolbar line, then the subject, the
    sender's name and the date, each a line of its own."""
    if index + 3 >= len(chunks) or not _TOOLBAR.fullmatch(chunks[index].text):
        return False
    head = chunks[index : index + 4]
    if any(len(chunk.lines) != 1 for chunk in head):
        return False
    name, date = head[2].text, head[3].text
    # Nabble sets the time off with a semicolon: "Oct 02, 2009; 9:14pm".
    return 0 < len(name) <= _NAME and date_line(date.replace(";", "")) is not None


def _drop_message_foot(chunks: list[Chunk], body: int, end: int) -> None:
    """Drop Nabble's lines under a writer's message (and the page's last lines), with the
    signature right above them."""
    for index in range(body, end):
        lines = [line.strip() for line in chunks[index].lines]
        if all(_FOOT.fullmatch(line) for line in lines):
            drop_all(chunks, [index], "nabble-message-foot")
            _drop_signature(chunks, body, index)


def _drop_signature(chunks: list[Chunk], body: int, foot: int) -> None:
    """Drop the "-- " signature right above Nabble's lines at ``foot``, when there is one."""
    for index in range(foot - 1, max(body, foot - _SIGNATURE) - 1, -1):
        if chunks[index].lines[0].strip() == "--":
            drop_all(chunks, range(index, foot), "mail-signature")
            return


def _opening_note(chunks: list[Chunk], body: int, end: int) -> None:
    """Rule ``nabble-opening-note``: a later part's message that opens with a short line or
    two above its chapter heading ("Thanks for the replies! Here is the rest.") opens with
    the writer's note to the list, not the story: it is marked a note without a label, and
    goes under the heading with the rest of the page's top (note_boxes)."""
    for index in range(body, min(end, body + _OPENING + 1)):
        chunk = chunks[index]
        if chunk.role == "heading":
            for note in range(body, index):
                role: Role = "note" if note == body else "note-body"
                text = chunks[note].text
                chunks[note] = replace(
                    chunks[note], role=role, rule="nabble-opening-note", label="", value=text
                )
            return
        if chunk.role != "text" or len(chunk.text) > _OPENING_TEXT:
            return
