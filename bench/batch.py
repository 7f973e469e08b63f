"""Benchmark batch conversion: the same 200 stories with 1 job, then with 2 (and on Dask).

Run from the repository root: ``python bench/batch.py`` (``--help`` lists the options). It
writes generated stories (original text, made up here) into a temporary folder, runs
``fic2epub convert FOLDER --output-dir OUT --jobs N`` as a real process for each job count,
interleaving the runs so that drift in the machine's speed hits every count alike, and prints
the best time of each, the speed-up and whether every run made byte-identical books. The
target is a speed-up of at least 1.7 with 2 jobs; the exit code is 0 either way (the figures
are for a person to read), unless the books differ between runs.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET_SPEEDUP = 1.7
EPOCH = "1700000000"

# Words for made-up stories about an invented canal town; nothing here is anybody's story.
NAMES = ("Odile", "Bram", "Sefa", "Lorne", "Tamsin", "Emrys", "Ysolde", "Pim")
VERBS = ("carried", "mended", "counted", "hid", "found", "lost", "weighed", "polished")
THINGS = ("the lock key", "a coil of rope", "the ledger", "a jar of pitch", "the bell rope")
PLACES = ("the lock gates", "the towpath", "the boatyard", "the toll house", "the weir")
LINES = (
    "Nobody ever asks the canal what it wants.",
    "The water was the colour of old pewter.",
    "Somewhere a dog barked twice and thought better of it.",
    "It was, by any measure, a ridiculous plan.",
)


def story(seed: int, words: int) -> str:
    """A deterministic original story of about ``words`` words in three chapters."""
    rng = random.Random(seed)
    author = f"{rng.choice(NAMES)} {rng.choice(('Vale', 'Marsh', 'Orme', 'Tull'))}"
    lines = [
        f"Title: Towpath Tales {seed}",
        f"Author: {author}",
        "Fandom: Original Work",
        "Rating: G",
        f"Summary: Story {seed} of the benchmark, about {rng.choice(THINGS)}.",
        "",
        "A/N: Written by a random number generator for a benchmark. Be kind!",
        "",
    ]
    per_chapter = max(1, words // 3)
    for chapter in range(1, 4):
        lines += [f"Chapter {chapter}", ""]
        count = 0
        while count < per_chapter:
            a, b = rng.sample(NAMES, 2)
            sentence = (
                f"{a} {rng.choice(VERBS)} {rng.choice(THINGS)} down to {rng.choice(PLACES)} "
                f'while {b} watched. "Again?" said {b}. {rng.choice(LINES)}'
            )
            lines += [sentence, ""]
            count += len(sentence.split())
        if chapter < 3:
            lines += ["* * *", ""]
    return "\n".join(lines)


def write_stories(folder: Path, count: int, words: int) -> None:
    """``count`` stories in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for seed in range(count):
        text = story(seed, words)
        (folder / f"towpath-{seed:04d}.txt").write_text(text, encoding="utf-8")


def fic2epub_command() -> list[str]:
    """How to run this checkout's fic2epub (the virtualenv's, else the current Python's)."""
    venv = REPO / ".venv" / "bin" / "python"
    python = str(venv) if venv.exists() else sys.executable
    return [python, "-m", "fic2epub"]


def run_batch(folder: Path, out: Path, extra: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (of fic2epub and its workers) of one batch; exits on failure."""
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    argv = [*fic2epub_command(), "convert", str(folder), "--output-dir", str(out), *extra]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, env=env, check=False)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        tail = "\n".join(done.stderr.splitlines()[-5:])
        raise SystemExit(f"bench: {' '.join(argv)} failed ({done.returncode}):\n{tail}")
    return seconds, cpu


def same_books(first: Path, second: Path) -> bool:
    """Whether two output folders hold the same files with the same bytes."""
    names = sorted(path.name for path in first.iterdir())
    if names != sorted(path.name for path in second.iterdir()):
        return False
    _, mismatch, errors = filecmp.cmpfiles(first, second, names, shallow=False)
    return not mismatch and not errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python bench/batch.py", description=__doc__)
    parser.add_argument("--stories", type=int, default=200, help="stories (default 200)")
    parser.add_argument("--words", type=int, default=3000, help="words per story (default 3000)")
    parser.add_argument("--runs", type=int, default=3, help="runs per job count (default 3)")
    parser.add_argument("--jobs", type=int, default=2, help="the parallel job count (default 2)")
    parser.add_argument("--dask", metavar="ADDRESS", help="also time a run on this scheduler")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args(argv)
    work = args.keep or Path(tempfile.mkdtemp(prefix="fic2epub-batch-bench-"))
    try:
        folder = work / "stories"
        write_stories(folder, args.stories, args.words)
        counts = {"1 job": ["--jobs", "1"], f"{args.jobs} jobs": ["--jobs", str(args.jobs)]}
        if args.dask:
            counts["dask"] = ["--dask-scheduler", args.dask]
        best: dict[str, float] = {}
        load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
        print(f"{args.stories} stories of about {args.words} words, {os.cpu_count()} CPUs")
        print(f"load average before the runs: {load} (other work skews the speed-up)")
        for run in range(1, args.runs + 1):
            for label, extra in counts.items():
                out = work / f"out-{label.replace(' ', '-')}"
                seconds, cpu = run_batch(folder, out, extra)
                best[label] = min(best.get(label, seconds), seconds)
                print(f"  run {run}: {label:>8}: {seconds:6.2f} s wall, {cpu:6.2f} s CPU")
        print("best times:")
        for label, seconds in best.items():
            rate = args.stories / seconds
            print(f"  {label:>8}: {seconds:6.2f} s  ({rate:5.1f} stories/s)")
        speedup = best["1 job"] / best[f"{args.jobs} jobs"]
        verdict = "PASS" if speedup >= TARGET_SPEEDUP else "FAIL"
        print(f"{verdict}: {args.jobs} jobs are {speedup:.2f}x faster than 1 (target >= 1.7x)")
        outputs = [work / f"out-{label.replace(' ', '-')}" for label in counts]
        identical = all(same_books(outputs[0], other) for other in outputs[1:])
        print(f"{'PASS' if identical else 'FAIL'}: the books are byte-identical across runs")
        return 0 if identical else 1
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
