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

Rule ``bracket-tally-line``: a draft's running count in brackets on a line of its own, where
the writer logged each session's words ("[wc 0 -> 612]", "[word count: 1,240]", "[words 612
-> 1,240 / 50,000]"). Only figures, an arrow and a goal may follow the count's word.

Rule ``note-to-self-line`` also reads the reminder unbracketed, on a line of its own and in
capitals as typed with its colon ("TODO: check her father's name", "FIXME: …", "NOTE TO SELF:
…", its short form "NTS: …": rule ``nts-line``), and a bracketed draft note in any case
("[draft note: make the widow clear earlier]", "[note to self - …]"), which names itself.

Rule ``beta-comment``: a beta reader's returned copy holds the beta's comments to the writer
in brackets, labelled as the beta's ("[BETA: love this line]", "[beta note: typo?]", "[B/N:
…]"), on lines of their own or inside a paragraph. They were meant to be deleted before
posting: a line of its own is dropped, a comment inside a paragraph is cut out of it. This
one is read everywhere, the header too (:func:`drop_beta_comments`).

Rule ``gathered-post-banner``: a story first posted in instalments and gathered by its
writer into one file keeps a framed line over each part saying when it went up ("=== posted
4 March ===", "--- posted on 2019-03-11 ---", "[first posted 19 March 2021]"). It dates the
post, not the story's text: dropped wherever it stands (:func:`drop_beta_comments`'s pass).
Only framed on both sides and naming a date, so a sentence about posting stays.

Rule ``do-not-post-section``: a writer's master document keeps, under the story's end
marker, a section headed as her own and not for posting ("=== CUT SCENES (don't post) ===",
"--- scraps, do not post ---"): from that line to the end of the file it is the writer's
store, neither story nor a note. Only a short line saying so, within the few lines under an
end marker, so a story's "Do not post this letter" stays.

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
from fic2epub.normalise.patterns import MONTH_ABBR, match_end_marker

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
# "[wc 0 -> 612]", "[word count: 1,240]", "[words: 612 -> 1,240 / 50,000]".
_COUNT = r"[\d][\d,.]*[ \t]*k?"
_BRACKET_TALLY = lazy(
    rf"\[[ \t]*(?:wc|word[ \t]*count|words)[ \t]*:?[ \t]*{_COUNT}"
    rf"(?:[ \t]*(?:->|→|=>|-|–|—|to)[ \t]*{_COUNT})?(?:[ \t]*/[ \t]*{_COUNT})?[ \t]*\]",
    re.IGNORECASE,
)
# The reminder without brackets: the keyword in capitals and its colon, then the note.
# "NTS:" is the writers' short form of "note to self" (rule ``nts-line``).
_BARE_SELF_NOTE = lazy(r"(?:TODO|TO DO|FIXME|NOTE TO SELF|NTS)[ \t]*:[ \t]*\S[^\n]{0,300}")
# A bracketed note that names itself a draft's note or a note to self, in any case.
_DRAFT_NOTE = lazy(
    r"\[[ \t]*(?:draft(?:ing)?[ \t]+note|note[ \t]+to[ \t]+self)[ \t]*[-–—:][^\[\]\n]{1,300}\]",
    re.IGNORECASE,
)
# A beta reader's bracketed comment: "[BETA: …]", "[beta note - …]", "[B/N: …]", "[BN: …]".
_BETA_LABEL = r"\[[ \t]*(?:beta(?:[ \t]+(?:note|comment))?|B/?N)[ \t]*[-–—:]"
_BETA_COMMENT = lazy(rf"{_BETA_LABEL}[^\[\]\n]{{1,400}}\]", re.IGNORECASE)
# The same inside a paragraph, with the space on one side of it.
_INLINE_BETA = lazy(rf"[ \t]?{_BETA_LABEL}[^\[\]\n]{{1,400}}\]", re.IGNORECASE)
# "=== posted 4 March ===", "--- posted on March 11, 2019 ---", "[first posted 2021-03-19]".
_DATE = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{MONTH_ABBR}[a-z]*\.?(?:,?[ \t]+\d{{4}})?"
    rf"|{MONTH_ABBR}[a-z]*\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?:,?[ \t]+\d{{4}})?"
    r"|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})"
)
_FRAMES = r"=|-|~|\*|#|_"
_POST_BANNER = lazy(
    rf"(?:(?P<mark>{_FRAMES}){{2,}}|\[|\()[ \t]*(?:(?:first|originally)[ \t]+)?posted"
    rf"(?:[ \t]+on)?[ \t]*:?[ \t]*{_DATE}[ \t]*(?:(?P=mark){{2,}}|\]|\))",
    re.IGNORECASE,
)
# The rules here: what they drop is the writer's or the beta's, never a note to the reader.
DRAFTING_RULES = frozenset(
    {
        "daily-tally-line",
        "bracket-tally-line",
        "note-to-self-line",
        "beta-comment",
        "gathered-post-banner",
    }
)
# The first characters a bare reminder opens with (case as typed).
_BARE_FIRSTS = "TFN"
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
    """Whether a line is a draft's reminder to its writer (``note-to-self-line``)."""
    line = text.strip()
    if line[:1] in _BARE_FIRSTS:
        return _BARE_SELF_NOTE.fullmatch(line) is not None
    if line[:1] != "[" or line[-1:] != "]":
        return False
    return _SELF_NOTE.fullmatch(line) is not None or _DRAFT_NOTE.fullmatch(line) is not None


def bracket_tally_line(text: str) -> bool:
    """Whether a line is a draft's bracketed word count (``bracket-tally-line``)."""
    line = text.strip()
    return line[:1] == "[" and len(line) <= _LONGEST and _BRACKET_TALLY.fullmatch(line) is not None


def beta_comment_line(text: str) -> bool:
    """Whether a line is a beta reader's bracketed comment (``beta-comment``)."""
    line = text.strip()
    return line[:1] == "[" and line[-1:] == "]" and _BETA_COMMENT.fullmatch(line) is not None


# What a posting date's frame opens with: a rule's glyph or a bracket.
_BANNER_OPENERS = "=-~*#_[("


def post_banner_line(text: str) -> bool:
    """Whether a line is a gathered instalment's framed posting date (``gathered-post-banner``)."""
    # Asked of every chunk: the first character first, before the strip copies a paragraph
    # (a chunk opening on a letter opens the same way stripped).
    if text[:1] not in _BANNER_OPENERS and not text[:1].isspace():
        return False
    line = text.strip()
    return (
        len(line) <= 60
        and line[:1] in _BANNER_OPENERS
        and "posted" in line.lower()
        and _POST_BANNER.fullmatch(line) is not None
    )


def drop_beta_comments(chunks: list[Chunk]) -> None:
    """Rule ``beta-comment``: drop a beta's comment lines and cut those inside paragraphs,
    anywhere in the text (the header's comment to the writer too). Rule
    ``gathered-post-banner``: drop a gathered instalment's posting date line, anywhere too."""
    for index, chunk in enumerate(chunks):
        if chunk.role != "text":
            continue
        if post_banner_line(chunk.text):
            chunks[index] = replace(chunk, role="dropped", rule="gathered-post-banner")
            continue
        # Cheap first: a bracket, then the label's letters.
        if "[" not in chunk.text:
            continue
        lower = chunk.text.lower()
        if "[beta" not in lower and "n:" not in lower and "n -" not in lower:
            continue
        if beta_comment_line(chunk.text):
            chunks[index] = replace(chunk, role="dropped", rule="beta-comment")
            continue
        text = _INLINE_BETA.sub("", chunk.text)
        if text != chunk.text:
            lines = tuple(cut for line in chunk.lines if (cut := _INLINE_BETA.sub("", line)))
            chunks[index] = replace(chunk, text=text.strip(), lines=lines)


# "don't post", "do not post", "dont post", "not for posting", "never post".
_NOT_POSTED = lazy(
    r"\b(?:do\s*n['’]?t|do\s+not|never)\s+post\b|\bnot\s+(?:for|to\s+be)\s+post(?:ing|ed)\b",
    re.IGNORECASE,
)
# The longest banner line, and how many chunks under the end marker it may stand.
_BANNER_LONGEST = 100
_BANNER_REACH = 3


# A banner's frame: a run of rule glyphs at both ends ("=== … ===", "--- … ---").
_FRAME = lazy(r"([=~*#_-])\1+.*([=~*#_-])\2+")
# The marker in brackets, as a heading's aside: "CUT SCENES (don't post)".
_BRACKETED_MARKER = lazy(
    r"[(\[][^()\[\]]{0,20}\b(?:do\s*n['’]?t|do\s+not)\s+post\b[^()\[\]]{0,20}[)\]]",
    re.IGNORECASE,
)


def _framed_banner(text: str) -> bool:
    """Whether a line is set as a section's banner, not a sentence: framed by rule glyphs,
    the marker in brackets, or all in capitals ("DO NOT POST BELOW")."""
    line = text.strip()
    if _FRAME.fullmatch(line) or _BRACKETED_MARKER.search(line):
        return True
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _not_posted_section(chunks: list[Chunk], start: int) -> int | None:
    """Where a section the writer marked not for posting opens, under the story's end
    marker (``do-not-post-section``), else None."""
    for index in range(start + 1, len(chunks)):
        text = chunks[index].text
        if len(text) > _BANNER_LONGEST or ("ost" not in text and "OST" not in text):
            continue  # the cheap tests first: nearly every line is longer or says no "post"
        if not _framed_banner(text) or _NOT_POSTED.search(text) is None:
            continue
        above = [
            c for c in chunks[max(start, index - _BANNER_REACH) : index] if c.role != "dropped"
        ]
        if any(match_end_marker(c.text) for c in above):
            return index
    return None


def drop_writing_tallies(chunks: list[Chunk], start: int) -> None:
    """Drop the story's daily tallies and notes-to-self, wherever they stand in it."""
    if (private := _not_posted_section(chunks, start)) is not None:
        for index in range(private, len(chunks)):
            chunks[index] = replace(chunks[index], role="dropped", rule="do-not-post-section")
    for index in range(start, len(chunks)):
        chunk = chunks[index]
        if chunk.role != "text":
            continue
        # The line's first character settles nearly every line before either rule strips
        # it: a tally opens with "Day" or "Nov" (_TALLY, case ignored) or "[", a reminder
        # with "[" or its capital keyword.
        first = chunk.text.lstrip()[:1]
        if first in _TALLY_FIRSTS and daily_tally_line(chunk.text):
            chunks[index] = replace(chunk, role="dropped", rule="daily-tally-line")
        elif first == "[" and bracket_tally_line(chunk.text):
            chunks[index] = replace(chunk, role="dropped", rule="bracket-tally-line")
        elif (first == "[" or first in _BARE_FIRSTS) and note_to_self_line(chunk.text):
            chunks[index] = replace(chunk, role="dropped", rule="note-to-self-line")
