"""A forum thread that collects a writer's separate pieces, copied at one of them.

Writers on fiction forums (SpaceBattles, Sufficient Velocity) keep one thread for their short
pieces: "Wren's Snippets", "Odds and Ends (one-shots)", "Drabble Heap". Each piece is a
post with a threadmark that names it ("Tea at the Lock (Some Novel)"). A copy of such a
thread at one threadmarked post holds one story, and the threadmark, not the thread, titles it;
the post is that story whole, a one-shot, not its chapter.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.patterns import match_heading
from fic2epub.normalise.xenforo import thread_title

# Words that name a thread of separate pieces, in the thread's own name ("Wren's Snippets",
# "Drabble Heap") or in its tags ("(assorted, one-shots)").
_COLLECTION_NAME = lazy(
    r"\b(?:snips?|snippets?|one-?shots?|drabbles?|ficlets?|omakes?|shorts|collection"
    r"|anthology|odds\s+and\s+ends|prompt\s+fills?)\b",
    re.IGNORECASE,
)
# In the tags alone, "snips" or "omakes" may be the scenes of one story ("Title (Fandom
# snips)"): only words for separate pieces count there.
_COLLECTION_TAG = lazy(
    r"\b(?:one-?shots?|drabbles?|ficlets?|collection|anthology)\b", re.IGNORECASE
)
# A threadmark that counts its post among others by a Roman number: "II. The Mill". (One
# with a digit, "Snip 4: Salt Marsh" or "1. The Boathouse", is told by the digit.)
_ROMAN = lazy(r"[IVXLC]{1,6}\.(?:\s|$)")
# Numbers in a piece's own name that count nothing: a clock time ("The 4:10 Ferry") or a
# year ("Winter, 1911"). Only the digits left once they are taken out number an instalment.
_NAMED_NUMBER = lazy(r"\b(?:[01]?\d|2[0-3]):[0-5]\d\b|\b(?:1[5-9]|20)\d\d\b")
# The rules that give a threadmarked post its heading (xenforo, threads).
_MARK_RULES = frozenset({"threadmark-bar", "threadmark-heading"})


def collection_piece(marked: list[Chunk]) -> int | None:
    """Rule ``collection-piece-title``: in a thread whose title names a collection of
    pieces, the one threadmarked post of the copy is a story of its own, and its
    threadmark's name (less its bracketed fandom) is the story's title, not a chapter's
    heading; the thread's title is the collection's (``collection-thread-title``). Returns
    the index of the threadmark's line, now the title, else None.

    Guards: the thread's name names a collection (or its tags name separate pieces, so
    "Title (Fandom snips)", one story told in snips, stays the title); the copy holds one
    threadmarked post, and its threadmark is no numbered instalment ("Snip 4: Salt Marsh") nor
    a chapter's heading ("Chapter 2", "Epilogue"). A clock time or a year in the name ("The
    4:10 Ferry") numbers no instalment."""
    thread = next((i for i, chunk in enumerate(marked) if chunk.rule == "thread-title"), None)
    if thread is None or not _names_collection(marked[thread].text):
        return None
    marks = [
        index
        for index, chunk in enumerate(marked)
        if chunk.role == "heading" and chunk.rule in _MARK_RULES
    ]
    if len(marks) != 1:
        return None
    mark = marks[0]
    name = (marked[mark].value or marked[mark].text).strip()
    if _ROMAN.match(name) or _numbered(name) or match_heading(name):
        return None
    marked[thread] = replace(marked[thread], role="dropped", rule="collection-thread-title")
    title = thread_title(name)
    marked[mark] = replace(marked[mark], role="title", rule="collection-piece-title", value=title)
    return mark


def _names_collection(text: str) -> bool:
    """Whether a thread's title names a collection of pieces, by its name or its tags."""
    name = thread_title(text)
    if _COLLECTION_NAME.search(name):
        return True
    tags = text.strip()[len(name) :] if text.strip().startswith(name) else text
    return _COLLECTION_TAG.search(tags) is not None


def _numbered(name: str) -> bool:
    """Whether a threadmark's name numbers its post among others ("Snip 4: Salt Marsh",
    "1. The Boathouse"): a digit outside any clock time or year in it."""
    return any(c.isdigit() for c in _NAMED_NUMBER.sub("", name))
