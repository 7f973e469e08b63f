"""Passes ``note-boxes`` and ``page-top-notes``: a chapter's opening note printed above the
chapter's heading.

Brazilian sites (Spirit Fanfics, Nyah!) give every chapter two note boxes, "Notas do Autor"
(or "Notas iniciais do capítulo") at its start and "Notas Finais" at its end; Spirit's
English interface calls them "Author's Notes" and "Final Notes". Some page
layouts, and some copies, set the opening box above the chapter's heading rather than under
it; it is still that chapter's, not the chapter's before, nor the story's front note.

Pages or posts copied one after another put each later page's header (the site's framing,
the post's own header fields) above that chapter's heading. A note among or under that
header is on the later page, so it is that chapter's too.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, Chunks

# The opening box's labels, and the closing box's that must be in the story too. Spirit's
# English interface names the pair "Author's Notes" and "Final Notes".
_OPENING_BOX = lazy(
    r"notas?\s+do\s+autora?|notas?\s+iniciais(?:\s+do\s+cap[íi]tulo)?|author['’]s\s+notes", re.I
)
# A disclaimer field's label ("Disclaimer", "Disclaimers").
_DISCLAIMER = lazy(r"disclaimers?\b", re.I)
_CLOSING_BOX = lazy(r"notas?\s+finais(?:\s+do\s+cap[íi]tulo)?|final\s+notes", re.I)


def notes_above_headings(chunks: Chunks) -> Chunks:
    """Rule ``opening-box-above-heading``: an opening note box ("Notas do Autor") with only
    dropped page framing between it and the chapter heading below belongs to that chapter:
    the heading is moved above it, so the note opens the chapter.

    Only in a story that also has the site's closing boxes ("Notas Finais"): the pair shows
    the boxes are per chapter. A note above the first heading of any other story stays the
    story's front note.
    """
    if not any(c.role == "note" and _CLOSING_BOX.fullmatch(c.label) for c in chunks):
        return chunks
    marked = list(chunks)
    for head in [i for i, chunk in enumerate(chunks) if chunk.role == "heading"]:
        above = head - 1
        while above >= 0 and marked[above].role == "dropped":
            above -= 1
        label = above
        while label >= 0 and marked[label].role == "note-body":
            label -= 1
        if label < 0 or marked[label].role != "note":
            continue
        if label == above and not marked[label].value:
            continue  # a label with nothing under it
        if not _OPENING_BOX.fullmatch(marked[label].label):
            continue
        marked.insert(label, marked.pop(head))
    return tuple(marked)


# The rules that drop a later page's or post's header printed again above its chapter: a
# note below one of them is on that later page.
_PAGE_TOP_RULES = frozenset(
    {
        "repeated-page-header",
        "repeated-page-note",
        "journal-entry-repeat",
        "repeated-header",
        "short-repeated-header",
        "repeated-header-rule",
        "forum-post-header",
        "nabble-message-header",
    }
)


def notes_under_page_tops(chunks: Chunks) -> Chunks:
    """Rule ``note-under-page-header``: a note between a later page's repeated header and the
    chapter heading below it (a journal entry's "Notes:" field among its header fields, an
    "A/N:" under a community post's short header) belongs to that chapter: the heading is
    moved above the note, so the note opens the chapter. A disclaimer between the note and
    the heading (one every page repeats) moves with the note.

    A note above the repeated header (after the text of the chapter before, or its end
    marker) is on the page before and stays that chapter's closing note, as a note before
    a heading does in a copy with no page framing: only the header proves the page changed.
    So is a note above a later post's header line (``note-before-later-post``).
    """
    if not any(chunk.rule in _PAGE_TOP_RULES for chunk in chunks):
        return chunks
    marked = list(chunks)
    for head in [i for i, chunk in enumerate(chunks) if chunk.role == "heading"]:
        # The run of framing and notes between the chapter above and the heading; the first
        # note below the first line of the page's repeated header starts what moves (the
        # header may go on below the note: a journal's cut link).
        top = head
        while top > 0 and (
            marked[top - 1].role in ("dropped", "note", "note-body")
            # The disclaimer a page prints again above its heading may stand between the
            # note and the heading ("A/N: …", "Disclaimer: …", "Chapter Two"): it is the
            # page's too. Other fields stop the walk: a post's header fields over the
            # first heading make the note under them the story's front note.
            or (marked[top - 1].role == "field" and _DISCLAIMER.match(marked[top - 1].label))
        ):
            top -= 1
        page = next((i for i in range(top, head) if marked[i].rule in _PAGE_TOP_RULES), None)
        if page is None or top == 0:
            continue
        page = _last_post_header(marked, page, head)
        first_note = next((i for i in range(page, head) if marked[i].role == "note"), None)
        if first_note is not None:
            marked.insert(first_note, marked.pop(head))
    return tuple(marked)


# A post's or message's header, one line over each post: a later one starts another post.
_POST_HEADER_RULES = frozenset({"forum-post-header", "nabble-message-header"})


def _last_post_header(marked: list[Chunk], page: int, head: int) -> int:
    """Rule ``note-before-later-post``: where the heading's own post starts, from the first
    page header ``page`` above the heading ``head``. In a chat or a forum thread each post
    has a one-line header; a note between two of them ("ok bed. part 3 tmrw" between one
    evening's messages and the next's) closes the earlier post, so only the last post
    header above the heading opens the chapter's page. Only a post header with a note above
    it counts, and only the one-line post headers: a page's repeated header of several
    lines (a journal entry's) is one header, whatever notes it holds."""
    last = page
    for index in range(page + 1, head):
        if marked[index].rule not in _POST_HEADER_RULES:
            continue
        if any(marked[between].role == "note" for between in range(last, index)):
            last = index
    return last
