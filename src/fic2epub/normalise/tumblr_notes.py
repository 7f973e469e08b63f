"""The notes list under a Tumblr post, as a blog's theme shows it on the post's page.

Under the post's tags, date and buttons, a theme lists the post's notes: a "Notes" head (or
"64 notes"), then one line a note, "reader liked this", "reader reblogged this from writer",
a reblog's added comment on its own line under its reblog, and the theme's own links
("← Previous post", "Theme by …"). None of it is the story's or its author's, and a
closing note above it must not take it in.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, drop_all, tail_start

# The list's head: "Notes", "Notes (64)", "64 notes", "Notes: 64".
_HEAD = lazy(
    r"notes?(?:\s*\(\s*[\d.,]+\s*[kK]?\s*\)|\s*:\s*[\d.,]+\s*[kK]?)?|[\d.,]+\s*[kK]?\s+notes",
    re.IGNORECASE,
)
# One note: a Tumblr user name (lower-case letters, digits, hyphens, as Tumblr spells blog
# names, so "Mara liked this" in a story is no note) and what it did: "liked this", "posted
# this", "reblogged this" (from someone, and added a comment), or a reply.
_NAME = r"[a-z0-9][a-z0-9-]{0,31}"
_ENTRY = lazy(
    rf"{_NAME}\s+(?:liked\s+this|posted\s+this"
    rf"|reblogged\s+this(?:\s+from\s+{_NAME})?(?:\s+and\s+added)?(?:\s*:.*)?"
    r"|(?:said|replied|commented)\s*:.*)"
)
# How far above the page's end the head may stand, and how many notes prove the list.
_REACH = 60
_PROOF = 2


def is_note_entry(text: str) -> bool:
    """Whether a line is one note of a Tumblr notes list ("reader liked this"), under a
    post's tags or in the list a blog's theme prints on the post's page."""
    line = text.strip()
    return (
        len(line) <= 300 and (" this" in line or ":" in line) and _ENTRY.fullmatch(line) is not None
    )


def notes_list_start(chunks: list[Chunk], first: int, end: int) -> int:
    """Rule ``tumblr-notes-list``: from a notes list's head near the page's end to the end,
    all is dropped, when the line under the head is a note ("reader liked this") and two
    notes at least follow it. Returns where the dropped lines start.

    A story line "Notes" over prose, or a closing "Notes:" label with its text, has no
    note under it, so nothing is dropped."""
    for index in range(tail_start(chunks, first, end, _REACH), end):
        chunk = chunks[index]
        if chunk.role == "dropped" or len(chunk.text) > 20:
            continue
        if _HEAD.fullmatch(chunk.text.strip()) is None:
            continue
        below = [later for later in range(index + 1, end) if chunks[later].role != "dropped"]
        if not below or not is_note_entry(chunks[below[0]].text):
            continue
        if sum(1 for later in range(index + 1, end) if is_note_entry(chunks[later].text)) < _PROOF:
            continue
        drop_all(chunks, range(index, end), "tumblr-notes-list")
        return index
    return end
