"""Rule ``efiction-report-link``: eFiction's report link at the head of its dates line.

An eFiction archive's story page ends its info block with the story's dates, and its skins
put the page's "[Report This]" link at the start of that line: "[Report This]   Published:
11/02/2005   Updated: 12/18/2005". The link is the site's button, the rest a header
line of fields like the ones above it. Read with the link, the line is no field line: it
falls into the text, and the block's notes under it read as closing notes of nothing.

The step takes the link off the line, so the dates read as the fields they are. Only the
bracketed link, only at a line's start, and only before a "Published:" or "Updated:"
field: a "[Report This]" anywhere else is left to the chrome rules.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# The link and the spaces after it, before the dates' first label.
_REPORT_LINK = lazy(
    r"^[ \t]*\[[ \t]*report[ \t]+this[ \t]*\][ \t]+(?=(?:published|updated)[ \t]*:)",
    re.IGNORECASE | re.MULTILINE,
)


def efiction_report_link(text: str) -> str:
    """``text`` with eFiction's "[Report This]" link taken off the head of its dates line."""
    if "eport" not in text and "EPORT" not in text:
        return text  # the cheap test first: nearly no story holds the link
    return _REPORT_LINK.sub("", text)
