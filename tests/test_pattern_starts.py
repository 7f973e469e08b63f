"""The cheap tests before the long patterns: each must let every match of its pattern through.

``NOTE_START`` is asked before ``NOTE_RE``, ``HEADING_START`` before the heading patterns. What
each allows is checked against the ways the patterns' own parse trees can open.
Both sides ignore case with the same flags, so a first letter as written stands for all its
case forms (and "ſ" for "s", "K" for "k") on both.
"""

from __future__ import annotations

import itertools
import re
import sys
from re import _constants as constants  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any

import pytest

from fic2epub.normalise.comments import _HEADING as COMMENTS_HEADING
from fic2epub.normalise.comments import _HEADING_START as COMMENTS_HEADING_START
from fic2epub.normalise.patterns import (
    _NOTE_FIRSTS,
    _NOTE_OPENINGS,
    ACT_SCENE_RE,
    CHAPTER_RE,
    HEADING_START,
    NAMED_RE,
    NOTE_RE,
    NOTE_START,
    PART_RE,
    match_heading,
    match_note,
)

# Characters standing for a class in a pattern's opening, to try the cheap test with.
_CATEGORY_SAMPLES = {"CATEGORY_SPACE": " \t\u00a0\u3000", "CATEGORY_DIGIT": "09\u0663\uff17"}


def _prefixes(items: Any, length: int) -> set[tuple[str, ...]]:
    """The ways a parsed sequence can open: tuples of up to ``length`` positions, each the
    characters (as a string) that may stand there. Shorter tuples are ways it can end sooner."""
    found: set[tuple[str, ...]] = {()}
    for op, value in items:
        grown: set[tuple[str, ...]] = set()
        for opening in found:
            if len(opening) == length:
                grown.add(opening)
                continue
            for more in _item_prefixes(op, value, length - len(opening)):
                grown.add(opening + more)
        found = grown
    return found


def _item_prefixes(op: Any, value: Any, length: int) -> set[tuple[str, ...]]:
    if op is constants.LITERAL:
        return {(chr(value),)}
    if op is constants.IN:
        return {("".join(_class_members(value)),)}
    if op is constants.BRANCH:
        return set().union(*(_prefixes(alternative, length) for alternative in value[1]))
    if op is constants.SUBPATTERN:
        return _prefixes(value[-1], length)
    if op in (constants.MAX_REPEAT, constants.MIN_REPEAT):
        least, most, inner = value
        once = _prefixes(inner, length)
        found = set(once) | ({()} if least == 0 else set())
        if most > 1:  # a second round fills what the first leaves (enough for two characters)
            for opening in once:
                if 0 < len(opening) < length:
                    found |= {opening + more for more in _prefixes(inner, length - len(opening))}
        return found
    if op in (constants.AT, constants.ASSERT, constants.ASSERT_NOT):
        return {()}  # zero-width: the next item gives the characters
    raise AssertionError(f"unexpected {op} in a pattern's opening")


def _class_members(items: Any) -> list[str]:
    members: list[str] = []
    for kind, value in items:
        if kind is constants.LITERAL:
            members.append(chr(value))
        elif kind is constants.CATEGORY:
            members.extend(_CATEGORY_SAMPLES[str(value)])
        else:
            raise AssertionError(f"unexpected {kind} in a class at a pattern's opening")
    return members


def _openings(pattern: Any, group: str | None, length: int) -> set[str]:
    """Every string of ``length`` characters (or fewer, where a match may be that short)
    that a match of ``pattern`` (or of its named ``group``) can open with."""
    parsed = parser.parse(pattern.pattern, pattern.flags)
    if group is not None:
        parsed = _group(parsed, parsed.state.groupdict[group])
    openings: set[str] = set()
    for prefix in _prefixes(parsed, length):
        assert prefix, "the pattern can match nothing"
        openings |= {"".join(chars) for chars in itertools.product(*prefix)}
    return openings


def _group(items: Any, number: int) -> Any:
    """The parsed items of group ``number``, looked for through nested groups."""
    for op, value in items:
        if op is constants.SUBPATTERN:
            if value[0] == number:
                return value[-1]
            if (inner := _group(value[-1], number)) is not None:
                return inner
    return None


def test_every_label_opens_with_two_characters_note_start_allows() -> None:
    openings = _openings(NOTE_RE, "label", 2)
    assert openings
    allowed = re.compile(NOTE_START.pattern, NOTE_START.flags)
    for opening in openings:
        for lead in ("", " ", "(", "[", "**", "_ ~"):
            assert allowed.match(lead + opening), opening


@pytest.mark.parametrize("pattern", [ACT_SCENE_RE, CHAPTER_RE, PART_RE, NAMED_RE])
def test_every_heading_opens_with_a_character_heading_start_allows(
    pattern: re.Pattern[str],
) -> None:
    openings = _openings(pattern, None, 1)
    assert openings
    allowed = re.compile(HEADING_START.pattern, HEADING_START.flags)
    for opening in openings:
        assert allowed.match(opening), opening


def test_every_comment_heading_opens_with_a_character_its_cheap_test_allows() -> None:
    openings = _openings(COMMENTS_HEADING, None, 1)
    assert openings
    allowed = re.compile(COMMENTS_HEADING_START.pattern, COMMENTS_HEADING_START.flags)
    for opening in openings:
        assert allowed.match(opening), opening
    assert COMMENTS_HEADING_START.match('"Comments," she said.') is None
    for heading in ("Comments (3)", "3 comments:", "Post a Comment", "( 5 comments | Reply )"):
        assert COMMENTS_HEADING_START.match(heading) is not None


def test_dialogue_is_no_heading_and_headings_are_not_turned_away() -> None:
    assert HEADING_START.match('"Chapter one," she said.') is None
    assert match_heading("Then she left.") is None
    for heading in ("Chapter 1", "PART TWO", "Épilogue", "Act I, Scene 2", "Глава 3"):
        assert HEADING_START.match(heading) is not None
        assert match_heading(heading) is not None


def test_prose_is_turned_away_and_notes_are_not() -> None:
    assert NOTE_START.match("He turned away.") is None
    assert match_note("He said nothing.") is None
    for label in (
        "A/N: thanks",
        "**Author's Note:** hi",
        "(AN: sorry)",
        "ſummary for the chapter:",
    ):
        assert NOTE_START.match(label) is not None
    assert match_note("A/N: thanks") is not None


def test_note_start_asks_first_characters_its_openings_start_with() -> None:
    # NOTE_START asks the openings' first characters as one class before trying the
    # openings: with case ignored, the class must take each character an opening's first
    # character takes, and no other.
    firsts = {opening[0] for opening in _NOTE_OPENINGS.split("|")}
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    one_by_one = re.compile("|".join(sorted(firsts)), re.IGNORECASE).findall(every)
    assert len(one_by_one) > len(firsts)
    assert re.compile(f"[{_NOTE_FIRSTS}]", re.IGNORECASE).findall(every) == one_by_one
