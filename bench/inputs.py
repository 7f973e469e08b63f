"""Build the benchmark's input stories: sized single stories and batches of small ones."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import prose

SEED_NAME = "002_"
"""The seed story the sized inputs are made from (a 61 KB story with a header, no chapters)."""
UNIT_BYTES = 61_000
"""Size of the generated stand-in for that seed when the seeds are absent."""
COPIES = 20
"""Copies of the unit in the 1.2 MB story (each under its own "Chapter N" line)."""

SIZES: dict[str, int] = {"10k": 10_000, "100k": 100_000, "1.2m": 0, "12m": 0}
"""Size names and their byte targets; 0 means "built from whole copies" (20 or 200 chapters)."""


@dataclass(frozen=True, slots=True)
class Material:
    """The unit the sized stories are made of, and where it came from."""

    unit: bytes
    """One story's text, stripped, as UTF-8."""
    origin: str
    """A short description for the report ("seed 002" or "generated")."""


def find_seeds(repo: Path) -> Path | None:
    """The shared seeds folder next to the repository, when it exists."""
    seeds = (repo / ".." / "shared" / "seeds").resolve()
    return seeds if seeds.is_dir() else None


def material(seeds: Path | None) -> Material:
    """Seed 002 when the seeds folder holds it, else an original generated story of that size."""
    if seeds is not None:
        for path in sorted(seeds.glob(f"{SEED_NAME}*.txt")):
            return Material(path.read_bytes().strip(), f"seed {path.name}")
    text = prose.story(2, UNIT_BYTES, chapters=0)
    return Material(text.encode().strip(), "generated (no seeds folder)")


def chaptered(unit: bytes, copies: int) -> bytes:
    """``copies`` copies of ``unit``, each under a "Chapter N" line."""
    parts = [b"Chapter %d\n\n%s\n" % (number, unit) for number in range(1, copies + 1)]
    return b"\n".join(parts)


def cut(text: bytes, target: int) -> bytes:
    """The longest prefix of ``text`` of at most ``target`` bytes that ends at a paragraph."""
    if len(text) <= target:
        return text
    end = text.rfind(b"\n\n", 0, target)
    # A paragraph longer than the target: cut at the last line end instead.
    end = end if end > 0 else text.rfind(b"\n", 0, target)
    return text[: max(end, 1)] + b"\n"


def sized_story(source: Material, name: str) -> bytes:
    """The story for one size name (see :data:`SIZES`)."""
    base = chaptered(source.unit, COPIES)
    if name == "12m":
        return chaptered(source.unit, COPIES * 10)
    if name == "1.2m":
        return base
    return cut(base, SIZES[name])


def write_sized(source: Material, names: list[str], folder: Path) -> dict[str, Path]:
    """Write one story file per size name; returns their paths by name."""
    folder.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    for name in names:
        path = folder / f"story-{name}.txt"
        path.write_bytes(sized_story(source, name))
        paths[name] = path
    return paths


def write_batch(count: int, folder: Path, *, size: int = 20_000, first_seed: int = 1000) -> Path:
    """Write ``count`` different generated stories of about ``size`` bytes into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        text = batch_story(first_seed + index, size)
        (folder / f"batch-{index:04d}.txt").write_text(text, encoding="utf-8")
    return folder


def batch_story(seed: int, size: int = 20_000) -> str:
    """One generated batch story; one to four chapters, so a batch is not all one shape."""
    return prose.story(seed, size, chapters=1 + seed % 4)


def human_size(count: int) -> str:
    """Bytes as "12.2 MB" / "100 KB" (decimal units, as the targets are written)."""
    if count >= 1_000_000:
        return f"{count / 1_000_000:.2f} MB"
    return f"{count / 1000:.0f} KB"
