"""Markdown headings inside a work's header, as calibre's Markdown output writes them.

calibre, converting an AO3 e-book to TXT with Markdown formatting, sets the download's
section names and the work's title as ``#`` headings: "## Preface" over the header block,
then "# The Title" under it, over the byline. The headings pass reads every ``#`` line as a
chapter heading; in the header these two are the header's own framing, not chapters.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from fic2epub.normalise.ao3_page import is_preface_heading
from fic2epub.normalise.ao3_pasted_works import PASTED_WORKS_RULE
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.patterns import match_note, same_text

# How far below the repeated title the header's byline or summary must stand.
_BYLINE_REACH = 3


def header_heading_rule(chunks: list[Chunk], index: int, title: str | None) -> str | None:
    """The rule that drops the heading at ``index`` as part of the header, else None.

    Rule ``markdown-preface-heading``: "## Preface" at the top of the file, over AO3's
    "Posted originally on the Archive of Our Own" line or a labelled field, is the name of
    the download's header section (as rule ``preface-heading`` reads a bare "Preface").

    Rule ``markdown-repeated-title``: once the header has its title, a heading that repeats
    it with a byline ("by Name") within the next few lines is the work's title set again
    over its byline, as AO3's downloads print it; a heading that repeats the title with no
    byline under it (a one-shot's own chapter heading) is left to head the story.
    """
    if title is None:
        return "markdown-preface-heading" if is_preface_heading(chunks, index) else None
    if not same_text(chunks[index].text, title) or chunks[index].rule == PASTED_WORKS_RULE:
        # A pasted work's repeated title heads its piece (ao3_pasted_works).
        return None
    below = chunks[index + 1 : index + 1 + _BYLINE_REACH]
    if any(_byline_text(chunk.text) for chunk in below):
        return "markdown-repeated-title"
    return None


def _byline_text(text: str) -> bool:
    """A short "by Name" line: AO3's byline under the work's title."""
    words = text.split()
    return 2 <= len(words) <= 6 and words[0].lower() == "by"


def afterword_heading(chunks: Sequence[Chunk], index: int, title: str) -> Chunk | None:
    """Rule ``markdown-afterword``: "## Afterword" as the file's last heading, with a note
    label ("End Notes") or nothing but the site's plea under it, is AO3's afterword section
    (the page that holds the work's end notes), set as a heading by calibre's Markdown
    output: a note labelled "Afterword", as the bare line reads, not a last chapter.

    Guards: the heading is the word alone; no heading follows it; the first block under it
    is a note label or a line of the site's chrome, so an epilogue headed "Afterword" and
    told in prose stays a chapter.
    """
    if title.strip().lower() != "afterword" or index + 1 >= len(chunks):
        return None
    if any(chunk.role in ("heading", "part") for chunk in chunks[index + 1 :]):
        return None
    below = chunks[index + 1].text
    if match_note(below) is None and not is_site_chrome(below):
        return None
    return replace(chunks[index], role="note", rule="markdown-afterword", label=title, value="")
