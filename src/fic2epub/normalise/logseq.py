"""Rule ``logseq-page``: a Logseq page file, read as the outline's text.

Logseq keeps each page as a Markdown file of blocks: every paragraph is a ``- `` bullet,
nested under its parent with tabs, and a heading is a block too (``- ## Chapter 1``). Page
properties open the file as ``key:: value`` lines (``title:: …``, ``author:: [[name]]``), and
blocks carry their own properties on the lines under them (``heading:: true``,
``collapsed:: false``, ``id:: 6523…``). None of the bullets, tabs or block properties is the
story's text; the page properties are its header fields.

Only a file that holds ``- `` blocks and opens with two or more page properties, or has
Logseq's own block properties (``heading::``, ``collapsed::``, ``id::``) under its blocks, is
read so: the ``key:: value`` shape is Logseq's own, and a story with a bulleted list and no
properties keeps its bullets. A block made a heading by its ``heading::`` property, with no
``#`` of its own, is written as a ``## `` heading.

Rule ``logseq-filing-block``: a block made of page links and a few words with no sentence
mark ("[[draft]] notes moved to [[old scraps]]") is the writer filing the page in the graph,
not story or note, and is dropped.

Line breaks are kept, so line numbers still point at the file.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy
from fic2epub.normalise.line_search import holds

# "title:: The Arbour", "author:: [[kragefot]]": a property key and its value.
_PROPERTY = lazy(r"[ \t]*(?P<key>[A-Za-z][\w-]{0,30})::[ \t]*(?P<value>.*)")
# A block's bullet: "- text", "\t\t- text", or the empty trailing block "-".
_BLOCK = lazy(r"(?P<indent>[ \t]*)-(?:[ \t]+(?P<body>.*))?")
# A property of Logseq's own under a block ("heading:: true", "collapsed:: false", "id:: …"):
# a page with no page properties is still known by these.
_BLOCK_PROPERTY = lazy(r"[ \t]+(?:heading|collapsed|id)::[ \t]*\S.*")
# A page link, "[[Some Page]]".
_LINK = lazy(r"\[\[[^\[\]\n]{1,200}\]\]")
_MIN_PROPERTIES = 2
# Page properties that file the page in the graph ("type:: [[fic]]" is the page's class in
# the writer's own scheme), not fields of the story: dropped, so "fic" is no fandom.
_GRAPH_PROPERTIES = frozenset(
    {"type", "alias", "public", "icon", "filters", "id", "collapsed", "template", "exclude"}
)
_FILING_WORDS = 12


def logseq_page(text: str) -> str:
    """A Logseq page's text as plain lines: fields for page properties, no bullets, no block
    properties, no graph properties, no filing blocks. Any other text is returned unchanged."""
    # Looked for from the text's colons, which a story holds few of (see line_search).
    if not holds(text, "::", ":"):
        return text
    lines = text.split("\n")
    top = _page_properties(lines)
    if top < 0 and any(_BLOCK_PROPERTY.fullmatch(line) for line in lines):
        top = 0
    if top < 0 or not any(_is_block(line) for line in lines[top:]):
        return text
    for index, line in enumerate(lines):
        if index < top:
            lines[index] = _as_field(line)
        elif _PROPERTY.fullmatch(line):
            lines[index] = ""
        elif (block := _BLOCK.fullmatch(line)) is not None:
            body = _block_text(block.group("body") or "")
            lines[index] = f"## {body}" if _marked_heading(lines, index, body) else body
        else:
            lines[index] = line.strip()
    return "\n".join(lines)


def _marked_heading(lines: list[str], index: int, body: str) -> bool:
    """Whether a block with no "#" of its own is made a heading by a "heading::" property on
    the line under it (Logseq's "Set as heading" writes "heading:: true" or a level)."""
    if not body or body.startswith("#") or index + 1 >= len(lines):
        return False
    found = _PROPERTY.fullmatch(lines[index + 1])
    return (
        found is not None
        and found.group("key") == "heading"
        and found.group("value").strip() not in ("", "false")
    )


def _page_properties(lines: list[str]) -> int:
    """The index just after the page's opening properties, or -1 when it has too few."""
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    first = index
    while index < len(lines) and not lines[index].startswith((" ", "\t")):
        if _PROPERTY.fullmatch(lines[index]) is None:
            break
        index += 1
    return index if index - first >= _MIN_PROPERTIES else -1


def _is_block(line: str) -> bool:
    return line.lstrip(" \t").startswith("- ")


def _as_field(line: str) -> str:
    """A page property as a header field: "author:: x" reads "Author: x"."""
    found = _PROPERTY.fullmatch(line)
    if found is None:
        return line
    if found.group("key").lower() in _GRAPH_PROPERTIES:
        return ""
    key = found.group("key").replace("_", " ").replace("-", " ")
    return f"{key[:1].upper()}{key[1:]}: {found.group('value').strip()}"


def _block_text(body: str) -> str:
    """A block's text, or nothing for the empty block and a filing block."""
    body = body.strip()
    links = _LINK.findall(body)
    if len(links) >= 2 and len(body.split()) <= _FILING_WORDS and not _ends_sentence(body):
        return ""
    return body


def _ends_sentence(body: str) -> bool:
    return body.rstrip("*_ ").endswith((".", "!", "?", "”", '"', "…"))
