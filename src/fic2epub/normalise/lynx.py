"""Rule ``lynx-references``: the link apparatus of a text browser's dump (``lynx -dump``,
``links -dump``, ``w3m``).

Lynx writes each link of the page as a ``[N]`` marker in the text and lists the addresses
at the end under "References", one numbered URL a line. Both are the browser's, not the
story's: the list goes, and so do the markers, but only in a text that ends with such a
list, so a story's own "[1]" footnote marks stay.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# The list's heading: "References" alone at the start of a line, "Visible links" in newer
# lynx versions.
_HEADING = lazy(r"^(?:References|Visible links)\s*$", re.MULTILINE)
# One entry: "   1. http://…", "  12. mailto:…", "   3. file://…".
_ENTRY = lazy(r"\s*\d{1,4}\.\s+(?:[a-z][a-z0-9+.-]{1,10}:\S+)\s*")
# A link marker as lynx writes it, right before the link's text.
_MARKER = lazy(r"\[\d{1,4}\](?=\S)")


def lynx_references(text: str) -> str:
    """The text without a closing "References" list and, when it had one, its ``[N]`` marks.

    Guards: the heading is followed by nothing but numbered URLs to the end, two or more of
    them, and a marker is removed only when its number is in the list.
    """
    if "References" not in text and "Visible links" not in text:
        return text
    headings = list(_HEADING.finditer(text))
    if not headings:
        return text
    found = headings[-1]
    entries = [line for line in text[found.end() :].split("\n") if line.strip()]
    if len(entries) < 2 or not all(_ENTRY.fullmatch(line) for line in entries):
        return text
    count = len(entries)
    kept = text[: found.start()].rstrip() + "\n"

    def unmark(match: re.Match[str]) -> str:
        return "" if int(match.group(0)[1:-1]) <= count else match.group(0)

    return _MARKER.sub(unmark, kept)
