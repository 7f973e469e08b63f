"""AO3 work pages selected and copied in a browser.

A browser copy flattens the page's tag block: each label ("Characters:") stands alone and
each tag sits on a line of its own under it, as do the Stats values. It also brings the search
box ("Work Search:" and its "tip: …" hint) and, under the story, the feedback buttons, the
kudos list, the comment form and the site footer.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk

# AO3's tag labels whose value is a list: one tag per line in a browser copy.
_TAG_LABELS = frozenset(
    {
        "archive warning", "archive warnings", "category", "categories", "fandom", "fandoms",
        "relationship", "relationships", "character", "characters", "additional tags",
        "collections",
    }
)  # fmt: skip
# AO3's labels with one value on the line under them.
_SINGLE_LABELS = frozenset({"rating", "language", "series"})
# The Stats block: "Stats:", then each stat's label and its value on the next line.
_STAT_LABELS = frozenset(
    {"published", "updated", "completed", "words", "chapters", "comments", "kudos", "bookmarks",
     "hits"}
)  # fmt: skip
_BARE_LABEL = lazy(r"(?P<key>[A-Z][A-Za-z ]{1,24}):")
# The hint under AO3's search box: "tip: lex luthor OR superman", "tip: buffy kudos>100".
_SEARCH_TIP = lazy(r"tip:\s+\S.{0,100}", re.IGNORECASE)


def _bare_label(text: str) -> str | None:
    """The lower-cased key of a label standing alone ("Characters:"), else None."""
    if len(text) > 27 or not text.endswith(":"):
        return None
    found = _BARE_LABEL.fullmatch(text)
    return found.group("key").lower() if found else None


def is_browser_tag_block(chunks: list[Chunk], index: int) -> bool:
    """Whether the chunk opens or sits in a browser-copied AO3 tag block: at least three of
    AO3's tag labels stand alone near it, each with an unindented value line right under."""
    seen = 0
    for position in range(max(0, index - 30), min(len(chunks) - 1, index + 30)):
        key = _bare_label(chunks[position].text)
        after = chunks[position + 1]
        if key in _TAG_LABELS and after.gap == 0 and _bare_label(after.text) is None:
            seen += 1
    return seen >= 3


def browser_tag_field(chunks: list[Chunk], index: int) -> int | None:
    """Rule ``ao3-browser-tags``: a bare AO3 label ("Fandom:", "Rating:", "Stats:") in a
    browser-copied tag block, with its tags or its value on the lines under it. Marks them and
    returns the index after them; None when the chunk is not such a label."""
    head = chunks[index]
    key = _bare_label(head.text)
    if key is None or key not in _TAG_LABELS | _SINGLE_LABELS | {"stats"}:
        return None
    if not is_browser_tag_block(chunks, index):
        return None
    label = head.text[:-1]
    if key == "stats":
        return _browser_stats(chunks, index)
    end = index + 1
    while end < len(chunks) and end - index <= 60:
        chunk = chunks[end]
        if chunk.gap > 0 or len(chunk.text) > 150 or _bare_label(chunk.text) is not None:
            break
        chunks[end] = replace(chunk, role="field-value", rule="ao3-browser-tags", label=label)
        end += 1
        if key in _SINGLE_LABELS:
            break
    if end == index + 1:
        return None
    chunks[index] = replace(head, role="field", rule="ao3-browser-tags", label=label, value="")
    return end


def _browser_stats(chunks: list[Chunk], index: int) -> int:
    """The Stats block copied as "Published:" / "2021-12-18" pairs: read as one Stats line,
    the way AO3's own text download writes it."""
    stats: list[str] = []
    end = index + 1
    while end + 1 < len(chunks):
        key = _bare_label(chunks[end].text)
        value = chunks[end + 1]
        if key not in _STAT_LABELS or value.gap > 0 or _bare_label(value.text) is not None:
            break
        stats.append(f"{chunks[end].text} {value.text}")
        for position in (end, end + 1):
            chunks[position] = replace(chunks[position], role="dropped", rule="ao3-browser-stats")
        end += 2
    head = chunks[index]
    chunks[index] = replace(
        head, role="field", rule="ao3-browser-stats", label="Stats", value=" ".join(stats)
    )
    return end


def is_search_tip(chunks: list[Chunk], index: int) -> bool:
    """Rule ``ao3-search-tip``: the hint line under AO3's "Work Search:" box."""
    if index == 0 or not _SEARCH_TIP.fullmatch(chunks[index].text):
        return False
    return chunks[index - 1].text.lower().rstrip(":") == "work search"


# The feedback buttons under a work: "Kudos", "Kudos ♥", "Bookmark", "Comments (4)".
_KUDOS_BUTTON = lazy(r"kudos\s*[♥❤]?", re.IGNORECASE)
_FEEDBACK_BUTTON = lazy(r"bookmarks?|comments\s*\(\d+\)|share|top", re.IGNORECASE)


def page_footer_start(chunks: list[Chunk], first: int, end: int) -> int:
    """Rule ``ao3-page-footer``: from AO3's feedback buttons under the story ("Kudos" with
    "Bookmark" or "Comments (4)" on the next lines) to the end, all is the page's chrome
    (kudos list, comment form, site footer). Marks it dropped; returns where it starts."""
    for index in range(max(first, end - 60), end - 1):
        chunk = chunks[index]
        if chunk.role not in ("text", "dropped") or not _KUDOS_BUTTON.fullmatch(chunk.text):
            continue
        after = chunks[index + 1 : index + 3]
        if any(c.gap == 0 and _FEEDBACK_BUTTON.fullmatch(c.text) for c in after):
            for later in range(index, end):
                chunks[later] = replace(chunks[later], role="dropped", rule="ao3-page-footer")
            return index
    return end


# AO3's heading over the list of works that name this one as their inspiration, printed
# under the End Notes of a work page and of its downloads.
_RELATED_WORKS = lazy(r"works?\s+inspired\s+by\s+this\s+one\s*:?", re.IGNORECASE)


def related_works_start(chunks: list[Chunk], first: int, end: int) -> int:
    """Rule ``ao3-related-works``: from AO3's "Works inspired by this one:" heading near the
    end to the chapter's end, all is the site's list of other works ("Title by name") and
    its closing plea, not the author's End Notes. Marks it dropped; returns where it starts.

    Only among the last lines, and only the whole line, so a note that mentions being
    inspired by something is left alone."""
    for index in range(max(first, end - 30), end):
        text = chunks[index].text
        if "nspired" in text and _RELATED_WORKS.fullmatch(text.strip()):
            for later in range(index, end):
                chunks[later] = replace(chunks[later], role="dropped", rule="ao3-related-works")
            return index
    return end
