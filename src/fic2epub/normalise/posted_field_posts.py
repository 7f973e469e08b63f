"""Forum posts headed by the poster's name, a "Posted: date" line and the post's buttons.

phpBB-derived boards of the 2000s (Gaia Online's forums, many fan boards) copy each post as
three lines: the poster's name, "Posted: Sat Jul 05, 2008 9:12 pm", then the post's buttons,
"Quote | Reply | Report". The three lines are the post's header.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunks

# The poster's name: a user name or display name of up to four words, no sentence marks.
_NAME = lazy(r"[^\s:;!?\"“”,.][^:;!?\"“”,]{0,38}")
# "Posted: Sat Jul 05, 2008 9:12 pm" (a digit at least, the colon after "Posted").
# Rule ``invision-post-header``: Invision Community drops the colon, "Posted March 3, 2009",
# and sets the poster's box between the name and the date: the member group ("Members")
# and the post count ("212 posts"). Its buttons are "Report post" and "Share".
_POSTED = lazy(
    r"posted\s*:\s*(?=[^\n]*\d)\S.{4,50}"
    r"|posted\s+(?:on\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}(?:\s+at\s+\S.{0,20})?",
    re.IGNORECASE,
)
# The poster's box under the name: the member group and the post count.
_POST_COUNT = lazy(r"[\d,]{1,9}\s+posts?", re.IGNORECASE)
_GROUP = lazy(r"[A-Za-z][A-Za-z ]{1,30}")
# The post's buttons: "Quote | Reply | Report", "Reply with quote  Edit"; a Hebrew board's
# "ציטוט | תגובה | דווח" (quote, reply, report) and "ערוך" (edit).
_BUTTON = (
    r"(?:quote|reply(?:\s+with\s+quote)?|report(?:\s+post)?|edit|delete|pm|profile"
    r"|multi-?quote|share|ציטוט|תגובה|דווח|ערוך)"
)
_BUTTONS = lazy(rf"{_BUTTON}(?:\s*(?:\||·|•|\s{{2,}})\s*{_BUTTON}){{1,6}}", re.IGNORECASE)


def is_post_buttons(text: str) -> bool:
    """Whether a line is a forum post's row of buttons ("Quote | Reply | Report")."""
    return len(text) <= 80 and _BUTTONS.fullmatch(text.strip()) is not None


def posted_field_headers(chunks: Chunks) -> list[tuple[int, int, str]]:
    """Rule ``posted-field-post-header``: each post's (start, body, poster) for a thread whose
    posts open on the poster's name, "Posted: date" and the buttons, one a line.

    Why: without it, each header reads as a paragraph and every reader's reply as story.
    Guards: the three lines stand together (no blank line between), the name line is short
    with no sentence marks and has a blank line above it, and the shape is there twice or
    more, so one "Posted:" line in a story is left alone."""
    found: list[tuple[int, int, str]] = []
    for index in range(len(chunks) - 2):
        name = chunks[index]
        if (index and not name.gap) or chunks[index + 1].gap:
            continue  # the line under the name, box or "Posted:", is never apart from it
        box = _poster_box(chunks, index + 1)
        if index + box + 2 >= len(chunks):
            continue
        posted, buttons = chunks[index + 1 + box], chunks[index + 2 + box]
        if posted.gap or buttons.gap:
            continue
        if posted.text[:6].lower() != "posted" or not _POSTED.fullmatch(posted.text.strip()):
            continue
        if not _NAME.fullmatch(name.text.strip()) or len(name.text.split()) > 4:
            continue
        if not _BUTTONS.fullmatch(buttons.text.strip()):
            continue
        found.append((index, index + 3 + box, name.text.strip()))
    return found if len(found) >= 2 else []


def _poster_box(chunks: Chunks, index: int) -> int:
    """How many lines of an Invision poster's box start at ``index``, under the name: its
    member group ("Members") over its post count ("212 posts"), or none."""
    if index + 1 >= len(chunks) or chunks[index].gap or chunks[index + 1].gap:
        return 0
    group, count = chunks[index].text.strip(), chunks[index + 1].text.strip()
    if _POST_COUNT.fullmatch(count) and _GROUP.fullmatch(group):
        return 2
    return 0
