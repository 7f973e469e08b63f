"""Two lines of a journal entry's header that are neither its title nor its story.

A journal entry copied from its page carries the post's time under its date and subject
("11:42 pm"), which a header reader would otherwise take for a bare title; and an author
may set whom the story is for on a line of its own under the header's fields ("For name,
who asked for…"), above the cut or the first heading, where it would otherwise open the
story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.dedication import dedicates
from fic2epub.normalise.fields import date_line
from fic2epub.normalise.journal_parts import is_cut_link

# A clock time alone: "11:42 pm", "9:05 AM", "23:05", "at 11:42 p.m.", "11:42 pm (UTC)".
_CLOCK_TIME = lazy(
    r"(?:at\s+)?(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*[ap]\.?\s?m\.?)?"
    r"(?:\s*\(?\s*(?:utc|gmt)\s*\)?)?",
    re.IGNORECASE,
)
# How many lines above the time the entry's date may stand (the subject may come between).
_DATE_REACH = 3


def is_entry_time(chunks: Sequence[Chunk], index: int) -> bool:
    """Rule ``entry-time-line``: a clock time alone on its line ("11:42 pm") in a journal
    entry's header is the time the entry was posted, which LiveJournal's styles print
    under the date and the subject; not the title. Only with a date line a few lines above
    it, so a story called "11:42 pm" at the top of a file stays its title."""
    text = chunks[index].text
    if len(text) > 24 or ":" not in text or not _CLOCK_TIME.fullmatch(text):
        return False
    above = chunks[max(0, index - _DATE_REACH) : index]
    return any(date_line(chunk.text) is not None for chunk in above)


# "for @handle": whom the story is for, named by a site's user handle.
_FOR_HANDLE = lazy(r"for\s+@[\w.-]{2,40}\b", re.IGNORECASE)
# The roles of a header's labelled lines, which the dedication stands under.
_FIELD_ROLES = frozenset({"field", "field-value", "info"})
# The roles of what marks the story's start under the dedication: a heading, a break.
_STORY_OPENERS = frozenset({"heading", "part", "separator", "scene-break"})


def is_dedication_under_header(chunks: Sequence[Chunk], index: int) -> bool:
    """Rule ``dedication-under-header``: a line saying whom the story is for ("For name,
    who asked for…", "for @name!"), set right under a post's labelled header fields and
    above the story's first heading or break, is a line of the header, like a "Written
    for …" field: neither the story nor a note to the reader.

    Guards, since a story may open "For Marnie, who had never seen the sea, …": only a
    single line under the header's fields (nothing but dropped lines between), with a
    heading, a break or a journal's cut link (past dropped lines) before any story text
    under it, and addressed as a dedication is (:func:`dedication.dedicates`; a capital
    "For" needs a "who" clause after the name, or a stronger mark)."""
    chunk = chunks[index]
    if chunk.text[:4] not in ("for ", "For ") or chunk.role != "text" or len(chunk.lines) != 1:
        return False
    above = next((c for c in reversed(chunks[:index]) if c.role != "dropped"), None)
    if above is None or above.role not in _FIELD_ROLES:
        return False
    below = next((c for c in chunks[index + 1 :] if c.role != "dropped"), None)
    if below is None:
        return False
    # Rule ``handle-dedication-under-header``: a dedication to an @-handle ("for @name,
    # who asked…") may stand right over the story's first line: no narrator's sentence
    # names a user by a handle.
    handle_over_text = below.role == "text" and _FOR_HANDLE.match(chunk.text) is not None
    if (
        below.role not in _STORY_OPENERS
        and not is_cut_link(below.text.strip())
        and not handle_over_text
    ):
        return False
    # Read as the inside of a bracketed dedication is: the line is set apart as that is.
    return dedicates(chunk.text)
