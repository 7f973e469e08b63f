"""A newsletter's subscribe box: "Thanks for reading The Lantern Letters! Subscribe for free
to receive new posts and support my work." Substack sets it under a post and, in a long
post, between its paragraphs (:mod:`newsletter_post` reads where)."""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk

# The box's one line: thanks for reading the newsletter, and Subscribe.
SUBSCRIBE_BOX = lazy(r"thanks\s+for\s+reading\b.{1,120}?\bsubscribe\b", re.IGNORECASE)


def is_subscribe_box(chunk: Chunk) -> bool:
    """``chunk`` is the newsletter's subscribe box (one short line, thanks and Subscribe),
    not dropped yet."""
    text = chunk.text
    if chunk.role == "dropped" or len(text) > 200 or text[:1] not in "Tt":
        return False
    return SUBSCRIBE_BOX.match(text) is not None
