"""An advertisement slot a site sets between two paragraphs of a chapter.

Web-serial sites (Royal Road, Scribble Hub, Wattpad's web reader) break the text of a long
chapter with an advert, labelled "Advertisement" and with the site's button to hide it
("Remove Ad", "Report this ad"). The advert's picture is lost in a copy; its two lines stay
between the paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk

# The slot's label over the advert.
_LABEL = lazy(r"(?:advertisement|advert|sponsored(?:\s+content)?|ad)", re.IGNORECASE)
# The site's buttons beside it: no story line is one.
_BUTTON = lazy(
    r"(?:remove|hide|report(?:\s+this)?|close)\s+ads?|ads?\s+by\s+\w+(?:\s+\w+)?"
    r"|(?:go\s+)?ad-?free|why\s+this\s+ad\??",
    re.IGNORECASE,
)


def _button(text: str) -> bool:
    """One of the advert's buttons alone on its line ("Remove Ad")."""
    line = text.strip()
    return len(line) <= 30 and _BUTTON.fullmatch(line) is not None


def is_inline_ad(chunks: Sequence[Chunk], index: int) -> bool:
    """Rule ``in-text-advertisement``: the advert slot's label ("Advertisement") with one of
    its buttons right above or below it, no blank line between, or the button itself.

    Guards: a button is only a site's ("Remove Ad"); the bare label counts only beside one,
    so a story's own one-word paragraph "Advertisement" stays."""
    text = chunks[index].text
    if len(text) > 30:
        return False
    low = text.lower()
    if "ad" not in low and "sponsor" not in low:
        return False  # the cheap test first: every label and button says "ad" or "sponsor"
    if _button(text):
        return True
    if _LABEL.fullmatch(text.strip()) is None:
        return False
    after = chunks[index + 1] if index + 1 < len(chunks) else None
    if after is not None and not after.gap and _button(after.text):
        return True
    return index > 0 and not chunks[index].gap and _button(chunks[index - 1].text)
