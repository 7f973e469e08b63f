"""A FanFiction.Net community page left at the top of a saved story.

A reader who opens a story from a community's archive and copies from too far up brings
the community's page along: its name, "Community", the "Focus: Books - Fandom" and
"Since: 03-11-14, Founder: name, Staff: 2, Followers: 14, id: 1234" facts, the sort menu,
and the listing's entries, each a "Title by name" line, the summary and a short "Rated:
K+ - English - … - Complete" line. The story's own page (its category path, title, "By:"
line and full "Rated: Fiction K+ - … - id: 1234" line) comes under it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.breadcrumbs import breadcrumb_fandoms
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.patterns import FFN_INFO_RE

# The community's facts line: "Since: 03-11-14, Founder: name, Staff: 2, …", with the focus
# in front of it when the page prints both on one line.
_COMMUNITY_FACTS = lazy(r"(?:focus\s*:.{1,120}?,\s*)?since\s*:\s*[\d/.-]{6,10}\s*,\s*founder\s*:")
# How far down the copy the facts line may stand (the community's name and menu above it).
_FACTS_REACH = 12
# How far below it the story's own page must begin: a listing page holds 25 entries.
_LISTING_REACH = 150
# The story page's own author line: "By: name".
_BY_LINE = lazy(r"by\s*:\s*\S.{0,60}", re.IGNORECASE)


def drop_community_listing(chunks: list[Chunk]) -> None:
    """Rule ``ffn-community-remnant``: the FanFiction.Net community page above a story's
    page (see the module's docstring) is the page the reader came from: its name is not the
    title, and its listing entry, with its own "Rated:" line, is neither a second header nor
    the story. Marks everything from the top to the listing's last "Rated:" line dropped.

    Only with the community's "Since: …, Founder: …" line near the top, and only when the
    story's own page follows (its category path, its "By:" line or its full info line with
    the story's "id:"), so a file that is only a listing keeps its text.
    """
    facts = next(
        (
            at
            for at in range(min(_FACTS_REACH, len(chunks)))
            if "ounder" in chunks[at].text and _COMMUNITY_FACTS.match(chunks[at].text.lower())
        ),
        None,
    )
    if facts is None:
        return
    end = facts + 1
    for index in range(facts + 1, min(len(chunks), facts + 1 + _LISTING_REACH)):
        text = chunks[index].text.strip()
        if _story_page_starts(text):
            break
        if text[:1] in "Rr" and FFN_INFO_RE.match(text):
            # A listing entry's own "Rated:" line ends that entry; the next may follow.
            end = index + 1
    else:
        return
    for index in range(end):
        if chunks[index].role == "text":
            chunks[index] = replace(chunks[index], role="dropped", rule="ffn-community-remnant")


def _story_page_starts(text: str) -> bool:
    """Whether the line is the story page's own: its category path ("Books > Fandom"), its
    "By: name" line, or its full info line, which ends on the story's "id:"."""
    if text[:1] in "Bb" and _BY_LINE.fullmatch(text):
        return True
    if text[:1] in "Rr" and "id:" in text and FFN_INFO_RE.match(text):
        return True
    return breadcrumb_fandoms(text) is not None
