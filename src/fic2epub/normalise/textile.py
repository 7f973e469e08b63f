"""Rule ``textile-markup``: a story converted to Textile, read with Markdown's marks.

calibre's TXT output with ``--txt-output-formatting=textile`` (an EPUB turned into a text
file) marks each block Textile's way:

- ``p. `` opens every paragraph, ``p=. `` a centred one (``p<. ``, ``p>. ``, ``p<>. `` the
  other alignments); an empty ``p. `` is an empty paragraph the book's spacing left;
- ``h3. `` heads a section (``h1.`` to ``h6.``);
- ``[*Label:*]`` is bold and ``[_word_]`` italic, bracketed where the mark touches a word.

Read as they are, every paragraph opens with "p. ", the title and chapter names are
prose and a centred break glyph is a paragraph of text. So the marks are rewritten as the
Markdown the reader knows: the block marks go, ``h3. Name`` is ``### Name`` and
``[*Label:*]`` is ``**Label:**``.

Only in a file that is Textile: one with a ``hN. `` heading and at least a few ``p. ``
paragraphs, each mark opening its line. A story that happens to open a line "p. 12" (a page
reference) has no ``h3. `` heading over it and keeps it.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.line_search import line_may_start

# A block's mark opening its line: "p. ", "p=. ", "p<>. ", "h3. " (the text may be empty).
_BLOCK = lazy(r"(?P<tag>p|h[1-6])(?P<align>[<>=]{0,2})\.(?:[ \t]+|$)")
# Textile's bracketed phrase marks: "[*Label:*]" (strong), "[_word_]" (emphasis).
_BRACKETED = lazy(r"\[(?P<mark>\*\*?|__?)(?P<inner>[^\[\]\n]{1,200}?)(?P=mark)\]")
# A heading's mark opening a line anywhere in the text: the cheap test first. Written after
# a line break, not as "^" with re.MULTILINE, which the engine tries at every position (six
# milliseconds over a megabyte, where the break is found at once: see line_search).
_HEADING_START = lazy(r"\nh[1-6]\. ")
# A file needs this many paragraph marks besides its heading.
_LEAST_PARAGRAPHS = 3


def textile_markup(text: str) -> str:
    """``text`` with Textile's block marks and bracketed phrase marks as Markdown, when it
    is Textile; else as it is. Lines keep their places, so line numbers still hold."""
    # The heading first: its search finds line breaks faster than "in" finds "p. ".
    if not line_may_start(_HEADING_START, text) or "p. " not in text:
        return text
    lines = text.split("\n")
    if not _is_textile(lines):
        return text
    return "\n".join(_markdown_line(line) for line in lines)


def _is_textile(lines: list[str]) -> bool:
    """Whether the lines are Textile's: a ``hN. `` heading and a few ``p. `` paragraphs."""
    headings = paragraphs = 0
    for line in lines:
        if line[:1] not in ("p", "h") or (found := _BLOCK.match(line)) is None:
            continue
        if found.group("tag") == "p":
            paragraphs += 1
        else:
            headings += 1
        if headings and paragraphs >= _LEAST_PARAGRAPHS:
            return True
    return False


def _phrase(found: re.Match[str]) -> str:
    """A bracketed phrase in Markdown: strong as ``**…**``, emphasis as ``_…_``."""
    mark = "**" if found.group("mark")[0] == "*" else "_"
    return f"{mark}{found.group('inner')}{mark}"


def _markdown_line(line: str) -> str:
    """One Textile line in Markdown's marks: no paragraph mark, a heading's ``#`` marks."""
    if "[" in line:
        line = _BRACKETED.sub(_phrase, line)
    if line[:1] not in ("p", "h") or (found := _BLOCK.match(line)) is None:
        return line
    rest = line[found.end() :].strip()
    tag = found.group("tag")
    if tag == "p":
        return rest
    return f"{'#' * int(tag[1])} {rest}" if rest else ""
