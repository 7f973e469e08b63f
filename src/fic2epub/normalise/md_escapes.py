"""Rule ``markdown-escapes``: a story converted to Markdown gets its escaped marks back.

An HTML-to-Markdown converter (calibre's TXT output with its Markdown option, html2text,
pandoc) escapes with a backslash every character Markdown would read as a mark:
``wick\\_and\\_wax``, ``\\(Nell\\)``, ``\\* \\* \\*``, ``their work\\!``. The backslashes
are the converter's, not the writer's, and would otherwise reach the text.

Only in a file that shows the converter's hand: several escapes no writer types (an
underscore escaped inside a word, an escaped asterisk, hash, bang, bracket or backtick).
A kaomoji ``\\(^o^)/`` or a shrug ``¯\\_(ツ)_/¯`` in an ordinary story is none of them, so it
keeps its backslash.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy
from fic2epub.normalise.web_clip import ESCAPE

# The escapes only a converter writes: "\_" inside a word ("salt\_road"), "\*", "\#", "\!",
# "\[", "\]", "\`", and (rule ``escaped-number-stop``) a full stop escaped after a number
# ("March 1817\. The…"): Google Docs' Markdown download guards every "1817." that could
# read as an ordered list's number, and no writer types that backslash.
_CONVERTER_ESCAPE = lazy(r"(?<=\w)\\_(?=\w)|\\[*#!\[\]`]|(?<=\d)\\\.")
# A file needs this many of them: one could be a writer's own.
_LEAST = 3


def markdown_escapes(text: str) -> str:
    """``text`` with its Markdown escapes undone when a converter wrote them; else as it is."""
    if "\\" not in text:
        return text
    for found, _ in enumerate(_CONVERTER_ESCAPE.finditer(text), start=1):
        if found >= _LEAST:
            return ESCAPE.sub(lambda escape: escape.group("mark"), text)
    return text
