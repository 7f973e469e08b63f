"""A journal post's pointers to its other copies and to the art made for it.

A fic posted to a journal for a challenge or a big bang often closes its header with links
elsewhere: "Also on AO3.", "Also posted at FFN and Tumblr", and the link to the artist's
post, "Art: ART POST HERE (please leave the artist some love!)", "Art post: here",
"Podfic: [link]". Copied as text, the link's words stay while the link is gone: they are the
post's framing, like AO3's "(See the end of the work for more notes.)", neither a note nor
the story.

Rule ``also-posted-line``: "also (posted|available|up) on/at" and one or more sites by the
names fans use for them, nothing else on the line, so "Also on the table lay a knife" and
"Also at the door: Mrs Bell." are prose.

Rule ``art-post-pointer``: a label of a work made for the fic ("Art", "Art post",
"Artwork", "Podfic", "Fanmix") and, after the colon, only a link's words ("here", "link",
"art post here", a bracketed word or an address), perhaps with a remark in brackets. A
credit ("Art: [personal profile] name", "Art by name") names a person and is the header's.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# The sites a fic is posted to, as fans name them in a post.
_SITE = (
    r"(?:(?:the\s+)?ao3|(?:the\s+)?archive(?:\s+of\s+our\s+own)?|ffn|ff\.?net"
    r"|fanfiction\.net|fanfic\.net|tumblr|dreamwidth|dw|lj|livejournal|wattpad|pillowfort"
    r"|cohost|my\s+(?:journal|tumblr|blog|dw|lj))"
)
_ALSO_POSTED = lazy(
    rf"also\s+(?:(?:cross-?)?posted\s+|available\s+|up\s+)?(?:on|at|to)\s+{_SITE}"
    rf"(?:\s*(?:,|/|&|\band\b)\s*{_SITE}){{0,4}}\s*[.!]?",
    re.IGNORECASE,
)
# What a link to the art post is left as: its words ("here", "link", "ART POST HERE"), a
# bracketed placeholder ("[link]") or the address itself.
_LINK_WORDS = (
    r"(?:(?:the\s+)?(?:art\s*(?:post|master\s*post)?|podfic|fanmix|post)(?:\s+(?:here|link))?"
    r"|here|link|click\s+here|\[[^\[\]]{1,30}\]|<?https?://\S{1,200}>?)"
)
_ART_POINTER = lazy(
    r"(?:art(?:work)?|art\s*post|art\s*master\s*post|podfic|fanmix|playlist)\s*:\s*"
    rf"{_LINK_WORDS}\s*[.!]?(?:\s*\([^()]{{1,80}}\))?\s*[.!]?",
    re.IGNORECASE,
)
# The longest line either pointer is read in.
_LONGEST = 160


def is_post_pointer(line: str) -> bool:
    """Whether a whole line is a post's pointer to its other copies or to its art."""
    if len(line) > _LONGEST:
        return False
    head = line[:2].lower()
    # The cheap test first: every pointer opens with "al", "ar", "po", "fa" or "pl".
    if head == "al":
        return _ALSO_POSTED.fullmatch(line) is not None
    if head in ("ar", "po", "fa", "pl") and ":" in line:
        return _ART_POINTER.fullmatch(line) is not None
    return False
