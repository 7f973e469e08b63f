"""Rule ``echomail-footer``: the lines a FidoNet program puts under each echomail message.

A message posted to a FidoNet echo and saved from an offline reader ends with its
software's lines under the writer's last word::

    ... A tagline: the reader's random saying.
    --- Reader/DOS v1.0
     * Origin: Some BBS, Some Town (1:234/56)
    SEEN-BY: 234/1 56 250/0
    ^APATH: 234/56 1

The tagline (three dots and a saying), the tear line ("---" and the program), the Origin
line that names the board and its FidoNet address, and the SEEN-BY and PATH lines that
route it. None is the writer's. The Origin line, with the address in brackets closing it,
is the guard: the tear line and the tagline count only right above it.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, drop_all

# " * Origin: Board name · Town (2:254/31)", the address zone:net/node[.point].
_ORIGIN = lazy(r"\s*\*\s*origin:.{0,100}\(\s*\d{1,5}:\d{1,5}/\d{1,5}(?:\.\d{1,5})?\s*\)\s*", re.I)
# "--- Blue Wave/DOS v2.30", or "---" alone.
_TEAR = lazy(r"---(?:\s+\S.{0,60})?")
# "... Why is a node like a tortoise?"
_TAGLINE = lazy(r"\.\.\.\s+\S.{0,100}")
# The routing lines under the Origin line, and the kludges with their ^A byte.
_ROUTING = lazy(r"(?:\x01|\^A)?(?:seen-by|path)\s*:\s*[\d/: .]+", re.I)
# How many undropped chunks from the chapter's end the Origin line may stand.
_WITHIN = 6


def _footer_line(line: str) -> bool:
    return bool(_TEAR.fullmatch(line.strip()) or _TAGLINE.fullmatch(line.strip()))


def echomail_footer(chunks: list[Chunk], first: int, end: int) -> None:
    """Drop the tagline, tear, Origin, SEEN-BY and PATH lines closing a message (see above)."""
    seen = 0
    for index in range(end - 1, first - 1, -1):
        chunk = chunks[index]
        if chunk.role == "dropped":
            continue  # the next message's header, dropped already, is no distance
        seen += 1
        if seen > _WITHIN:
            return
        if "rigin" not in chunk.text:
            continue
        if not _ORIGIN.fullmatch(chunk.lines[0]) or not all(
            _ROUTING.fullmatch(line.strip()) for line in chunk.lines[1:]
        ):
            continue
        start = index
        while start > first and all(_footer_line(line) for line in chunks[start - 1].lines):
            start -= 1
        stop = index + 1
        while stop < end and (
            chunks[stop].role == "dropped"
            or all(_ROUTING.fullmatch(line.strip()) for line in chunks[stop].lines)
        ):
            stop += 1
        drop_all(chunks, range(start, stop), "echomail-footer")
        return
