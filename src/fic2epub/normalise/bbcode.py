"""Rule ``bbcode-emphasis``: "[i]…[/i]", "[b]…[/b]" and "[u]…[/u]" codes become the
``*italic*`` and ``**bold**`` markers the emphasis pass reads.

Writing tools that keep their own markup (yWriter's scene text, a forum's post editor copied
as typed) save italics and bold as square-bracket codes. Left in, a reader sees "[i]" and
"[/i]" round words the writer set in italics; the codes are markup, not the story's words.

Guards: only a pair, the opening and its own closing code on one line with no other bracket
between ("[i]dómine[/i]"), is read; a lone "[i]", a list's "[b]" item or a reference "[u]" stays
as written. Where the marker could not be read as emphasis (the code opens or closes inside a
word, "[i]Dios[/i]es", or the words hold an asterisk), the codes go and the words stay plain.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# One pair on one line: the code, a few words with no bracket or line break, its closing code.
_PAIR = lazy(r"\[(?P<tag>[ibu])\](?P<body>[^\[\]\n]{1,500}?)\[/(?P=tag)\]", re.IGNORECASE)
_MARKS = {"i": "*", "u": "*", "b": "**"}
# What may stand before an opening marker and after a closing one for the emphasis pass to
# read it (emphasis._OPEN and _CLOSE), besides the line's edges.
# An outer code's bracket counts as an edge too: its pair is read in the next round.
_BEFORE = frozenset(" \t(\"“‘'—–-]")
_AFTER = frozenset(" \t)].,;:!?\"”’'—–…-[")
# Nested pairs ("[b][i]…[/i][/b]") are read from the inside out, a level a round.
_DEPTH = 3


def bbcode_emphasis(text: str) -> str:
    """``text`` with its paired BBCode emphasis codes turned into Markdown emphasis."""
    # Cheap first: a closing code holds "[/".
    if "[/" not in text:
        return text
    for _ in range(_DEPTH):
        converted = _PAIR.sub(_marked, text)
        if converted == text:
            break
        text = converted
    return text


def _marked(found: re.Match[str]) -> str:
    """One pair's words, with the Markdown marks where the emphasis pass can read them."""
    body = found.group("body")
    words = body.strip()
    if not words:
        return body
    # Spaces just inside the codes belong outside the marks, which must touch the words.
    lead = body[: len(body) - len(body.lstrip())]
    trail = body[len(body.rstrip()) :]
    text = found.string
    before = text[found.start() - 1] if found.start() else " "
    after = text[found.end()] if found.end() < len(text) else " "
    readable = (
        "*" not in words
        and (lead or before in _BEFORE or before == "\n")
        and (trail or after in _AFTER or after in "\r\n")
    )
    if not readable:
        return body
    mark = _MARKS[found.group("tag").lower()]
    return f"{lead}{mark}{words}{mark}{trail}"
