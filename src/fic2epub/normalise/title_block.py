"""A typeset title block: the title centred, the author's name centred under it.

A zine, a printed booklet or a PDF sets the story's title in the middle of the page with the
writer's name under it, centred as well and with no "by": "The Green Door" over "Ada
Marsh". Copied as text (``pdftotext -layout``), both keep their centring, and the name is
the byline.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk

# A personal name: two to four capitalised words of letters ("Ada Marsh", "Mary-Jo O’Hara").
_NAME = lazy(r"(?:[^\W\d_][^\W\d_'’.-]*(?:['’.-][^\W\d_]+)*\.?)(?:\s+[^\W\d_][\w'’.-]*){1,3}")
# Small words that start a subtitle's phrase ("A Winter Tale", "The Last Summer"), never
# a name's first word.
_PHRASE_WORDS = frozenset(
    "a an the of in on at and or to for from with into part book chapter volume".split()
)


def centred_name_under_title(chunks: list[Chunk], index: int) -> bool:
    """Rule ``centred-name-under-title``: a centred line of two to four capitalised words
    right under a centred title line is the author's name.

    Guards: both lines centred (a typeset title block), the title line directly above
    (blank lines aside), every word capitalised, none a phrase's small word ("A", "The",
    "of", "Part"), no digits and no sentence's end: a centred subtitle ("A Winter's Tale")
    or a line of verse is no name.
    """
    if index == 0:
        return False
    chunk, above = chunks[index], chunks[index - 1]
    if not (chunk.centred and above.centred and above.role == "title"):
        return False
    text = chunk.text.strip()
    if len(text) > 40 or len(chunk.lines) != 1 or not _NAME.fullmatch(text):
        return False
    words = text.split()
    return all(word[:1].isupper() and word.lower() not in _PHRASE_WORDS for word in words)
