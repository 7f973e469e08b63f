"""Chapter pages whose site prints the chapter's place with its counts, then the chapter's title.

Some writing sites (Goodreads' old "writing" section, small story hosts) print each chapter
page as the story's title and byline, then a place-and-counts line, "chapter 2 of 3 · 988
reads · 6 comments", then (on the first page) the story's fields, then the chapter's own title
alone on a line over its text. The place line is the site's; the title line is the heading.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.patterns import FIELD_RE

# The place line: "chapter 2 of 3" with one count at least after a dot or a bar
# ("· 988 reads · 6 comments"), so an author's own "Chapter 1 of 2" heading never matches.
_COUNT = r"[\d][\d,.]*\s*[kKmM]?\s+(?:reads?|comments?|views?|likes?|votes?|words?|reviews?)"
_COUNTED_PLACE = lazy(
    rf"(?:chapter|part)\s+(?P<n>\d{{1,3}})\s+of\s+(?P<of>\d{{1,3}})(?:\s*[·•|]\s*{_COUNT}){{1,5}}",
    re.IGNORECASE,
)
# How many chunks under the place line the chapter's title may stand (the first page's
# rating, genre, tags and description lines come between).
_TITLE_REACH = 7
# The longest chapter title.
_LONGEST_TITLE = 80
# What a chapter title does not end with: a sentence's end.
_SENTENCE_END = (".", ",", ";", ":", "!", "?", '"', "”")


def counted_place_headings(chunks: list[Chunk]) -> None:
    """Rule ``counted-place-heading``: a site's "chapter 2 of 3 · 988 reads · 6 comments"
    line over a chapter page is the page's, and is dropped; the first short line under it
    that stands alone and does not end like a sentence, past the page's field lines
    ("genre: …", "description: …"), is the chapter's heading.

    Why: without it, the chapters of a story copied page after page run together and the
    title line reads as the first paragraph. Guards: the place lines carry counts, count up
    by one to the same total, at least two of them; the title has a blank line on each side
    and story text under it. A story that mentions its chapters in prose has no such run.
    """
    places = [
        (index, found)
        for index, chunk in enumerate(chunks)
        if chunk.role in ("text", "dropped")
        and chunk.text[:1] in "CcPp"
        and " of " in chunk.text
        and (found := _COUNTED_PLACE.fullmatch(chunk.text.strip())) is not None
    ]
    if len(places) < 2 or len({found.group("of") for _, found in places}) != 1:
        return
    numbers = [int(found.group("n")) for _, found in places]
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return
    titles = [_title_under(chunks, index) for index, _ in places]
    if any(title is None for title in titles):
        return
    for (index, _), title in zip(places, titles, strict=True):
        chunks[index] = replace(chunks[index], role="dropped", rule="counted-place-heading")
        if title is not None:
            chunks[title] = replace(chunks[title], role="heading", rule="counted-place-heading")


def _title_under(chunks: list[Chunk], index: int) -> int | None:
    """The chapter title's index under a place line: the first line past field lines that
    reads as a title, with story text under it; None when there is none."""
    for below in range(index + 1, min(len(chunks), index + 1 + _TITLE_REACH)):
        chunk = chunks[below]
        text = chunk.text.strip()
        if chunk.role == "dropped" or (chunk.role == "text" and FIELD_RE.fullmatch(text)):
            continue  # the page's rating, genre, tags and description
        if chunk.role != "text" or len(chunk.lines) != 1 or chunk.gap == 0:
            return None
        if not 0 < len(text) <= _LONGEST_TITLE or text.endswith(_SENTENCE_END):
            return None
        after = below + 1
        if after >= len(chunks) or chunks[after].role != "text" or chunks[after].gap == 0:
            return None
        return below
    return None
