"""Numbered headings typed all in lower case: "ii. the party", "1. the lake", "1 / the start".

Writers who type in lower case (Tumblr, a phone's notes app, Wattpad) head their sections
with a figure and a lower-case title. A list's items look the same ("1. three yards of
ribbon"), so each form has its guard here, and like every numbered heading they count only
when the numbers count up 1, 2, 3 (the caller checks that).
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, Chunks
from fic2epub.normalise.patterns import number_value

# "ii. the party": a lower-case Roman figure, its stop and a lower-case title of a few words
# with no sentence's end.
_LOWER_ROMAN_TITLE = lazy(r"(?P<roman>[ivxlc]{1,7})\.\s+[a-z][^A-Z.!?;:]{0,58}")

# "1. the lake", "2: mignon", "3 / the storm", "4 // home", "5 | ashes", "6 - the sea": a
# figure, its stop, colon or a spaced slash, bar or dash, then a lower-case title of a few
# words that does not end like a sentence or a clause.
_DIGIT_LOWER_TITLE = lazy(
    r"(?P<num>\d{1,2})(?:[.:)]|\s+(?://?|\||[-–—]))\s+"
    r"(?P<title>[a-z][^.!?;:,\"“”]{0,48}[^\s.!?;:,\"“”]|[a-z])"
)
# The most words a lower-case section title has; a list's item may run on into a sentence.
_TITLE_WORDS = 6
# A paragraph under a heading: more than a list's item, which is a few words.
_PARAGRAPH = 40


def lower_roman_title(chunks: Chunks, index: int) -> int | None:
    """Rule ``lower-roman-title-heading``: "i. the new neighbours", "ii. the party", a lower-case
    Roman figure and a lower-case title alone on a line with a blank line above and below, as
    Tumblr and journal writers who type in lower case head their sections.

    Why guarded: "i. buy milk" may be a list's item in a story. A list's items are not set
    apart by blank lines each, have no capital-free title after a figure stop only by chance,
    and, like every bare number, these are headings only when they count up i, ii, iii."""
    chunk = chunks[index]
    text = chunk.text.strip()
    if text[:1] not in "ivxlc" or ". " not in text[:9]:
        return None
    above = chunk.gap >= 1 or index == 0
    apart = above and (index + 1 == len(chunks) or chunks[index + 1].gap >= 1)
    found = _LOWER_ROMAN_TITLE.fullmatch(text) if apart else None
    return number_value(found.group("roman")) if found else None


def lower_digit_title(chunks: Chunks, index: int) -> int | None:
    """Rule ``lower-numbered-title-heading``: "1. the lake", "2 / mignon", a figure and a short
    lower-case title alone on a line with a paragraph of story under it, as writers who type
    in lower case head their chapters (a Tumblr post holding a whole fic, a phone's notes).

    Why guarded: "1. eggs", "2. milk" are a list's items, one under another, each a few
    words. A heading has its chapter's prose under it, so the line below must be a story
    paragraph, not another item; the title is a few words with no sentence's or clause's
    end ("1. the first thing, she said, was to run." is an item); the line holds no capital
    at all, so "1. Say it twice." stays to the capitalised-title rule and its list guard;
    and the numbers must count up 1, 2, 3 like every numbered heading."""
    if not chunks[index].text[:1].isdigit() or index + 1 >= len(chunks):
        return None
    text = chunks[index].text.strip()
    if text.lower() != text:
        return None
    found = _DIGIT_LOWER_TITLE.fullmatch(text)
    if found is None or len(found.group("title").split()) > _TITLE_WORDS:
        return None
    return int(found.group("num")) if _paragraph(chunks[index + 1]) else None


def _paragraph(chunk: Chunk) -> bool:
    """A story paragraph: a text line longer than a list's item."""
    return chunk.role == "text" and len(chunk.text) > _PARAGRAPH
