"""Rule ``manuscript-word-count``: a manuscript's word count on a line of its own.

Standard manuscript format (as Scrivener's "Manuscript" compile and a writer who follows
it type it) opens the first page with the writer's contact block and a rounded word count,
"About 1,200 words", above the title. The count is for an editor, not a reader, and it is
not the title, which a header read line by line would take it for. So is a bare count,
"1,200 words" or "approx. 3k words", standing alone in a header.

Guards: the whole line is the count, a number of digits and "words" with at most a word of
rounding before it ("about", "approx.", "approximately", "around", "roughly", "circa",
"~"), so "About a thousand words later, she stopped." and "Words: 1,200" (a field, read as
one) are left alone.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# "About 1,200 words", "approx. 3.5k words", "~900 words", "1 200 words."
_COUNT = lazy(
    r"(?:(?:about|approx\.?|approximately|around|roughly|circa|ca\.|~)[ \t]*)?"
    r"\d{1,3}(?:[,. ]\d{3})*(?:\.\d)?[ \t]?k?[ \t]+words\.?",
    re.IGNORECASE,
)


def is_word_count_line(text: str) -> bool:
    """Whether the line is only a (perhaps rounded) word count: "About 1,200 words"."""
    line = text.strip()
    # Cheap first: the line is short and names words.
    return len(line) <= 30 and "words" in line.lower() and _COUNT.fullmatch(line) is not None
