"""A web-serial site's fiction page above the chapters (Royal Road, Scribble Hub, Webnovel).

The fiction page heads the story with its title, byline and status badge, then the
description, unlabelled, then a row of the site's reader counts ("Total Views : 2,418
Followers : 57 …") and the table of contents. The description is the story's summary;
the counts are the site's.
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import QUOTES, Chunk
from fic2epub.normalise.story_chips import chips_line, dates_line

# One labelled count: "Total Views : 2,418", "Followers: 57", "Pages : 14".
_COUNTER = lazy(r"(?P<label>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2})\s*:\s*\d[\d,.]*\s*[kKmM]?")
# The counts are set apart by wide spaces, a bar or a bullet.
_COUNTER_SEPARATOR = lazy(r"\s{3,}|\s*[|·•]\s*")
# The most paragraphs a description above the counts may run to, and its longest.
_DESCRIPTION_PARAGRAPHS = 4
_DESCRIPTION_CHARS = 1500
# A rule across the page: a dash, an equals sign or an underscore, eight times or more
# ("------", "======"), as the cheap test before it asks.
_RULE_LINE = lazy(r"\s*([-=_])\1{7,}\s*")
# The header lines a fiction page's description stands under.
_ABOVE_DESCRIPTION = frozenset({"title", "byline", "info"})


def counters_line(text: str) -> bool:
    """Rule ``counters-line``: a page's row of labelled reader counts, set apart by wide
    spaces or bars ("Total Views : 2,418   Average Views : 806   Followers : 57").

    Three counts at least, and every item a label of at most three words with a number
    and nothing else, so a sentence with a colon and a number never matches."""
    if ":" not in text or len(text) > 300 or not text[:1].isalpha():
        return False
    items = [item for item in _COUNTER_SEPARATOR.split(text.strip()) if item]
    return len(items) >= 3 and all(_COUNTER.fullmatch(item) for item in items)


def description_above_counters(chunks: list[Chunk], index: int) -> int | None:
    """Rule ``description-above-counters``: a fiction page's description, one to four
    paragraphs right under its title block (title, byline or status badge) and right over
    the page's row of reader counts (:func:`counters_line`), is the story's summary; the
    counts are dropped. Returns the index after the counts, else None.

    A story's first paragraphs are never followed by such a row: it is the page's, and
    only a fiction page sets it between the header and the chapters."""
    if index == 0 or chunks[index - 1].role not in _ABOVE_DESCRIPTION:
        return None
    end = index
    while end < len(chunks) and end - index <= _DESCRIPTION_PARAGRAPHS:
        chunk = chunks[end]
        if chunk.role != "text" or (end > index and chunk.gap > 1):
            return None
        if counters_line(chunk.text) or chips_line(chunk.text):
            break
        end += 1
    else:
        return None
    span = chunks[index:end]
    if not span or sum(len(chunk.text) for chunk in span) > _DESCRIPTION_CHARS:
        return None
    if span[0].text[:1] in QUOTES:
        return None  # dialogue opens a story, not a description
    if any("-" in c.text or "=" in c.text or "_" in c.text for c in span) and any(
        _RULE_LINE.fullmatch(line) for c in span for line in c.lines
    ):
        # A rule across the page opens a piece's own header block (an export's "-----" /
        # title / "Posted … | words"): the counts under it are the piece's, not the page's.
        return None
    for position in range(index, end):
        chunks[position] = replace(
            chunks[position], role="summary", rule="description-above-counters"
        )
    rule = "counters-line" if counters_line(chunks[end].text) else "story-chips-line"
    chunks[end] = replace(chunks[end], role="dropped", rule=rule)
    end += 1
    while (
        end < len(chunks)
        and chunks[end].gap == 0
        and chunks[end].role == "text"
        and dates_line(chunks[end].text)
    ):
        # The page's dates under its chips (story_chips).
        chunks[end] = replace(chunks[end], role="dropped", rule="story-dates-line")
        end += 1
    return end
