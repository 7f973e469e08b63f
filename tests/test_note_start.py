"""``NOTE_START``, the cheap test before ``NOTE_RE``: it must let every note label through."""

from __future__ import annotations

import re
from re import _constants as constants  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any

from fic2epub.normalise.patterns import NOTE_RE, NOTE_START, match_note


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
    raise AssertionError(f"unexpected {op} at a label's start")


def _label_group(items: Any, number: int) -> Any:
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
