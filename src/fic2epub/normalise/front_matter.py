"""Rule ``markdown-title`` (front matter): a Markdown file's ``#`` title under a note app's
front matter.

Joplin's "Markdown + Front Matter" export, Obsidian and other note apps write a YAML block
between two ``---`` lines at the top of the file: the note's name as ``title:``, its dates,
its tags. The note's name is the one its owner filed it under ("draft FINAL v2"), which may
or may not be the story's title; the ``# Title`` heading right under the block is the one
the writer typed over the story. That heading opens the file as the story's title, and a
``title:`` line of the block that names something else is the app's, not the story's.
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, Chunks
from fic2epub.normalise.patterns import same_text

# The block's fence, its "key: value" lines and the items of a key's list ("  - fic").
_FENCE = "---"
_KEY = lazy(r"[A-Za-z_][\w-]{0,30}:(?:\s.*)?")
_ITEM = lazy(r"-\s+\S.*")


def front_matter_end(chunks: Chunks, first: int) -> int | None:
    """The index of the fence closing a front matter block that opens the file and ends
    right above ``first``, else None. Every line inside is a key or a list item, and one
    key at least, so a story opening on two rules with prose between them never counts."""
    if first < 3 or chunks[0].text != _FENCE or chunks[first - 1].text != _FENCE:
        return None
    inside = [line for chunk in chunks[1 : first - 1] for line in chunk.lines]
    if not inside or not _KEY.fullmatch(inside[0]):
        return None
    if all(_KEY.fullmatch(line) or _ITEM.fullmatch(line) for line in inside):
        return first - 1
    return None


def drop_note_name(marked: list[Chunk], fence: int, title: str) -> None:
    """The block's ``title:`` line, when it names something other than the ``#`` title
    under the block, is the note app's name for the note: dropped (rule
    ``front-matter-note-name``), so the story's title is the heading's."""
    for index in range(1, fence):
        chunk = marked[index]
        key, _, value = chunk.text.partition(":")
        if key.strip().lower() == "title" and not same_text(value.strip(), title):
            marked[index] = replace(chunk, role="dropped", rule="front-matter-note-name")
