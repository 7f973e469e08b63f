"""``fic2epub convert`` with many stories: find them, name their books, run, report, sum up.

The parent process does all file access: it reads each story (and its sidecar), hands the
bytes to a worker (a local process, or a Dask worker with ``--dask-scheduler``), and writes
each book it gets back atomically. Workers only read, assemble and render.
"""

from __future__ import annotations

import dataclasses
import sys
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from fic2epub.batch import Job, Missing, Outcome, Runner, is_pattern
from fic2epub.batch_report import BatchReport
from fic2epub.errors import Fic2EpubError, UsageError
from fic2epub.options import WriteOptions
from fic2epub.overrides import Overrides


class BatchSettings(NamedTuple):
    """The batch flags of ``convert``."""

    output_dir: Path | None = None
    """Where the books go (default: the current folder)."""
    recursive: bool = False
    """Whether folders (and ``**`` in patterns) reach into subfolders."""
    jobs: int | None = None
    """Worker processes (default: one per CPU)."""
    skip_existing: bool = False
    """Leave alone books newer than their story and its sidecar."""
    dask_scheduler: str | None = None
    """The address of a Dask scheduler to run the batch on instead of local processes."""


def batch_requested(stories: Sequence[Path], settings: BatchSettings) -> bool:
    """Whether ``convert`` runs as a batch: several inputs, a pattern or any batch flag.

    A single existing path with no batch flag keeps the one-story behaviour exactly (a folder
    on its own is still refused as "not a story file").
    """
    if len(stories) != 1 or settings != BatchSettings():
        return True
    only = stories[0]
    return is_pattern(str(only)) and not only.exists()


def convert_many(
    stories: Sequence[Path],
    flags: Overrides,
    write: WriteOptions,
    settings: BatchSettings,
    *,
    report: BatchReport | None = None,
) -> int:
    """Convert every story ``stories`` name into ``settings.output_dir``; returns the exit code.

    ``flags`` are the story settings from the command line (each story's sidecar is merged
    under them) and ``write`` the book settings (each story's notes placement is filled in).
    Failures are counted and reported, never raised: the exit code is 1 when any story failed.
    """
    from fic2epub.batch import expand_inputs, plan_outputs
    from fic2epub.writers import EXTENSIONS

    if flags.title is not None:
        raise UsageError("--title names one story; it cannot be used when converting several")
    if settings.dask_scheduler is not None and settings.jobs is not None:
        raise UsageError("--jobs does not apply with --dask-scheduler: the cluster's workers run")
    found = expand_inputs(stories, recursive=settings.recursive)
    paths = [item for item in found if isinstance(item, Path)]
    directory = settings.output_dir or Path()
    targets = plan_outputs(paths, directory, EXTENSIONS.get(write.format, f".{write.format}"))
    report = report or BatchReport()
    report.start(len(found))
    for order, item in enumerate(found):
        if isinstance(item, Missing):
            report.failed_one(order, item.source, f"{item.source}: {item.reason}")
    orders = [order for order, item in enumerate(found) if isinstance(item, Path)]
    plan = _Plan(paths, targets, orders, flags, write, settings, report)
    try:
        for index, outcome in _runner(settings, len(paths))(plan.jobs()):
            plan.finish(index, outcome)
    except BaseException:
        # An unreachable scheduler or Ctrl-C: give the terminal back before the error shows.
        report.stop()
        raise
    report.finish()
    for target in report.written():
        sys.stdout.write(f"{target}\n")
    return 1 if report.failures else 0


def _runner(settings: BatchSettings, count: int) -> Runner:
    """Where the jobs run: the Dask cluster, worker processes, or this process for one job."""
    from fic2epub.batch import default_jobs, process_runner, run_in_process

    if settings.dask_scheduler is not None:
        from fic2epub.dask_batch import dask_runner

        return dask_runner(settings.dask_scheduler)
    workers = min(settings.jobs or default_jobs(), count)
    return process_runner(workers) if workers > 1 else run_in_process


class _Plan:
    """The parent's side of a batch: prepare each job, then write what comes back."""

    def __init__(
        self,
        paths: list[Path],
        targets: list[Path],
        orders: list[int],
        flags: Overrides,
        write: WriteOptions,
        settings: BatchSettings,
        report: BatchReport,
    ) -> None:
        self.paths = paths
        self.targets = targets
        self.orders = orders
        """Each story's place among the command's inputs, to report failures in that order."""
        self.flags = flags
        self.write = write
        self.settings = settings
        self.report = report
        # Resolved once: no book may replace any story of the batch, not only its own.
        self.inputs = {_resolved(path) for path in paths}

    def jobs(self) -> Iterator[tuple[int, Job]]:
        """Each story that needs converting, read and ready for a worker, in input order."""
        for index, (path, target) in enumerate(zip(self.paths, self.targets, strict=True)):
            try:
                job = self._prepare(path, target)
            except Fic2EpubError as error:
                self.report.failed_one(self.orders[index], str(path), _message(error, path))
                continue
            if job is None:
                self.report.skipped_one(str(path), target)
                continue
            yield index, job

    def _prepare(self, path: Path, target: Path) -> Job | None:
        """The job for one story, or None when its book is up to date; raises on bad input."""
        from fic2epub.cli_app import check_input
        from fic2epub.overrides import resolve, sidecar_path
        from fic2epub.readers import read_bytes

        check_input(path)
        read, notes = resolve(path, self.flags)
        if _resolved(target) in self.inputs:
            raise UsageError(
                "the book would overwrite a story file; choose another --output-dir",
                source=str(target),
            )
        if self.settings.skip_existing and _up_to_date(target, path, sidecar_path(path)):
            return None
        write = dataclasses.replace(self.write, notes=notes)
        return Job(source=str(path), data=read_bytes(path), read=read, write=write)

    def finish(self, index: int, outcome: Outcome) -> None:
        """Write one story's book (atomically, never over a story) or report why there is none."""
        from fic2epub.pipeline import warn_if_too_large
        from fic2epub.safe_io import write_atomic

        path, target = self.paths[index], self.targets[index]
        for line in outcome.warnings:
            self.report.warn(f"{path}: warning: {line}")
        if outcome.book is None:
            message = outcome.error or f"{path}: no book was made"
            self.report.failed_one(self.orders[index], str(path), message)
            return
        try:
            write_atomic(target, outcome.book, protect=(path,))
        except Fic2EpubError as error:
            self.report.failed_one(self.orders[index], str(path), _message(error, path))
            return
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            warn_if_too_large(target, outcome.book, self.write)
        for item in caught:
            self.report.warn(f"{path}: warning: {item.message}")
        self.report.converted_one(index, str(path), target)


def _message(error: Fic2EpubError, path: Path) -> str:
    """The error's one line, naming ``path`` when the error names no file itself."""
    return str(error) if error.source else f"{path}: {error}"


def _resolved(path: Path) -> Path:
    """``path`` made absolute with links followed, as far as the file system allows."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _up_to_date(target: Path, story: Path, sidecar: Path) -> bool:
    """Whether ``target`` exists and is newer than the story and its sidecar (if any)."""
    try:
        book_time = target.stat().st_mtime_ns
        newest = story.stat().st_mtime_ns
        if sidecar.is_file():
            newest = max(newest, sidecar.stat().st_mtime_ns)
    except OSError:
        return False
    return book_time > newest
