"""Pass ``request-lines``: the request a piece was written to, on the line under its title.

A Tumblr drabble dump or a Wattpad imagines book sets over each piece the ask or request
that prompted it: "anon asked: the witch and the apple", "requested by @wren_reads: a
picnic in the rain"; an FFN drabble series puts the day's prompt in brackets, "(prompt:
water)". It is the piece's header, written to the writer by a reader: neither
the piece's first line nor the writer's note (as a header's "Prompt:" field is no note).
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import Chunk, Chunks, drop_all

# "anon asked:", "anonymous asked:", "@wren_reads asked:", "gold-fox asked:", "requested
# by @wren_reads:", "requested by anon:", "request from wren_reads:". A handle asking has
# an "@", an underscore, a hyphen or a digit in it, so a character's "She asked:" is none.
# Or the prompt alone in brackets, "(prompt: water)", "[prompt: a lost key]".
_SENDER = r"(?:\s+(?:from|by)\s+@?[\w.-]+)?"
_REQUEST = lazy(
    r"(?P<label>(?:an?\s+)?anon(?:ymous)?\s+asked|@[\w.-]+\s+asked|[\w.]*[_\-\d][\w.-]*\s+asked"
    r"|request(?:ed)?\s+(?:by|from)\s+@?[\w.-]+)\s*:\s*(?P<rest>\S.*)"
    # Rule ``numbered-prompt-line``: a drabble challenge's numbered prompt and its word,
    # "Prompt #14 - walk", "Prompt 22: mirror", as a prompt table numbers them.
    r"|prompt\s*#?\d{1,4}\s*(?:[-–—:]\s*[^\s.!?][^.!?]{0,60})?"
    # Rule ``bracketed-prompt-from``: the bracketed prompt may name who sent it, "(prompt
    # from anon: …)", "[request from @wren_reads: …]".
    rf"|\((?:prompt|request){_SENDER}\s*:\s*[^()]+\)|\[(?:prompt|request){_SENDER}\s*:\s*[^\[\]]+\]",
    re.IGNORECASE | re.DOTALL,
)
# The roles that may stand between a piece's heading and its request line: the site's
# counts and chrome the earlier passes dropped.
_BETWEEN = frozenset({"dropped", "separator"})
# What may follow a request line: the piece's text, or the writer's note above it (the
# body pass, which runs later, tells which).
_AFTER = frozenset({"text", "note"})
# The words one of those lines opens with.
_WORDS = ("asked", "request", "prompt")
# The longest request line.
_LONGEST = 300


def request_lines(chunks: Chunks) -> Chunks:
    """Rule ``piece-request-line``: right under a chapter heading (the site's dropped
    chrome aside), a paragraph that opens "anon asked:" or "requested by @name:" is the
    request the piece answers: part of the piece's header, dropped from its text.

    Runs before the body pass, so a note under the request is read as the piece's
    note above its text, not as a note after a first paragraph.

    Guards: the first paragraph under the heading only; a short one; story text (or a
    note) after it;
    two headings at least with such a line, as a dump or an imagines book heads every
    piece so, so one story's "anon asked: …" opening stays its text."""
    if not any(_cheap(chunk) for chunk in chunks):
        return chunks
    found: list[int] = []
    for index, chunk in enumerate(chunks):
        if chunk.role != "heading":
            continue
        position = index + 1
        while position < len(chunks) and _between(chunks[position]):
            position += 1
        if position + 1 >= len(chunks) or chunks[position + 1].role not in _AFTER:
            continue
        line = chunks[position]
        if line.role == "text" and _cheap(line) and _REQUEST.fullmatch(line.text):
            found.append(position)
    if len(found) < 2:
        return chunks
    marked = list(chunks)
    drop_all(marked, found, "piece-request-line")
    return tuple(marked)


def _between(chunk: Chunk) -> bool:
    """A line between a heading and its request: dropped already, or a site's counts line
    the body pass (which runs later) will drop."""
    return chunk.role in _BETWEEN or (chunk.role == "text" and is_site_chrome(chunk.text))


def _cheap(chunk: Chunk) -> bool:
    """The cheap test first: a short paragraph with "asked", "request" or "prompt" in its
    opening."""
    head = chunk.text[:60].lower()
    return len(chunk.text) <= _LONGEST and any(word in head for word in _WORDS)
