"""Rule ``discourse-topic``: a Discourse forum topic copied from the browser.

Discourse prints each post under a head of its own lines: the poster's user name, the
display name when one is set, and the post's date, short ("Jul 2021", "Mar 3", "2d").
Under the post's text stands its likes count ("3 Likes", "1 Like"). Under the last post
come the topic map ("created Jul 2021  last reply Jul 2021  2 replies  348 views") and
"Suggested Topics" with the forum's other topics, down to the page's end.

The topic's first poster is its author: the other posters' posts are readers' replies and
go whole; the author's later posts go on with the story, so only their heads go. The
first post's head keeps the user name alone (the poster names the author when the header
does not), its display name and date go; the likes lines, the topic map and the list of
suggested topics go.

Guards: a likes line alone on its line, and two post heads or more, each a user name with
no spaces over at most one short line and the date line, after a blank line or the top
of the text; so a story's "3 Likes" or a list of names is left alone.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# A post's likes count alone on its line: "3 Likes", "1 Like".
_LIKES = lazy(r"\d{1,5}\s+likes?", re.IGNORECASE)
# A post's date in its head: "Jul 2021", "Jul '21", "Mar 3", "Mar 3, 2021", "2d", "5h".
_DATE = lazy(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"\s+(?:\d{1,2}(?:,\s*\d{4})?|'?\d{2}|\d{4})"
    r"|\d{1,2}\s*[mhdw]",
    re.IGNORECASE,
)
# A user name: one word of letters, figures, "_", "-" or ".".
_USER = lazy(r"[A-Za-z0-9][A-Za-z0-9_.-]{1,39}")
# The longest display name between the user name and the date.
_DISPLAY = 40
# The topic map under the last post.
_MAP = lazy(r"created\s+.{1,40}?\s+last\s+reply\b.{0,200}", re.IGNORECASE)
# The heading of the forum's other topics under the topic: the page's end.
_SUGGESTED = lazy(r"suggested\s+topics|related\s+topics|new\s*&\s*unread\s+topics", re.IGNORECASE)


# Where a likes count's word ends its line: one scan for the literal "ike", far cheaper on a
# long story than a search per spelling, or than splitting it into lines.
# (Case-sensitive: a pattern that ignores case loses the literal search; Discourse writes
# "Like" and "Likes".)
_LIKE_LINE_END = lazy(r"ikes?[ \t]*(?:\n|$)")


def _likes_line(text: str) -> bool:
    """Whether a line of the text is a post's likes count ("3 Likes")."""
    for found in _LIKE_LINE_END.finditer(text):
        start = text.rfind("\n", 0, found.start()) + 1
        if _LIKES.fullmatch(text[start : found.end()].strip()):
            return True
    return False


def discourse_topic(text: str) -> str:
    """The story of a Discourse topic page (see above); else ``text``. Lines are blanked,
    not removed, so line numbers still hold."""
    if not _likes_line(text):
        return text  # the cheap test first: no post's likes count anywhere
    lines = text.split("\n")
    heads = _heads(lines)
    if len(heads) < 2:
        return text
    author = lines[heads[0][0]].strip()
    bounds = [start for start, _ in heads] + [len(lines)]
    for number, (start, body) in enumerate(heads):
        end = bounds[number + 1]
        poster = lines[start].strip()
        if poster != author:
            _blank(lines, start, end)  # a reader's reply, with its likes
            continue
        # The author's head: the user name stays over the first post only.
        _blank(lines, start + (number == 0), body)
        for index in range(body, end):
            if lines[index][:1].isdigit() and _LIKES.fullmatch(lines[index].strip()):
                lines[index] = ""
    for index, line in enumerate(lines):
        text_line = line.strip()
        if text_line[:1] in "cC" and _MAP.fullmatch(text_line):
            lines[index] = ""
        elif text_line[:1] in "sSrRnN" and _SUGGESTED.fullmatch(text_line):
            _blank(lines, index, len(lines))
            break
    return "\n".join(lines)


def _heads(lines: list[str]) -> list[tuple[int, int]]:
    """Each post head's first line and the line after it: a user name after a blank line
    (or the top), at most one short display name, then the date."""
    heads: list[tuple[int, int]] = []
    for index, line in enumerate(lines):
        if (index and lines[index - 1].strip()) or not _USER.fullmatch(line.strip()):
            continue
        for date in (index + 1, index + 2):
            if date >= len(lines) or not _DATE.fullmatch(lines[date].strip()):
                continue
            if date == index + 2 and not 0 < len(lines[index + 1].strip()) <= _DISPLAY:
                continue
            heads.append((index, date + 1))
            break
    return heads


def _blank(lines: list[str], start: int, end: int) -> None:
    for index in range(start, end):
        lines[index] = ""
