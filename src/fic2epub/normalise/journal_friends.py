"""Rule ``journal-friends-page``: a friends page saved for the one fic among its entries.

LiveJournal's friends page (Dreamwidth's reading page, a community's page of recent
entries) prints the latest entries of many journals one under another, each under its
poster's line ("name (name) wrote,", "name (name) wrote in comm,", "[personal profile]
name"). A reader who saves the page for a fic a friend posted saves everyone else's
entries too: a friend's day, a meme, a community's announcement. They are other people's
words, not a prologue, a chapter or a note. The fic's entry is the one with a story header
("Title:", "Fandom:", "Rating:" …); its poster is the author, not the page's owner.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.fields import field_for
from fic2epub.normalise.patterns import FIELD_RE

# The page's own lines above the entries: its title, whose page it is ("reader's friends",
# "reader's Reading Page"; so the link "Friends" in an entry page's menu is not one), and
# LiveJournal's line "Below are the most recent 20 friends' journal entries." (in older
# styles "Below are the 20 most recent journal entries recorded in the "Friends" view").
_PAGE_TOP = lazy(
    r"\S{2,40}['’]s\s+(?:friends(?:\s+(?:page|feed|list))?|reading(?:\s+(?:page|list))?)"
    r"|below\s+are\s+the\s+(?:most\s+recent\s+)?\d+\s.{0,60}\bentries\b.{0,80}",
    re.IGNORECASE,
)
# How far down the page its title and the "Below are …" line may be.
_TOP = 12
# How far under an entry's poster line its story header may start.
_REACH = 14
# The header fields that tell a story's entry: a few of them, not a lone "Tags:".
_STORY_FIELDS = frozenset(
    {"title", "authors", "fandoms", "rating", "characters", "relationships", "summary"}
)


def friends_page_entry(
    chunks: Sequence[Chunk], poster_of: Callable[[str], str | None]
) -> tuple[int, int] | None:
    """The span (start, end) of the fic's entry on a page of several people's entries,
    else None. ``poster_of`` names the poster of an entry's poster line.

    Guards: the page's own title or "Below are the most recent … entries" line near the
    top, or else entries by two posters or more, each under a line that says it posted;
    exactly one poster's entries carry a story header (two known fields or more besides
    tags), so a page of two fics is left to the other rules. Entries right below the fic's
    by the same poster (its later parts) go with it.
    """
    top = any(_page_top(chunk.text) for chunk in chunks[:_TOP])
    starts: list[tuple[int, str]] = []
    for index, chunk in enumerate(chunks):
        if (user := poster_of(chunk.text)) is not None and (top or _posting(chunk.text)):
            starts.append((index, user.lower()))
    if len(starts) < 2 and not top:
        return None
    if not top and len({user for _, user in starts}) < 2:
        return None
    ends = [at for at, _ in starts[1:]] + [len(chunks)]
    headed = [k for k, (at, _) in enumerate(starts) if _story_header(chunks, at, ends[k])]
    if not headed or len({starts[k][1] for k in headed}) != 1:
        return None
    first = headed[0]
    user = starts[first][1]
    last = first
    while last + 1 < len(starts) and starts[last + 1][1] == user:
        last += 1
    if first == 0 and last == len(starts) - 1 and not top:
        return None  # nobody else's entry on the page
    return starts[first][0], ends[last]


def _posting(text: str) -> bool:
    """Whether a poster line says the poster posted ("wrote,", "wrote in comm,", "posted
    in"). A user icon and name alone ("[info]name") also heads each comment under an entry
    page, so it opens an entry only on a page whose top says it is a friends page."""
    return "wrote" in text or "posted in" in text or "пишет" in text


def _page_top(text: str) -> bool:
    """A friends or reading page's title, or LiveJournal's line above its entries."""
    if len(text) > 160:
        return False
    lowered = text.lower()
    if "friends" not in lowered and "reading" not in lowered and "entries" not in lowered:
        return False  # the cheap test first
    return _PAGE_TOP.fullmatch(text.strip()) is not None


def _story_header(chunks: Sequence[Chunk], start: int, end: int) -> bool:
    """Whether an entry's first lines hold a story header: two known fields or more."""
    kinds: set[str] = set()
    for chunk in chunks[start + 1 : min(end, start + 1 + _REACH)]:
        if ":" not in chunk.text[:30]:
            continue
        found = FIELD_RE.match(chunk.text)
        if found is not None and (kind := field_for(found.group("key"))) in _STORY_FIELDS:
            kinds.add(kind)
    return len(kinds) >= 2
