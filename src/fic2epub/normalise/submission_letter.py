"""A story sent to a zine or an anthology as one file: the cover letter over it and the
writer's bio under it.

Rule ``cover-letter-above-header``: a submission opens with a letter to the editors
("Dear editors of …," … "Best wishes," and the writer's name), then, often under a rule,
the writer's header fields. The letter is addressed to the editors, not to readers: neither
story nor note, dropped. Only from the file's first line, which is the salutation, to a
closing word and a short signature, with a block of header fields naming the title below
(after a rule at most), so a story that opens with a letter keeps it.

Rule ``contributor-bio``: under the story the same file gives the writer's bio for the
contributors' page ("BIO: Jo lives in Leeds with a cat."). It is the editors' copy about the
writer, read like a site's "About the author" box: dropped. Only labelled so, among the
chapter's closing lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, drop_all, is_glyph_line
from fic2epub.normalise.greeting_notes import is_field_block

# "Dear editors,", "Dear Ms Vane,", "To the editors of Lamplight:", "Hello editors!".
_SALUTATION = lazy(
    r"(?:dear|to|hello|hi)\b[^\n.!?]{1,60}[,:!]|(?:dear\s+)?(?:sir|madam|sirs)\b.{0,20}[,:]",
    re.IGNORECASE,
)
# A letter's closing word on a line of its own: "Best wishes,", "Sincerely,", "Thank you,".
_CLOSING = lazy(
    r"(?:(?:with\s+)?(?:best|kind|warm|many)?\s*(?:wishes|regards|thanks)|(?:yours\s+)?sincerely"
    r"|yours(?:\s+(?:truly|faithfully))?|cheers|thank\s+you(?:\s+(?:again|so\s+much))?|best"
    r"|all\s+the\s+best|respectfully)\s*[,.!]?",
    re.IGNORECASE,
)
# The most chunks a cover letter runs to, and the most words its signature has.
_MOST_PARAGRAPHS = 8
_SIGNATURE_WORDS = 5
# "BIO: …", "Author bio: …", "Contributor's bio - …".
_BIO = lazy(r"(?:(?:author|contributor)(?:'s|’s)?\s+)?bio\s*[:\-–—]\s*\S", re.IGNORECASE)


def cover_letter_above_header(chunks: list[Chunk]) -> None:
    """Drop a submission's cover letter over its header fields (``cover-letter-above-header``)."""
    start = next((i for i, chunk in enumerate(chunks) if chunk.role != "dropped"), None)
    if start is None or chunks[start].role != "text" or len(chunks[start].text) > 80:
        return
    if _SALUTATION.fullmatch(chunks[start].text) is None:
        return
    limit = min(len(chunks) - 1, start + _MOST_PARAGRAPHS)
    for closing in range(start + 1, limit):
        if _CLOSING.fullmatch(chunks[closing].text) is None:
            continue
        signature = closing + 1
        name = chunks[signature].text
        if chunks[signature].role != "text" or not 0 < len(name.split()) <= _SIGNATURE_WORDS:
            return
        below = signature + 1
        if below < len(chunks) and is_glyph_line(chunks[below].text):
            below += 1  # the rule between the letter and the header
        if below >= len(chunks) or (not chunks[below].gap and below == signature + 1):
            return
        if not is_field_block(chunks, below):
            return
        drop_all(chunks, range(start, below), "cover-letter-above-header")
        return


def contributor_bio(text: str) -> bool:
    """Whether a closing paragraph is the writer's bio for a zine (``contributor-bio``)."""
    return text[:1] in "BbAaCc" and _BIO.match(text) is not None


# Rule ``unlabelled-contributor-bio``: a zine prints the bio bare under "THE END", the
# writer's name as the byline gives it and a present-tense line about her life or her other
# work: "Jo Marsh lives in Leeds with a cat.", "Ann Lee is a librarian in York …", "Ann Lee's
# stories have appeared in …". What follows the name:
_BIO_AFTER_NAME = lazy(
    r"['’]s\s+(?:stories|fics?|work|poems)\s+(?:have|has)\s+appeared\b"
    r"|\s+(?:lives|works|teaches|grew\s+up|has\s+been\s+writing|writes\s+(?:for|about|under))\b"
    r"|\s+is\s+(?:a|an)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:in|at|from|who|and|with|by)\b",
    re.IGNORECASE,
)
# The longest bare bio: a few sentences.
_BIO_LONGEST = 400


def unlabelled_bio(text: str, authors: Iterable[str]) -> bool:
    """Whether a paragraph under a closing "THE END" is the writer's bare bio, in the third
    person, opening with her name as the byline gives it (``unlabelled-contributor-bio``);
    the caller reads only the talk after the end. A character's name never matches."""
    if len(text) > _BIO_LONGEST:
        return False
    return any(
        name and text.startswith(name) and _BIO_AFTER_NAME.match(text, len(name)) is not None
        for name in authors
    )
