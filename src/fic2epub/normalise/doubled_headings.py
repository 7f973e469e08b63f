"""A chapter heading written twice: the site's own, then the author's pasted under it.

Archives print each chapter's heading from the chapter's number and title ("Chapter 1: The
Ugliest Prince"); many authors also type their heading at the top of the chapter text they
paste in, in their own spelling ("Chapter One: The Ugliest Prince"). The copy then heads
each chapter twice, with at most the chapter's notes between: one chapter, not two, and the
second heading is not text either.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from fic2epub.lazy_re import lazy
from fic2epub.normalise.bylines import byline_names
from fic2epub.normalise.chunks import Chunk, Chunks
from fic2epub.normalise.patterns import (
    CHAPTER_RE,
    FFN_INFO_RE,
    match_heading,
    same_text,
    undecorate,
)

# How many lines below a heading its double may stand: the chapter's notes (a label and a
# few paragraphs) can come between the site's heading and the author's.
_REACH = 8


def doubled_headings(chunks: Chunks) -> Chunks:
    """Rule ``doubled-heading``: a chapter heading followed, within a few lines and before
    any other heading, by a heading with the same chapter number and the same title (or no
    title on either), however the number is spelled ("Chapter 2: A Wood" then "Chapter Two
    – A Wood"). The second is the author's copy of the first: dropped, so the chapter starts
    at its text and keeps the first heading, the site's.

    Numbers must match and titles must match: two headings in a row that differ in either
    are a stack of headings or an empty chapter, left to the other rules.
    """
    heads = [index for index, chunk in enumerate(chunks) if chunk.role == "heading"]
    marked = list(chunks)
    for first, second in pairwise(heads):
        if second - first > _REACH:
            continue
        if _pager_line_over_numbered(marked[first], marked[second]):
            # Rule ``pager-chapter-line-over-numbered-heading``: the site's chapter line
            # with its pager buttons on it ("Chapter 1: The Habit   [ Next Chapter >> ]"),
            # over the author's own "1. The Habit": the page's line, as the pager is; the
            # author's heading names the chapter.
            marked[first] = replace(
                marked[first], role="dropped", rule="pager-chapter-line-over-numbered-heading"
            )
        elif same_heading(marked[first], marked[second]):
            if rule := _page_title_block_line(marked, first):
                marked[first] = replace(marked[first], role="dropped", rule=rule)
            else:
                marked[second] = replace(marked[second], role="dropped", rule="doubled-heading")
    return tuple(marked)


def _page_title_block_line(chunks: list[Chunk], index: int) -> str | None:
    """Rule ``page-chapter-line-over-typed-heading``: an archive's chapter page sets the
    chapter's place as the last line of its title block, "Title" / "by Name" / "Chapter 1"
    with no blank line between, and the author's own heading ("CHAPTER I.") comes under the
    block, with the chapter. The block's line is the page's, as its title and byline are; the
    author's heading, as typed, names the chapter. Only a line right under a byline ("by
    Name"), no blank line between: a heading alone on its line is the site's heading.

    Rule ``chapter-select-under-info-line``: FanFiction.Net's page block ends with its
    "Rated: Fiction T - English - …" info line and the chapter select under it ("Chapter 1.
    The Horse", as a copy of the page gives the selected option), no blank line between;
    the author's typed heading below names the chapter, as above (ffn_page's
    ``dropdown-under-info-line`` drops a bare option, "1. The Horse", there).

    The rule's name, else None.
    """
    chunk = chunks[index]
    if chunk.gap or index == 0 or chunk.text[:1] not in "Cc":
        return None
    above = chunks[index - 1]
    if FFN_INFO_RE.fullmatch(above.text.strip()):
        return "chapter-select-under-info-line"
    if above.role == "text" and above.text[:3].lower() == "by " and bool(byline_names(above.text)):
        return "page-chapter-line-over-typed-heading"
    return None


# A pager's button in brackets on a chapter line: "[ Next Chapter >> ]", "[ << Prev ]".
_PAGER_BUTTON = lazy(
    r"\[\s*(?:<<|«|<)?\s*(?:next|prev(?:ious)?)(?:\s+chapter)?\s*(?:>>|»|>)?\s*\]", re.IGNORECASE
)
# The author's numbered heading: "1. The Habit".
_NUMBERED = lazy(r"(?P<num>\d{1,3})\.\s+(?P<title>\S.{0,100})")


def _pager_line_over_numbered(upper: Chunk, lower: Chunk) -> bool:
    """Whether ``upper`` is a site's chapter line carrying pager buttons and ``lower`` the
    author's numbered heading of the same chapter and title (see doubled_headings)."""
    if "[" not in upper.text or _PAGER_BUTTON.search(upper.text) is None:
        return False
    numbered = _NUMBERED.fullmatch(lower.text.strip())
    if numbered is None:
        return False
    key = _chapter_key(_PAGER_BUTTON.sub("", upper.text).strip())
    return (
        key is not None
        and key[0] == int(numbered.group("num"))
        and same_text(key[1], numbered.group("title"))
    )


# A line ruled off on both sides, a short label between: "------ ch 2 ------", "=== 3 ===".
_RULED_LABEL = lazy(r"([-=~*_#])\1{2,}\s*\S.{0,30}?\s*([-=~*_#])\2{2,}")


def separators_over_headings(chunks: list[Chunk]) -> None:
    """Rule ``ruled-separator-over-heading``: a chapter number ruled off on both sides
    ("------------- ch 2 -------------"), right over a plain heading of the same chapter
    ("Chapter 2: The Outlaw"), is the separator a reader typed between chapters pasted
    into one file: dropped, so the author's own heading names the chapter.

    Only when the heading follows on the next line (blank lines aside) and is not ruled
    itself: a ruled heading alone ("=== Chapter 2 ===") is the author's and stays."""
    for index in range(len(chunks) - 1):
        upper, lower = chunks[index], chunks[index + 1]
        if upper.role != "heading" or lower.role != "heading":
            continue  # the cheap test first: two headings in a row are rare
        if not _RULED_LABEL.fullmatch(upper.text.strip()) or _RULED_LABEL.fullmatch(
            lower.text.strip()
        ):
            continue
        keys = [_chapter_key(chunk.text) for chunk in (upper, lower)]
        if keys[0] is not None and keys[1] is not None and keys[0][0] == keys[1][0]:
            chunks[index] = replace(upper, role="dropped", rule="ruled-separator-over-heading")


def same_heading(upper: Chunk, lower: Chunk) -> bool:
    """Whether two heading lines name the same numbered chapter with the same title, however
    the number is spelled."""
    keys = [_chapter_key(chunk.text) for chunk in (upper, lower)]
    if keys[0] is None or keys[1] is None or keys[0][0] != keys[1][0]:
        return False
    return same_text(keys[0][1], keys[1][1])


def _chapter_key(text: str) -> tuple[int, str] | None:
    """A "Chapter N: Title" heading's number and title ("" when untitled), else None."""
    heading = match_heading(text)
    if heading is None or heading.kind != "chapter" or heading.number is None:
        return None
    found = CHAPTER_RE.fullmatch(undecorate(text))
    if found is None:
        return None
    return heading.number, found.group("title") or ""
