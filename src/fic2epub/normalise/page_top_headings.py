"""Passes ``page-titles`` and ``page-top-headings``: chapter titles at the top of chapter pages
pasted together.

A FanFiction.Net page copied through a reader view keeps the page's title line, which names
the chapter, above each page's text (``page-titles``).

An archive's chapter page (eFiction's, a small site's) prints its header, then the chapter's
own title as a bare line, then the text. Pages pasted one after the other repeat the header
above every later chapter (rule ``repeated-page-header`` drops it), so the line right under
each repeat is that page's chapter title, not a line of prose; the first page's chapter
title is the first line under the header.
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.normalise.byline_headings import first_text
from fic2epub.normalise.chunks import Chunk, Chunks
from fic2epub.normalise.ffn_page import page_title_chapter
from fic2epub.normalise.part_fields import counted_part
from fic2epub.normalise.patterns import match_note

# The rules that drop a later chapter page's repeated header.
_PAGE_TOP_RULES = frozenset({"repeated-page-header", "repeated-page-note"})
# The label of the box that closes each chapter on an archive's page (compared in lower case):
# eFiction's "Chapter End Notes:".
_END_NOTE_LABELS = frozenset({"chapter end notes", "chapter end note", "end notes"})
# How many of the box's paragraphs may stand between its label and the next chapter's title.
_END_NOTE_PARAGRAPHS = 4
# A chapter title is a short line; a sentence of prose ends on its punctuation.
_TITLE_MAX = 60
_SENTENCE_END = (".", ",", ";", ":", "!", "?", '"', "”", "'", "’", "…", ")")


def page_title_headings(chunks: Chunks, start: int) -> Chunks:
    """Rule ``ffn-page-title-chapter``: in FanFiction.Net chapter pages pasted together
    (through a reader view, which keeps only each page's title line and the text), the
    page title line repeated above each later page names that page's chapter ("Title
    Chapter 2: Duduca Sings, a Fandom fanfic | FanFiction"): it is the chapter's heading,
    as ``ffn-page-chapter`` names a lone page's chapter from its title line, which also names
    the first page's chapter here.

    Guards: only in a story with no heading yet, whose header's page title line names a
    chapter, and only a repeated page header's line naming another chapter than the page
    before: the same title twice is a page copied twice, not a new chapter."""
    if start >= len(chunks) or any(chunk.role == "heading" for chunk in chunks):
        return chunks
    first = next((chunk for chunk in chunks[:start] if chunk.role == "title"), None)
    previous = page_title_chapter(first.text) if first is not None else None
    if previous is None:
        return chunks
    marked: list[Chunk] | None = None
    for index in range(start, len(chunks)):
        chunk = chunks[index]
        if chunk.rule not in _PAGE_TOP_RULES:
            continue
        chapter = page_title_chapter(chunk.text)
        if chapter is None or chapter == previous:
            continue
        marked = marked or list(chunks)
        marked[index] = replace(chunk, role="heading", rule="ffn-page-title-chapter", value=chapter)
        previous = chapter
    return chunks if marked is None else tuple(marked)


# The rules that drop a line of a later entry's repeated header.
_REPEAT_RULES = frozenset(
    {"repeated-page-header", "repeated-page-note", "repeated-header-part-field", "repeated-header"}
)
# Rule ``part-field-chapter``: what its untitled chapter heading is named for --explain.
PART_FIELD_CHAPTER = "part-field-chapter"


def part_field_chapters(chunks: Chunks, start: int) -> Chunks:
    """Rule ``part-field-chapter``: a story posted as entries with no chapter headings, each
    later entry's header repeated with its place counted ("Part: 2 of 3"): each such count
    starts an untitled chapter there.

    Guards: only in a story with no heading yet; only a count line inside a run of repeated
    header lines (which the passes before dropped); the counts go up one by one from the
    header's own ("Part: 1 of 3", or 1 when the header has none), so the order is plain."""
    if start >= len(chunks) or any(chunk.role in ("heading", "part") for chunk in chunks):
        return chunks
    own = [counted_part(chunk.text) for chunk in chunks[:start] if chunk.role == "field"]
    counts = [number for number in own if number is not None]
    if len(counts) > 1 or (counts and counts[0] != 1):
        return chunks
    found: list[int] = []
    for index in range(start, len(chunks)):
        chunk = chunks[index]
        if chunk.rule in _REPEAT_RULES and (number := counted_part(chunk.text)) is not None:
            if number != len(found) + 2:
                return chunks
            found.append(index)
    if not found:
        return chunks
    marked = list(chunks)
    for index in found:
        marked[index] = replace(marked[index], role="heading", rule=PART_FIELD_CHAPTER, value="")
    return tuple(marked)


def page_top_headings(chunks: Chunks, start: int) -> Chunks:
    """Rule ``title-under-page-header``: in chapter pages pasted together, the bare title line
    right under each later page's repeated header, and the first line under the story's
    header on the first page, are chapter headings.

    Guards: only in a story with no heading yet, and only when every later page (at least
    one) and the first page each open on such a line: a short single line with no sentence
    punctuation at its end, starting with a capital or a digit, with a line of prose after
    it. One page whose first line is prose leaves every page as it is."""
    if start >= len(chunks) or any(chunk.role == "heading" for chunk in chunks):
        return chunks
    if not any(chunk.rule in _PAGE_TOP_RULES for chunk in chunks[start:]):
        return _titles_after_end_notes(chunks, start)
    tops = [first_text(chunks, start)]
    index = start
    while index < len(chunks):
        if chunks[index].rule in _PAGE_TOP_RULES:
            while index < len(chunks) and chunks[index].role == "dropped":
                index += 1
            tops.append(index)
        index += 1
    return _titles_as_headings(chunks, tops, "title-under-page-header")


def _titles_as_headings(chunks: Chunks, tops: list[int], rule: str) -> Chunks:
    """The lines at ``tops`` made chapter headings under ``rule``, when there are two or more
    and every one reads as a title over prose; else ``chunks`` unchanged."""
    if len(tops) < 2 or not all(_title_line(chunks, top) for top in tops):
        return chunks
    marked = list(chunks)
    for top in tops:
        marked[top] = replace(marked[top], role="heading", rule=rule)
    return tuple(marked)


def _title_line(chunks: Chunks, index: int) -> bool:
    """Whether the chunk at ``index`` is a bare title over prose (see the rule above)."""
    if index + 1 >= len(chunks):
        return False
    chunk: Chunk = chunks[index]
    text = chunk.text.strip()
    return (
        chunk.role == "text"
        and len(chunk.lines) == 1
        and 0 < len(text) <= _TITLE_MAX
        and (text[0].isupper() or text[0].isdigit())
        and not text.endswith(_SENTENCE_END)
        and chunks[index + 1].role == "text"
        and len(chunks[index + 1].text) > len(text)
    )


def _titles_after_end_notes(chunks: Chunks, start: int) -> Chunks:
    """Rule ``title-after-end-notes``: an archive's printable page (eFiction's, the whole story
    on one page) closes each chapter with its "Chapter End Notes:" box and sets the next
    chapter's bare title right under the box; the first chapter's title is the first line
    under the story's header. Those lines are the chapter headings.

    Guards: only in a story with no heading yet; each box's label alone on its line (or
    with its text after the colon), its paragraphs (a few at most) under it, then a line
    set apart by a blank line that reads as a bare title over prose (see
    :func:`_title_line`); and the first line under the header reads so too. One box with
    prose under it, or a first line that is prose, leaves every line as it is."""
    tops = [first_text(chunks, start)]
    for index in range(start, len(chunks)):
        chunk = chunks[index]
        if chunk.role != "text" or not chunk.text[:1].isalpha() or len(chunk.text) > 400:
            continue
        found = match_note(chunk.text)
        if found is None or found.label.lower() not in _END_NOTE_LABELS:
            continue
        top = _title_under_box(chunks, index)
        if top is None:
            return chunks
        if top < len(chunks):
            tops.append(top)
    return _titles_as_headings(chunks, tops, "title-after-end-notes")


def _title_under_box(chunks: Chunks, label: int) -> int | None:
    """The first line under an end-notes box's label, past its paragraphs, that reads as a
    title set apart by a blank line; ``len(chunks)`` when the box closes the story (only its
    paragraphs and the page's dropped lines under it); None when prose follows instead."""
    for index in range(label + 1, min(len(chunks), label + 2 + _END_NOTE_PARAGRAPHS)):
        if chunks[index].role == "dropped" or index == len(chunks) - 1:
            return len(chunks)  # the story's last box, the page's footer under it
        if chunks[index].role != "text":
            return None
        if index > label + 1 and chunks[index].gap >= 1 and _title_line(chunks, index):
            return index
    return None
