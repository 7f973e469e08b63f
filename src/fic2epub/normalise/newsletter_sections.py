"""Rule ``newsletter-issue-sections``: a plain-text newsletter issue that carries a story.

A fiction newsletter mailed as plain text sets its issue out in numbered sections, each
heading in capitals between two rules, under a masthead and a contents list::

    ----------------------------------------------------------------
    1. FROM THE EDITOR
    ----------------------------------------------------------------
    Welcome to issue 27 ...

    ----------------------------------------------------------------
    2. THIS ISSUE'S STORY
    ----------------------------------------------------------------
    The Title
    by A. Writer
    ...

The story is one section; the editor's word, the letters and the housekeeping are the
newsletter's, as are the mail headers, the masthead and the contents list. The story's
section is the one whose body opens with a byline among its first lines, and the longest;
everything else goes.

Guards: three numbered sections at least, each heading in capitals between two like rules
of twenty or more dashes or equals signs; exactly one section holds a byline near its top.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# A section's heading between its two rules: "2. THIS ISSUE'S STORY".
_SECTION = lazy(
    r"^(?P<rule>[-=]{20,})[ \t]*\n[ \t]*\d{1,2}\.[ \t]+(?P<name>[A-Z][A-Z'’&,:!?\- ]{2,60})[ \t]*\n"
    r"(?P=rule)[ \t]*$",
    re.MULTILINE,
)
# A byline: "by Name", alone on its line.
_BYLINE = lazy(r"^[ \t]*by[ \t]+\S[^\n]{0,60}$", re.IGNORECASE | re.MULTILINE)
# How many lines into a section its story's byline may stand.
_BYLINE_WITHIN = 6
_LEAST_SECTIONS = 3


def newsletter_sections(text: str) -> str:
    """The story's section of a plain-text newsletter issue (see above), else ``text``."""
    if text.count("\n--------------------") + text.count("\n====================") < 4:
        return text
    found = list(_SECTION.finditer(text))
    if len(found) < _LEAST_SECTIONS:
        return text
    bodies = [
        text[found[at].end() : found[at + 1].start() if at + 1 < len(found) else len(text)]
        for at in range(len(found))
    ]
    stories = [body for body in bodies if _opens_with_byline(body)]
    if len(stories) != 1:
        return text
    return stories[0].strip("\n") + "\n"


def _opens_with_byline(body: str) -> bool:
    """Whether a section's byline stands among its first lines."""
    head = "\n".join(body.strip("\n").split("\n")[:_BYLINE_WITHIN])
    return _BYLINE.search(head) is not None
