"""Scenes numbered under acts: a play-like fic's "Act One" over "Scene One", "Scene Two".

A writer who sets a fic out like its play heads each act ("Act One: The Castle") and,
under it, each scene ("Scene One", "Scene Two"), the count starting again in each act, as a
printed play numbers them. The scenes are the chapters and the acts the parts over them;
a reader that took "Scene One" for prose would make each act one chapter.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, Chunks
from fic2epub.normalise.patterns import NUMBER, number_value, undecorate

# "Scene One", "Scene 2", "SCENE III.", "Scene Two: The Park", in the languages whose plays
# fan fiction follows most (French "Scène", German "Szene", Spanish "Escena", Italian "Scena").
_SCENE = lazy(
    rf"(?:scene|sc[èe]ne|szene|escena|scena)\s+(?P<num>{NUMBER})\.?"
    r"(?:\s*[:.\-–—]\s*(?P<title>[A-ZÀ-Ý\"“'‘].{0,60}))?",
    re.IGNORECASE,
)
# The first letters of the scene word, to rule out most lines before the regex runs.
_INITIALS = frozenset("SsEe")
_LONGEST = 80
# What a scene's title does not end with: the end of a sentence or a clause.
_CLAUSE_END = (".", ",", ";", ":", "!", "?")


def part_scene_headings(chunks: Chunks) -> Chunks:
    """Rule ``scene-under-part``: "Scene One", "Scene Two" lines under part headings ("Act
    One", "Part 2", "Book III") are the chapters of those parts when they count up from one
    in each part (or run on from the part before), as a play's scenes are numbered.

    Guards: there must be two part headings or more, each with a scene line under it, and
    one part at least with two scenes; no chapter heading stands among them; each scene line
    is a paragraph of its own with story text under it before the next one, and a title
    after its number starts with a capital and does not end like a sentence. So a lone
    "Scene one." of dialogue, or a film fic's one "Scene 4" in prose, stays text.
    """
    parts = [index for index, chunk in enumerate(chunks) if chunk.role == "part"]
    if len(parts) < 2 or any(
        chunk.role == "heading" and chunk.rule != "named-heading" for chunk in chunks[parts[0] :]
    ):
        return chunks
    found: list[int] = []
    last = 0
    ends = [*parts[1:], len(chunks)]
    for start, end in zip(parts, ends, strict=True):
        scenes = [(i, n) for i in range(start + 1, end) if (n := _scene_number(chunks[i]))]
        numbers = [number for _, number in scenes]
        if not numbers or numbers[0] not in (1, last + 1):
            return chunks
        if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
            return chunks
        last = numbers[-1]
        found.extend(index for index, _ in scenes)
    if len(found) <= len(parts) or not _text_under(chunks, found, ends[-1]):
        return chunks
    marked = list(chunks)
    for index in found:
        marked[index] = replace(marked[index], role="heading", rule="scene-under-part")
    return tuple(marked)


def _scene_number(chunk: Chunk) -> int | None:
    """The number of a "Scene Two" line standing alone as a heading, else None."""
    text = chunk.text.strip()
    if chunk.role != "text" or len(chunk.lines) != 1 or chunk.continues:
        return None
    if len(text) > _LONGEST or (text[:1] not in _INITIALS and text[:1] not in "*_#~=-"):
        return None
    found = _SCENE.fullmatch(undecorate(text))
    if found is None:
        return None
    title = found.group("title")
    if title is not None and title.rstrip().endswith(_CLAUSE_END):
        return None
    return number_value(found.group("num"))


def _text_under(chunks: Chunks, indexes: list[int], end: int) -> bool:
    """Whether story text lies under each scene line before the next heading of any kind."""
    for index in indexes:
        for position in range(index + 1, min(end, len(chunks))):
            chunk = chunks[position]
            if chunk.role in ("heading", "part") or _scene_number(chunk) is not None:
                return False
            if chunk.role == "text" and len(chunk.text) > 40:
                break
        else:
            return False
    return True
