"""What stands between a story's header and its first chapter heading without being a chapter.

Story pages and converters put the author's own words above "Chapter 1": a "Foreword"
section, or a note's paragraphs that run on to the heading. Read as story, they would make
an untitled chapter 0 of a story whose chapters are all headed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.notes import disclaimer_field, is_note_like, talks_to_readers
from fic2epub.normalise.stacked_fields import stacked_field

# A front-matter heading alone on its line: "Foreword", "Preface", "Author's Foreword".
_FOREWORD = lazy(r"(?:(?:the\s+)?author['’]?s\s+)?(?:foreword|preface)\s*:?", re.IGNORECASE)
# Longest foreword read as a note: a longer one is the story's own front matter.
_LONGEST_FOREWORD = 2500
# Most paragraphs of a front-matter section read as a note without a heading.
_MOST_SECTION_PARAGRAPHS = 3


def foreword_note(chunks: list[Chunk], index: int) -> int | None:
    """Rule ``foreword-note``: a "Foreword" or "Preface" section above the first chapter
    heading, in which the author talks to readers ("This is my first time writing…"), is a
    front note labelled as written; returns the index after it, else None.

    Guards: the heading is the word alone, a chapter heading follows it further down, the
    section holds a short run of paragraphs with nothing structural in it, and at least one
    of them reads as the author's talk, not as prose.

    Rule ``foreword-box``: right under a story page's header fields (Asianfanfics prints
    "Description" and then "Foreword" on its story page), the section is the page's box for
    the author's front note, talk or not; and a line of the page's chrome (its "Table of
    Content") ends it, so the lines under that chrome are left to the header (a chapter
    page's repeated title).
    """
    chunk = chunks[index]
    if chunk.role != "heading" or not _FOREWORD.fullmatch(chunk.text.strip()):
        return None
    end = index + 1
    while end < len(chunks) and chunks[end].role not in ("heading", "part"):
        end += 1
    if end >= len(chunks):
        return None  # no chapter after it: the foreword's text is the story
    if stacked_field(chunks, index + 1) is not None:
        # Rule ``foreword-tab``: the page's "Foreword" tab over its info box ("Status" over
        # "[Completed]"): the page's name, over the header's fields.
        chunks[index] = replace(chunk, role="dropped", rule="foreword-tab")
        return index + 1
    if (
        index + 2 <= end
        and (disclaimer := disclaimer_field(chunks[index + 1], "foreword-disclaimer")) is not None
        and (index + 2 == end or chunks[index + 2].role != "text")
    ):
        # Rule ``foreword-disclaimer``: a foreword that holds only the writer's disclaimer
        # ("Disclaimer: the tale is old, the mistakes are mine") gives the header's
        # disclaimer, not a note; its heading is the page's section name.
        chunks[index] = replace(chunk, role="dropped", rule="foreword-disclaimer")
        chunks[index + 1] = disclaimer
        return index + 2
    for at in range(index + 1, end):
        if chunks[at].role == "text" and is_site_chrome(chunks[at].text):
            chunks[at] = replace(chunks[at], role="dropped", rule="site-chrome")
    boxed = _under_header_fields(chunks, index)
    if boxed:
        end = next((at for at in range(index + 1, end) if chunks[at].role == "dropped"), end)
    body = [i for i in range(index + 1, end) if chunks[i].role == "text"]
    if not body or sum(len(chunks[i].text) for i in body) > _LONGEST_FOREWORD:
        return None
    talk = any(is_note_like(chunks[i].text) or talks_to_readers(chunks[i].text) for i in body)
    if not (talk or boxed):
        return None
    label = chunk.text.strip().rstrip(":").strip()
    rule = "foreword-note" if talk else "foreword-box"
    chunks[index] = replace(chunk, role="note", rule=rule, label=label, value="")
    for at in body:
        chunks[at] = replace(chunks[at], role="note-body", rule=rule)
    return end


# The roles of a story page's header lines a foreword box stands under.
_HEADER_FIELD_ROLES = frozenset({"field", "field-value", "summary"})


def _under_header_fields(chunks: list[Chunk], index: int) -> bool:
    """Whether the chunk above ``index`` is one of the header's fields or its summary."""
    return index > 0 and chunks[index - 1].role in _HEADER_FIELD_ROLES


def front_matter_section(chunks: list[Chunk], index: int, stop: int) -> bool:
    """Rule ``preface-section-note``: a "PREFACE" or "Foreword" line read as text (a book's
    capitals are no heading form) over a paragraph or two that end right at "Chapter 1" is
    the writer's front note, labelled as written, not the story's summary. Returns whether
    it marked one.

    Guards: the label is the word alone on its line, one to three short paragraphs of text
    follow it and reach the heading at ``stop``."""
    chunk = chunks[index]
    if chunk.role != "text" or len(chunk.lines) != 1 or not _FOREWORD.fullmatch(chunk.text):
        return False
    body = list(range(index + 1, stop))
    if not 0 < len(body) <= _MOST_SECTION_PARAGRAPHS:
        return False
    if any(chunks[i].role != "text" for i in body):
        return False
    if sum(len(chunks[i].text) for i in body) > _LONGEST_FOREWORD:
        return False
    label = chunk.text.strip().rstrip(":").strip()
    chunks[index] = replace(chunk, role="note", rule="preface-section-note", label=label, value="")
    for at in body:
        chunks[at] = replace(chunks[at], role="note-body", rule="preface-section-note")
    return True
