"""A site's page trail over a story's title: "Home › Books › Fandom › Title", then "Title".

Archives print the path to a story's page above its title block, from the home page down
to the story: "Accueil › Livres › Fandom › Story", "Home » Fiction » Fandom » Story",
"Inicio > Libros > Fandom > Story". The title line under it repeats the trail's last item.
The trail is the page's navigation, not the title; the media category in it names the
fandom the way FanFiction.Net's category line does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fic2epub.lazy_re import lazy
from fic2epub.normalise.breadcrumbs import breadcrumb_fandom
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.patterns import same_text

# The marks between a trail's items.
_MARK = lazy(r"\s*[»›]\s*|\s+>\s+")
# The longest item and line a page trail holds.
_LONGEST_ITEM = 120
_LONGEST_LINE = 300


def trail_over_title(chunks: Sequence[Chunk], index: int) -> str | None:
    """Rule ``trail-over-title``: a page trail of three items or more whose last item is
    the title the next non-blank line gives; the fandom the trail names (its media
    category and the item after it, as in "Livres › Fandom"), "" when it names none, or
    None when the line is no such trail.

    Only when the line under it repeats the last item: a story's own "Rome » Naples »
    Palermo" is followed by prose, not by "Palermo" alone.
    """
    text = chunks[index].text.strip()
    if len(text) > _LONGEST_LINE or ("›" not in text and "»" not in text and " > " not in text):
        return None
    if index + 1 >= len(chunks) or chunks[index + 1].role not in ("text", "title"):
        return None
    items = [item.strip() for item in _MARK.split(text)]
    if len(items) < 3 or any(not item or len(item) > _LONGEST_ITEM for item in items):
        return None
    if not same_text(chunks[index + 1].text.strip(), items[-1]):
        return None
    for first in range(len(items) - 2):
        # The category and the fandom after it, anywhere before the title.
        fandom = breadcrumb_fandom(" › ".join(items[first : first + 2]))
        if fandom is not None and re.search(r"\w", fandom):
            return fandom
    return ""


# How many lines under the trail the page's own title may stand: the follow button and the
# like between them.
_TITLE_REACH = 4
# The page's by line under its title: "By: name".
_BY_LINE = lazy(r"by\s*:\s*\S.{0,80}", re.IGNORECASE)


def trail_above_page_title(chunks: Sequence[Chunk], index: int) -> str | None:
    """Rule ``trail-above-page-title``: a "»" trail of three items down from a site's media
    category ("Books » Poetry » Some Romance") over a page whose own title line stands
    right above its "By:" line, and differs from the trail's last item. The page's title
    names the story, so the trail stops at the fandom: category, subcategory, fandom, and
    the fandom (its last item) is returned; else None.

    Only when the title line differs from the last item: FanFiction.Net's old mobile page
    runs its trail on to the story's title ("Books » Fandom » Title", ``breadcrumb-title``)
    with the "By:" line next, or repeats it under the trail (``trail-over-title``).
    """
    text = chunks[index].text.strip()
    if len(text) > _LONGEST_LINE or "»" not in text:
        return None
    items = [item.strip() for item in _MARK.split(text)]
    if len(items) != 3 or any(not item or len(item) > _LONGEST_ITEM for item in items):
        return None
    if breadcrumb_fandom(" » ".join(items[:2])) is None:
        return None  # no media category first: a story's "Rome » Naples » Palermo"
    # The page's buttons between ("Follow/Fav") are passed over, read or not yet.
    below = [
        chunk
        for chunk in chunks[index + 1 : index + 1 + _TITLE_REACH]
        if chunk.role != "dropped" and not is_site_chrome(chunk.text)
    ]
    if len(below) < 2 or below[0].role not in ("text", "title") or len(below[0].lines) != 1:
        return None
    title = below[0].text.strip()
    if same_text(title, items[-1]) or not _BY_LINE.fullmatch(below[1].text.strip()):
        return None
    return items[-1]
