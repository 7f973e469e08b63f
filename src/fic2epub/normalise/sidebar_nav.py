"""A site builder's page whose menu, copied one item a line, holds the page's own title.

Google Sites (and other builders' templates) print the site's name, then its menu one item a
line with the current page among the items, the search box, and then the site's name again
over the page's title. Read top down, the menu's items would be taken for the title (the
first short line) and the page's real title, under the repeated name, for a repeat.
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import Chunk

# How far below the first item the site's name may come again, and the longest item.
_MOST_ITEMS = 12
_LONGEST_ITEM = 60


def sidebar_nav(chunks: list[Chunk], index: int) -> int | None:
    """Rule ``sidebar-nav``: the lines from ``index`` down to the site's name printed again
    are the site's menu, and the line under the name is the page's title: mark the menu and
    the name dropped and return the title's index, else None.

    Guards: the name is a line already dropped above (the site's name over its menu); every
    line between is one short line with no sentence's end, with no blank line in the run;
    the title is no chrome; one of them is known chrome
    ("Home", "Search this site") and one is the very title under the repeated name (the menu's
    link to the page itself); the line under the name is not the one under its first copy
    (a menu copied twice)."""
    names = {c.text.strip() for c in chunks[:index] if c.role == "dropped"}
    if not names:
        return None
    stop = min(len(chunks) - 1, index + _MOST_ITEMS)
    for at in range(index + 1, stop):
        if chunks[at].text.strip() not in names or _menu_again(chunks, at):
            continue
        items = chunks[index:at]
        title = chunks[at + 1].text.strip()
        if any(len(c.lines) != 1 or len(c.text) > _LONGEST_ITEM or _ends(c.text) for c in items):
            return None
        if any(c.gap for c in chunks[index + 1 : at + 1]) or is_site_chrome(title):
            return None  # a menu is copied with no blank line in it; the title is no button
        texts = [c.text.strip() for c in items]
        if title not in texts or not any(is_site_chrome(text) for text in texts):
            return None
        for position in range(index, at + 1):
            chunks[position] = replace(chunks[position], role="dropped", rule="sidebar-nav")
        return at + 1
    return None


def _menu_again(chunks: list[Chunk], at: int) -> bool:
    """Whether the line under ``at`` is also the line under the first copy of its text: a
    menu copied twice (a phone-width template's "Open Menu" copy of it) repeats its items in
    order, where the site's name printed again stands over the page's title instead."""
    name = chunks[at].text.strip()
    first = next(i for i, c in enumerate(chunks) if c.text.strip() == name)
    return first < at and chunks[first + 1].text.strip() == chunks[at + 1].text.strip()


def _ends(text: str) -> bool:
    """Whether a line ends as a sentence does."""
    return text.rstrip()[-1:] in ".!?"
