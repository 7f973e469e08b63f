"""Rule ``announced-word-under-heading``: a paragraph that calls itself the writers' word.

Under a chapter's heading a writer may talk to the readers with no "A/N:" and say so in
the opening words instead: "A quick word from both of us: we know how the play ends.",
"Before Part II, a short note from me: …", "Just a quick note before we start: …". The
paragraph names itself a word or a note from the writers, which no narrator's paragraph
does; the story starts under it.

Guards: the announcement opens the paragraph (after at most "Before/For/In Part N,"), and
it ends on a colon or a dash, so a narrator's "A quick word with the captain settled it."
is no note; the paragraph is short, not dialogue, and in the writers' voice.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import QUOTES

# The opening: an optional "Before Part II," then "a quick word" or "a short note", who
# from, and what it comes before, ended by a colon or a dash.
_ANNOUNCED = lazy(
    r"(?:(?:before|for|in|about)\s+(?:this\s+)?(?:part|chapter|ch\.?)(?:\s+[\w.]{1,8})?,?\s+)?"
    r"(?:just\s+)?(?:a|one)\s+(?:quick|short|brief|little|small)\s+(?:word|note)"
    r"(?:\s+from\s+(?:me|us|both\s+of\s+us|the\s+two\s+of\s+us|the\s+(?:authors?|writers?)))?"
    r"(?:\s+before\s+(?:we|you|this|the|it)\b[^:;.!?\n]{0,40})?"
    r"\s*(?::|\s[-–—]\s|—)",
    re.IGNORECASE,
)
# The writers' voice somewhere in the paragraph: "I", "we", "you".
_VOICE = lazy(r"\b(?:I|(?i:me|my|we|us|our|you|your))\b")
# The longest paragraph read as an announced note.
_LONGEST = 400


def announces_note(text: str) -> bool:
    """Whether a paragraph opens by calling itself a word or note from the writers (see
    the module)."""
    if len(text) > _LONGEST or text[:1] in QUOTES:
        return False
    if "word" not in text[:80].lower() and "note" not in text[:80].lower():
        return False  # a cheap test first: neither noun in the opening
    return _ANNOUNCED.match(text) is not None and _VOICE.search(text) is not None
