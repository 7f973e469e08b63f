"""The corpus stories, saved another way: the same story must come out.

A reader's copy of a story may reach fic2epub with Windows line endings, a byte-order mark,
as UTF-16 from Notepad, as Windows-1252 (Notepad's "ANSI"), with spaces left at the ends of
lines by a word processor, or double-spaced (every run of blank lines twice as long, as a
web page copied with its paragraph margins gives it). None of that is part of the story, so
each corpus story is saved once more in one of those ways (taking turns down the list) and
must give exactly the model its original gives.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from fic2epub.options import ReadOptions
from fic2epub.readers import read_path
from test_corpus import STORIES


def _crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("utf-8")


def _bom(text: str) -> bytes:
    return "\ufeff".encode() + text.encode("utf-8")


def _utf16(text: str) -> bytes:
    return text.encode("utf-16")  # with its byte-order mark, as Notepad writes it


def _ansi(text: str) -> bytes | None:
    try:
        return text.encode("cp1252")
    except UnicodeEncodeError:  # a character ANSI has no byte for: no such save is possible
        return None


def _trailing_spaces(text: str) -> bytes:
    return "\n".join(line + "  " if line.strip() else line for line in text.split("\n")).encode()


def _double_spaced(text: str) -> bytes:
    return re.sub(r"\n(\n+)", lambda run: "\n" + run[1] * 2, text).encode("utf-8")


SAVES: list[Callable[[str], bytes | None]] = [
    _crlf,
    _bom,
    _utf16,
    _ansi,
    _trailing_spaces,
    _double_spaced,
]


# Files whose blank-line runs are a program's own marks, not a copy's spacing: doubling them
# makes another file, not the same one saved another way.
_SPACING_IS_MARKUP = {
    # FanFicFare's TXT: its contents entries two blank lines apart, its chapter lines set off
    # by two above and one below (fff_chapters); four and two are no FanFicFare file.
    "04-ffn-fanficfare-txt-disclaimer-every-chapter-song-preview.txt",
}


def _unicode_text(data: bytes) -> str | None:
    """The file's text with LF line endings, or None for a legacy 8-bit file (kept as it is)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return None
    return text.replace("\r\n", "\n")


CASES = [
    pytest.param(
        path, SAVES[index % len(SAVES)], id=f"{path.name}-{SAVES[index % len(SAVES)].__name__[1:]}"
    )
    for index, path in enumerate(STORIES)
]


@pytest.mark.parametrize(("path", "save"), CASES)
def test_saved_another_way(path: Path, save: Callable[[str], bytes | None], tmp_path: Path) -> None:
    text = _unicode_text(path.read_bytes())
    if text is None or "\r" in text:
        pytest.skip("a legacy 8-bit or classic Mac file: its bytes are what the case is about")
    if save is _double_spaced and path.name in _SPACING_IS_MARKUP:
        pytest.skip("its blank-line runs are the program's marks, not spacing")
    data = save(text)
    if data is None:
        pytest.skip("it holds characters that this way of saving cannot")
    copy = tmp_path / path.name
    copy.write_bytes(data)
    options = ReadOptions(fallback_title="Untitled")
    # The model names its source file; everything else must be the same.
    assert replace(read_path(copy, options), source=str(path)) == read_path(path, options)
