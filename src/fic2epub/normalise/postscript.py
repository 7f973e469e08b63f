"""The author's "PS:" to readers after a story's "The End".

A "P.S." in a story is most often a letter's ("P.S. Burn this."), so the note rules take it
as a label only in bold (``bold-postscript-label``). Under the story's own end marker,
though, no letter is open: the postscript is the writer's to the readers, and its "PS" is
the note's label, kept as written ("PS", "P.S.", "PPS").
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# "PS:", "P.S.", "P.S.:", "PPS:", "P.P.S." in capitals, then the note on the same line.
_POSTSCRIPT = lazy(
    r"(?P<label>P\.?\s?(?:P\.?\s?)?S\b\.?)(?:\s*[:：]\s*|\s+)(?P<rest>\S.*)", re.DOTALL
)


def postscript_after_end(text: str) -> tuple[str, str] | None:
    """Rule ``postscript-after-the-end``: a paragraph under the story's end marker that
    opens on "PS:" or "P.S." is the writer's postscript, labelled as written (minus the
    colon). Returns the label and the note's text, or None.

    Guards: the caller asks only of the talk after "The End"; capitals only ("ps" is a
    chat word), and the note's text on the same line."""
    if text[:1] != "P":
        return None
    found = _POSTSCRIPT.match(text)
    if found is None:
        return None
    return found.group("label").strip(), found.group("rest")
