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
from fic2epub.normalise.chunks import Chunk

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
