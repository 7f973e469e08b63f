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
_POSTED = lazy(r"posted\s*:\s*(?=[^\n]*\d)\S.{4,50}", re.IGNORECASE)
# The post's buttons: "Quote | Reply | Report", "Reply with quote  Edit".
_BUTTON = r"(?:quote|reply(?:\s+with\s+quote)?|report|edit|delete|pm|profile|multi-?quote)"
_BUTTONS = lazy(rf"{_BUTTON}(?:\s*(?:\||·|•|\s{{2,}})\s*{_BUTTON}){{1,6}}", re.IGNORECASE)


def posted_field_headers(chunks: Chunks) -> list[tuple[int, int, str]]:
    """Rule ``posted-field-post-header``: each post's (start, body, poster) for a thread whose
    posts open on the poster's name, "Posted: date" and the buttons, one a line.

    Why: without it, each header reads as a paragraph and every reader's reply as story.
    Guards: the three lines stand together (no blank line between), the name line is short
    with no sentence marks and has a blank line above it, and the shape is there twice or
    more, so one "Posted:" line in a story is left alone."""
    found: list[tuple[int, int, str]] = []
    for index in range(len(chunks) - 2):
        name, posted, buttons = chunks[index], chunks[index + 1], chunks[index + 2]
        if posted.gap or buttons.gap or (index and not name.gap):
            continue
        if posted.text[:6].lower() != "posted" or not _POSTED.fullmatch(posted.text.strip()):
            continue
        if not _NAME.fullmatch(name.text.strip()) or len(name.text.split()) > 4:
            continue
        if not _BUTTONS.fullmatch(buttons.text.strip()):
            continue
        found.append((index, index + 3, name.text.strip()))
    return found if len(found) >= 2 else []
