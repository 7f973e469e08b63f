"""Rule ``published-doc-page``: a Google Docs "Publish to the web" page copied as text.

A writer who shares a draft by publishing it gets a page that frames the document with
Docs' own lines: above it "Published using Google Docs", "Learn more", "Report abuse", the
document's file name ("fic - DRAFT 3") and "Updated automatically every 5 minutes"; under it
"Published by Google Docs–Report Abuse–Updated automatically every 5 minutes". The file
name is the writer's label for the draft, not the story's title, which the document itself
gives. So the lines down to the "Updated automatically" line at the top, and Docs' lines at
the bottom, are the page's.

Only in a copy that has both telltales, "Google Docs" and "Updated automatically every", in
its first and last lines. Line breaks are kept, so line numbers still point at the file.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.line_search import holds

_UPDATED = lazy(r"updated\s+automatically\s+every\s+\d{1,3}\s+minutes?", re.IGNORECASE)
# Docs' own lines around a published document, alone or run together with dashes.
_DOCS_LINE = lazy(
    r"(?:(?:published\s+(?:using|by)\s+google\s+docs|report\s+abuse|learn\s+more"
    r"|updated\s+automatically\s+every\s+\d{1,3}\s+minutes?)\s*[–—|·-]?\s*)+",
    re.IGNORECASE,
)
# The top of the page is a handful of lines: Docs' three, the file name, the update line.
_TOP = 8
_BOTTOM = 4


def published_doc_page(text: str) -> str:
    """``text`` without a published Google Doc's framing lines (see the module)."""
    # The name looked for from the text's capital "G"s, which prose holds few of (holds).
    if not holds(text, "Google Docs", "G") or "pdated automatically every" not in text:
        return text
    lines = text.split("\n")
    written = [i for i, line in enumerate(lines) if line.strip()]
    top = written[:_TOP]
    updated = next((i for i in top if _UPDATED.fullmatch(lines[i].strip())), None)
    if updated is None or not any(_DOCS_LINE.fullmatch(lines[i].strip()) for i in top):
        return text
    for index in range(updated + 1):
        lines[index] = ""
    for index in written[-_BOTTOM:]:
        if _DOCS_LINE.fullmatch(lines[index].strip()):
            lines[index] = ""
    return "\n".join(lines)
