"""Rule ``dash-box-heading``: chapter names boxed between two rules of dashes.

Some download tools (FicLab's text file among them) head each chapter with its bare name
set between two rules of dashes or equals signs, with no blank line inside the box::

    ----------------------------------------
    The Long Road
    ----------------------------------------

The boxed line is the chapter's heading, whatever its words; the rules are the tool's frame,
dropped. A lone rule between paragraphs (a scene break) is no box, a single box (a
story's title set off at the top of a file) names no chapters, and neither do boxes that
all hold the same words (a signature banner under every post).
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.patterns import match_note

# A rule: one character, "-" or "=", ten times or more, alone on its line.
_RULE = lazy(r"(?:-{10,}|={10,})")
# The characters a rule opens with.
_RULE_STARTS = ("-", "=")
# The longest boxed name read as a chapter's.
_LONGEST_NAME = 80
# Fewer boxes than this name no chapters.
_FEWEST_BOXES = 2


def dash_box_headings(marked: list[Chunk]) -> None:
    """Mark each boxed name a chapter heading and drop its rules (``dash-box-frame``).

    Guards: the box is a rule, one short line and the same rule again, each a chunk of its
    own with no blank line inside; the name is text no pass has read yet, not a note's
    label, and does not end like a sentence; the file holds two such boxes or more, each
    boxing other words (a signature boxed under every post is the same each time).
    """
    # One walk over the chunks for both shapes, each asked only of the chunks that can hold
    # it: a rule's first character, or three lines (nearly every chunk has neither).
    boxes: list[int] = []
    joined: list[int] = []
    for index in range(1, len(marked)):
        chunk = marked[index]
        if chunk.text.lstrip()[:1] in _RULE_STARTS and _box_at(marked, index):
            boxes.append(index)
        if len(chunk.lines) == 3 and _joined_box(chunk):
            joined.append(index)
    names = [marked[index + 1].text.strip() for index in boxes]
    names += [marked[index].lines[1].strip() for index in joined]
    if len(names) < _FEWEST_BOXES or len(set(names)) < len(names):
        return  # one box, or the same words boxed again and again (a signature banner)
    for index in boxes:
        for frame in (index, index + 2):
            marked[frame] = replace(marked[frame], role="dropped", rule="dash-box-frame")
        boxed = marked[index + 1]
        marked[index + 1] = replace(boxed, role="heading", rule="dash-box-heading")
    for index in joined:
        # Laid out as one chunk (short lines read as hard-wrapped): the name is its value.
        value = marked[index].lines[1].strip()
        marked[index] = replace(marked[index], role="heading", rule="dash-box-heading", value=value)


def _box_at(marked: list[Chunk], index: int) -> bool:
    """Whether a box (rule, name, the same rule), each line a chunk, opens at ``index``."""
    if index + 2 >= len(marked) or marked[index].text.lstrip()[:1] not in _RULE_STARTS:
        return False  # the cheap test first: nearly every chunk opens with no rule
    opening, name, closing = marked[index : index + 3]
    if not (_single(opening) and _single(name) and _single(closing)):
        return False
    if name.gap or closing.gap or name.role != "text":
        return False
    return _box_lines(opening.text, name.text, closing.text)


def _joined_box(chunk: Chunk) -> bool:
    """Whether one chunk is a whole box: its three lines a rule, a name and the rule."""
    return chunk.role == "text" and len(chunk.lines) == 3 and _box_lines(*chunk.lines)


def _box_lines(opening: str, name: str, closing: str) -> bool:
    """Whether three lines are a rule, a short chapter name and the same rule again."""
    rule, words = opening.strip(), name.strip()
    if rule[:1] not in "-=" or not _RULE.fullmatch(rule) or closing.strip() != rule:
        return False
    return (
        0 < len(words) <= _LONGEST_NAME
        and words[-1:] not in ".,;:!?"
        and match_note(words) is None
        and not _RULE.fullmatch(words)
    )


def _single(chunk: Chunk) -> bool:
    return len(chunk.lines) == 1
