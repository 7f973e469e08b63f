"""Story pages read part by part and pasted one after another (Quotev and sites like it).

Each part's page heads its text with the story's title, then the part's own title, then the
page's place in the story: "Part 2 of 3". The place line and the repeated story title are
the page's; the part's title is the chapter heading.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk

# A part page's place in the story: "Part 2 of 3", "Chapter 2 of 12".
_PLACE = lazy(r"(?:part|chapter)\s+(?P<n>\d{1,3})\s+of\s+(?P<of>\d{1,3})", re.IGNORECASE)
# What a part's title above its place line does not end with: a sentence's end.
_SENTENCE_END = (".", ",", ";", ":", "!", "?", '"', "”")


def part_page_headings(chunks: list[Chunk]) -> None:
    """Rule ``part-place-heading``: a short title line right above a "Part 2 of 3" line is
    that part's heading; the place line is dropped, and so is the line above the title when
    it is the same line on every page (the story's title, repeated).

    Guards: at least two place lines, all "of" the same total, counting up by one with no
    gaps, each right under a short line that does not end like a sentence and with story
    text under it. A story that mentions "part 2 of 3" in a sentence, or heads one chapter
    "Chapter 1 of 2", has no such run.
    """
    places = [
        (index, found)
        for index, chunk in enumerate(chunks)
        if chunk.role == "text"
        and chunk.text[:1] in "PpCc"
        and " of " in chunk.text
        and (found := _PLACE.fullmatch(chunk.text.strip())) is not None
    ]
    if len(places) < 2 or len({found.group("of") for _, found in places}) != 1:
        return
    numbers = [int(found.group("n")) for _, found in places]
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return
    if not all(_titled_place(chunks, index) for index, _ in places):
        return
    repeats = {chunks[index - 2].text.strip() for index, _ in places if index >= 2}
    repeated = len(repeats) == 1
    for index, _ in places:
        chunks[index] = replace(chunks[index], role="dropped", rule="part-place-heading")
        title = chunks[index - 1]
        chunks[index - 1] = replace(title, role="heading", rule="part-place-heading")
        if repeated and chunks[index - 2].role == "text" and title.gap == 0:
            chunks[index - 2] = replace(
                chunks[index - 2], role="dropped", rule="part-place-heading"
            )


def _titled_place(chunks: list[Chunk], index: int) -> bool:
    """A place line with a short title line right above it and text right under it."""
    if index == 0 or index + 1 >= len(chunks) or chunks[index].gap > 1:
        return False
    title = chunks[index - 1].text.strip()
    if chunks[index - 1].role != "text" or not 0 < len(title) <= 80:
        return False
    return not title.endswith(_SENTENCE_END) and chunks[index + 1].role in ("text", "note")
