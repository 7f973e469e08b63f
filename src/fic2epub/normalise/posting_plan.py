"""The writer's word on how a serial is posted, over its first part: an unlabelled note.

"So this is the thing I wrote on the train. Two parts, second one on Monday." A blog or
journal post that opens a serial often says, between the header and the first part's
heading, how many parts there are and when the next goes up. No narrator inside the story
counts its parts or promises the next one for Monday; the writer does, speaking as "I".
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import QUOTES

_DAY = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|soon|later"
    r"|next\s+week|this\s+week(?:end)?|the\s+weekend"
)
# How the work is cut and when the rest follows: "Two parts", "in three parts", "second one
# on Monday", "part two tomorrow", "the next part on Friday", "the rest next week".
_PLAN = lazy(
    r"\b(?:(?:two|three|four|five|six|[2-9])\s+parts\b"
    r"|(?:the\s+)?(?:second|next|last|final|other)\s+(?:one|part|half|chapter|bit)"
    rf"\s+(?:(?:goes\s+up|is\s+up|comes|will\s+be\s+up)\s+)?(?:on\s+)?(?:{_DAY})\b"
    rf"|part\s+(?:two|2|ii)\s+(?:(?:goes\s+up|is\s+up|comes|will\s+be\s+up)\s+)?(?:on\s+)?(?:{_DAY})\b"
    rf"|the\s+rest\s+(?:on\s+)?(?:{_DAY})\b)",
    re.IGNORECASE,
)
# The words one of those must hold, asked before the pattern.
_PLAN_WORDS = ("part", "one", "half", "chapter", "bit", "rest")
# The writer speaking: "I", "I'm", "my".
_WRITER = lazy(r"\b(?:I|I['’](?:m|ve|ll|d)|my)\b")
# The longest paragraph read so.
_LONGEST = 300


def states_posting_plan(text: str) -> bool:
    """Rule ``posting-plan-note``: a short paragraph in the writer's voice ("I", "my") that
    says how the work is cut into parts or when the next part goes up ("Two parts, second
    one on Monday", "part two tomorrow") is the writer's note, not the story's opening.

    Guards: never dialogue, never long (a story's paragraphs run longer), the count of
    parts or the promise of the next one, and an "I" or "my" outside any quotation; the
    caller asks only between the header and the first of several headings."""
    if len(text) > _LONGEST or text[:1] in QUOTES:
        return False
    lowered = text.lower()
    if not any(word in lowered for word in _PLAN_WORDS):
        return False
    return _PLAN.search(text) is not None and _WRITER.search(text) is not None
