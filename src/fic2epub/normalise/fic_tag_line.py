"""A post's announcement line: a fiction tag, the title, its source in brackets, then more.

Forums and microblogs ask posters to tag a story post, and writers pack the rest of the
header onto the same line after the title: "[fic] The Lamp Room (Cranford) ~2k, G, Mary &
Deborah, for a swap", "[FF] The Lamp Room (Cranford) - now with part 3!". The title is the
words between the tag and the first bracket; the rest is the writer's info or chatter.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# Rule ``fic-tag-announcement``: a fiction tag in square brackets opening the line, the
# title (a few words, no bracket, no sentence end), then a bracketed source and any tail.
_ANNOUNCEMENT = lazy(
    r"\[\s*(?:fic|ff|fanfic|fan\s*fic(?:tion)?|fanfiction|one-?shot|drabble|ficlet)\s*\]\s*"
    r"(?P<title>[^()\[\]]{2,100}?)\s*\((?=[^()]*[^\W\d_]{2})[^()]{2,120}\)\s*(?P<tail>\S.{0,400})",
    re.IGNORECASE,
)
_MOST_WORDS = 12


def announced_title(text: str) -> str | None:
    """The title of a post's announcement line ("[fic] Title (Source) ~1k, G"), else None.

    Guards: the tag first, the title twelve words at most and not ending a sentence, the
    bracketed source (a name, with letters: "(1/2)" is a part count, left with the rating
    after it to the subject rules) right after it and more after that: a line that ends at
    the bracket ("[fic] Title (Fandom, PG)") is a community subject line, read by the title
    rules."""
    line = text.strip()
    if line[:1] != "[" or len(line) > 600:
        return None
    found = _ANNOUNCEMENT.fullmatch(line)
    if found is None:
        return None
    title = found["title"].strip()
    if len(title.split()) > _MOST_WORDS or title.endswith((".", "!", "?", ",", ":", ";")):
        return None
    return title
