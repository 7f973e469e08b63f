"""Rule ``closing-thanks``: the author's unlabelled thank-you under a chapter's prose, "Thank
you to the reading group, and to K.S., who would have hated this.", "Thanks to Marit for the
beta".

Writers thank their beta readers, their group or a fest's mods in the last paragraph under
the story, often with no "A/N:" and no end marker above it. It is their note all the same:
a reader sees the story end and the author speak. ``closings.py`` reads it upward from the
chapter's end, as it reads a plea for reviews.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import OPENING_QUOTES

# The thanks that open the paragraph, and to whom: "Thank you to", "Thanks so much to",
# "Many thanks to", "Special thanks to".
_THANKS_TO = lazy(
    r"(?P<much>(?:many|special|big|huge)\s+)?(?:(?P<you>thank\s+you)|thanks)(?:\s+so\s+much)?\s+(?:go\s+)?to\s+"
    r"(?P<whom>\S)",
    re.IGNORECASE,
)
# "Thanks to" is also a narrator's "because of" ("Thanks to the rain, nobody came"); as a
# thank-you it says what for ("Thanks to Marit for the beta").
_WHAT_FOR = lazy(r"\bfor\b", re.IGNORECASE)
# Rule ``wrap-up-closing``: the writer closing the post, "That's it for this batch!",
# "That's all for now :)", which opens the thanks and news under the last chapter. Only with
# "for" and the span it closes ("now", "today", "this …", "the …").
_WRAP_UP = lazy(
    r"that(?:['’]s|\s+is)\s+(?:it|all)\s+for\s+(?:now|today|tonight|this\s+\w+|the\s+\w+)\b",
    re.IGNORECASE,
)
# The longest closing thank-you read: a paragraph of a few sentences.
_LONGEST = 300


def closing_thanks(text: str) -> bool:
    """Whether a paragraph is the author's thank-you (``closing-thanks``).

    Guards: short, not speech in quotes, and opening on the thanks itself. "Thank you to …"
    and "Many thanks to …" are gratitude whatever follows; a bare "Thanks to …" must say
    what for ("for the beta") or be one exclaimed clause ("Thanks to my beta!"), so a
    narrator's "Thanks to the storm, the harvest was late." stays the story's."""
    # A line opening speech is a character's thanks: the story's.
    if len(text) > _LONGEST or text[:1] in OPENING_QUOTES or text[:1] not in "TtMmSsBbHh":
        return False
    if text[:1] in "Tt" and _WRAP_UP.match(text) is not None:
        return True
    found = _THANKS_TO.match(text)
    if found is None:
        return False
    if found.group("you") or found.group("much"):
        return True
    if _WHAT_FOR.search(text, found.start("whom")) is not None:
        return True
    # "Thanks to my beta!": one exclaimed clause, no comma after which a narrator's
    # sentence would go on ("Thanks to you, we made it!").
    return "," not in text and text.rstrip().endswith("!")
