"""Rule ``indented-wrapped-pair``: a two-line paragraph of an indented block, hard-wrapped.

An AO3 download saved as text, or a copy of it, sets the Summary and Notes under their
labels as indented blocks, and a text editor may have wrapped them. A long note then runs
over two indented lines, "    Rated Mature for the description of the fall. Guy himself" /
"    only appears in memory; this is the friend's story.", and a two-line run proves no wrap
width by itself (``wrapped-pair-in-lines`` wants the text's own wrapped runs to show one),
so each line was read as a paragraph of its own.

The wrap shows in the words: the first line is filled (it reaches past sixty columns),
breaks mid-sentence, and the second carries on in lower case, as no new paragraph opens.

Guards: both lines indented alike and deeper than the margin (a block under a label, not
the story's own lines), the first line ends on no sentence's close or list's colon, the
second opens with a lower-case letter and is no "Label: value" line.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy

# How far the first line must reach (indent and text) to have been filled by a wrap.
_FILLED = 60
# The least indent of a block set under its label.
_BLOCK_INDENT = 2
# How a line that ends its paragraph (or hands over to a list) closes.
_CLOSES = (".", "!", "?", '"', "”", "’", "'", "…", ")", ":", ";", "*", "~")
# A header's or list's "Label: value" line.
_LABEL = lazy(r"[^\W\d_][\w '’/-]{0,30}:\s")


def indented_wrapped_pair(first: str, first_indent: int, second: str, second_indent: int) -> bool:
    """Whether two lines (no blank line between) of an indented block are one paragraph
    wrapped in two (see the module)."""
    if first_indent != second_indent or first_indent < _BLOCK_INDENT:
        return False
    if first_indent + len(first) < _FILLED or first.endswith(_CLOSES):
        return False
    return second[:1].islower() and _LABEL.match(second) is None
