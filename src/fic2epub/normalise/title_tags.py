"""Rule ``title-bracket-in-tags``: a title line's bracketed words that the post's own
hashtags name again are the fandom, not part of the title.

A story page on a reading app or a blog titles the story "Somebody (Old Romance)" and
tags it "#oldromance #knights": the bracket is the fandom the writer filed it under, as
the tag says in its run-together form. A title's own bracket ("The Lamp (A Remix)") names
no tag of the post, and stays the title's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk

# A title and one bracketed item at its end: "Somebody (Old Romance)", "Title [Fandom]".
_BRACKETED = lazy(
    r"(?P<title>\S.*?)\s*(?:\((?P<round>[^()]{2,60})\)|\[(?P<square>[^\[\]]{2,60})\])"
)
# A hashtag's words: "#oldromance", "#old_romance".
_HASHTAG = lazy(r"#([^\s#,]+)")
# The work's form or state in a title's bracket, which a post tags too ("(one shots)" and
# "#oneshots") but which names no fandom: the title keeps it as written.
_FORM_WORDS = lazy(
    r"(?:one[\s-]?shots?|drabbles?|ficlets?|imagines?|headcanons?|preferences?|snippets?"
    r"|short\s+stories|series|collection|complete[d]?|wip|ongoing|on\s+hold|rewrite|remix)",
    re.IGNORECASE,
)
# What a tag leaves out of the words it runs together.
_NOT_LETTERS = lazy(r"[\W_]+")


def tagged_bracket(line: str, chunks: Sequence[Chunk]) -> tuple[str, str] | None:
    """(The title, the fandom) when ``line`` ends in a bracketed item that one of the
    header's hashtags (a "Tags" field of ``chunks``) spells run together, else None.

    Guards: the bracket at the line's end and a title before it; the tag must be the whole
    bracketed item's letters, so "#romance" never takes "(A Romance of the Fens)"; and the
    item names no form or state of the work ("(one shots)" tagged "#oneshots").
    """
    stripped = line.strip()
    if stripped[-1:] not in ")]":
        return None
    found = _BRACKETED.fullmatch(stripped)
    if found is None:
        return None
    inner = (found.group("round") or found.group("square")).strip()
    if _FORM_WORDS.fullmatch(inner):
        return None
    key = _NOT_LETTERS.sub("", inner).casefold()
    if len(key) < 4 or key not in _header_tags(chunks):
        return None
    return found.group("title"), inner


def _header_tags(chunks: Sequence[Chunk]) -> set[str]:
    """The header's hashtags, their letters only, in lower case."""
    tags: set[str] = set()
    for chunk in chunks:
        if chunk.role == "field" and (chunk.label or "").casefold() == "tags" and "#" in chunk.text:
            tags.update(
                _NOT_LETTERS.sub("", tag).casefold() for tag in _HASHTAG.findall(chunk.text)
            )
    return tags
