"""DeviantArt literature deviations copied from the page.

Under the text the page sets the work's info block: its title again, "By user, Published:
Mar 9, 2021", and the artist's own description of the piece (the prompt it was written for,
where it is set, a disclaimer, "Comments and critique welcome!"), then the tags, the
counts and the comment thread. The description is the author talking about the story: an
unlabelled note after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import Chunk, drop_run_above, is_glyph_line, tail_start
from fic2epub.normalise.page_footers import page_footer

# "By user, Published: Mar 9, 2021", "by user, Submitted on 2021-03-09".
_PUBLISHED_BY = lazy(
    r"by\s+\S.{0,40}?,?\s+(?:published|posted|submitted|uploaded)(?:\s+on)?\s*:?\s+"
    r"(?=.{0,30}\d).{3,40}",
    re.IGNORECASE,
)
# How far from the chapter's end (in lines not yet dropped) the info block may start.
_REACH = 12


def work_info_block(
    chunks: list[Chunk], first: int, end: int, title: str | None, same: Callable[[str, str], bool]
) -> None:
    """Rule ``work-info-block``: near the end, the story's title repeated with a "By user,
    Published: date" line under it is the page's info block: both are dropped, and the
    paragraphs under them, up to the tags or counts, are the author's description, an
    unlabelled note.

    Only with the title known and the dated byline right under it: a story that ends on its
    own title has no "Published:" line below.
    """
    if title is None:
        return
    # Only the chapter's last lines are read: found from its end, not by listing them all.
    start = tail_start(chunks, first, end, _REACH)
    kept = [i for i in range(start, end) if chunks[i].role != "dropped"]
    for index in kept[:-1]:
        chunk, by = chunks[index], chunks[index + 1]
        # The dated byline first: its tests are cheap, while comparing a paragraph of prose
        # with the title normalises the whole paragraph.
        if chunk.role != "text" or by.role != "text" or len(by.text) > 100:
            continue
        if not _PUBLISHED_BY.fullmatch(by.text.strip()) or not same(chunk.text, title):
            continue
        chunks[index] = replace(chunk, role="dropped", rule="work-info-block")
        chunks[index + 1] = replace(by, role="dropped", rule="work-info-block")
        _count_lines(chunks, first, index, _by_name(by.text))
        position = index + 2
        # The 2020s layout sets the tags between the byline and the description.
        while position < end and _is_tags(chunks[position]):
            position += 1
        opening = position
        while position < end:
            later = chunks[position]
            text = later.text
            if later.role != "text" or is_site_chrome(text) or is_glyph_line(text):
                break
            if text.startswith("#"):
                break  # the tags
            if position == opening:
                chunks[position] = replace(
                    later, role="note", rule="work-info-block", label="", value=text
                )
            else:
                chunks[position] = replace(later, role="note-body", rule="work-info-block")
            position += 1
        return


def _is_tags(chunk: Chunk) -> bool:
    """Whether the chunk is a line of hashtags, as text or read as a tags field already."""
    return chunk.text.startswith("#") and chunk.role in ("text", "field", "dropped")


def _by_name(text: str) -> str:
    """The user's name on a "By user, Published: date" line."""
    name = text.strip()[2:].lstrip()
    return _NAME_END.split(name, maxsplit=1)[0].strip()


# Where the name ends on "By user, Published: …".
_NAME_END = lazy(r",?\s+(?:published|posted|submitted|uploaded)\b", re.IGNORECASE)


# The count and button labels DeviantArt sets one a line between the text and the info block.
_COUNT_LABELS = frozenset(
    (
        "favourite",
        "favourites",
        "favorite",
        "favorites",
        "fave",
        "faves",
        "comment",
        "comments",
        "view",
        "views",
        "watch",
        "watching",
        "follow",
        "like",
        "likes",
    )
)


def _count_lines(chunks: list[Chunk], first: int, index: int, name: str) -> None:
    """Rule ``info-block-counts``: right above the info block, the lines holding only a
    count, a count label ("Favourite", "Comments", "Views"), "Watch", or the user's name
    from the "By user, Published:" line are the page's: dropped, going up from the block
    until the first line that is anything else (the story's last paragraph)."""
    drop_run_above(
        chunks, first, index, lambda line: _is_count_line(line, name), "info-block-counts"
    )


def _is_count_line(line: str, name: str) -> bool:
    text = line.strip()
    return (
        text.replace(",", "").replace(".", "").isdigit()
        or text.lower() in _COUNT_LABELS
        or (bool(name) and text == name)
    )


def info_block_authors(chunks: Sequence[Chunk]) -> list[str]:
    """Rule ``info-block-author``: the user named on the info block's "By user, Published:"
    line. On DeviantArt the uploader is the author; read only when the header names none."""
    for chunk in chunks:
        if (
            chunk.rule == "work-info-block"
            and chunk.role == "dropped"
            and _PUBLISHED_BY.fullmatch(chunk.text.strip())
            and (name := _by_name(chunk.text))
        ):
            return [name]
    return []


# DeviantArt's details label under a deviation, alone or with the file's size:
# "Image size", "Image size 1000x1500px 1.2 MB".
_IMAGE_SIZE = lazy(
    r"image\s+size(?:\s+\d{2,5}\s*[x×]\s*\d{2,5}\s*px)?(?:\s+[\d.]+\s*[kmg]?b)?", re.IGNORECASE
)
# How many short lines (the deviation's category, "Literature") may stand between the
# details label and the copyright line.
_MOST_DETAILS = 3
# The longest such line, and its most words.
_LONGEST_DETAIL = 40
_MOST_DETAIL_WORDS = 4


def deviation_details(chunks: list[Chunk], first: int, end: int) -> None:
    """Rule ``deviation-details``: under a deviation's text DeviantArt sets its details
    block, the "Image size" label (a literature deviation has it too), the deviation's
    category ("Literature") and the copyright line "© 2009 - 2024 user". The label and the
    short lines from it down to the copyright line are the page's: dropped (the copyright
    line and what follows it are ``copyright-page-footer``'s).

    Only with the label among the chapter's last lines, the copyright line at most a few
    lines under it, and nothing between but short lines that end no sentence."""
    start = tail_start(chunks, first, end, _REACH)
    for index in range(start, end):
        chunk = chunks[index]
        if chunk.role != "text" or chunk.text[:1] not in "Ii":
            continue
        if not _IMAGE_SIZE.fullmatch(chunk.text.strip()):
            continue
        below = _copyright_below(chunks, index + 1, end)
        if below is None:
            return
        for at in range(index, below):
            if chunks[at].role != "dropped":
                chunks[at] = replace(chunks[at], role="dropped", rule="deviation-details")
        return


def _copyright_below(chunks: list[Chunk], start: int, end: int) -> int | None:
    """The copyright line's index within a few short lines of ``start``; None when a longer
    line, a sentence, or nothing of the kind comes first."""
    for index in range(start, min(end, start + _MOST_DETAILS + 1)):
        text = chunks[index].text.strip()
        if chunks[index].role == "dropped":
            continue
        if text[:1] in "©Cc(" and page_footer(text) == "copyright-line":
            return index
        if (
            len(text) > _LONGEST_DETAIL
            or len(text.split()) > _MOST_DETAIL_WORDS
            or text.endswith((".", "!", "?", "…"))
        ):
            return None
    return None
