"""An unlabelled note fenced off under the header by the writer's own separator lines.

A writer who parts header, notes and story with a lone rule ("--", "***", ".") puts a thank-you
or a dedication between two of them: "Title: …", "Summary: …", "--", "Thanks to my beta …",
"--", then the story. The rule under the note is the same as the one above it, and the
story starts below the second.
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.normalise.chunks import OPENING_QUOTES, Chunk, is_glyph_line
from fic2epub.normalise.field_lines import field_line
from fic2epub.normalise.notes import is_note_like, is_structural, mark_note_run

# Roles of a labelled header's last line, right above the separator.
_FIELD_ROLES = frozenset({"field", "field-value"})
# A fenced note is a paragraph or two; more is a prologue or the story itself.
_MOST_PARAGRAPHS = 3
_LONGEST_NOTE = 700


def note_between_rules(chunks: list[Chunk], index: int) -> int | None:
    """Rule ``note-between-rules``: the paragraphs between the header's separator line and
    the same separator again, right under the header, are the writer's unlabelled front note
    when they read as one (they thank someone, talk as "I" or to "you"). Returns the index
    after the closing separator, or None.

    Guards: the line above is a separator under the header's fields; the closing line is the
    same glyph line, within three short paragraphs, with text under it; no paragraph between
    is structural, a header line, or opens with a quotation mark (an epigraph, or the
    story's first words), and the first reads as a note, so a story's opening scene fenced
    off by the writer's break glyph stays the story.
    """
    rule = _separator_above(chunks, index)
    if rule is None:
        return None
    end = index
    while end < len(chunks) and end - index <= _MOST_PARAGRAPHS:
        chunk = chunks[end]
        if chunk.text.strip() == rule:
            break
        if chunk.role != "text" or is_structural(chunk) or chunk.text[:1] in OPENING_QUOTES:
            return None
        if field_line(chunk.text) is not None:
            return None  # one more header line ("Tags: …") set off by the rules
        end += 1
    else:
        return None
    if end == index or end - index > _MOST_PARAGRAPHS or end + 1 >= len(chunks):
        return None
    if sum(len(c.text) for c in chunks[index:end]) > _LONGEST_NOTE:
        return None
    if not is_note_like(chunks[index].text):
        return None
    mark_note_run(chunks, index, end, "note-between-rules")
    chunks[end] = replace(chunks[end], role="separator", rule="note-between-rules")
    return end + 1


def _separator_above(chunks: list[Chunk], index: int) -> str | None:
    """The glyph line right above ``index`` when it is a separator under a header's fields
    ("Summary: …"): under a bare title the line between the rules is the title block's own
    (a byline, a subtitle)."""
    if index < 2 or chunks[index].role != "text":
        return None
    above = chunks[index - 1]
    if above.role != "separator" or not is_glyph_line(above.text):
        return None
    if chunks[index - 2].role not in _FIELD_ROLES:
        return None
    return above.text.strip()
