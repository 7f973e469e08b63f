"""Rule ``lemmy-post-page``: a Lemmy post page's community head and vote block.

A Lemmy post page (read in the browser or through its "view source" button) prints the
community over the post: its display name, its address "!name@instance" on the line
under it, and a "Subscribe" button; then the post's title, "submitted … by", and the
post's score between its vote arrows, one a line ("37" over "▲" and "▼"). None of it is
the story; left in, the community's name reads as the story's title and the lines between
the post's title and its header hide the header.

The community's address is the key: a line that is only "!name@host.tld". The display
name right above it and the button right under it (no blank line between) go with it.
The vote block is a run of two or three lines, each an arrow or a bare score, holding
both arrows. Both only in a text with such an address line, so a story's "▲" stays.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# The community's address alone on its line: "!oldfandoms@lemmy.example.social".
_ADDRESS = lazy(r"![A-Za-z0-9_]{2,40}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# The community's button under its address.
_BUTTON = lazy(r"subscribe|subscribed|unsubscribe|join|joined|pending", re.IGNORECASE)
# The longest display name over the address.
_NAME = 60
# One line of the vote block: an arrow, or the bare score.
_VOTE = lazy(r"[▲▼]|-?\d[\d,.]*[kK]?")
# How far into the page the community's head may stand, in lines.
_HEAD_REACH = 30


def lemmy_post_page(text: str) -> str:
    """The text with a Lemmy post page's community head and vote blocks blanked (see
    above); else ``text``. Lines are blanked, not removed, so line numbers still hold."""
    if "\n!" not in text[:4000] or "@" not in text[:4000]:
        return text  # the cheap test first: no address line near the top
    lines = text.split("\n")
    address = next(
        (
            index
            for index, line in enumerate(lines[:_HEAD_REACH])
            if line[:1] == "!" and _ADDRESS.fullmatch(line.strip())
        ),
        None,
    )
    if address is None:
        return text
    lines[address] = ""
    above = address - 1
    if (
        above >= 0
        and 0 < len(lines[above].strip()) <= _NAME
        and lines[above].strip()[-1] not in ".!?"
    ):
        lines[above] = ""  # the community's display name
    below = address + 1
    if below < len(lines) and _BUTTON.fullmatch(lines[below].strip()):
        lines[below] = ""
    _vote_blocks(lines)
    return "\n".join(lines)


def _vote_blocks(lines: list[str]) -> None:
    """Rule ``lemmy-vote-block``: blank each run of two or three lines, one an arrow or a
    bare score each, that holds both "▲" and "▼"."""
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and end - index < 3 and _VOTE.fullmatch(lines[end].strip()):
            end += 1
        run = {line.strip() for line in lines[index:end]}
        if end - index >= 2 and {"▲", "▼"} <= run:
            for position in range(index, end):
                lines[position] = ""
            index = end
            continue
        index += 1
