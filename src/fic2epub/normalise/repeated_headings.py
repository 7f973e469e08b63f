"""Rule ``heading-repeated``: a chapter's heading written twice, by the tool and the author.

A download tool heads each chapter with the chapter's name (FanFicFare's indented chapter
line, an e-book's heading), and many authors type the same heading again at the top of the
chapter's text, often with the story's title above it and often in bold ("**Title**",
"**Chapter 1: The Start**"). Read as it stands, every chapter would come out twice, the
first copy empty, or open on its own name. The author's copy repeats the heading word for
word, and nothing but the story's title or lines already dropped stands between them, so
it is no chapter of its own: it and the title line above it are dropped.

Rule ``heading-again-under-part``: a site's page heads a part with its title, and the author
types the part's line ("Part One: Winter") and the title again under it. The part's line
opens the chapter, so the author's copy under it is kept as the heading and the page's copy
above is dropped: the part then stands over its chapter, as the author set it.
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.doubled_headings import same_heading
from fic2epub.normalise.metadata import clean_title
from fic2epub.normalise.patterns import same_text, undecorate

# The most lines that may stand between the two copies (the title, a rule, a dropped line);
# more is a chapter with text of its own.
_MOST_BETWEEN = 3
# Roles that say nothing about the chapter's text: lines an earlier pass dropped.
_SILENT = frozenset({"dropped", "separator"})


def drop_repeated_headings(chunks: list[Chunk], start: int, title: str | None) -> None:
    """Drop the copy of each heading that the author typed under it, with the story's title
    (dropped too) or dropped lines between them."""
    for index in range(start, len(chunks)):
        if chunks[index].role not in ("heading", "part"):
            continue
        again = _copy_below(chunks, index, title)
        if again is None:
            continue
        if any(chunks[between].role == "part" for between in range(index + 1, again)):
            if chunks[again].role not in ("text", chunks[index].role):
                continue  # an earlier pass read the copy as something else already
            chunks[again] = replace(
                chunks[again], role=chunks[index].role, rule="heading-again-under-part"
            )
            chunks[index] = replace(chunks[index], role="dropped", rule="heading-repeated")
            continue
        for between in range(index + 1, again):
            if chunks[between].role not in _SILENT:
                chunks[between] = replace(
                    chunks[between], role="dropped", rule="title-over-heading"
                )
        if chunks[again].role != "dropped":
            chunks[again] = replace(chunks[again], role="dropped", rule="heading-repeated")


def _copy_below(chunks: list[Chunk], index: int, title: str | None) -> int | None:
    """The index of the heading's copy under it, past the story's title and dropped lines,
    or None."""
    heading = chunks[index]
    for below in range(index + 1, min(len(chunks), index + 2 + _MOST_BETWEEN)):
        chunk = chunks[below]
        if chunk.role == heading.role and same_text(chunk.text, heading.text):
            return below
        if chunk.role == "dropped" and same_heading(heading, chunk):
            # The headings pass already dropped the copy (doubled_headings); the title
            # above it is still to go.
            return below
        if chunk.role == "text" and len(chunk.lines) == 1 and _same_words(chunk.text, heading):
            # The copy left as a line of text ("**The Start**" under a bare name).
            return below
        if not _silent(chunk, title) and not (chunk.role == "part" and heading.role == "heading"):
            return None
    return None


def _same_words(text: str, heading: Chunk) -> bool:
    """Whether a line is the heading's very words, emphasis and case aside. Stricter than
    ``same_text``: a chapter named "Run" may open on the shout "Run!"."""
    return len(text) <= len(heading.text) + 8 and (
        undecorate(text).strip().lower() == undecorate(heading.text).strip().lower()
    )


def _silent(chunk: Chunk, title: str | None) -> bool:
    """A line between the two copies that is no text of the chapter: one already dropped,
    or the story's title repeated above the author's heading."""
    if chunk.role in _SILENT:
        return True
    if chunk.role == "text" and len(chunk.lines) == 1 and is_site_chrome(chunk.text):
        return True  # the page's own line, not yet dropped (a part's reader counts)
    if chunk.role != "text" or title is None or len(chunk.lines) != 1:
        return False
    # A short line first: clean_title's patterns need not run over a paragraph.
    return len(chunk.text) <= len(title) + 40 and (
        same_text(chunk.text, title) or same_text(clean_title(chunk.text), title)
    )
