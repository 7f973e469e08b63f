"""Rule ``story-page-chapter-list``: a story page's chapter list and what follows it, above
the first chapter's page.

A story site's page for the whole story (Fimfiction's, Royal Road's) gives the title, the
byline, the tags and the description, then the list of chapters under a head with their
count ("Chapters (2)"), one chapter a line with its date and words, then the story's counts,
its download links and related stories. A reader who copies that page and then each
chapter's page gets all of it between the description and chapter 1. From the list's head
down to the chapter page's top (the story's title again, as every chapter page repeats it)
the lines are the site's: they are blanked, so line numbers still point at the file.

Guards: the head's count is the number of chapter lines right under it (each with a date
or a word count), and the story's title, the first line under the site's menu that is not
chrome, comes again below the list.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# The list's head with its count: "Chapters (2)".
_HEAD = lazy(r"chapters\s*\(\s*(?P<count>\d{1,4})\s*\)", re.IGNORECASE)
# A listed chapter's date or word count on its line: "Apr 2nd, 2023", "1,112 words".
_LISTED = lazy(r"\d{4}|\d[\d,.]*\s*(?:k\s*)?words", re.IGNORECASE)
# How far down the list's head may stand (title, byline, tags, a long description).
_TOP = 30


def story_page_chapter_list(text: str) -> str:
    """The text with a story page's chapter list and the page's lines under it blanked
    (see the module)."""
    if "hapters (" not in text[:6000]:
        return text  # the cheap test first
    lines = text.split("\n")
    head = next((i for i, line in enumerate(lines[:_TOP]) if _HEAD.fullmatch(line.strip())), None)
    if head is None:
        return text
    found = _HEAD.fullmatch(lines[head].strip())
    count = int(found.group("count")) if found else 0
    listed = lines[head + 1 : head + 1 + count]
    if count < 1 or len(listed) < count or not all(_LISTED.search(line) for line in listed):
        return text
    titles = [line.strip() for line in lines[:head] if line.strip()]
    top = next(
        (
            i
            for i in range(head + 1 + count, len(lines))
            if lines[i].strip() and lines[i].strip() in titles[1:4]
        ),
        None,
    )
    if top is None:
        return text
    lines[head:top] = [""] * (top - head)
    return "\n".join(lines)
