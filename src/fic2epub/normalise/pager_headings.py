"""The author's own headings at the top of FanFiction.Net chapter pages pasted in order.

Each desktop chapter page puts its pager ("1. First  Next >", "< Prev  2. Second  Next >",
"< Prev  4. Fourth") above the chapter's text and again under it; each mobile page puts its
own ("Ch 1 of 3 Next »", "« Prev Ch 2 of 3 Next »"), which names no chapter. A writer's heading
is the first line under the upper pager; it need not match the name the site's menu gives
the chapter ("Part I. The Start" under the option "1. The First Part"), and it need
not have a chapter word or a number ("Interlude" between two parts).
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chrome_lines import FFN_REVIEW_LINKS
from fic2epub.normalise.chunks import QUOTES, Chunk
from fic2epub.normalise.patterns import FFN_MOBILE_PAGER_RE, match_note
from fic2epub.normalise.pieces import piece_line

# The desktop pager around the chapter menu's current option, with one button at least:
# "1. Title  Next >", "< Prev  2. Title  Next >", "< Prev  4. Title" (the old layout puts
# "Chapter" before the option). The option's number and name are what count.
# Rule ``pager-titled-chapter``: the drop-down names its options as the writer titled the
# chapters, so a writer who titles them "Chapter 2: The Ford" gives the pager "< Prev
# Chapter 2: The Ford  Next >"; that whole option (group "titled") is the chapter's name.
_PAGER = lazy(
    r"(?P<prev>[«<]+\s*prev(?:ious)?\s+)?(?:(?:chapter\s+)?(?P<num>\d{1,4})\.\s+(?P<name>\S.{0,120}?)"
    r"|(?P<titled>chapter\s+(?P<titled_num>\d{1,4})\s*:\s+\S.{0,120}?))"
    r"(?P<next>\s+next(?:\s+chapter)?\s*[»>]+)?",
    re.IGNORECASE,
)
# What may stand between the pager and the author's heading: a disclaimer line.
_DISCLAIMER = lazy(r"[*_]*disclaimers?\b", re.IGNORECASE)
# Rule ``pager-review-links``: the 2010 layout's row of links between the pager and the
# author's heading, "Review this Story . Print . Email" (or the bare "Review this Chapter"):
# the page's, passed over as a disclaimer is. Only the review link with its own kind of
# links after it, so no title the author typed is skipped.
_PAGE_LINKS = lazy(FFN_REVIEW_LINKS, re.IGNORECASE)
# How far under the pager the heading may stand (a disclaimer between them).
_REACH = 3
# A heading is short: a title, not a line of prose.
_LONGEST = 80
_MOST_WORDS = 10
# A line that ends so is a sentence, a salutation ("Dear Sam,") or a label, not a title.
_SENTENCE_END = (".", ",", ";", ":", "!", "?", "…", '"', "”")


Pagers = list[tuple[int, str]]
"""Each chapter's upper pager line: its index and the chapter's name on it ("" on mobile)."""


def pager_page_headings(chunks: list[Chunk]) -> Pagers:
    """Rule ``pager-page-heading``: on FanFiction.Net desktop chapter pages pasted one after
    another, the first line under each page's upper pager (or under a disclaimer just below
    it) is the author's heading for that page's chapter, even with no chapter word or number
    ("Part I. The Start", "Interlude"). Marks it a heading.

    The mobile pages' pager ("« Prev Ch 2 of 3 Next »") names no chapter, so there every
    page must open on such a line ("The Visit" under "Ch 2 of 3").

    Only the first pager line naming each chapter counts (the one under the text names it
    again, over the page's buttons). The line must read as a title (short, one line,
    capitalised, not ending as a sentence or a salutation does, no note label) with a blank
    line and then story text under it. Either it repeats the pager's chapter name, or two
    pages at least are pasted and every page opens on such a line: a writer who types no
    headings opens some page on prose ("Dear Sam,", "It was late."), and then
    only lines that repeat the site's chapter name are taken.

    Returns the pages' upper pagers (for ``pager_named_chapters``).
    """
    tops = _upper_pagers(chunks)
    if not tops:
        return tops
    found: list[tuple[int, bool, str]] = []
    for pager, name in tops:
        candidate = _first_line_under(chunks, pager)
        if candidate is None:
            continue
        chunk = chunks[candidate]
        if chunk.role in ("heading", "part"):
            found.append((candidate, False, ""))
        elif _title_line(chunk) and _text_under(chunks, _past_prompt(chunks, candidate)):
            found.append((candidate, _same_name(chunk.text, name), "pager-page-heading"))
        elif (named := _named_under_note(chunks, candidate, name)) is not None:
            found.append((named, True, "pager-heading-under-note"))
    every_page = len(tops) >= 2 and len(found) == len(tops)
    for index, named, rule in found:
        if chunks[index].role == "text" and (named or every_page):
            chunks[index] = replace(chunks[index], role="heading", rule=rule)
            if (prompt := _past_prompt(chunks, index)) != index:
                # The drabble's prompt is its note, as under a piece's title (piece-prompt).
                label, _, value = chunks[prompt].text.partition(":")
                chunks[prompt] = replace(
                    chunks[prompt],
                    role="note",
                    rule="piece-prompt",
                    label=label.strip(),
                    value=value.strip(),
                )
    return tops


def _upper_pagers(chunks: list[Chunk]) -> Pagers:
    """The first pager line naming each chapter, with the chapter's name; pagers whose
    numbers do not climb page after page are no FanFiction.Net chapter pages."""
    tops: Pagers = []
    seen: set[int] = set()
    for index, chunk in enumerate(chunks):
        first = chunk.text[:1]
        if not (first.isdigit() or first in "<«Cc" or first.isspace()):
            continue  # the cheap test: the stripped line starts with this same character
        text = chunk.text.strip()
        if len(text) > 160 or (not text[:1].isdigit() and text[:1] not in "<«Cc"):
            continue
        if not ("next" in text.lower() or "prev" in text.lower()):
            continue
        pager = _PAGER.fullmatch(text)
        if pager is not None and (pager.group("prev") or pager.group("next")):
            number = int(pager.group("num") or pager.group("titled_num"))
            name = pager.group("name") or pager.group("titled")
        elif " of " in text and (mobile := FFN_MOBILE_PAGER_RE.fullmatch(text)) is not None:
            # The mobile pager: the chapter's number alone; no name to repeat.
            number, name = int(mobile.group("pager_chapter")), ""
        else:
            continue
        if number in seen:
            continue
        if seen and number < max(seen):
            return []
        seen.add(number)
        tops.append((index, name))
    return tops


def _first_line_under(chunks: list[Chunk], pager: int) -> int | None:
    """The first line under the pager that is neither dropped, a disclaimer nor the page's
    review links."""
    for index in range(pager + 1, min(pager + 1 + _REACH, len(chunks))):
        chunk = chunks[index]
        if chunk.role in ("dropped", "field") or _DISCLAIMER.match(chunk.text):
            continue
        text = chunk.text.strip()
        if text[:1] in "Rr" and _PAGE_LINKS.fullmatch(text):
            continue
        return index
    return None


def _named_under_note(chunks: list[Chunk], index: int, name: str) -> int | None:
    """Rule ``pager-heading-under-note``: the author's heading under a one-line labelled
    note ("A/N: …", a disclaimer beside it) that stands between the pager and the heading,
    as a writer who opens the chapter with a note above the heading pastes it. Only a line
    that repeats the pager's chapter name: under a note, a short line that does not may be
    the note's own second line or the prose's first. Returns the heading's index, else None.
    """
    if not name or len(chunks[index].lines) != 1 or match_note(chunks[index].text) is None:
        return None
    for below in range(index + 1, min(index + 1 + _REACH, len(chunks))):
        chunk = chunks[below]
        if chunk.role in ("dropped", "field") or _DISCLAIMER.match(chunk.text):
            continue
        if _title_line(chunk) and _same_name(chunk.text, name) and _text_under(chunks, below):
            return below
        return None
    return None


def _title_line(chunk: Chunk) -> bool:
    """A short line that reads as a title: not prose, a salutation or a note's label."""
    text = chunk.text.strip()
    if len(chunk.lines) != 1 or chunk.continues or not 0 < len(text) <= _LONGEST:
        return False
    if len(text.split()) > _MOST_WORDS or text[:1] in QUOTES:
        return False
    if not (text[:1].isupper() or text[:1].isdigit()) or text.endswith(_SENTENCE_END):
        return False
    return match_note(text) is None


def _past_prompt(chunks: list[Chunk], index: int) -> int:
    """Rule ``pager-heading-over-prompt``: a drabble's heading may carry its prompt on the
    line right under it ("Prompt: light (Day 2)"), before the blank line and the text; the
    index of that prompt line, else ``index`` itself."""
    below = index + 1
    if below >= len(chunks) or chunks[below].gap or len(chunks[below].lines) != 1:
        return index
    return below if piece_line(chunks[below].text) == "prompt" else index


def _text_under(chunks: list[Chunk], index: int) -> bool:
    """Whether a blank line and then story text of some length follow the line."""
    below = [chunk for chunk in chunks[index + 1 : index + 5] if chunk.role != "dropped"]
    return (
        bool(below)
        and below[0].gap >= 1
        and any(chunk.role in ("text", "note") and len(chunk.text) > 40 for chunk in below)
    )


def _same_name(text: str, name: str) -> bool:
    """Whether the line is the pager's chapter name again."""
    return bool(name) and " ".join(text.split()).casefold() == " ".join(name.split()).casefold()


def pager_named_chapters(chunks: list[Chunk], tops: Pagers) -> None:
    """Rule ``pager-named-chapter``: on FanFiction.Net desktop chapter pages pasted one after
    another, a page on which no heading at all was found (the author typed none) is headed by
    its upper pager, titled with the chapter menu's name for it without the menu's number and
    buttons ("< Prev  2. The Ferry  Next >" gives "The Ferry").

    Run after every heading rule: a page whose author did type a heading, under a note or in
    capitals, keeps it and its pager stays chrome. Only desktop pagers name their chapter;
    the mobile pager's "Ch 2 of 3" gives no name and is left alone. ``tops`` are the
    pagers ``pager_page_headings`` found (the rules between change no line's text).
    """
    if len(tops) < 2:
        return  # a lone page is named by its page title (ffn-page-chapter), if at all
    # Each page runs from its upper pager to the next page's; the last one to the end.
    bounds = [index for index, _ in tops[1:]] + [len(chunks)]
    for (pager, name), end in zip(tops, bounds, strict=True):
        if not name:
            continue
        if any(chunk.role in ("heading", "part") for chunk in chunks[pager + 1 : end]):
            continue
        if not _page_text(chunks, pager, end):
            # Rule ``pager-over-no-text``: a pager with no chapter text under it is the
            # page's lower copy, over the review box and the footer (a copy that left the
            # upper one out), not the head of a page.
            continue
        # Why a heading and not only a break: the menu's name is the only name the
        # chapter has, as FanFicFare would write it.
        chunks[pager] = replace(
            chunks[pager], role="heading", rule="pager-named-chapter", value=name.strip()
        )


# A story paragraph is longer than this; the review box's and footer's lines are shorter.
_PAGE_PARAGRAPH = 40


def _page_text(chunks: list[Chunk], pager: int, end: int) -> bool:
    """Whether a story paragraph stands between the pager at ``pager`` and ``end``."""
    return any(
        chunk.role == "text" and len(chunk.text) > _PAGE_PARAGRAPH
        for chunk in chunks[pager + 1 : end]
    )
