"""An article saved by a read-later app: synced into a notes vault (Omnivore's plugin), or
copied from the app's web reader (Pocket).

The app writes each saved page as a note from its template: YAML front matter about the page
(``id:``, ``title:``, ``author:``, ``date_saved:``), the page's title as a ``#`` heading with
the app's tag under it ("#Omnivore"), its two links "[Read on Omnivore](…)" and "[Read
Original](…)", then the article under a "## Content" heading, and last a "## Highlights"
section repeating the passages the reader marked, each a ``>`` quote with a link back
("[⤴️](…)") and a block id ("^2c7d9e41"), with the reader's notes.

Only the article is the story: the frame above it and the highlights under it are the app's
and the reader's.

Pocket's web reader, selected whole, gives its logo "Pocket", its menu ("Home", "Saves",
"Discover", "Collections") and the reader's toolbar ("← Back", "Archive", "Favorite", "Tag",
"Delete", "Aa") one a line above the saved page's title, and its buttons again under the
article.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.blog import markdown_footer_start
from fic2epub.normalise.web_clip import names_own_title

# The app's links to its own copy and to the page saved: "[Read on Omnivore](https://…)",
# "[Read Original](https://…)".
_APP_LINK = lazy(
    r"\[\s*read\s+(?:on|in)\s+[\w .-]{2,24}\]\(\s*https?://\S+\)"
    r"|\[\s*read\s+original\s*\]\(\s*https?://\S+\)",
    re.IGNORECASE,
)
# The heading the template puts over the article.
_CONTENT = lazy(r"#{1,3}\s+content\s*", re.IGNORECASE)
# The heading over the reader's highlights.
_HIGHLIGHTS = lazy(r"#{1,3}\s+highlights\s*", re.IGNORECASE)
# A highlight's link back to the passage, or its block id closing the quote.
_HIGHLIGHT_MARK = lazy(r"\]\(\s*https?://\S+#\S*\)|\s\^[\w-]{6,}\s*$")
# How many lines the frame above the article may hold.
_FRAME_REACH = 40


def read_later_note(text: str) -> str:
    """Rule ``read-later-note``: ``text`` without a read-later app's note frame (front
    matter, page title, tag, "Read on …"/"Read Original" links, "## Content") and without
    its "## Highlights" section, nor the saved blog's sharing block above that
    (``markdown-blog-footer``).

    Guards: the app's own link line must stand near the top (within the frame), and the
    highlights go only when they carry the app's links back or block ids, so an article of
    its own with a "Highlights" heading keeps it. The page's title heading stays unless the
    article gives its own "Title:" field, which names the story without the blog's name.
    """
    # The frame's lines alone are split off first: most texts have no app link there.
    head = text.split("\n", _FRAME_REACH)[:_FRAME_REACH]
    links = [index for index, line in enumerate(head) if _APP_LINK.fullmatch(line.strip())]
    if not links:
        return text
    lines = text.split("\n")
    start = _after_frame(lines, links[-1] + 1)
    title = _page_title(lines[: links[0]])
    body = lines[start:]
    body = body[: _highlights_start(body)]
    # The blog's sharing buttons and related posts under the post, in Markdown (blog).
    body = body[: markdown_footer_start(body)]
    if title is not None and not names_own_title(body):
        body = [title, "", *body]
    return "\n".join(body)


def _after_frame(lines: list[str], index: int) -> int:
    """Where the article starts after the app's links: past blank lines and "## Content"."""
    while index < len(lines) and not lines[index].strip():
        index += 1
    if index < len(lines) and _CONTENT.fullmatch(lines[index].strip()):
        index += 1
    return index


def _page_title(frame: list[str]) -> str | None:
    """The page's ``#`` title heading in the frame above the app's links, else None."""
    for line in frame:
        if line.startswith("# "):
            return line
    return None


def _highlights_start(lines: list[str]) -> int:
    """Where the reader's highlights section starts (``len(lines)`` if none): the last
    "Highlights" heading with a highlight's link back or block id under it."""
    for index in range(len(lines) - 1, -1, -1):
        if _HIGHLIGHTS.fullmatch(lines[index].strip()):
            if any(_HIGHLIGHT_MARK.search(line) for line in lines[index + 1 :]):
                return index
            break
    return len(lines)


# Pocket's menu and reader toolbar, one a line: its sections, the toolbar's buttons, the
# type-size control "Aa", and the buttons under the article.
_POCKET_BUTTONS = frozenset(
    {
        "home",
        "saves",
        "my list",
        "discover",
        "collections",
        "← back",
        "back",
        "archive",
        "favorite",
        "favourite",
        "tag",
        "tags",
        "delete",
        "aa",
        "share",
        "highlights",
        "listen",
        "view original",
    }
)
# How many of the app's lines the frame must hold under the logo: one or two could be a
# story's opening words ("Pocket" over "Home").
_POCKET_LEAST = 4


def pocket_reader_frame(text: str) -> str:
    """Rule ``pocket-reader-frame``: ``text`` without Pocket's web-reader frame: the logo
    "Pocket" on the first line, the menu and toolbar lines under it, and the run of its
    buttons ("View Original", "Share", "Archive", "Favorite") that ends the copy.

    Guards: the first line is the logo alone and four lines at least under it are the app's
    (blank lines aside), so a story that opens on the word "Pocket" keeps it; the buttons at
    the end go only when the frame above was found."""
    if text.lstrip()[:6].lower() != "pocket":
        return text
    lines = text.split("\n")
    first = next(index for index, line in enumerate(lines) if line.strip())
    if lines[first].strip().lower() != "pocket":
        return text
    start, buttons = first + 1, 0
    while start < len(lines) and (
        not lines[start].strip() or lines[start].strip().lower() in _POCKET_BUTTONS
    ):
        buttons += bool(lines[start].strip())
        start += 1
    if buttons < _POCKET_LEAST:
        return text
    end = len(lines)
    while end > start and (
        not lines[end - 1].strip() or lines[end - 1].strip().lower() in _POCKET_BUTTONS
    ):
        end -= 1
    return "\n".join(lines[start:end]) + "\n"
