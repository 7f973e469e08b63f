"""Pass ``lettered-headings``: a story's halves or sections headed by one word and a letter.

A story shaped like a cassette or a record heads its halves "Side A" and "Side B"; others
count "Part A", "Part B" or "Tape A", "Tape B". The same word with the letters in order,
each line standing alone over the section's prose, heads the story's chapters, titled as
written.
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, Chunks

# One capitalised word and a capital letter: "Side A", "Part B". No mark after it.
_LETTERED = lazy(r"(?P<word>[A-Z][a-z]{1,11})\s+(?P<letter>[A-Z])")


def _lettered(chunk: Chunk) -> tuple[str, int] | None:
    """(word, letter's place from 0) of a bare "Side A" line, else None."""
    text = chunk.text
    # Cheap test first: short, one line, the last character a capital letter.
    if len(text) > 16 or len(chunk.lines) != 1 or not text[-1:].isupper():
        return None
    found = _LETTERED.fullmatch(text)
    if found is None:
        return None
    return found.group("word"), ord(found.group("letter")) - ord("A")


def _prose_under(chunks: Chunks, index: int, *, first: bool) -> bool:
    """A blank line above (but for the first, which may sit right under a page's "Work
    Text:" or a header) and below the line, and a paragraph of story prose under it."""
    if index + 1 >= len(chunks):
        return False
    below = chunks[index + 1]
    return (first or chunks[index].gap > 0) and below.gap > 0 and len(below.text.split()) >= 5


def lettered_headings(chunks: Chunks) -> Chunks:
    """Rule ``lettered-heading``: bare lines of one word and a letter ("Side A", "Side B"),
    the same word each time and the letters running A, B, C… from A, each set apart by
    blank lines with prose under it (the first "Side A" may sit right under the line above),
    head the story's chapters, titled as written.

    Guards: at least two such lines and no other chapter headings; a line of talk ("Plan
    B!") has a mark, a lone "Plan B" line without an "A" before it does not start a count,
    and "Side A" over "Side C" skips, so none of those counts."""
    if any(chunk.role in ("heading", "part") for chunk in chunks):
        return chunks
    found: list[tuple[int, str, int]] = []
    for index, chunk in enumerate(chunks):
        if chunk.role != "text" or (lettered := _lettered(chunk)) is None:
            continue
        if _prose_under(chunks, index, first=lettered[1] == 0):
            found.append((index, *lettered))
    if len(found) < 2 or len({word for _, word, _ in found}) != 1:
        return chunks
    if [place for _, _, place in found] != list(range(len(found))):
        return chunks
    marked = list(chunks)
    for index, _, _ in found:
        marked[index] = replace(marked[index], role="heading", rule="lettered-heading")
    return tuple(marked)
