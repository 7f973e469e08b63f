"""A chapter page's counter under its heading: "Kapitel 1 von 2", "Capítulo 3 de 5".

Fanfiktion.de prints the chapter's place in the story right under the chapter's own title
("Kapitel 1: Die Lektion", then "Kapitel 1 von 2"), as other sites in other languages print
"Chapter 2 of 3" or "Capitolo 2 di 4". The FanFiction app's shared text gives the bare count
under the chapter's title ("Chapter 1: The Ball", then "1 of 2"). The counter is the page's,
not the chapter's first line.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy

# "Word N of M" in any language: the chapter word, the number, a short word for "of"
# ("of", "von", "de", "di", "sur", "из", "z", "dari"), the count.
# The chapter word may be missing: the app's bare "1 of 2".
_COUNTER = lazy(
    r"(?:(?P<word>[^\W\d_]{2,12})\s+)?(?P<at>\d{1,4})\s+[^\W\d_]{1,5}\s+(?P<of>\d{1,4})"
)
# The heading's chapter word and number: "Kapitel 1: Die Lektion", "Capítulo 3 - Title".
_HEADING = lazy(r"(?P<word>[^\W\d_]{2,12})\s+(?P<at>\d{1,4})\b")


def chapter_counter(text: str, heading: str) -> bool:
    """Rule ``chapter-counter-under-heading``: a bare "Kapitel 1 von 2" line right under the
    heading "Kapitel 1: Die Lektion" is the page's counter, not story text.

    Guards: the line must be the counter's shape and nothing more; its word and number must
    be the heading's own (the same chapter word, case aside, and the same number, and the
    number no more than the count; a bare "1 of 2" needs only the number to agree), so a
    story's "Kapitel 3 von 12 war verloren" or a counter for another chapter is left alone.
    """
    line = text.strip()
    if len(line) > 40 or not line[:1].isalnum():
        return False
    found = _COUNTER.fullmatch(line)
    if found is None:
        return False
    head = _HEADING.match(heading.strip().lstrip("#*_ "))
    if head is None:
        return False
    if found["word"] is not None and head["word"].casefold() != found["word"].casefold():
        return False
    return int(head["at"]) == int(found["at"]) <= int(found["of"])
