"""Text messages set one a line, as a story quotes a phone's chat: "juliet: obviously".

The sender's name (one word or two), a colon and the message. A header's field line
("Rating: T") has the same shape, so callers that read header blocks tell the two apart
by the label (:func:`is_message_line`'s ``fields`` guard).
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy
from fic2epub.normalise.fields import is_known_label

# The sender's name, a colon, the message ("romeo: ok", "MARISKA: row F").
_TEXT_MESSAGE = lazy(r"(?P<name>[^\W\d][\w.'’-]{0,20}(?: [^\W\d][\w.'’-]{0,20})?):\s+\S")


def is_message_line(text: str, *, fields: bool = True) -> bool:
    """Whether ``text`` opens as a text message does, a name and a colon before it.

    With ``fields`` false, a known header label ("Summary:", "Notes:") is no sender."""
    if ":" not in text[:26]:
        return False  # the cheap test first: no colon where a name's would stand
    found = _TEXT_MESSAGE.match(text)
    if found is None:
        return False
    return fields or not is_known_label(found.group("name"))
