"""Rule ``doc-comments``: a word processor's comments left in a plain-text export.

Google Docs' "Download → Plain text" keeps the comments of a shared draft (a beta's
remarks): a letter anchor "[a]", "[b]" where each comment was attached in the prose, and the
comments themselves listed at the very end, each line opening with its anchor ("[a]should
this be…"). Both are the draft's apparatus, not the story's: the list goes, and so do the
anchors it names.
"""

from __future__ import annotations

import re
from string import ascii_lowercase

from fic2epub.lazy_re import lazy

# One listed comment: its anchor, then the comment's text at once.
_ENTRY = lazy(r"\[(?P<anchor>[a-z]{1,2})\](?P<comment>\S.*)")


def _anchors() -> list[str]:
    """The anchors in the order Docs gives them: a … z, then aa, ab …"""
    letters = list(ascii_lowercase)
    return letters + [a + b for a in letters for b in letters]


def doc_comments(text: str) -> str:
    """The text without a closing list of comments and the anchors the list names.

    Guards: the list is the last lines of the text, its entries are "[a]", "[b]", … in order
    from "[a]" (a reply may follow its comment on lines of its own), and every anchor it
    names appears in the text above it, so a story's own "[a]" note stays.
    """
    if "[" not in text or "[a]" not in text:  # "[" first, at memory speed (see line_search)
        return text
    lines = text.rstrip().split("\n")
    start = len(lines)
    # Walk up over the last lines to the "[a]" entry that opens the list.
    while start > 0 and not lines[start - 1].startswith("[a]"):
        start -= 1
        if len(lines) - start > 200:
            return text
    if start == 0:
        return text
    start -= 1
    anchors: list[str] = []
    previous = ""
    for line in lines[start:]:
        if (found := _ENTRY.fullmatch(line.strip())) is not None:
            anchors.append(found.group("anchor"))
        elif line.strip() and not previous.strip():
            # Only a reply, right under its comment, may stand in the list without an anchor.
            return text
        previous = line
    if not anchors or anchors != _anchors()[: len(anchors)]:
        return text
    body = "\n".join(lines[:start])
    marks = [f"[{anchor}]" for anchor in anchors]
    if not all(mark in body for mark in marks):
        return text
    # Line breaks are kept, so line numbers still point at the file.
    pattern = "|".join(re.escape(mark) for mark in marks)
    return re.sub(pattern, "", body) + "\n" * (len(lines) - start)
