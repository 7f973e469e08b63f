"""Journal markup typed into a post: LiveJournal's and Dreamwidth's own tags.

A journal post's source (an author's draft, a copy of the edit box) keeps the tags the
journal renders: ``<lj user="name">`` and ``<user name="name">`` show a user's name with an
icon, ``<lj-cut text="…">`` / ``<cut text="…">`` … ``</cut>`` fold the story behind a link.
A user tag becomes the name it shows; a cut tag is the journal's, not the story's: inside a
line it goes, and on a line of its own it is site chrome (``chrome_lines.py``).
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

_Q = "[\"'“”‘’]?"
# Rule ``journal-user-tag``: <lj user="name">, <lj comm="name">, <user name="name"
# site="livejournal.com">. Only these tag names, so a writer's "<sigh>" is left alone.
_USER_TAG = lazy(
    rf"<\s*(?:lj\s+(?:user|comm)|user\s+name)\s*=\s*{_Q}(?P<name>[\w.-]{{1,40}}){_Q}"
    rf"(?:\s+[\w-]+\s*=\s*{_Q}[^\"'“”‘’<>]{{0,60}}{_Q})*\s*/?>",
    re.IGNORECASE,
)
# Rule ``journal-cut-tag``: <lj-cut>, <lj-cut text="…">, <cut text="…">, </cut>.
_CUT_TAG = lazy(r"<\s*/?\s*(?:lj-)?cut\b[^<>\n]{0,300}>", re.IGNORECASE)


def journal_tags(text: str) -> str:
    """``text`` with journal user tags turned into the names they show, and cut tags set
    on lines of their own.

    A cut tag inside a line of text goes. A line that is only the tag stays, as the site
    chrome that parts a post's header from its story, with a blank line under it: what
    follows the cut opens a new block (a Markdown heading, the story's first paragraph).
    """
    if "<" not in text:
        return text
    lowered = text.lower()
    if "user" not in lowered and "cut" not in lowered and "comm" not in lowered:
        return text
    text = _USER_TAG.sub(lambda found: found.group("name"), text)
    if "cut" not in lowered:
        return text
    lines = text.split("\n")
    kept: list[str] = []
    for index, line in enumerate(lines):
        if "<" not in line or _CUT_TAG.search(line) is None:
            kept.append(line)
            continue
        rest = _CUT_TAG.sub("", line)
        if rest.strip():
            kept.append(rest.rstrip())
            continue
        kept.append(line.strip())
        below = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if below:
            kept.append("")
    return "\n".join(kept)
