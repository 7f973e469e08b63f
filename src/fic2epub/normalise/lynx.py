"""Rule ``lynx-references``: the link apparatus of a text browser's dump (``lynx -dump``,
``links -dump``, ``w3m``).

Lynx writes each link of the page as a ``[N]`` marker in the text and lists the addresses
at the end under "References", one numbered URL a line. Both are the browser's, not the
story's: the list goes, and so do the markers, but only in a text that ends with such a
list, so a story's own "[1]" footnote marks stay.

Two more rules read the page such a list closes, before the list and its marks go (each
only in a text that ends with the list):

- Rule ``lynx-tag-lists``: lynx dumps a definition list (AO3's tag block, its Stats) as each
  term alone on its line ("   Characters:") with the definition under it, indented deeper:
  a bulleted list of the term's tags ("          + [16]Ramlal", a long tag wrapped onto a
  still deeper line) or a plain value ("          English"). The term and its values are
  folded into one field line ("Characters: Ramlal, Barada Prasad Babu"), which the header
  reads as any other; the lines they came from are left blank.
- Rule ``lynx-link-items``: a bulleted item that is nothing but one short link ("     *
  [3]Browse", "     * [28]↑ Top") is the page's navigation, menu or footer button: its
  bullet and indent go, so the lines read as the menus and buttons they are ("Browse",
  "↑ Top", "Kudos ♥"), which the rules for site chrome and AO3's page footer know. A story's
  own list item holds a sentence: it stays as it is.
- Rule ``lynx-superscripts``: lynx marks a superscript with a caret before it. A logo's
  ``<sup> beta</sup>`` comes out as "Archive of Our Own^ beta", which no list of site names
  knows, so the page's logo was read as the story's title. A caret glued to a word and
  followed by a space and a word is that mark and goes; "x^2" keeps its caret.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.line_search import last_filled_line

# The list's heading: "References" alone at the start of a line, "Visible links" in newer
# lynx versions.
_HEADING = lazy(r"^(?:References|Visible links)\s*$", re.MULTILINE)
# One entry: "   1. http://…", "  12. mailto:…", "   3. file://…". Lynx writes an address
# as the page's href, unescaped, so a tag page's address keeps its spaces
# ("…/tags/General Audiences/works"): the rest of the line is the address.
_ENTRY = lazy(r"\s*\d{1,4}\.\s+(?:[a-z][a-z0-9+.-]{1,10}:\S.*)")
# A link marker as lynx writes it, right before the link's text.
_MARKER = lazy(r"\[\d{1,4}\](?=\S)")


# A definition list's term as lynx dumps it: a short label and its colon alone on the line.
_TERM = lazy(r"[ \t]*(?P<label>[A-Z][\w'’ ]{0,24}):[ \t]*")
# A list item: the bullet lynx draws for its depth ("*", "+", "o", "#", "@", "-"), a space,
# the item's text.
_ITEM = lazy(r"(?P<indent>[ \t]+)[*+o#@-] (?P<value>\S.*)")
# An item that is one short link and nothing more: its marker, then link text with no
# sentence marks.
_LINK_ITEM = lazy(r"[ \t]+[*+o#@-] \[\d{1,4}\][^\[\].,;:!?]{1,40}")


def lynx_dump(text: str) -> str:
    """A text browser's dump read by the four rules of this module, in order: its tag lists
    folded, its link items unbulleted, its superscript carets gone, and last its reference
    list and the marks it numbers. Any other text is returned as it is.

    One step for the four, because each reads only a text that ends with a reference list,
    and looking for one scans the whole text (about a millisecond a megabyte): done once
    here, and the first three are told so (``listed``), not once a rule. No rule makes a
    text end with a list it did not end with before. The order is :data:`LYNX_STEPS`'s.
    """
    if not _has_reference_list(text):
        return text
    text = lynx_tag_lists(text, listed=True)
    text = lynx_link_items(text, listed=True)
    text = lynx_superscripts(text, listed=True)
    return lynx_references(text)


def _has_reference_list(text: str) -> bool:
    """Whether ``text`` ends with lynx's numbered list of link addresses."""
    # The last line first: the list's last entry ends the text, and that line is found
    # from the text's end, where "References" is a search of the whole text.
    if _ENTRY.fullmatch(last_filled_line(text)) is None:
        return False
    if "References" not in text and "Visible links" not in text:
        return False
    return _list_start(text) is not None


def _list_start(text: str) -> int | None:
    """Where the closing "References" list starts, else None: the last such heading,
    followed by nothing but two or more numbered addresses to the end."""
    headings = list(_HEADING.finditer(text))
    if not headings:
        return None
    found = headings[-1]
    entries = [line for line in text[found.end() :].split("\n") if line.strip()]
    if len(entries) < 2 or not all(_ENTRY.fullmatch(line) for line in entries):
        return None
    return found.start()


def lynx_tag_lists(text: str, *, listed: bool = False) -> str:
    """The text with each dumped definition-list term and its values on one field line.

    Guards: only in a lynx dump (``listed``: the caller has found its reference list); a
    bulleted definition may stand one blank line under its term, a plain one must stand
    right under it; a value that is itself a term ("Stats:" over "Published:") is not
    folded, so a nested list's terms are folded each on its own.
    """
    if ":" not in text or not (listed or _has_reference_list(text)):
        return text
    # Trailing spaces (an editor's, a copy's) would hide a term's colon at its line's end.
    lines = [line.rstrip() for line in text.split("\n")]
    index = 0
    while index < len(lines):
        term = _TERM.fullmatch(lines[index]) if lines[index].endswith(":") else None
        end = _fold_term(lines, index, term.group("label")) if term else index
        index = max(end, index + 1)
    return "\n".join(lines)


def _fold_term(lines: list[str], index: int, label: str) -> int:
    """Fold the values under the term on ``lines[index]`` into its line; the index after them
    (``index`` when there were none)."""
    depth = _indent(lines[index])
    start = index + 1
    if start < len(lines) and not lines[start].strip():
        start += 1  # lynx sets a blank line before a list
    values: list[str] = []
    end = start
    while end < len(lines):
        line = lines[end]
        item = _ITEM.fullmatch(line)
        if item is not None and _indent(line) > depth:
            values.append(item.group("value").strip())
        elif values and line.strip() and _indent(line) > _indent(lines[end - 1]):
            values[-1] += " " + line.strip()  # a long item wrapped onto a deeper line
        elif end == index + 1 and line.strip() and _indent(line) > depth:
            if _TERM.fullmatch(line):
                return index
            values.append(line.strip())  # a plain definition right under its term
        else:
            break
        end += 1
    if not values:
        return index
    lines[index] = f"{label}: {', '.join(values)}"
    for blank in range(index + 1, end):
        lines[blank] = ""
    return end


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def lynx_link_items(text: str, *, listed: bool = False) -> str:
    """The text with each bulleted item that is a single link unbulleted, in a lynx dump
    (``listed``: the caller has found its reference list)."""
    if "[" not in text or not (listed or _has_reference_list(text)):
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if line[:1] in " \t" and _LINK_ITEM.fullmatch(line):
            lines[index] = line.lstrip()[2:]
    return "\n".join(lines)


# Lynx's superscript mark before a superscript that opens with a space.
_SUPERSCRIPT = lazy(r"(?<=\S)\^(?= \S)")


def lynx_superscripts(text: str, *, listed: bool = False) -> str:
    """The text without the caret lynx sets before a spaced superscript, in a lynx dump
    (``listed``: the caller has found its reference list)."""
    if "^ " not in text or not (listed or _has_reference_list(text)):
        return text
    return _SUPERSCRIPT.sub("", text)


def lynx_references(text: str) -> str:
    """The text without its "References" lists and, when it ends with one, their ``[N]`` marks.

    A dump of several pages saved into one file (a story's chapter pages, each dumped on its
    own) has a list after each page: every list of two or more numbered URLs goes, the
    closing one and those between the pages. Guards: the text ends with such a list; a mark
    that opens a link (at a line's start or after a space or bracket: "[7]olive_border") goes,
    while one glued to a word ("footnote[9]") goes only when its number is in a list's range,
    as a story's own footnote mark may be.
    """
    if "References" not in text and "Visible links" not in text:
        return text
    start = _list_start(text)
    if start is None:
        return text
    highest = 0
    kept: list[str] = []
    position = 0
    for block in _blocks(text):
        kept.append(text[position : block.start()])
        position = block.end()
        numbers = [int(found) for found in _NUMBER.findall(block.group("entries"))]
        highest = max([highest, *numbers])
    kept.append(text[position:])
    body = "".join(kept).rstrip() + "\n"

    def unmark(match: re.Match[str]) -> str:
        glued = match.start() > 0 and (body[match.start() - 1].isalnum())
        if glued and int(match.group(0)[1:-1]) > highest:
            return match.group(0)
        return ""

    return _MARKER.sub(unmark, body)


# A whole list: its heading, then numbered addresses (blank lines between), up to the first
# other line.
_BLOCK = lazy(
    r"^(?:References|Visible links)[ \t]*\n(?P<entries>(?:[ \t]*\n|[ \t]*\d{1,4}\.[ \t]+"
    r"[a-z][a-z0-9+.-]{1,10}:\S.*(?:\n|\Z))+)",
    re.MULTILINE,
)
_NUMBER = lazy(r"^[ \t]*(\d{1,4})\.", re.MULTILINE)


def _blocks(text: str) -> list[re.Match[str]]:
    """Each reference list of ``text`` with two or more entries."""
    return [
        found
        for found in _BLOCK.finditer(text)
        if len(_NUMBER.findall(found.group("entries"))) >= 2
    ]


LYNX_STEPS = (lynx_tag_lists, lynx_link_items, lynx_superscripts, lynx_references)
"""The rules :func:`lynx_dump` runs, in order (``--explain`` names each one's changes)."""
