"""Batch conversion: inputs, book names, failures, the summary, byte-identical books, Dask."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from cli_helpers import invoke, one_line, run_cli, story_file
from conftest import EpubCheckQueue
from fic2epub.batch import (
    Job,
    Missing,
    expand_inputs,
    plan_outputs,
    render_job,
    run_in_process,
    windowed,
)
from fic2epub.batch_report import BatchReport
from fic2epub.cli_batch import BatchSettings, batch_requested
from fic2epub.options import ReadOptions, WriteOptions

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
EPOCH = "1700000000"

_PLACES = ["the quay", "the bell tower", "the salt marsh", "the rope walk", "the lock gates"]
_THINGS = ["a brass key", "a wet letter", "a blue lantern", "a cracked compass", "a tin whistle"]


def tiny_story(number: int) -> str:
    """A short original story, different for every ``number``."""
    place = _PLACES[number % len(_PLACES)]
    thing = _THINGS[(number // len(_PLACES)) % len(_THINGS)]
    return (
        f"Title: Errand Number {number}\n"
        f"Author: Pell Harrow {number % 3}\n"
        f"Rating: G\n\n"
        f"Ivo carried {thing} down to {place} before the sun was up. Nobody had told him "
        f'why, and he had learned not to ask. "Errand {number}," he said to the gulls.\n\n'
        f"By noon it was done, and he walked home the long way, counting {number} steps "
        f"past every lamp post for luck.\n"
    )


def write_stories(folder: Path, count: int) -> list[Path]:
    """``count`` tiny stories in ``folder``, named so that they sort in number order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"errand-{number:03d}.txt"
        path.write_text(tiny_story(number), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fixed SOURCE_DATE_EPOCH, as reproducible builds use."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


# --- finding stories ------------------------------------------------------------------------


def test_folders_globs_and_files_expand_in_order_each_once(tmp_path: Path) -> None:
    top = tmp_path / "top"
    (top / "sub").mkdir(parents=True)
    (top / ".hidden").mkdir()
    for name in ("b.txt", "a.txt", "notes.md", ".secret.txt", "sub/c.txt", ".hidden/d.txt"):
        (top / name).write_text("x", encoding="utf-8")
    extra = tmp_path / "extra.text"
    extra.write_text("x", encoding="utf-8")
    flat = expand_inputs([top, extra, top / "a.txt"], recursive=False)
    assert flat == [top / "a.txt", top / "b.txt", extra]
    deep = expand_inputs([top], recursive=True)
    assert deep == [top / "a.txt", top / "b.txt", top / "sub" / "c.txt"]
    pattern = Path(str(top / "*.txt"))
    assert expand_inputs([pattern], recursive=False) == [top / "a.txt", top / "b.txt"]
    everywhere = Path(str(top / "**" / "*.txt"))
    assert expand_inputs([everywhere], recursive=True) == deep


def test_inputs_naming_nothing_are_reported(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    missing = tmp_path / "missing.txt"
    found = expand_inputs([empty, Path(str(tmp_path / "*.nope")), missing], recursive=False)
    assert found == [
        Missing(source=str(empty), reason="no story files (*.txt) in the folder"),
        Missing(source=str(tmp_path / "*.nope"), reason="no file matches the pattern"),
        missing,
    ]


def test_book_names_are_safe_and_unique_by_input_order(tmp_path: Path) -> None:
    sources = [
        Path("a/story.txt"),
        Path("b/Story.txt"),
        Path("c/story-2.txt"),
        Path('d/what? "no".txt'),
        Path("e/CON.txt"),
        Path("f/story.txt"),
    ]
    names = [path.name for path in plan_outputs(sources, tmp_path, ".epub")]
    assert names == [
        "story.epub",
        "Story-2.epub",
        "story-2-2.epub",
        "what no.epub",
        "_CON.epub",
        "story-3.epub",
    ]
    assert plan_outputs(sources[:1], tmp_path, ".kepub.epub") == [tmp_path / "story.kepub.epub"]


def test_one_existing_path_without_batch_flags_is_a_single_conversion(tmp_path: Path) -> None:
    story = story_file(tmp_path)
    assert not batch_requested([story], BatchSettings())
    assert not batch_requested([tmp_path], BatchSettings())
    assert batch_requested([story, story], BatchSettings())
    assert batch_requested([story], BatchSettings(output_dir=tmp_path))
    assert batch_requested([story], BatchSettings(jobs=1))
    assert batch_requested([Path(str(tmp_path / "*.txt"))], BatchSettings())


# --- workers ----------------------------------------------------------------------------------


def test_render_job_returns_failures_as_text() -> None:
    job = Job(source="broken.txt", data=b"", read=ReadOptions(), write=WriteOptions())
    outcome = render_job(job)
    assert outcome.book is None
    assert outcome.error is not None and outcome.error.startswith("broken.txt: ")
    assert "\n" not in outcome.error


def test_window_keeps_a_bounded_number_in_flight() -> None:
    from concurrent.futures import Future

    submitted: list[Future[object]] = []

    def submit(function: object, job: Job) -> Future[object]:
        assert sum(not future.done() for future in submitted) < 3
        future: Future[object] = Future()
        future.set_result(render_job(job))
        submitted.append(future)
        return future

    jobs = [
        (index, Job(source=f"s{index}", data=b"", read=ReadOptions(), write=WriteOptions()))
        for index in range(7)
    ]
    results = list(windowed(submit, iter(jobs), limit=3))  # type: ignore[arg-type]
    assert sorted(index for index, _ in results) == list(range(7))
    assert list(run_in_process(iter(jobs[:2])))[1][0] == 1


# --- the command ------------------------------------------------------------------------------


def test_two_hundred_stories_with_three_broken_ones(tmp_path: Path) -> None:
    stories = write_stories(tmp_path / "in", 197)
    broken = {
        "empty.txt": b"",
        "binary.txt": bytes(range(256)) * 8,
        "header-only.txt": b"Title: Nothing Yet\nAuthor: Pell Harrow\nRating: G\n",
    }
    for name, data in broken.items():
        (tmp_path / "in" / name).write_bytes(data)
    out = tmp_path / "out"
    result = run_cli(
        *("convert", str(tmp_path / "in"), "--output-dir", str(out)),
        *("--jobs", "2", "--no-cover"),
        cwd=tmp_path,
    )
    assert result.returncode == 1, result.stderr
    books = sorted(path.name for path in out.iterdir())
    assert books == sorted(f"{path.stem}.epub" for path in stories)
    lines = result.stderr.splitlines()
    assert "fic2epub: 197 converted, 0 skipped, 3 failed" in lines
    summary = lines[lines.index("fic2epub: 197 converted, 0 skipped, 3 failed") :]
    failed = [line for line in summary if line.startswith("fic2epub: failed: ")]
    assert len(failed) == 3 == len(summary) - 1
    for name in broken:
        [line] = [line for line in failed if name in line]
        assert line.startswith(f"fic2epub: failed: {tmp_path / 'in' / name}: ")
    # One progress line per story, and the written books on stdout in input order.
    assert sum(line.startswith("fic2epub: [") for line in lines) == 200
    assert result.stdout.splitlines() == [str(out / name) for name in sorted(books)]


@pytest.mark.parametrize("output_format", ["epub", "html"])
def test_batch_books_are_byte_identical_to_single_conversions(
    tmp_path: Path, epoch: None, checked_epubs: EpubCheckQueue, output_format: str
) -> None:
    stories = [*write_stories(tmp_path / "in", 3), *sorted(EXAMPLES.glob("the-*.txt"))[:2]]
    batch = tmp_path / "batch"
    result = invoke(
        *("convert", *map(str, stories), "--output-dir", str(batch)),
        *("-j", "2", "--format", output_format),
    )
    assert result.exit_code == 0, result.output
    for story in stories:
        single = tmp_path / "single" / f"{story.stem}.{output_format}"
        single.parent.mkdir(exist_ok=True)
        alone = invoke("convert", str(story), "-o", str(single), "--format", output_format)
        assert alone.exit_code == 0, alone.output
        made = (batch / single.name).read_bytes()
        assert made == single.read_bytes(), story.name
    if output_format == "epub":
        checked_epubs.save((batch / f"{stories[-1].stem}.epub").read_bytes(), "batch-one.epub")


def test_sidecars_and_flags_apply_to_every_story(tmp_path: Path, epoch: None) -> None:
    [first, second] = write_stories(tmp_path, 2)
    (tmp_path / "errand-001.fic2epub.toml").write_text('title = "Renamed"\n', encoding="utf-8")
    result = invoke(
        *("convert", str(first), str(second), "--output-dir", str(tmp_path / "out")),
        *("-j", "1", "--format", "html", "--set", "rating=T"),
    )
    assert result.exit_code == 0, result.output
    renamed = (tmp_path / "out" / "errand-001.html").read_text(encoding="utf-8")
    assert "<title>Renamed</title>" in renamed
    for name in ("errand-000.html", "errand-001.html"):
        assert "<dd>T</dd>" in (tmp_path / "out" / name).read_text(encoding="utf-8")


def test_skip_existing_leaves_newer_books_alone(tmp_path: Path) -> None:
    [old, new] = write_stories(tmp_path / "in", 2)
    out = tmp_path / "out"
    args = ("convert", str(tmp_path / "in"), "--output-dir", str(out), "--format", "html")
    assert invoke(*args).exit_code == 0
    kept = out / "errand-000.html"
    kept.write_text("hand-edited", encoding="utf-8")
    stamp = old.stat().st_mtime_ns
    # Both books are dated a second after the stories, whatever the clock did while the
    # first run converted them (on a loaded machine that can take longer than a second).
    for book in (kept, out / "errand-001.html"):
        os.utime(book, ns=(stamp + 10**9, stamp + 10**9))
    os.utime(new, ns=(stamp + 2 * 10**9, stamp + 2 * 10**9))  # the story changed after its book
    result = invoke(*args, "--skip-existing")
    assert result.exit_code == 0, result.output
    assert kept.read_text(encoding="utf-8") == "hand-edited"
    assert "fic2epub: 1 converted, 1 skipped, 0 failed" in result.stderr.splitlines()
    assert "hand-edited" not in (out / "errand-001.html").read_text(encoding="utf-8")


def test_batch_usage_errors(tmp_path: Path) -> None:
    stories = [str(path) for path in write_stories(tmp_path, 2)]
    with_o = invoke("convert", *stories, "-o", str(tmp_path / "x.epub"))
    assert with_o.exit_code == 2
    assert "--output-dir" in with_o.stderr
    titled = invoke("convert", *stories, "--title", "One Title")
    assert titled.exit_code == 2
    both = invoke("convert", *stories, "-j", "2", "--dask-scheduler", "tcp://127.0.0.1:1")
    assert both.exit_code == 2
    assert invoke("convert", *stories, "--jobs", "0").exit_code == 2


def test_a_book_never_replaces_a_story(tmp_path: Path) -> None:
    story = tmp_path / "tale.html"
    story.write_text(tiny_story(1), encoding="utf-8")
    other = story_file(tmp_path)
    result = invoke(
        "convert", str(story), str(other), "--output-dir", str(tmp_path), "--format", "html"
    )
    assert result.exit_code == 1
    assert story.read_text(encoding="utf-8") == tiny_story(1)
    assert "would overwrite a story file" in result.stderr
    assert (tmp_path / "lantern.html").is_file()


def test_the_report_on_a_terminal_draws_a_bar() -> None:
    stream = io.StringIO()
    report = BatchReport(stream, bar=True)
    report.start(2)
    report.converted_one(0, "a.txt", Path("a.epub"))
    report.warn("b.txt: warning: the cover is small")
    report.failed_one(1, "b.txt", "b.txt: the file is empty")
    report.finish()
    text = stream.getvalue()
    assert "b.txt: warning: the cover is small" in text
    assert text.endswith(
        "fic2epub: 1 converted, 0 skipped, 1 failed\nfic2epub: failed: b.txt: the file is empty\n"
    )
    assert "[1/2]" not in text


# --- Dask -------------------------------------------------------------------------------------


def test_a_dask_cluster_makes_the_same_books(tmp_path: Path, epoch: None) -> None:
    distributed = pytest.importorskip("distributed")
    stories = [*write_stories(tmp_path / "in", 6), EXAMPLES / "the-stopped-watch.txt"]
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    inputs = [str(tmp_path / "in"), str(stories[-1])]
    local = invoke("convert", *inputs, "--output-dir", str(tmp_path / "local"), "-j", "2")
    assert local.exit_code == 1
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
    ) as cluster:
        address = cluster.scheduler_address
        remote = invoke(
            *("convert", *inputs, "--output-dir", str(tmp_path / "dask")),
            *("--dask-scheduler", address),
        )
    assert remote.exit_code == 1, remote.output
    assert remote.stdout == local.stdout.replace(str(tmp_path / "local"), str(tmp_path / "dask"))
    made = sorted(path.name for path in (tmp_path / "dask").iterdir())
    assert made == sorted(path.name for path in (tmp_path / "local").iterdir())
    assert len(made) == 7
    for name in made:
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes()
    assert f"fic2epub: failed: {tmp_path / 'in' / 'empty.txt'}: " in remote.stderr


def test_an_unreachable_scheduler_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("distributed")
    from fic2epub import dask_batch

    monkeypatch.setattr(dask_batch, "CONNECT_TIMEOUT", "1s")
    stories = [str(path) for path in write_stories(tmp_path, 2)]
    result = invoke("convert", *stories, "--dask-scheduler", "tcp://127.0.0.1:9")
    assert result.exit_code == 1
    [line] = [line for line in result.stderr.splitlines() if line.startswith("fic2epub:")]
    assert line.startswith("fic2epub: tcp://127.0.0.1:9: cannot reach the Dask scheduler")


def test_a_malformed_scheduler_address_is_a_usage_error(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    stories = [str(path) for path in write_stories(tmp_path, 2)]
    result = invoke("convert", *stories, "--dask-scheduler", "carrier-pigeon://loft")
    assert result.exit_code == 2
    assert one_line(result.stderr).startswith(
        "fic2epub: carrier-pigeon://loft: --dask-scheduler: unknown address scheme"
    )
