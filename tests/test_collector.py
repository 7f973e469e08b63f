"""The cycle collector is held off during a conversion and spared at the process's exit."""

from __future__ import annotations

import gc
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from cli_helpers import subprocess_env
from fic2epub import pipeline
from fic2epub.cli import main
from fic2epub.collector import exit_at_once, paused
from fic2epub.options import ReadOptions, WriteOptions


def test_paused_turns_the_collector_off_and_back_on() -> None:
    assert gc.isenabled()
    with paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_paused_turns_it_back_on_after_an_error() -> None:
    with pytest.raises(RuntimeError), paused():
        raise RuntimeError("the conversion failed")
    assert gc.isenabled()


def test_paused_leaves_a_collector_that_was_off_off() -> None:
    gc.disable()
    try:
        with paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_convert_runs_without_the_collector(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    real_read = pipeline.read_story

    def read_story(path: Path, options: ReadOptions) -> object:
        seen.append(gc.isenabled())
        return real_read(path, options)

    monkeypatch.setattr(pipeline, "read_story", read_story)
    story = tmp_path / "kettle.txt"
    story.write_text("Title: Kettle\n\nThe kettle sang. Nobody came.\n", encoding="utf-8")
    pipeline.convert(story, tmp_path / "kettle.epub", ReadOptions(), WriteOptions(no_cover=True))
    assert seen == [False]
    assert gc.isenabled()


def test_main_called_with_arguments_freezes_nothing() -> None:
    # Only the process's own run (no arguments given) ends the process; a caller goes on.
    frozen = gc.get_freeze_count()
    with pytest.raises(SystemExit):
        main(["--help"])
    assert gc.get_freeze_count() == frozen


def _convert_in_own_process(tmp_path: Path, driver: str, *options: str) -> str:
    """Convert a short story with ``driver`` as the process's program; its standard output."""
    story = tmp_path / "kettle.txt"
    story.write_text("Title: Kettle\n\nThe kettle sang. Nobody came.\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", driver, "convert", str(story), *options],
        capture_output=True,
        text=True,
        env=subprocess_env(),
        cwd=tmp_path,  # the book goes to the working folder: the test's own, not the checkout
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_process_own_run_freezes_its_objects_before_exit(tmp_path: Path) -> None:
    driver = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('frozen', gc.get_freeze_count() > 0))\n"
        "from fic2epub.cli import main\n"
        "main()\n"
    )
    assert _convert_in_own_process(tmp_path, driver, "--no-cover").endswith("frozen True")
    assert (tmp_path / "kettle.epub").is_file()


def test_the_process_own_run_never_collects(tmp_path: Path) -> None:
    # The process ends with the command: from its start to its exit, nothing is collected.
    driver = (
        "import atexit, gc, sys\n"
        "import fic2epub.collector\n"
        "from fic2epub.cli import main\n"
        "runs = []\n"
        "gc.collect()\n"
        "gc.callbacks.append(lambda phase, info: runs.append(phase))\n"
        "atexit.register(lambda: print('collections', len(runs)))\n"
        "main()\n"
    )
    assert _convert_in_own_process(tmp_path, driver).endswith("collections 0")


def test_the_process_own_run_ends_without_teardown(tmp_path: Path) -> None:
    # The exit handlers run and the output is flushed, but Python's teardown, which would
    # free a module an exit handler leaves in sys.modules (and say "freed"), never comes.
    driver = (
        "import atexit, os, sys, types\n"
        "class Left:\n"
        "    def __del__(self, write=os.write):\n"
        "        write(1, b'freed')\n"
        "def leave():\n"
        "    module = types.ModuleType('left_behind')\n"
        "    module.left = Left()\n"
        "    sys.modules['left_behind'] = module\n"
        "    print('handlers ran', end='')\n"
        "atexit.register(leave)\n"
        "from fic2epub.cli import main\n"
        "main()\n"
    )
    output = _convert_in_own_process(tmp_path, driver, "--no-cover")
    assert output.endswith("kettle.epub\nhandlers ran")


@pytest.mark.parametrize(("arguments", "status"), [(["--no-cover"], 0), (["--title"], 2)])
def test_the_process_own_run_exits_with_the_command_status(
    tmp_path: Path, arguments: list[str], status: int
) -> None:
    story = tmp_path / "kettle.txt"
    story.write_text("Title: Kettle\n\nThe kettle sang. Nobody came.\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "fic2epub", "convert", str(story), *arguments],
        capture_output=True,
        text=True,
        env=subprocess_env(),
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == status, done.stderr
    assert (tmp_path / "kettle.epub").is_file() == (status == 0)


def test_exit_at_once_leaves_other_codes_to_python() -> None:
    # A message (printed by Python's own exit) or a status out of range ends nothing here.
    for code in ("fic2epub: failed", 256, -1, 1.5):
        assert exit_at_once(code) is None


def test_a_profiled_run_still_writes_its_profile(tmp_path: Path) -> None:
    # cProfile writes its figures when the program's code is done, which a quick exit skips.
    story = tmp_path / "kettle.txt"
    story.write_text("Title: Kettle\n\nThe kettle sang. Nobody came.\n", encoding="utf-8")
    profiled = [sys.executable, "-m", "cProfile", "-o", "run.prof", "-m", "fic2epub"]
    done = subprocess.run(
        [*profiled, "convert", str(story), "--no-cover"],
        capture_output=True,
        text=True,
        env=subprocess_env(),
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "run.prof").is_file()


def test_exit_at_once_leaves_a_running_thread_to_python() -> None:
    release = threading.Event()
    waiting = threading.Thread(target=release.wait)
    waiting.start()
    try:
        assert exit_at_once(0) is None
    finally:
        release.set()
        waiting.join()
