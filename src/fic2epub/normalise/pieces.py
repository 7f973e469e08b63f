"""Collections of short pieces (drabbles, ficlets) headed by a title line and a little header.

A drabble collection separates its pieces with divider lines; each piece opens with its
title on a line of its own, then a line or two of the piece's own header right under it
("Prompt: waiting", "(100 words)"). The titles are the collection's chapters.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, Chunks, Role, is_glyph_line
from fic2epub.normalise.fields import field_for, is_known_label
from fic2epub.normalise.patterns import BYLINE_RE, FIELD_RE, match_note

# A piece's word count on a line of its own: "(100 words)", "100 words", "[Words: 100]".
_WORD_COUNT = lazy(
    r"[(\[]?\s*(?:(?:word\s*count|words)\s*:\s*)?[\d,]{2,6}\s*(?:words?)?\s*[)\]]?",
    re.IGNORECASE,
)
# What a piece's header line becomes: (role, rule) by the kind _piece_line found.
_PIECE_ROLES: dict[str, tuple[Role, str]] = {
    "prompt": ("note", "piece-prompt"),
    "field": ("field", "piece-field"),
}
# Labels that say what the piece was written to: the piece's note.
_PROMPT_LABELS = frozenset({"prompt", "prompts", "challenge", "theme", "request"})


def piece_line(text: str) -> str | None:
    """What a line of a piece's own header is: "count", "prompt", "field", else None."""
    if len(text) > 120:
        return None
    if is_word_count(text):
        return "count"
    if text[:3].lower() == "by " and _piece_byline(text):
        return "byline"
    found = FIELD_RE.fullmatch(text)
    if found is None:
        return None
    label = found.group("key").strip().lower()
    if label in _PROMPT_LABELS:
        return "prompt"
    if label in ("word count", "wordcount", "words", "length"):
        return "count"
    return "field" if is_known_label(label) and field_for(label) != "title" else None


# Words that open a phrase after "by" in a sentence, not a name ("by the door").
_NOT_NAMES = frozenset("the a an his her my their our its this that then now".split())


def is_piece_byline(text: str) -> bool:
    """A piece's "by Name" line, or "By: Name and Name" with the colon (``piece-byline``)."""
    return text[:3].lower() in ("by ", "by:") and _piece_byline(text)


def _piece_byline(text: str) -> bool:
    """Rule ``piece-byline``: "by Letty Gresham" under a piece's title, as an anthology or a
    zine names each piece's writer. A name: a few words, a capital or a handle first, no
    sentence's end. The piece's writer is not the collection's author, so the line goes."""
    found = BYLINE_RE.fullmatch(text)
    names = found.group("names").strip() if found else ""
    words = names.split()
    return (
        0 < len(words) <= 5
        and len(names) <= 50
        and words[0].lower() not in _NOT_NAMES
        and (names[0].isupper() or any(c in names for c in "_-0123456789"))
        and not names.endswith((",", ";", "!", "?"))
        and not (names.endswith(".") and len(words[-1]) > 2)
    )


def is_word_count(text: str) -> bool:
    """A word count on a line of its own: "Words: 176", "(100 words)", "Word count: 1,200"."""
    return "word" in text.lower() and _WORD_COUNT.fullmatch(text.strip()) is not None


def _title_line(chunk: Chunk) -> bool:
    """A short line that can title a piece: a few words, no sentence's end."""
    text = chunk.text
    return (
        0 < len(text) <= 60
        and len(text.split()) <= 8
        and len(chunk.lines) == 1
        and not text.endswith((".", ",", ";", ":", "!", "?"))
        and FIELD_RE.fullmatch(text) is None
    )


def piece_titles(chunks: Chunks) -> Chunks:
    """Rule ``piece-title``: in a collection, a title line right after a divider, with the
    piece's header lines ("Prompt: …", "(100 words)", "by Name") directly under it, heads a
    chapter.

    The piece's prompt becomes its note; its word count is dropped, like a header's. Guards:
    no other chapter headings in the text, and at least two pieces so headed.
    """
    if any(chunk.role in ("heading", "part") for chunk in chunks):
        return chunks
    found: list[tuple[int, list[tuple[int, str]]]] = []
    for index in range(1, len(chunks) - 1):
        chunk = chunks[index]
        if chunk.role != "text" or chunk.gap == 0 or not is_glyph_line(chunks[index - 1].text):
            continue
        if not _title_line(chunk) and _title_field(chunk) is None:
            continue
        header = _piece_header(chunks, index)
        if header:
            found.append((index, header))
    if len(found) < 2:
        return chunks
    found = _first_piece(chunks, found) + found
    marked = list(chunks)
    for index, header in found:
        if (title := _title_field(marked[index])) is not None:
            # Rule ``piece-title-field``: the piece's "Title: The Long Road" line, its
            # value the chapter's title.
            marked[index] = replace(
                marked[index], role="heading", rule="piece-title-field", value=title
            )
        else:
            marked[index] = replace(marked[index], role="heading", rule="piece-title")
        for position, kind in header:
            chunk = marked[position]
            if kind == "value":
                marked[position] = replace(
                    chunk, role="field-value", rule="piece-field-value", value=chunk.text
                )
            elif kind == "count":
                marked[position] = replace(chunk, role="dropped", rule="piece-word-count")
            elif kind == "byline":
                marked[position] = replace(chunk, role="dropped", rule="piece-byline")
            else:  # the prompt is the piece's note; any other known field stays a field
                role, rule = _PIECE_ROLES[kind]
                label, _, value = chunk.text.partition(":")
                marked[position] = replace(
                    chunk, role=role, rule=rule, label=label.strip(), value=value.strip()
                )
    return tuple(marked)


def _piece_header(chunks: Chunks, index: int) -> list[tuple[int, str]]:
    """The piece header lines ("Prompt: …", "(100 words)") right under the line at ``index``,
    with no blank line between."""
    header: list[tuple[int, str]] = []
    for position in range(index + 1, min(index + 5, len(chunks))):
        chunk = chunks[position]
        kind = piece_line(chunk.text)
        if kind == "field" and _bare_note_label(chunk.text):
            break  # a "Notes:" label over its text is the piece's note (the body reads it)
        if kind is None and header and _value_under_label(chunks, position):
            kind = "value"
        if kind is None or chunk.gap > 0:
            break
        header.append((position, kind))
    return header


def _bare_note_label(text: str) -> bool:
    """A note's label alone on its line ("Notes:", "Author's Note:"), its text below."""
    return text.endswith(":") and match_note(text) is not None


def _value_under_label(chunks: Chunks, position: int) -> bool:
    """Rule ``piece-field-value-indented``: a piece's field with its value indented on the
    line under a bare label ("Rating:" over "    G"), as a writer lays out her own header
    block: one short indented line under a field line that ends on its colon."""
    chunk = chunks[position]
    above = chunks[position - 1].text
    return (
        chunk.indent > 0
        and chunk.gap == 0
        and len(chunk.lines) == 1
        and above.endswith(":")
        and len(chunk.text) <= 60
    )


def _title_field(chunk: Chunk) -> str | None:
    """The title a piece's "Title: …" line gives, else None (``piece-title-field``)."""
    text = chunk.text
    if text[:6].lower() != "title:" or len(chunk.lines) != 1:
        return None  # the cheap test first
    value = text[6:].strip()
    return value if 0 < len(value) <= 80 else None


def _first_piece(
    chunks: Chunks, found: list[tuple[int, list[tuple[int, str]]]]
) -> list[tuple[int, list[tuple[int, str]]]]:
    """Rule ``first-piece-title``: the collection's first piece follows the work's header,
    not a divider; its title line counts when, set apart by a blank line above, it carries
    the same kinds of header lines, in the same order, as every piece found after a
    divider, and it is the last such line before the first of them. A header's own
    "Word count: 7 x 100" is no piece's, and a line of prose has no prompt under it."""
    kinds = {tuple(kind for _, kind in header) for _, header in found}
    if len(kinds) != 1:
        return []
    shape = next(iter(kinds))
    if "prompt" not in shape and "count" not in shape:
        return []
    for index in range(found[0][0] - 1, 0, -1):
        chunk = chunks[index]
        if chunk.role != "text" or chunk.gap == 0 or not _title_line(chunk):
            continue
        header = _piece_header(chunks, index)
        if tuple(kind for _, kind in header) == shape:
            return [(index, header)]
    return []
