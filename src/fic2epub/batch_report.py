"""What a batch tells the user: a progress bar on a terminal, one line per story otherwise."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

PREFIX = "fic2epub: "


class BatchReport:
    """Counts and shows what happens to each story of a batch, then sums it up.

    On a terminal a rich progress bar shows the count (warnings are printed above it); on
    anything else, each story gets one plain line on ``stream`` as it finishes. Failures are
    named with their reason once, in the summary.
    """

    def __init__(self, stream: TextIO | None = None, *, bar: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.bar = self.stream.isatty() if bar is None else bar
        self.total = 0
        self.done = 0
        self.converted: list[tuple[int, Path]] = []
        self.skipped = 0
        self._failures: list[tuple[int, str]] = []
        self._progress: Progress | None = None
        self._task: TaskID | None = None

    def start(self, total: int) -> None:
        """Begin a batch of ``total`` stories."""
        self.total = total
        if self.bar:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            console = Console(file=self.stream, highlight=False)
            self._progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=console,
            )
            self._task = self._progress.add_task("converting", total=total)
            self._progress.start()

    def converted_one(self, index: int, source: str, target: Path) -> None:
        """Story number ``index`` became ``target``."""
        self.converted.append((index, target))
        self._step(f"converted {source} -> {target}")

    def skipped_one(self, source: str, target: Path) -> None:
        """The book of ``source`` is newer than the story: left as it is."""
        self.skipped += 1
        self._step(f"skipped {source} ({target} is up to date)")

    def failed_one(self, order: int, source: str, message: str) -> None:
        """Input number ``order`` gave no book; ``message`` is the one-line reason naming it."""
        self._failures.append((order, " ".join(message.split())))
        self._step(f"FAILED {source}")

    @property
    def failures(self) -> list[str]:
        """Each failure's one-line message, in input order (workers finish in any order)."""
        return [message for _, message in sorted(self._failures)]

    def warn(self, message: str) -> None:
        """A warning, one line, naming its file."""
        self._print(PREFIX + " ".join(message.split()))

    def stop(self) -> None:
        """Take the progress bar off the terminal (the batch ended, or was cut short)."""
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def finish(self) -> None:
        """Stop the bar and print the summary: counts, then each failure with its reason."""
        self.stop()
        counts = (
            f"{len(self.converted)} converted, {self.skipped} skipped, {len(self.failures)} failed"
        )
        self.stream.write(f"{PREFIX}{counts}\n")
        for failure in self.failures:
            self.stream.write(f"{PREFIX}failed: {failure}\n")
        self.stream.flush()

    def written(self) -> list[Path]:
        """The books written, in input order."""
        return [target for _, target in sorted(self.converted)]

    def _step(self, line: str) -> None:
        """One more story done: advance the bar, or print its line."""
        self.done += 1
        if self._progress is not None and self._task is not None:
            failed = f" ({len(self.failures)} failed)" if self.failures else ""
            self._progress.update(self._task, advance=1, description=f"converting{failed}")
            return
        width = len(str(self.total))
        self.stream.write(f"{PREFIX}[{self.done:>{width}}/{self.total}] {line}\n")
        self.stream.flush()

    def _print(self, line: str) -> None:
        """A line above the bar, or just a line."""
        if self._progress is not None:
            self._progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            self.stream.write(line + "\n")
            self.stream.flush()
