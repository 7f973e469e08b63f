"""A Blogger post page above the story: the blog's masthead and the post's date header.

Blogger heads every post page with the blog's name and description, its page tabs or (in
the mobile view, "?m=1") the "‹ Home ›" pager, then the post's date header ("Tuesday, 4
March 2014") and the post's own title under it. The post's "Posted by X at 9:14 PM" line
and the comments close the page under the story (:mod:`blogger_post`). The blog's name is
not the story's title: the post's title is, when the header below names none.
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.normalise.blogger_post import blogger_footer_line
from fic2epub.normalise.bylines import title_like
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.foreign_header import is_post_date
from fic2epub.normalise.patterns import match_note

# The pager of Blogger's mobile view: the newer and older posts' arrows and the home link.
_PAGER_ARROWS = frozenset({"‹", "›"})
# The whole pager on one line.
_PAGER_LINES = frozenset({"‹ Home ›", "‹ ›"})
_HOME_ITEMS = frozenset({"Home", "‹ Home ›"})
_PAGER_ITEMS = _PAGER_ARROWS | _PAGER_LINES | _HOME_ITEMS
# How far down the page the date header may stand, and the longest masthead line above it.
_DATE_REACH = 10
_MASTHEAD_WIDTH = 160


def drop_mobile_pager(chunks: list[Chunk]) -> None:
    """Rule ``blogger-mobile-pager``: Blogger's mobile view sets its pager, "‹" and "›"
    around "Home", above and under the post; copied, the arrows stand one a line, in any
    order with the home link. They are page chrome, not scene breaks.

    Only a run that holds both arrows (or the pager on one line) and the home link: a lone
    "›", or "‹ ›" on a line of its own, may be an author's own break glyph."""
    index = 0
    while index < len(chunks):
        end = index
        while end < len(chunks) and end - index < 3 and _pager_item(chunks[end], end > index):
            end += 1
        if end == index:
            index += 1  # no pager item here (nearly every line): nothing to gather
            continue
        items = {chunks[at].text.strip() for at in range(index, end)}
        if (items >= _PAGER_ARROWS or items & _PAGER_LINES) and items & _HOME_ITEMS:
            for at in range(index, end):
                chunks[at] = replace(chunks[at], role="dropped", rule="blogger-mobile-pager")
            index = end
        else:
            index += 1


def _pager_item(chunk: Chunk, inside: bool) -> bool:
    """Whether a chunk is one item of the mobile pager, right under the item before."""
    return (
        chunk.role in ("text", "scene-break", "separator")
        and len(chunk.lines) == 1
        and (not inside or chunk.gap <= 1)
        and chunk.text.strip() in _PAGER_ITEMS
    )


def blogger_post_top(chunks: list[Chunk]) -> None:
    """Rule ``blogger-post-title``: on a Blogger post page (its "Posted by X at <time>" line
    and comment section close the page), the line right under the post's date header is
    the post's title, and the lines above the date (the blog's name and description, its
    tabs) are the blog's masthead (``blogger-masthead``). The date itself stays, for the
    header to read as the day the story was posted.

    Guards: the date header stands near the top with only short lines above it (no
    heading, no paragraph of prose); the line under it is one short line that reads as a
    title, not a field, a note or a sentence."""
    date = _date_header(chunks)
    if date is None or date + 1 >= len(chunks):
        return
    post = chunks[date + 1]
    if not _post_title(post):
        return
    footer = blogger_footer_line(chunks)
    if footer is None or footer <= date + 1:
        return
    for index in range(date):
        if chunks[index].role != "dropped":
            chunks[index] = replace(chunks[index], role="dropped", rule="blogger-masthead")
    chunks[date + 1] = replace(post, role="title", rule="blogger-post-title")


def _date_header(chunks: list[Chunk]) -> int | None:
    """The index of the post's date header near the top, with only the blog's short
    masthead lines above it; else None."""
    for index, chunk in enumerate(chunks[:_DATE_REACH]):
        if chunk.role == "dropped":
            continue
        if chunk.role == "text" and index and is_post_date(chunk.text.strip()):
            return index
        if chunk.role in ("heading", "part") or len(chunk.text) > _MASTHEAD_WIDTH:
            return None
    return None


def _post_title(chunk: Chunk) -> bool:
    """A post's title line: one short line that reads as a title, no "Label:" field (a
    post whose header opens with its fields has no title line) and no note."""
    text = chunk.text.strip()
    return (
        chunk.role == "text"
        and chunk.gap <= 1
        and len(chunk.lines) == 1
        and title_like(chunk)
        and not text.endswith(":")
        and ": " not in text
        and match_note(text) is None
        and not is_post_date(text)
    )
