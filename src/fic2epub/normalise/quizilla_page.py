"""Rule ``quizilla-part-pages``: Quizilla's story pages, copied one after another.

Quizilla (2000-2009) printed each part of a story as a page of its own: the site's name
alone on a line and its menu bar ("Home | Quizzes | Stories | Poems | …") over the story's
card, which gives the page's title (the story's title with the part, "Traces of Autumn
(part one)"), the "by: name" line, the category crumb ("[ Stories ] > [ Drama ]"), the
created/updated dates, a "[ report this ]" link and the "read N times" count. Under the
author's text come the page's footer: the "[ rate this story ]" stars with their votes,
"Comments (N)" and the readers' comments ("name says:", the comment, "[ posted … ]"), the
"More stories by name:" list and the site's copyright bar.

The first page's card gives the header's Title (without the part it names) and Author
fields; every other line of every card, and each page's footer from its first line (the
rating, "Comments (N)", "More stories by" or the copyright bar) down to the next page's
top, are the site's and are taken out. What the author wrote above the footer ("plz
comment!!", a closing a/n) stays hers.

Guards: the site's name alone on a line with the menu bar under it, naming "Quizzes" and
"Stories"; a card of a few lines right under it whose second line is "by: name" and which
holds the "read N times" count or the "created: …" dates. A page missing either is left
as it is, and a footer is only read after a card was.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.line_search import holds

_SITE = "Quizilla"
# The card's lines: title, byline, crumb, dates, report link, count.
_CARD_LINES = 8
_BY = lazy(r"by\s*:?\s+(?P<name>\S{1,40})", re.IGNORECASE)
# The card's own lines that show it is the site's: the count, or the dates.
_CARD_MARK = lazy(
    r"read\s+[\d,]{1,9}\s+times?|created\s*:\s*[\d/.-]{6,10}(?:\s*\|\s*updated\s*:.{0,20})?",
    re.IGNORECASE,
)
# The part the page's title names: "(part one)", "(part 2)", "(chapter three)".
_NUMBER = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|[ivx]{1,5})"
_PART_TAIL = lazy(
    rf"\s*[(\[]\s*(?:part|pt\.?|chapter|ch\.?)\s*{_NUMBER}(?:\s*(?:of|/)\s*{_NUMBER})?\s*[)\]]\s*$",
    re.IGNORECASE,
)
# Where a page's footer starts: the rating stars, the comments' heading, the author's
# other stories, or the site's copyright bar, whichever comes first.
_FOOTER_START = lazy(
    r"\[\s*rate\s+this\s+(?:story|poem|quiz)\s*\].{0,40}|comments\s*\(\s*\d{1,5}\s*\)"
    r"|more\s+stories\s+by\s+\S{1,40}\s*:?|quizilla\s*(?:\(c\)|©).{0,80}",
    re.IGNORECASE,
)


def quizilla_part_pages(text: str) -> str:
    """``text`` with each Quizilla page's card and footer read (see the module's docstring)."""
    # The site's name looked for from the text's capital "Q"s, which prose seldom holds
    # (see line_search), not in a search of the whole text.
    if not holds(text, _SITE, "Q") or not holds(text, "Quizzes", "Q"):
        return text
    lines = text.split("\n")
    tops = [index for index in range(len(lines)) if _page_top(lines, index)]
    if not tops:
        return text
    found = [_card_end(lines, top) for top in tops]
    cards = [end for end in found if end is not None]
    if len(cards) != len(tops):
        return text
    out: list[str] = []
    done = 0
    for number, (top, card_end) in enumerate(zip(tops, cards, strict=True)):
        out.extend(_footerless(lines[done:top]))
        # The site's name and menu bar stay: the header pass drops them as the site's
        # framing, and on a later page as its repeated top, which shows where it starts.
        out.extend(lines[top : top + 2])
        if number == 0:
            out.extend(_header_fields(lines, top + 2, card_end))
        done = card_end
    out.extend(_footerless(lines[done:]))
    return "\n".join(out)


def _page_top(lines: list[str], index: int) -> bool:
    """Whether a page starts at ``index``: the site's name alone, its menu bar under it."""
    if lines[index].strip() != _SITE or index + 1 >= len(lines):
        return False
    menu = lines[index + 1]
    return "|" in menu and "Quizzes" in menu and "Stories" in menu


def _card_end(lines: list[str], top: int) -> int | None:
    """The line after the page's card, or None when no card of the site's stands there."""
    start = top + 2
    while start < len(lines) and not lines[start].strip():
        start += 1
    end = start
    while end < len(lines) and lines[end].strip():
        end += 1
    card = [line.strip() for line in lines[start:end]]
    if not 3 <= len(card) <= _CARD_LINES or not _BY.fullmatch(card[1]):
        return None
    if not any(_CARD_MARK.fullmatch(line) for line in card[2:]):
        return None
    return end


def _header_fields(lines: list[str], start: int, end: int) -> list[str]:
    """The first card's title (without its part) and author, as header lines."""
    card = [line.strip() for line in lines[start:end] if line.strip()]
    title = _PART_TAIL.sub("", card[0]).strip() or card[0]
    found = _BY.fullmatch(card[1])
    author = found.group("name") if found else ""
    return ["", f"Title: {title}", f"Author: {author}", ""]


def _footerless(lines: list[str]) -> list[str]:
    """The lines up to a page's footer (its rating or comments line), without it."""
    for index, line in enumerate(lines):
        stripped = line.strip()
        if stripped[:1] in "[CcMmQq" and _FOOTER_START.fullmatch(stripped):
            return lines[:index]
    return lines
