"""Two shapes of a comment section's lines that the comment rules
(:mod:`fic2epub.normalise.comments`) read only under a comment section's heading.

Rule ``handle-review-line``: a story site that lists its reviews one to a line prints the
reviewer's handle, a colon and the review ("quill_93: loved the ending"). Only a handle
counts as the name: one word of letters, digits, dots, dashes or underscores, holding an
underscore or a digit or all in lower case, so a script's "Mother: Come here." stays a line
of dialogue even under a heading that reads like a comment section's.

Rule ``more-comments-link``: the link under a shortened list, "Show more reviews", "Load
more comments", "View all 12 comments", "See older replies (4)" — the site's, never the
story's: a few words, and only these.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

_HANDLE_REVIEW = lazy(r"(?P<name>[\w.-]{2,30}):[ \t]+\S.{0,400}")
_MORE_LINK = lazy(
    r"(?:show|load|view|see|read)\s+(?:more|all|older|newer|previous|earlier)"
    r"(?:\s+\d+)?(?:\s+more)?\s+(?:reviews?|comments?|replies|responses)"
    r"(?:\s*[(\[]\s*\d+\s*[)\]])?\s*[.…]*",
    re.IGNORECASE,
)


def handle_review_line(text: str) -> bool:
    """Whether ``text`` is a one-line review headed by the reviewer's handle (see the
    module)."""
    found = _HANDLE_REVIEW.fullmatch(text)
    if found is None:
        return False
    name = found.group("name")
    return "_" in name or any(c.isdigit() for c in name) or name.islower()


def more_comments_link(text: str) -> bool:
    """Whether ``text`` is a comment list's link to more of it (see the module)."""
    return len(text) <= 60 and _MORE_LINK.fullmatch(text) is not None
