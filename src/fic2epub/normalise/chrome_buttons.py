"""Site chrome: button labels and rows of buttons.

``BUTTON_WORDS`` are labels ("Print", "Top", "Next") that are chrome only among other
chrome; :func:`button_row` reads a row of buttons copied onto one line with wide spaces
between them, and :func:`share_bar` a row of share buttons naming networks.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chrome_lines import CHROME_LINE
from fic2epub.normalise.nav_bars import WIDE_SEPARATOR
from fic2epub.normalise.site_names import is_site_name

# Button labels that are site chrome only beside other buttons ("Reader mode  Statistics").
BUTTON_WORDS = lazy(
    r"statistics|facebook|twitter|reddit|pinterest|whatsapp|e-?mail|link|print|top|help"
    # Rule ``printer-link``: eFiction's story bar names its print view's link "Printer".
    r"|printer"
    # Dreamwidth's "Flag" (report the entry) sits alone under "Share".
    r"|flag"
    # A chapter page's pager copied one button a line: "Previous" / "Index" / "Next".
    r"|index|next|prev(?:ious)?"
    r"|upvote|add\s+to\s+(?:collection|library|reading\s+list)"
    # Webnovel's buttons under a chapter, one a line: "Power Stone" (its vote) and "Gift".
    r"|power\s+stones?|gift"
    # A book page's buttons beside "Add to Library": "Read", "Read Now", "Start Reading".
    r"|read(?:\s+now)?|(?:start|continue)\s+reading"
    # An older LiveJournal entry page's links and buttons, spaced out on one line over the
    # entry ("Previous Entry  Add to memories!  Tell a Friend!  Next Entry"): a row of them
    # is ``button-row``; alone, "Next Entry" may be a diary story's own line.
    r"|previous\s+entry|next\s+entry|add\s+to\s+memories!?|tell\s+a\s+friend!?"
    # vBulletin's log-in bar over a thread ("User Name  Password  Remember Me?  Log in") and
    # the thread's menus ("Thread Tools  Display Modes").
    r"|user\s*name|password|remember\s+me\??|log\s*in|thread\s+tools|display\s+modes"
    r"|search\s+this\s+thread|rate\s+this\s+thread"
    # Rule ``publish-button``: a reading app's button for its writers beside "Sign in" in the
    # top bar ("Publish  Sign in"); alone, "Publish" may be a story's one-word line.
    r"|publish",
    re.IGNORECASE,
)


# A blog post's share buttons copied as one line: "Email This   BlogThis!   Share to Twitter
# Share to Facebook", in any language; two or more of the items name a network.
_NETWORK = lazy(r"\b(?:twitter|facebook|pinterest|tumblr|reddit|whatsapp|e-?mail)\b", re.I)


def share_bar(line: str) -> bool:
    """Rule ``share-bar``: a row of share buttons set apart by wide spaces, two or more of
    them naming a network ("Share to Twitter   Share to Facebook"). A sentence is one item,
    so it never matches."""
    if "   " not in line:
        return False
    items = [item for item in re.split(r"\s{3,}", line) if item]
    named = sum(1 for item in items if _NETWORK.search(item) and len(item.split()) <= 5)
    return len(items) >= 2 and named >= 2 and all(len(item.split()) <= 5 for item in items)


def button_row(line: str) -> bool:
    """Rule ``button-row``: a row of site buttons copied as one line, their labels set apart by
    wide spaces ("Report  Reply", "Threadmarks  View all 4 threadmarks"). Every item must be a
    known button or chrome line, so two words of a story set apart by chance never match."""
    if "  " not in line:
        return False
    items = WIDE_SEPARATOR.split(line)
    return len(items) >= 2 and all(
        CHROME_LINE.fullmatch(item) or BUTTON_WORDS.fullmatch(item) or is_site_name(item)
        for item in items
    )
