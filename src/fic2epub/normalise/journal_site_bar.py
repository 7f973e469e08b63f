"""LiveJournal's own bar at the very top of a page copy.

LiveJournal's pages (since about 2010) open with the site's bar above the journal's own
lines: the "LiveJournal" logo, then "Find more", "Communities", "RSS Reader", "Shop",
"Help", "Log in" and "Create a blog", one to a line when copied from the browser or several
between bars ("Communities | RSS Reader | Shop | Help"). The bar is the site's, so it must
not count against how far down the copy the rules that read a journal entry's top look
for its entry links and poster line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk

# The site's logo line that opens the bar.
_LOGO = "livejournal"
# One item of the bar, in the wordings LiveJournal's English interface has used.
_ITEM = lazy(
    r"find\s+more|communities|rss\s+reader|shop|help|log\s*in|login|sign\s+up"
    r"|create\s+(?:a\s+)?(?:blog|account)|search|explore|interesting|feed|discovery",
    re.IGNORECASE,
)
# The skip link a page copy may open on, over the logo.
_SKIP = lazy(r"skip\s+to\s+(?:main\s+)?content", re.IGNORECASE)
# The spaces a copy keeps between the bar's items on one line.
_SPACES = lazy(r"\s{2,}|\t")
# The most lines the bar runs to when copied one item a line.
_MOST = 10
# The fewest items under the logo: the logo alone may be a story's first word.
_LEAST = 2


def site_bar_lines(chunks: Sequence[Chunk]) -> int:
    """Rule ``journal-site-bar``: how many chunks at the top of the copy are LiveJournal's
    site bar (the logo line and its items), else 0. The lines themselves are left for the
    journal-entry rules to drop; the count lets them look past the bar.

    Guards: the copy must open on the logo line "LiveJournal" alone, and at least two lines
    holding only the bar's items (between bars or not) must follow it, so a story that
    opens on the word "LiveJournal" or a menu of another site is not read so."""
    # Rule ``journal-site-bar-skip-link``: the page's skip link may stand over the logo.
    skip = int(
        bool(chunks) and _SKIP.fullmatch(chunks[0].text.strip().lstrip("\ufeff")) is not None
    )
    if len(chunks) <= skip or chunks[skip].text.strip().lstrip("\ufeff").lower() != _LOGO:
        return 0
    count = skip + 1
    while count < min(len(chunks), skip + _MOST + 1) and _bar_line(chunks[count].text):
        count += 1
    return count if count - skip - 1 >= _LEAST else 0


def _bar_line(text: str) -> bool:
    """Whether a line holds only items of the site bar ("Shop", "RSS Reader | Help")."""
    if len(text) > 80 or not text[:1].isalpha():
        return False
    # Between bars, or (rule ``journal-site-bar-spaced``) set apart by runs of spaces, "Log
    # in   Create account   Search".
    items = text.split("|") if "|" in text else _SPACES.split(text.strip())
    return all(_ITEM.fullmatch(item.strip()) is not None for item in items)
