"""The writer's word on how a serial is posted, over its first part: an unlabelled note.

"So this is the thing I wrote on the train. Two parts, second one on Monday." A blog or
journal post that opens a serial often says, between the header and the first part's
heading, when the next part goes up. No narrator inside the story promises its next part
for Monday; the writer does, speaking as "I".
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import QUOTES

# When: a weekday, "tomorrow", "next week", "soon".
_WHEN = (
    r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight"
    r"|soon|later|next\s+week|this\s+week(?:end)?|the\s+weekend)"
)
# The next part promised, opening a clause of its own: "second one on Monday", "part two
# tomorrow", "the next part goes up on Friday", "and the rest next week". A narrator's
# "I ate the second one on Monday" has a verb before it, so it opens no clause.
_PROMISE = lazy(
    r"(?:^|[.,;:!?(—–-]\s*|\band\s+)(?:the\s+)?"
    r"(?:(?:second|next|last|final|other)\s+(?:one|part|half|chapter|bit)|part\s+(?:two|2|ii)"
    r"|rest)"
    rf"\s+(?:(?:goes\s+up|is\s+up|comes|will\s+be\s+up)\s+)?{_WHEN}\b",
    re.IGNORECASE,
)
# The words a promise holds, asked before the pattern.
_PROMISE_WORDS = ("part", "one", "half", "chapter", "bit", "rest")
# The writer speaking: "I", "I'm", "my".
_WRITER = lazy(r"\b(?:I|I['’](?:m|ve|ll|d)|my)\b")
# The longest paragraph read so.
_LONGEST = 300


def states_posting_plan(text: str) -> bool:
    """Rule ``posting-plan-note``: a short paragraph in the writer's voice ("I", "my") that
    promises the next part for a day ("Two parts, second one on Monday.", "Part two
    tomorrow!") is the writer's note, not the story's opening.

    Guards: never dialogue, never long (a story's paragraphs run longer), the promise
    opening a clause of its own (not "I ate the second one on Monday"), and an "I" or "my"
    in it; the caller asks only between the header and the first of several headings."""
    if len(text) > _LONGEST or text[:1] in QUOTES:
        return False
    lowered = text.lower()
    if not any(word in lowered for word in _PROMISE_WORDS):
        return False
    return _PROMISE.search(text) is not None and _WRITER.search(text) is not None
