"""A chapter opened by the writer's sorry for the wait or thanks to last chapter's readers.

"Sorry this took so long! My laptop died.", "Sorry for the wait, everyone!", "Thanks to
everyone who commented! Sorry this one is a day late." — written with no "A/N:" right under
a chapter's heading, each is the writer's note about the update, not the chapter's first
paragraph: a narrator does not apologise for the time the chapter took to post, nor thank
those who commented on the last one.

The test reads one paragraph; :func:`fic2epub.normalise.reader_talk.opening_note` decides
where it may stand (the first paragraph under a heading, story under it).
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import QUOTES

# Rule ``late-update-apology``: the paragraph opens with a sorry for the update's wait:
# "Sorry this took so long", "So sorry this one is late", "Sorry it's been so long",
# "Sorry for the (long) wait / delay", "Sorry for not updating", "Sorry this is a day late".
_APOLOGY = lazy(
    r"(?:so\s+|very\s+|really\s+)?sorry,?\s+(?:"
    r"(?:this|it|that)(?:\s+(?:one|chapter|update|part))?(?:\s+|(?=['’]))(?:"
    r"(?:took|has\s+taken|(?:has|['’]s)\s+been)\s+(?:so\s+)?(?:long|forever|ages|a\s+while)"
    r"|(?:is|was|['’]s)\s+(?:so\s+|a\s+(?:\w+\s+)?(?:day|week|month|bit)\s+)?late"
    r")"
    r"|(?:about|for)\s+(?:the|this|my)\s+(?:(?:long|late|huge)\s+)?"
    r"(?:wait|delay|hiatus|absence|late\s+update)"
    r"|for\s+not\s+updating"
    r")\b",
    re.IGNORECASE,
)
# Rule ``thanks-to-commenters``: the paragraph opens by thanking the readers who commented,
# reviewed or left kudos on the last chapter: "Thanks to everyone who commented!", "Thank
# you all for the comments", "Thanks so much for the reviews".
_THANKS = lazy(
    r"(?:many\s+)?thanks?(?:\s+you)?(?:\s+so\s+much)?\s+"
    r"(?:(?:to\s+)?(?:everyone|everybody|all(?:\s+of\s+you)?|you\s+all|y['’]?all|you)\s+)?"
    r"(?:who\s+(?:\w+\s+)?(?:commented|reviewed|left\s+(?:kudos|comments?|reviews?))"
    r"|for\s+(?:(?:the|your|all)\s+)?(?:(?:the|your|lovely|kind|amazing|sweet)\s+)?"
    r"(?:comments|reviews|kudos))\b",
    re.IGNORECASE,
)
# The writer speaking up: an exclamation, or "I", "my", "you", "guys", "everyone".
_SPEAKS_UP = lazy(r"!|\b(?:I|(?i:me|my|you|your|guys|everyone|everybody|y['’]?all))\b")
# The longest paragraph read as such a note: an apology or thanks and a line or two more.
_LONGEST = 300


def update_apology(text: str) -> str | None:
    """The rule that reads ``text`` as the writer's sorry for the wait
    (``late-update-apology``) or thanks to last chapter's commenters
    (``thanks-to-commenters``), else None.

    Guards: the sorry or thanks opens the paragraph (a narrator's "she was sorry it took so
    long" does not), never dialogue (a character's "Sorry this took so long" is quoted),
    the paragraph is short, and the writer speaks up in it, with an exclamation or "I",
    "you", "everyone" (a narrator's unquoted "Sorry this took so long, Jo told the clerk."
    has neither)."""
    if len(text) > _LONGEST or text[:1] in QUOTES or text[:1] not in "SsTtVvRrMm":
        return None  # the cheap test first: every opening above starts with one of these
    if _SPEAKS_UP.search(text) is None:
        return None
    if _APOLOGY.match(text):
        return "late-update-apology"
    if _THANKS.match(text):
        return "thanks-to-commenters"
    return None
