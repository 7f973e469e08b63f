"""Rule ``dedication-first-line``: a file that opens with whom the story is for.

A draft pasted from a phone's notes, or a post with no header, often starts with a line to
the person the story was written for: "for marnie who wanted the bike au. sorry it took so
long", "for @quillfeather, happy birthday!!", "For Sam <3". It is the author talking, not
the title and not the story's first sentence, so it is an unlabelled note before the story.

Guards, since a story may open with "For a moment…" or "For Marnie, the war was over.":
only the file's first line, one line under 200 characters; "for" is followed by whom (an
@-handle, "my …", or a word or two that is no article, quantifier or time word); and the
rest shows someone addressed: typed in lower case, a "who" or a comma right after the name,
a second sentence, "!" or an emoji; a line opening with a capital "For" needs stronger
marks (an @-handle, an emoji, "<3", "happy birthday", or the author's "I"/"you"/"sorry").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.sign_off import is_emoji

# "for" and whom: an @-handle, "my sister", or one or two words ("marnie", "Sam Vimes").
_FOR_WHOM = lazy(
    r"for\s+(?P<whom>@[\w.-]{2,40}|(?:my|our)\s+[\w'’-]+|[\w'’-]+(?:\s+(?!who\b)[\w'’-]+)?)"
    r"(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)
# Words after "for" that open a phrase of the story's, not a person's name.
_NOT_WHOM = frozenset(
    "a an the this that these those some all any each every one once now then so as "
    "years days hours weeks months minutes ages ever always long while what how whom "
    "which whatever".split()
)
# What shows the line addresses someone, right after the name: a "who" clause, a comma, an
# exclamation, a dash or colon; or later in the line, a second sentence.
_ADDRESS = lazy(r"\s*(?:,|!|:|—|–|-\s)|\s+who\b|.*?[.!?]\s+\S", re.DOTALL)
# Stronger marks, for a line that opens with a capital "For" as a sentence would.
_STRONG = lazy(
    r"<3|happy\s+birthday|\bI\b|\b(?:you|your|u|sorry|hope|enjoy|ily|love\s+you)\b",
    re.IGNORECASE,
)
_LONGEST = 200


def dedication_first(chunks: Sequence[Chunk], index: int) -> bool:
    """Whether the chunk at ``index`` is a dedication opening the file (see the module)."""
    chunk = chunks[index]
    text = chunk.text
    if text[:4] not in ("for ", "For ") or len(text) > _LONGEST or len(chunk.lines) != 1:
        return False
    if chunk.role != "text" or index + 1 >= len(chunks):
        return False
    if any(earlier.role != "dropped" for earlier in chunks[:index]):
        return False
    found = _FOR_WHOM.fullmatch(text)
    if found is None:
        return False
    whom = found.group("whom")
    if whom.split()[0].lower() in _NOT_WHOM:
        return False
    rest = found.group("rest")
    emoji = any(is_emoji(char) for char in rest)
    if text[0] == "F":
        return whom[0] == "@" or emoji or _STRONG.search(rest) is not None
    return whom[0] == "@" or emoji or _ADDRESS.match(rest) is not None
