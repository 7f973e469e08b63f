"""Interrupted runs: a killed, interrupted or failed conversion never leaves a partial book.

The slow-disk tests run fic2epub in a child process whose temporary book file stalls halfway
through being written, so the test can kill it at exactly that moment, without racing.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from book_checks import check_epub
from cli_helpers import LANTERN_STORY, one_line, story_file, subprocess_env
from fic2epub.errors import OutputError
from fic2epub.safe_io import TEMP_MARKER, write_atomic

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs POSIX signals")

# Runs the command line with a file system that writes half of the book's bytes into the
# temporary file and then hangs, the way a full network disk or a slow USB stick can.
STALLING_DRIVER = """
import os, signal, sys, time

real_fdopen = os.fdopen


class Stalling:
    def __init__(self, stream):
        self.stream = stream

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self.stream.__exit__(*exc)

    def write(self, data):
        self.stream.write(data[: len(data) // 2])
        self.stream.flush()
        time.sleep(3600)

    def __getattr__(self, name):
        return getattr(self.stream, name)


os.fdopen = lambda fd, *args, **kwargs: Stalling(real_fdopen(fd, *args, **kwargs))
signal.signal(signal.SIGINT, signal.default_int_handler)
from fic2epub.cli import main

main(sys.argv[1:])
"""
TEMP_NAME = re.compile(r"^\.book\.(epub|html)" + re.escape(TEMP_MARKER) + r"\w+$")


def start_stalled(tmp_path: Path, output: Path) -> tuple[subprocess.Popen[str], Path]:
    """Start a conversion to ``output`` and wait until it has half-written its temporary file."""
    story = story_file(tmp_path, text=LANTERN_STORY * 20)
    process = subprocess.Popen(
        [sys.executable, "-c", STALLING_DRIVER, "convert", str(story), "-o", str(output)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=subprocess_env(),
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        temps = [p for p in output.parent.iterdir() if TEMP_MARKER in p.name]
        if temps and temps[0].stat().st_size > 0:
            return process, temps[0]
        if process.poll() is not None:
            raise AssertionError(f"the conversion ended early: {process.communicate()}")
        time.sleep(0.01)
    process.kill()
    raise AssertionError("the conversion never started writing")


@pytest.mark.parametrize("fmt", ["epub", "html"])
@pytest.mark.parametrize("existing", [False, True])
def test_sigkill_mid_write_leaves_no_partial_book(fmt: str, existing: bool, tmp_path: Path) -> None:
    output = tmp_path / "out" / f"book.{fmt}"
    output.parent.mkdir()
    old = b"the old book, which must survive"
    if existing:
        output.write_bytes(old)
    process, temp = start_stalled(tmp_path, output)
    process.kill()
    process.communicate()
    assert process.returncode == -signal.SIGKILL
    if existing:
        assert output.read_bytes() == old
    else:
        assert not output.exists()
    # What is left is the half-written temporary file, named for what it was.
    leftovers = sorted(p.name for p in output.parent.iterdir() if p != output)
    assert leftovers == [temp.name]
    assert TEMP_NAME.match(temp.name), temp.name
    assert temp.stat().st_size > 0


@pytest.mark.parametrize("existing", [False, True])
def test_ctrl_c_mid_write_cleans_up_and_says_so(existing: bool, tmp_path: Path) -> None:
    output = tmp_path / "out" / "book.epub"
    output.parent.mkdir()
    old = b"the old book"
    if existing:
        output.write_bytes(old)
    process, temp = start_stalled(tmp_path, output)
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert stdout == ""
    assert one_line(stderr) == f"fic2epub: {tmp_path / 'lantern.txt'}: interrupted"
    assert not temp.exists()
    assert sorted(p.name for p in output.parent.iterdir()) == (["book.epub"] if existing else [])
    if existing:
        assert output.read_bytes() == old


def test_killed_at_any_moment_the_book_is_whole_or_absent(tmp_path: Path) -> None:
    # No stalling here: a real conversion of a large story, killed at several moments. Whatever
    # the moment, the output path holds nothing or a complete, valid book.
    story = tmp_path / "long.txt"
    chapter = "\n\n".join(
        f"Line {n} of the tide, and the lamp, and the long night." for n in range(800)
    )
    story.write_text(
        "".join(f"Chapter {c}\n\n{chapter}\n\n" for c in range(1, 60)), encoding="utf-8"
    )
    seen = set()
    for delay in (0.1, 0.5, 1.0, 1.5, 2.5):
        output = tmp_path / f"book-{delay}.epub"
        process = subprocess.Popen(
            [sys.executable, "-m", "fic2epub", "convert", str(story), "-o", str(output)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=subprocess_env(),
        )
        time.sleep(delay)
        process.kill()
        process.wait()
        if output.exists():
            check_epub(output.read_bytes())
            seen.add("whole")
        else:
            seen.add("absent")
    assert "absent" in seen  # the early kills land before the book exists
    leftovers = [p.name for p in tmp_path.iterdir() if TEMP_MARKER in p.name]
    assert all(name.startswith(".book-") for name in leftovers), leftovers


def test_keyboard_interrupt_in_process_removes_the_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "book.epub"
    target.write_bytes(b"old")

    def interrupted(descriptor: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("fic2epub.safe_io.os.fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"new book")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["book.epub"]


def test_a_long_target_name_still_gets_a_temporary_file(tmp_path: Path) -> None:
    # The temporary name adds a marker and random letters; a 250-byte book name must still fit.
    target = tmp_path / ("é" * 120 + ".epub")
    write_atomic(target, b"book")
    assert target.read_bytes() == b"book"
    with pytest.raises(OutputError, match="cannot write"):
        write_atomic(tmp_path / ("é" * 130 + ".epub"), b"book")
