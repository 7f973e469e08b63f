"""Rule ``board-followups``: a message board's follow-up list and reply form under a post.

Old threaded boards (WWWBoard and the scripts that copied it) print, under each post's text,
the titles of the replies to it and a form to post another, its "Comments:" box filled with
the post's last line quoted after ": "::

    Follow Ups:
      Re: The Long Road, Ch. 1 (new) -- lovely! reader_one 3/4/2003

    Post a Followup

    Name:
    E-Mail:
    Subject: Re: The Long Road, Ch. 1 (new)
    Comments:
    : She shut the door behind her.

    [ Post Followup ] [ The Board ] [ FAQ ]

A reader who copies the posts one after another keeps all of it under each chapter. None of
it is the writer's: the quoted line repeats the story's, and a closing note above the list
would take the replies in as its own lines.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import Chunk, drop_all

# The list's head: "Follow Ups:", "Followups:", "Follow-ups:".
_HEAD = lazy(r"follow[\s-]?ups?\s*:?", re.IGNORECASE)
# A reply's line in the list: its subject, "Re: …", and the replier and date after it.
_REPLY = lazy(r"re\s*:\s*\S.{0,200}", re.IGNORECASE)
# The form's heading: "Post a Followup", "Post a Follow-up", "Post Followup".
_FORM_HEAD = lazy(r"post\s+(?:a\s+)?follow[\s-]?up", re.IGNORECASE)
# The form's fields, bare or with the value the board filled in (the subject).
_FORM_FIELD = lazy(
    r"(?:name|e-?mail|subject|comments?|message|optional\s+link\s+url|link\s+title"
    r"|optional\s+image\s+url)\s*:.{0,200}",
    re.IGNORECASE,
)
# The post's own lines quoted in the comments box, each after ": ".
_QUOTED = lazy(r":(?:\s.*)?")
# How far above the chapter's end the list may start.
_REACH = 40


def board_followups_start(chunks: list[Chunk], first: int, end: int) -> int:
    """Drop a post's follow-up list and reply form near the chapter's end, from the "Follow
    Ups:" head down to the last line of the board's (the form, its quoted lines and its
    link bar, the next post's header the other rules have dropped).

    Guards: the head is a whole line; a reply's "Re: …" line or the form's heading comes
    under it; every line down to the form's end is one of the board's. Returns where the
    dropped lines start when they run to the chapter's end, else the end unchanged."""
    for index in range(max(first, end - _REACH), end):
        chunk = chunks[index]
        if chunk.role not in ("text", "note", "note-body") or len(chunk.lines[0]) > 14:
            continue  # the cheap test first: the head is a short line
        if not _HEAD.fullmatch(chunk.lines[0].strip()):
            continue
        # The replies may hang under the head with no blank line, in the head's chunk.
        below = [line.strip() for line in chunk.lines[1:]]
        if not all(_board_line(line) for line in below):
            continue
        stop, proven = _board_lines(chunks, index + 1, end)
        proven = proven or any(_REPLY.fullmatch(line) for line in below)
        if not proven:
            continue
        drop_all(chunks, range(index, stop), "board-followups")
        return index if stop == end else end
    return end


def _board_lines(chunks: list[Chunk], start: int, end: int) -> tuple[int, bool]:
    """Where the board's lines from ``start`` stop, and whether a reply or the form's
    heading was among them."""
    proven = False
    for index in range(start, end):
        chunk = chunks[index]
        if chunk.role == "dropped":
            continue
        lines = [line.strip() for line in chunk.lines]
        if not all(_board_line(line) for line in lines):
            return index, proven
        proven = proven or any(
            _REPLY.fullmatch(line) or _FORM_HEAD.fullmatch(line) for line in lines
        )
    return end, proven


def _board_line(line: str) -> bool:
    """A line of the list or the form: a reply, the form's heading, a field, a quoted line
    or the board's links."""
    return bool(
        _REPLY.fullmatch(line)
        or _FORM_HEAD.fullmatch(line)
        or _FORM_FIELD.fullmatch(line)
        or _QUOTED.fullmatch(line)
        or is_site_chrome(line)
    )
