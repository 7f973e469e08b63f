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
    r"|locked(?:\s+post)?|unlocked|early\s+access)",
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
        return _tagline_over_support(chunks, index, text)
    # The name is kept as the value: the story's writer when its header names none (rule
    # ``creator-as-author``, build).
    chunks[index] = replace(name, role="dropped", rule="creator-name-block", value=text)
    chunks[index + 1] = replace(under, role="dropped", rule="creator-name-block")
    return index + 2


# Ko-fi's button under the creator's tagline: "☕ Support", "Support", "Support Name".
_SUPPORT_BUTTON = lazy(r"(?:☕\s*)?support(?:\s+\S.{0,50})?", re.IGNORECASE)
# The longest tagline between a creator's name and the button.
_LONGEST_TAGLINE = 100


def _tagline_over_support(chunks: list[Chunk], index: int, name: str) -> int | None:
    """Rule ``creator-tagline-block``: Ko-fi's page head, the creator's name, a tagline under
    it ("Writes small stories about old books") and the "☕ Support" button under that; all
    three are the page's. The name is kept as the value (``creator-as-author``).

    Guards: no blank line in the three; the tagline short and the button's line the word
    "Support" (with the cup, or the very name after it)."""
    if index + 2 >= len(chunks) or chunks[index + 2].gap:
        return None
    tagline, button = chunks[index + 1], chunks[index + 2].text.strip()
    if len(tagline.text) > _LONGEST_TAGLINE or len(tagline.lines) != 1:
        return None
    found = _SUPPORT_BUTTON.fullmatch(button)
    if found is None:
        return None
    rest = button.lstrip("☕ ")[7:].strip()
    if rest and rest.lower() != name.lower():
        return None
    chunks[index] = replace(chunks[index], role="dropped", rule="creator-name-block", value=name)
    for position in (index + 1, index + 2):
        chunks[position] = replace(chunks[position], role="dropped", rule="creator-name-block")
    return index + 3


def is_visibility_line(text: str) -> bool:
    """Rule ``post-visibility-line``: who may read the post, alone on its line under the
    post's date ("Public post", "Patrons only"), as Patreon and Ko-fi print it."""
    line = text.strip()
    return len(line) <= 30 and _VISIBILITY.fullmatch(line) is not None


# The most characters of a post's headline.
_MOST_HEADLINE = 120
# The story's own title field.
_OWN_TITLE = lazy(r"title\s*:", re.IGNORECASE)
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
    if end < len(chunks) and not chunks[end].gap and _TIER_LINE.fullmatch(chunks[end].text):
        end += 1  # rule ``tier-and-up-line``: who may read it, by the tier's name
    for position in range(index, end):
        chunks[position] = replace(
            chunks[position], role="dropped", rule="post-headline-over-visibility"
        )
    if not _own_header_below(chunks, end):
        # Rule ``post-headline-title``: with no title or byline of the story's own below
        # (the chapters follow at once), the post's headline is the story's title.
        chunks[index] = replace(headline, role="title", rule="post-headline-title")
    return end


# Rule ``tier-and-up-line``: the tier a post is for, under its visibility word ("Acorn
# Reader and up", "$3 tier and above"), as Patreon prints it.
_TIER_LINE = lazy(r"[^.!?]{1,40}?\s+and\s+(?:up|above)", re.IGNORECASE)
# How far below the post's headline the story's own header may start.
_OWN_HEADER_SPAN = 8


def _own_header_below(chunks: list[Chunk], start: int) -> bool:
    """Whether the story's own title or byline ("Title: X", a "by X" line, a short line over
    one) follows the post's headline block before the first chapter heading."""
    for chunk in chunks[start : start + _OWN_HEADER_SPAN]:
        if chunk.role in ("heading", "part"):
            return False
        text = chunk.text.strip()
        if chunk.role in ("title", "byline", "field") or _OWN_TITLE.match(text):
            return True
        if len(chunk.lines) == 1 and text[:3].lower() == "by " and len(text) <= 60:
            return True
    return True
