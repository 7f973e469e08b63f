"""Rule ``coauthor-aside-over-heading``: a co-written story's aside about its writers.

A story two people wrote often opens, under the header that names them both ("By: Ann Lee
and Tom Hart", "Author: reed & moss"), with a line about who did what before the first
chapter heading: "Tom says hi. He did the plotting; I did the typing." It names one of the
header's authors and speaks in the writer's own "I" or "we": the writers talking to
readers, an unlabelled front note, not a prologue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import OPENING_QUOTES, Chunk
from fic2epub.normalise.fields import field_for, split_authors

# The writer's own voice: "I", "we", "our", "us".
_VOICE = lazy(r"\bI\b|\b(?i:we|us|our)\b")
# The longest aside read so; a prologue runs longer.
_LONGEST = 300
# How many lines above the aside the header's names may stand.
_HEADER_REACH = 20


def coauthor_aside(chunks: Sequence[Chunk], lines: list[int], end: int, texts: list[str]) -> bool:
    """Whether the one paragraph at ``lines``, alone between the header and the story's
    first chapter heading, is the co-authors' aside (see module).

    Guards: the header above names two authors or more; the paragraph names one of them
    (a whole handle, or a name's first word of three letters or more, as a word), speaks in
    the first person, is short and no dialogue; and the very next kept line is a chapter
    heading within the region (``end``), so story prose under it is not taken."""
    if len(texts) != 1 or len(texts[0]) > _LONGEST or texts[0][:1] in OPENING_QUOTES:
        return False
    text = texts[0]
    if _VOICE.search(text) is None:
        return False
    after = next(
        (i for i in range(lines[-1] + 1, len(chunks)) if chunks[i].role != "dropped"), None
    )
    if after is None or after > end or chunks[after].role != "heading":
        return False
    names = _header_names(chunks, lines[0])
    if len(names) < 2:
        return False
    words = set(re.findall(r"[\w'’-]+", text))
    return any(_named(name, words) for name in names)


def _header_names(chunks: Sequence[Chunk], index: int) -> list[str]:
    """The authors the header above ``index`` names, in its byline or "Author:" field."""
    for chunk in chunks[max(0, index - _HEADER_REACH) : index]:
        if chunk.role == "byline" and chunk.value:
            # The byline rules keep the names they read, one a line.
            return chunk.value.split("\n")
        if chunk.role == "field" and field_for(chunk.label) == "authors":
            return list(split_authors(chunk.value or ""))
    return []


def _named(name: str, words: set[str]) -> bool:
    """Whether ``words`` name the author: the whole handle, or the first word of a name of
    several words ("Josiah" for "Josiah Penn") when it is capitalised and three letters or
    more."""
    parts = name.split()
    if len(parts) == 1:
        return name in words
    first = parts[0]
    return len(first) >= 3 and first[:1].isupper() and first in words
