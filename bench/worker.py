"""Benchmark work done inside one fresh Python process: stage timings, batch loop, profile.

``run.py`` starts this script with the project's interpreter and reads one JSON object from its
standard output, so every measurement starts from a clean process and the driver's own memory
and imports never leak into the figures.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import resource
import statistics
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any


def _rss_mib() -> float:
    """This process's peak resident set size so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def _options(path: Path) -> tuple[Any, Any]:
    from fic2epub.options import ReadOptions, WriteOptions

    # The CLI passes a title made from the file name; so do we, to do the same work.
    return ReadOptions(fallback_title=path.stem), WriteOptions()


def _read_split(path: Path, read: Any) -> dict[str, float] | None:
    """Time the text reader's own steps (decode, the whole-text steps, layout, each pass,
    build), when it has them (a tree from before text_steps has not)."""
    try:
        from fic2epub.normalise.build import build_story
        from fic2epub.normalise.decode import decode
        from fic2epub.normalise.layout import layout
        from fic2epub.normalise.options_pass import apply_options
        from fic2epub.normalise.quoted import blockquote_notes, read_quotes
        from fic2epub.normalise.text_steps import TEXT_STEPS
        from fic2epub.readers import read_bytes
        from fic2epub.readers.text import passes
    except ImportError:
        return None
    times: dict[str, float] = {}
    source = str(path)
    times["file"], data = _timed(lambda: read_bytes(path))
    times["decode"], text = _timed(lambda: decode(data, source))
    times["text steps"] = 0.0
    for text_step in TEXT_STEPS:
        seconds, text = _timed(lambda text_step=text_step, text=text: text_step(text))
        times["text steps"] += seconds
    times["quotes"], (text, quotes) = _timed(lambda: read_quotes(text))
    times["layout"], chunks = _timed(lambda: layout(text, read.layout))
    for step in passes(read):
        seconds, chunks = _timed(lambda step=step, chunks=chunks: step.run(chunks))
        times[step.name] = seconds
    times["blockquote notes"], chunks = _timed(lambda: blockquote_notes(chunks, quotes))
    fallback = read.fallback_title or "Untitled"
    times["build"], story = _timed(
        lambda: build_story(chunks, source=source, fallback_title=fallback)
    )
    times["options"], _ = _timed(lambda: apply_options(story, read))
    return times


def _once(path: Path, out: Path, rss: dict[str, float] | None = None) -> dict[str, float]:
    """One conversion, stage by stage; the time of each (and the peak RSS after it, if asked)."""
    from fic2epub import pipeline
    from fic2epub.safe_io import write_atomic

    read, write = _options(path)
    times: dict[str, float] = {}
    times["read"], story = _timed(lambda: pipeline.read_story(path, read))
    if rss is not None:
        rss["read"] = _rss_mib()
    times["assemble"], book = _timed(lambda: pipeline.build_book([story], write))
    if rss is not None:
        rss["assemble"] = _rss_mib()
    times["write"], data = _timed(lambda: pipeline.render_book(book, write))
    if rss is not None:
        rss["write"] = _rss_mib()
    times["save"], _ = _timed(lambda: write_atomic(out, data, protect=(path,)))
    return times


def stages(path: Path, out: Path, repeat: int) -> dict[str, Any]:
    """Median in-process time of each pipeline stage over ``repeat`` warm runs."""
    import_time, _ = _timed(lambda: __import__("fic2epub.pipeline"))
    rss: dict[str, float] = {"start": _rss_mib()}
    # The first run pays for lazy imports and template compilation: report it apart.
    cold = _once(path, out, rss)
    samples: dict[str, list[float]] = {}
    split: dict[str, list[float]] = {}
    read, _ = _options(path)
    for _ in range(repeat):
        for name, seconds in _once(path, out).items():
            samples.setdefault(name, []).append(seconds)
        for name, seconds in (_read_split(path, read) or {}).items():
            split.setdefault(name, []).append(seconds)
    return {
        "import": import_time,
        "cold": cold,
        "warm": {name: statistics.median(values) for name, values in samples.items()},
        "read_split": {name: statistics.median(values) for name, values in split.items()},
        "rss_mib": rss,
    }


def _convert_one(job: tuple[str, str]) -> None:
    from fic2epub import pipeline

    source, target = Path(job[0]), Path(job[1])
    read, write = _options(source)
    pipeline.convert(source, target, read, write)


def batch(inputs: Path, outputs: Path, jobs: int) -> dict[str, Any]:
    """Convert every ``*.txt`` in ``inputs`` with a pool of ``jobs`` worker processes.

    This stands in for ``fic2epub convert`` with many inputs while the CLI has no batch mode:
    it imports the pipeline once, as such a command would, and the pool's workers are forked.
    """
    from fic2epub import pipeline  # noqa: F401  (imported before forking, as a CLI would)

    start = time.perf_counter()
    outputs.mkdir(parents=True, exist_ok=True)
    work = [
        (str(path), str(outputs / f"{path.stem}.epub")) for path in sorted(inputs.glob("*.txt"))
    ]
    # Chunks amortise the pool's per-task messaging without starving a worker at the end.
    chunk = max(1, len(work) // (jobs * 16))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for _ in pool.map(_convert_one, work, chunksize=chunk):
            pass
    return {"seconds": time.perf_counter() - start, "count": len(work)}


def _module_of(filename: str) -> str:
    """A short label for the module a profiled function lives in."""
    if filename.startswith("<") or filename == "~":
        return filename
    parts = Path(filename).parts
    if "site-packages" in parts:
        tail = parts[parts.index("site-packages") + 1 :]
        return tail[0].removesuffix(".py") if tail else filename
    if "fic2epub" in parts:
        index = len(parts) - 1 - parts[::-1].index("fic2epub")
        return "/".join(parts[index:]).removesuffix(".py").replace("/", ".")
    stdlib = Path(sys.base_prefix, "lib", f"python{sys.version_info[0]}.{sys.version_info[1]}")
    path = Path(filename)
    if path.is_relative_to(stdlib):
        return "stdlib " + ".".join(path.relative_to(stdlib).with_suffix("").parts)
    return path.name


def _by_module(entries: dict[Any, Any]) -> dict[str, float]:
    """Self time per module, counting C functions (file ``~``) as time of their callers.

    Without this, ``re.Pattern.sub`` or ``zlib`` show up as one anonymous "builtins" row; the
    per-caller split in pstats says which module called them and for how long.
    """
    by_module: dict[str, float] = {}
    for (filename, _, _), (_, _, self_time, _, callers) in entries.items():
        if filename != "~":
            module = _module_of(filename)
            by_module[module] = by_module.get(module, 0.0) + self_time
            continue
        if not callers:
            by_module["~"] = by_module.get("~", 0.0) + self_time
        for (caller_file, _, _), timing in callers.items():
            module = _module_of(caller_file)
            by_module[module] = by_module.get(module, 0.0) + timing[2]
    return by_module


def profile(path: Path, out: Path, top: int, dump: Path | None) -> dict[str, Any]:
    """cProfile one warm conversion: the top functions and the time per module (self time)."""
    from fic2epub import pipeline

    read, write = _options(path)
    # Warm up on the same input so imports and template compilation are not in the profile.
    pipeline.convert(path, out, read, write)
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.enable()
    pipeline.convert(path, out, read, write)
    profiler.disable()
    wall = time.perf_counter() - start
    stats = pstats.Stats(profiler)
    if dump is not None:
        stats.dump_stats(str(dump))
    entries = stats.stats  # type: ignore[attr-defined]  # pstats keeps its table here
    functions = [
        {
            "function": f"{_module_of(filename)}:{line}:{name}",
            "calls": calls,
            "self": self_time,
            "cumulative": cumulative,
        }
        for (filename, line, name), (_, calls, self_time, cumulative, _) in entries.items()
    ]
    by_self = sorted(functions, key=lambda entry: entry["self"], reverse=True)
    by_cumulative = sorted(functions, key=lambda entry: entry["cumulative"], reverse=True)
    modules = sorted(_by_module(entries).items(), key=lambda item: item[1], reverse=True)
    return {
        "wall": wall,
        "profiled_total": sum(value[2] for value in entries.values()),
        "modules": [{"module": name, "self": seconds} for name, seconds in modules[:top]],
        "self": by_self[:top],
        "cumulative": [e for e in by_cumulative if e["function"].startswith("fic2epub")][:top],
    }


def main(argv: list[str] | None = None) -> None:
    """Run one measurement named on the command line and print its result as JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    one = sub.add_parser("stages")
    one.add_argument("story", type=Path)
    one.add_argument("out", type=Path)
    one.add_argument("--repeat", type=int, default=3)
    many = sub.add_parser("batch")
    many.add_argument("inputs", type=Path)
    many.add_argument("outputs", type=Path)
    many.add_argument("--jobs", type=int, default=1)
    prof = sub.add_parser("profile")
    prof.add_argument("story", type=Path)
    prof.add_argument("out", type=Path)
    prof.add_argument("--top", type=int, default=20)
    prof.add_argument("--dump", type=Path)
    args = parser.parse_args(argv)
    if args.command == "stages":
        result = stages(args.story, args.out, args.repeat)
    elif args.command == "batch":
        result = batch(args.inputs, args.outputs, args.jobs)
    else:
        result = profile(args.story, args.out, args.top, args.dump)
    result["pid_rss_mib"] = _rss_mib()
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
