"""Rule ``zine-colophon``: a zine's or an anthology's colophon closing the text.

A fanzine, a charity anthology or a collection printed to PDF ends on its colophon: what
the publication is, whose the works are, who made the cover ("Salt Roads is a free fan
project. All works © their creators. Please do not repost."). It is the publication's
notice, not the last story's text nor its writer's note.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, is_glyph_line

# The notice that the works belong to their several makers: "All works © their creators",
# "All stories are copyright their respective authors", "(c) the contributors".
# Rule ``colophon-works-belong``: the same in words, "All stories belong to their writers".
_COLLECTIVE_RIGHTS = lazy(
    r"(?:(?:©|\(c\)|copyright(?:ed)?|belongs?\s+to)\s+(?:\d{4}\s+)?(?:by\s+)?"
    r"(?:their|the(?:ir)?\s+respective|the|its|each)\s+"
    r"(?:creators?|authors?|writers?|artists?|contributors?|makers?))",
    re.IGNORECASE,
)
# Rule ``colophon-publication-notice``: the notice says who made the publication, not
# whose the works are: "Compiled by the Fair Isle mods.", "Salt Roads is a non-profit fan
# work.", "Cover art by the editors." Only these makers' phrases, with "the" after "by",
# so an author's "edited by my friend" or a story's "compiled by hand" stays.
_PUBLICATION_NOTICE = lazy(
    r"(?:compiled|collected|assembled|edited)\s+by\s+the\s"
    r"|\bnon-?profit\s+fan\s*(?:work|project|zine|publication)",
    re.IGNORECASE,
)
# The most lines of a colophon block.
_MOST_LINES = 6


def zine_colophon_start(chunks: list[Chunk], first: int, end: int) -> int:
    """Drop the colophon at the chapter's end and return where it starts (``end`` when
    there is none).

    Guards: only the chapter's last block of lines (chunks with no blank line between,
    set off by a blank line above), of a few lines, one of which gives the works to their
    several makers (``_COLLECTIVE_RIGHTS``: "© their creators", not one writer's "© 2003
    Jane"), so a story's last paragraph and an author's own copyright line stay."""
    last = end - 1
    while last >= first and chunks[last].role == "dropped":
        last -= 1
    if last <= first:
        return end
    top = last
    ruled = False
    while top > first and chunks[top].gap == 0 and chunks[top - 1].role == "text":
        top -= 1
        if is_glyph_line(chunks[top].text):
            # Rule ``ruled-colophon``: a rule across the page sets the colophon off from
            # the text above it as a blank line does; the lines above it are not its own.
            ruled = True
            break
    block = chunks[top : last + 1]
    if not (chunks[top].gap or ruled) or sum(len(chunk.lines) for chunk in block) > _MOST_LINES:
        return end
    text = " ".join(chunk.text for chunk in block)
    if not _notice(text):
        return end
    for index in range(top, end):
        chunks[index] = replace(chunks[index], role="dropped", rule="zine-colophon")
    return top


def _notice(text: str) -> bool:
    """Whether the block is a publication's notice: the works given to their makers, or the
    publication's own making (``colophon-publication-notice``)."""
    # The cheap test first: a copyright sign or word.
    rights = any(mark in text for mark in ("©", "opyright", "(c)", "(C)", "elong"))
    if rights and _COLLECTIVE_RIGHTS.search(text) is not None:
        return True
    cheap = " by the " in text or "rofit" in text
    return cheap and _PUBLICATION_NOTICE.search(text) is not None
