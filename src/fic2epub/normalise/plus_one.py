"""The "+1" section of a "five things" fic.

A "5+1" (or "4+1") fic tells five times something happened and one time it did not. Its
sections are headed "1." to "5.", and the last one "+1" ("+ 1.", "~ +1 ~", "+1: The Sixth
Time"): not a number counting on, so the numbered-headings rule leaves it, but the same kind
of heading, and the story's last chapter.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk

# "+1", "+ 1.", "(+1)", "~ +one ~", "+1: The Time He Stayed": a plus sign, then one, then
# at most a short title after a colon or dash, with no sentence's commas or full stop (so
# "+1 for the captain, she said." is a line of dialogue).
_PLUS_ONE = lazy(
    r"[~*=#_\s\[(-]*\+\s?(?:1|one)\b[.)\]]?(?:\s*[:.–—-]\s+[^\s.,;!?][^.,;!?]{0,60})?"
    r"[~*=#_\s\])-]*",
    re.IGNORECASE,
)


def plus_one_heading(chunks: list[Chunk], last: int) -> None:
    """Rule ``plus-one-heading``: after the last of a run of numbered section headings, the
    first line that stands alone (blank lines around it, as the numbers stand) and reads
    "+1" is the run's closing heading.

    Only after a run of numbered headings, so a "+1" in a chat or a vote tally elsewhere in
    a story stays text; only alone between blank lines, as the numbered headings are.
    """
    for index in range(last + 1, len(chunks)):
        chunk = chunks[index]
        if chunk.role == "heading":
            return  # another heading ends the numbered run's reach
        # The plus sign opens the line (after any decoration): a cheap test before the regex.
        if chunk.role != "text" or "+" not in chunk.text[:6]:
            continue
        if len(chunk.lines) != 1 or chunk.gap < 1 or not _PLUS_ONE.fullmatch(chunk.text):
            continue
        following = chunks[index + 1] if index + 1 < len(chunks) else None
        if following is not None and following.gap < 1:
            continue  # a line run on into prose, not a heading set apart
        chunks[index] = replace(chunk, role="heading", rule="plus-one-heading")
        return
