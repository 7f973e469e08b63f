"""Read ``.``-separated fixture files: a title line, the input, the expected output."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "passes"


@dataclass(frozen=True)
class Case:
    """One fixture case."""

    title: str
    source: str
    expected: str
    line: int

    def __str__(self) -> str:
        return f"{self.line}: {self.title}"


def read_cases(name: str) -> list[Case]:
    """Cases from ``fixtures/passes/NAME.txt``, in the markdown-it-py fixture style.

    Each case is a title line, then ``.``, the input, ``.``, the expected output, ``.``.
    A line that is a lone ``.`` inside the input or output is written ``\\.``.
    """
    lines = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8").split("\n")
    cases: list[Case] = []
    index = 0
    while index < len(lines):
        if not lines[index].strip():
            index += 1
            continue
        title, start = lines[index], index + 1
        assert lines[start] == ".", f"{name}.txt:{start + 1}: expected '.'"
        source_end = lines.index(".", start + 1)
        expected_end = lines.index(".", source_end + 1)
        source = _unescape(lines[start + 1 : source_end])
        expected = _unescape(lines[source_end + 1 : expected_end])
        cases.append(Case(title, source, expected, index + 1))
        index = expected_end + 1
    return cases


def _unescape(lines: list[str]) -> str:
    return "\n".join("." if line == "\\." else line for line in lines)
