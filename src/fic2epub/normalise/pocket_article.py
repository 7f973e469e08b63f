"""Pocket's article view copied page by page: the tags it lists under each saved page.

Pocket's article view heads a saved page with its title, the site and the reading time
("fanfiction.net · 4 min read") and a "View Original" link, and closes it with the tags the
reader gave the page: "Tags" over one tag a line ("fanfic"). The head is read elsewhere as a
page's framing (``reading-time``, ``site-name``); the tags under the last paragraph would
be read as the chapter's closing lines or a note's.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# The line under the title: the site's address and the reading time.
# Pocket writes "min read" whatever the time, as the quick test before it asks.
_SITE_TIME = lazy(r"[\w-]+(?:\.[\w-]+)+\s+[·•|-]\s+\d{1,3}\s+min read", re.IGNORECASE)
# The reading time alone on its line, under "View Original".
_READ_TIME = lazy(r"\d{1,3}\s+min(?:ute)?s?\s+read", re.IGNORECASE)
# The line under the last saved page: "Saved to Pocket · Mar 3, 2023".
_SAVED = lazy(r"saved\s+to\s+pocket(?:\s*[·•|-]\s*[\w ,./-]{1,40})?", re.IGNORECASE)
# The reader's tags as one line above it: "Tags: fic, comedy".
_TAGS_LINE = lazy(r"tags\s*:\s*[^.!?]{1,200}", re.IGNORECASE)
# The tags' heading alone on its line.
_TAGS = "tags"
# A tag: a short run of words with no sentence's end.
_MOST_TAGS = 12
_LONGEST_TAG = 40
_MOST_TAG_WORDS = 4


def pocket_article_tags(text: str) -> str:
    """Rule ``pocket-article-tags``: ``text`` without the "Tags" block Pocket's article view
    sets under each saved page ("Tags" over one tag a line), and without its closing lines
    (``pocket-saved-line``).

    Guards: cheap substring tests first ("min read" and "Tags"); the copy holds Pocket's
    page head, the site and reading time over "View Original" (or "View Original" over
    the reading time); the block is "Tags" alone
    on its line with one to twelve short tags under it, no blank line between, and after it
    only the end of the text or the next saved page's head (its title over the site and
    reading time). A story's own line "Tags" followed by prose is kept."""
    if "min read" not in text or ("Tags" not in text and "Pocket" not in text):
        return text
    lines = text.split("\n")
    if not any(_page_head(lines, index) for index in range(len(lines) - 1)):
        return text
    lines = lines[: _saved_tail(lines)]
    out: list[str] = []
    index = 0
    while index < len(lines):
        end = _tags_block(lines, index)
        if end is None:
            out.append(lines[index])
            index += 1
        else:
            index = end
    return "\n".join(out)


def _page_head(lines: list[str], index: int) -> bool:
    """Whether the line is the site and reading time, over "View Original"; or (rule
    ``pocket-split-page-head``) "View Original" over the reading time alone, as a copy that
    sets each of the head's items on a line of its own gives them ("site.com" / "View
    Original" / "4 min read")."""
    line = lines[index].strip()
    if line.lower() == "view original":
        after = _next_filled(lines, index + 1)
        return after is not None and _READ_TIME.fullmatch(lines[after].strip()) is not None
    if len(line) > 80 or "min read" not in line or _SITE_TIME.fullmatch(line) is None:
        return False
    return index + 1 < len(lines) and lines[index + 1].strip().lower() == "view original"


def _next_filled(lines: list[str], index: int) -> int | None:
    """The index of the first line from ``index`` on that is not blank, else None."""
    return next((at for at in range(index, len(lines)) if lines[at].strip()), None)


def _saved_tail(lines: list[str]) -> int:
    """Rule ``pocket-saved-line``: the index where Pocket's lines under the saved page start,
    else the number of lines: its "Saved to Pocket · Mar 3, 2023" line closing the text, and
    above it the reader's tags as one line, "Tags: fic, comedy" (a story's own "Tags:" line
    above its text is a header's, and is not at the very end)."""
    last = len(lines)
    while last and not lines[last - 1].strip():
        last -= 1
    if not last or _SAVED.fullmatch(lines[last - 1].strip()) is None:
        return len(lines)
    start = last - 1
    above = start
    while above and not lines[above - 1].strip():
        above -= 1
    if above and _TAGS_LINE.fullmatch(lines[above - 1].strip()):
        start = above - 1
    return start


def _tags_block(lines: list[str], index: int) -> int | None:
    """The index after the "Tags" block starting at ``index``, else None."""
    if lines[index].strip().lower() != _TAGS or (index and lines[index - 1].strip()):
        return None
    end = index + 1
    while end < len(lines) and lines[end].strip() and end - index <= _MOST_TAGS:
        if not _tag_like(lines[end].strip()):
            return None
        end += 1
    if end == index + 1 or (end < len(lines) and lines[end].strip()):
        return None
    after = end
    while after < len(lines) and not lines[after].strip():
        after += 1
    if after >= len(lines) or (after + 2 < len(lines) and _page_head(lines, after + 1)):
        return end
    return None


def _tag_like(line: str) -> bool:
    """A tag: a few words, short, with no sentence's end."""
    return (
        len(line) <= _LONGEST_TAG
        and len(line.split()) <= _MOST_TAG_WORDS
        and not line.endswith((".", ",", ";", ":", "!", "?", '"', "”"))
    )
