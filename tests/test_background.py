"""background: a one-story conversion draws its cover in a child process, never changing it."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from fic2epub import background, pipeline
from fic2epub.background import allowed, start
from fic2epub.options import ReadOptions, WriteOptions

ROOT = Path(__file__).resolve().parents[1]
linux_only = pytest.mark.skipif(sys.platform != "linux", reason="work is forked on Linux only")


def _pid() -> bytes:
    return str(os.getpid()).encode()


def test_outside_allowed_the_work_runs_here() -> None:
    assert start(_pid)() == _pid()


@linux_only
def test_inside_allowed_the_work_runs_in_a_child() -> None:
    with allowed():
        answer = start(_pid)()
    assert answer.isdigit() and answer != _pid()


@linux_only
def test_when_the_child_fails_the_parent_does_the_work() -> None:
    parent = os.getpid()

    def work() -> bytes:
        if os.getpid() != parent:
            raise RuntimeError("lost in the child")
        return b"done here"

    with allowed():
        assert start(work)() == b"done here"


@linux_only
def test_a_failure_in_both_reaches_the_caller() -> None:
    def work() -> bytes:
        raise ValueError("no cover")

    with allowed(), pytest.raises(ValueError, match="no cover"):
        start(work)()


def test_convert_writes_the_same_book_as_rendering_in_one_process(tmp_path: Path) -> None:
    source = ROOT / "examples" / "the-stopped-watch.txt"
    write = WriteOptions(source_date_epoch=0)
    output = pipeline.convert(source, tmp_path / "book.epub", ReadOptions(), write)
    story = pipeline.read_story(source, ReadOptions())
    assert output.read_bytes() == pipeline.render_book(pipeline.build_book([story], write), write)


@linux_only
def test_a_child_never_collected_is_stopped_when_the_block_ends() -> None:
    def slow() -> bytes:
        time.sleep(60)
        return b"too late"

    with allowed():
        start(slow)
        (pid,) = background._pending
    assert not background._pending
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, 0)  # already reaped: it was stopped and waited for
