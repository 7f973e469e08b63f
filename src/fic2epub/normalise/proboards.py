"""ProBoards threads copied as text: each post's mini-profile, buttons and signature.

A ProBoards forum heads each post with the poster's mini-profile: the name, a member title
("Junior Member"), the counts ("Posts: 48", "Likes: 31"), then the post's time ("Mar 9,
2021 22:41:07 GMT"). Under the post come the poster's signature and the "Quote", "Like",
"Report Post" buttons. Under the last post: "Thread Options", "Board Information &
Statistics", "Users Browsing this Thread: 1 guest" and "Powered by ProBoards". The functions
here find those lines; :mod:`threads` reads the posts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.fields import date_line

# A mini-profile's count: "Posts: 48", "Likes: 31", "Karma: 3", "Reputation: 12".
_COUNT = lazy(r"[^\W\d_]{2,15}(?:\s+[^\W\d_]{2,15})?\s*:\s*-?\d[\d,.]{0,9}")
# The post's time: a date, a clock time with seconds, and the time zone ("GMT", "UTC").
_TIME_ZONE = lazy(
    r"(?P<date>.{6,30}?)\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?\s+(?:GMT|UTC)(?:[+-]\d{1,2})?"
)
# The buttons under a post, one to a line.
_BUTTONS = frozenset(
    {
        "quote",
        "like",
        "report post",
        "reply",
        "edit",
        "delete",
        "multi-quote",
        "thread options",
        "reply with quote",  # vBulletin's
        "top",  # phpBB's link to the page's top, over its contact buttons
        "back to top",
    }
)
# The longest name and member title of a mini-profile.
_NAME = 40


def post_time(text: str) -> bool:
    """Rule ``proboards-post-time``: a post's time with its zone ("Mar 9, 2021 22:41:07
    GMT"), a line of its own."""
    if len(text) > 50 or not text.rstrip()[-3:].isalpha():
        return False
    found = _TIME_ZONE.fullmatch(text.strip())
    return found is not None and date_line(found.group("date").rstrip(",")) is not None


def mini_profile(chunks: Sequence[Chunk], index: int) -> tuple[int, int] | None:
    """Rule ``proboards-mini-profile``: (the first line of the post's text, the line after
    its time) when ``index`` is a poster's name over a member title and counts, and the
    post's time under them; else None.

    The name and the title are short lines with no sentence end; the counts are one or more
    "Label: number" lines; the time closes the profile. A story's own "Score: 3" line is
    never under a name and over a zoned time."""
    name = chunks[index]
    if name.role != "text" or len(name.text) > _NAME or name.text.endswith((".", "!", "?", ",")):
        return None
    position = index + 1
    if (
        position < len(chunks)
        and chunks[position].gap == 0
        and len(chunks[position].text) <= _NAME
        and not _COUNT.fullmatch(chunks[position].text)
    ):
        position += 1  # the member title
    counts = 0
    while (
        position < len(chunks)
        and chunks[position].gap <= 1
        and _COUNT.fullmatch(chunks[position].text)
    ):
        counts += 1
        position += 1
    if not counts or position >= len(chunks) or chunks[position].gap > 1:
        return None
    if not post_time(chunks[position].text):
        return None
    return position, position + 1


# Rule ``contact-button-row``: phpBB 3's row of the poster's contact buttons under a post,
# copied as their labels on one line: "Profile  PM", "Profile  PM  E-mail  WWW".
_CONTACT_BUTTONS = frozenset({"profile", "pm", "e-mail", "email", "www", "website", "icq"})


def is_button(text: str) -> bool:
    """Rule ``forum-post-buttons``: one of the buttons a board prints under a post, or
    phpBB 3's row of contact buttons (``contact-button-row``: "Profile" first, then only
    contact buttons, so no sentence passes)."""
    if len(text) > 40:
        return False
    line = text.strip().lower()
    if line in _BUTTONS:
        return True
    words = line.split()
    return len(words) >= 2 and words[0] == "profile" and all(w in _CONTACT_BUTTONS for w in words)


# Rule ``proboards-footer``: what the board prints under a thread's last post.
_FOOTER = lazy(
    r"board\s+information\s*(?:&|and)\s*statistics|users\s+browsing\s+this\s+thread\s*:.*"
    r"|powered\s+by\s+proboards",
    re.IGNORECASE,
)


def board_footer_line(text: str) -> bool:
    """Whether a line opens a ProBoards thread's footer."""
    return len(text) <= 80 and _FOOTER.fullmatch(text.strip()) is not None
