"""FanFiction.Net chapter pages pasted in order whose drop-down copies as all its options.

A desktop chapter page prints the chapter drop-down with the pager beside it above the
chapter and again under it. Copied as text, the drop-down may give every option on one line
("1. The Start 2. The End"), so the line does not say which option the page shows; the pager
does: the first chapter's page has no "< Prev", the last one's no "Next >". When the writer
typed no headings, that option is the only name the chapter has.
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.patterns import FFN_PAGER_BUTTON_RE
from fic2epub.normalise.select_line import select_options

# The rule that drops a drop-down copied as one line of numbered options (select_line).
_SELECT_RULE = "chapter-select-line"
# A page's chapter is its text: so many paragraphs of some length under the drop-down
# before the next copy of it. Under the lower copy come only the review box, the footer and
# the next page's header (its summary and info line are two long lines at most).
_PARAGRAPHS = 4
_PARAGRAPH = 40


def select_page_chapters(chunks: list[Chunk]) -> None:
    """Rule ``select-page-chapter``: on FanFiction.Net desktop chapter pages pasted one after
    another, when the chapter drop-down copies as all its options on one line ("1. The
    Start 2. The End") and the writer typed no heading at all, the drop-down over each
    page's text heads that page's chapter, titled with the option the page shows, less the
    site's list number ("The End"). The pager beside it tells which option that is: no
    "< Prev" is the first chapter, no "Next >" the last, both the one after the page before.

    Run after every heading rule. Guards: no heading anywhere; every such line lists the
    same options; two pages at least, each with its chapter's text (paragraphs of prose)
    under the drop-down before the next copy of it; and their chapters climb one page to
    the next. A page the pager cannot place, or two pages read as one chapter, leave every
    line as it is.
    """
    if any(chunk.role in ("heading", "part") for chunk in chunks):
        return
    selects = [index for index, chunk in enumerate(chunks) if chunk.rule == _SELECT_RULE]
    if len(selects) < 2:
        return
    options = select_options(chunks[selects[0]].text)
    if options is None or any(select_options(chunks[at].text) != options for at in selects):
        return
    bounds = [*selects[1:], len(chunks)]
    tops = [at for at, end in zip(selects, bounds, strict=True) if _text_under(chunks, at, end)]
    numbers = _page_numbers(chunks, tops, len(options))
    if numbers is None:
        return
    for at, number in zip(tops, numbers, strict=True):
        chunks[at] = replace(
            chunks[at], role="heading", rule="select-page-chapter", value=options[number - 1]
        )


def _text_under(chunks: list[Chunk], select: int, end: int) -> bool:
    """Whether the chapter's text stands between the drop-down at ``select`` and ``end``."""
    paragraphs = 0
    for chunk in chunks[select + 1 : end]:
        if chunk.role == "text" and len(chunk.text) > _PARAGRAPH:
            paragraphs += 1
            if paragraphs >= _PARAGRAPHS:
                return True
    return False


def _page_numbers(chunks: list[Chunk], tops: list[int], count: int) -> list[int] | None:
    """The chapter each drop-down at ``tops`` shows, read off the pager beside it; None
    when fewer than two, when one cannot be placed, or when they do not climb."""
    if len(tops) < 2:
        return None
    numbers: list[int] = []
    for at in tops:
        prev, next_ = _buttons(chunks, at)
        if not prev:
            number = 1
        elif not next_:
            number = count
        elif numbers:
            number = numbers[-1] + 1
        else:
            return None  # a middle page first: which chapter it is, nothing says
        if (numbers and number <= numbers[-1]) or number > count:
            return None
        numbers.append(number)
    return numbers


def _buttons(chunks: list[Chunk], at: int) -> tuple[bool, bool]:
    """Whether "< Prev" and "Next >" stand on the drop-down's line or on a line right
    above or below it (one blank line between at most, as ``chapter-select-line`` allows)."""
    lines = [chunks[at].text.strip().lower()]
    near = [at - 1] if at > 0 and chunks[at].gap <= 1 else []
    if at + 1 < len(chunks) and chunks[at + 1].gap <= 1:
        near.append(at + 1)
    for index in near:
        # A line beside it counts only as the pager's button alone.
        if FFN_PAGER_BUTTON_RE.fullmatch(text := chunks[index].text.strip()):
            lines.append(text.lower())
    prev = any(line.startswith(("<", "«")) and "prev" in line[:12] for line in lines)
    next_ = any(line.endswith((">", "»")) and "next" in line[-12:] for line in lines)
    return prev, next_
