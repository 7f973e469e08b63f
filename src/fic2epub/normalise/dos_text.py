"""Rule ``cp437-box-rules``: tell a DOS program's text (code page 437) by its drawn rules.

A BBS door, an offline mail reader or a DOS word processor writes its text in code page
437, and draws its rules with the code page's box characters: a run of "─" (byte 0xC4) or
"═" (0xCD) across the line. Read as Windows-1252 the run is "ÄÄÄÄÄÄ" or "ÍÍÍÍÍÍ", which no
writer types, and the accented letters beside it go wrong too ("naïve" turns "na‹ve").
A long run of one box byte settles the file's code page.
"""

from __future__ import annotations

# Code page 437's rule bytes: single and double horizontal lines, the shades and the blocks
# an old program draws its rules and boxes with.
_RULE_BYTES = tuple(bytes([code]) for code in (0xC4, 0xCD, 0xB0, 0xB1, 0xB2, 0xDB, 0xDC, 0xDF))
# The shortest run of one rule byte that counts.
_SHORTEST_RUN = 10


def is_cp437(data: bytes) -> bool:
    """True when ``data`` (not UTF-8) holds a rule of ten or more like box bytes of code page
    437 (see above)."""
    return any(byte * _SHORTEST_RUN in data for byte in _RULE_BYTES)
