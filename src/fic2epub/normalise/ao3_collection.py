"""AO3's collection header, over a work page reached through a collection.

A work opened from a collection's listing (a gift exchange, a challenge) carries the
collection's own header above the work's: its name, then "Collection Navigation" and the
collection's menu, one item a line ("Profile", "Fandoms (84)", "Works (131)", "Participants").
None of it is the work's: the name is the collection's, not the story's title.

A collection's profile header is the other shape: the name, its short name in brackets
("(SPRING_SWAP)"), "Maintainers: …", the challenge's type ("Gift Exchange Challenge") and its
status ("Open · Moderated · Unrevealed"), then the same menu and "Subscribe". The type may
carry its label ("Challenge: Prompt Meme"), and the short name may end the name's own line.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk

# The heading of the collection's menu.
_NAV_HEAD = lazy(r"collection\s+navigation\s*:?", re.IGNORECASE)
# The collection's menu items, some with a count: "Works (131)", "Prompts (262)",
# "Random Items", "Participants", "Help", "Challenge Settings", "Sign-up Summary".
_NAV_ITEM = lazy(
    r"(?:profile|fandoms|works|bookmarks|prompts|subcollections|collections|tags|people"
    r"|random\s+items|participants|members|help|faq|rules|intro|challenge\s+settings"
    r"|sign-?ups?(?:\s+summary|\s+form)?|assignments|matching|unassigned|requests|offers"
    r"|claims|gifts|reveals?|subscribe|unsubscribe)(?:\s*\(\s*[\d,]+\s*\))?",
    re.IGNORECASE,
)
# The collection's short name under its name: "(SPRING_SWAP)".
_SHORT_NAME = lazy(r"\(\s*\w+\s*\)")
# The maintainers' line, which only a collection's header has: user names, one word each.
_MAINTAINERS = lazy(
    r"(?:co-?)?(?:maintainers?|moderators?|owners?)\s*:\s*[\w.-]+(?:,\s*(?:and\s+)?[\w.-]+)*",
    re.IGNORECASE,
)
# The challenge's type, and its status words joined by dots or commas.
_CHALLENGE = lazy(
    r"(?:challenge\s*:\s*)?(?:gift\s+exchange|prompt\s+meme)(?:\s+challenge)?", re.IGNORECASE
)
_STATUS = lazy(
    r"(?:open|closed|moderated|unmoderated|revealed|unrevealed|anonymous|authors\s+revealed"
    r"|authors\s+hidden)(?:\s*[·,|]\s*(?:open|closed|moderated|unmoderated|revealed"
    r"|unrevealed|anonymous|authors\s+revealed|authors\s+hidden))*",
    re.IGNORECASE,
)
# The longest a collection's name may be to count as the line above the menu's heading.
_NAME_LENGTH = 120


def collection_navigation(chunks: list[Chunk], index: int) -> int | None:
    """Rule ``ao3-collection-nav``: the collection's name over "Collection Navigation", the
    heading itself and the menu items under it. Marks them dropped; returns the index after
    the menu, or None when the chunk opens no such block.

    The name counts only right above the heading (no blank line between) and short; the menu
    runs only over AO3's own item words, so a story's first line under it is left alone.
    """
    chunk = chunks[index]
    head = index
    if (profile := _profile_head(chunks, index)) is not None:
        head = profile
    elif chunk.text[:1] not in "Cc" or not _NAV_HEAD.fullmatch(chunk.text.strip()):
        # Cheap first: only a line right above the heading can be the collection's name.
        after = chunks[index + 1] if index + 1 < len(chunks) else None
        if (
            after is None
            or after.gap > 0
            or len(chunk.text) > _NAME_LENGTH
            or after.text[:1] not in "Cc"
            or not _NAV_HEAD.fullmatch(after.text.strip())
        ):
            return None
        head = index + 1
    end = head + 1
    while end < len(chunks) and chunks[end].gap == 0 and _NAV_ITEM.fullmatch(chunks[end].text):
        end += 1
    for position in range(index, end):
        chunks[position] = replace(chunks[position], role="dropped", rule="ao3-collection-nav")
    return end


def _profile_head(chunks: list[Chunk], index: int) -> int | None:
    """Rule ``ao3-collection-nav``, the profile header's shape: the collection's name, its
    bracketed short name if any, the maintainers' line, and the challenge's type and status
    lines if any, each right under the one before. Returns the index of the last of them, the
    line above the menu, or None when the maintainers' line is not the second or third line,
    or when only a name and a maintainers' line stand there with no menu under them.
    """
    if len(chunks[index].text) > _NAME_LENGTH:
        return None
    at = index + 1
    if at < len(chunks) and chunks[at].gap == 0 and _SHORT_NAME.fullmatch(chunks[at].text.strip()):
        at += 1
    # Cheap first: the maintainers' line starts with one of three letters.
    if (
        at >= len(chunks)
        or chunks[at].gap > 0
        or chunks[at].text[:1] not in "MmOoCc"
        or not _MAINTAINERS.fullmatch(chunks[at].text.strip())
    ):
        return None
    shaped = at == index + 2  # the bracketed short name stood between
    for pattern in (_CHALLENGE, _STATUS):
        after = at + 1
        if (
            after < len(chunks)
            and chunks[after].gap == 0
            and pattern.fullmatch(chunks[after].text.strip())
        ):
            at, shaped = after, True
    after = at + 1
    if not shaped and (
        after >= len(chunks)
        or chunks[after].gap > 0
        or not _NAV_ITEM.fullmatch(chunks[after].text.strip())
    ):
        # A name over a bare "Moderator: name" is a board topic's head as well (phpBB): the
        # collection's needs its short name, challenge or status line, or its menu under it.
        return None
    return at
