"""``inspect --explain``: every input line with what it became and which rule decided.

Most lines are decided by the chunk passes, and each chunk carries its role and rule. A few
steps work on the whole text before it is cut into lines (:data:`TEXT_STEPS`: a published
Google Doc's frame, a word processor's comment list, an old.reddit page's comments…). What
they remove never reaches a chunk, and a step that drops lines also moves every later line
number. So the explanation runs those steps itself, one at a time, and follows each input
line through them: a line a step emptied or removed is shown as ``dropped`` by that step,
and every other line keeps the number it has in the file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from fic2epub.normalise.chunks import Chunks
from fic2epub.normalise.decode import decode
from fic2epub.normalise.lynx import LYNX_STEPS, lynx_dump
from fic2epub.normalise.text_steps import TEXT_STEPS
from fic2epub.options import ReadOptions
from fic2epub.readers.text import classify_text

_WIDTH = 60


@dataclass(slots=True)
class _Trace:
    """Where each line of the text as it now stands came from in the decoded input."""

    origin: list[int | None]
    """1-based input line number of each current line; None for a line a step added."""
    dropped: dict[int, str] = field(default_factory=dict)
    """Input line number -> the step that took its text away."""

    def follow(self, before: list[str], after: list[str], step: str) -> None:
        """Carry the line numbers across one step that turned ``before`` into ``after``."""
        origin: list[int | None] = [None] * len(after)
        # A step that keeps the line count rewrites its lines in place (its docstring says
        # "line breaks are kept"): pair them one to one, as a diff of many rewritten lines
        # can pair a blanked line with a blank line far away and lose every number between.
        opcodes = (
            [("replace", 0, len(before), 0, len(after))]
            if len(before) == len(after)
            else SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
        )
        for _, i1, i2, j1, j2 in opcodes:
            # Equal runs map one to one; a rewritten run pairs its lines in order (a step
            # that rewrites a line in place keeps it), and what is left over on the old side
            # was removed.
            paired = min(i2 - i1, j2 - j1)
            for k in range(paired):
                origin[j1 + k] = self.origin[i1 + k]
                if before[i1 + k].strip() and not after[j1 + k].strip():
                    self._drop(self.origin[i1 + k], step)
            for i in range(i1 + paired, i2):
                if before[i].strip():
                    self._drop(self.origin[i], step)
        self.origin = origin

    def _drop(self, number: int | None, step: str) -> None:
        if number is not None:
            self.dropped.setdefault(number, step)


def explain_lines(data: bytes, options: ReadOptions, source: str) -> str:
    """One line per source line: number, role, rule and the start of the line's text."""
    text = decode(data, source)
    original = text.split("\n")
    trace = _Trace(origin=list(range(1, len(original) + 1)))
    for step in _named_steps():
        changed = step(text)
        if changed != text:
            trace.follow(text.split("\n"), changed.split("\n"), _step_name(step.__name__))
            text = changed
    rows: list[str] = []
    dropped = iter(sorted(trace.dropped.items()))
    pending = next(dropped, None)
    for number, row in _chunk_rows(classify_text(text, options), trace.origin):
        # Dropped lines go in where they stood in the file, before the next line kept.
        while pending is not None and number is not None and pending[0] < number:
            rows.append(_row(pending[0], "dropped", pending[1], original[pending[0] - 1]))
            pending = next(dropped, None)
        rows.append(row)
    while pending is not None:
        rows.append(_row(pending[0], "dropped", pending[1], original[pending[0] - 1]))
        pending = next(dropped, None)
    return "\n".join(rows) + "\n"


def _chunk_rows(chunks: Chunks, origin: list[int | None]) -> Iterator[tuple[int | None, str]]:
    """Each chunk's lines as rows, with the input line number each row belongs to."""
    for chunk in chunks:
        role = chunk.role
        first = origin[chunk.first - 1]
        if chunk.role == "text" and chunk.break_before:
            yield first, _row(None, "scene-break", "blank-run-break", "")
        rule = chunk.rule or ("story-text" if role == "text" else "")
        label = f" [{chunk.label}]" if chunk.label else ""
        for offset, line in enumerate(chunk.lines):
            number = origin[chunk.first - 1 + offset]
            tag = role + label if offset == 0 else "  (cont.)"
            yield number, _row(number, tag, rule if offset == 0 else "", line)


def _row(number: int | None, tag: str, rule: str, line: str) -> str:
    shown = line if len(line) <= _WIDTH else line[: _WIDTH - 1] + "…"
    return f"{'' if number is None else number:>5}  {tag:<12} {rule:<28} {shown}".rstrip()


def _named_steps() -> Iterator[Callable[[str], str]]:
    """:data:`TEXT_STEPS` one rule at a time, so that each line dropped is named by its rule:
    :func:`lynx_dump` as the rules it runs in turn, which give the text it gives."""
    for step in TEXT_STEPS:
        yield from LYNX_STEPS if step is lynx_dump else (step,)


def _step_name(function: str) -> str:
    return function.replace("_", "-")
