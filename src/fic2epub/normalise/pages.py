"""A printed copy's page furniture: a zine's masthead, running heads with page numbers, and
words hyphenated across a line's end. Text scanned or copied from print keeps them; none is
the story's. A paragraph that a page break cut in two is joined again.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import QUOTES, Chunk
from fic2epub.normalise.patterns import word_key

# Items of a printed line set apart by wide spaces ("TITLE          23").
_WIDE = lazy(r"\s{3,}")
# An issue's designation on a zine's or magazine's masthead: "Issue 7", "Vol. 2 No. 3", "#12".
_ISSUE = lazy(
    r"\b(?:issue|vol(?:ume)?\.?|no\.|number|nr\.?)\s*\d{1,4}\b|(?:^|\s)#\d{1,4}\b", re.IGNORECASE
)
_YEAR = lazy(r"\b(?:19|20)\d{2}\b")


# What a zine calls itself on its masthead's issue line.
_ZINE_WORD = lazy(r"\b(?:fan|letter)?zines?\b|\bnewsletter\b|\bmagazine\b", re.IGNORECASE)


def _issue_line(text: str) -> bool:
    """A masthead's own line naming the zine and its issue ("A Barchester fanzine -- Issue 2,
    Summer 1997"): short, with a year, not ending as a sentence does."""
    line = text.strip()
    return len(line) <= 90 and _YEAR.search(line) is not None and not line.endswith((".", "!", "?"))


def is_masthead(text: str) -> bool:
    """Rule ``zine-masthead``: a printed zine's masthead line at the top of a scan, its name
    and its issue set apart by wide spaces ("THE PAPER LANTERN     Issue 4 -- Autumn 1991").

    It needs the wide gap of a typeset line, an issue number and, in the other part, a name
    in capitals or a year: a sentence never has all three. A masthead set on two lines has an
    issue line of its own, which says what it is: a zine's word ("fanzine", "newsletter"),
    the issue and a year.
    """
    if len(text) > 120:
        return False
    if _ZINE_WORD.search(text) and _ISSUE.search(text) and _issue_line(text):
        return True
    items = _WIDE.split(text.strip())
    if len(items) < 2 or not any(_ISSUE.search(item) for item in items):
        return False
    return any(item.isupper() or _YEAR.search(item) for item in items if not _ISSUE.search(item))


# A running head with its page number: "THE GREEN DOOR          23", "24          THE GREEN DOOR".
_HEAD_AND_NUMBER = lazy(
    r"(?P<lead>\d{1,4})\s{3,}(?P<head>\S.{0,80}?)|(?P<head2>\S.{0,80}?)\s{3,}(?P<tail>\d{1,4})"
)


def running_head_lines(region: Sequence[Chunk], header: Iterable[str]) -> set[str]:
    """Rule ``running-head``: one-line chunks made of a short text and a page number set apart
    by wide spaces, as print puts them at a page's top: "THE GREEN DOOR          23".

    The text part must repeat a header line's words (the title, the author, the zine's
    name), or come back on two such lines: a line of story that ends in a number after a
    wide gap is neither.
    """
    found: dict[str, str] = {}
    for chunk in region:
        if chunk.role != "text" or len(chunk.lines) != 1 or len(chunk.text) > 120:
            continue
        if "   " not in chunk.text:
            continue  # no wide gap between a head and its page number
        match = _HEAD_AND_NUMBER.fullmatch(chunk.text.strip())
        if match is not None:
            found[chunk.text] = word_key(match.group("head") or match.group("head2"))
    if not found:
        return set()  # the header's words are read only for a line shaped as a running head
    known = {word_key(item) for line in header for item in _WIDE.split(line.strip()) if item}
    known.discard("")
    counts = Counter(found.values())
    return {text for text, head in found.items() if head in known or counts[head] >= 2}


# A line-final hyphen after a letter ("Guine-"), not a dash ("said--") or a lone hyphen.
_CUT_WORD = lazy(r"(?<![^\W\d_])(?P<stem>[^\W\d_]+)-$")
_NEXT_WORD = lazy(r"(?P<rest>[^\W\d_A-Z]+)(?P<tail>.*)", re.DOTALL)
_WORDS = lazy(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def vocabulary(texts: Iterable[str]) -> Counter[str]:
    """The words of a text, in lower case, hyphenated compounds as written and as parts."""
    words: Counter[str] = Counter()
    for text in texts:
        found = _words_of(text.lower())
        words.update(found)
        if "-" in text:  # only a text with a hyphen holds a compound
            for word in found:
                if "-" in word:
                    words.update(word.split("-"))
    return words


def _words_of(text: str) -> list[str]:
    """``_WORDS.findall(text)``, with most of the pattern's work skipped.

    No word spans a space, so the text is read piece by piece between spaces, and a piece
    of letters alone (``str.isalpha``: each character a letter, so also a word character
    that is no digit or underscore) is one word as it stands: only the others, with
    punctuation, digits or hyphens, need the pattern.
    """
    found: list[str] = []
    for piece in text.split():
        if piece.isalpha():
            found.append(piece)
        else:
            found.extend(_WORDS.findall(piece))
    return found


def join_wrapped(lines: Sequence[str], words: Counter[str]) -> str:
    """Rule ``hyphen-rejoined``: hard-wrapped lines joined with spaces, a word hyphenated
    across a line's end ("Guine-" / "vere") joined whole again.

    Only a hyphen after letters at a line's end, with a lower-case word opening the next
    line. The hyphen stays where the text shows a compound: when the joined word is not
    found elsewhere but the hyphenated one is, or both halves are words of their own there
    ("hunting-" / "coat").
    """
    if not any(line.endswith("-") for line in lines[:-1]):
        return " ".join(lines)  # no line ends in a hyphen: nothing to rejoin
    text = lines[0]
    for line in lines[1:]:
        cut = _CUT_WORD.search(text) if text.endswith("-") else None
        following = _NEXT_WORD.match(line)
        if cut is None or following is None:
            text = f"{text} {line}"
            continue
        stem, rest = cut.group("stem").lower(), following.group("rest")
        joined = stem + rest.lower()
        compound = f"{stem}-{rest.lower()}"
        # The lines' own cut word is counted once as its halves; see past it.
        keep = not words[joined] and (
            words[compound] > 0
            or (words[stem] > 1 and words[rest.lower()] > 1)
            or (words[stem] > 1 and _participle(rest.lower()))
        )
        text = text + line if keep else text[:-1] + line
    return text


# Rule ``hyphen-compound-participle``: a participle of a verb of four letters or more.
_PARTICIPLE = lazy(r"[a-z]{4,}(?:ing|ed)")


def _participle(rest: str) -> bool:
    """Whether the word after a line-end hyphen is a whole participle ("meaning",
    "suffering", "bottomed"): with a word of the text before the hyphen ("well-", "long-")
    it makes a compound adjective, whose hyphen stays (``hyphen-compound-participle``). A
    hyphenator's split leaves a fragment of a suffix ("deci-" / "ding", "pro-" / "mised"):
    its stem before "ing" or "ed" is shorter than four letters."""
    return _PARTICIPLE.fullmatch(rest) is not None


# A printed copy's page furniture: "Page 2 of 5".
_PAGE_FURNITURE = lazy(r"page\s+\d+(?:\s+of\s+\d+)?", re.IGNORECASE)


def page_furniture(region: Sequence[Chunk], header: Iterable[str]) -> Callable[[str], str | None]:
    """The rule that drops a line of ``region`` as a printed copy's page furniture, or None:
    ``page-furniture`` for "Page 2 of 5" and the running heads repeated beside it,
    ``running-head`` for a head set apart from its page number (:func:`running_head_lines`).
    """
    repeated = _running_heads(region)
    numbered = running_head_lines(region, header)
    by_folio = _heads_by_folio(region, header)

    def rule(text: str) -> str | None:
        if _is_page_furniture(text) or text in repeated:
            return "page-furniture"
        if text in by_folio:
            return "folio-running-head"
        return "running-head" if text in numbered else None

    return rule


def _running_heads(region: Sequence[Chunk]) -> set[str]:
    """Short lines repeated word for word, each next to page furniture: a printed copy's
    running head ("The Whitby Steps – Agnes Morrow")."""
    counts = Counter(chunk.text for chunk in region if len(chunk.text) <= 80)
    repeated = {text for text, count in counts.items() if count >= 2}
    heads: set[str] = set()
    if not repeated:
        return heads  # most chapters repeat no short line: nothing to look near
    for position, chunk in enumerate(region):
        if chunk.text not in repeated:
            continue
        near = region[max(0, position - 2) : position + 3]
        if any(_is_page_furniture(c.text) for c in near):
            heads.add(chunk.text)
    return heads


# The longest running head set on a line of its own.
_HEAD_LENGTH = 60


def _heads_by_folio(region: Sequence[Chunk], header: Iterable[str]) -> set[str]:
    """Rule ``folio-running-head``: the running head on a line of its own right under (or
    over) a page number read as one ("- 14 -" over "THE GREEN DOOR"), as a typed-in zine
    keeps each page's top; a zine may alternate the story's title and its own name.

    Guards: one short line with no sentence's end, next to a dropped page number, that
    repeats a header line (the title, the author) or is set in capitals."""
    heads: set[str] = set()
    folios = [at for at, chunk in enumerate(region) if chunk.rule == "page-number"]
    if not folios:
        return heads  # no page number among the prose: no head to look for
    known = {word_key(line) for line in header}
    for at in folios:
        for near in (at - 1, at + 1):
            if not 0 <= near < len(region):
                continue
            chunk = region[near]
            text = chunk.text
            if (
                chunk.role == "text"
                and len(chunk.lines) == 1
                and len(text) <= _HEAD_LENGTH
                and not text.endswith(_PARAGRAPH_ENDS)
                and (word_key(text) in known or _capitals(text))
            ):
                heads.add(text)
    return heads


def _capitals(text: str) -> bool:
    """Whether most of a line's letters are capitals ("PLAYHOUSE PAPERS  No. 2")."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) * 4 >= len(letters) * 3


def _is_page_furniture(text: str) -> bool:
    """Whether a line is a printed copy's "Page 2 of 5"; the first letter is tested first,
    as no other character matches the pattern's "p" (case ignored)."""
    return text[:1] in "pP" and _PAGE_FURNITURE.fullmatch(text) is not None


# The page-break rules whose dropped lines may sit inside a paragraph cut by a page break.
_PAGE_BREAK_RULES = frozenset(
    {"page-number", "page-furniture", "running-head", "folio-running-head"}
)
# How a finished paragraph ends; a paragraph cut by a page break ends without one of these.
_PARAGRAPH_ENDS = (".", "!", "?", '"', "”", "’", "'", "…", ")", ":", "*", "~", "]")


def rejoin_page_splits(chunks: list[Chunk], first: int, end: int) -> None:
    """Rule ``page-split-rejoined``: a paragraph that a printed copy's page break cut in two.

    Text copied out of a PDF (a Word export, a scanned zine) keeps each page's footer and
    header between the two halves of a paragraph that ran over the page's end. When the
    text before such page furniture stops mid-sentence (no closing punctuation) and the
    text after it carries on in lower case, or the first half ends on a comma or a plain
    word, the two halves are one paragraph, joined again with a space.
    """
    index = first
    words: Counter[str] | None = None  # the chapter's words, to rejoin a hyphenated one
    while index < end:
        chunk = chunks[index]
        after = index + 1
        while after < end and chunks[after].rule in _PAGE_BREAK_RULES:
            after += 1
        if (
            chunk.role == "text"
            and after > index + 1
            and after < end
            and chunks[after].role == "text"
            and _cut_by_page_break(chunk.text, chunks[after].text)
        ):
            rest = chunks[after]
            if words is None:
                words = vocabulary(c.text for c in chunks[first:end])
            chunks[index] = replace(
                chunk,
                text=join_wrapped((chunk.text, rest.text), words),
                lines=chunk.lines + rest.lines,
                last=rest.last,
            )
            chunks[after] = replace(rest, role="dropped", rule="page-split-rejoined")
            continue  # the joined paragraph may run over the next page break too
        index = after if after > index + 1 else index + 1


def form_feed_splits(text: str) -> str:
    """Rule ``form-feed-page-split``: a paragraph that a page break cut in two, in text
    ``pdftotext`` drew out of a PDF, joined again.

    pdftotext ends each page with a form feed, often after a blank line, so a paragraph that
    ran over a page's end comes out as two. When the page's last line stops mid-sentence on
    a comma or a semicolon, or the next page opens in lower case, the sentence carries on:
    the two lines are made adjacent again, as the wrapped lines of one paragraph are. Other
    form feeds are left for decoding to drop. A heading at a page's top opens in capitals
    and a finished paragraph ends in punctuation, so neither is joined.
    """
    if "\f" not in text:
        return text  # the cheap test first: no form feed, no page break
    pages = text.split("\f")
    # Each page's last line: one that comes back on other pages is a running footer.
    feet = Counter(page.rstrip().rpartition("\n")[2].strip() for page in pages)
    for at in range(len(pages) - 1):
        if not pages[at].rstrip(" \t").endswith("\n"):
            continue  # a form feed inside a line is a stray control character, not a page's end
        page, following = pages[at].rstrip(), pages[at + 1].lstrip(" \t")
        foot = page.rpartition("\n")[2].strip()
        if foot and following and feet[foot] == 1 and _carries_on(foot, following):
            pages[at] = page + "\n"
    return "\f".join(pages)


def _carries_on(before: str, after: str) -> bool:
    """Whether the sentence ``before`` stops in carries on in ``after``: it stops on a comma
    or a semicolon, or on a word (or a hyphenated word's first half) with ``after`` opening
    in lower case. A page number or "Page 2 of 5" at the page's foot ends in a digit."""
    if before.endswith((",", ";")):
        return after[0].isalpha() or after[0] in QUOTES
    return after[0].islower() and (before[-1].isalpha() or before.endswith("-"))


def _cut_by_page_break(before: str, after: str) -> bool:
    """Whether ``before`` stops mid-sentence and ``after`` carries the sentence on."""
    if before.endswith(_PARAGRAPH_ENDS) or not after:
        return False
    return after[0].islower() or before[-1].islower() or before.endswith((",", ";"))
