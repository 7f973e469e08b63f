"""The footer a journal crossposting service adds under an entry.

Dreamwidth's crossposter ends the copy it posts to LiveJournal (or InsaneJournal) with
"This entry was originally posted at https://name.dreamwidth.org/1234.html. Please comment
there using OpenID.", followed by the comment-count image, which a text copy gives as its
alt text "comment count unavailable comments"; LiveJournal's importer and other mirrors
write "Mirrored from https://…". The line points to the real entry: it is the site's, and
so is everything under it (the tags, the entry's links, its comments).
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, tail_start

# The crossposter's line: "This entry was originally posted at <url>." or "Mirrored from
# <url>.", with what it asks after it ("Please comment there using OpenID.", "You can
# comment here or there."). The address must follow at once, so a header's "Originally
# posted at: AO3" field or a sentence about a story first posted somewhere is left alone.
_CROSSPOST = lazy(
    r"(?:this\s+entry\s+was\s+originally\s+posted\s+at|mirrored\s+from)\s+"
    r"(?:https?://|www\.)\S{3,200}(?:\s+\S.{0,200})?",
    re.IGNORECASE,
)
# How many kept chunks from the chapter's end the line may stand: tags, links and a
# comment thread come under it.
_REACH = 60


def crosspost_footer_start(chunks: list[Chunk], first: int, end: int) -> int:
    """Rule ``crosspost-footer``: near the chapter's end, a crossposter's "This entry was
    originally posted at <url>. Please comment there using OpenID." (or "Mirrored from
    <url>.") line opens the page's footer: it and all under it are dropped. Returns where
    the footer starts (``end`` when there is none), so that an end marker and a closing
    note above the line are read as the story's last lines.

    Guards: the line starts with those words and an address right after them, is no longer
    than a short paragraph, and stands among the chapter's last lines."""
    for index in range(tail_start(chunks, first, end, _REACH), end):
        chunk = chunks[index]
        # The cheap question first: the words the crossposter always writes.
        text = chunk.text
        if (
            chunk.role == "dropped"
            or len(text) > 400
            or ("osted at" not in text and "irrored" not in text)
        ):
            continue
        if _CROSSPOST.fullmatch(text.strip()) is None:
            continue
        for at in range(index, end):
            if chunks[at].role != "dropped":
                chunks[at] = replace(chunks[at], role="dropped", rule="crosspost-footer")
        return index
    return end
