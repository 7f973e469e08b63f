"""Rule ``colon-title``: a title with a colon in it ("Spelling Down: A Flat Creek Winter",
"ADAM HOMO: A MISSING CANTO"), read as the title rather than as a header field.

A title with a subtitle after a colon has the shape of a "Label: value" line, and the header
would read it as an unknown field labelled with the title's first half, leaving the story
untitled. Where it stands tells it apart: it is the header's first title-like line, and the
byline comes right under it ("By: fox_and_hound", "by Signe Holm", a blank line between at
most), or it stands where an AO3 work page always prints the title, right under the stats
block.

Guards: the part before the colon is no label a header uses ("Title", "Rating", "Pairing"
or a foreign one) nor one that heads a mail's, a journal entry's or a post's own lines
("Subject: Re: the party" over a "By:" line is the post's subject), so "Rating: T" over "by
X" stays a field; both halves open as a title does (a capital, a figure or a quote); the
line is a title's length and shape (no sentence's full stop, no comma closing it); and the
header has no title yet.
"""

from __future__ import annotations

from collections.abc import Sequence

from fic2epub.normalise.ao3_page import AO3_STATS_RULES
from fic2epub.normalise.bylines import byline_names, title_like
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.field_lines import field_line
from fic2epub.normalise.fields import is_known_label

# Labels that head a mail's, a journal entry's or a post's own lines, never a title.
_FRAMING_LABELS = frozenset(
    {
        "subject", "re", "fwd", "fw", "from", "to", "cc", "date", "sent", "mood",
        "current mood", "music", "current music", "location", "current location", "posted",
        "posted by", "posted on", "reply", "quote", "edit", "update", "tags", "fic", "ficlet",
    }
)  # fmt: skip
# Where a title's half may open: a capital, a figure or an opening quote.
_OPENERS = "\"'“‘«([¡¿"
# The most words before the colon: a title's first half, not a clause.
_MOST_HEAD_WORDS = 6


def colon_title(chunks: Sequence[Chunk], index: int) -> bool:
    """Whether the line at ``index`` is a title holding a colon (see the module)."""
    chunk = chunks[index]
    text = chunk.text
    if ":" not in text or len(chunk.lines) != 1 or not title_like(chunk):
        return False
    field = field_line(text)
    if field is None or not field[1] or is_known_label(field[0]):
        return False
    head, value = field
    if head.strip(" *_").lower() in _FRAMING_LABELS or len(head.split()) > _MOST_HEAD_WORDS:
        return False
    if not (head[:1].isupper() and _title_start(value)):
        return False
    return _byline_under(chunks, index) or _under_ao3_stats(chunks, index)


def _title_start(part: str) -> bool:
    """Whether a part of the line opens as a title's words do."""
    first = part.strip()[:1]
    return first.isupper() or first.isdigit() or (first != "" and first in _OPENERS)


def _byline_under(chunks: Sequence[Chunk], index: int) -> bool:
    """Whether a byline ("by X", "By: X") stands right under ``index``, one blank line
    between at most."""
    if index + 1 >= len(chunks):
        return False
    after = chunks[index + 1]
    return after.gap <= 1 and after.role in ("text", "byline") and bool(byline_names(after.text))


def _under_ao3_stats(chunks: Sequence[Chunk], index: int) -> bool:
    """Whether ``index`` is the line right under an AO3 work page's stats block, where the
    page prints the work's title."""
    return index > 0 and chunks[index - 1].rule in AO3_STATS_RULES
