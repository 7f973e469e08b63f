"""An author's aside about the source closing a note, with the story on the next line.

A journal header's "Notes:" may run to a second paragraph that says something about the
canon ("In the poem she never speaks, and I love giving her lines."), and the story's
first paragraph may follow on the very next line, the blank line between them lost. The
aside talks about the source work in the present tense and in the author's own "I"; the
story narrates in the past tense. See note_run_on.py for the other ways a note runs on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import OPENING_QUOTES, Chunk
from fic2epub.normalise.note_run_on import PAST_RE, joined_below, prose_spaced_below

# The source work the story retells, named as such: "in the poem", "from the original book".
_SOURCE = lazy(
    r"\b(?:in|of|from)\s+(?:the\s+)?(?:original\s+)?(?:poem|book|novel|canon|source|myth"
    r"|legend|play|opera|film|movie|show|series|saga|ballad|epic|manga|anime|comics?)\b",
    re.IGNORECASE,
)
# The author's "I" about the present, not a narrator's past: "I have some feelings", "I love".
_AUTHOR_I = lazy(
    r"\bI\s+(?:have|love|like|feel|think|know|hope|adore|really|just|always)\b|\bI['’](?:m|ve)\b"
)
# An aside is a line or two, never a long paragraph.
_ASIDE = 250


def is_source_aside(text: str) -> bool:
    """Whether a short paragraph is the author's aside about the source work: it names it
    ("in the poem"), says "I" about the present ("I love giving her lines") and
    holds no past-tense verb. Never dialogue, which a narrator may set anywhere."""
    if len(text) > _ASIDE or text[:1] in OPENING_QUOTES or "I" not in text:
        return False
    if _SOURCE.search(text) is None or _AUTHOR_I.search(text) is None:
        return False
    return PAST_RE.search(text) is None


def aside_over_prose(chunks: Sequence[Chunk], index: int, stop: int) -> bool:
    """Rule ``note-aside-over-prose``: a note's later paragraph that is an aside about the
    source (see :func:`is_source_aside`), with a past-tense paragraph joined to it on the
    very next line in a text whose paragraphs are set apart by blank lines: the aside is
    the note's last paragraph and the narration the story's first.

    Guards: set apart from the note above by one blank line (see
    :func:`~fic2epub.normalise.note_run_on.joined_below`); the line under it has no blank
    line above, is no quotation, holds a past-tense verb and the paragraphs under it are
    spaced. The aside's own cues are strong (the source named, the author's "I", no past
    tense), so one past-tense verb is enough on the story's side."""
    after = joined_below(chunks, index, stop)
    if after is None or not is_source_aside(chunks[index].text):
        return False
    if after.text[:1] in OPENING_QUOTES or not prose_spaced_below(chunks, index + 1):
        return False
    return PAST_RE.search(after.text) is not None
