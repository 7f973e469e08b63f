"""The writer's word on how the pieces came to be, above the first of several headings.

A collection's opening paragraph often says how its pieces were written rather than what
they are about: "These were written one a week for the winter ficathon and I never put
them together until now." That is the writer's note, not the work's summary.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import QUOTES

# How the pieces came to be: written or posted (in the past), the occasion writers write
# for, or the draft left unread by a beta.
_WRITING = lazy(
    r"\b(?:(?:were|was|been|got)\s+(?:written|posted|drafted)|wrote|posted"
    r"|ficathon|fic\s?exchange|prompt\s+table"
    r"|(?:not|un-?)\s?beta(?:['’]?d|ed))\b",
    re.IGNORECASE,
)
# The writer as "I" (a phone's lower-case "i" too): "my" and "me" alone are a dedication's
# ("for my lit group"), which a subtitle may hold.
_WRITER_I = lazy(r"\bI\b|(?:^|\s)i(?=\s|['’])")
# Longer than this, an opening paragraph is prose, whatever it mentions.
_LONGEST = 400
# The cheap test: words one of _WRITING's alternatives holds.
_CUES = ("writ", "wrote", "post", "ficathon", "exchange", "prompt", "beta")


def tells_how_written(text: str) -> bool:
    """Rule ``writing-talk-before-chapter-1`` (the words): a short paragraph in which the
    writer says "I" and how the pieces were written or posted ("These were written for a
    ficathon and I never put them together", "I kept thinking about him. not beta'd").
    Guards: never dialogue, never long, both the "I" and the words of writing, so a
    summary ("A letter was written that changed everything.") and a subtitle's dedication
    ("a fic for my lit group") stay what they are."""
    if len(text) > _LONGEST or text[:1] in QUOTES:
        return False
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES):
        return False
    return _WRITING.search(text) is not None and _WRITER_I.search(text) is not None
