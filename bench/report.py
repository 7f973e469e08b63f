"""Format the benchmark's figures as plain-text (or Markdown) tables and check the targets."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Target:
    """One performance target and how the measured figure compares."""

    name: str
    """What is measured, as the issue words it."""
    limit: str
    """The target, in words."""
    measured: str
    """The figure from this run, or why there is none."""
    verdict: str
    """PASS, FAIL or SKIP."""
    note: str = ""
    """The same figure from the fastest runs and from CPU time, which other work on the
    machine disturbs less than the median wall time."""


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], *, markdown: bool) -> str:
    """Rows under headers, the first column left-aligned and the others right-aligned."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]

    def line(cells: Sequence[str]) -> str:
        # The first column names the row; the others hold figures, which read best right-aligned.
        padded = [
            str(cell).ljust(width) if index == 0 else str(cell).rjust(width)
            for index, (cell, width) in enumerate(zip(cells, widths, strict=True))
        ]
        return ("| " + " | ".join(padded) + " |") if markdown else "  ".join(padded).rstrip()

    if markdown:
        rule = "| " + " | ".join("-" * width for width in widths) + " |"
    else:
        rule = "  ".join("-" * width for width in widths)
    text = "\n".join([line(headers), rule, *(line(row) for row in rows)])
    # Markdown needs blank lines around a table, or the next line joins it as a row.
    return f"\n{text}\n" if markdown else text


def seconds(value: float | None) -> str:
    """A duration for a table cell: ms below a second, else seconds."""
    if value is None:
        return "-"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def mib(value: int | float | None) -> str:
    """Bytes as MiB for a table cell."""
    return "-" if value is None else f"{value / MIB:.0f} MiB"


def ratio(mine: float | None, theirs: float | None) -> str:
    """``mine / theirs`` with two decimals, or a dash."""
    if not mine or not theirs:
        return "-"
    return f"{mine / theirs:.2f}"


def check(
    name: str, limit: str, measured: float | None, bound: float, unit: str, note: str = ""
) -> Target:
    """A ``measured <= bound`` target; ``None`` means it was not measured in this run."""
    if measured is None:
        return Target(name, limit, "not measured", "SKIP")
    verdict = "PASS" if measured <= bound else "FAIL"
    return Target(name, limit, f"{measured:.3g}{unit}", verdict, note)


def _ratios(mine: dict[str, Any], mine_tool: str, theirs: dict[str, Any], tool: str) -> str:
    """ "fastest 0.31x, CPU 0.25x": the ratio from the fastest runs and from CPU times."""
    parts = []
    for label, suffix in (("fastest", "_min"), ("CPU", "_cpu")):
        a, b = mine.get(mine_tool + suffix), theirs.get(tool + suffix)
        if a and b:
            parts.append(f"{label} {a / b:.2f}x")
    return ", ".join(parts)


def targets(results: dict[str, Any]) -> list[Target]:
    """The issue's targets, checked against this run's figures."""
    sizes = results.get("sizes", {})
    mid, big = sizes.get("1.2m", {}), sizes.get("12m", {})
    found: list[Target] = []
    fic, pandoc = mid.get("fic2epub"), mid.get("pandoc")
    found.append(
        check(
            "1.22 MB story / pandoc, same run",
            "<= 0.10",
            fic / pandoc if fic and pandoc else None,
            0.10,
            "x",
            _ratios(mid, "fic2epub", mid, "pandoc"),
        )
    )
    version = results.get("version")
    found.append(
        check("fic2epub --version", "<= 120 ms", version * 1000 if version else None, 120, " ms")
    )
    scale = big.get("fic2epub") / mid["fic2epub"] if big.get("fic2epub") and fic else None
    note = _ratios(big, "fic2epub", mid, "fic2epub")
    found.append(check("12 MB time / 1.22 MB time", "<= 11", scale, 11.0, "x", note))
    rss = big.get("fic2epub_rss")
    found.append(check("12 MB peak RSS", "<= 150 MiB", rss / MIB if rss else None, 150.0, " MiB"))
    batch = results.get("batch", {})
    found.append(
        check(
            f"{batch.get('count') or 1000}-story batch, {batch.get('jobs', 2)} jobs",
            "<= 15 s",
            batch.get("seconds"),
            15.0,
            " s",
            # With every CPU free to it, a batch takes at least its CPU time over the jobs.
            f"CPU {batch['cpu']:.1f} s / {batch.get('jobs', 2)} jobs = "
            f"{batch['cpu'] / batch.get('jobs', 2):.1f} s at best"
            if batch.get("cpu")
            else "",
        )
    )
    scaling = results.get("scaling", {})
    one, two = scaling.get("1"), scaling.get(str(scaling.get("jobs", 2)))
    speedup = one / two if one and two else None
    if speedup is None:
        found.append(Target("batch speed-up, 1 -> 2 jobs", ">= 1.7x", "not measured", "SKIP"))
    else:
        verdict = "PASS" if speedup >= 1.7 else "FAIL"
        found.append(
            Target(
                f"{scaling.get('count', 200)}-story speed-up, 1 -> {scaling.get('jobs', 2)} jobs",
                ">= 1.7x",
                f"{speedup:.2f}x",
                verdict,
                f"CPU {scaling.get('1_cpu', 0):.1f} s with 1 job, "
                f"{scaling.get(str(scaling.get('jobs', 2)) + '_cpu', 0):.1f} s with "
                f"{scaling.get('jobs', 2)}",
            )
        )
    return found


def _whole(results: dict[str, Any], markdown: bool) -> str:
    headers = ["size", "input", "fic2epub", "min", "CPU", "peak RSS"]
    tools = [
        tool for tool in ("pandoc", "calibre") if any(tool in e for e in results["sizes"].values())
    ]
    for tool in tools:
        headers += [tool, f"fic/{tool}", f"{tool} RSS"]
    rows = []
    for size, entry in results["sizes"].items():
        fic = entry.get("fic2epub")
        row = [size, f"{entry['bytes']:,} B", seconds(fic), seconds(entry.get("fic2epub_min"))]
        row.append(seconds(entry.get("fic2epub_cpu")))
        row.append(mib(entry.get("fic2epub_rss")))
        for tool in tools:
            row += [seconds(entry.get(tool)), ratio(fic, entry.get(tool))]
            row.append(mib(entry.get(f"{tool}_rss")))
        rows.append(row)
    return table(headers, rows, markdown=markdown)


def _stages(results: dict[str, Any], markdown: bool) -> str:
    stages = results.get("stages", {})
    split_names: list[str] = []
    for entry in stages.values():
        split_names += [name for name in entry.get("read_split", {}) if name not in split_names]
    headers = ["size", "read", *(f"  {name}" for name in split_names)]
    headers += ["assemble", "write", "save", "warm total", "cold total", "RSS after write"]
    rows = []
    for size, entry in stages.items():
        warm, cold, split = entry["warm"], entry["cold"], entry.get("read_split", {})
        row = [size, seconds(warm["read"]), *(seconds(split.get(name)) for name in split_names)]
        row += [seconds(warm[name]) for name in ("assemble", "write", "save")]
        row += [seconds(sum(warm.values())), seconds(sum(cold.values()))]
        row.append(f"{entry['rss_mib'].get('write', 0):.0f} MiB")
        rows.append(row)
    return table(headers, rows, markdown=markdown)


def _batches(results: dict[str, Any], markdown: bool) -> str:
    rows = []
    scaling, batch = results.get("scaling", {}), results.get("batch", {})
    for jobs in ("1", str(scaling.get("jobs", 2))):
        value = scaling.get(jobs)
        if value is not None:
            per = value / scaling["count"]
            cpu = seconds(scaling.get(f"{jobs}_cpu"))
            rows.append([f"{scaling['count']} stories", jobs, seconds(value), cpu, seconds(per)])
    if batch.get("seconds") is not None:
        per = batch["seconds"] / batch["count"]
        rows.append(
            [
                f"{batch['count']} stories",
                str(batch["jobs"]),
                seconds(batch["seconds"]),
                seconds(batch.get("cpu")),
                seconds(per),
            ]
        )
    headers = ["batch (about 20 KB each)", "jobs", "wall", "CPU", "wall per story"]
    text = table(headers, rows, markdown=markdown)
    return f"{text}\n({scaling.get('how') or batch.get('how')})"


def _profiles(results: dict[str, Any], markdown: bool) -> str:
    parts = []
    for size, found in results.get("profiles", {}).items():
        total = found["profiled_total"] or 1.0
        rows = [
            [m["module"], seconds(m["self"]), f"{100 * m['self'] / total:.0f} %"]
            for m in found["modules"][:12]
        ]
        # The dump lives in the work folder, which is gone unless --keep named it.
        kept = f"; dump {found['dump']}" if Path(found["dump"]).exists() else ""
        parts.append(
            f"profile {size} (warm, under cProfile {seconds(found['wall'])}{kept}): "
            "self time by module, C calls charged to the caller"
        )
        parts.append(table(["module", "self", "share"], rows, markdown=markdown))
        rows = [
            [f["function"], str(f["calls"]), seconds(f["self"]), seconds(f["cumulative"])]
            for f in found["self"][:12]
        ]
        parts.append(table(["function", "calls", "self", "cumulative"], rows, markdown=markdown))
        rows = [
            [f["function"], str(f["calls"]), seconds(f["self"]), seconds(f["cumulative"])]
            for f in found["cumulative"][:12]
        ]
        parts.append(
            table(["fic2epub function", "calls", "self", "cumulative"], rows, markdown=markdown)
        )
    return "\n\n".join(parts)


def everything(results: dict[str, Any], *, markdown: bool = False) -> str:
    """The whole report: machine, tables, targets (and profiles when taken)."""
    machine = results["machine"]
    tools = ", ".join(
        str(value) for name, value in machine.items() if name not in {"cpus", "python", "platform"}
    )
    lines = [
        f"machine: {machine['cpus']} CPUs, Python {machine['python']}, {machine['platform']}",
        f"tools: {tools}",
        f"material: {results['material']}; {results['repeat']} runs per size "
        f"(12m: 3 for fic2epub, 1 for the others); took {results['elapsed']:.0f} s",
        f"load average (1 min) before/after: {results.get('load_before', 0):.1f} / "
        f"{results.get('load_after', 0):.1f}  (above 0.5: other work shared the CPUs)",
        "",
        f"fic2epub --version: {seconds(results['version'])} "
        f"(bare interpreter start: {seconds(results['python_floor'])})",
        "",
        "whole process, median wall time and peak RSS per size:",
        _whole(results, markdown),
    ]
    if results.get("stages"):
        lines += [
            "",
            "in-process stages (median of warm runs; read is split into its steps):",
            _stages(results, markdown),
        ]
    lines += ["", _batches(results, markdown), ""]
    rows = [[t.name, t.limit, t.measured, t.verdict, t.note] for t in targets(results)]
    headers = ["target", "limit", "measured", "result", "fastest runs / CPU time"]
    lines += ["targets:", table(headers, rows, markdown=markdown)]
    if results.get("profiles"):
        lines += ["", _profiles(results, markdown)]
    return "\n".join(lines)
