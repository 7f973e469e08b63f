"""The buttons under each forum post and the signature its writer's posts all end with.

Boards print "Quote", "Like", "Report Post" under every post, one to a line in a copy, and
the writer's signature (a sign-off, a motto, a link) right above them, the same under each
of the writer's posts. Neither is the story's, nor a note to its readers.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from fic2epub.normalise.chunks import Chunk, is_glyph_line
from fic2epub.normalise.proboards import is_button

# The most lines, and the longest line, a signature holds.
_SIGNATURE_LINES = 3
_SIGNATURE_LINE = 120


def post_buttons(marked: list[Chunk], posts: list[tuple[int, int]]) -> None:
    """Rule ``forum-post-buttons``: the run of button lines at the foot of each post (from
    its text's start to its end)."""
    for body, end in posts:
        index = end - 1
        while (
            index >= body and marked[index].role == "dropped" and not is_button(marked[index].text)
        ):
            index -= 1  # the board's footer under the last post
        while index >= body and is_button(marked[index].text):
            if marked[index].role != "dropped":
                marked[index] = replace(marked[index], role="dropped", rule="forum-post-buttons")
            index -= 1


def _foot_block(marked: list[Chunk], body: int, end: int) -> tuple[int, int] | None:
    """The last block of lines of a post above its dropped buttons: (start, end)."""
    stop = end
    while stop > body and marked[stop - 1].role == "dropped":
        stop -= 1
    start = stop - 1
    while start > body and marked[start].gap == 0 and marked[start - 1].role != "dropped":
        start -= 1
    if start < body:
        return None
    # Rule ``framed-signature``: a signature boxed between two rules ("~~~~~~" over and
    # under its lines), as boards' signature makers draw it; the rules are not counted.
    rules = sum(1 for chunk in marked[start:stop] if is_glyph_line(chunk.text))
    if rules > 2 or stop - start - rules > _SIGNATURE_LINES:
        return None
    if marked[start].gap == 0 and start > body:
        return None
    if any(len(chunk.text) > _SIGNATURE_LINE for chunk in marked[start:stop]):
        return None
    return start, stop


def repeated_signatures(marked: list[Chunk], posts: list[tuple[int, int]]) -> None:
    """Rule ``repeated-signature``: the last lines of a writer's post, a block of one to
    three short lines set apart by a blank line, that end two of the writer's posts or
    more, word for word. A story's last paragraph ends one post only; a sign-off under
    every post is the board's signature."""
    blocks: list[tuple[int, int, tuple[str, ...]]] = []
    for body, end in posts:
        if (found := _foot_block(marked, body, end)) is not None:
            start, stop = found
            blocks.append((start, stop, tuple(chunk.text for chunk in marked[start:stop])))
    counts = Counter(text for _, _, text in blocks)
    for start, stop, text in blocks:
        if counts[text] < 2:
            continue
        for position in range(start, stop):
            marked[position] = replace(marked[position], role="dropped", rule="repeated-signature")
