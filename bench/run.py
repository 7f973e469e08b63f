"""Benchmark fic2epub's conversion speed and memory against its targets and pandoc/Calibre.

Run from the repository root: ``python bench/run.py`` (``--help`` lists the options). It always
exits 0: the PASS/FAIL lines are figures for a person to read, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
VENV_PYTHON = REPO / ".venv" / "bin" / "python"


def _use_project_python() -> None:
    """Re-run under the project's virtualenv when started with an interpreter lacking fic2epub."""
    try:
        import fic2epub  # noqa: F401
    except ImportError:
        if VENV_PYTHON.exists() and Path(sys.executable) != VENV_PYTHON:
            os.execv(VENV_PYTHON, [str(VENV_PYTHON), *sys.argv])
        sys.exit("bench: fic2epub is not importable; install it (pip install -e .) first")


_use_project_python()

import inputs  # noqa: E402  (after the interpreter check, which may re-exec)
import procs  # noqa: E402
import report  # noqa: E402

WORKER = Path(__file__).resolve().parent / "worker.py"
ALL_SIZES = ["10k", "100k", "1.2m", "12m"]
LARGE = {"12m"}
"""Sizes run fewer times: each run takes seconds for fic2epub and minutes for the others."""


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python bench/run.py", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="3 runs, no 12 MB story, no 1,000 batch"
    )
    parser.add_argument("--sizes", help=f"comma-separated sizes from {','.join(ALL_SIZES)}")
    parser.add_argument("--repeat", type=int, help="runs per size and tool (default 5, quick 3)")
    parser.add_argument("--no-compare", action="store_true", help="skip pandoc and Calibre")
    parser.add_argument(
        "--compare-large",
        action="store_true",
        help="also run Calibre on the 12 MB story (about 10 minutes on 2 cores)",
    )
    parser.add_argument("--no-stages", action="store_true", help="skip the in-process stage times")
    parser.add_argument("--jobs", type=int, default=2, help="jobs for the batch runs (default 2)")
    parser.add_argument("--batch", type=int, help="stories in the batch target (default 1000)")
    parser.add_argument("--scaling", type=int, default=200, help="stories in the 1-vs-N-jobs batch")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="cProfile a batch story and the 1.2 MB and 12 MB ones",
    )
    parser.add_argument("--generated", action="store_true", help="ignore the seeds folder")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    parser.add_argument("--markdown", action="store_true", help="print tables as Markdown")
    args = parser.parse_args(argv)
    args.repeat = args.repeat or (3 if args.quick else 5)
    default_sizes = ALL_SIZES[:-1] if args.quick else ALL_SIZES
    args.sizes = args.sizes.split(",") if args.sizes else default_sizes
    unknown = [size for size in args.sizes if size not in inputs.SIZES]
    if unknown:
        parser.error(f"unknown sizes {unknown}; choose from {ALL_SIZES}")
    args.batch = args.batch if args.batch is not None else (0 if args.quick else 1000)
    return args


def _version_of(argv: list[str]) -> str:
    """The first line a tool prints for its version, or "absent"."""
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=120, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "absent"
    return (done.stdout or done.stderr).strip().splitlines()[0] if done.returncode == 0 else "?"


def _competitors(args: argparse.Namespace) -> dict[str, str]:
    """The comparison tools found on PATH, by name; prints a note for each one missing."""
    if args.no_compare:
        return {}
    found: dict[str, str] = {}
    for name, command in (("pandoc", "pandoc"), ("calibre", "ebook-convert")):
        path = shutil.which(command)
        if path:
            found[name] = path
        else:
            print(f"note: {command} not found, skipping {name} (apt-get install -y {name})")
    return found


def _commands(tool: str, path: str, source: Path, out: Path, fic: str) -> list[str]:
    if tool == "fic2epub":
        return [fic, "convert", str(source), "-o", str(out / f"{source.stem}.epub")]
    if tool == "pandoc":
        return [path, "-f", "markdown", "-o", str(out / f"{source.stem}.pandoc.epub"), str(source)]
    return [path, str(source), str(out / f"{source.stem}.calibre.epub")]


def _sizes(
    args: argparse.Namespace, paths: dict[str, Path], fic: str, others: dict[str, str], out: Path
) -> dict[str, Any]:
    """Whole-process runs per size, the tools interleaved round by round."""
    results: dict[str, Any] = {}
    tools = {"fic2epub": fic, **others}
    for size, source in paths.items():
        rounds = min(args.repeat, 3) if size in LARGE else args.repeat
        series = {tool: procs.Series() for tool in tools}
        print(f"  {size}: {rounds} rounds of {', '.join(tools)}", flush=True)
        for number in range(rounds):
            for tool, path in tools.items():
                # The other tools take minutes on the largest story: one run is enough there,
                # and Calibre (near ten minutes) only when asked for.
                if tool != "fic2epub" and size in LARGE and number > 0:
                    continue
                if tool == "calibre" and size in LARGE and not args.compare_large:
                    continue
                argv = _commands(tool, path, source, out, fic)
                series[tool].runs.append(procs.measure(argv, env=None))
        entry: dict[str, Any] = {"bytes": source.stat().st_size}
        for tool, found in series.items():
            if not found.ok:
                if found.runs:
                    print(f"    {tool} failed on {size}: {found.error}")
                continue
            entry[tool] = found.median
            entry[f"{tool}_min"] = min(run.seconds for run in found.runs)
            entry[f"{tool}_rss"] = found.peak_rss
            entry[f"{tool}_cpu"] = found.cpu
            entry[f"{tool}_runs"] = len(found.runs)
        results[size] = entry
    return results


def _worker(*arguments: str) -> dict[str, Any] | None:
    """Run ``worker.py`` in a fresh process and return its JSON, or None after printing why."""
    done = subprocess.run(
        [sys.executable, str(WORKER), *arguments], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or ["no output"]
        print(f"    worker {arguments[0]} failed: {tail[0]}")
        return None
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _batch_cli(fic: str) -> bool:
    """Whether ``fic2epub convert`` takes many inputs with ``--output-dir`` and ``--jobs``."""
    text = subprocess.run(
        [fic, "convert", "--help"], capture_output=True, text=True, check=False
    ).stdout
    return "--output-dir" in text and "--jobs" in text


def _batch(folder: Path, out: Path, jobs: int, fic: str, real_cli: bool) -> procs.Run | None:
    """Whole-process wall time of one batch conversion of every story in ``folder``."""
    shutil.rmtree(out, ignore_errors=True)
    if real_cli:
        stories = [str(path) for path in sorted(folder.glob("*.txt"))]
        argv = [fic, "convert", *stories, "--output-dir", str(out), "--jobs", str(jobs)]
    else:
        argv = [sys.executable, str(WORKER), "batch", str(folder), str(out), "--jobs", str(jobs)]
    run = procs.measure(argv, env=None, timeout=1800)
    if not run.ok:
        print(f"    batch with {jobs} jobs failed: {run.error}")
        return None
    made = len(list(out.glob("*.epub")))
    expected = len(list(folder.glob("*.txt")))
    if made != expected:
        print(f"    batch with {jobs} jobs made {made} books from {expected} stories")
    return run


def _batches(args: argparse.Namespace, work: Path, fic: str) -> tuple[dict[str, Any], ...]:
    """The N-jobs speed-up on the scaling batch, and the big batch with N jobs."""
    real_cli = _batch_cli(fic)
    how = (
        "fic2epub convert --output-dir --jobs"
        if real_cli
        else (
            "simulated: in-process conversions in a ProcessPoolExecutor (the CLI has no batch mode)"
        )
    )
    print(f"  batch command: {how}", flush=True)
    scaling: dict[str, Any] = {"count": args.scaling, "jobs": args.jobs, "how": how}
    if args.scaling:
        folder = inputs.write_batch(args.scaling, work / "scaling")
        # Interleave 1 and N jobs so drift in the machine's speed hits both alike.
        for _ in range(2):
            for jobs in (1, args.jobs):
                run = _batch(folder, work / f"scaling-out-{jobs}", jobs, fic, real_cli)
                best = scaling.get(str(jobs))
                # The faster of two tries: other work on the machine only ever slows a run.
                if run is not None and (best is None or run.seconds < best):
                    scaling[str(jobs)] = run.seconds
                    scaling[f"{jobs}_cpu"] = run.cpu
    batch: dict[str, Any] = {"count": args.batch, "jobs": args.jobs, "how": how}
    if args.batch:
        folder = inputs.write_batch(args.batch, work / "batch")
        run = _batch(folder, work / "batch-out", args.jobs, fic, real_cli)
        if run is not None:
            batch["seconds"], batch["cpu"] = run.seconds, run.cpu
    return scaling, batch


def _profiles(args: argparse.Namespace, paths: dict[str, Path], out: Path) -> dict[str, Any]:
    found: dict[str, Any] = {}
    # One batch story too: at 20 KB the fixed cost per book matters more than the text.
    paths = dict(paths)
    paths["20k batch story"] = out / "profile-batch-story.txt"
    paths["20k batch story"].write_text(inputs.batch_story(1001), encoding="utf-8")
    for size in ("20k batch story", "1.2m", "12m"):
        if size in paths:
            print(f"  profiling {size}", flush=True)
            dump = out / f"profile-{size.split()[0]}.prof"
            result = _worker(
                "profile",
                str(paths[size]),
                str(out / "profiled.epub"),
                "--top",
                "15",
                "--dump",
                str(dump),
            )
            if result is not None:
                result["dump"] = str(dump)
                found[size] = result
    return found


def measure_all(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    """Every measurement the options ask for, as one JSON-friendly dictionary."""
    fic = procs.venv_tool("fic2epub")
    if fic is None:
        sys.exit("bench: the fic2epub command is not installed")
    others = _competitors(args)
    seeds = None if args.generated else inputs.find_seeds(REPO)
    source = inputs.material(seeds)
    out = work / "out"
    out.mkdir(parents=True, exist_ok=True)
    paths = inputs.write_sized(source, args.sizes, work / "stories")
    # An installed wheel has its bytecode compiled; a checkout run with PYTHONDONTWRITEBYTECODE
    # would recompile every module in every process. Cache bytecode in the work folder instead
    # (not in the source tree), and warm it and the file cache with one uncounted run per tool.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    smallest = min(paths.values(), key=lambda path: path.stat().st_size)
    for tool, path in {"fic2epub": fic, **others}.items():
        procs.measure(_commands(tool, path, smallest, out, fic), env=None)
    results: dict[str, Any] = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "fic2epub": _version_of([fic, "--version"]),
            **{name: _version_of([path, "--version"]) for name, path in others.items()},
        },
        "material": source.origin,
        "repeat": args.repeat,
    }
    results["load_before"] = os.getloadavg()[0]
    print(f"material: {source.origin}; work folder {work}", flush=True)
    if results["load_before"] > 0.5:
        print(f"note: load average {results['load_before']:.1f} before starting: other work on")
        print("  this machine shares its CPUs with the benchmark, so the figures will be noisy")
    count = max(10, args.repeat * 4)
    results["version"] = procs.median_of([fic, "--version"], count).median
    results["python_floor"] = procs.median_of([sys.executable, "-c", "pass"], count).median
    print("whole-process conversions:", flush=True)
    results["sizes"] = _sizes(args, paths, fic, others, out)
    if not args.no_stages:
        print("in-process stages:", flush=True)
        results["stages"] = {}
        for size, path in paths.items():
            repeat = 1 if size in LARGE else min(args.repeat, 3)
            print(f"  {size}: {repeat} warm runs after a cold one", flush=True)
            result = _worker("stages", str(path), str(out / "stages.epub"), "--repeat", str(repeat))
            if result is not None:
                results["stages"][size] = result
    print("batches:", flush=True)
    results["scaling"], results["batch"] = _batches(args, work, fic)
    if args.profile:
        print("profiles:", flush=True)
        results["profiles"] = _profiles(args, paths, work)
    return results


def main(argv: list[str] | None = None) -> None:
    """Measure, print the tables and the targets, and exit 0."""
    args = _arguments(argv)
    started = time.perf_counter()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        results = measure_all(args, args.keep.resolve())
    else:
        with tempfile.TemporaryDirectory(prefix="fic2epub-bench-") as folder:
            results = measure_all(args, Path(folder))
    results["elapsed"] = time.perf_counter() - started
    results["load_after"] = os.getloadavg()[0]
    print()
    print(report.everything(results, markdown=args.markdown))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    # Benchmarks are figures to read, never a failing exit status.
    sys.exit(0)


if __name__ == "__main__":
    main()
