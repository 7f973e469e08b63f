"""An epigraph under a part heading: "BOOK ONE", a quotation and its attribution, then "I".

A novel divided into books or parts may open each with an epigraph set under the part's
heading, above the first chapter's: it belongs to the part, so it is neither the end of the
chapter before nor the start of the chapter after, and it is no chapter of its own either.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from fic2epub.normalise.chunks import Chunk

# An epigraph is a line or two and its attribution: a few short paragraphs at most.
_MOST_PARAGRAPHS = 4
_MOST_CHARACTERS = 400
# What may stand beside the epigraph between the two headings: lines already dropped as
# chrome, and glyph lines.
_BESIDE = ("dropped", "separator")
RULE = "part-epigraph"


def part_epigraphs(marked: list[Chunk], start: int) -> None:
    """Rule ``part-epigraph``: the few short paragraphs between a part heading and the
    chapter heading right under it are the part's epigraph (they keep the role ``text``;
    the builder gives them to the part).

    Guards: a chapter heading (not another part heading, nor the end of the text) must
    follow, so a part that is itself a chapter keeps its text; there are at most four
    paragraphs and 400 characters, so a prologue written under the part heading stays a
    chapter; and nothing else stands between the headings but dropped chrome and glyph
    lines (a note there would have no chapter to go to).
    """
    heads = [i for i in range(start, len(marked)) if marked[i].role in ("heading", "part")]
    for head, following in pairwise(heads):
        if marked[head].role != "part" or marked[following].role != "heading":
            continue
        between = marked[head + 1 : following]
        texts = [chunk for chunk in between if chunk.role == "text"]
        if not texts or len(texts) > _MOST_PARAGRAPHS:
            continue
        if sum(len(chunk.text) for chunk in texts) > _MOST_CHARACTERS:
            continue
        if any(chunk.role not in (*_BESIDE, "text") for chunk in between):
            continue
        for index in range(head + 1, following):
            if marked[index].role == "text":
                marked[index] = replace(marked[index], rule=RULE)


def is_part_epigraph(region: tuple[Chunk, ...] | list[Chunk]) -> bool:
    """Whether the text of a region under a part heading is the part's epigraph."""
    texts = [chunk for chunk in region if chunk.role == "text"]
    return bool(texts) and all(chunk.rule == RULE for chunk in texts)
