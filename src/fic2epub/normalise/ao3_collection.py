"""AO3's collection header, over a work page reached through a collection.

A work opened from a collection's listing (a gift exchange, a challenge) carries the
collection's own header above the work's: its name, then "Collection Navigation" and the
collection's menu, one item a line ("Profile", "Fandoms (84)", "Works (131)", "Participants").
None of it is the work's: the name is the collection's, not the story's title.
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
    r"|claims|gifts|reveals?)(?:\s*\(\s*[\d,]+\s*\))?",
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
    if chunk.text[:1] not in "Cc" or not _NAV_HEAD.fullmatch(chunk.text.strip()):
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
