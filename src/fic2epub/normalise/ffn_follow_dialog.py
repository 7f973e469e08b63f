"""Rule ``ffn-follow-dialog``: FanFiction.Net's Follow/Favorite dialog, copied open.

A reader who pressed "Follow/Fav" before selecting the page copies the dialog with it, under
the story's header: its head, "Follow/Favorite" and the story's title, its check boxes one a
line ("Story Alert", "Favorite Story", "Author Alert", "Favorite Author") and its buttons
("Close", "Save"). Each is the site's; "Close" and "Save" alone would read as the story's
first lines.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk

# The dialog's head: "Follow/Favorite The Title" (or the bare words).
_HEAD = lazy(r"follow\s*/\s*fav(?:ou?rite)?\b.{0,200}", re.IGNORECASE)
# Its check boxes, and the buttons under them.
_OPTION = lazy(r"(?:story|author)\s+alert|favou?rite\s+(?:story|author)|follow\s+(?:story|author)")
_BUTTON = frozenset({"close", "save", "cancel", "ok", "done"})
# How many lines below its head the dialog may run, and how many check boxes it shows.
_MOST_LINES = 10
_LEAST_OPTIONS = 2


def drop_follow_dialog(chunks: list[Chunk]) -> None:
    """Marks the dialog's head, check boxes and buttons dropped (rule ``ffn-follow-dialog``).

    Guards: the head opens with "Follow/Fav"; two check boxes at least stand right under it,
    one a line; the buttons count only after them, so a story's "Close" stays."""
    for index, chunk in enumerate(chunks):
        if chunk.text[:6].lower() != "follow" or not _HEAD.fullmatch(chunk.text.strip()):
            continue
        lines = _dialog_lines(chunks, index + 1)
        if lines:
            for at in (index, *lines):
                chunks[at] = replace(chunks[at], role="dropped", rule="ffn-follow-dialog")
            return


def _dialog_lines(chunks: list[Chunk], start: int) -> list[int]:
    """The chunks of the dialog's check boxes and buttons from ``start``, or none."""
    options = 0
    buttons = False
    found: list[int] = []
    for at in range(start, min(start + _MOST_LINES, len(chunks))):
        words = [line.strip().lower() for line in chunks[at].lines if line.strip()]
        if words and not buttons and all(_OPTION.fullmatch(line) for line in words):
            options += len(words)
        elif words and options and all(line in _BUTTON for line in words):
            buttons = True
        else:
            break
        found.append(at)
    return found if options >= _LEAST_OPTIONS else []
