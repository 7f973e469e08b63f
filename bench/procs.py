"""Run one command in a fresh process and measure its wall time and peak resident memory."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Run:
    """One finished process."""

    seconds: float
    """Wall time from spawn to exit, as seen by the parent."""
    peak_rss: int
    """Peak resident set size of that process, in bytes (``ru_maxrss`` from ``wait4``)."""
    cpu: float
    """User plus system CPU seconds of the process and of the children it waited for."""
    ok: bool
    """Whether it exited with status 0."""
    error: str = ""
    """The end of its stderr when it failed."""


@dataclass(slots=True)
class Series:
    """Repeated runs of the same command."""

    runs: list[Run] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether at least one run worked and none failed."""
        return bool(self.runs) and all(run.ok for run in self.runs)

    @property
    def median(self) -> float:
        """Median wall time of the runs, in seconds."""
        return statistics.median(run.seconds for run in self.runs)

    @property
    def cpu(self) -> float:
        """Median CPU time of the runs, in seconds."""
        return statistics.median(run.cpu for run in self.runs)

    @property
    def peak_rss(self) -> int:
        """Largest peak RSS of the runs, in bytes."""
        return max(run.peak_rss for run in self.runs)

    @property
    def error(self) -> str:
        """The first failure's message, if any."""
        return next((run.error for run in self.runs if not run.ok), "")


def measure(
    argv: list[str], *, cwd: Path | None = None, timeout: float = 900.0, env: dict[str, str] | None
) -> Run:
    """Run ``argv`` once with no input and discarded output; time it and read its peak RSS.

    ``os.wait4`` returns the resource usage of this child and of the processes it waited for
    in turn (fic2epub's helpers and workers), unlike ``RUSAGE_CHILDREN``, which would cover
    every child this script ever waited for. Their CPU times add up; ``ru_maxrss`` is the
    largest single peak among them (Linux takes the maximum), not the sum of processes that
    ran side by side.
    """
    with tempfile.TemporaryFile() as stderr:
        start = time.perf_counter()
        process = subprocess.Popen(
            argv,
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
        # A blocking wait4 costs the machine nothing while the child runs; a timer kills a hung one.
        killer = threading.Timer(timeout, process.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            killer.cancel()
        seconds = time.perf_counter() - start
        # The Popen object must not try to reap the pid that wait4 already collected.
        process.returncode = os.waitstatus_to_exitcode(status)
        ok = process.returncode == 0
        message = ""
        if not ok:
            stderr.seek(0)
            tail = stderr.read().decode("utf-8", "replace").strip().splitlines()[-3:]
            message = " | ".join(tail) or f"exit status {process.returncode}"
    # Linux reports ru_maxrss in KiB.
    cpu = usage.ru_utime + usage.ru_stime
    return Run(seconds, usage.ru_maxrss * 1024, cpu, ok, message)


def venv_tool(name: str) -> str | None:
    """A console script next to the running interpreter (the project's venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    return shutil.which(name)


def median_of(argv: list[str], count: int, env: dict[str, str] | None = None) -> Series:
    """``count`` runs of the same command, one after another."""
    series = Series()
    for _ in range(count):
        series.runs.append(measure(argv, env=env))
    return series
