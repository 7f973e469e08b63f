"""Rule ``asciidoc-markup``: a story converted to AsciiDoc, read with Markdown's marks.

A converter's AsciiDoc (``pandoc -t asciidoc`` of a word-processor file, Asciidoctor
sources kept in a writer's repository) marks its structure its own way:

- ``= Title`` opens the document, and the line right under it is the document's author
  (``Name``, ``Name <mail@example.net>``, several names between ``;``), the one under that
  its revision or date;
- ``== Section`` heads a section, one ``=`` more a level deeper;
- a line ending `` +`` is a hard line break, the ``+`` no text;
- ``'''`` is a thematic break and ``<<<`` a page break.

Read as they are, the title keeps its ``=``, the sections are prose and every field of a
header kept on hard breaks ends in ``+``. So the marks are rewritten as the Markdown the
reader knows: ``# Title``, ``by Name``, ``## Section``, ``* * *``.

Only in a file that is AsciiDoc: one whose first line is a ``= Title`` and that has a
``== Section`` heading or two hard breaks. A story that opens "= Prologue =" in a wiki's
style (closing ``=`` marks) is not one; a lone "== " inside the prose of a plain story
changes nothing when its first line is no document title.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy

# The document title: one "=", a space, a title with a letter in it, no closing "=".
_TITLE = lazy(r"=[ \t]+(?P<title>[^=\s](?:.*[^=\s])?)[ \t]*")
# A section heading: two to six "=", a space, a title, no closing "=" (a wiki's "== A ==").
_SECTION = lazy(r"(?P<marks>={2,6})[ \t]+(?P<title>[^=\s](?:.*[^=\s])?)[ \t]*")
# A hard line break: " +" ending a line of text.
_HARD_BREAK = lazy(r"(?<=\S)[ \t]+\+[ \t]*$")
# The revision line under the author line: "v1.0, 2023-05-01: …" or a bare date.
_REVISION = lazy(r"v?\d[\w.,:/ -]*")
# An attribute entry in the header: ":toc:", ":lang: en", ":!sectids:".
_ATTRIBUTE = lazy(r":!?[\w-]{1,40}!?:.*")
# The author line: names (each maybe with its mail address) between ";", no field's colon
# and no hard break, which a header's first field under a title with no author would have.
_AUTHOR_LINE = lazy(r"[^:;+<>]{1,60}(?:<[^<>\s]+>)?(?:\s*;\s*[^:;+<>]{1,60}(?:<[^<>\s]+>)?)*")
# A mail address after the author's name.
_MAIL = lazy(r"\s*<[^<>\s]+@[^<>\s]+>")
_THEMATIC_BREAK = "'''"
_PAGE_BREAK = "<<<"
# A file needs this many hard breaks when it has no section heading.
_LEAST_BREAKS = 2


def asciidoc_markup(text: str) -> str:
    """``text`` with AsciiDoc's title, author line, sections and breaks as Markdown, when
    it is AsciiDoc; else as it is. Lines keep their places, so line numbers still hold."""
    if not text.lstrip().startswith("= "):
        return text
    lines = text.split("\n")
    first = next(index for index, line in enumerate(lines) if line.strip())
    title = _TITLE.fullmatch(lines[first].strip())
    if title is None or not _is_asciidoc(lines[first + 1 :]):
        return text
    lines[first] = f"# {title.group('title')}"
    _header(lines, first + 1)
    for index in range(first + 1, len(lines)):
        lines[index] = _body_line(lines[index], lines[index - 1])
    return "\n".join(lines)


def _is_asciidoc(lines: list[str]) -> bool:
    """Whether the lines under a ``= Title`` are AsciiDoc's: a section heading opening a
    block, or at least two hard breaks."""
    breaks = 0
    above = ""
    for line in lines:
        if not above.strip() and _SECTION.fullmatch(line.strip()):
            return True
        breaks += _HARD_BREAK.search(line) is not None
        if breaks >= _LEAST_BREAKS:
            return True
        above = line
    return False


def _header(lines: list[str], start: int) -> None:
    """The author line under the title as a byline, the revision line and attribute
    entries under it dropped; the header ends at the first blank line."""
    index = start
    while index < len(lines) and lines[index].strip():
        line = lines[index].strip()
        if _ATTRIBUTE.fullmatch(line):
            lines[index] = ""
        elif index == start and _AUTHOR_LINE.fullmatch(line):
            lines[index] = _byline(line)
        elif index == start + 1 and _REVISION.fullmatch(line):
            lines[index] = ""
        index += 1


def _byline(line: str) -> str:
    """AsciiDoc's author line as a byline: "A <a@x.net>; B" -> "by A and B"."""
    names = [_MAIL.sub("", name).strip() for name in line.split(";")]
    names = [name for name in names if name]
    if len(names) > 1:
        return f"by {', '.join(names[:-1])} and {names[-1]}"
    return f"by {names[0]}" if names else ""


def _body_line(line: str, above: str) -> str:
    """One line under the header in Markdown's marks."""
    stripped = line.strip()
    if stripped == _THEMATIC_BREAK:
        return "* * *"
    if stripped == _PAGE_BREAK:
        return ""
    if not above.strip() and (section := _SECTION.fullmatch(stripped)):
        return f"{'#' * len(section.group('marks'))} {section.group('title')}"
    return _HARD_BREAK.sub("", line)
