"""Chapters headed by a place and a year in capitals: "LISBON, 1755", "THE CAPE — 1806".

A story that follows its people across places and years heads each section with where and
when, in capitals, on a line of its own, and nothing else: no "Chapter", no number. The
capitals-title rule (caps_titles) leaves out lines with digits, since a book's running
head ("LONDON, 1888") repeats on every page; a sequence of different places and years, each
over its own prose, is the story's own headings.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy
from fic2epub.normalise.caps_titles import is_prose, title_sequence
from fic2epub.normalise.chunks import Chunk, Chunks, is_glyph_line

# The heading: a place of one to four words in capitals (letters, apostrophes, dots,
# hyphens), then a comma or a spaced dash, then a year of three or four digits, perhaps
# after a season or month in capitals ("ODESSA, WINTER 1905") or before an era ("AD").
_PLACE_YEAR = lazy(
    r"(?P<place>[^\W\d_][^\W\d_'’.-]*(?:[ '’.-]+[^\W\d_]+){0,3})"
    r"(?:,\s*|\s+[-–—]\s+)(?:[^\W\d_]{3,9}\s+)?\d{3,4}(?:\s+(?:AD|BC|CE|BCE))?"
)

# A short sentence of prose: a capital, three words or more, a full stop.
_SHORT_SENTENCE = lazy(r"[A-Z][a-z'’]*(?:,?\s+[\w'’-]+){2,}[.!?]")


def place_year_headings(chunks: Chunks) -> Chunks:
    """Rule ``place-year-sequence``: lines in capitals that name a place and a year
    ("KIRKWALL, 1801", "THE CAPE — 1806"), set apart by blank lines, each over story prose,
    head the chapters of a story that has no other headings.

    Guards: as ``caps-title-sequence`` (two or more, blank lines around each, prose under
    each, every chapter two paragraphs long at least and longer than whatever stands above
    the first), and every such line differs from the others: a running head repeats itself.
    Lines that each follow a break glyph caption scenes (``place-year-after-break``).
    """
    if any(chunk.role in ("heading", "part") for chunk in chunks):
        return chunks
    marked = title_sequence(chunks, _place_year_line, "place-year-sequence")
    if marked is chunks:
        return chunks
    found = [c.text.strip() for c in marked if c.rule == "place-year-sequence"]
    if len(set(found)) != len(found):
        return chunks
    if _captions_after_breaks(marked):
        return chunks
    return marked


def _captions_after_breaks(marked: Chunks) -> bool:
    """Rule ``place-year-after-break``: when every place-and-year line but the first stands
    right under a break glyph ("xXx", "* * *"), the writer divided one story into scenes
    with the glyphs and captioned each scene with where and when: the lines head sections
    of a one-shot, not chapters (a chapter heading needs no break above it)."""
    places = [i for i, chunk in enumerate(marked) if chunk.rule == "place-year-sequence"]
    return all(index > 0 and is_glyph_line(marked[index - 1].text) for index in places[1:])


def _place_year_line(chunks: Chunks, index: int) -> bool:
    """A lone short line in capitals naming a place and a year, with blank lines around it
    and a prose paragraph under it."""
    chunk = chunks[index]
    text = chunk.text.strip()
    # Cheap tests first: a short line ending in a digit or an era, starting with a letter.
    if len(text) > 50 or not text[:1].isalpha() or text[-1:] not in "0123456789DCE":
        return False
    if chunk.role != "text" or len(chunk.lines) != 1 or chunk.continues:
        return False
    if text != text.upper() or _PLACE_YEAR.fullmatch(text) is None:
        return False
    return _spaced_over_prose(chunk, chunks[index + 1])


def _spaced_over_prose(chunk: Chunk, after: Chunk) -> bool:
    """Blank lines above and below the line, and a prose paragraph right under it: a long
    one, or a short sentence ("Two winters later, the ice came."), as a section under a
    place and a year may open on when it happens."""
    if chunk.gap < 1 or after.gap < 1 or after.role != "text":
        return False
    return is_prose(after) or _SHORT_SENTENCE.fullmatch(after.text) is not None
