"""Rule ``cp437-box-rules``: tell a DOS program's text (code page 437) by its drawn rules.

A BBS door, an offline mail reader or a DOS word processor writes its text in code page
437, and draws its rules with the code page's box characters: a run of "─" (byte 0xC4) or
"═" (0xCD) across the line. Read as Windows-1252 the run is "ÄÄÄÄÄÄ" or "ÍÍÍÍÍÍ", which no
writer types, and the accented letters beside it go wrong too ("naïve" turns "na‹ve").
A long run of one box byte settles the file's code page.

Rule ``cp437-letters-in-words``: a DOS word processor's file with no rules still gives itself
away by its letters. Code page 437 keeps its accented letters in the bytes 0x80-0xA5, where
Windows-1252 keeps punctuation and symbols, so read as Windows-1252 a word comes out with a
symbol inside it ("Bra‡ayda" for "Braçayda", "na‹ve"). Each reading is scored by its
characters that no writer would put where they stand (a symbol inside a word; a capital
after a small letter, "donÆt" for "don’t"; a small letter stuck to the front of a capital,
"ôHello" for "“Hello"), and code page 437 wins only with fewer such characters than both
Windows-1252 and, for a file without DOS's CRLF line ends, Mac OS Roman.
"""

from __future__ import annotations

import unicodedata
from itertools import pairwise

from fic2epub.lazy_re import lazy

# Code page 437's rule bytes: single and double horizontal lines, the shades and the blocks
# an old program draws its rules and boxes with.
_RULE_BYTES = tuple(bytes([code]) for code in (0xC4, 0xCD, 0xB0, 0xB1, 0xB2, 0xDB, 0xDC, 0xDF))
# The shortest run of one rule byte that counts.
_SHORTEST_RUN = 10


def is_cp437(data: bytes) -> bool:
    """True when ``data`` (not UTF-8) holds a rule of ten or more like box bytes of code page
    437 (see above)."""
    return any(byte * _SHORTEST_RUN in data for byte in _RULE_BYTES)


# An upper-half byte (read as Latin-1, one character a byte): where the code pages differ.
_UPPER = lazy(r"[\x80-\xff]")
# Punctuation that stands inside a word in ordinary writing: apostrophes and dashes.
_WORD_PUNCTUATION = frozenset("’‘–—-'")
# At most one upper byte in this many may sit next to another.
_PAIRED_SHARE = 4
# How much of a file is scored: the first 64 KiB tell as well as the whole.
_SAMPLE = 65536


def letters_read_as_cp437(data: bytes) -> bool:
    """True when ``data`` (not UTF-8) reads more cleanly as code page 437 than as Windows-1252
    and Mac OS Roman (``cp437-letters-in-words``, see above)."""
    sample = data[:_SAMPLE]
    if sample.isascii():
        return False
    positions = [found.start() for found in _UPPER.finditer(sample.decode("latin-1"))]
    paired = sum(1 for a, b in pairwise(positions) if b == a + 1)
    if paired * _PAIRED_SHARE > len(positions):
        # Upper bytes in pairs are a double-byte script's (GBK, Shift-JIS) or UTF-8's; a
        # DOS writer's accented letters stand one by one among plain ones.
        return False
    dos = _oddities(sample.decode("cp437"), positions)
    windows = _oddities(sample.decode("cp1252", errors="replace"), positions)
    if dos >= windows:
        return False
    # A classic Mac file's bytes read as letters in Mac OS Roman too; CRLF is DOS's own.
    return b"\r\n" in sample or dos < _oddities(sample.decode("mac_roman"), positions)


def _oddities(text: str, positions: list[int]) -> int:
    """How many of the characters at ``positions`` (one byte, one character) sit where a
    misread byte puts them."""
    count = 0
    for index in positions:
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        if _odd(text[index], before, after):
            count += 1
    return count


def _odd(char: str, before: str, after: str) -> bool:
    """One character is out of place between ``before`` and ``after``."""
    category = unicodedata.category(char)
    if char == "\ufffd" or category[0] == "C":
        return True
    if category[0] in "PS":
        # A symbol or a quote inside a word ("Bra‡ayda", "na‹ve"); an apostrophe or a
        # dash joins a word's halves in any writing.
        return before.isalpha() and after.isalpha() and char not in _WORD_PUNCTUATION
    if category == "Lu":
        return before.islower()
    if category == "Ll":
        return after.isupper() and after.isascii()
    return False
