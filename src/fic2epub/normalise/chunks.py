"""The working unit of text normalisation: a chunk, one paragraph candidate with its role."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from itertools import pairwise
from typing import Literal

from fic2epub.lazy_re import lazy
from fic2epub.normalise.ornament_letters import is_ornament_letter, ornament_divider
from fic2epub.records import frozen_record

Role = Literal[
    "text",  # story prose
    "field",  # a header "Key: value" line
    "field-value",  # a following line of a multi-line header value
    "title",  # the story's title line
    "byline",  # "by X" and its continuation lines
    "info",  # a site's info line (FanFiction.Net "Rated: …", AO3 "Posted originally …")
    "summary",  # an unlabelled summary paragraph
    "separator",  # a glyph line between header, notes and story: dropped
    "note",  # the labelled first paragraph of an author's note
    "note-body",  # a further paragraph of the note above it
    "heading",  # a chapter heading
    "part",  # a part heading, above chapters
    "scene-break",  # a glyph line inside a chapter
    "end-marker",  # "The End", "tbc"
    "dropped",  # header debris: a repeated title, AO3 pointers, repeated disclaimers
]


@frozen_record
class Chunk:
    """One paragraph candidate: the lines it came from, and what the passes decided it is."""

    text: str
    """The paragraph's text: its lines stripped and joined with spaces."""
    lines: tuple[str, ...]
    """The stripped physical lines the chunk was joined from."""
    first: int
    """1-based number of the first source line."""
    last: int
    """1-based number of the last source line."""
    gap: int
    """How many blank lines came before the chunk."""
    indent: int = 0
    """Leading spaces of the first line."""
    centred: bool = False
    """Whether the line was padded to sit in the middle."""
    continues: bool = False
    """In hard-wrapped text: the line follows the chunk above after a deliberate line break
    (verse, a letter), so as prose it joins that paragraph with a line break."""
    break_before: bool = False
    """A run of blank lines before this story paragraph marks a scene break."""
    role: Role = "text"
    """What the chunk is, as far as the passes so far know."""
    rule: str = ""
    """The name of the rule that gave the role, for ``inspect --explain``."""
    label: str = ""
    """A field's or note's label as written, without its colon."""
    value: str = ""
    """A field's value, or the text after a note's label on the same line."""


Chunks = tuple[Chunk, ...]


# The letters a break typed in bare words starts with ("Line break", "Scene change", "Time
# skip", "POV change", "Change of scene").
_BREAK_INITIALS = frozenset("lLpPsStTcC")


# The fewest x's in a run that rules a line (x-run-rule): more than any sign-off's kisses.
_X_RUN = 10


def is_glyph_line(text: str) -> bool:
    """True for a line made only of decoration: ``***``, ``-- -- --``, ``~*~``, ``xXxXx``, ``§``.

    A line with letters other than an x/o pattern (or an o/zero one, ``o0o0o``), other
    digits, or quotes (dialogue such as ``"..."``) is not decoration.
    """
    first = text.lstrip()[:1]
    if not first or first in QUOTES:
        return False
    if first.isalnum() and first not in "xXoO0" and not is_ornament_letter(first):
        # Most lines are prose: settled by their first character, as below, save the few
        # that may be a break typed in words ("Line Break").
        return first in _BREAK_INITIALS and is_break_words(text)
    compact = "".join(text.split())
    if not compact or len(compact) > 80:
        return False
    if ornament_divider(compact):
        return True  # "·𖥸·", "⋆୨୧⋆": an aesthetic divider (ornament-letter-divider)
    if "0" in compact:
        # "o0o0o0o", "0o0o0": FFN's favourite rule, letter o and digit zero in turn; "-0-0-0-"
        # draws it with zeros alone between marks. A zero with no o or mark beside it
        # ("000", "100") is a number, never decoration.
        return _is_o_zero_rule(compact) or _lone_letter_rule(compact)
    letters = [c for c in compact if c.isalnum()]
    if letters:
        # "xXxXx", "oOoOo", "-x-" and "-o-o-o-" are decoration; "xxx" alone signs off notes.
        if any(c not in "xXoO" for c in letters):
            return is_break_words(text) or _lone_letter_rule(compact)
        mixed = not ("".join(letters).islower() or "".join(letters).isupper())
        framed = len(compact) - len(letters) >= len(letters)
        # "o o o": three or more lone o's set apart by spaces are a rule too (a spaced
        # "x x x" is left alone, as kisses under a note may be written so).
        words = text.split()
        spaced = len(words) >= 3 and all(word in ("o", "O") for word in words)
        # "ooo", "OOOOO": a run of one o, typed as the simplest rule (no word is spelt so;
        # "xxx" stays kisses).
        spaced = spaced or (len(letters) >= 3 and len(set(letters)) == 1 and letters[0] in "oO")
        # Rule ``x-run-rule``: a long run of one x ("xxxxxxxxxxxxxxxxxxxx") typed across the
        # line, as a journal post rules off one fill from the next; kisses are a few x's.
        x_run = len(letters) >= _X_RUN and len(set(letters)) == 1 and letters[0] in "xX"
        spaced = spaced or x_run
        # "o~o~o", "x-x-x": three or more letters each set apart by one same mark.
        linked = len(letters) >= 3 and compact[1::2] == compact[1] * (len(compact) // 2)
        linked = linked and compact[0::2] == "".join(letters)
        spaced = spaced or _spaced_o_pair(text)
        if not (mixed and len(letters) >= 3) and not framed and not spaced and not linked:
            return False
    return all(
        c in "xXoO" or c in _EMOJI_MARKS or (unicodedata.category(c)[0] in "PS" and c not in QUOTES)
        for c in compact
    )


# Rule ``emoji-glyph-line`` (part of ``glyph-line``): a phone writes most emoji with an
# invisible variation selector after the symbol ("✂️" is U+2702 U+FE0F) and joins some with
# a zero-width joiner; they belong to the symbol, so "✂️✂️✂️" is a rule as "✂✂✂" is.
_EMOJI_MARKS = "\ufe0e\ufe0f\u200d"


def _spaced_o_pair(text: str) -> bool:
    """Rule ``spaced-o-pair-break`` (part of ``glyph-line``): two o's with one mark between
    them, each set apart by spaces, "o ~ o", "O * O": the shortest of the o-and-mark rules
    ("o~o~o" has three o's). The spaces are required and the two o's must match, so the
    faces typed as "o.o", "O_o" or "o_O" are never taken for a rule."""
    words = text.split()
    return (
        len(words) == 3
        and words[0] in ("o", "O")
        and words[2] == words[0]
        and len(words[1]) == 1
        and words[1] in "~*+=•·-"
    )


def _lone_letter_rule(compact: str) -> bool:
    """Part of rule ``glyph-line`` (:func:`is_glyph_line`; no rule name of its own): one
    letter (or the digit zero) typed twice or more between marks, each time alone, as FFN
    writers draw their own rule ("~v~v~", "-z-z-z-", "*v*v*", "-0-0-0-"). The line opens and
    ends with a mark and has as many marks as letters at least, so no word ("~Vivi~"), no
    stutter ("-w-wait") and no score ("0-0") can pass."""
    if len(compact) > 30 or compact[0].isalnum() or compact[-1].isalnum():
        return False
    letters = [c for c in compact if c.isalnum()]
    if len(letters) < 2 or len({c.lower() for c in letters}) != 1:
        return False
    if not (letters[0].isalpha() or letters[0] == "0"):
        return False
    marks = [c for c in compact if not c.isalnum()]
    if any(unicodedata.category(c)[0] not in "PS" or c in QUOTES for c in marks):
        return False
    # Each letter alone: never two side by side.
    return all(not (a.isalnum() and b.isalnum()) for a, b in pairwise(compact))


def _is_o_zero_rule(compact: str) -> bool:
    """True for ``o0o0o``, ``0o0o0``, ``~o0o~``: letter o and digit zero alternating; and for
    ``oo00oo``, ``oOo00oOo``: a longer run of both that reads the same backwards."""
    core = compact.strip("".join(c for c in compact if not c.isalnum()))
    if len(core) < 3 or any(c not in "oO0" for c in core):
        return False
    # Strictly alternating, each neighbour pair one zero and one o, so a run of zeros ("100",
    # a year "2000") cannot pass.
    if all((a == "0") != (b == "0") for a, b in pairwise(core)):
        return True
    # Doubled letters, as some draw the same rule ("oo00oo"): both kinds, five or more, and
    # symmetric, which no number typed with a letter o by mistake ("2oo0", "1o0") is.
    folded = core.lower()
    return len(core) >= 5 and set(folded) == {"o", "0"} and folded == folded[::-1]


QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e"
"""Straight and curly quotation marks and guillemets: a line opening with one is quoted speech
or a quoted title, not a heading, name or label."""

OPENING_QUOTES = "\"“‘'«„"
"""The quotation marks that open a quotation: a paragraph opening with one is dialogue or a
quoted line, never the author's note."""

_CLOSERS = {"(": ")", "[": "]"}


def story_under_each(chunks: Sequence[Chunk], indexes: list[int]) -> bool:
    """Whether a paragraph of story (a text line of some length) lies under each of the
    heading lines at ``indexes`` before the next one, or before the end: a run of headings
    with nothing under them is a list, not a story's divisions."""
    ends = [*indexes[1:], len(chunks)]
    return all(
        any(chunk.role == "text" and len(chunk.text) > 40 for chunk in chunks[start + 1 : end])
        for start, end in zip(indexes, ends, strict=True)
    )


def bracketed_inside(text: str) -> str | None:
    """The inside of a line set wholly in round or square brackets ("(…)", "[…]"),
    stripped; None for any other line."""
    if len(text) >= 2 and text[0] in _CLOSERS and text[-1] == _CLOSERS[text[0]]:
        return text[1:-1].strip()
    return None


# A scene break typed in words, alone or set in decoration: "-line break-", "~*Page Break*~",
# "[scene break]", "xXx LINE BREAK xXx", "-scene change-", "*Time Skip*", "~POV change~",
# "Change of scene".
_BREAK_WORDS = lazy(
    r"(?:[^\w\s]|_)*(?:[xXoO]+(?=[\W_]))?[\W_]*"
    r"(?:(?:line|page|scene|section)[\s_-]*break"
    r"|scene[\s_-]*(?:change|switch|shift)|change[\s_-]+of[\s_-]+scene"
    r"|time[\s_-]*(?:skip|jump|lapse)|p\.?o\.?v\.?[\s_-]*(?:change|switch|shift))"
    r"[\W_]*(?:(?<=[\W_])[xXoO]+)?(?:[^\w\s]|_)*",
    re.IGNORECASE,
)
# "break" alone, framed in marks on both sides: "-break-", "[Break]", "*BREAK*", "_break_".
_FRAMED_BREAK = lazy(r"(?:[^\w\s]|_)+\s*break\s*(?:[^\w\s]|_)+", re.IGNORECASE)
# A word every typed break holds: a cheap test before the patterns run.
_BREAK_KEYS = ("break", "scene", "skip", "jump", "lapse", "pov", "p.o.v")


def is_break_words(text: str) -> bool:
    """Rule ``typed-break-words``: a line that is only the words "line break", "page break",
    "scene break", "scene change", "time skip" or "POV change", bare or decorated, or the
    word "break" framed in marks ("-break-", "[break]"), is a scene break the author typed.

    FanFiction.Net once stripped lines of asterisks and other glyphs, so authors wrote the
    break in words. The whole line must be those words (and decoration), so a sentence that
    mentions a line break or a change of scene stays prose. A bare "Break" is left to the
    caller, who sees whether it stands between two paragraphs (it may be a shout)."""
    if len(text) > 40:
        return False
    lowered = text.lower()
    if not any(key in lowered for key in _BREAK_KEYS):
        return False
    core = text.strip()
    return bool(_BREAK_WORDS.fullmatch(core) or _FRAMED_BREAK.fullmatch(core))


def tail_start(chunks: Sequence[Chunk], first: int, end: int, count: int) -> int:
    """Where the last ``count`` chunks before ``end`` that are not dropped begin (``first``
    at the earliest): how far back a search for a page's footer reaches.

    Lines already dropped (a later page's header copied under the footer, one tag a line)
    do not use up the reach, so a footer above a long repeated header is still found."""
    index = end
    while index > first and count > 0:
        index -= 1
        if chunks[index].role != "dropped":
            count -= 1
    return index


def drop_all(chunks: list[Chunk], indexes: Iterable[int], rule: str) -> None:
    """Drop with ``rule`` each chunk at ``indexes`` that no rule has dropped yet: a chunk
    dropped already keeps the rule that first read it as chrome, which ``--explain`` shows."""
    for index in indexes:
        if chunks[index].role != "dropped":
            chunks[index] = replace(chunks[index], role="dropped", rule=rule)


def drop_run_above(
    chunks: list[Chunk], first: int, index: int, line_test: Callable[[str], bool], rule: str
) -> None:
    """Drop with ``rule``, going up from ``index`` (never above ``first``), each text chunk
    whose every line passes ``line_test``, passing over chunks already dropped; stop at the
    first chunk that is anything else (the story's last paragraph, say)."""
    position = index - 1
    while position >= first:
        chunk = chunks[position]
        if chunk.role != "dropped":
            if chunk.role != "text" or not all(line_test(line) for line in chunk.lines):
                return
            chunks[position] = replace(chunk, role="dropped", rule=rule)
        position -= 1
