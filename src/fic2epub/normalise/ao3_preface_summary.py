"""Rule ``ao3-preface-summary``: a summary of several paragraphs in an AO3 work's preface.

AO3 sets the work's "Summary" (a TXT or HTML download) or "Summary:" (a copied work page)
on a line of its own, and the summary's paragraphs under it with a blank line between each.
The preface then goes on with its "Notes" label, the work pointer or the first chapter's
heading (on a work page, its hidden "Work Text:" heading). So under that label, in a
preface the site's own lines mark as AO3's, every paragraph up to one of those lines is the
summary's. A scene break or an end-notes label met first means a one-chapter work's story
began under a one-paragraph summary.
"""

from __future__ import annotations

from fic2epub.normalise.ao3_interface_i18n import is_text_marker
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.fields import field_for
from fic2epub.normalise.notes import is_structural
from fic2epub.normalise.patterns import AO3_POSTED_RE, POINTER_RE, match_heading, match_note

# How far above the label the preface's AO3 lines are looked for, and the most paragraphs a
# summary runs to; a longer run is the story itself under a one-chapter work's preface.
_PREFACE_LINES = 60
_MOST_PARAGRAPHS = 8


def _ao3_preface(chunks: list[Chunk], label: int) -> bool:
    """Whether the lines above the label are an AO3 preface: the download's "Posted
    originally on the Archive of Our Own" line or a tag block the AO3 rules read."""
    for chunk in chunks[max(0, label - _PREFACE_LINES) : label]:
        if chunk.rule.startswith("ao3-"):
            return True
        if chunk.text[:6] == "Posted" and AO3_POSTED_RE.fullmatch(chunk.text):
            return True
    return False


def summary_runs_on(chunks: list[Chunk], label: int, index: int) -> bool:
    """Whether the paragraph at ``index``, a blank line under the summary's earlier
    paragraphs, is more of the summary labelled at ``label``: the label is AO3's bare
    "Summary", and the paragraphs from here reach the preface's next landmark (its "Notes"
    label, the work pointer, a heading) with one blank line between each."""
    head = chunks[label]
    if head.value or field_for(head.label) != "summary" or chunks[index].gap != 1:
        return False
    if not _ao3_preface(chunks, label):
        return False
    for position in range(index, min(len(chunks), index + _MOST_PARAGRAPHS)):
        chunk = chunks[position]
        if chunk.gap >= 2:
            return False
        if _preface_landmark(chunk):
            return True
        if is_structural(chunk):
            # A scene break or the end notes' "Afterword": a one-chapter work's story has
            # begun under a one-paragraph summary.
            return False
    return False


# The hidden headings an AO3 page sets over the work's text.
_TEXT_HEADINGS = frozenset({"work text:", "chapter text"})


def _preface_landmark(chunk: Chunk) -> bool:
    """Whether the chunk is a line the preface goes on with after its summary: the preface's
    "Notes" label, the work pointer, the page's "Work Text:" or a chapter's heading."""
    text = chunk.text.strip()
    if chunk.role in ("heading", "part") or text.lower() in _TEXT_HEADINGS or is_text_marker(text):
        return True
    note = match_note(text)
    if note is not None:
        return note.label.lower() == "notes" and not note.rest
    return POINTER_RE.fullmatch(text) is not None or match_heading(text) is not None
