"""A groups.io topic page copied from the browser.

Mailing-list fic moved to groups.io when Yahoo Groups closed, and a reader who copies a
topic's page gets its messages among the site's own lines: the menus, the topic's subject,
"Previous Topic Next Topic", a sort button ("Date") and the message counter ("1 - 2 of 2")
above the messages and again under them; each message's poster, date and number ("#2081")
above it (read as a forum post's header, :mod:`threads`) and its buttons under it ("Like",
"Reply", "More"); the site's footer ("About Groups.io", "Help", "Terms of Service",
"Privacy") last. None of these is the story's, and the counter above the first message is
no chapter heading either. :func:`groups_io_page` marks them before the thread rules run.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, Chunks

# Rule ``groups-io-counter``: the messages shown and how many there are, "1 - 2 of 2",
# "21-40 of 57", maybe after a noun ("Messages 1 - 20 of 35"). Read only when the numbers
# stand in order (first <= last <= total), as a pager's do.
_COUNTER = lazy(
    r"(?:(?:messages?|topics?|results?|showing)\s+)?(\d{1,6})\s*[-–—]\s*(\d{1,6})\s+of\s+(\d{1,7})",
    re.IGNORECASE,
)
# Rule ``groups-io-topic-nav``: the links to the topics (or messages) beside this one, both
# on a line or one a line, maybe with their arrows: "Previous Topic Next Topic", "« Previous
# Message", "Next Topic ›". A colon after them is a list archive's, read in chrome_labels.
_TOPIC_NAV = lazy(
    r"[«‹<]*\s*(?:prev(?:ious)?\s+(?:topic|message)\s*[»›>]*\s*(?:[|·•]\s*)?"
    r"(?:[«‹<]*\s*next\s+(?:topic|message)\s*[»›>]*)?|next\s+(?:topic|message)\s*[»›>]*)",
    re.IGNORECASE,
)
# The page's sort button beside the counter or the topic links: "Date", with its arrow.
_SORT = lazy(r"date\s*[▲▼↑↓]?", re.IGNORECASE)
# Rule ``groups-io-buttons``: the buttons under each message, one a line or run together
# ("Like Reply More"), and the choices "More" opens when it was open.
_BUTTON = r"(?:like[sd]?|reply(?:\s+to\s+(?:group|sender|topic))?|more|mute\s+topic)"
_BUTTON_ROW = lazy(rf"{_BUTTON}(?:\s+{_BUTTON}){{0,5}}", re.IGNORECASE)
_BUTTON_WORD = lazy(_BUTTON, re.IGNORECASE)
# Rule ``groups-io-footer``: the site's footer opens with this link; its other links are
# short lines ("Help", "Terms of Service", "Privacy").
_FOOTER = lazy(r"about\s+groups\.io", re.IGNORECASE)
# The longest line of the site's own (a counter, the topic links, a row of buttons, a
# footer link).
_SITE_LINE = 60


def groups_io_page(chunks: Chunks) -> Chunks:
    """Drop a groups.io topic page's own lines (see the module docstring).

    Skipped at once unless a line names groups.io, or is the topic links or the counter,
    so no other story's "Reply" / "More" lines or "Date" heading are read so."""
    if not any(_site_line(chunk) for chunk in chunks):
        return chunks
    marked = list(chunks)
    for index, chunk in enumerate(marked):
        if chunk.role != "text":
            continue
        if _FOOTER.fullmatch(chunk.text.strip()) and _footer(marked, index):
            for at in range(index, len(marked)):
                marked[at] = replace(marked[at], role="dropped", rule="groups-io-footer")
            break
        if (rule := _pager_rule(chunk)) is not None:
            marked[index] = replace(chunk, role="dropped", rule=rule)
            _drop_sort(marked, index)
        elif _buttons(chunk):
            count, end = _button_run(marked, index)
            if count >= 2:
                for at in range(index, end):
                    marked[at] = replace(marked[at], role="dropped", rule="groups-io-buttons")
    return tuple(marked)


def _site_line(chunk: Chunk) -> bool:
    """Whether a chunk names the site, or is the topic's counter or links."""
    text = chunk.text
    # The site's name is written "groups.io" or "Groups.io"; the literal test before any
    # other work, as it runs over every line of every story. A capital R before "ROUPS.IO":
    # one character is found at memory speed, and few paragraphs hold one (see line_search).
    return (
        "roups.io" in text or ("R" in text and "ROUPS.IO" in text) or _pager_rule(chunk) is not None
    )


def _pager_rule(chunk: Chunk) -> str | None:
    """The rule that reads a one-line chunk as the counter or the topic links, else None."""
    return pager_rule(chunk.text) if len(chunk.lines) == 1 else None


def pager_rule(text: str) -> str | None:
    """``groups-io-counter`` for a line that is the topic's message counter, and
    ``groups-io-topic-nav`` for one that is its links to the topics beside it, else None."""
    line = text.strip()
    if len(line) > _SITE_LINE:
        return None
    if " of " in line and (found := _COUNTER.fullmatch(line)) is not None:
        first, last, total = (int(number) for number in found.groups())
        return "groups-io-counter" if 0 < first <= last <= total else None
    if ("opic" in line or "essage" in line) and _TOPIC_NAV.fullmatch(line):
        return "groups-io-topic-nav"
    return None


def _drop_sort(marked: list[Chunk], index: int) -> None:
    """Rule ``groups-io-sort``: the sort button ("Date") right above or under the counter or
    the topic links, with no blank line between, is the page's too."""
    for at in (index - 1, index + 1):
        if not 0 <= at < len(marked):
            continue
        chunk = marked[at]
        joined = marked[max(at, index)].gap == 0
        if joined and chunk.role == "text" and _SORT.fullmatch(chunk.text.strip()):
            marked[at] = replace(chunk, role="dropped", rule="groups-io-sort")


def _buttons(chunk: Chunk) -> bool:
    """Whether every line of a chunk is a row of the message's buttons."""
    return all(len(line) <= _SITE_LINE and _BUTTON_ROW.fullmatch(line) for line in chunk.lines)


def _button_run(marked: list[Chunk], index: int) -> tuple[int, int]:
    """How many buttons stand in the run of button chunks from ``index`` down, with no blank
    line inside it, and where the run ends; 0 buttons when none of them is "Reply", which
    every message has. Two at least make the run the page's: a lone "More" or a "Like" and
    "More" may be a story's."""
    words: list[str] = []
    end = index
    while end < len(marked) and _buttons(marked[end]) and (end == index or not marked[end].gap):
        words += (word for line in marked[end].lines for word in _BUTTON_WORD.findall(line))
        end += 1
    replies = any(word[:5].lower() == "reply" for word in words)
    return (len(words) if replies else 0), end


def _footer(marked: list[Chunk], index: int) -> bool:
    """Whether every line from "About Groups.io" to the end is a short link, as the site's
    footer has; a story's text after it keeps the line."""
    return all(len(line) <= _SITE_LINE for chunk in marked[index + 1 :] for line in chunk.lines)
