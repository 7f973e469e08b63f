"""Rule ``ornament-letter-divider``: the "aesthetic" dividers Tumblr and Wattpad writers set
between scenes, drawn with a letter of some other script as the ornament in their middle:
"· · ─────── ·𖥸· ─────── · ·" (a Bamum letter as a flower), "⋆ ˚｡⋆୨୧˚ ⋆" (two Oriya
digits as a bow), "𓆩♡𓆪" (two hieroglyphs as brackets), "ꕤ ─── ꕤ" (a Vai syllable).

The borrowed characters are letters or digits to Unicode, so a test for decoration that
allows only marks refuses the line. They are read as ornaments only from a fixed set: the
scripts of the ancient world no story is written in now (Egyptian hieroglyphs, the old
Bamum syllabary, Linear A), and the few letters of living scripts that the divider
makers' symbol lists offer for their shape. The line must hold a mark besides them, and
nothing else: a line of Oriya or Vai text has its own words in it, never bare marks.
"""

from __future__ import annotations

import unicodedata

# Scripts no story is written in now, whose signs serve only as pictures: Egyptian
# hieroglyphs, the Bamum supplement (the old syllabary's phases), Linear A.
_ANCIENT_BLOCKS = ((0x13000, 0x1345F), (0x16800, 0x16A3F), (0x10600, 0x1077F))
# Letters and digits of living scripts that dividers borrow for their shape: the Oriya
# digits "୨୧" (a bow), the Vai "ꕤ ꕥ ꔛ" (flowers), the Lepcha "ᰔ" (a heart), the Cham "ꨄ"
# (a heart), the Tai Le "ᥫ" and the Tibetan astrological sign "༘" (sparkles).
_BORROWED = frozenset("୨୧ꕤꕥꔛᰔꨄᥫ༘")
# Below the lowest of them all (the Oriya digits): is_glyph_line asks of each line's
# first character, so most lines are answered by this one comparison.
_LOWEST = "\u0b00"
# The invisible marks that belong to the symbol before them (an emoji's selector, a joiner).
_EMOJI_MARKS = "\ufe0e\ufe0f\u200d"
# Quotation marks are speech, never decoration.
_QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e"


def is_ornament_letter(char: str) -> bool:
    """Whether ``char`` is a letter a divider borrows as an ornament (see the module)."""
    if char < _LOWEST:
        return False  # every prose line in a Latin, Greek or Cyrillic script stops here
    if char in _BORROWED:
        return True
    code = ord(char)
    return any(low <= code <= high for low, high in _ANCIENT_BLOCKS)


def ornament_divider(compact: str) -> bool:
    """Whether ``compact`` (a line with its spaces taken out) is a divider drawn with marks
    and borrowed ornament letters: one ornament letter at least, one mark at least (a
    punctuation or symbol character that is no quotation mark), and nothing else."""
    ornaments = marks = 0
    for char in compact:
        if is_ornament_letter(char):
            ornaments += 1
        elif char in _EMOJI_MARKS:
            continue
        elif unicodedata.category(char)[0] in "PS" and char not in _QUOTES:
            marks += 1
        else:
            return False
    return ornaments > 0 and marks > 0
