"""Rule ``note-runs-to-cut``: a journal entry's header note runs on to the cut under it.

A LiveJournal or Dreamwidth entry folds its story under a cut, and the author sets the
header and its notes above the fold: "Notes: Wen and I wrote this in turns." with a second
line or paragraph under it ("If you know the essay you will recognise the tea.", "This one
is for name, who asked for it."), then "( Read more... )" and the story. The cut is where
the story starts, so what stands between the note's label and the cut is still the
author talking: the note's.

Guards, since a story's opening lines may stand above a cut as a teaser: at most two
paragraphs, each short and no dialogue, each in the author's voice ("I", "we", "you") or
saying whom the story is for; and the very next kept line is the cut itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from fic2epub.normalise.chunks import QUOTES, Chunk
from fic2epub.normalise.dedication import dedicates
from fic2epub.normalise.journal_parts import is_cut_link
from fic2epub.normalise.reader_talk import voiced

# The most paragraphs between a note's first one and the cut.
_MOST_PARAGRAPHS = 2
# The longest such paragraph: a teaser of the story runs longer.
_LONGEST = 600
# The rules that drop a cut link before the note rules run.
_CUT_RULES = frozenset({"cut-link-in-text", "cut-over-heading"})


def cut_after_note(chunks: Sequence[Chunk], index: int, stop: int) -> int | None:
    """The index of the cut that ends a header note whose next paragraph is at ``index``,
    when every paragraph up to it is the author's (see the module); else None."""
    kept = 0
    for position in range(index, stop):
        chunk = chunks[position]
        if _is_cut(chunk):
            return position if kept else None
        if chunk.role == "dropped":
            continue
        if kept >= _MOST_PARAGRAPHS or not _authors_paragraph(chunk):
            return None
        kept += 1
    return None


def _is_cut(chunk: Chunk) -> bool:
    """A journal's cut link, whether an earlier pass dropped it already or not."""
    if chunk.role == "dropped":
        return chunk.rule in _CUT_RULES
    return chunk.role == "text" and is_cut_link(chunk.text.strip())


def _authors_paragraph(chunk: Chunk) -> bool:
    """A short paragraph of the story's text in the author's voice, or a dedication."""
    text = chunk.text
    if chunk.role != "text" or len(text) > _LONGEST or text[:1] in QUOTES:
        return False
    return voiced(text) or dedicates(text)
