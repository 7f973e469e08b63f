"""Rule ``ideographic-space-kept``: U+3000 between CJK characters stays; elsewhere it is tidied."""

from __future__ import annotations

from fic2epub.normalise.decode import decode


def test_ideographic_space_between_cjk_characters_stays() -> None:
    assert decode("三　川の音\n".encode(), "s.txt") == "三\u3000川の音\n"
    assert decode("＊　＊　＊\n".encode(), "s.txt") == "＊\u3000＊\u3000＊\n"


def test_ideographic_indent_and_latin_neighbours_become_spaces() -> None:
    assert decode("\u3000雨が降った。\n".encode(), "s.txt") == " 雨が降った。\n"
    assert decode("Chapter\u30001\n".encode(), "s.txt") == "Chapter 1\n"
