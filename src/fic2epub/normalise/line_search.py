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


# A jump from one key character to the next costs what a search of some 500 characters
# does: while the keys come rarer than that, the jumps are the cheaper way through a text.
_KEY_SPAN = 500
# The jumps always tried, however close the first keys stand.
_FREE_TRIES = 32


def holds(text: str, needle: str, key: str) -> bool:
    """Whether ``needle`` is in ``text`` (``needle in text``), looked for at the places of
    ``key``, one of its characters that prose seldom holds (the ":" of "Rated:").

    ``in`` steps through the text's characters for a needle of two or more (a millisecond a
    megabyte), while one character is found with ``memchr`` (see above): a story with no
    key, or a few hundred, is told in a fraction of that. Where the keys come oftener than
    one in :data:`_KEY_SPAN` characters (a chat log's colons), the rest of the text is
    searched as ``in`` does."""
    offset = needle.index(key)
    at = text.find(key)
    tries = 0
    while at >= 0:
        # A key nearer the start than its place in the needle starts no needle.
        if at >= offset and text.startswith(needle, at - offset):
            return True
        tries += 1
        if tries > _FREE_TRIES and at < tries * _KEY_SPAN:
            # Every needle whose key stands before ``at`` has been tried.
            return text.find(needle, max(0, at - offset)) >= 0
        at = text.find(key, at + 1)
    return False
