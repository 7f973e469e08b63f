"""Text copied back out of a reading app (Kindle, Apple Books), with the citation the app adds.

Kindle for PC and for Mac add a citation under every passage copied out of a book or a
"Send to Kindle" document: the author, the title, where the passage was and the edition,
"Vane, Kestrel. The Forest (Kindle Locations 3-118). Kindle Edition." A reader who copies
a story out chapter by chapter pastes one such line after each chapter. It is the app's,
not the story's.

Apple Books (iBooks before 2018) does the same and more: it wraps the copied passage in
curly quotes and puts its citation under it, today on lines of its own ("Excerpt From",
the title, the author, the book's store address for a bought book, "This material may be
protected by copyright."), in older versions on one line ("Excerpt From: Author. “Title.”
iBooks."). The quotes and the citation are both the app's.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.line_search import holds
from fic2epub.normalise.web_clip import next_filled

# A span of locations or pages: "3-118", "1,204–1,260", "xii".
_SPAN = r"[\dxivlc,]{1,9}(?:\s*[-–]\s*[\dxivlc,]{1,9})?"
# Rule ``kindle-citation``: the author and title, the place in brackets (English, German,
# French and Spanish apps: Kindle locations, or pages for a book with real page numbers),
# the publisher maybe, and the edition. The place in brackets and the edition at the end
# together are what only the app writes.
_CITATION = lazy(
    r".{1,300}?\((?:kindle\s+locations?|locations?|pp?\.|kindle-positionen?"
    r"|emplacements?\s+du\s+kindle|posici(?:ón|on|ones)\s+en\s+kindle)\s*"
    + _SPAN
    + r"\)\.\s*(?:[^.]{1,120}\.\s*)?"
    r"(?:kindle\s+edition|kindle-version|[ée]dition\s+du\s+kindle|edici[óo]n\s+kindle)\.?",
    re.IGNORECASE,
)


def is_kindle_citation(text: str) -> bool:
    """Rule ``kindle-citation``: the citation line a Kindle app adds under a copied passage."""
    return (
        len(text) <= 500
        and "indle" in text[-30:]  # the cheap test first: the edition ends the line
        and "(" in text
        and _CITATION.fullmatch(text.strip()) is not None
    )


# Rule ``apple-books-excerpt``: the citation's first line, alone ("Excerpt From") or, in
# iBooks' older form, the whole citation on one line ending with the app's name and maybe
# the book's address.
_EXCERPT_HEAD = "Excerpt From"
_ONE_LINE_CITATION = lazy(
    r"excerpt\s+from:\s+\S.{0,300}?\b(?:i\s?books|apple\s+books)\.?(?:\s+https?://\S+)?",
    re.IGNORECASE,
)
_COPYRIGHT = lazy(r"this\s+material\s+may\s+be\s+protected\s+by\s+copyright\.?", re.IGNORECASE)
# iOS adds a store link under the copyright line of a bought book.
_STORE_LINK = lazy(
    r"check\s+out\s+this\s+book\s+on\s+(?:the\s+)?(?:i\s?books(?:\s+store)?|apple\s+books)\b.*",
    re.IGNORECASE,
)
# The title, the author and the store address under "Excerpt From": a few short lines.
_MOST_CITATION_LINES = 4
# How far the citation's lines may reach after its first.
_CITATION_SPAN = 1500
# The quotes Apple puts round a copied passage (an English-language app's curly quotes).
_OPENING, _CLOSING = "\u201c", "\u201d"


def apple_books_excerpts(text: str) -> str:
    """Rule ``apple-books-excerpt``: ``text`` without Apple Books' citations and the quotes
    it wraps each copied passage in; unchanged when it holds no such citation."""
    # The cheap test first: every form of the citation opens so. It is looked for from the
    # text's capital "E"s, which prose holds few of (see line_search).
    if not holds(text, _EXCERPT_HEAD, "E"):
        return text
    pieces: list[str] = []
    books: list[tuple[str, str] | None] = []  # each citation's title and author
    start = 0  # where the passage in hand begins
    at = text.find(_EXCERPT_HEAD)
    while at >= 0:
        head = text.rfind("\n", 0, at) + 1  # the start of the line it is on
        # The citation is a few lines long: only they are split and looked at.
        lines = text[head : head + _CITATION_SPAN].split("\n")
        end = _citation_end(lines) if head >= start else None
        at = text.find(_EXCERPT_HEAD, at + 1)
        if end is None:
            continue
        # The blank lines a reader left between pasted passages: the one below keeps
        # them apart, so more would read as a break of their own.
        pieces.append(_unwrap(text[start:head].lstrip("\n")))
        books.append(_book(lines[:end]))
        start = head + sum(len(line) + 1 for line in lines[:end])
        # The citation parted two passages; a blank line keeps them apart.
        pieces.append("\n")
    if not pieces:
        return text
    return _cited_header(text, books) + "".join(pieces) + text[start:]


# The longest title or author name read from a citation's lines.
_NAME_LONGEST = 100


def _book(citation: list[str]) -> tuple[str, str] | None:
    """The title and the author today's citation names on its two lines under "Excerpt
    From" (a store address may follow them), else None."""
    named = [line.strip() for line in citation[1:] if line.strip()]
    named = [line for line in named if not _COPYRIGHT.fullmatch(line)]
    named = [line for line in named if not _STORE_LINK.fullmatch(line)]
    named = [line for line in named if not line.startswith(("http://", "https://"))]
    if len(named) != 2 or any(len(line) > _NAME_LONGEST for line in named):
        return None
    title, author = named
    if author.endswith((".", "!", "?", ",")):
        return None  # a sentence, not a name
    return title, author


def _cited_header(text: str, books: list[tuple[str, str] | None]) -> str:
    """Rule ``apple-books-cited-title``: a story copied out of Apple Books passage by
    passage carries its title and author only in the citations. When the text opens with
    a copied passage (Apple's opening quote at its start) and every citation names the
    same book, that title and a "by" line for its author head the text; a text with a
    header of its own before the first passage, or passages from different books, gets
    none."""
    book = books[0]
    if book is None or any(other != book for other in books):
        return ""
    if not text.lstrip().startswith(_OPENING):
        return ""
    title, author = book
    return f"{title}\nby {author}\n\n"


def _citation_end(lines: list[str]) -> int | None:
    """The index after Apple's citation on the first of ``lines``, else None."""
    index = 0
    line = lines[index].strip()
    if not line.lower().startswith(_EXCERPT_HEAD.lower()):
        return None
    if line.rstrip(":").lower() == _EXCERPT_HEAD.lower():
        # Today's form: the head alone, a few short lines, then the copyright line, which is
        # what tells it from a story's line that happens to say "Excerpt from".
        for at in range(index + 1, min(len(lines), index + 2 + _MOST_CITATION_LINES)):
            below = lines[at].strip()
            if _COPYRIGHT.fullmatch(below):
                return _store_link_end(lines, at + 1)
            if not below or len(below) > 200:
                return None
        return None
    if len(line) > 400 or not _ONE_LINE_CITATION.fullmatch(line):
        return None
    after = next_filled(lines, index + 1)
    if after < len(lines) and _COPYRIGHT.fullmatch(lines[after].strip()):
        return _store_link_end(lines, after + 1)
    return _store_link_end(lines, index + 1)


def _store_link_end(lines: list[str], index: int) -> int:
    """The index after the store link under the copyright line, when there is one."""
    at = next_filled(lines, index)
    if at < len(lines) and _STORE_LINK.fullmatch(lines[at].strip()):
        return at + 1
    return index


def _unwrap(passage: str) -> str:
    """``passage`` without Apple's quotes: the opening one before its first line and the
    closing one after its last. A passage that does not open and close with them (the
    reader typed something round it) is left alone."""
    body = passage.strip()
    if len(body) < 2 or not body.startswith(_OPENING) or not body.endswith(_CLOSING):
        return passage
    lead = passage[: len(passage) - len(passage.lstrip())]
    return lead + body[len(_OPENING) : -len(_CLOSING)] + "\n"
