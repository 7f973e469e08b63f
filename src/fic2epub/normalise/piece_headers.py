"""A piece's own header lines under its heading: prompt, rating and word count.

A collection of drabbles and ficlets written for different challenges heads each piece
with its title and then the piece's own little header, the way the challenge asked for it:
"Prompt: rain", "Rating: G | 100 words", "Words: 100 / Rating: G", or all on one line,
"Prompt: exams | Rating: PG | 212 words". These are the piece's fields, not its text.
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, Chunks
from fic2epub.normalise.pieces import piece_line

# What parts the fields on one line: a spaced bar, slash or dash ("G | 100 words",
# "Words: 100 / Rating: G", "echoes — Rating: G — 100 words").
_SEPARATOR = lazy(r"\s+(?:\||/|—|–|--?)\s+")
# The most header lines under one heading.
_MOST_LINES = 4


def piece_header_lines(chunks: Chunks) -> Chunks:
    """Rule ``piece-header-line``: right under a chapter heading, with no blank line
    between, lines made only of a piece's header fields (a prompt, a known field such as
    "Rating", a word count), one or several to a line, are the piece's header form. A line
    with no prompt is dropped, as a header's word count is; a line with the prompt is the
    piece's "Prompt" field (``piece-header-prompt``), as a header's "Prompt:" field is
    metadata, not a note.

    Guards: under a heading only; the lines touch the heading and each other; every part
    of each line is a field; two parts at least, one of them a known field such as the
    rating, which makes it a header form (a lone "Prompt:" line, or a prompt over a word
    count, is left to the note rules, as a drabble's prompt is its note); and text
    follows them."""
    heads = [i for i, c in enumerate(chunks) if c.role == "heading"]
    if not heads:
        return chunks
    marked = list(chunks)
    for head in heads:
        block = _header_block(chunks, head)
        if block:
            for index, prompt in block:
                marked[index] = _marked(chunks[index], prompt)
    return tuple(marked)


def _header_block(chunks: Chunks, head: int) -> list[tuple[int, str | None]]:
    """The header lines under the heading at ``head``, each with its prompt part (or
    None); empty when the lines under it are not such a header."""
    block: list[tuple[int, str | None]] = []
    kinds: list[str] = []
    index = head + 1
    while index < len(chunks) and len(block) < _MOST_LINES:
        chunk = chunks[index]
        if chunk.gap or chunk.role != "text" or len(chunk.lines) != 1:
            break
        parts = _parts(chunk.text)
        if parts is None:
            break
        kinds += [kind for kind, _ in parts]
        prompt = next((part for kind, part in parts if kind == "prompt"), None)
        block.append((index, prompt))
        index += 1
    if not block or "field" not in kinds or len(kinds) < 2:
        return []
    if index >= len(chunks) or chunks[index].role != "text":
        return []
    return block


# The fields a challenge's form asks of each piece, besides its prompt and length.
_PIECE_FIELDS = frozenset(
    {"rating", "rated", "warning", "warnings", "pairing", "pairings", "characters", "genre"}
)


def _kind(part: str) -> str | None:
    """A part's kind: "prompt" or "count" (pieces.piece_line), "field" for one of a piece's
    own fields (``_PIECE_FIELDS``), else None: a disclaimer or an author's note under a
    heading is no part of a piece's form."""
    kind = piece_line(part)
    if kind != "field":
        return kind
    label = part.partition(":")[0].strip().lower()
    return "field" if label in _PIECE_FIELDS else None


def _parts(text: str) -> list[tuple[str, str]] | None:
    """The line's parts, each with its kind ("prompt", "count", "field"), split where a
    separator parts two fields; the whole line as one part when a split would leave a part
    that is none (a prompt's own "love / hate"). None when the line is no header line."""
    pieces = _SEPARATOR.split(text.strip()) if _SEPARATOR.search(text) else [text.strip()]
    kinds = [_kind(piece) for piece in pieces]
    if len(pieces) > 1 and any(kind not in ("prompt", "count", "field") for kind in kinds):
        pieces, kinds = [text.strip()], [_kind(text.strip())]
    if any(kind not in ("prompt", "count", "field") for kind in kinds):
        return None
    return [(kind or "", piece) for kind, piece in zip(kinds, pieces, strict=True)]


def _marked(chunk: Chunk, prompt: str | None) -> Chunk:
    """The header line as the piece's prompt field, or dropped when it holds no prompt."""
    if prompt is None:
        return replace(chunk, role="dropped", rule="piece-header-line")
    label, _, value = prompt.partition(":")
    return replace(
        chunk, role="field", rule="piece-header-prompt", label=label.strip(), value=value.strip()
    )
