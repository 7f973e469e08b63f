"""Text step ``ao3-lost-glyphs``: AO3's button arrows and kudos heart that a legacy encoding
turned into question marks, put back.

AO3 writes its chapter and series buttons with arrows ("← Previous Chapter", "Next Chapter
→", "Next Work →") and its kudos button with a heart ("Kudos ♥"). A page copied into an
editor and saved in an encoding with no such characters (Mac OS Roman, Latin-1, ANSI) gets a
"?" in their place: "? Previous Chapter", "Next Chapter ?", "Kudos ?". With the glyph back,
the line is the button every page rule already knows, rather than a short line the header
takes for the work's title.

Only a whole line in exactly that shape, and only when the file holds two such lines (a
page's button bar never has just one): an author's line "Next chapter?" has no space
before its mark, and a single odd line is left as written.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.line_search import holds

# The buttons, each with "?" where AO3 puts its arrow or heart.
_LOST = lazy(
    r"^(?:\? (?P<back>Previous (?:Chapter|Work))|(?P<next>Next (?:Chapter|Work)) \?"
    r"|(?P<kudos>Kudos) \?|\? (?P<top>Top))[ \t]*$",
    re.MULTILINE,
)
# The buttons that end their line with the lost glyph, one of which the quick test found.
_LINE_END_BUTTONS = ("Kudos ?", "Chapter ?", "Work ?")
# The fewest such lines that make a page's buttons rather than a stray line.
_FEWEST = 2


def _restored(found: re.Match[str]) -> str:
    """The button with its glyph back in place of the question mark."""
    if found["back"]:
        return f"← {found['back']}"
    if found["next"]:
        return f"{found['next']} →"
    if found["kudos"]:
        return "Kudos ♥"
    return f"↑ {found['top']}"


def ao3_lost_glyphs(text: str) -> str:
    """Put AO3's arrows and heart back where a legacy encoding left "?" (``ao3-lost-glyphs``)."""
    if not holds(text, " ?\n", "?"):
        # The cheap question first, one search from the text's question marks (holds, a
        # third of a millisecond in a long story): a page that lost its glyphs ends a line
        # on a lone "?" ("Kudos ?", "Next Chapter ?"), whatever else it lost.
        return text
    if not any(button in text for button in _LINE_END_BUTTONS):
        # French sets a space before "?" ("Quoi ?"): a line ending so is no button unless a
        # button's words come with it, which is asked before the pattern reads every line.
        return text
    if sum(1 for _ in _LOST.finditer(text)) < _FEWEST:
        return text
    return _LOST.sub(_restored, text)
