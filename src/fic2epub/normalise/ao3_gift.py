"""Rule ``ao3-gift-line``: AO3's gift association, "For chen_in_kaifeng.", as the first line
of a work's "Notes".

A work given as a gift names its recipients at the top of the work's notes box, above the
author's own notes ("For user." or "For user1, user2."), on the work page and in every
download. AO3 prints it, not the author: it is the site's association list, like "A
translation of … by …", so the author's note starts on the line under it.

Only AO3's exact form: "For", then one to a few user names (a word each, no spaces, a pseud
may carry its user name in brackets) joined by commas, and a full stop ending the line. A
dedication the author typed ("For kleinmarkt_vienna, who asked for …", "For my sister.")
is a sentence, not a list of names, and stays the note's; so do "For now." and the like.
The notes pass asks only about the first line of a "Notes" box above the first chapter,
where AO3 prints the work's notes: a chapter's own notes never hold the gift line.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy

# A user name or pseud as AO3 links it: letters, digits and underscores (pseuds also allow a
# dot or hyphen), then the user name in brackets when the pseud differs from it.
_NAME = r"[^\W_][\w.-]{0,39}(?:\s\([\w.-]{1,40}\))?"
_GIFT_LINE = lazy(rf"For\s({_NAME}(?:,\s{_NAME}){{0,5}})\.")
# Words a dedication or a phrase opens with after "For", never a recipient's name alone.
_NOT_NAMES = frozenset(
    "you me us him her them all everyone everybody anyone now ever good once sure real"
    " mum mom dad mother father my our your his their the a an this that".split()
)


def is_gift_line(text: str) -> bool:
    """Whether a line is AO3's gift association, "For user." or "For user1, user2."."""
    if text[:4] != "For " or not text.endswith(".") or len(text) > 200:
        return False  # the cheap question first: the line's own opening and ending
    found = _GIFT_LINE.fullmatch(text)
    if found is None:
        return False
    names = [name.split(" (")[0] for name in found.group(1).split(", ")]
    return not any(name.lower() in _NOT_NAMES for name in names)
