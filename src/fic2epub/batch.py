"""Batch conversion: which files, which book names, and rendering each story in a worker.

The parent process finds the stories, reads each file and hands a :class:`Job` (the bytes and
the options) to a worker; the worker reads, assembles and renders and sends back the book's
bytes (:class:`Outcome`); the parent writes every book atomically. Workers never touch the
output folder, so the same jobs run unchanged on a Dask cluster without a shared file system.
"""

from __future__ import annotations

import glob
import os
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from fic2epub.errors import Fic2EpubError
from fic2epub.options import ReadOptions, WriteOptions

if TYPE_CHECKING:
    from concurrent.futures import Future

STORY_SUFFIXES = (".txt",)
"""What a story file in a folder is called; files named on the command line are read as given."""
_GLOB_CHARS = frozenset("*?[")


# --- finding the stories --------------------------------------------------------------------


class Missing(NamedTuple):
    """A command-line input that names no story file (a glob without matches, an empty folder)."""

    source: str
    """The input as given."""
    reason: str
    """Why nothing came of it, one line."""


def is_pattern(text: str) -> bool:
    """Whether ``text`` is a glob pattern rather than a file name."""
    return any(char in _GLOB_CHARS for char in text)


def expand_inputs(inputs: Sequence[Path], *, recursive: bool) -> list[Path | Missing]:
    """The story files ``inputs`` name, in order, each file once.

    A file is taken as given (even one that does not exist: reading it reports that); a folder
    gives its ``*.txt`` files (with ``recursive``, those of its subfolders too) sorted by name;
    a glob pattern that is not itself a file gives its matches sorted by name, ``**`` reaching
    into subfolders with ``recursive``. Hidden files are left out of folders and globs.
    """
    found: list[Path | Missing] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.absolute()
        if key not in seen:
            seen.add(key)
            found.append(path)

    for item in inputs:
        text = str(item)
        if item.is_dir():
            files = _folder_stories(item, recursive=recursive)
            if not files:
                where = "in the folder or its subfolders" if recursive else "in the folder"
                suffixes = ", ".join(f"*{suffix}" for suffix in STORY_SUFFIXES)
                found.append(Missing(source=text, reason=f"no story files ({suffixes}) {where}"))
            for path in files:
                add(path)
        elif is_pattern(text) and not item.exists():
            matches = _glob(text, recursive=recursive)
            if not matches:
                found.append(Missing(source=text, reason="no file matches the pattern"))
            for path in matches:
                if path.is_dir():
                    for inner in _folder_stories(path, recursive=recursive):
                        add(inner)
                else:
                    add(path)
        else:
            add(item)
    return found


def _hidden(path: Path, root: Path) -> bool:
    """Whether ``path`` or a folder between ``root`` and it starts with a dot."""
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _folder_stories(folder: Path, *, recursive: bool) -> list[Path]:
    """The story files in ``folder`` (and below, with ``recursive``), sorted by path."""
    walk = folder.rglob("*") if recursive else folder.glob("*")
    return sorted(
        path
        for path in walk
        if path.suffix.lower() in STORY_SUFFIXES and path.is_file() and not _hidden(path, folder)
    )


def _glob(pattern: str, *, recursive: bool) -> list[Path]:
    """A glob's matches sorted by path (``glob`` already skips hidden names)."""
    # Path.glob takes no absolute patterns; the user's pattern may be either.
    matches = glob.glob(pattern, recursive=recursive)  # noqa: PTH207
    return sorted(Path(match) for match in matches)


# --- naming the books -----------------------------------------------------------------------


def plan_outputs(sources: Sequence[Path], directory: Path, extension: str) -> list[Path]:
    """A book path in ``directory`` for each story, unique by input order.

    Names come from the story file's name, made safe with
    :func:`~fic2epub.safe_io.safe_filename`; the second ``story`` becomes ``story-2``, the
    third ``story-3``. Names are compared without case, as macOS and Windows compare them.
    """
    from fic2epub.safe_io import safe_filename

    taken: set[str] = set()
    planned: list[Path] = []
    for source in sources:
        stem = safe_filename(source.stem, "")
        name = f"{stem}{extension}"
        number = 1
        while name.casefold() in taken:
            number += 1
            name = f"{stem}-{number}{extension}"
        taken.add(name.casefold())
        planned.append(directory / name)
    return planned


# --- rendering in a worker ------------------------------------------------------------------


class Job(NamedTuple):
    """Everything a worker needs to make one book, with no file access of its own for the story.

    ``write`` may still name files (``--templates``, ``--css``, ``--cover``): a worker reads
    those itself, so on a cluster they must exist at the same path on every worker.
    """

    source: str
    """The story file as the user named it, for messages."""
    data: bytes
    """The story file's bytes."""
    read: ReadOptions
    """How to read it (its sidecar already merged in)."""
    write: WriteOptions
    """How to write the book."""


class Outcome(NamedTuple):
    """What a worker sends back: the book's bytes, or why there is none."""

    book: bytes | None = None
    """The book file's bytes on success."""
    error: str | None = None
    """A one-line message naming the story on failure."""
    warnings: tuple[str, ...] = ()
    """Warnings raised while making the book, one line each."""


def render_job(job: Job) -> Outcome:
    """Read, assemble and render one story; failures come back as text, never as exceptions.

    Exceptions are turned into text here because a :class:`Fic2EpubError` does not survive
    pickling with its source, and one failed story must not stop the batch.
    """
    # catch_warnings swaps process-wide state: only safe where one job runs at a time (the
    # main thread of a worker process). Threaded Dask workers leave warnings to their own log.
    if threading.current_thread() is not threading.main_thread():
        return _render(job)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        outcome = _render(job)
    if not caught:
        return outcome
    lines = tuple(" ".join(str(item.message).split()) for item in caught)
    return Outcome(book=outcome.book, error=outcome.error, warnings=lines)


def _render(job: Job) -> Outcome:
    """The book for ``job``, or its one-line error."""
    from fic2epub import pipeline
    from fic2epub.readers import read_data

    try:
        story = read_data(job.data, job.read, job.source)
        book = pipeline.render_book(pipeline.build_book([story], job.write), job.write)
    except Fic2EpubError as error:
        message = str(error) if error.source else f"{job.source}: {error}"
        return Outcome(error=" ".join(message.split()))
    except Exception as error:
        # One broken story must not stop the batch; the parent reports it as failed.
        message = f"{job.source}: internal error: {type(error).__name__}: {error}"
        return Outcome(error=" ".join(message.split()))
    return Outcome(book=book)


# --- running the jobs -----------------------------------------------------------------------

Runner = Callable[[Iterable[tuple[int, Job]]], Iterator[tuple[int, Outcome]]]
"""Runs numbered jobs and yields each number with its outcome, in the order they finish."""


def default_jobs() -> int:
    """How many worker processes to start: the CPUs this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def run_in_process(jobs: Iterable[tuple[int, Job]]) -> Iterator[tuple[int, Outcome]]:
    """Run the jobs one after another in this process (``--jobs 1``)."""
    for index, job in jobs:
        yield index, render_job(job)


def process_runner(workers: int) -> Runner:
    """A runner with ``workers`` processes started with "spawn" (safe on every platform)."""

    def run(jobs: Iterable[tuple[int, Job]]) -> Iterator[tuple[int, Outcome]]:
        # Imported here: a single-story conversion should not pay for process pools.
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as executor:
            # A few jobs per worker in flight: enough to keep them busy, while the stories
            # not yet started stay unread on disk instead of queued in memory.
            yield from windowed(executor.submit, jobs, limit=2 * workers)

    return run


def windowed(
    submit: Callable[[Callable[[Job], Outcome], Job], Future[Outcome]],
    jobs: Iterable[tuple[int, Job]],
    *,
    limit: int,
) -> Iterator[tuple[int, Outcome]]:
    """Submit jobs keeping at most ``limit`` unfinished; yield each outcome as it finishes."""
    # Imported here: a one-story conversion loads this module but never runs a pool.
    from concurrent.futures import FIRST_COMPLETED, wait

    pending: dict[Future[Outcome], tuple[int, str]] = {}
    queue = iter(jobs)
    exhausted = False
    while True:
        while not exhausted and len(pending) < limit:
            item = next(queue, None)
            if item is None:
                exhausted = True
                break
            index, job = item
            try:
                pending[submit(render_job, job)] = (index, job.source)
            except Exception as error:
                # A broken pool (a worker killed by the system) refuses new work at once.
                yield index, worker_failure(job.source, error)
        if not pending:
            return
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        for future in sorted(done, key=lambda item: pending[item][0]):
            index, source = pending.pop(future)
            try:
                outcome = future.result()
            except Exception as error:
                # A worker that died, or a cluster that lost it, fails its story, not the batch.
                outcome = worker_failure(source, error)
            yield index, outcome


def worker_failure(source: str, error: BaseException) -> Outcome:
    """The outcome of a story whose worker failed rather than the story itself."""
    message = f"{source}: the worker failed: {type(error).__name__}: {error}"
    return Outcome(error=" ".join(message.split()))
