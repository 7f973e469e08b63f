"""A note's paragraph that names the book the story is fan fiction of, and its writer.

AO3 and many archives tag a book's fandom with its writer: "The Lamp Room - Ada Finch",
"The Orchard Letters (Tom & Ada Finch)". An author's note often talks about that book
("The lamp scene is not mine. Ada Finch wrote it first."), while the story's own prose, set
inside the book's world, has no cause to name the person who wrote it. So a paragraph
right after a note that names the fandom's writer is the note's, not the story's first.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import OPENING_QUOTES, Chunk
from fic2epub.normalise.fields import field_for
from fic2epub.normalise.notes import TALK_RE

# The writer after the book's title in a fandom tag: "Title - Writer", "Title – Writer",
# "Title (Writer)".
_WRITER = lazy(
    r".{2,80}?(?:\s[-–—]\s+(?P<dashed>[^()\-–—]{4,60})|\s*\((?P<bracketed>[^()]{4,60})\))"
)
# A person's name: two to four capitalised words or initials ("Mary Brunton", "J. M.
# Barrie", "Arthur Conan Doyle").
_NAME = lazy(r"(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+")
# Where a fandom tag names two writers: "Charles & Mary Lamb", "Mary and Charles Lamb".
_JOINED = lazy(r"\s*(?:&|\band\b|,)\s*")
# The medium AO3 writes where a book's tag has its writer: "Star Wars - All Media Types",
# "The Witcher (Video Games)", "Sherlock (TV)".
_MEDIUM = lazy(
    r"\b(?:media|types|games?|tv|television|comics?|movies?|films?|anime|manga|cartoons?"
    r"|radio|podcast|musical|theatre|theater|series)\b",
    re.IGNORECASE,
)


def notes_naming_canon(chunks: list[Chunk], start: int) -> None:
    """Rule ``note-names-canon-writer``: the paragraph right under an author's note that
    names the writer of the book the story is fan fiction of (from the header's fandom
    tag) and talks to the reader ("I", "you") is the note's next paragraph.

    Guards: a writer's full name as the fandom tag gives it, not the book's title (a
    book is often named for its heroine, who is in the prose); no opening quote; and the
    paragraph must follow the note with at most one blank line."""
    writers = _fandom_writers(chunks[:start])
    if not writers:
        return
    for index in range(max(start, 1), len(chunks)):
        chunk = chunks[index]
        above = chunks[index - 1]
        if chunk.role != "text" or above.role not in ("note", "note-body") or chunk.gap > 1:
            continue
        text = chunk.text
        if text[:1] in OPENING_QUOTES or not any(writer in text for writer in writers):
            continue
        if TALK_RE.search(text) is not None:
            chunks[index] = replace(chunk, role="note-body", rule="note-names-canon-writer")


def _fandom_writers(header: list[Chunk]) -> set[str]:
    """The writers the header's fandom tags name ("Ada Finch" of "The Lamp Room - Ada
    Finch"); empty when none does. A medium in the writer's place ("All Media Types",
    "Video Games") names no one."""
    writers: set[str] = set()
    for chunk in header:
        if not chunk.label or field_for(chunk.label) != "fandoms":
            continue
        for tag in (chunk.value or chunk.text).split(","):
            found = _WRITER.fullmatch(tag.strip())
            if found is None:
                continue
            named = found.group("dashed") or found.group("bracketed")
            if _MEDIUM.search(named):
                continue
            for name in _JOINED.split(named.strip()):
                if _NAME.fullmatch(name.strip()):
                    writers.add(name.strip())
    return writers
