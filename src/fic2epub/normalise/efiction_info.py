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
# The link anywhere. Unlike the anchored pattern above, which the regex engine tries at every
# line of the text (some 6 ms in a 1.2 MB story), this one starts with a literal "[" that the
# engine skips to.
_ANY_REPORT_LINK = lazy(r"\[[ \t]*report[ \t]+this[ \t]*\]", re.IGNORECASE)


def efiction_report_link(text: str) -> str:
    """``text`` with eFiction's "[Report This]" link taken off the head of its dates line."""
    # The cheap tests first: nearly no story holds the link, and many hold no "[" at all
    # (found at memory speed). "report" alone is too common a word to be a test.
    if "[" not in text or _ANY_REPORT_LINK.search(text) is None:
        return text
    return _REPORT_LINK.sub("", text)
