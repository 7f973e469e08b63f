"""Yahoo! Groups' web page for one message, copied from the browser above the mail.

A reader who saved a list's story from the group's web site copied the page's top with it:
the site's lines ("Yahoo! Groups", "Sign In", "New User? Sign Up"), the group's name and
tagline ("sagafic * Old Norse Saga Fan Fiction"), the group's menu ("Home", "Messages",
"Files", "Photos", …, one item a line or all on one line), "Messages Help", and the message
navigation ("Reply | Forward | Message #12 of 40 < Prev | Next >"). The mail's subject,
"From:" and "Date:" lines follow, then the writer's own text. None of the page's top is
the story's; left in, the group's name line reads as the title and the menu as prose.

The lines become blank, so line numbers still point at the file.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# How far into the text the page's site line must stand, and the message navigation.
_SITE_REACH = 600
_TOP_LINES = 40
# The most lines the page's foot holds from its navigation line down, and the longest line
# of the topic's list under it.
_FOOT_LINES = 12
_FOOT_WIDTH = 60
# How far up an expanded topic list (``yahoo-groups-topic-previews``) may reach, and the
# longest preview line in it.
_LIST_LINES = 40
_PREVIEW_WIDTH = 160
# The topic list's heading with its sort links: "Expand Messages   Author   Sort by Date".
_EXPAND = lazy(r"expand\s+messages(?:\s+author)?(?:\s+sort\s+by\s+date)?", re.IGNORECASE)
# The site's own items, each alone or side by side on one line.
_SITE_ITEM = (
    r"yahoo!\s+groups|yahoo!|my\s+yahoo!|mail|search\s+the\s+web|sign\s+(?:in|out)"
    r"|new\s+user\?\s*sign\s+up|help|welcome,\s+guest"
)
# The group's menu items.
_GROUP_ITEM = (
    r"home|messages(?:\s+help)?|post|files|photos|links|database|polls|members|calendar"
    r"|chat|bookmarks|promote|invite"
)
# An item stands whole, not inside a longer word ("Homework", "Postcards").
_MENU_ITEM = lazy(rf"(?<!\w)(?:{_SITE_ITEM}|{_GROUP_ITEM})(?!\w)", re.IGNORECASE)
_GROUP_MENU = lazy(rf"(?<!\w)(?:{_GROUP_ITEM})(?!\w)", re.IGNORECASE)
# The message navigation's items: "Reply", "Forward", "Message #2231 of 2240", "< Prev",
# "Next >", "< Prev Message", "Next Message >", parted by "|" or spaces.
# Rule ``yahoo-groups-message-box``: the page's line with the message's number and its
# boxes to go to another, "Message 1187 of 2403 | Msg # [    ] Go | Msg Search: [    ]".
_NAV_ITEM = lazy(
    r"reply|forward|message\s*#?\s*\d{1,7}\s+of\s+\d{1,7}"
    r"|<\s*prev(?:ious)?(?:\s+message)?|next(?:\s+message)?\s*>"
    r"|msg\s*#\s*\[\s*\]\s*go|msg\s+search\s*:\s*\[\s*\]",
    re.IGNORECASE,
)
# What parts the site's items on a line: dashes, and the search box's empty field.
_SEPARATORS = lazy(r"\s-\s|\[\s*\]")
# The group's name line: its id (no spaces), then its tagline after a dot, star or dash.
_GROUP_NAME = lazy(r"[A-Za-z0-9][\w.-]{1,40}(?:\s+[·*•|:–—-]\s+\S.{0,80})?")


def yahoo_groups_page(text: str) -> str:
    """Rule ``yahoo-groups-page``: ``text`` without the top of a Yahoo! Groups message
    page (the site's lines, the group's name line, its menu and the message navigation)
    down to the mail's subject, and its foot (``yahoo-groups-page-foot``); else as it is.

    Guards: "Yahoo! Groups" stands alone (or among the site's other items) on one of the
    text's first lines; a message navigation line ("Reply | Forward", "< Prev | Next >")
    closes the top within its first forty lines; and every line above it is the site's,
    the menu's, or the one group name line over the menu. A story that opens by naming the
    site, or a menu word heading a story, is left whole."""
    if "Yahoo! Groups" not in text[:_SITE_REACH]:
        return text  # the cheap question first: most texts never name the site
    lines = text.split("\n")
    end = _top_end(lines)
    if end is None:
        return text
    # The message's number and its boxes may stand on a navigation line of their own under
    # the first (``yahoo-groups-message-box``).
    below = next((at for at in range(end + 1, len(lines)) if lines[at].strip()), None)
    if below is not None and _nav_line(lines[below].strip()):
        end = below
    for index in range(end + 1):
        lines[index] = ""
    for index in range(_foot_start(lines), len(lines)):
        lines[index] = ""
    return "\n".join(lines)


def _foot_start(lines: list[str]) -> int:
    """Rule ``yahoo-groups-page-foot``: where the page's foot starts, under the mail (its
    end when there is none). The page repeats the message navigation under the mail, then
    "Expand Messages" and the topic's list (each poster's name and date, a short line
    each). Only from a navigation line among the last lines, with nothing but short lines
    under it, so the mail's own text is never reached.

    Rule ``yahoo-groups-topic-previews``: an expanded topic list also shows each message's
    first words cut off with "...", a long line each ("Re: FIC: …" over "Loved it. …"), and
    runs longer; under a navigation line followed by "Expand Messages", such cut previews
    belong to the foot too, as far up as ``_LIST_LINES``."""
    last = len(lines)
    while last and not lines[last - 1].strip():
        last -= 1
    for index in range(max(0, last - _LIST_LINES), last):
        line = lines[index].strip()
        if not line or not _nav_line(line):
            continue
        rest = [item.strip() for item in lines[index + 1 : last]]
        if index >= last - _FOOT_LINES and all(len(item) <= _FOOT_WIDTH for item in rest):
            return index
        filled = [item for item in rest if item]
        if filled and _EXPAND.fullmatch(filled[0]) and all(map(_list_line, filled)):
            return index
    return len(lines)


def _list_line(line: str) -> bool:
    """Whether ``line`` may stand in the topic list: short, or a preview cut off with "..."."""
    return len(line) <= _FOOT_WIDTH or (len(line) <= _PREVIEW_WIDTH and line.endswith(("...", "…")))


def _top_end(lines: list[str]) -> int | None:
    """The index of the message navigation line that closes the page's top, or None when
    a line above it is no page chrome."""
    sited = named = menu = False
    for index, raw in enumerate(lines[:_TOP_LINES]):
        line = raw.strip()
        if not line:
            continue
        if _menu_line(line):
            sited = sited or "yahoo! groups" in line.lower()
            menu = menu or _GROUP_MENU.search(line) is not None
            continue
        if sited and menu and _nav_line(line):
            return index
        # The group's name stands once, under the site's lines and over the group's menu.
        if not sited or named or menu or not _GROUP_NAME.fullmatch(line):
            return None
        named = True
    return None


def _menu_line(line: str) -> bool:
    """Whether ``line`` holds nothing but the site's or the group's menu items, parted by
    spaces or dashes, with the search box's empty field ("Search the Web [    ]")."""
    return not _SEPARATORS.sub(" ", _MENU_ITEM.sub("", line)).strip()


def _nav_line(line: str) -> bool:
    """Whether ``line`` is the message navigation: its items parted by "|" or spaces, with
    "Reply" or a "Prev"/"Next" link among them."""
    if not _NAV_ITEM.search(line):
        return False
    return not _NAV_ITEM.sub("", line).replace("|", "").strip()
