"""A story page's genre chips copied one a line into its header.

Web-serial and archive pages (Royal Road, Scribble Hub, Tapas) print a story's genres as
a row of chips under its title and status ("Romance", "Adventure", "Historical"). Copied as
text, each chip stands alone on its line. They are the site's tags, not the first lines of
a story: read as text, they would open an untitled chapter before the first heading.
"""

from __future__ import annotations

from collections.abc import Sequence

from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.metadata import is_known_genre

# The longest chip, and how many words it may hold ("Slice of Life").
_LONGEST = 24
_WORDS = 3


def _chip(chunk: Chunk) -> bool:
    """One line that may be a genre chip: a word or three, capitalised, no punctuation."""
    text = chunk.text.strip()
    if chunk.role != "text" or len(chunk.lines) != 1 or not 0 < len(text) <= _LONGEST:
        return False
    words = text.split()
    return len(words) <= _WORDS and text[:1].isupper() and all(w.isalpha() for w in words)


def genre_chip_run(chunks: Sequence[Chunk], index: int) -> int | None:
    """Rule ``genre-chip-lines``: the end of a run of genre chips starting at ``index``, else
    None.

    Guards: two lines or more, one under the other with no blank line between, each a
    capitalised word or three with no punctuation, and two of them common genres
    ("Romance", "Adventure"), so a poem's short lines or a list of names is never taken."""
    end = index
    while end < len(chunks) and _chip(chunks[end]) and (end == index or not chunks[end].gap):
        end += 1
    if end - index < 2:
        return None
    known = sum(is_known_genre(chunk.text.strip()) for chunk in chunks[index:end])
    return end if known >= 2 else None
