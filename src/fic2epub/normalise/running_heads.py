"""Running heads without page numbers at the tops of a PDF's pages, in ``pdftotext`` text.

A word processor's or a zine's PDF prints a running head at the top of every page: the
story's title on one page and the author's name (or the zine's name) on the next, often
with no page number beside it (the number stands at the foot, where ``pdf-page-edges``
finds it). ``pdftotext`` keeps each head as the first line after the page's form feed, so
it lands in the middle of a paragraph that ran over the page. It is furniture, not story.
"""

from __future__ import annotations

from collections import Counter

# The longest line read as a running head: a title, a name, a zine's name and issue.
_HEAD_LONGEST = 60
# A head is a name, never a sentence or a clause: it does not end on these.
_SENTENCE_MARKS = (".", ",", ";", ":", "!", "?", "”", '"')
# How many filled lines of the first page are read as its title block.
_TITLE_BLOCK = 8


def _top(page: str) -> tuple[int, str] | None:
    """The offset and the text of ``page``'s first filled line, else None."""
    offset = 0
    for line in page.split("\n"):
        if line.strip():
            return offset, line.strip()
        offset += len(line) + 1
    return None


def _head_like(line: str) -> bool:
    """Whether ``line`` may be a running head: short, with letters, not a sentence's end.

    Rule ``pdf-split-running-head``: ``pdftotext -layout`` keeps a head set at both edges
    of the page (the title at the left, the author at the right) as one line with a wide
    gap in it; each part is read as a head of its own would be, so the line as a whole
    may run across the page."""
    if len(line) > _HEAD_LONGEST and _EDGE_GAP in line:
        parts = [part for part in line.split(_EDGE_GAP) if part.strip()]
        return len(parts) <= _EDGE_PARTS and all(_head_like(part.strip()) for part in parts)
    return (
        len(line) <= _HEAD_LONGEST
        and any(character.isalpha() for character in line)
        and not line.endswith(_SENTENCE_MARKS)
    )


# The gap between a head's parts at the page's edges, and the most parts a head has.
_EDGE_GAP = "    "
_EDGE_PARTS = 3


def _drop_top(page: str, offset: int, *, parted: bool = True) -> str:
    """``page`` without its first filled line (at ``offset``) and the blank lines under it,
    but one when ``parted``: the page break still parts what stands on either side of it,
    unless the page furniture's rules (``pdf-page-edges``) find a paragraph running on
    over it."""
    end = page.find("\n", offset)
    rest = "" if end < 0 else page[end + 1 :]
    return page[:offset] + ("\n" if parted else "") + rest.lstrip("\n")


def page_running_heads(text: str) -> str:
    """Rule ``pdf-running-head``: in text with form feeds, the line that opens a page and
    is the same as the line that opens another page (the title on even pages, the author
    on odd ones) is a running head and goes, with the blank lines under it.

    Once a head is known so, a page opened by the title or the author's name of the
    first page's title block (in other capitals: "The New Lodger" under "THE NEW LODGER")
    is opened by a head too. The first page keeps its first line (the title of a title
    page) unless that line is a head and the next is another head followed by a byline:
    then it is the zine's name above the story's title.

    Guards: only the first filled line of a page after a form feed, short, with letters,
    not ending like a sentence; a page whose first line is a sentence's run-on or a
    heading of its own ("Chapter Two") is left, as such lines do not repeat.
    """
    if "\f" not in text:
        return text  # the cheap test first: no form feed, no pages
    pages = text.split("\f")
    if len(pages) < 3:
        return text
    tops = [_top(page) for page in pages]
    counts = Counter(top[1] for top in tops if top is not None and _head_like(top[1]))
    heads = {line for line, count in counts.items() if count >= 2}
    if not heads:
        return text
    title_block = _title_block(pages[0])
    dropped: set[str] = set()
    for at in range(1, len(pages)):
        top = tops[at]
        if top is None or not _head_like(top[1]):
            continue
        if top[1] in heads or top[1].casefold() in title_block:
            pages[at] = _drop_top(pages[at], top[0])
            dropped.add(top[1])
    first = tops[0]
    if first is not None and first[1] in heads and _zine_name(pages[0], dropped):
        pages[0] = _drop_top(pages[0], first[0], parted=False)
    return "\f".join(pages)


def _title_block(page: str) -> set[str]:
    """The first page's first filled lines, casefolded: its title and its author's name."""
    lines = [line.strip() for line in page.split("\n") if line.strip()]
    return {line.casefold() for line in lines[:_TITLE_BLOCK] if _head_like(line)}


def _zine_name(page: str, heads: set[str]) -> bool:
    """Whether the first page's first line (a head) stands above the story's title and
    byline: the next filled line is the title (another page's head, in any capitals) and
    the one after it says "by"."""
    lines = [line.strip() for line in page.split("\n") if line.strip()]
    if len(lines) < 3:
        return False
    folded = {head.casefold() for head in heads}
    title, byline = lines[1], lines[2]
    return title.casefold() in folded and byline.lower().startswith("by ")
