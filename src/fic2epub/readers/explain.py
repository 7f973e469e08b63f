"""``inspect --explain``: every input line with what it became and which rule decided."""

from __future__ import annotations

from fic2epub.options import ReadOptions
from fic2epub.readers.text import classify

_WIDTH = 60


def explain_lines(data: bytes, options: ReadOptions, source: str) -> str:
    """One line per source line: number, role, rule and the start of the line's text."""
    chunks = classify(data, options, source)
    rows: list[str] = []
    for chunk in chunks:
        role = chunk.role
        if chunk.role == "text" and chunk.break_before:
            rows.append(f"{'':>5}  {'scene-break':<12} {'blank-run-break':<28}")
        rule = chunk.rule or ("story-text" if role == "text" else "")
        label = f" [{chunk.label}]" if chunk.label else ""
        for offset, line in enumerate(chunk.lines):
            number = chunk.first + offset
            shown = line if len(line) <= _WIDTH else line[: _WIDTH - 1] + "…"
            tag = role + label if offset == 0 else "  (cont.)"
            rows.append(f"{number:>5}  {tag:<12} {rule if offset == 0 else '':<28} {shown}")
    return "\n".join(rows) + "\n"
