"""A notes app's "note info" block copied above a clipped story.

Evernote (and the apps that copy its export) prints a note's own title and its info over the
note's body: "Notebook:", "Created:", "Updated:", "Author:" (the account that saved the
note), "Tags:", "Source:" / "URL:" (the page clipped). A reader who clips a story's page
into a note and copies the note out gets that block above the story's own title and
header. The block describes the reader's note, not the story: its title is the reader's
name for the note and its "Author:" the reader's account.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.bylines import byline_names
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.foreign_header import is_post_date
from fic2epub.normalise.site_names import is_site_name

_INFO_FIELD = lazy(
    r"(?P<key>notebook|created|updated|modified|author|tags|source|url|location|reminder)"
    r"\s*:\s*\S.{0,300}",
    re.IGNORECASE,
)
# The keys only a notes app gives together: a story's header has no "Notebook:".
_REQUIRED = frozenset({"notebook", "created"})
# How many info lines the block needs, and how far from the top it may start (below the
# note's title).
_FEWEST = 3
_TOP = 2
_TITLE = 150


def drop_note_info(chunks: list[Chunk]) -> None:
    """Rule ``note-app-info``: a notes app's info block at the top of the file, with the
    note's title line above it, is dropped (see the module docstring).

    Guards: the block must hold a "Notebook:" and a "Created:" line among three or more
    info lines in a row, starting on one of the first lines; at most one short line (the
    note's title) stands above it."""
    for start in range(min(_TOP, len(chunks))):
        keys = _info_run(chunks, start)
        titled = start == 0 or (len(chunks[0].lines) == 1 and len(chunks[0].text) <= _TITLE)
        if titled and len(keys) >= _FEWEST and set(keys) >= _REQUIRED:
            break
    else:
        return
    end = start + len(keys)
    for index in range(end):
        chunks[index] = replace(chunks[index], role="dropped", rule="note-app-info")


def _info_run(chunks: list[Chunk], start: int) -> list[str]:
    """The keys of the info lines in a row from ``start``, each a one-line chunk."""
    keys: list[str] = []
    for chunk in chunks[start:]:
        found = _INFO_FIELD.fullmatch(chunk.text) if len(chunk.lines) == 1 else None
        if found is None:
            break
        keys.append(found.group("key").lower())
    return keys


# The words a reader names a saved story by in her own note's title: what it is ("fic",
# "fanfic"), where it came from ("wattpad", "ffn app", "ao3") and which chapters ("ch 1+2").
_NOTE_TITLE_CUES = lazy(
    r"\b(?:fics?|fanfics?|fanfiction|wattpad|ffn|ao3|tumblr|ch(?:apters?|s)?\s*\d+|copy)\b",
    re.IGNORECASE,
)
# Words of someone talking to a reader or about her own writing: the writer's chatter above
# her title is a note (``chatter-before-title``), not the reader's label.
_TALK_WORDS = lazy(r"\b(?:i|i'm|i’m|me|my|you|your|u|enjoy|hope|here'?s|here’s)\b", re.IGNORECASE)
# How far below the note's title the story's header shows itself.
_HEADER_WITHIN = 4
_NOTE_TITLE_LENGTH = 80


def drop_note_title(chunks: list[Chunk]) -> None:
    """Rule ``reader-note-title``: a phone's notes app (iPhone Notes, Samsung Notes, Google
    Keep) shares a note with its title as the first line, and a reader who pastes a story
    into a note titles it in her own words ("that pirate fic (ao3) ch 1-3 📌"). The line
    is the reader's label, not the story's title nor its writer's note: dropped, with the
    date line a notes app sets under it ("12/03/2024 21:14").

    Guards: the file's first line, one short line of words (no site name, no address)
    opening in lower case, naming what it holds (a "fic", a site, "ch 2") with none of a
    writer's talk ("I", "you", "enjoy"); and the story's own header within the next few
    lines: a site's name, or a byline ("by name") under its title line."""
    if not chunks or not _note_title(chunks[0]):
        return
    end = 1
    if len(chunks) > 1 and len(chunks[1].lines) == 1 and is_post_date(chunks[1].text):
        end = 2
    below = chunks[end : end + _HEADER_WITHIN]
    if not below or not (
        is_site_name(below[0].text)
        or any(byline_names(chunk.text) for chunk in below[1:] if len(chunk.lines) == 1)
    ):
        return
    for index in range(end):
        chunks[index] = replace(chunks[index], role="dropped", rule="reader-note-title")


def _note_title(chunk: Chunk) -> bool:
    """A short line opening in lower case that names a saved story in a reader's words."""
    text = chunk.text.strip()
    letters = [char for char in text if char.isalpha()]
    if chunk.role != "text" or len(chunk.lines) != 1 or len(text) > _NOTE_TITLE_LENGTH:
        return False
    if not letters or not letters[0].islower() or text.endswith((".", ":", ",")):
        return False
    if len(text.split()) < 2 or "://" in text or "www." in text or is_site_name(text):
        return False  # a site's name or a story's address at the top is read elsewhere
    return _NOTE_TITLE_CUES.search(text) is not None and _TALK_WORDS.search(text) is None
