"""Site chrome: the "Key: value" lines of mail and blog software, and Blogger's poster line.

A mail's "From:" and "Message-ID:", a journal's "Current Mood:", a list archive's "Next
message:", and Blogger's "Posted by Mira at 9:14 PM" under a post (in several of its
languages), whose poster :func:`blogger_poster` gives the story's authors.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.blog import without_comment_count

# "Key: value" lines of e-mail and blog software rather than of the story's header.
CHROME_LABELS = lazy(
    r"(?:from|to|cc|reply-to|sender|message-id|mime-version|content-type|x-[\w-]+|subject"
    r"|current\s+(?:mood|music|location)|posted\s+by|posted\s+via"
    r"|last\s+edited(?:\s+by\s+[^:]{1,40})?|reactions|share"
    # Rule ``pipermail-navigation``: a Mailman list archive's links around each message.
    r"|(?:previous|next)\s+message(?:\s+\(by\s+(?:thread|date)\))?|messages\s+sorted\s+by)\s*:.*",
    re.IGNORECASE,
)
# Blogger's line under a post, in its own words and some of its translations: "Posted by
# Mira at 9:14 PM", "Opublikowane przez Mira o 21:14" (older templates "Opublikowany"),
# "Eingestellt von Mira um 21:14", Portuguese "Postado por Mira às 21:14"; rule
# ``nordic-blogger-footer``: Danish "Indsendt af Mira kl. 21:14", Norwegian "Lagt inn av
# Mira kl. 21:14", Swedish "Upplagd av Mira kl. 21:14".
POSTED_AT = lazy(
    r"(?:posted\s+by|postado\s+por|opublikowan[ey]\s+przez|publi[ée]e?\s+par|eingestellt\s+von"
    r"|publicado\s+por|geplaatst\s+door|pubblicato\s+da|indsendt\s+af|lagt\s+inn\s+av"
    r"|upplagd\s+av)\s+(?P<name>\S.{0,40}?)\s+"
    r"(?:at|o|à|um|en|às|a\s+las|op|alle|kl\.?)\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?",
    re.IGNORECASE,
)


def is_posted_at(line: str) -> bool:
    """Whether a line is Blogger's "Posted by X at 9:14 PM" under a post."""
    return POSTED_AT.fullmatch(line) is not None


# The first words of the "Posted by" line in English and the translations ``POSTED_AT``
# knows, in lower case, and the letters they open with: the cheap test before the regex.
_POSTED_WORDS = (
    "posted",
    "opublikowan",
    "publié",
    "publie",
    "eingestellt",
    "publicado",
    "postado",
    "geplaatst",
    "pubblicato",
    "indsendt",
    "lagt inn",
    "upplagd",
)
_POSTED_FIRST = frozenset("PpOoEeGgIiLlUu")


def blogger_poster(line: str) -> str | None:
    """The poster's name on Blogger's "Posted by X at 9:14 PM" line (its comment count after
    the time or not), else None."""
    if line[:1] not in _POSTED_FIRST or not line[:12].lower().startswith(_POSTED_WORDS):
        return None
    found = POSTED_AT.fullmatch(without_comment_count(line.strip()))
    return found.group("name").strip() if found else None
