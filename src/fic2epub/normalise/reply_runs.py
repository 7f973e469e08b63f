"""Review replies written line by line under a note that thanks for reviews.

FanFiction.Net authors answer last chapter's reviewers at the top of the next one, often
with no "Review replies:" heading: "A/N: Thanks for all the reviews!" and under it, with no
blank line, one line per reviewer ("Guest: thanks!", "To Kestrel: yes, soon."). Those lines
are the note's, not the story's first paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk

# A reply's head: FFN's name for an unsigned reviewer ("Guest:", "Anon:"), or "To" and a
# handle of one to three words ("To Kestrel:", "To night owl 7:"), then the colon and text.
_ADDRESSED = lazy(
    r"(?:guests?|anon(?:ymous)?|to\s+[^\s:]{1,30}(?:\s[^\s:]{1,30}){0,2})\s*:\s+\S",
    re.IGNORECASE,
)
# What the note says to count as answering reviews: the word itself, or a guest's reply.
_REVIEWS = lazy(r"\breview(?:s|ers?|ing|ed)?\b|^guests?\s*:", re.IGNORECASE)
# How many of the note's lines above are read for that word.
_REACH = 8


def reply_run_line(chunks: Sequence[Chunk], start: int, index: int) -> bool:
    """Rule ``review-reply-run``: whether the line at ``index``, in the note opened at
    ``start``, is a reply to a reviewer: "Guest: …" or "To <handle>: …" written right
    under the note's line above (no blank line), in a note that speaks of reviews ("Thank
    you for the reviews!") or already answered a guest.

    Guards: the line above is the note's and no blank line parts them, so a script's
    "To Mara: …" further down stays the story's; the note must speak of reviews; a bare
    handle ("Kestrel: …") is not enough, as a script's speaker reads the same.
    """
    chunk = chunks[index]
    if chunk.gap or chunk.role != "text" or len(chunk.lines) != 1:
        return False
    if chunks[index - 1].role not in ("note", "note-body"):
        return False
    if _ADDRESSED.match(chunk.text) is None:
        return False
    above = chunks[max(start, index - _REACH) : index]
    return any(_REVIEWS.search(c.text) for c in above if c.role in ("note", "note-body"))
