"""Tests for safe_io: atomic writes that never clobber inputs, and safe file names."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fic2epub.errors import OutputError
from fic2epub.safe_io import TEMP_MARKER, safe_filename, write_atomic


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if TEMP_MARKER in p.name)


def test_write_creates_parents_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "book.epub"
    write_atomic(target, b"first")
    assert target.read_bytes() == b"first"
    write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert leftovers(target.parent) == []


def test_written_file_gets_normal_permissions(tmp_path: Path) -> None:
    target = tmp_path / "book.epub"
    write_atomic(target, b"x")
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask


def test_refuses_to_overwrite_an_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "story.txt"
    source.write_bytes(b"the story")
    monkeypatch.chdir(tmp_path)
    for target in (source, Path("story.txt"), tmp_path / "sub" / ".." / "story.txt"):
        with pytest.raises(OutputError, match="refusing to overwrite the input"):
            write_atomic(target, b"book", protect=(source,))
    link = tmp_path / "link.txt"
    link.symlink_to(source)
    with pytest.raises(OutputError):
        write_atomic(link, b"book", protect=(Path("story.txt"),))
    assert source.read_bytes() == b"the story"
    write_atomic(tmp_path / "story.epub", b"book", protect=(source,))
    assert (tmp_path / "story.epub").read_bytes() == b"book"


def test_directory_target_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="directory"):
        write_atomic(tmp_path, b"x")


def test_parent_that_is_a_file_is_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_bytes(b"")
    with pytest.raises(OutputError) as raised:
        write_atomic(blocker / "book.epub", b"x")
    assert "\n" not in str(raised.value)
    assert str(raised.value).startswith(str(blocker))


def test_failed_rename_keeps_the_old_file_and_removes_the_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "book.epub"
    target.write_bytes(b"old")

    def refuse(self: Path, other: Path) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", refuse)
    with pytest.raises(OutputError, match="No space left on device"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_unwritable_directory_is_an_error(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="cannot write"):
            write_atomic(locked / "book.epub", b"x")
    finally:
        locked.chmod(0o700)


@pytest.mark.parametrize(
    ("title", "ext", "expected"),
    [
        ('Tom & Jerry: "Quotes" <3', "epub", "Tom & Jerry Quotes 3.epub"),
        ("a/b\\c", ".html", "a b c.html"),
        ("  line\nbreak\ttab  ", "epub", "line break tab.epub"),
        ("\x00\x1f", "epub", "story.epub"),
        ("", "epub", "story.epub"),
        ("...", "epub", "story.epub"),
        (".hidden", "epub", "hidden.epub"),
        ("CON", "epub", "_CON.epub"),
        ("nul.txt", "epub", "_nul.txt.epub"),
        ("Café – «Déjà vu»", "epub", "Café – «Déjà vu».epub"),
        ("what?*|", "epub", "what.epub"),
    ],
)
def test_safe_filename_examples(title: str, ext: str, expected: str) -> None:
    assert safe_filename(title, ext) == expected


def test_safe_filename_limits_length_without_splitting_characters() -> None:
    name = safe_filename("é" * 500, "epub")
    assert name.endswith(".epub")
    stem = name.removesuffix(".epub")
    assert len(stem.encode("utf-8")) <= 150
    assert set(stem) == {"é"}


@given(st.text(), st.sampled_from(["epub", ".html"]))
def test_safe_filename_is_always_usable(title: str, ext: str) -> None:
    name = safe_filename(title, ext)
    suffix = ext if ext.startswith(".") else f".{ext}"
    assert name.endswith(suffix)
    stem = name.removesuffix(suffix)
    assert stem and stem == stem.strip(" .")
    assert not set(stem) & set('<>:"/\\|?*')
    assert all(ch.isprintable() for ch in stem)
    assert len(name.encode("utf-8")) <= 255
