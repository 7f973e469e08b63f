"""A drafting writer's own bookkeeping left in a posted manuscript: dropped, as neither story
nor a note to the reader.

Rule ``nano-status-line``: a NaNoWriMo writer heads the posted draft with the challenge's
result ("NaNoWriMo 2022 -- WINNER -- final count 50,306", "Camp NaNo April 2021: 30k words").
It is the writer's badge, as an archive's stats line is the site's: a header line, not the
story's first paragraph and not a note.

Rule ``daily-tally-line``: between chapters the same writer logs the day's progress ("Day 4
-- 1,688 words -- total 6,902", "Nov 11: 2,004 words"). A tally counts the writing; it is
not part of what was written.

Rule ``note-to-self-line``: a draft's bracketed reminder on a line of its own, opening with
the capitalised keyword writers use for unfinished places ("[TK - name of the town?]",
"[FIX THIS LATER: …]", "[TODO check the dates]", "[NOTE TO SELF - …]"). The writer meant to
replace it; a reader would skip it.

Guards: each line is short and read whole. The status line names NaNo and says how it went
(a "winner" or a count); the tally opens on its day and gives a count of words; the
reminder's keyword is in capitals as typed, with nothing but capitals, a separator or the
bracket after it, so "[Note: she means the older brother]" and "[TK walked in]" (a
character's initials) stay.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk

# "NaNoWriMo 2022 -- WINNER -- final count 50,306", "Camp NaNo 2021: 30k words".
_NANO = lazy(r"(?:camp[ \t]+)?nano(?:wrimo)?\b[^\n]{0,90}", re.IGNORECASE)
_NANO_RESULT = lazy(r"\bwinner\b|\bwon\b|\bcount\b|\d[\d,.]*[ \t]*k?[ \t]*words\b", re.IGNORECASE)
# "Day 4 -- 1,688 words -- total 6,902", "Nov 11: 2,004 words", "Day 3 - +1,700 words".
_TALLY = lazy(
    r"(?:day|nov(?:ember)?\.?)[ \t]*\d{1,2}[ \t]*(?:--|[-–—:|,])[ \t]*\+?[\d,.]+[ \t]*k?[ \t]*"
    r"words?\b[^\n]{0,60}",
    re.IGNORECASE,
)
# "[TK]", "[TK - name of the mill town?]", "[FIX THIS LATER: …]", "[TODO check dates]".
_KEYWORDS = r"TK|TODO|TO DO|FIXME|FIX|CHECK|RESEARCH|NOTE TO SELF|NTS|EXPAND|REWRITE"
_SELF_NOTE = lazy(rf"\[(?:{_KEYWORDS})\b[A-Z \t]{{0,24}}(?:[-–—:?!][^\[\]\n]{{0,300}})?\]")
# What a line _TALLY matches opens with ("" too is in it: an empty line is asked as before).
_TALLY_FIRSTS = "DdNn"
# The longest line either count is read on.
_LONGEST = 110


def nano_status_line(text: str) -> bool:
    """Whether a header line is a NaNoWriMo result (``nano-status-line``)."""
    line = text.strip()
    if len(line) > _LONGEST or "nano" not in line[:12].lower():
        return False
    return _NANO.fullmatch(line) is not None and _NANO_RESULT.search(line) is not None


def daily_tally_line(text: str) -> bool:
    """Whether a line is a writer's daily word tally (``daily-tally-line``)."""
    line = text.strip()
    if len(line) > _LONGEST or "word" not in line.lower():
        return False
    return _TALLY.fullmatch(line) is not None


def note_to_self_line(text: str) -> bool:
    """Whether a line is a draft's bracketed reminder (``note-to-self-line``)."""
    line = text.strip()
    return line[:1] == "[" and line[-1:] == "]" and _SELF_NOTE.fullmatch(line) is not None


def drop_writing_tallies(chunks: list[Chunk], start: int) -> None:
    """Drop the story's daily tallies and notes-to-self, wherever they stand in it."""
    for index in range(start, len(chunks)):
        chunk = chunks[index]
        if chunk.role != "text":
            continue
        # The line's first character settles nearly every line before either rule strips
        # it: a tally opens with "Day" or "Nov" (_TALLY, case ignored), a reminder with "[".
        first = chunk.text.lstrip()[:1]
        if first in _TALLY_FIRSTS and daily_tally_line(chunk.text):
            chunks[index] = replace(chunk, role="dropped", rule="daily-tally-line")
        elif first == "[" and note_to_self_line(chunk.text):
            chunks[index] = replace(chunk, role="dropped", rule="note-to-self-line")
