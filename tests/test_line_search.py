"""The cheap line-start test whole-text steps run before reading a text line by line."""

from __future__ import annotations

import re

from fic2epub.normalise.line_search import holds, last_filled_line, line_may_start

_ARROW = re.compile(r"\n[^\S\n]*->")


def test_a_mark_at_any_line_start_is_found() -> None:
    assert line_may_start(_ARROW, "-> centred <-\nprose")
    assert line_may_start(_ARROW, "prose\n   -> centred <-")


def test_a_mark_inside_a_line_is_not() -> None:
    assert not line_may_start(_ARROW, "a -> b\nand c -> d")
    assert not line_may_start(_ARROW, "")


def test_the_last_filled_line_skips_trailing_blanks() -> None:
    assert last_filled_line("prose\n  [ ] post it  \n\n \t\n") == "  [ ] post it"
    assert last_filled_line("one line") == "one line"
    assert last_filled_line("\n \n") == ""


def test_holds_finds_a_needle_as_in_does() -> None:
    texts = ["", ":", "a::b", "Rated: T", "Rated : T", ":Rated:", "x" * 5 + "::"]
    for text in texts:
        for needle, key in (("::", ":"), ("Rated:", ":"), ("://", "/"), (" by Date:", ":")):
            assert holds(text, needle, key) == (needle in text)


def test_holds_searches_past_many_keys() -> None:
    text = "12:30 Ann: hi\n" * 300 + "title:: a page"
    assert holds(text, "::", ":")
    assert not holds(text.replace("::", ":"), "::", ":")
    assert holds(":" * 500 + "ab", ":ab", "a")
    assert holds(": " * 500 + "::", "::", ":")
    assert holds("x" * 40_000 + ": " * 500 + "::", "::", ":")
    assert not holds("x" * 40_000 + ": " * 500, "::", ":")
