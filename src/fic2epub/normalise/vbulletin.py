"""vBulletin threads copied as text: each post's header and its title line.

vBulletin (3 and 4, the software of many fandom boards of the 2000s) heads each post with a
bar holding the post's number and date ("#2", "03-15-2008, 10:03 AM"), then the poster's
box: the name, a user title ("Senior Member") and "Join Date:"/"Location:"/"Posts:" lines.
A post may carry its own title in bold over a rule, which the thread's first post takes
from the thread. Under the post come "Last edited by X : date" and "Reply With Quote".
The functions here find the header; :mod:`threads` reads the posts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import Chunk, is_glyph_line
from fic2epub.normalise.fields import date_line
from fic2epub.normalise.forum_lines import is_poster_stat
from fic2epub.normalise.xenforo import poster_like, same_words

# vBulletin's post date: "03-14-2008, 08:57 PM" (its default format, with dashes), or
# "Today, 09:12 PM" and "Yesterday, 10:03 AM" for recent posts.
_POST_DATE = lazy(
    r"(?:\d{1,2}-\d{1,2}-\d{2,4}|today|yesterday),?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?",
    re.IGNORECASE,
)


# The alt text of vBulletin 3's post-status icon, copied before the date: "Old 05-11-2009,
# 09:14 PM" (read) or "New …" (unread).
_STATUS_ICON = lazy(r"(?:old|new)\s+(?=\d|today|yesterday)", re.IGNORECASE)


def _dated(text: str) -> bool:
    """Whether a line is a post's date (and time).

    Rule ``status-icon-date``: the date may follow the post-status icon's alt text ("Old
    05-11-2009, 09:14 PM"), which a copy of a vBulletin 3 page keeps; only before a date.
    """
    text = _STATUS_ICON.sub("", text, count=1) if _STATUS_ICON.match(text) else text
    return len(text) <= 40 and (
        date_line(text) is not None or _POST_DATE.fullmatch(text) is not None
    )


# The longest user title under a poster's name ("Senior Member", "Resident Night Owl").
_LONGEST_USER_TITLE = 60


def vbulletin_header(chunks: Sequence[Chunk], index: int) -> tuple[int, int, int] | None:
    """Rule ``forum-post-header`` (vBulletin): the post header around the "#N" line at ``index``:
    the date (above or under the number), the poster's name, maybe a user title, and one
    or more poster statistics ("Join Date: Mar 2005", "Posts: 1,204"), with no blank line
    between. Returns (the header's first line, the poster's name line, the post's first
    line), else None.

    The statistics must be there: a "#2" over a date and a name alone may be a story's
    list, and the box is what only forum software prints.
    """
    start = index
    if index and not chunks[index].gap and _dated(chunks[index - 1].text):
        start = index - 1
    at = index + 1
    if start == index:
        if at >= len(chunks) or chunks[at].gap or not _dated(chunks[at].text):
            return None
        at += 1
    if at + 1 < len(chunks) and not chunks[at].gap and _avatar_line(chunks[at].text):
        at += 1  # the avatar's alt text over the name (``avatar-alt-line``)
    if at >= len(chunks) or chunks[at].gap or not _name_line(chunks[at]):
        return None
    name = at
    at += 1
    if at < len(chunks) and not chunks[at].gap and online_status(chunks[at].text) is not None:
        at += 1  # the status icon's alt text on a line of its own
    if at < len(chunks) and not chunks[at].gap and _user_title(chunks[at]):
        at += 1
    stats = at
    if at < len(chunks) and chunks[at].gap == 1 and is_poster_stat(chunks[at].text):
        # Rule ``poster-stats-apart``: a browser's copy may set the statistics one blank
        # line under the name and user title; they are still the poster's box.
        at += 1
    while at < len(chunks) and not chunks[at].gap and is_poster_stat(chunks[at].text):
        at += 1
    return (start, name, at) if at > stats else None


# Rule ``avatar-alt-line``: the alt text of the poster's avatar, which a copy keeps over
# the name: "moth_lantern's Avatar".
_AVATAR = lazy(r"\S.{0,40}?['’]s\s+avatar", re.IGNORECASE)
# Rule ``online-status-line``: the alt text of vBulletin's online-status icon beside the
# name, "moth_lantern is offline" (or "… is online"): the name a copy may print twice.
_ONLINE = lazy(r"(?P<name>\S.{0,80}?)\s+is\s+(?:offline|online)", re.IGNORECASE)


def _name_line(chunk: Chunk) -> bool:
    """Whether a post header's line names the poster (maybe beside the online status)."""
    if poster_like(chunk):
        return True
    name = poster_name(chunk.text)
    return name != chunk.text.strip() and poster_like(replace(chunk, text=name))


def _avatar_line(text: str) -> bool:
    """Whether a line is an avatar's alt text ("moth_lantern's Avatar")."""
    return len(text) <= 60 and text[-6:].lower() == "avatar" and _AVATAR.fullmatch(text) is not None


def online_status(text: str) -> str | None:
    """Rule ``online-status-line``: the name in the online-status icon's alt text
    ("moth_lantern is offline"), else None."""
    if len(text) > 100 or not text.rstrip().endswith(("line", "LINE")):
        return None
    found = _ONLINE.fullmatch(text.strip())
    return found.group("name") if found else None


def poster_name(text: str) -> str:
    """The poster's name on a post header's name line, less the online-status icon's alt
    text a copy puts beside it ("moth_lantern  moth_lantern is offline" names
    "moth_lantern")."""
    name = text.strip()
    if (status := online_status(name)) is not None:
        head = status.split()
        if len(head) >= 2 and len(head) % 2 == 0:
            half = len(head) // 2
            if head[:half] == head[half:]:
                return " ".join(head[:half])
        return status
    return name


def _user_title(chunk: Chunk) -> bool:
    """A user title under the name: a short line, not a statistic, not a sentence."""
    text = chunk.text
    return (
        len(text) <= _LONGEST_USER_TITLE
        and not text.endswith((".", "!", "?", ":"))
        and not is_poster_stat(text)
    )


# vBulletin 3's default post icon, whose alt text a copy keeps before the post's title:
# "Default", or "Default Re: Title".
_POST_ICON = lazy(r"default(?:\s+\S.*)?", re.IGNORECASE)
# The longest post title line.
_LONGEST_POST_TITLE = 150


def post_title_line(chunks: list[Chunk], body: int, end: int, head: Sequence[str]) -> int:
    """Rule ``vbulletin-post-title``: a post's first line repeating the thread's title (one
    of the ``head`` lines above the first post), and the rule under it, are the post's
    title bar, not its text. Returns where the post's text starts.

    Rule ``post-icon-title``: a post's first line opening with the default post icon's alt
    text ("Default", "Default [Fic] Title, part 2/2") is its title bar too, whatever title
    follows; only a short line standing alone, with a blank line under it, that does not
    end as a sentence does.
    """
    if body < end and _icon_title(chunks, body, end):
        return body + 1
    if body >= end or not any(same_words(chunks[body].text, line) for line in head):
        return body
    after = body + 1
    if after < end and not chunks[after].gap and is_glyph_line(chunks[after].text):
        after += 1
    return after


def _icon_title(chunks: Sequence[Chunk], body: int, end: int) -> bool:
    """Whether the post's first line is the post icon's alt text and the post's title."""
    text = chunks[body].text.strip()
    return (
        len(text) <= _LONGEST_POST_TITLE
        and _POST_ICON.fullmatch(text) is not None
        # A title, not a sentence of the post that opens on the word ("Default was …").
        and not text.endswith(".")
        and (body + 1 >= end or chunks[body + 1].gap > 0)
    )


# The longest line of a thread page's head (its breadcrumb holds the thread's title).
_LONGEST_HEAD_LINE = 200


def thread_head(chunks: Sequence[Chunk], first_post: int) -> list[int]:
    """Rule ``vbulletin-thread-head``: the lines above a vBulletin thread's first post are
    the page's head (the breadcrumb, the log-in boxes, the navbar, "Thread: Title", "Thread
    Tools"), not a story's header, which a post of the thread holds. Returns the text lines
    to drop.

    Guards: every line short, and one of them at least the site's known chrome (a navbar, a
    log-in line), so the head is a page's.
    """
    lines = [index for index in range(first_post) if chunks[index].role == "text"]
    if any(len(chunks[index].text) > _LONGEST_HEAD_LINE for index in lines):
        return []
    if not any(is_site_chrome(chunks[index].text) for index in lines):
        return []
    return lines


# Rule ``vbulletin-archive``: the archive ("lite") view's line over the posts, "View Full
# Version : Thread title", as vBulletin's language packs print it: English, Arabic,
# German, French, Spanish, Italian, Dutch, Portuguese and Turkish.
_ARCHIVE_LINE = lazy(
    r"(?:view\s+full\s+version|مشاهدة\s+النسخة\s+كاملة|vollständige\s+version\s+anzeigen"
    r"|voir\s+la\s+version\s+complète|ver\s+la\s+versión\s+completa"
    r"|visualizza\s+versione\s+completa|volledige\s+versie\s+bekijken"
    r"|ver\s+a\s+versão\s+completa|tam\s+sürümü\s+görüntüle)\s*:\s*\S.{0,200}",
    re.IGNORECASE,
)
# How far down the archive's line may stand (under the crumb and the page's title).
_ARCHIVE_HEAD = 6
# The longest poster's name line in the archive view.
_ARCHIVE_NAME = 40


def is_archive_line(text: str) -> bool:
    """Whether a line is the archive view's "View Full Version : Title" line."""
    return len(text) <= 260 and ":" in text and _ARCHIVE_LINE.fullmatch(text.strip()) is not None


def archive_headers(chunks: Sequence[Chunk]) -> tuple[int, list[tuple[int, int, str]]]:
    """Rule ``vbulletin-archive``: the posts of a thread copied from vBulletin's archive
    view, which prints no poster box: each post opens on the poster's name and the post's
    date ("03-02-2013, 09:47 PM"), one a line, the text right under them. Returns the
    archive line's index and each post's (start, body, poster); (-1, []) for other pages.

    Why: without it the name and date read as the story's first lines and a reader's reply
    as its end. Guards: the archive's "View Full Version :" line near the top, and each
    name line short, set apart above, with the date right under it."""
    head = next(
        (
            index
            for index, chunk in enumerate(chunks[:_ARCHIVE_HEAD])
            if chunk.role == "text" and is_archive_line(chunk.text)
        ),
        -1,
    )
    if head < 0:
        return -1, []
    found: list[tuple[int, int, str]] = []
    for index in range(head + 1, len(chunks) - 1):
        name, date = chunks[index], chunks[index + 1]
        if not name.gap or date.gap or len(name.text) > _ARCHIVE_NAME or name.role != "text":
            continue
        if not _dated(date.text.strip()) or not _name_line(name):
            continue
        found.append((index, index + 2, poster_name(name.text)))
    return (head, found) if found else (-1, [])
