"""Rule ``transcriber-credit``: the typist's bracketed word about a story typed in from print.

A story kept from a paper fanzine or a printed book reaches a reader's folder as someone's
transcription, and the typist says so in brackets at the top: "[Typed in by Ann Lee, 2004,
from the zine's third issue. Its page numbers are kept.]", "[Transcribed by X from …]",
"[Scanned and proofed by X]". It speaks of the file, not of the story: chrome, like an
archive's notice (archive_notice), not the writer's front note.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, drop_all

# The credit opens the brackets: the typing, keying, scanning or transcribing, then "by".
_OPENING = lazy(
    r"\[\s*(?:re-?)?(?:typed|keyed|transcribed|scanned|digiti[sz]ed|ocr['’]?e?d|entered)"
    r"(?:\s+(?:in|up|out))?(?:\s+and\s+(?:proof-?read|proofed|corrected|edited))?\s+by\s+"
    # by a name: capitalised, or a handle with "_" or a digit ("typed by the light" is prose)
    r"(?:(?-i:[A-Z])|[\w.-]*[_\d])",
    re.IGNORECASE,
)
# How far down the file the credit may stand: above the story, among the title's lines.
_TOP = 8
# The longest credit: a few sentences about the source and what was kept.
_LONGEST = 400


def drop_transcriber_credit(chunks: list[Chunk]) -> None:
    """Drop the typist's bracketed credit near the top of the file (see the module docstring).

    Guards: among the first chunks; it opens the brackets with the typing and "by"; it
    closes them within a few hundred characters, over chunks with no blank line between
    (the layout may have cut a hand-wrapped paragraph at a short line); and holds no other
    bracket, so a story's own bracketed lines are left alone."""
    for start in range(min(_TOP, len(chunks))):
        chunk = chunks[start]
        if chunk.role != "text" or chunk.text[:1] != "[" or not _OPENING.match(chunk.text):
            continue
        end, size = start, 0
        while end < len(chunks) and (end == start or chunks[end].gap == 0):
            text = chunks[end].text
            size += len(text)
            if size > _LONGEST or text.count("[") + text.count("]") > (end == start) + 1:
                return
            end += 1
            if text.endswith("]"):
                drop_all(chunks, range(start, end), "transcriber-credit")
                return
        return
