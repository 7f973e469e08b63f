"""background: a one-story conversion draws its cover and builds half its chapters in a child
process, never changing the book."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest

from fic2epub import background, pipeline
from fic2epub.background import allowed, map_shared, start
from fic2epub.model import Paragraph
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


def _holds_the_pipe() -> bytes:
    """In the child: a grandchild that keeps every inherited pipe end open, and its pid."""
    pid = os.fork()
    if pid == 0:
        time.sleep(600)
        os._exit(0)
    return str(pid).encode()


@linux_only
def test_the_bytes_are_taken_without_waiting_for_the_pipe_to_close() -> None:
    # The grandchild keeps the child's end of the pipe open for ten minutes: the parent
    # must know from the announced length that it has everything. The alarm turns a parent
    # that waited for the pipe to close into a failure rather than a hung test.
    def too_long(signum: int, frame: object) -> None:
        raise AssertionError("waited for the pipe to close")

    previous = signal.signal(signal.SIGALRM, too_long)
    signal.alarm(30)
    try:
        with allowed():
            grandchild = int(start(_holds_the_pipe)())
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    os.kill(grandchild, signal.SIGKILL)
    background.reap()


@linux_only
def test_a_child_is_waited_for_once_its_bytes_came() -> None:
    with allowed():
        pid = int(start(_pid)())
    background.reap()
    assert not background._exiting
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, 0)  # already waited for


@linux_only
def test_bytes_cut_short_are_no_answer() -> None:
    read_end, write_end = os.pipe()
    os.write(write_end, background._LENGTH.pack(10) + b"12345")
    os.close(write_end)
    try:
        assert background._read_exactly(read_end, background._LENGTH.size) is not None
        assert background._read_exactly(read_end, 10) is None
    finally:
        os.close(read_end)


@linux_only
def test_a_pipe_for_bytes_holds_a_long_story_at_once() -> None:
    read_end, write_end = background._bytes_pipe()
    try:
        import fcntl

        limit = int(Path("/proc/sys/fs/pipe-max-size").read_text())
        if limit < background._PIPE_SIZE:
            pytest.skip(f"this system allows pipes of {limit} bytes at most")
        assert fcntl.fcntl(write_end, fcntl.F_GETPIPE_SZ) == background._PIPE_SIZE
    finally:
        os.close(read_end)
        os.close(write_end)


@linux_only
def test_a_prepared_helper_gets_ready_then_does_the_work_sent_to_it(tmp_path: Path) -> None:
    ready = tmp_path / "ready"
    with allowed():
        background.prepare("test", lambda: ready.write_text(str(os.getpid())))
        answer = start(_pid, helper="test")()  # _pid pickles: a module-level function
    assert answer.isdigit() and answer != _pid()
    assert ready.read_text() == answer.decode()
    assert not background._waiting


@linux_only
def test_work_that_cannot_be_sent_to_the_helper_is_done_here() -> None:
    with allowed():
        background.prepare("test", lambda: None)
        assert start(lambda: _pid(), helper="test")() == _pid()  # a lambda does not pickle


@linux_only
def test_a_helper_never_sent_work_is_stopped_when_the_block_ends() -> None:
    with allowed():
        background.prepare("test", lambda: None)
        (pid,) = background._pending
    assert not background._pending
    assert not background._waiting
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, 0)


def test_outside_allowed_no_helper_is_prepared() -> None:
    background.prepare("test", lambda: None)
    assert not background._waiting
    assert start(_pid, helper="test")() == _pid()


def _policy() -> bytes:
    return str(os.sched_getscheduler(0)).encode()


@linux_only
def test_a_helper_prepared_ahead_gets_ready_and_works_at_idle_priority(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A long wait: on a machine busy with other work (a test run beside others) an
    # idle-priority helper may take seconds to be given a core.
    monkeypatch.setattr(background, "_IDLE_HELPER_WAIT", 60.0)
    # Before allowed(): the command line forks it before it is even parsed.
    background.prepare_ahead("test", lambda: None)
    (pid,) = background._pending
    try:
        with allowed():
            answer = start(_policy, helper="test")()
    finally:
        background.drop_helpers()
    # The work was done in the helper (this process is not at idle priority) ...
    assert _policy() == str(os.SCHED_OTHER).encode()
    assert answer == str(os.SCHED_IDLE).encode()
    # ... and the helper was waited for, and is forgotten.
    background.reap()
    assert not background._pending and not background._idle_helpers
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, 0)


@linux_only
def test_a_helper_prepared_ahead_that_does_not_answer_in_time_leaves_the_work_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A machine so busy that the idle helper never runs: here, it is still getting ready.
    monkeypatch.setattr(background, "_IDLE_HELPER_WAIT", 0.05)
    background.prepare_ahead("test", lambda: time.sleep(30))
    (pid,) = background._pending
    with allowed():
        assert start(_pid, helper="test")() == _pid()
    assert not background._pending and not background._idle_helpers
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, 0)


@linux_only
def test_a_helper_prepared_ahead_and_never_sent_work_is_stopped_by_drop_helpers() -> None:
    background.prepare_ahead("test", lambda: None)
    (pid,) = background._pending
    with allowed():
        pass  # a command that never asked for its work (it failed first, say)
    assert background._waiting  # not the block's to stop: it was forked before the block
    background.drop_helpers()
    assert not background._pending and not background._waiting
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, 0)


def _where(item: int) -> tuple[int, int]:
    return item * item, os.getpid()


def _one(item: int) -> int:
    return 1


@linux_only
def test_map_shared_computes_the_later_items_in_a_child_and_keeps_their_order() -> None:
    with allowed():
        results = map_shared(_where, list(range(10)), _one, least=10)
    assert [square for square, _ in results] == [n * n for n in range(10)]
    pids = [pid for _, pid in results]
    assert pids[0] == os.getpid()
    assert pids[-1] != os.getpid()
    # The parent keeps half: the child pickles what it sends back, the parent unpickles it.
    assert pids.count(os.getpid()) == 5


@linux_only
def test_map_shared_keeps_small_work_in_this_process() -> None:
    with allowed():
        results = map_shared(_where, list(range(10)), _one, least=11)
    assert {pid for _, pid in results} == {os.getpid()}


def test_map_shared_outside_allowed_runs_here() -> None:
    results = map_shared(_where, list(range(10)), _one, least=1)
    assert {pid for _, pid in results} == {os.getpid()}


@linux_only
def test_map_shared_redoes_the_work_when_the_child_fails() -> None:
    parent = os.getpid()

    def work(item: int) -> int:
        if os.getpid() != parent:
            raise RuntimeError("lost in the child")
        return item + 1

    with allowed():
        assert map_shared(work, list(range(6)), _one, least=1) == [1, 2, 3, 4, 5, 6]


@linux_only
def test_map_shared_sends_the_childs_results_in_the_given_form() -> None:
    sent: list[int] = []

    def receive(form: str) -> tuple[int, int]:
        square, pid = form.split()
        sent.append(int(square))
        return int(square), int(pid)

    with allowed():
        results = map_shared(
            _where,
            list(range(10)),
            _one,
            least=10,
            send=lambda result: f"{result[0]} {result[1]}",
            receive=receive,
        )
    assert [square for square, _ in results] == [n * n for n in range(10)]
    # Only what the child computed came through the form: the parent's own results did not.
    assert sent == [n * n for n in range(5, 10)]


def _long_story() -> str:
    """A story long enough (over 100 KB) for its chapters to be built in two processes."""
    scene = (
        'The kettle sang on the stove while Marguerite counted the spoons. "Eleven," she '
        'said, "and one in the garden, I shouldn\'t wonder." Her brother -- who had lost it '
        "-- said nothing... and looked at the ceiling.\n\n"
    )
    chapters = []
    for number in range(1, 13):
        body = scene * 40 + "* * *\n\n" + scene * 5
        chapters.append(f"Chapter {number}: The Spoon Count\n\n{body}")
    return "Title: A Dozen Spoons\nAuthor: Hollis Ware\n\n" + "\n".join(chapters)


def test_a_long_story_converts_the_same_as_in_one_process(tmp_path: Path) -> None:
    source = tmp_path / "spoons.txt"
    source.write_text(_long_story(), encoding="utf-8")
    assert source.stat().st_size > 100_000
    write = WriteOptions(source_date_epoch=0)
    output = pipeline.convert(source, tmp_path / "book.epub", ReadOptions(), write)
    story = pipeline.read_story(source, ReadOptions())
    assert len(story.chapters) == 12
    # 35 words a scene, 45 scenes a chapter: counted in both processes, summed in one.
    assert story.metadata.word_count == 12 * 45 * 35
    assert output.read_bytes() == pipeline.render_book(pipeline.build_book([story], write), write)


def test_a_long_story_reads_the_same_in_two_processes(tmp_path: Path) -> None:
    # Emphasis, a centred line, verse with line breaks and an end marker: blocks that are
    # no plain paragraph, which the child sends back as they are.
    verse = "Roses in the garden,\nspoons beneath the bed.\n\n"
    extras = "*Eleven*, she said.\n\n        The Kitchen\n\n" + verse
    source = tmp_path / "spoons.txt"
    source.write_text(_long_story().replace("* * *\n\n", "* * *\n\n" + extras) + "\nThe End\n")
    alone = pipeline.read_story(source, ReadOptions())
    with allowed():
        shared = pipeline.read_story(source, ReadOptions())
    assert shared == alone
    kinds = {type(block).__name__ for chapter in alone.chapters for block in chapter.blocks}
    assert kinds == {"Paragraph", "SceneBreak", "EndMarker"}
    contents = {
        (type(run).__name__, block.align)
        for chapter in alone.chapters
        for block in chapter.blocks
        if isinstance(block, Paragraph)
        for run in block.content
    }
    assert {("Emph", "start"), ("LineBreak", "start"), ("Text", "center")} <= contents


@pytest.mark.parametrize(
    ("write", "prepared"),
    [
        (WriteOptions(), ["cover"]),
        (WriteOptions(format="kepub"), ["cover"]),
        (WriteOptions(format="html"), []),
        (WriteOptions(no_cover=True), []),
    ],
)
def test_convert_prepares_the_cover_helper_only_for_a_generated_cover(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, write: WriteOptions, prepared: list[str]
) -> None:
    names: list[str] = []
    monkeypatch.setattr(background, "prepare", lambda name, warm: names.append(name))
    source = ROOT / "examples" / "the-stopped-watch.txt"
    pipeline.convert(source, tmp_path / "book", ReadOptions(), write)
    assert names == prepared
