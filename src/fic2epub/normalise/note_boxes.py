"""Pass ``note-boxes``: a chapter's opening note box printed above the chapter's heading.

Brazilian sites (Spirit Fanfics, Nyah!) give every chapter two note boxes, "Notas do Autor"
(or "Notas iniciais do capítulo") at its start and "Notas Finais" at its end. Some page
layouts, and some copies, set the opening box above the chapter's heading rather than under
it; it is still that chapter's, not the chapter's before, nor the story's front note.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunks

# The opening box's labels, and the closing box's that must be in the story too.
_OPENING_BOX = lazy(r"notas?\s+do\s+autora?|notas?\s+iniciais(?:\s+do\s+cap[íi]tulo)?", re.I)
_CLOSING_BOX = lazy(r"notas?\s+finais(?:\s+do\s+cap[íi]tulo)?", re.I)


def notes_above_headings(chunks: Chunks) -> Chunks:
    """Rule ``opening-box-above-heading``: an opening note box ("Notas do Autor") with only
    dropped page framing between it and the chapter heading below belongs to that chapter:
    the heading is moved above it, so the note opens the chapter.

    Only in a story that also has the site's closing boxes ("Notas Finais"): the pair shows
    the boxes are per chapter. A note above the first heading of any other story stays the
    story's front note.
    """
    if not any(c.role == "note" and _CLOSING_BOX.fullmatch(c.label) for c in chunks):
        return chunks
    marked = list(chunks)
    for head in [i for i, chunk in enumerate(chunks) if chunk.role == "heading"]:
        above = head - 1
        while above >= 0 and marked[above].role == "dropped":
            above -= 1
        label = above
        while label >= 0 and marked[label].role == "note-body":
            label -= 1
        if label < 0 or marked[label].role != "note":
            continue
        if label == above and not marked[label].value:
            continue  # a label with nothing under it
        if not _OPENING_BOX.fullmatch(marked[label].label):
            continue
        marked.insert(label, marked.pop(head))
    return tuple(marked)
