"""The selected chapter in the Actions bar of an AO3 chapter page copied from the browser.

A chapter page's Actions bar holds "Entire Work", "← Previous Chapter", "Next Chapter →", the
chapter drop-down and "Chapter Index". A browser copy keeps the drop-down's selected value
on a line of its own ("Chapter 2: Snow on the Bridge") among those buttons. It names the
page's chapter, whose own heading stands again over the text further down: the copy in the
bar is chrome, not a chapter of its own.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.patterns import same_text

# AO3's chapter buttons above the drop-down; a page saved in a single-byte code page has
# lost the arrow to "?" ("Next Chapter ?").
_CHAPTER_BUTTON = lazy(
    r"(?:[←«‹?]\s*)?previous\s+chapter|next\s+chapter(?:\s*[→»›?])?|entire\s+work",
    re.IGNORECASE,
)
# The button under the drop-down; rule ``ao3-phone-chapter-select``: on a phone the
# drop-down's value stands over the chapter's "Comments" and "Share" buttons instead.
_INDEX_BUTTON = lazy(r"chapter\s+index|comments?(?:\s*\(\d+\))?|share", re.IGNORECASE)


def is_chapter_select_value(chunks: list[Chunk], index: int) -> bool:
    """Rule ``ao3-chapter-select-value``: a one-line chapter heading right under one of AO3's
    chapter buttons ("Next Chapter →", "← Previous Chapter", "Entire Work") and right over
    "Chapter Index" (a phone's "Comments"), no blank line between, whose words come back as a
    line further down (the chapter's own heading over its text, perhaps with its title).

    Guards: both buttons, as neighbours with no gap (one blank line above at most); and the
    repeat below, so a page whose only copy of the chapter's name is the bar's keeps it as
    the heading.
    """
    if index == 0 or index + 1 >= len(chunks):
        return False
    chunk, above, below = chunks[index], chunks[index - 1], chunks[index + 1]
    # One blank line may stand above it (a phone's copy sets the buttons apart).
    if chunk.gap > 1 or below.gap or not _INDEX_BUTTON.fullmatch(below.text.strip()):
        return False
    if not _CHAPTER_BUTTON.fullmatch(above.text.strip()):
        return False
    # The repeat may add the chapter's title to a bare value ("Chapter 1" over "Chapter 1:
    # Portsmouth").
    bare = chunk.text.strip() + ":"
    return any(
        same_text(other.text, chunk.text) or other.text.startswith(bare)
        for other in chunks[index + 2 :]
    )
