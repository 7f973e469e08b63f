"""Rule ``run-on-pointer``: AO3's "(See the end of the work for more notes.)" run onto the
last line of a note, split off as a line of its own.

AO3 prints its pointer as the last paragraph of a notes block, but a download or a copy can
lose the paragraph break (the TXT download puts it straight after the note's last sentence),
so it ends the note's own line. Split off, it is the same lone pointer line the note and
header passes already drop as chrome, wherever it sat.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.ao3_interface_i18n import is_french_pointer
from fic2epub.normalise.chunks import Chunk, Chunks
from fic2epub.normalise.patterns import POINTER_WHAT

# The literal every pointer holds, in lower case, checked before any regex runs; tested on
# the lower-cased text, as the pointer's regexes ignore case ("SEE THE END OF THE WORK…").
POINTER_TELLTALE = "ee the end of the"
_TELLTALE_FORMS = (POINTER_TELLTALE, POINTER_TELLTALE.upper(), POINTER_TELLTALE.title()[1:])
# The pointer at a line's end, after other text: only AO3's own bracketed wording, so an
# author's "see the end of the chapter for notes" inside a sentence stays the author's.
_TRAILING_POINTER = lazy(
    r"(?<=\S)\s+(?P<pointer>\(\s*see\s+the\s+end\s+of\s+the\s+(?:chapter|work)\s+for\s+"
    rf"{POINTER_WHAT}\.?\s*\))\s*$",
    re.IGNORECASE,
)


def is_pointer_line(text: str) -> bool:
    """Whether a whole line is AO3's bracketed pointer, "(See the end of the work for more
    notes.)": a paragraph of its own, never the wrapped end of the note above it."""
    if text[:1] != "(":
        return False
    return (
        POINTER_TELLTALE in text.lower() and _LONE_POINTER.fullmatch(text) is not None
    ) or is_french_pointer(text)


# The pointer as a line of its own.
_LONE_POINTER = lazy(
    r"\(\s*see\s+the\s+end\s+of\s+the\s+(?:chapter|work)\s+for\s+"
    rf"{POINTER_WHAT}\.?\s*\)",
    re.IGNORECASE,
)


def split_pointers(text: str, chunks: Chunks) -> Chunks:
    """Split a trailing AO3 pointer off any chunk whose text ends with one; ``text`` is the
    whole text, to skip the pass when no pointer can be there."""
    # Lower-casing a long story costs more than three literal searches: the pointer is
    # written in lower case, in capitals, or (rarely) in title case.
    if not any(form in text for form in _TELLTALE_FORMS):
        return chunks
    result: list[Chunk] = []
    for chunk in chunks:
        result.extend(_split(chunk) if POINTER_TELLTALE in chunk.text.lower() else (chunk,))
    return tuple(result)


def _split(chunk: Chunk) -> tuple[Chunk, ...]:
    found = _TRAILING_POINTER.search(chunk.text)
    if found is None:
        return (chunk,)
    pointer = found.group("pointer")
    lines = _split_lines(chunk.lines, pointer)
    if lines is None:
        return (chunk,)
    before, after = lines
    head = replace(
        chunk,
        text=chunk.text[: found.start()].rstrip(),
        lines=before,
        last=chunk.first + len(before) - 1,
    )
    tail = replace(
        chunk,
        text=pointer,
        lines=after,
        first=chunk.last - len(after) + 1,
        gap=0,
        indent=0,
        centred=False,
        continues=False,
        rule="run-on-pointer",
    )
    return (head, tail)


def _split_lines(
    lines: tuple[str, ...], pointer: str
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The chunk's lines before the pointer and the pointer's own, or None when the lines
    do not end with it word for word (a hyphen joined across a wrap)."""
    if not " ".join(lines).endswith(pointer):
        return None
    tail = 0
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if tail + len(line) >= len(pointer):
            cut = len(line) - (len(pointer) - tail)
            head = line[:cut].rstrip()
            if not head and index == 0:
                return None
            before = (*lines[:index], head) if head else lines[:index]
            return before, (line[cut:].lstrip(), *lines[index + 1 :])
        tail += len(line) + 1
    return None
