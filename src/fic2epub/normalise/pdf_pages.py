"""A typeset PDF's page edges in ``pdftotext`` text: folios, running heads and end marks.

``pdftotext -layout`` keeps each printed page as it stands, ending it with a form feed: a
page number (folio) centred under the page's last line, and at the top of the next page a
running head beside its page number ("THE GREEN DOOR          15", "16          A ZINE").
Between them a paragraph that ran over the page's end goes on. None of the furniture is the
story's, and the paragraph is one.

A magazine or a zine also closes each piece with a typesetter's end mark after its last word
("… from the window. ■"): an ornament, not the author's "The End".
"""

from __future__ import annotations

import re
from collections import Counter

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import QUOTES
from fic2epub.normalise.page_full_line import full_line_runs_on, text_width

# A folio alone on its line: "14", "- 14 -", "— 14 —".
_FOLIO = lazy(r"[-–—]?\s*(?P<number>\d{1,4})\s*[-–—]?")
# A running head with its page number, set apart by wide spaces, in either order.
# Rule ``pdf-page-head-word``: a zine may print the word before the number ("page 14").
_HEAD = lazy(
    r"(?:page\s+)?(?P<lead>\d{1,4})\s{3,}(?P<head>\S.{0,80}?)"
    r"|(?P<head2>\S.{0,80}?)\s{3,}(?:page\s+)?(?P<tail>\d{1,4})",
    re.IGNORECASE,
)
# Rule ``pdf-running-foot``: a zine's running foot, its name and the page number parted by
# a spaced dot, bar or dash: "Ocean Zine · 4", "4 | Ocean Zine".
_FOOT = lazy(
    r"(?P<name>[^\d\s][^·•|]{0,60}?)\s+[·•|–—-]\s+(?P<number>\d{1,4})"
    r"|(?P<lead>\d{1,4})\s+[·•|–—-]\s+(?P<name2>[^\d\s][^·•|]{0,60})"
)
# The separators a running foot sets between its name and its number (_FOOT).
_FOOT_MARKS = ("·", "•", "|", "–", "—", " - ")


def running_foot(line: str) -> tuple[int, str] | None:
    """Rule ``pdf-running-foot``: the page number and the name of a running foot ("Ocean
    Zine · 4"), else None. The caller keeps it only where the same name stands at the foot
    of two pages at least, so a story's last line that ends in a dash and a number does not
    count."""
    if not any(mark in line for mark in _FOOT_MARKS):
        return None  # the cheap test first: no separator, no foot
    found = _FOOT.fullmatch(line.strip())
    if found is None:
        return None
    name = (found.group("name") or found.group("name2")).strip()
    if name.endswith((".", ",", ";", ":", "!", "?")):
        return None  # a sentence's end, not a zine's name
    return int(found.group("number") or found.group("lead")), name


def _edge_number(line: str, *, top: bool, head_only: bool = False) -> int | None:
    """The page number a page's first (``top``) or last line gives, as a folio or (at the
    top) a running head, else None; only as a head when ``head_only``."""
    line = line.strip()
    if len(line) > 120:
        return None
    found = None if head_only else _FOLIO.fullmatch(line)
    if found is not None:
        return int(found.group("number"))
    if not top or "   " not in line:
        return None
    head = _HEAD.fullmatch(line)
    if head is None:
        return None
    return int(head.group("lead") or head.group("tail"))


def _first_page_folio(lines: list[str], index: int) -> tuple[int, int] | None:
    """Rule ``pdf-first-page-folio``: the line and the number of a bare page number atop the
    first page ("37" over a zine story's title, whose first page has no running head), else
    None. A bare number there may be a title page's year, so the caller keeps it only when
    it is the very number the later pages' folios count on from (37 before 38, 39)."""
    found = _FOLIO.fullmatch(lines[index].strip())
    return None if found is None else (index, int(found.group("number")))


def _last_page_folio(pages: list[list[str]]) -> tuple[int, int, int] | None:
    """Rule ``pdf-last-page-folio``: the last page has no form feed after it, yet its foot
    carries its folio as the others do ("- 15 -" under a zine story's last line): (page,
    page number, line), else None. A bare number only; the caller keeps it only when it
    counts on from the other pages' numbers, so a story's last line "1914" stays."""
    at = len(pages) - 1
    lines = pages[at]
    index = _filled(lines, last=True)
    if not at or index is None or index == _filled(lines, last=False):
        return None
    found = _FOLIO.fullmatch(lines[index].strip())
    return None if found is None else (at, int(found.group("number")), index)


def _repeated_feet(feet: list[tuple[int, int, int, str]]) -> list[tuple[int, int, int, bool]]:
    """The running feet (``pdf-running-foot``) whose name stands at two pages' feet or more,
    as page edges: (page, line, page number, at the top)."""
    names = Counter(name for _, _, _, name in feet)
    return [(at, index, number, False) for at, index, number, name in feet if names[name] >= 2]


def _filled(lines: list[str], *, last: bool) -> int | None:
    """The index of the first (or ``last``) line that is not blank, else None."""
    order = range(len(lines) - 1, -1, -1) if last else range(len(lines))
    return next((index for index in order if lines[index].strip()), None)


def page_edge_furniture(text: str) -> str:
    """Rule ``pdf-page-edges``: in text with form feeds, each page's folio at its foot and
    running head at its top go, and the pages are set end to end again.

    Guards: only the last line before a form feed and the first line after one, each a bare
    page number or a head beside one, and only when the numbers agree with the pages they
    stand on (two at least, counting up one a page), so a story's line that is a number
    ("1914") or a table's row is never taken. Where a paragraph runs on over the page's end
    (the page stops mid-sentence, the next opens in lower case or after a comma), the two
    halves meet with no blank line between; otherwise a paragraph indent, or one blank line,
    parts them.
    """
    if "\f" not in text:
        return text
    pages = [page.split("\n") for page in text.split("\f")]
    found: list[tuple[int, int, int, bool]] = []  # (page, line, page number, at the top)
    feet: list[tuple[int, int, int, str]] = []  # (page, line, page number, name)
    # The first page's bare number at its top (``pdf-first-page-folio``).
    first_folio: tuple[int, int] | None = None
    for at, lines in enumerate(pages):
        foot = _filled(lines, last=True) if at + 1 < len(pages) else None
        # The first page's top is read too, for a head beside its number only (its
        # ``top`` test below): a bare number there may be a title page's year.
        top = _filled(lines, last=False)
        if foot == top:
            foot = None  # a page of one line: its number is read once, as its top
        for index, is_top in ((top, True), (foot, False)):
            if index is None:
                continue
            number = _edge_number(lines[index], top=is_top, head_only=is_top and not at)
            if number is not None:
                found.append((at, index, number, is_top))
            elif is_top and not at:
                first_folio = _first_page_folio(lines, index)
            elif not is_top and (foot_line := running_foot(lines[index])) is not None:
                feet.append((at, index, *foot_line))
    found.extend(_repeated_feet(feet))
    offsets = Counter(number - at for at, _, number, _ in found)
    if not offsets:
        return text
    offset, count = offsets.most_common(1)[0]
    if count < 2:
        return text
    if first_folio is not None and first_folio[1] == offset:
        found.append((0, first_folio[0], first_folio[1], True))
    if (last_folio := _last_page_folio(pages)) is not None:
        last_page, folio, folio_line = last_folio
        if folio - last_page == offset:
            # Only the line goes: no page follows for the text to meet.
            pages[last_page][folio_line] = ""
    # The page breaks that lost furniture: a head opens page ``at`` after the break before
    # it, a folio closes it before the break after it.
    breaks: set[int] = set()
    for at, index, number, is_top in found:
        if number - at == offset:
            pages[at][index] = ""
            breaks.add(at if is_top else at + 1)
    return join_pages(["\n".join(lines) for lines in pages], breaks, text_width(text))


def join_pages(pages: list[str], breaks: set[int], width: int) -> str:
    """``pages`` set end to end: each page in ``breaks`` meets the text before it
    (:func:`_meet`; ``width`` is the text's right margin), the others keep the form feed
    before them."""
    # The pages are kept as pieces and joined once: a page meets only the end of the text
    # before it (_tail), so a long PDF's text is not copied again at every page.
    pieces = [pages[0]]
    for at in range(1, len(pages)):
        if at in breaks:
            pieces.append(_meet(_tail(pieces), pages[at], width))
        else:
            pieces.append("\f" + pages[at])
    return "".join(pieces)


def _tail(pieces: list[str]) -> str:
    """Take off ``pieces`` and return the last ones, enough of them for :func:`_meet` to read
    the same end as it would in the whole text: its last line after the trailing blanks."""
    count = 1
    while count < len(pieces) and "\n" not in "".join(pieces[-count:]).rstrip():
        count += 1
    tail = "".join(pieces[-count:])
    del pieces[-count:]
    return tail


def _meet(before: str, after: str, width: int) -> str:
    """Two pages set end to end, their blank edge lines gone (``pdf-page-edges``); the
    text's ``width`` tells a page's full last line (``pdf-full-line-runs-on``)."""
    before, rest = before.rstrip(), after.lstrip("\n")
    if not rest.strip():
        return before + "\n" + rest
    foot = before.rpartition("\n")[2]
    first = rest.partition("\n")[0]
    opening = first.lstrip()
    indent = len(first) - len(opening)
    runs_on = _runs_on(foot.strip(), opening) or full_line_runs_on(foot.rstrip(), opening, width)
    deeper = indent > len(foot) - len(foot.lstrip())
    return before + ("\n" if runs_on or deeper else "\n\n") + rest


def _runs_on(foot: str, opening: str) -> bool:
    """Whether the sentence a page's last line stops in goes on at the next page's start."""
    if not foot or not opening:
        return False
    if foot.endswith((",", ";")):
        return opening[0].isalpha() or opening[0] in QUOTES
    return opening[0].islower() and (foot[-1].isalpha() or foot.endswith("-"))


# Rule ``typeset-end-mark``: a typesetter's end mark (a black square, the end-of-proof sign)
# after a piece's last sentence, at the end of its line: "… from the window. ■". Only after a
# sentence's closing mark and a space, and only as the line's last character, so a square
# used as a scene break on its own line, or inside a sentence, is left.
_END_MARK = lazy(r"(?<=[.!?…”’\"'])[ \t]+[■∎◼▪](?=[ \t]*(?:\n|\f|$))")


def typeset_end_marks(text: str) -> str:
    """``text`` without typesetters' end marks after a piece's last word (rule
    ``typeset-end-mark``)."""
    if not any(mark in text for mark in "■∎◼▪"):
        return text
    return _END_MARK.sub("", text)
