"""Rule ``slash-box-heading``: a chapter name framed by a box of ``//`` rules.

Fimfiction's own TXT download (and tools that copy its layout) heads every chapter with a
box drawn in comment-like slashes: a rule, the chapter's name after ``//``, and a closing
rule. Some versions add the story's name and the author inside the box::

    //------------------------------//
    // The Mill Race
    // Story: A Story's Title
    // by Some Author
    //------------------------------//

The first framed line is the chapter's heading (its name without the slashes); the rules and
any further framed lines ("Story: …", "by …") are the download's frame, dropped.
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk

# A rule of the box: slashes, a run of dashes (or "="), slashes. Long enough that a line of
# prose with a "//" in it, or a short "//--//" flourish, is no rule.
_RULE = lazy(r"/{2,}[ \t]*(?:-{8,}|={8,})[ \t]*/{2,}")
# A framed line: slashes, a space, a short name.
_FRAMED = lazy(r"/{2,}[ \t]+(?P<name>[^/\s][^\n]{0,99})")
# A box frames a heading, not a page: this many framed lines at most.
_MOST_FRAMED = 4


def slash_box_headings(marked: list[Chunk]) -> None:
    """Mark each ``//`` box's first framed line as a chapter heading named by its text, and
    drop the box's rules and further framed lines (rule ``slash-box-frame``).

    Guards: the box is a rule, one to four lines each opening with ``//`` and a short name,
    and a closing rule, with no blank line inside; a lone rule between paragraphs (a scene
    break drawn in slashes) or a "// " line outside a box stays as it was.
    """
    index = 0
    while index < len(marked):
        chunk = marked[index]
        if chunk.text[:2] != "//" or len(chunk.lines) != 1 or not _RULE.fullmatch(chunk.text):
            index += 1
            continue
        closing = _closing_rule(marked, index)
        if closing is None:
            index += 1
            continue
        framed = [line for inner in marked[index + 1 : closing] for line in inner.lines]
        name = _FRAMED.fullmatch(framed[0])
        assert name is not None  # _closing_rule checked every framed line
        for frame in (index, closing):
            marked[frame] = replace(marked[frame], role="dropped", rule="slash-box-frame")
        head = marked[index + 1]
        marked[index + 1] = replace(
            head, role="heading", rule="slash-box-heading", value=name.group("name").strip()
        )
        for inner in range(index + 2, closing):
            marked[inner] = replace(marked[inner], role="dropped", rule="slash-box-frame")
        index = closing + 1


def _closing_rule(marked: list[Chunk], opening: int) -> int | None:
    """The index of the rule closing the box opened at ``opening``, or None if the lines
    after it are not a box's framed lines."""
    lines = 0
    for index in range(opening + 1, min(len(marked), opening + 2 + _MOST_FRAMED)):
        chunk = marked[index]
        if chunk.gap:
            return None  # a blank line: the frame is broken
        if chunk.text[:2] == "//" and len(chunk.lines) == 1 and _RULE.fullmatch(chunk.text):
            return index if lines else None
        if chunk.role != "text" or not all(_FRAMED.fullmatch(line) for line in chunk.lines):
            return None
        lines += len(chunk.lines)
        if lines > _MOST_FRAMED:
            return None
    return None
