"""Rule ``friends-only-sticky``: a journal's "friends only" notice entry, saved with its page.

A journal whose entries are locked to friends keeps one public entry at the top of its
page, dated far in the future so that it stays there (a "sticky"): its subject says
"FRIENDS ONLY" ("Friends-only notice", "[friends only]"), its text tells a visitor that
the journal is locked and how to be added ("comment here …"), and the journal's comment
links close it ("( 23 comments | Leave a comment )"). A reader who saves the page for the
public fic under it saves the notice too: it is the journal's door sign, not the story's
title, a prologue or a note. The notice goes, from its date and time lines down to its
comment links.

Guards: the subject line is only such a notice (a locked entry's subject "[Friends Only]
ugh, Tuesday" names a post of its own and is left to the other rules); the entry's comment
links follow within a few short paragraphs; no header field ("Title:", "Rating:") stands
in it, so a fic posted under such a subject keeps its entry.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.patterns import FIELD_RE

# The notice's subject: "FRIENDS ONLY", "Friends-only notice", "[friends only!]", "Friends
# only journal", "F-locked". Only these words, so a subject that goes on is another post.
_SUBJECT = lazy(
    r"[\[(*~ ]*(?:this\s+journal\s+is\s+)?(?:friends?[\s-]*only|f[\s-]*locked|friends[\s-]*locked)"
    r"(?:\s+(?:notice|post|entry|banner|policy|journal|sticky))?[\s!.]*[\])*~ ]*",
    re.IGNORECASE,
)
# The start of such a subject's line, found from the line break before it: a search that
# starts with a literal is quick over a long story, where lower-casing it is not.
_SUBJECT_START = lazy(
    r"\n[\[(*~ ]*(?i:this\s+journal\s+is\s+)?(?i:friends?[\s-]*only|f[\s-]*locked"
    r"|friends[\s-]*locked)"
)
# An entry's date on its own line: "Friday, January 1st, 2038", "1 January 2038",
# "2038-01-01" (with its time, as some styles print it).
_DATE = lazy(
    r"(?:[^\W\d_]{3,10},?\s+)?(?:[^\W\d_]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\.?\s+[^\W\d_]{3,10}\.?,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}(?:[\sT]+\d{1,2}:\d{2}(?::\d{2})?)?)",
    re.IGNORECASE,
)
# An entry's time on its own line under the date: "12:00am", "10:47 pm", "@ 09:15".
_TIME = lazy(r"(?:@\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?", re.IGNORECASE)
# One item of a journal entry's comment links.
_LINK = r"(?:(?:\d+|no)\s+comments?|(?:leave|post|add)\s+a\s+(?:new\s+)?comment|link|share|reply)"
# The comment links that close an entry: "( 23 comments | Leave a comment )", "Leave a
# comment", "2 comments | Link". Each further item needs its bar, so the run cannot backtrack.
_COMMENT_LINKS = lazy(rf"[(\[]?\s*{_LINK}(?:\s*[|—–-]\s*{_LINK})*\s*[)\]]?", re.IGNORECASE)
# How many lines under the subject the comment links may stand: a notice is short.
_REACH = 16
# How many date and time lines may stand over the subject.
_STAMP_LINES = 2


def friends_only_sticky(text: str) -> str:
    """``text`` without a journal page's friends-only notice entry (friends-only-sticky)."""
    # Cheap first: a line that opens with the notice's words, before any line is looked at.
    if _SUBJECT_START.search(text) is None and not _SUBJECT.match(text):
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        folded = line.lower()
        if len(line) > 60 or ("only" not in folded and "locked" not in folded):
            continue
        if not _SUBJECT.fullmatch(line.strip()):
            continue
        end = _links_below(lines, index)
        if end is None:
            continue
        start = _stamps_above(lines, index)
        # The blank lines under the notice go with it, so the page's spacing stays as it was.
        while end + 1 < len(lines) and not lines[end + 1].strip():
            end += 1
        return "\n".join(lines[:start] + lines[end + 1 :])
    return text


def _links_below(lines: list[str], subject: int) -> int | None:
    """The index of the comment links closing the notice under ``subject``, or None when
    they do not come within reach or a header field stands before them."""
    for index in range(subject + 1, min(len(lines), subject + 1 + _REACH)):
        line = lines[index].strip()
        if not line:
            continue
        if len(line) <= 80 and "comment" in line.lower() and _COMMENT_LINKS.fullmatch(line):
            return index
        if ":" in line[:30] and FIELD_RE.match(line):
            return None
    return None


def _stamps_above(lines: list[str], subject: int) -> int:
    """The first of the date and time lines right over the notice's subject."""
    start = subject
    while start > 0 and subject - start < _STAMP_LINES:
        above = lines[start - 1].strip()
        if not above or not (_DATE.fullmatch(above) or _TIME.fullmatch(above)):
            break
        start -= 1
    return start
