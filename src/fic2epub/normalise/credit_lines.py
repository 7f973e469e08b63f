"""Rule ``credit-line``: a line under a title that says what the piece is and who made it.

A story written together somewhere other than an archive (a roleplay in a chat, a collab on
a blog) is often credited in a line of its own under the title, in the writers' own words:
"a roleplay by quill & ember", "an ao3 collab by fern and sorrel, edited a bit". The names
after "by" are the authors; the words before it say what kind of piece it is, and a remark
may follow a comma. Such a line also tells that a "by" in the title line above it ("Night
by the River") belongs to the title, not to a byline.

Guards: the line is short; a word naming a kind of piece (fic, story, rp, roleplay, collab,
one-shot, drabble, ficlet) stands right before "by"; the names are one-word handles or
capitalised names, one to four, joined by "&" or "and" (commas only before those). So
"Haunted by ghosts, she ran" and "a letter by the morning post" are not credits.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# One writer's name: a handle ("moth_light", "@quill") or one or two capitalised words.
_NAME = r"(?:@?[\w.-]{2,32}|[A-Z][\w.'’-]{1,20}\s[A-Z][\w.'’-]{1,20})"
_CREDIT = lazy(
    r"(?:(?:a|an|the|our|my)\s+)?(?:[\w'’-]{1,20}\s+){0,4}"
    r"(?:fic|fanfic|fan\s+fic(?:tion)?|story|rp|roleplay|role-?play|collab(?:oration)?"
    r"|one-?shot|drabble|ficlet)\s+(?:written\s+)?by\s+"
    # A list with commas ends in "&" or "and" ("a, b & c"); a comma after a lone name opens
    # the remark ("by quill, edited a bit").
    rf"(?P<names>{_NAME}(?:(?:\s*,\s*{_NAME}){{0,2}}\s*,?\s*(?:&|\band\b)\s*{_NAME})?)"
    r"(?:\s*[,;(—–]\s*\S.{0,80})?",
    re.IGNORECASE,
)
# The longest credit line.
_LONGEST = 160
# How the names are joined.
_JOINS = lazy(r"\s*(?:,|&|\band\b)\s*", re.IGNORECASE)


def credit_line(text: str) -> list[str] | None:
    """The writers a credit line names ("a roleplay by quill & ember" -> quill, ember), or
    None when ``text`` is no credit line (see the module)."""
    line = text.strip()
    if len(line) > _LONGEST or " by " not in line.lower() or "\n" in line:
        return None
    found = _CREDIT.fullmatch(line)
    if found is None:
        return None
    names = [name.lstrip("@") for name in _JOINS.split(found.group("names")) if name]
    return names or None
