"""Rule ``bbcode-emphasis``: "[i]…[/i]", "[b]…[/b]" and "[u]…[/u]" codes become the
``*italic*`` and ``**bold**`` markers the emphasis pass reads.

Writing tools that keep their own markup (yWriter's scene text, a forum's post editor copied
as typed) save italics and bold as square-bracket codes. Left in, a reader sees "[i]" and
"[/i]" round words the writer set in italics; the codes are markup, not the story's words.
An italic letter of several paragraphs has one code before its first and one after its last:
the emphasis pass reads a paragraph at a time, so each line of it gets marks of its own.

Guards: only a pair, the opening and its own closing code with no other bracket between and
at most a few lines apart ("[i]dómine[/i]"), is read; a lone "[i]", a list's "[b]" item or a
reference "[u]" stays as written. Where the marker could not be read as emphasis (the code
opens or closes inside a word, "[i]Dios[/i]es", or the words hold an asterisk), the codes go
and the words stay plain.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# One pair: the code, words with no bracket in them, its closing code.
_PAIR = lazy(r"\[(?P<tag>[ibu])\](?P<body>[^\[\]]{1,3000}?)\[/(?P=tag)\]", re.IGNORECASE)
# A closing code: the cheap question asked of the whole text first (a pattern with a literal
# start searches a long story faster than Python's substring test for a two-character one).
_CLOSING = lazy(r"\[/[ibuIBU]\]")
_MARKS = {"i": "*", "u": "*", "b": "**"}
# The most lines one pair spans: an italic letter or a dream of a few paragraphs.
_MOST_LINES = 12
# What may stand before an opening marker and after a closing one for the emphasis pass to
# read it (emphasis._OPEN and _CLOSE), besides the line's edges. An outer code's bracket
# counts as an edge too: its pair is read in the next round.
_BEFORE = frozenset(" \t(\"“‘'—–-]")
_AFTER = frozenset(" \t)].,;:!?\"”’'—–…-[")
# Nested pairs ("[b][i]…[/i][/b]") are read from the inside out, a level a round.
_DEPTH = 3


def bbcode_emphasis(text: str) -> str:
    """``text`` with its paired BBCode emphasis codes turned into Markdown emphasis."""
    # "[" first: one character is found at memory speed (see line_search), where the
    # pattern steps through a long story's characters looking for it.
    if "[" not in text or _CLOSING.search(text) is None:
        return text
    for _ in range(_DEPTH):
        converted = _PAIR.sub(_marked, text)
        if converted == text:
            break
        text = converted
    return text


def _marked(found: re.Match[str]) -> str:
    """One pair's words, each line's with the Markdown marks where the emphasis pass can
    read them; a pair spanning too many lines is no pair and stays as written."""
    lines = found.group("body").split("\n")
    if len(lines) > _MOST_LINES:
        return found.group()
    text = found.string
    before = text[found.start() - 1] if found.start() else "\n"
    after = text[found.end()] if found.end() < len(text) else "\n"
    mark = _MARKS[found.group("tag").lower()]
    last = len(lines) - 1
    return "\n".join(
        _line_marked(line, before if number == 0 else "\n", after if number == last else "\n", mark)
        for number, line in enumerate(lines)
    )


def _line_marked(line: str, before: str, after: str, mark: str) -> str:
    """One line's part of a pair: its words within the marks when they can be read so."""
    words = line.strip()
    if not words:
        return line
    # Spaces just inside the codes belong outside the marks, which must touch the words.
    lead = line[: len(line) - len(line.lstrip())]
    trail = line[len(line.rstrip()) :]
    readable = (
        "*" not in words
        and (lead or before in _BEFORE or before == "\n")
        and (trail or after in _AFTER or after == "\n")
    )
    return f"{lead}{mark}{words}{mark}{trail}" if readable else line
