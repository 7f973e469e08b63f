"""A serial's later entry names its own place in the work among its repeated header fields.

A journal serial posted as one entry per part repeats the first entry's header in each later
entry, with a field of its own added: "Part: 2/3", "Chapter: 4 of 10". The first entry's
header may lack that field (or give "Part: 1/3"), so the later line repeats no header line
and would break the run of repeats there, leaving itself and the fields under it (the
summary again) in the text of the part above.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk

# "Part: 2/3", "Chapter: 2 of 5", "Parts: 2-3 of 6", "Part: 2": the label, a colon, the
# part's number and maybe the count after "/" or "of".
_PART_FIELD = lazy(
    r"(?:part|chapter)(?P<plural>s)?\s*:\s*(?P<number>\d{1,3})(?P<range>\s*-\s*\d{1,3})?"
    r"(?P<total>\s*(?:/|of)\s*\d{1,3})?\s*",
    re.IGNORECASE,
)


def is_part_field(chunk: Chunk) -> bool:
    """Rule ``repeated-header-part-field``: a later entry's "Part: 2/3" field inside the run
    of its repeated header, as that entry's header. Like the entry's date, it continues a
    run of repeats but does not make one (the caller asks only inside a run).

    Guards: the whole line is the field, a number and a count, with nothing else (not
    "Part: the second one", nor a sentence); no blank line above it, so it is in the same
    block as the repeats above it; still unread text.
    """
    text = chunk.text
    if chunk.role != "text" or chunk.gap or len(text) > 30 or ":" not in text[:9]:
        return False
    return _PART_FIELD.fullmatch(text) is not None


def counted_part(text: str) -> int | None:
    """The part's number in a header's "Part: 2 of 3" field (the whole line: one part, out
    of the whole), else None."""
    if len(text) > 30 or ":" not in text[:9]:
        return None
    found = _PART_FIELD.fullmatch(text)
    if found is None or found["plural"] or found["range"] or not found["total"]:
        return None
    return int(found["number"])
