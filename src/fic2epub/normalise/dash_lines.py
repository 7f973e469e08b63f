"""A lone "--" line in a mail: a signature's delimiter, or the writer's scene break.

Mail and news put "-- " above a signature, and a writer who posts to a list may also part
her scenes with a lone "--" between paragraphs. What stands under the line tells them apart:
a signature is a few short lines set right under its delimiter (a name, a saying, an
address, four lines at most by the old netiquette); a break has a blank line under it and
the story's paragraphs go on below.
"""

from __future__ import annotations

from fic2epub.normalise.chunks import Chunk

# A paragraph of prose under the line: this long at least, and ending a sentence.
_PROSE_LEAST = 100
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "'", "…")
# How many such paragraphs must follow before the next "--" or the chapter's end.
_PROSE_PARAGRAPHS = 2
# A signature's first line: a name or a handle, short.
_SIGNATURE_LINE = 40


def _prose(chunk: Chunk) -> bool:
    """Whether ``chunk`` reads as a paragraph of story: long, ending a sentence, and holding
    no address (a list footer's "To unsubscribe, send mail to …" paragraph is no story)."""
    text = chunk.text
    return (
        chunk.role == "text"
        and len(text) >= _PROSE_LEAST
        and text.endswith(_SENTENCE_ENDS)
        and "@" not in text
        and "://" not in text
    )


def prose_under_dash(chunks: list[Chunk], index: int, end: int) -> bool:
    """Rule ``dash-break-over-prose``: a lone "--" with a blank line under it and two
    paragraphs of prose below, before the chapter's end or the next "--", is a scene break:
    no signature runs to paragraphs of story. A "--" with its lines set right under it, or
    with only short lines or a list's footer below, is left to be read as a signature."""
    if index + 1 >= end or chunks[index + 1].gap == 0:
        return False
    found = 0
    for later in range(index + 1, end):
        chunk = chunks[later]
        if chunk.role == "dropped":
            continue
        if chunk.text.strip() == "--":
            break
        if _prose(chunk):
            found += 1
            if found >= _PROSE_PARAGRAPHS:
                return True
    return False


def signature_under_dash(chunks: list[Chunk], index: int, end: int) -> bool:
    """Rule ``dash-signature-under-breaks``: in a chapter whose writer parts scenes with
    lone "--" lines, the last "--" is still the mail's signature delimiter when a short line
    (her name) stands right under it, with no blank line between, and no paragraph of prose
    follows: breaks sit between paragraphs with blank lines around them, a signature hangs
    from its delimiter."""
    if index + 1 >= end:
        return False
    under = chunks[index + 1]
    if under.gap != 0 or len(under.lines) > 1 or len(under.text) > _SIGNATURE_LINE:
        return False
    rest = [chunks[i] for i in range(index + 1, end) if chunks[i].role != "dropped"]
    return not any(chunk.text.strip() == "--" or _prose(chunk) for chunk in rest)
