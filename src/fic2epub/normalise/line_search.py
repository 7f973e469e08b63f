"""Cheap tests of a whole text before a whole-text step reads it line by line.

A story of a megabyte is some 30,000 lines, and most whole-text steps look for a site's or a
program's mark that most stories never hold. Splitting the text and matching every line costs
milliseconds a step; a search for the mark at a line's start, written after a line break, is
one scan in the regular-expression engine (which finds the break quickly), so a step can
return the text untouched for the stories without it.

Where a step's mark holds a character prose seldom has ("[", "<", "=", "%"), the step asks
for that one character before the mark itself: Python looks for a single character with
``memchr``, at memory speed, while a search for two or more characters steps through the
text's characters, a millisecond a megabyte. A story without the character is passed on
after a few microseconds instead.
"""

from __future__ import annotations

import re


def line_may_start(pattern: re.Pattern[str], text: str) -> bool:
    """Whether a line of ``text`` may start as ``pattern`` says.

    ``pattern`` opens with a line break ("\\n[^\\S\\n]*->"); the first line, which no break
    opens, is tried with one put before it. The test only rules lines out: a step still
    matches the lines it finds."""
    # Sliced at the first break, not partitioned: a partition copies all the rest of the text.
    end = text.find("\n")
    first = text if end < 0 else text[:end]
    return pattern.match("\n" + first) is not None or pattern.search(text) is not None


def last_filled_line(text: str) -> str:
    """The last line of ``text`` that is not blank, without the blanks after it ("" if none).

    A step that reads only a block ending the file can test this line before splitting the
    whole text: slicing it off costs one copy of the text and one search from its end."""
    filled = text.rstrip()
    return filled[filled.rfind("\n") + 1 :]


# How many places of a needle's key character :func:`holds` tries before it leaves the rest
# of the text to one search for the needle: a story holds a few dozen colons, a chat log
# one a line; past this many the jumps would cost more than the search they spare.
_KEY_TRIES = 200


def holds(text: str, needle: str, key: str) -> bool:
    """Whether ``needle`` is in ``text`` (``needle in text``), looked for at the places of
    ``key``, one of its characters that prose seldom holds (the ":" of "Rated:").

    ``in`` steps through the text's characters for a needle of two or more (a millisecond a
    megabyte), while one character is found with ``memchr`` (see above): a story with no
    key, or a few dozen, is told in tens of microseconds. Past :data:`_KEY_TRIES` keys the
    rest of the text is searched as ``in`` does."""
    offset = needle.index(key)
    at = text.find(key)
    for _ in range(_KEY_TRIES):
        if at < 0:
            return False
        # A key nearer the start than its place in the needle starts no needle.
        if at >= offset and text.startswith(needle, at - offset):
            return True
        at = text.find(key, at + 1)
    # Every needle whose key stands before ``at`` has been tried.
    return at >= 0 and text.find(needle, max(0, at - offset)) >= 0
