"""A play's close as a story's end marker: "CURTAIN".

A fic written round a play, or in a play's manner, may end its last act as the play text
does, with the curtain coming down: "CURTAIN", "Curtain.", "(The curtain falls.)". It closes
the story as "The End" would, so it is the end marker, kept as written.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# Rule ``curtain-end-marker``: the stage's word for the end, alone on its line. In capitals
# ("CURTAIN", "THE CURTAIN FALLS"), capitalised with at most a stop ("Curtain."), or as a
# stage direction in brackets in any case ("(curtain)", "[The curtain falls.]"). A line of
# prose about a curtain says more than that ("The curtain fell on the first act."), and a
# lower-case "curtain" outside brackets is a word, not a close.
_CURTAIN = lazy(
    r"(?-i:(?:THE\s+)?CURTAIN(?:\s+FALLS)?|Curtain(?:\s+falls)?)\s*[.!]?"
    r"|[(\[]\s*(?:the\s+)?curtain(?:\s+falls)?\s*[.!]?\s*[)\]]",
    re.IGNORECASE,
)


def is_curtain(text: str) -> bool:
    """Whether the line ``text`` is a play's closing "CURTAIN" (``curtain-end-marker``),
    emphasis marks around it aside ("*Curtain.*")."""
    core = text.strip().strip("*_ ")
    if len(core) > 30 or "urtain" not in core.lower():
        return False
    return _CURTAIN.fullmatch(core) is not None
