"""The author's chapter heading written title first: "The Long Walk (Chapter 3)".

A writer who posts on a site that prints no chapter heading of its own (a mobile page, a
blog) often heads the chapter with its title and puts the number after it in brackets.
The same shape is also a page's title repeated over each chapter ("Story Title (Chapter
1)") above the author's own heading; that one names the story, not the chapter.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.patterns import CHAPTER_WORDS, NUMBER, same_text

# The title, with a capital and no sentence's stop, then "(Chapter 3)", "[Ch. 2]".
_TITLE_FIRST = lazy(
    rf"(?P<title>(?-i:[A-Z\"“'‘])[^()\[\].!?]{{0,70}}?)\s+[(\[]\s*(?:{CHAPTER_WORDS})"
    rf"\s*{NUMBER}\s*[)\]]",
    re.IGNORECASE,
)


def title_first_headings(chunks: list[Chunk], start: int, title: str | None) -> None:
    """Rule ``title-then-chapter-number``: a line of its own in the story that is a title
    and the chapter's number in brackets ("The Long Walk (Chapter 3)", "The Return [Ch.
    2]") is the chapter's heading, kept as written.

    Guards: only in a story where no other rule found a heading (a page title repeated over
    the author's own "Chapter 1 - …" is the page's); never when the title is the story's
    (the page's title over each chapter); the title starts with a capital and holds no
    stop, so prose that ends on a bracketed reference stays prose."""
    found: list[int] = []
    for index in range(start, len(chunks)):
        chunk = chunks[index]
        if chunk.role in ("heading", "part"):
            return
        if chunk.role != "text" or len(chunk.lines) != 1:
            continue
        last = chunk.text[-1:]
        if last not in ")]" and not last.isspace():
            continue  # the cheap test: the stripped line ends on this same character
        text = chunk.text.strip()
        if text[-1:] not in ")]":
            continue
        if len(text) > 100 or "ch" not in text.lower():
            continue
        match = _TITLE_FIRST.fullmatch(text)
        if match is None or (title is not None and same_text(match.group("title"), title)):
            continue
        found.append(index)
    for index in found:
        chunks[index] = replace(chunks[index], role="heading", rule="title-then-chapter-number")
