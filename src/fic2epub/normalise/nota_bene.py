"""Rule ``nota-bene-label``: "N.B." heading the author's note at the story's edges.

Some writers head their notes "N.B." (nota bene) rather than "A/N:": one over the story,
under the header's fields, and one after its closing "THE END". The stops are part of the
abbreviation and kept in the label, as "A.N." keeps its own.

Guards: upper case, with both stops ("N.B.") or with a colon ("NB:"), and only where a note
stands on its own: in the header, above the first heading, and in the author's talk after
the story's end marker. Inside a chapter a letter or a notice may well close on "N.B. The
gate is locked at nine.", so the body's note rules never read it (``match_note`` does not
know it).
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import bracketed_inside
from fic2epub.normalise.patterns import NoteLabel

# "N.B. text", "N. B. text", "N.B.: text", "NB: text", with an opening bracket or emphasis
# mark before it; upper case only, as "n.b." is no label a writer heads a note with.
_NOTA_BENE = lazy(
    r"[(\[*_]{0,3}(?P<label>N\.\s?B\.|NB(?=\s*:))[*_]{0,3}\s*:?\s*(?P<rest>\S.*|)",
    re.DOTALL,
)


def match_nota_bene(text: str) -> NoteLabel | None:
    """The "N.B." label and the note's text after it on the line, else None."""
    if "N" not in text[:4]:
        return None  # cheap first test: the label opens the line
    found = _NOTA_BENE.fullmatch(text.strip())
    if found is None:
        return None
    rest = found.group("rest").strip()
    if bracketed_inside(text.strip()) is not None:
        rest = rest[:-1].rstrip()  # "(N.B. …)" written as one bracketed aside
    return NoteLabel(found.group("label"), rest)
