"""Rule ``ao3-association-line``: AO3's lines naming the works this one is tied to.

AO3 prints a work's associations itself, one line each, in the work's notes box: the gift
("For user.", see ao3_gift), "Inspired by <title> by <creator>.", "A translation of <title>
by <creator>.", "Translation into <language> available: <title> by <creator>" and, for a
work written for a challenge, "In response to a prompt by <user> in the <name> collection.". A work
page shows them at the top of the box, above the author's own notes; a download lists them
under the notes and their pointer ("See the end of the work for more notes"). They are the
site's metadata, neither the author's note nor the story's text, so the reader drops them.

Only the whole line in AO3's form: the title is free text, the creators one to a few names
(a pseud of up to three words, with its user name in brackets when the two differ). A
sentence the author typed ("Inspired by "Parcels" by inkhorn_lane, which you should read")
runs on past the names and stays the note's, and so does a phrase where the names should be
("Inspired by a walk by the sea."). At the top of the notes, where the author's own lines
are the rule, a creator of several words must carry its user name in brackets as AO3 links
a pseud ("Grey Lady (grey_lady)"): "Inspired by the song Hurt by Johnny Cash." is the
author's. pandoc and calibre keep the list item's mark of an AO3 ebook turned into text
("-   A translation of …", "+ Inspired by …").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.patterns import ASSOCIATION_RE

# The longest association line: a long title and a few creators.
_LONGEST = 250
# Words a phrase opens with where a creator's name should stand: "by the sea", "by my aunt".
_NOT_CREATORS = frozenset(
    "the a an my your his her its our their this that these those me him us them".split()
)
# How the creators of an association are listed: "a, b and c".
_CREATOR_SEPARATORS = lazy(r",\s*(?:and\s+)?|\s+and\s+")
# AO3's prompt association: "In response to a prompt by user in the Spring Swap collection."
_PROMPT_LINE = lazy(
    r"In\s+response\s+to\s+a\s+prompt\s+by\s+[\w.-]+(?:\s\([\w.-]+\))?"
    r"(?:,\s*(?:and\s+)?[\w.-]+(?:\s\([\w.-]+\))?){0,4}\s+in\s+the\s+\S.{0,150}?\s+collection\.?"
)
# The rule names of the lines a download's association list may follow: the notes' pointer,
# or another association line.
_LIST_ABOVE = ("ao3-pointer", "ao3-association-line")


def _unmarked(text: str) -> str:
    """The line without a list item's mark ("- ", "+ ", "* ", "• ") at its start."""
    if text[:1] in "-+*•" and text[1:2].isspace():
        return text[1:].lstrip()
    return text


def _creators_named(text: str, *, strict: bool) -> bool:
    """Whether the words after the line's last "by" name creators, not a phrase; ``strict``
    takes a name of several words only with its user name in brackets."""
    creators = text.rsplit(" by ", 1)[1].rstrip(".")
    for name in _CREATOR_SEPARATORS.split(creators):
        words = name.split()
        if not words or words[0].lower() in _NOT_CREATORS:
            return False
        if strict and len(words) > 1 and not words[-1].startswith("("):
            return False
    return True


def is_association_line(text: str, *, strict: bool = False) -> bool:
    """Whether a line is one of AO3's association lines, whole (list mark allowed);
    ``strict`` for the top of the notes, where the author's own lines are the rule."""
    text = _unmarked(text.strip())
    # The cheap questions first: how the line opens, its length, and the creator's "by".
    if text[:1] not in "AaIiTt" or len(text) > _LONGEST or " by " not in text:
        return False
    if text[:3] == "In " and _PROMPT_LINE.fullmatch(text):
        return True
    if ASSOCIATION_RE.fullmatch(text) is None:
        return False
    return _creators_named(text, strict=strict)


def association_under_pointer(chunks: Sequence[Chunk], index: int) -> bool:
    """A download's association line: right under the notes' pointer (or another such line).

    Only there: the pointer closes the note, so a line in AO3's form right under it is the
    site's list, and anything else is the story."""
    return (
        index > 0
        and chunks[index - 1].rule in _LIST_ABOVE
        and is_association_line(chunks[index].text)
    )


def drop_associations(chunks: list[Chunk], index: int, stop: int) -> int:
    """Drop the download's association lines from ``index`` on (those right under the
    pointer); return the index after them."""
    while index < stop and association_under_pointer(chunks, index):
        chunks[index] = replace(chunks[index], role="dropped", rule="ao3-association-line")
        index += 1
    return index
