"""A PDF's page breaks copied out as text without form feeds: a folio over a running head.

A PDF reader's "copy all" (or a text save) keeps every page's lines but no form feed between
pages: at each break the page number that closed one page stands on a line of its own, and
the running head that opens the next ("Title · creator") under it, often in the middle of a
paragraph that ran over the page. Both are the print's furniture, not the story's, and the
paragraph is one. The last page's number is the text's last line.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise
from re import Match

from fic2epub.lazy_re import lazy

# A folio alone on its line, with the line under it: the running head if this is a break.
# The line break before the folio opens the pattern, not "^": a literal first is found at
# memory speed, where a line-start anchor is tried at every character of the text.
_FOLIO_OVER_LINE = lazy(r"\n(?P<number>\d{1,4})[ \t]*\n(?P<head>[^\n]{1,80})(?=\n|$)")
# A head is a name, never a sentence or a clause: it does not end on these.
_SENTENCE_MARKS = (".", ",", ";", ":", "!", "?", "”", '"')
# The fewest breaks that show the pattern: the same head under two folios in a row.
_LEAST_BREAKS = 2


def _head_like(line: str) -> bool:
    """Short, with letters, not a sentence's end, not indented as prose's lines may be."""
    stripped = line.strip()
    return (
        stripped == line.rstrip()
        and any(character.isalpha() for character in stripped)
        and not stripped.endswith(_SENTENCE_MARKS)
    )


def _mid_sentence(text: str, before: int, after: int) -> bool:
    """Whether the line ending at ``before`` stops mid-sentence (on a letter, a figure or a
    comma, no sentence's end, quote or dash) and the text from ``after`` goes on in lower
    case: one paragraph cut by the page break."""
    last = text[before - 1 : before]
    return (last.isalnum() or last == ",") and text[after : after + 1].islower()


def folio_running_heads(text: str) -> str:
    """Rule ``folio-over-running-head``: a page number alone on its line with the same
    short line under it at two page breaks at least, the numbers one apart in the text's
    order ("1" over "Title · creator", then "2" over it again), is a page break's
    furniture: both lines go, and the paragraph around them is joined again. A last line
    that is the next page's number alone goes too.

    Guards: the same head at every break, following folios that count up by one, so a
    story's numbered list or a line of dialogue under a number is left alone; the head is
    short, with letters, and does not end as a sentence does.
    """
    if "\n" not in text:
        return text
    breaks: defaultdict[str, list[Match[str]]] = defaultdict(list)
    for found in _FOLIO_OVER_LINE.finditer(text):
        if _head_like(found.group("head")):
            breaks[found.group("head")].append(found)
    pages = [
        matches
        for matches in breaks.values()
        if len(matches) >= _LEAST_BREAKS
        and all(
            int(later.group("number")) == int(earlier.group("number")) + 1
            for earlier, later in pairwise(matches)
        )
    ]
    if len(pages) != 1:
        return text  # no head, or two that each count pages: not one PDF's breaks
    matches = pages[0]
    pieces: list[str] = []
    at = 0
    for found in matches:
        start, end = found.start() + 1, found.end()  # from the folio's line to the head's end
        if text[end : end + 2] == "\n\n" and text[max(0, start - 2) : start] == "\n\n":
            if _mid_sentence(text, start - 2, end + 2):
                # Rule ``folio-apart-mid-sentence``: blank lines around the furniture, as
                # around every paragraph of a copy that sets them apart so, but the sentence
                # runs on over the break: one paragraph, its lines joined again.
                pieces.append(text[at : start - 1])
                at = end + 2
                continue
            # A break between paragraphs: keep one blank line, not the two around the
            # furniture.
            end += 1
        pieces.append(text[at:start])
        at = end + 1 if text[end : end + 1] == "\n" else end
    pieces.append(text[at:])
    joined = "".join(pieces)
    last = str(int(matches[-1].group("number")) + 1)
    body = joined.rstrip()
    if body.endswith("\n" + last):
        joined = body[: -len(last)].rstrip() + "\n"
    return joined
