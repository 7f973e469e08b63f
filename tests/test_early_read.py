"""early_read: a plain one-story conversion reads its story in a child while the command line
loads; the parent takes that story only for the same file and reading options."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from cli_helpers import one_line, run_cli, story_file, subprocess_env
from fic2epub import early_read, pipeline
from fic2epub.early_read import story_argument
from fic2epub.model_wire import received_story, sent_story
from fic2epub.options import ReadOptions, WriteOptions
from fic2epub.overrides import Overrides, resolve

ROOT = Path(__file__).resolve().parents[1]

linux_only = pytest.mark.skipif(sys.platform != "linux", reason="read ahead on Linux only")


@pytest.mark.parametrize(
    ("args", "story"),
    [
        (["convert", "a.txt"], "a.txt"),
        (["convert", "a.txt", "-o", "b.epub"], "a.txt"),
        (["convert", "-o", "b.epub", "a.txt"], "a.txt"),
        (["convert", "a.txt", "--output=b.epub", "--format", "kepub"], "a.txt"),
        (["convert", "a.txt", "--notes", "back", "--no-cover", "--debug"], "a.txt"),
        (["convert", "a.txt", "--css", "x.css", "--templates", "t", "--cover", "c.jpg"], "a.txt"),
    ],
)
def test_a_plain_one_story_command_names_its_story(args: list[str], story: str) -> None:
    assert story_argument(args) == story


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["convert"],
        ["inspect", "a.txt"],
        ["anthology", "a.txt", "-o", "b.epub"],
        ["--debug", "convert", "a.txt"],
        ["convert", "a.txt", "b.txt"],  # a batch
        ["convert", "a.txt", "--title", "Another"],  # read with other options
        ["convert", "a.txt", "--layout=lines"],
        ["convert", "a.txt", "--set", "rating=T"],
        ["convert", "a.txt", "--output-dir", "out"],
        ["convert", "a.txt", "--help"],
        ["convert", "--", "a.txt"],
        ["convert", "-", "-o", "b.epub"],
        ["convert", "a.txt", "-o"],  # the flag's value is missing
        ["convert", "-ob.epub", "a.txt"],  # an attached short value: not worth the guess
        ["convert", "-o", "b.epub"],  # the output is no story
    ],
)
def test_anything_less_plain_reads_the_story_in_the_parent(args: list[str]) -> None:
    assert story_argument(args) is None


def _read_options(path: Path) -> ReadOptions:
    return resolve(path, Overrides())[0]


# The forked cases run in a process of their own: this one may have threads running (a
# dask test's), and a process with threads does not fork ahead.
_SCENARIO_HEAD = """
import os, sys
from pathlib import Path
from fic2epub import background, early_read, pipeline
from fic2epub.options import ReadOptions
from fic2epub.overrides import Overrides, resolve
path = Path(sys.argv[1])
read = resolve(path, Overrides())[0]
early_read.begin(["convert", str(path), *COVER])
print("pending", early_read.pending())
"""
# Without a cover, no helper to draw one is forked ahead: the tests of the reading child see
# that child alone. The cover's helper has tests of its own below.
_NO_COVER = 'COVER = ["--no-cover"]\n'


def _scenario(
    path: Path, code: str, *extra: str, prelude: str = "", cover: str = _NO_COVER
) -> list[str]:
    """The lines printed by ``code`` run after a child was started reading ``path`` (after
    ``prelude``, if given, which runs just before the child starts; ``extra`` are more
    arguments for both). ``cover`` sets COVER, the command line's cover flags."""
    head = _SCENARIO_HEAD.replace("early_read.begin(", prelude + "early_read.begin(")
    head = head.replace("read = resolve", cover + "read = resolve")
    result = subprocess.run(
        [sys.executable, "-c", head + code, str(path), *extra],
        capture_output=True,
        text=True,
        env=subprocess_env(),
        check=True,
    )
    return result.stdout.splitlines()


@linux_only
def test_the_story_read_ahead_is_the_story_read_here(tmp_path: Path) -> None:
    code = """
story = early_read.take(path, read)
print("same", story == pipeline.read_story(path, read))
print("left", early_read.pending(), background._pending)
"""
    assert _scenario(story_file(tmp_path), code) == ["pending True", "same True", "left False {}"]


@linux_only
def test_other_reading_options_are_not_served_the_story_read_ahead(tmp_path: Path) -> None:
    code = """
other = ReadOptions(title="Another Title", fallback_title=read.fallback_title)
print("taken", early_read.take(path, other))
print("left", background._pending)
"""
    assert _scenario(story_file(tmp_path), code) == ["pending True", "taken None", "left {}"]


@linux_only
def test_another_file_is_not_served_the_story_read_ahead(tmp_path: Path) -> None:
    code = """
(pid,) = background._pending
print("taken", early_read.take(path.with_name("other.txt"), read))
print("left", background._pending)
try:
    os.waitpid(pid, 0)
except ChildProcessError:
    print("reaped")
"""
    lines = _scenario(story_file(tmp_path), code)
    assert lines == ["pending True", "taken None", "left {}", "reaped"]


@linux_only
def test_a_story_the_child_cannot_read_is_left_to_the_parent(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    code = """
print("taken", early_read.take(path, read))
"""
    assert _scenario(path, code) == ["pending True", "taken None"]


@linux_only
def test_a_story_never_taken_is_stopped_when_the_command_ends(tmp_path: Path) -> None:
    code = """
(pid,) = background._pending
early_read.finish()
print("left", early_read.pending(), background._pending)
try:
    os.waitpid(pid, 0)
except ChildProcessError:
    print("reaped")
"""
    lines = _scenario(story_file(tmp_path), code)
    assert lines == ["pending True", "left False {}", "reaped"]


# Before begin: the decoding (done in the child's own child) is slowed down and leaves a
# mark when done, or fails, so that what begin waits for can be seen.
_SLOW_DECODING = """
import time
from pathlib import Path
from fic2epub.normalise import text_steps
real = text_steps.decoded_text
mark = Path(sys.argv[2])
def decoded_text(data, source):
    time.sleep(0.3)
    text = real(data, source)
    mark.write_text("decoded")
    return text
text_steps.decoded_text = decoded_text
"""
_FAILED_DECODING = """
from fic2epub.normalise import text_steps
def decoded_text(data, source):
    raise RuntimeError("no decoding")
text_steps.decoded_text = decoded_text
"""


@linux_only
def test_the_command_goes_on_once_the_child_has_the_decoded_text(tmp_path: Path) -> None:
    # begin returns only when the child has the text: until then the two processes decoding
    # it and loading the passes have the cores to themselves.
    mark = tmp_path / "decoded.mark"
    code = """
print("decoded", mark.exists())
story = early_read.take(path, read)
print("same", story == pipeline.read_story(path, read))
"""
    lines = _scenario(story_file(tmp_path), code, str(mark), prelude=_SLOW_DECODING)
    assert lines == ["pending True", "decoded True", "same True"]


@linux_only
def test_a_decoding_that_fails_leaves_the_story_to_the_parent(tmp_path: Path) -> None:
    code = """
print("taken", early_read.take(path, read))
"""
    lines = _scenario(story_file(tmp_path), code, prelude=_FAILED_DECODING)
    assert lines == ["pending True", "taken None"]


def test_no_child_for_a_file_that_is_not_there(tmp_path: Path) -> None:
    early_read.begin(["convert", str(tmp_path / "missing.txt")])
    assert not early_read.pending()


def test_the_sent_form_of_a_story_gives_the_same_story_back() -> None:
    for name in ("the-stopped-watch.txt", "the-twelfth-slipper.txt", "high-water.txt"):
        story = pipeline.read_story(ROOT / "examples" / name, ReadOptions())
        assert received_story(sent_story(story)) == story


def test_the_command_writes_the_same_book_as_one_process_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    source = story_file(tmp_path)
    result = run_cli("convert", str(source), "-o", str(tmp_path / "book.epub"))
    assert result.returncode == 0, result.stderr
    write = WriteOptions(source_date_epoch=1700000000)
    book = pipeline.build_book([pipeline.read_story(source, _read_options(source))], write)
    assert (tmp_path / "book.epub").read_bytes() == pipeline.render_book(book, write)


def test_the_command_honours_the_sidecar_it_reads_ahead(tmp_path: Path) -> None:
    source = story_file(tmp_path)
    (tmp_path / "lantern.fic2epub.toml").write_text('title = "The Lamp Room"\n', encoding="utf-8")
    result = run_cli("convert", str(source), "-o", str(tmp_path / "book.epub"))
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(tmp_path / "book.epub") as book:
        package = book.read("EPUB/content.opf").decode("utf-8")
    assert "<dc:title>The Lamp Room</dc:title>" in package
    assert "Gull Point" not in package


def test_a_story_the_child_cannot_read_gets_the_parents_one_line_error(tmp_path: Path) -> None:
    source = tmp_path / "blank.txt"
    source.write_text("\n\n   \n", encoding="utf-8")
    result = run_cli("convert", str(source), "-o", str(tmp_path / "book.epub"))
    assert result.returncode != 0
    assert str(source) in one_line(result.stderr)
    assert not (tmp_path / "book.epub").exists()


@linux_only
@pytest.mark.parametrize(
    ("flags", "helper"),
    [
        ([], True),
        (["-o", "book.epub"], True),
        (["--format", "kepub"], True),
        (["--format=epub", "-o", "book.html"], True),  # the format named wins
        (["--no-cover"], False),
        (["--cover", "picture.jpg"], False),
        (["--cover=picture.jpg"], False),
        (["--format", "html"], False),
        (["--format=html"], False),
        (["-o", "Book.HTML"], False),
        (["--output=book.htm"], False),
    ],
)
def test_a_helper_to_draw_the_cover_is_forked_ahead_when_one_may_be_drawn(
    tmp_path: Path, flags: list[str], helper: bool
) -> None:
    code = """
print("helper", "cover" in background._waiting)
early_read.finish()
print("left", background._pending, background._waiting)
"""
    lines = _scenario(story_file(tmp_path), code, cover=f"COVER = {flags!r}\n")
    assert lines == ["pending True", f"helper {helper}", "left {} {}"]


@linux_only
def test_the_cover_is_drawn_by_the_helper_forked_ahead(tmp_path: Path) -> None:
    # Collected, not stopped (as a helper too slow to answer is): its cover is in the book.
    # The wait is made long, as an idle-priority helper on a machine busy with other work
    # (a test run beside others) may take seconds to be given the core.
    code = """
background._IDLE_HELPER_WAIT = 60.0
(helper, _), = background._waiting.values()
stopped = []
abandon = background._abandon
background._abandon = lambda pid: (stopped.append(pid), abandon(pid))
book = pipeline.convert(path, path.with_suffix(".epub"), read, WriteOptions())
print("collected", helper not in background._pending, "cover" not in background._waiting)
print("stopped", helper in stopped)
"""
    head = "from fic2epub.options import WriteOptions\nCOVER = []\n"
    lines = _scenario(story_file(tmp_path), code, cover=head)
    assert lines == ["pending True", "collected True True", "stopped False"]
