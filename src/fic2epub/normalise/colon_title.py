"""A title with a colon in it, right above the byline: "Spelling Down: A Winter Tale".

A title line reads as a "Label: value" field when the title has a colon, and the header would
take "Spelling Down" for an unknown label. Right above a byline, before any title, a line whose
"label" is no header label and whose both halves are title-shaped is the story's title, as
FanFiction.Net's page and writers' own title blocks set it ("Title" over "By: Name").
"""

from __future__ import annotations

from fic2epub.normalise.bylines import byline_next, title_like
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.field_lines import field_line
from fic2epub.normalise.fields import is_known_label

# Labels that head a mail's, a journal entry's or a post's own lines, never a title: "Subject:
# Re: the party" above a "By:" line is the post's subject.
_FRAMING_LABELS = frozenset(
    {
        "subject", "re", "fwd", "fw", "from", "to", "cc", "date", "sent", "mood",
        "current mood", "music", "current music", "location", "current location", "posted",
        "posted by", "posted on", "reply", "quote", "edit", "update", "tags", "fic", "ficlet",
    }
)  # fmt: skip
# Where a title's half may open: a capital, a figure or an opening quote.
_OPENERS = "\"'“‘«([¡¿"


def colon_title_over_byline(chunks: list[Chunk], index: int) -> bool:
    """Rule ``colon-title-over-byline``: a "Words: More Words" line right above a byline,
    while the header has found no title and no byline yet, is the title, colon and all.

    Guards: the part before the colon is no header label (a known field, an extra label, a
    mail's or journal's framing label); both parts open as a title does (a capital, a figure
    or a quote), and the line is title-shaped (short, no closing full stop); the byline
    follows at once, with no blank line or one."""
    chunk = chunks[index]
    text = chunk.text
    if ":" not in text or "://" in text or not title_like(chunk):
        return False
    field = field_line(text)
    if field is None:
        return False
    label, value = field
    key = label.strip(" *_").lower()
    if not value or is_known_label(label) or key in _FRAMING_LABELS:
        return False
    if not (_title_start(label) and _title_start(value)):
        return False
    return byline_next(chunks, index)


def _title_start(part: str) -> bool:
    """Whether a part of the line opens as a title's words do."""
    first = part.strip()[:1]
    return first.isupper() or first.isdigit() or (first != "" and first in _OPENERS)
