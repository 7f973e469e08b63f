"""AO3's byline under a chapter heading of a co-created work.

Rule ``ao3-chapter-byline``: when a work has several creators and a chapter is credited to
only some of them, AO3 prints "Chapter by name" (or "Chapter by a, b") under that chapter's
heading, in the download and on the work page alike. The line is the site's credit, not the
chapter's first line: it is dropped, and what follows it (the chapter's "Chapter Notes", or
its text) is read as though it stood right under the heading. The work's authors stay the
ones its header names.

Guards: the whole line is "Chapter by" and a list of names, right at the chapter's start,
and every name is one the header already gives as the work's author. A chapter that opens
"Chapter by chapter, the letters grew shorter." names no author and stays prose, as does a
line crediting someone the header does not name.
"""

from __future__ import annotations

from fic2epub.normalise.bylines import byline_names
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.fields import field_for, split_authors

# The line's opening, tested before its names are read.
_PREFIX = "chapter by "


def is_chapter_byline(chunks: list[Chunk], index: int) -> bool:
    """Whether the chunk at ``index`` is AO3's "Chapter by …" credit (``ao3-chapter-byline``)."""
    text = " ".join(chunks[index].text.split())
    if text[: len(_PREFIX)].lower() != _PREFIX or len(chunks[index].lines) != 1:
        return False
    names = byline_names(text[len("chapter ") :])  # "by a, b", as a byline
    if not names:
        return False
    authors = _header_authors(chunks)
    return all(name.casefold() in authors for name in names)


def _header_authors(chunks: list[Chunk]) -> frozenset[str]:
    """The names (case-folded) the header above the first heading gives as the authors."""
    names: list[str] = []
    for chunk in chunks:
        if chunk.role in ("heading", "part"):
            break
        if chunk.role == "byline":
            names.extend(byline_names(chunk.text) or _value_names(chunk.value or chunk.text))
        elif chunk.role == "field" and field_for(chunk.label) == "authors":
            names.extend(_value_names(chunk.value))
    return frozenset(name.strip().casefold() for name in names if name.strip())


def _value_names(value: str) -> list[str]:
    """The names in a byline's or author field's value: one a line (as the header keeps a
    bare byline's names), or a list on one line ("a, b")."""
    return [name for line in value.split("\n") for name in split_authors(line)]
