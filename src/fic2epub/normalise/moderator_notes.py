"""Rule ``moderator-note``: a list moderator's word above a post she sent on for a writer.

A moderated list's owner who reposts a story (the writer's mail bounced, came through
garbled, or was held) puts a line of her own on top, tagged as the list's: "[ADMIN]
Reposted for Kit, whose server ate the first copy. -- Jo, listmom", "[MOD] Held in the
queue by mistake, sorry!", "Mod note: reposted with the writer's permission." It is the
list's housekeeping, not the writer's greeting: chrome, as the list's footer is.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# The tag that opens the paragraph: a bracketed "[ADMIN]", "[MOD]", "[Moderator]",
# "[listmom]", or the words with "note" and a colon, "Mod note:", "Moderator's note:".
# Only at the paragraph's start, so a story's "the admin" or "mod" in a sentence is prose.
_TAG = lazy(
    r"\[\s*(?:admin|mod|moderator|list\s*(?:mom|owner|admin)|listmom)(?:\s+note)?\s*\]"
    r"|(?:admin|mod|moderator|list\s*(?:mom|owner))(?:['’]s)?\s+note\s*:",
    re.IGNORECASE,
)


def moderator_tag(text: str) -> bool:
    """Whether ``text`` opens with a list moderator's tag ("[ADMIN]", "Mod note:")."""
    return text[:1] in "[AaMmLl" and _TAG.match(text) is not None
