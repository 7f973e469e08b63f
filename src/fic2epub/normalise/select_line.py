"""A chapter drop-down of numbered options copied as one line, and the bare headings it names.

FictionPress and FanFiction.Net print a chapter drop-down beside the pager above and under
each chapter. Copied as text, its options run together on one line, "1. First Title  2.
Second Title", with the pager's "< Prev" or "Next >" on the line or right beside it.
The options are the chapters' names as the author typed them when posting; an author who
heads each chapter with its bare name ("Second Title") gives a line the drop-down names.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.patterns import FFN_PAGER_BUTTON_RE, match_note

# The pager's buttons on either end of the line: "< Prev", "« Prev", "Next >", "Next »".
_PREV = lazy(r"[«<]+\s*prev(?:ious)?\s+", re.IGNORECASE)
_NEXT = lazy(r"\s+next\s*[»>]+", re.IGNORECASE)
# Where an option starts: its number and stop at the line's start or after a space.
_OPTION = lazy(r"(?:^|(?<=\s))(\d{1,3})\.\s+")
# The longest line read, and the longest option.
_LONGEST = 2000
_LONGEST_OPTION = 100
# Both pager buttons on a line of their own, as a middle chapter's page has them: "< Prev
# Next >".
_PAGER_PAIR = lazy(r"[«<]+\s*prev(?:ious)?(?:\s*\|\s*|\s+)next\s*[»>]+", re.IGNORECASE)
# How many lines under the drop-down the author's heading may stand (the pager, a note).
_REACH = 12


def _select_options(text: str) -> list[str] | None:
    """The options of a numbered chapter drop-down run together on one line ("1. First
    Title  2. Second Title", with "< Prev" or "Next >" at either end or not), else
    None.

    The line must start with option 1 and hold two or more, numbered one up from the other;
    no option may be empty, long, or end with a full stop, as a list's items in a sentence
    do ("1. Buy milk. 2. Post the letter.").
    """
    line = text.strip()
    if len(line) > _LONGEST or "2." not in line:
        return None
    if (prev := _PREV.match(line)) is not None:
        line = line[prev.end() :]
    if (after := _NEXT.search(line)) is not None and after.end() == len(line):
        line = line[: after.start()]
    if line[:2] != "1.":
        return None
    starts: list[tuple[int, int]] = []
    for found in _OPTION.finditer(line):
        if int(found.group(1)) == len(starts) + 1:
            starts.append((found.start(), found.end()))
    if len(starts) < 2:
        return None
    ends = [start for start, _ in starts[1:]] + [len(line)]
    options = [line[begin:end].strip() for (_, begin), end in zip(starts, ends, strict=True)]
    if any(not 0 < len(option) <= _LONGEST_OPTION or option.endswith(".") for option in options):
        return None
    return options


def select_options(text: str) -> list[str] | None:
    """The options of a numbered chapter drop-down copied as one line (see
    :func:`_select_options`), else None."""
    return _select_options(text)


def numbered_select_lines(chunks: list[Chunk]) -> None:
    """Rule ``chapter-select-line`` (numbered options): a chapter drop-down of numbered
    options copied as one line, with the pager beside it, is chrome. Marks it dropped, and
    the author's bare heading under it (``select-named-heading``).

    Guard: a pager button ("< Prev", "Next >") on the line itself or on a line right above
    or below it: a numbered list in a story has no pager beside it.
    """
    for index, chunk in enumerate(chunks):
        text = chunk.text
        if chunk.role != "text" or len(chunk.lines) != 1:
            continue
        first = text[:1]
        if first.isspace():
            first = text.lstrip()[:1]
        if first not in "1<«":
            continue
        options = _select_options(text)
        if options is None or not _pager_beside(chunks, index):
            continue
        chunks[index] = replace(chunk, role="dropped", rule="chapter-select-line")
        select_named_heading(chunks, index + 1, options)


def _pager_beside(chunks: list[Chunk], index: int) -> bool:
    """Whether a pager button is on the line at ``index`` or on a line next to it."""
    text = chunks[index].text.strip()
    if _PREV.match(text) or ((found := _NEXT.search(text)) and found.end() == len(text)):
        return True
    near = [index - 1] if index and chunks[index].gap <= 1 else []
    if index + 1 < len(chunks) and chunks[index + 1].gap <= 1:
        near.append(index + 1)
    return any(pager_line(chunks[at].text.strip()) for at in near)


def pager_line(text: str) -> bool:
    """Whether a line is the pager alone: one button, or both ("< Prev Next >", "« Prev |
    Next »")."""
    return bool(FFN_PAGER_BUTTON_RE.fullmatch(text) or _PAGER_PAIR.fullmatch(text))


def select_named_heading(chunks: list[Chunk], below: int, options: list[str]) -> None:
    """Rule ``select-named-heading``: under a chapter drop-down, the author's heading that is
    one of the drop-down's chapter names, bare ("Second Title" under "1. First Title
    2. Second Title"), heads the chapter: the page of one chapter has no other heading
    to count up to, and the drop-down shows the author named the chapter so.

    Guards: the line is the whole name (case aside), a line of its own, and only the
    pager, other chrome or a note stand between the drop-down and it; story prose between
    means the chapter has started, and a line that repeats a name there is the story's.
    """
    names = {" ".join(option.split()).casefold() for option in options}
    in_note = False
    for index in range(below, min(below + _REACH, len(chunks))):
        chunk = chunks[index]
        text = chunk.text.strip()
        if chunk.role in ("heading", "part"):
            return
        if chunk.role != "text":
            continue
        if len(chunk.lines) == 1 and " ".join(text.split()).casefold() in names:
            chunks[index] = replace(chunk, role="heading", rule="select-named-heading")
            return
        in_note = in_note or match_note(text) is not None
        if not (in_note or is_site_chrome(text)):
            return
