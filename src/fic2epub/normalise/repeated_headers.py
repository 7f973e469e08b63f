"""The story's header again at the top of each later post of a story posted in parts.

A writer who posts a story in instalments (list mails, forum posts) pastes its header above
every part: the same "Title: …", "Author: …", "Rating: …" lines, the title counting the
part ("The Long Road (2/3)"), often cut short with a line that sends the reader back
("Headers and disclaimer in part one.") and closed with the same rule. The first post's
header is the story's; the others repeat it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, is_glyph_line
from fic2epub.normalise.fields import is_known_label
from fic2epub.normalise.patterns import (
    CARDINAL,
    DASH_FIELD_RE,
    FIELD_RE,
    ORDINAL,
    match_heading,
    match_note,
)

# A part count in a header value: "(2/3)", "[part 2 of 3]", "2/3", "Part 2".
_PART_COUNT = lazy(
    r"[(\[]?\s*(?:part\s+)?\d{1,3}\s*(?:/|\bof\b)\s*\d{1,3}\s*[)\]]?|\bpart\s+\d{1,3}\b",
    re.IGNORECASE,
)
# What a header line that sends the reader back names, one or several joined.
_HEADER_ITEMS = (
    r"(?:the\s+)?(?:headers?|header\s+info(?:rmation)?|disclaimers?|notes?|warnings?|summary"
    r"|ratings?|author['’]?s\s+notes?|a/n)"
)
_ITEMS = rf"{_HEADER_ITEMS}(?:\s*(?:,|/|&|\band\b)\s*{_HEADER_ITEMS})*"
_FIRST_PART = (
    r"(?:the\s+)?(?:part\s+(?:one|1|i)|first\s+(?:part|post|chapter|section|instal?ment)"
    r"|chapter\s+(?:one|1)|post\s+(?:one|1)|prologue)"
)
# Rule ``header-pointer``: "Headers and disclaimer in part one.", "Disclaimer: see part 1",
# "See the first part for disclaimers."
_POINTER = lazy(
    rf"{_ITEMS}\s*:?\s+(?:(?:is|are|can\s+be\s+found|as|see)\s+)?(?:in|on|at|with|see)\s+"
    rf"{_FIRST_PART}\b[^.!?]{{0,40}}[.!]?"
    rf"|(?:please\s+)?see\s+{_FIRST_PART}\s+for\s+{_ITEMS}[.!]?",
    re.IGNORECASE,
)


# Rule ``repeated-header-part-field``: a later post's header counts its part in a field of
# its own, "Part: 2/2", perhaps with a pointer back in brackets, "Part: 2/2 (see part 1 for
# disclaimers)". Only the count out of the whole, so a field of the story stays.
_PART_FIELD = lazy(
    r"(?:part|chapter|section)\s*:\s*\d{1,3}\s*(?:/|\bof\b)\s*\d{1,3}"
    r"(?:\s*[(\[]\s*(?P<pointer>[^()\[\]]{1,80}?)\s*[)\]])?",
    re.IGNORECASE,
)


def _part_field(text: str) -> bool:
    """Rule ``repeated-header-part-field``: the line is a later post's "Part: 2/2" field,
    any words in brackets after it a pointer back to the first part's header."""
    found = _PART_FIELD.fullmatch(text.strip())
    if found is None:
        return False
    pointer = found.group("pointer")
    return pointer is None or bool(_POINTER.fullmatch(pointer) or is_header_pointer(pointer))


# The link back to the part before, left as its words when a journal entry is copied:
# "Part one is here.", "Previous part here", "The first part can be found here."
_BACK_LINK = lazy(
    rf"(?:{_FIRST_PART}|(?:the\s+)?(?:previous|last)\s+(?:part|chapter|post|entry))\s+"
    r"(?:(?:is|can\s+be\s+found)\s+)?here\s*[.!:]?",
    re.IGNORECASE,
)
# Rule ``header-pointer`` (the part it opens): beside the pointer, the entry names itself,
# the story's title and its part, "The Ferry at Dusk, part two." Counted only in a line whose
# other sentences point back, so a sentence of the story naming a part stays the story's.
# The part may be counted out of the whole, as a Usenet post's subject counts it: "The
# Ferry at Dusk, part 2 of 3.", "…, part 2/3."
_TITLE_PART = lazy(
    rf"[^.!?]{{1,100}}?,?\s+(?:part|pt\.?)\s+(?:\d{{1,3}}|{CARDINAL}|{ORDINAL})"
    rf"(?:\s*(?:/|\bof\b)\s*(?:\d{{1,3}}|{CARDINAL}))?[.!:]?",
    re.IGNORECASE,
)
# Rule ``header-pointer`` (the bare count): a later article may count itself without its
# title before the pointer, "Part 2 of 3. Headers are on part 1." The count must name the
# whole ("of 3", "/3"), so a bare "Part Two." (which may be a heading) is not taken here.
_BARE_COUNT = lazy(
    rf"(?:part|pt\.?)\s+(?:\d{{1,3}}|{CARDINAL})\s*(?:/|\bof\b)\s*(?:\d{{1,3}}|{CARDINAL})[.!:]?",
    re.IGNORECASE,
)
# Rule ``header-pointer`` (the last part): a later entry may name itself as the story's
# last before the pointer, "Last part! Headers in part one.", "The final chapter. Notes in
# part 1." Counted only beside a pointer, as the counts above are, so a line of the story
# that calls something "the last part" stays the story's.
_LAST_PART = lazy(
    r"(?:(?:the|and\s+the)\s+)?(?:last|final)\s+(?:part|chapter|instal?ment|post|entry)"
    r"(?:\s+(?:at\s+last|already|now))?\s*[.!]{0,3}",
    re.IGNORECASE,
)
# Where a line of pointers splits into its sentences.
_SENTENCE_GAP = lazy(r"(?<=[.!])\s+")


def is_header_pointer(text: str) -> bool:
    """Rule ``header-pointer``: whether a line only sends the reader back to the first
    part's header ("Headers and disclaimer in part one.", "(See part one for the headers.)"),
    or to the first part itself ("Part one is here. Headers in part one."), perhaps beside
    the entry's name for itself ("Last part! Headers in part one.").

    Every sentence of the line must be such a pointer, or the links to the other parts
    that an entry puts beside it (``_part_nav``), so a sentence of the story that mentions
    part one goes on being the story's."""
    line = text.strip()
    lowered = line.lower()
    if len(line) > 200 or ("part" not in lowered and "header" not in lowered):
        return False
    if line[:1] == "(" and line.endswith(")"):
        line = line[1:-1].strip()
    sentences = _SENTENCE_GAP.split(line)
    pointers = [s for s in sentences if _POINTER.fullmatch(s) or _BACK_LINK.fullmatch(s)]
    return bool(pointers) and all(
        s in pointers
        or _part_nav(s)
        or _TITLE_PART.fullmatch(s)
        or _BARE_COUNT.fullmatch(s)
        or _LAST_PART.fullmatch(s)
        for s in sentences
    )


# The arrows and bars of a journal entry's links to the story's other parts.
_NAV_MARKS = "«»<>←→|"


def _part_nav(sentence: str) -> bool:
    """Rule ``header-pointer`` (its links): the links to the other parts that follow the
    pointer on the same line ("Headers in part one. « Part One | Part Three »", "… « Part
    Two"). Each item between the bars is a bare part or chapter heading, and the arrows or
    bars show it is a link: "Part Two" alone, without them, may be a heading."""
    if not any(mark in sentence for mark in _NAV_MARKS):
        return False
    items = [item.strip(" «»<>←→") for item in sentence.split("|")]
    return all(
        0 < len(item) <= 30
        and (heading := match_heading(item)) is not None
        and heading.kind in ("part", "chapter")
        for item in items
    )


# What follows the title on a later part's one-line header: its part count, bracketed or
# bare, the byline and perhaps a pointer back, after a full stop or a dash ("(2/2) by Rose.
# Headers in part one.", "2/4 -- headers in part 1."). Rule ``short-header-comma-count``: a
# list poster may set the count off with a comma, "The Ferry, part 2/3", as in the subject.
_SHORT_REST = lazy(
    r"(?:\s*,)?\s*(?:[(\[]\s*(?:part\s+)?\d{1,3}\s*(?:/|\bof\b)\s*\d{1,3}\s*[)\]]"
    r"|(?:part\s+)?\d{1,3}\s*(?:/|\bof\b)\s*\d{1,3}\b)"
    r"(?:\s*,?\s+by\s+[^.!?|—–]{1,60})?\s*(?:[.!:|]|\s[—–-]{1,2})?\s*(?P<pointer>[^\s|—–-].*)?",
    re.IGNORECASE,
)


class _Post(Protocol):
    @property
    def body(self) -> int: ...


def repeated_headers(marked: list[Chunk], own: Sequence[tuple[_Post, int]]) -> None:
    """Rules ``repeated-header`` and ``header-pointer``: the story's header lines again at
    the top of a later post, and a line there that points back to the first post's header.

    A line is dropped when the first post opens with it word for word, or with a header line
    of the same label whose value differs only by its part count. Only "Key: value" and
    "KEY - value" lines of known labels count, and only above the post's first other line;
    the rule under them closes the repeated header.
    """
    if len(own) < 2:
        return
    first, first_end = own[0]
    opening: set[str] = set()
    keyed: set[tuple[str, str]] = set()
    for chunk in marked[first.body : first_end]:
        if chunk.role != "dropped" and (field := _header_field(chunk.text)) is not None:
            opening.add(chunk.text)
            keyed.add(field)
    titles = [value for label, value in keyed if label == "title" and value]
    for post, end in own[1:]:
        repeated = False
        for index in range(post.body, end):
            chunk = marked[index]
            if chunk.role == "dropped":
                continue
            if chunk.text in opening or _header_field(chunk.text) in keyed:
                marked[index] = replace(chunk, role="dropped", rule="repeated-header")
                repeated = True
            elif _POINTER.fullmatch(chunk.text) or is_header_pointer(chunk.text):
                marked[index] = replace(chunk, role="dropped", rule="header-pointer")
                repeated = True
            elif chunk.text[:1] in "PpCcSs" and _part_field(chunk.text):
                marked[index] = replace(chunk, role="dropped", rule="repeated-header-part-field")
                repeated = True
            elif _short_header(chunk.text, titles):
                marked[index] = replace(chunk, role="dropped", rule="short-repeated-header")
                repeated = True
            elif repeated and is_glyph_line(chunk.text):
                marked[index] = replace(chunk, role="separator", rule="repeated-header-rule")
                break
            else:
                break


def _short_header(text: str, titles: list[str]) -> bool:
    """Rule ``short-repeated-header``: a later part's header cut to one line, the first
    post's title with its part count and byline, "Long Road (2/3) by Sam.", perhaps with
    a pointer back after it ("Headers in part one.", "Long Road 2/3 -- headers in part
    1."). The title and a part count must open the line and nothing but a byline and such a
    pointer may follow, so a sentence that names the story is left alone."""
    if len(text) > 200 or not titles:
        return False
    lowered = text.lower()
    for title in titles:
        if not lowered.startswith(title):
            continue
        rest = _SHORT_REST.fullmatch(text, len(title))
        if rest is not None and (
            rest.group("pointer") is None or _POINTER.fullmatch(rest.group("pointer"))
        ):
            return True
    return False


def _header_field(text: str) -> tuple[str, str] | None:
    """A header line's label and its value without a part count, in lower case."""
    if len(text) > 300:
        return None
    found = FIELD_RE.fullmatch(text)
    if found is not None and match_note(text):
        return None
    if found is None:
        found = DASH_FIELD_RE.fullmatch(text)
        if found is None or not is_known_label(found.group("key")):
            return None
    label = found.group("key").strip().lower()
    value = _PART_COUNT.sub(" ", found.group("value")).lower()
    return label, " ".join(value.split())
