"""Creator-support sites (Patreon, Ko-fi): the creator's name block above a free post.

A post copied from a creator's page opens with the creator's name and the site's line
under it: Patreon's "is creating comics and short stories", Ko-fi's "Support
Wick & Wax" button. Then come the page's tabs, the post's own headline ("a new story, and it
is free!"), its date and who may read it ("Public post"). The name is the page's, and the
headline is the post's, not the story's: the story's title and byline follow in its own
header.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.foreign_header import is_post_date

# Patreon's line under the creator's name: "is creating <what>".
_IS_CREATING = lazy(r"is\s+creating\s+\S.{0,100}")
# Who may read a post, on the line under its date ("Public post", "Patrons only") or
# after the date ("Apr 2, 2022   Public").
_VISIBILITY = lazy(
    r"(?:public(?:\s+post)?|patrons?\s+only|(?:paid\s+)?members?\s+only|supporters?\s+only"
    r"|locked(?:\s+post)?|early\s+access)",
    re.IGNORECASE,
)
# The creator's name: short, no sentence's end.
_MOST_NAME = 50


def creator_name_block(chunks: list[Chunk], index: int) -> int | None:
    """Rule ``creator-name-block``: the creator's name over Patreon's "is creating …" line or
    Ko-fi's "Support <name>" button, both the page's; mark both dropped and return the index
    after them, else None.

    Guards: the name is short with no sentence's end, and the line under it (no blank line
    between) is the site's own wording: "is creating" in lower case, or "Support" and the
    very name above it; prose never stacks a name over its own support button.
    """
    if index + 1 >= len(chunks):
        return None
    name, under = chunks[index], chunks[index + 1]
    text = name.text.strip()
    if under.gap or not 0 < len(text) <= _MOST_NAME or text.endswith((".", "!", "?", ":")):
        return None
    line = under.text.strip()
    support = line[:8].lower() == "support " and line[8:].strip().lower() == text.lower()
    if not support and not (line.startswith("is creating") and _IS_CREATING.fullmatch(line)):
        return None
    for position in (index, index + 1):
        chunks[position] = replace(chunks[position], role="dropped", rule="creator-name-block")
    return index + 2


def is_visibility_line(text: str) -> bool:
    """Rule ``post-visibility-line``: who may read the post, alone on its line under the
    post's date ("Public post", "Patrons only"), as Patreon and Ko-fi print it."""
    line = text.strip()
    return len(line) <= 30 and _VISIBILITY.fullmatch(line) is not None


# The most characters of a post's headline.
_MOST_HEADLINE = 120
# Wide spaces part the date from who may read the post: "Apr 2, 2022   Public".
_WIDE = lazy(r"\s{2,}|\s+[·•|]\s+")


def post_headline(chunks: list[Chunk], index: int) -> int | None:
    """Rule ``post-headline-over-visibility``: a creator's post prints its headline, its date
    and who may read it ("Public post"); the headline is the post's ("The Lamp Room,
    finished at last (open to all)", "a new story, and it is free!"), and the story's own title
    follows in its header. Mark the three dropped and return the index after them, else None.

    Guards: the date right under the headline, and the visibility word on the date's line
    or right under it; a story's line never has a "Public post" under its date.
    """
    if index + 2 >= len(chunks):
        return None
    headline, dated = chunks[index], chunks[index + 1]
    if dated.gap or not 0 < len(headline.text) <= _MOST_HEADLINE or len(headline.lines) != 1:
        return None
    parts = _WIDE.split(dated.text.strip())
    end = None
    # The visibility word first: it is the cheaper test and the rarer line.
    if len(parts) == 2 and is_visibility_line(parts[1]) and is_post_date(parts[0]):
        end = index + 2
    elif (
        not chunks[index + 2].gap
        and is_visibility_line(chunks[index + 2].text)
        and is_post_date(dated.text)
    ):
        end = index + 3
    if end is None:
        return None
    for position in range(index, end):
        chunks[position] = replace(
            chunks[position], role="dropped", rule="post-headline-over-visibility"
        )
    return end
