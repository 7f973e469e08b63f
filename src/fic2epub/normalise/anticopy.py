"""Rule ``anti-copy-string``: a site's anti-copy strings, glued into the text it lets a
reader copy, taken out.

Penana hides short strings in a chapter's text that show up only when it is copied: a
plea and its own name, with a random token, run onto the start of a paragraph or between
two sentences ("No Plagiarism!x1y2z3w4v5posted on PENANA", "copyright protection12PENANA
a1B2c3D4e5", "34Please respect copyright.PENANAa1B2c3D4e5"). Copied from a phone, with no
blank lines, each string glues onto the paragraph's first word. None of it is the writer's.

Only the site's exact wordings, with the site's name in capitals and the token glued on,
are taken out: a story that says "copyright protection" or "Penana" keeps its words.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.line_search import holds

# The name the site signs its strings with, in capitals: the cheap test before the regex.
_TELLTALE = "PENANA"
# The site's three wordings. The token after the name is ten letters and digits (glued to
# the paragraph's first word, so its length is what tells where the text starts); the one
# in "No Plagiarism!…posted on" stands between two literals, so any length is read.
_STRING = lazy(
    r"(?:\d{1,4}Please respect copyright\.|copyright protection\d{1,4})PENANA[A-Za-z\d]{10}"
    r"|No Plagiarism!\s?[A-Za-z\d]{4,40}?posted on PENANA",
    re.IGNORECASE,
)


def anticopy_strings(text: str) -> str:
    """The text without the site's anti-copy strings (see the module's docstring)."""
    # Looked for from the text's capital "P"s, which prose holds few of (see line_search).
    if not holds(text, _TELLTALE, "P"):
        return text
    return str(_STRING.sub(_cut, text))


def _cut(found: re.Match[str]) -> str:
    # Only the site's name in capitals: "posted on Penana" in a writer's own note stays.
    if _TELLTALE not in found.group(0):
        return found.group(0)
    # Between two sentences the string stood for the space that parted them.
    whole, start, end = found.string, found.start(), found.end()
    glued = start > 0 and end < len(whole) and not whole[start - 1].isspace()
    return " " if glued and not whole[end].isspace() else ""
