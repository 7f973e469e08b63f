"""Rule ``unspaced-numeral-heading``: a bare Roman numeral heading in a text that has no
blank lines at all between its paragraphs.

A word processor's document saved as plain text (macOS ``textutil``, Word's "Plain Text")
writes one paragraph per line and no blank lines: the spacing a manuscript shows around a
chapter's "II" was paragraph formatting or a page break, and is lost. The numeral is then
a line of its own between two paragraphs. Like every bare number it is a heading only when
the numerals count up (``numbered-heading-sequence`` asks), so a lone pronoun "I" is never
one by itself.
"""

from __future__ import annotations

from fic2epub.normalise.chunks import Chunk, Chunks

# The least length of the paragraph under the numeral: a line of story, not a list item.
_PARAGRAPH = 40
# The fewest words of a short opening sentence under the numeral.
_OPENING_WORDS = 4
# A finished paragraph's last character, above the numeral.
_ENDS = (".", "!", "?", "…", '"', "”", "’", ")")


def unspaced_numeral(chunks: Chunks, index: int) -> bool:
    """Whether the bare numeral at ``index`` stands between paragraphs with no blank lines
    around it, in a text laid out so: the paragraph above is finished, the one under it is
    a line of story, and neither of them has a blank line over it either."""
    chunk = chunks[index]
    if chunk.gap or index == 0 or index + 1 >= len(chunks):
        return False
    above, below = chunks[index - 1], chunks[index + 1]
    return (
        below.gap == 0
        and _unspaced_paragraph(below)
        and (len(below.text) >= _PARAGRAPH or _short_opening(chunks, index + 1))
        and above.text.rstrip().endswith(_ENDS)
        and (index < 2 or above.gap == 0)
    )


def _short_opening(chunks: Chunks, index: int) -> bool:
    """Rule ``unspaced-numeral-short-opening``: a part may open on a short sentence of its
    own ("The day of the trial it rained."): a finished sentence that starts with a
    capital, with a full paragraph of story under it, is a line of story all the same. A
    list item ("Eggs", "2 cups flour") ends with no stop or has no paragraph under it."""
    text = chunks[index].text.strip()
    if index + 1 >= len(chunks) or len(text.split()) < _OPENING_WORDS:
        return False
    after = chunks[index + 1]
    return (
        text[:1].isupper()
        and text.endswith((".", "!", "?", "…"))
        and after.gap == 0
        and _unspaced_paragraph(after)
        and len(after.text) >= _PARAGRAPH
    )


def _unspaced_paragraph(chunk: Chunk) -> bool:
    """A paragraph of one line, as a text with no blank lines lays each out."""
    return len(chunk.lines) == 1 and not chunk.continues
