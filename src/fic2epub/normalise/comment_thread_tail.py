"""Rule ``named-comment-thread``: a page's comment thread pasted under the story, a
"Comments" head (a notes app's or a page's, "💬 Comments") over "Name: comment" lines.

Notion, Google Docs and shared notes apps show the comments on a page under a head of
their own; copied with the page, each comment is its writer's name, a colon and the
comment. None of it is the story's.

Guards: the head alone on its line, with only "Name: comment" lines (a name of one or two
words) and blank lines under it to the end of the text, at least one of them.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# The head: "Comments", "💬 Comments", "Comments:".
_HEAD = lazy(r"(?:\W{1,3}\s*)?comments?\s*:?", re.IGNORECASE)
# One comment: "Anna: loved it", "Mo K.: same".
_COMMENT = lazy(r"[^\s:]{1,30}(?:\s[^\s:]{1,30})?:\s+\S.{0,300}")
# The most comment lines read under the head.
_MOST_COMMENTS = 40


def comment_thread_tail(text: str) -> str:
    """``text`` with a closing comment thread's lines emptied (see the module)."""
    if "omment" not in text[-4000:]:
        return text
    lines = text.split("\n")
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    head = end - 1
    while head >= 0 and end - head <= _MOST_COMMENTS + 1:
        line = lines[head].strip()
        if not line or _COMMENT.fullmatch(line):
            head -= 1
            continue
        break
    if head < 0 or head >= end - 1 or not _HEAD.fullmatch(lines[head].strip()):
        return text
    if not any(_COMMENT.fullmatch(line.strip()) for line in lines[head + 1 : end]):
        return text
    for index in range(head, end):
        lines[index] = ""
    return "\n".join(lines)
