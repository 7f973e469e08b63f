"""Pass ``markup``: HTML left in a text file becomes the text and marks it stood for.

Stories saved from a page's source, an archive's HTML editor or an e-mail client keep some
of their HTML: ``<i>…</i>`` and ``<b>…</b>`` around words, ``<br>`` and ``<p>`` between
lines, ``<hr>`` between scenes, and character references (``&quot;``, ``&#8217;``,
``&nbsp;``). Emphasis becomes the ``*italic*`` and ``**bold**`` markers the emphasis pass
reads, line and paragraph tags become line breaks and blank lines, a rule becomes a scene
break, other tags go and references become their characters.

A file counts as holding HTML only with a known tag, or at least two character references:
"<3", "<sigh>" and one "AT&T" are a writer's own text. A file with scripts, styles, images or
event handlers in it holds markup typed as text, not formatting: it is all shown as typed.
"""

from __future__ import annotations

import html
import re

from fic2epub.lazy_re import lazy

_EMPHASIS = {"i": "*", "em": "*", "cite": "*", "u": "*", "b": "**", "strong": "**"}
_LINE = {"br"}
_BLOCK = {"p", "div", "blockquote", "center", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul"}
_DROPPED = {
    "span", "font", "a", "sup", "sub", "small", "big", "tt", "code", "s", "strike", "del",
    "ins", "ol", "body", "html",
}  # fmt: skip
# Longest first, so that "b" cannot take the start of "blockquote"; then in order, so that
# every run builds the same pattern (sets have no fixed order), which the cache knows.
_NAMES = "|".join(
    sorted([*_EMPHASIS, *_LINE, *_BLOCK, *_DROPPED, "hr"], key=lambda name: (-len(name), name))
)
_TAG = lazy(rf"<(?P<close>/?)(?P<name>{_NAMES})\b(?:\s[^<>]{{0,300}})?\s*/?>", re.IGNORECASE)
# Markup no formatting residue holds: scripts, styles, embedded objects and images, event
# handlers, CDATA and processing instructions. A file with any of them is not a story's
# formatting left behind but markup typed or pasted as text, and all of it is shown as typed.
_FOREIGN = lazy(
    r"<\s*/?\s*(?:script|style|iframe|frame|object|embed|svg|img|form|input|link|meta)\b"
    r"|<!\[CDATA\[|<\?|<[a-z][^<>]*\son\w+\s*=|javascript\s*:",
    re.IGNORECASE,
)
_REFERENCE = lazy(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Spaces just inside an emphasis tag ("<i> very </i>") belong outside its markers, which must
# touch the words they mark.
_INNER_SPACE_OPEN = lazy(r"(<(?:i|em|cite|u|b|strong)>)([ \t]+)", re.IGNORECASE)
_INNER_SPACE_CLOSE = lazy(r"([ \t]+)(</(?:i|em|cite|u|b|strong)>)", re.IGNORECASE)
# Stand-ins while tags are converted; the decode pass removed every C0 control from the text.
# A paragraph's edge where a tag stood: "</p>\n<p>" is one paragraph break, not a run of
# blank lines (which would read as a scene break), so edges and the spaces around them merge.
_EDGE = "\x00"
_OPEN = "\x01"
_CLOSE = "\x02"
_TOKEN = lazy(r"(?P<kind>[\x01\x02])(?P<mark>\*\*|\*)")
_PARAGRAPHS = lazy(r"([ \t]*(?:\x00[\s\x00]*|\n[ \t]*\n\s*))")


# Rule ``html-comment-lines``: an HTML comment standing alone on its lines, from "<!--" at a
# line's start to "-->" at a line's end with no blank line between, and the blank line
# under it.
_COMMENT_LINES = lazy(
    r"^[ \t]*<!--(?:(?!-->|\n[ \t]*\n)[^\x00]){0,2000}?-->[ \t]*(?:\n((?:[ \t]*\n)*)|\Z)", re.M
)


def html_comment_lines(text: str) -> str:
    """Rule ``html-comment-lines``: ``text`` without the HTML comments that stand alone on
    their lines ("<!-- TODO: check the valleys -->" between two paragraphs of a Markdown
    draft). Why: a writer's note to herself, hidden in any Markdown preview or HTML page, is
    neither story nor a note to the reader. The blank lines under it go too, as many as
    there are above it, so the paragraphs around it stay as far apart as the text's other
    paragraphs (one blank line, or two in a double-spaced text), not a scene break's run of
    them. A comment inside a line of prose is left as it is.
    """
    # "<" first: one character is found at memory speed (see line_search).
    if "<" not in text or "<!--" not in text:
        return text
    return _COMMENT_LINES.sub(lambda found: _gap_kept(text, found), text)


def _gap_kept(text: str, found: re.Match[str]) -> str:
    """The blank lines under a dropped comment line that make the gap across it as wide as
    the wider of the gaps above and under it."""
    below = (found.group(1) or "").count("\n")
    above, end = 0, found.start() - 1  # end: the line break that ends the line above
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip(" \t"):
            break
        above, end = above + 1, start - 1
    return "\n" * max(0, below - above)


def html_residue(text: str) -> str:
    """``text`` with its HTML tags and character references turned into plain text marks."""
    if "<" not in text and "&" not in text:
        return text
    tagged = _TAG.search(text) is not None
    if not tagged and len(_REFERENCE.findall(text)) < 2:
        return text
    if _FOREIGN.search(text):
        return text  # markup that is not formatting: show all of it as typed, guess nothing
    if tagged:
        text = _INNER_SPACE_OPEN.sub(r"\2\1", text)
        text = _INNER_SPACE_CLOSE.sub(r"\2\1", text)
        text = _convert_tags(text)
    return _REFERENCE.sub(_character, text)


def _character(found: re.Match[str]) -> str:
    # A reference html does not know stays as written; one for a space is a plain space.
    character = html.unescape(found.group())
    return " " if character == "\u00a0" else character


def _convert_tags(text: str) -> str:
    """Replace each tag by its mark, closing emphasis left open at a paragraph's end and
    opening it again in the next, as the emphasis pass reads one paragraph at a time."""
    pieces: list[str] = []
    position = 0
    for found in _TAG.finditer(text):
        pieces.append(text[position : found.start()])
        position = found.end()
        name = found.group("name").lower()
        if name in _EMPHASIS:
            pieces.append(_token(name, found))
        elif name in _LINE:
            pieces.append("\n")
            if text.startswith("\n", position):  # "<br>" ending its line is one break, not two
                position += 1
        elif name in _BLOCK:
            pieces.append(_EDGE)
        elif name == "hr":
            pieces.append(f"{_EDGE}* * *{_EDGE}")
    pieces.append(text[position:])
    # Split into paragraphs, keeping each break: a tag's edge is one blank line, but a run of
    # blank lines the writer typed (a scene break) stays as typed.
    parts = _PARAGRAPHS.split("".join(pieces))
    open_marks: list[str] = []
    kept: list[str] = []
    breaks: list[str] = []
    for number, part in enumerate(parts):
        if number % 2:
            breaks.append(part)
            continue
        paragraph = _balance(part, open_marks)
        if not paragraph.strip():
            continue
        if kept:
            typed = len(breaks) == 1 and _EDGE not in breaks[0]
            kept.append(breaks[0] if typed else "\n\n")
        kept.append(paragraph)
        breaks = []
    return "".join(kept)


def _token(name: str, found: re.Match[str]) -> str:
    """A stand-in for an emphasis tag until paragraphs are balanced: open or close, and mark."""
    return (_CLOSE if found.group("close") else _OPEN) + _EMPHASIS[name]


def _balance(paragraph: str, open_marks: list[str]) -> str:
    """One paragraph with its emphasis stand-ins as markers: marks left open by the paragraph
    before open it, and marks it leaves open close at its end (``open_marks`` carries them)."""
    if not paragraph.strip():
        return ""
    pieces = ["".join(open_marks)]
    position = 0
    for found in _TOKEN.finditer(paragraph):
        pieces.append(paragraph[position : found.start()])
        position = found.end()
        mark = found.group("mark")
        if found.group("kind") == _OPEN:
            open_marks.append(mark)
            pieces.append(mark)
        elif mark in open_marks:
            open_marks.remove(mark)
            pieces.append(mark)
    pieces.append(paragraph[position:])
    pieces.append("".join(reversed(open_marks)))
    return "".join(pieces)
