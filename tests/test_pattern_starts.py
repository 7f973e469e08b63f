"""The cheap tests before the long patterns: each must let every match of its pattern through.

``NOTE_START`` is asked before ``NOTE_RE``, ``HEADING_START`` before the heading patterns. The
characters each allows are checked against what the patterns' own parse trees can start with.
Both sides ignore case with the same flags, so a first letter as written stands for all its
case forms (and "ſ" for "s", "K" for "k") on both.
"""

from __future__ import annotations

import re
from re import _constants as constants  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any

import pytest

from fic2epub.normalise.patterns import (
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


def _first_characters(items: Any) -> tuple[set[str], bool]:
    """The characters a parsed sequence can start with, and whether it can match nothing."""
    found: set[str] = set()
    for op, value in items:
        first, empty = _first_of(op, value)
        found |= first
        if not empty:
            return found, False
    return found, True


def _first_of(op: Any, value: Any) -> tuple[set[str], bool]:
    if op is constants.LITERAL:
        return {chr(value)}, False
    if op is constants.IN:
        assert all(kind is constants.LITERAL for kind, _ in value), value
        return {chr(code) for _, code in value}, False
    if op is constants.BRANCH:
        found: set[str] = set()
        empty = False
        for alternative in value[1]:
            first, can_be_empty = _first_characters(alternative)
            found |= first
            empty = empty or can_be_empty
        return found, empty
    if op is constants.SUBPATTERN:
        return _first_characters(value[-1])
    if op in (constants.MAX_REPEAT, constants.MIN_REPEAT):
        least, _, inner = value
        first, empty = _first_characters(inner)
        return first, empty or least == 0
    if op in (constants.AT, constants.ASSERT, constants.ASSERT_NOT):
        return set(), True  # zero-width: the next item gives the first character
    raise AssertionError(f"unexpected {op} at a pattern's start")


def _label_group(items: Any, number: int) -> Any:
    """The parsed items of group ``number``, looked for through nested groups."""
    for op, value in items:
        if op is constants.SUBPATTERN:
            if value[0] == number:
                return value[-1]
            if (inner := _label_group(value[-1], number)) is not None:
                return inner
    return None


def test_every_label_starts_with_a_character_note_start_allows() -> None:
    parsed = parser.parse(NOTE_RE.pattern, NOTE_RE.flags)
    label = _label_group(parsed, parsed.state.groupdict["label"])
    firsts, empty = _first_characters(label)
    assert not empty
    allowed = re.compile(NOTE_START.pattern, NOTE_START.flags)
    assert firsts
    for character in firsts:
        for opener in ("", " ", "(", "[", "**", "_ ~"):
            assert allowed.match(opener + character), character


@pytest.mark.parametrize("pattern", [ACT_SCENE_RE, CHAPTER_RE, PART_RE, NAMED_RE])
def test_every_heading_starts_with_a_character_heading_start_allows(
    pattern: re.Pattern[str],
) -> None:
    firsts, empty = _first_characters(parser.parse(pattern.pattern, pattern.flags))
    assert not empty
    assert firsts
    allowed = re.compile(HEADING_START.pattern, HEADING_START.flags)
    for character in firsts:
        assert allowed.match(character), character


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
