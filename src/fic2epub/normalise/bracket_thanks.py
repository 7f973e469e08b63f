"""A writer's thanks to readers or to an asker, set in round brackets under the story.

"(thank you for the ask!! my inbox is open)", "(All five were first posted on my journal.
Thank you for reading them twice!)": a closing line in round brackets that thanks the
readers for reading, or the asker for the ask or prompt, is the writer's note. A
narrator's bracketed aside thanks no one for reading, and no character sends asks.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# Thanks for the reading, or for what set the writing off: "thank you for reading", "thanks
# for the ask", "ty for the prompt", "thank you so much for all your lovely comments".
_THANKS = lazy(
    r"\b(?:thank\s*(?:you|u)|thanks|thx|ty)(?:\s+(?:so|very)\s+much)?\s+for\s+"
    r"(?:reading\b|(?:all\s+)?(?:the|this|your|ur)\s+(?:lovely\s+|kind\s+|sweet\s+)?"
    r"(?:asks?|prompts?|requests?|comments|reviews|kudos)\b)",
    re.IGNORECASE,
)
# The longest bracketed thanks: a line or two, not a paragraph of the story.
_LONGEST = 300


def thanks_readers(inner: str) -> bool:
    """Rule ``bracketed-thanks``: the inside of a round-bracketed paragraph that thanks the
    readers for reading or the asker for the ask or prompt. Short only."""
    return len(inner) <= _LONGEST and _THANKS.search(inner) is not None
