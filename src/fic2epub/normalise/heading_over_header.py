"""A chapter heading the writer typed above the story's header block.

A writer's own file sometimes opens with the first chapter's heading and only then gives
the header ("Chapter One: The Ferry", a blank line, "Title: …", "Author: …", "Summary: …"),
because the file began as the first chapter and the header was pasted in under its heading.
The heading still heads chapter 1, but the header block under it is the story's metadata,
not the chapter's first paragraphs.
"""

from __future__ import annotations

from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.field_lines import field_line
from fic2epub.normalise.fields import field_for

# The roles that may stand above the heading: framing the earlier passes already dropped.
_FRAMING = frozenset({"dropped", "separator"})
# The fields that open a header block: a title or a byline field.
_OPENING_FIELDS = frozenset({"title", "authors"})
# The fewest known fields, one a line, that make the block under the heading a header.
_FEWEST_FIELDS = 3


def heading_over_header(chunks: list[Chunk], index: int) -> bool:
    """Rule ``heading-over-header``: whether the chapter heading at ``index`` stands above
    the story's header block, so the header pass reads on past it.

    Guards: nothing but dropped framing above the heading (it is the file's first line);
    the line right under it opens with a "Title:" or "Author:" field; and that line starts a
    run of at least three known "Label: value" lines with no blank line between them. A
    story whose first paragraph merely mentions a field ("Title: none yet, she thought")
    has no such run.
    """
    chunk = chunks[index]
    if chunk.role != "heading" or index + 1 >= len(chunks):
        return False
    if any(earlier.role not in _FRAMING for earlier in chunks[:index]):
        return False
    first = chunks[index + 1]
    if first.role != "text" or _field_of(first) not in _OPENING_FIELDS:
        return False
    run = 1
    for after in chunks[index + 2 :]:
        if after.gap > 0 or after.role != "text" or _field_of(after) is None:
            break
        run += 1
    return run >= _FEWEST_FIELDS


def _field_of(chunk: Chunk) -> str | None:
    """The Metadata field a "Label: value" line gives a value to, else None."""
    found = field_line(chunk.text)
    if found is None or not found[1]:
        return None
    return field_for(found[0])
