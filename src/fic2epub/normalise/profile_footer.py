"""A blogging platform's author box under a post (Medium and its like), and what sits above
and under it.

Under a post, Medium sets the post's topic chips one a line ("Short Story", "Fiction"), the
clap and response counts again, then the author's box: "Written by <name>", the follower
count, "Writer for <publication>", a Follow button; then "More from <name>", "Recommended
from Medium" and the site's footer links (Help, Status, About…). None of it is the story.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, drop_run_above, tail_start
from fic2epub.normalise.page_footers import page_footer

# "Written by Ines Calloway": the box's head, a name of one to four words after it.
_WRITTEN_BY = lazy(r"written\s+by\s+[^\s.!?,;:]{1,30}(?:\s+[^\s.!?,;:]{1,30}){0,3}", re.IGNORECASE)
# What the box holds under its head: "214 Followers", "1.2K followers", "Follow",
# "Writer for <publication>", "Editor of …", "More from <name>", "Recommended from Medium".
_BOX_LINE = lazy(
    r"[\d.,]+\s*[KkMm]?\s+followers?|\d[\d.,]*\s*[KkMm]?\s+following|follow(?:ing)?|[·•]"
    r"|(?:writer|editor)\s+(?:for|of|at)\s+\S.{0,60}|more\s+from\s+\S.{0,60}"
    r"|recommended\s+from\s+\S.{0,40}|see\s+all\s+from\s+\S.{0,60}|about\s+the\s+author",
    re.IGNORECASE,
)
# How far from the chapter's end (in kept chunks) the box may stand: the site's footer
# links and a list of recommended posts come under it.
_REACH = 40


def profile_footer(chunks: list[Chunk], first: int, end: int) -> None:
    """Rule ``post-author-box``: near the end, a "Written by <name>" line with the box's
    follower count, Follow button, "Writer for …" or "More from …" line within the next
    three lines ends the post: it and everything under it are the page's. The topic chips
    and bare counts right above it (short lines with no sentence mark, one a line) go with
    it (rule ``post-topic-chips``).

    Only with the box's own lines under the head: a story's "Written by lamplight" line, or
    a credit "Written by Ann Lee" alone at the end, stays the story's."""
    # Only the chapter's last lines are read: found from its end, not by listing them all.
    start = tail_start(chunks, first, end, _REACH)
    kept = [i for i in range(start, end) if chunks[i].role != "dropped"]
    for index in kept:
        lines = list(chunks[index].lines)
        for at, line in enumerate(lines):
            if line[:1] not in "Ww" or not _WRITTEN_BY.fullmatch(line):
                continue
            below = lines[at + 1 :] + [
                line for c in chunks[index + 1 : end] for line in c.lines if c.role != "dropped"
            ]
            if not any(_BOX_LINE.fullmatch(line) for line in below[:3]):
                continue
            if at and not all(_chip(line) for line in lines[:at]):
                continue  # a paragraph's last line: the box stands on its own
            for later in range(index, end):
                if chunks[later].role != "dropped":
                    chunks[later] = replace(chunks[later], role="dropped", rule="post-author-box")
            _topic_chips(chunks, first, index)
            return


def _chip(line: str) -> bool:
    """A topic chip or a count: a short line of one to four words, no sentence mark."""
    words = line.split()
    return (
        1 <= len(words) <= 4
        and len(line) <= 32
        and not any(c in line for c in '.!?,;:"“”')
        and (line[:1].isupper() or line.isdigit())
    )


def _topic_chips(chunks: list[Chunk], first: int, index: int) -> None:
    """Drop the chips and counts standing right above the author's box."""
    drop_run_above(chunks, first, index, _chip, "post-topic-chips")


# Rule ``more-by-list``: the head of a story site's list of the author's other works under
# the story, "More stories by name" (Lushstories and its like), "Other Content by name"
# (Booksie), "More works from name".
_MORE_BY = lazy(
    r"(?:more|other)\s+(?:stories|works|content|books)\s+(?:by|from)\s+@?\S{1,40}",
    re.IGNORECASE,
)
# How many of the list's own lines (titles and kinds) may stand under its head.
_MOST_LIST_LINES = 12


def more_by_list(chunks: list[Chunk], first: int, end: int) -> None:
    """Rule ``more-by-list``: near a chapter's end, the "More stories by name" head and the
    titles listed under it, one a line ("The Falconer's Wager", "Book / Fan Fiction"), are
    the page's. Guards: every line left under the head, up to the chapter's end, is a short
    line with no sentence's end, or was already dropped (comments, the footer); at most
    twelve such lines. A story's line "More stories by the fire, then bed." has a sentence
    under it, or is itself one."""
    start = tail_start(chunks, first, end, _REACH)
    for index in range(start, end):
        chunk = chunks[index]
        # The head itself may be dropped already (a comment thread's end taken as chrome).
        if not chunk.lines:
            continue
        if chunk.lines[0][:1] not in "MmOo" or not _MORE_BY.fullmatch(chunk.lines[0].strip()):
            continue
        below = [
            line for c in chunks[index + 1 : end] if c.role != "dropped" for line in c.lines
        ] + list(chunk.lines[1:])
        if len(below) > _MOST_LIST_LINES or not all(_list_title(line) for line in below):
            return
        for later in range(index, end):
            if chunks[later].role != "dropped":
                chunks[later] = replace(chunks[later], role="dropped", rule="more-by-list")
        return


def _list_title(line: str) -> bool:
    """A listed work's title or kind: a short line that does not end a sentence."""
    stripped = line.strip()
    if 0 < len(stripped) <= 60 and len(stripped.split()) <= 8 and stripped[-1] not in '.!?"”':
        return True
    return page_footer(stripped) is not None  # the site's footer under the list
