"""A site builder's blog sidebar and credit line copied under the post.

A personal site made with a site builder (Weebly, Wix, Jimdo, Google Sites) shows its blog
sidebar below the post when the page is copied in reading order: the post's comment count
("0 Comments"), then the sidebar's widgets, each a heading alone on its line over short
items ("Author" over a line about the writer, "Archives" over months, "Categories" over
names, "RSS Feed"), and last the builder's credit ("Powered by Weebly  Create your own free
website"). None of it is the story, and the story's end marker and closing note sit above it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk

# The sidebar's widget headings, each alone on its line.
_WIDGET = lazy(
    r"archives?|categories|rss(?:\s+feed)?|recent\s+(?:posts|comments)|author|about"
    r"(?:\s+(?:me|the\s+author))?|blogroll|tags|links|search|subscribe|followers|meta"
    # A journal style's own: LiveJournal's "Page Summary" of the page's entries.
    r"|page\s+summary",
    re.IGNORECASE,
)
# The post's comment count above the sidebar.
_COMMENT_COUNT = lazy(r"(?:\d{1,5}|no)\s+comments?", re.IGNORECASE)
# Rule ``journal-comment-links``: a journal entry's comment links in spaced brackets under
# it, "( 6 comments | Comment on this )", open the style's sidebar as a count does.
_COMMENT_LINKS = lazy(
    r"\(\s*(?:(?:\d{1,5}|no)\s+comments?|leave\s+a\s+comment)(?:\s*\|\s*[^|()]{1,30}){0,3}\s*\)",
    re.IGNORECASE,
)
# The builder's credit at the foot of every page: "Powered by Weebly", "Create your own free
# website", "Blog at WordPress.com.", "Create a free website with Wix".
_CREDIT = lazy(
    r"(?:proudly\s+)?powered\s+by\s+(?:weebly|wordpress|blogger|wix|squarespace|jimdo|webs"
    r"|strikingly|site123|google\s+sites|webnode|livejournal(?:\.com)?|dreamwidth(?:\s+studios)?"
    r"|insanejournal(?:\.com)?)"
    # Rule ``journal-style-credit``: a journal style's credit under "Powered by …":
    # "Designed by Flexible Squares", "Style by …".
    r"|(?:designed|style)\s+by\s+[\w'’ -]{2,40}"
    r"|create\s+(?:your\s+own\s+|a\s+)?free\s+(?:website|site|blog)(?:\s+with\s+\w+)?"
    r"|blog\s+at\s+wordpress\.com\.?",
    re.IGNORECASE,
)
# The credit line's other links ("Get Started", "Sign up"): short, without a sentence's comma.
_LINK = lazy(r"[^,.;:!?]{1,30}")
# Links on one line are set apart by runs of spaces or by bars and dots.
_LINK_GAP = lazy(r"\s{2,}|\s*[|·•]\s*")
# How far above the region's end the sidebar may start, in chunks, and how long a line in it
# may be (a widget's item or the writer's one-line blurb).
_REACH = 20
_LONGEST = 300


def sidebar_footer_start(chunks: list[Chunk], first: int, end: int) -> int:
    """Rule ``blog-sidebar-footer``: from a post's comment count or a sidebar widget's heading
    to the end, a site builder's sidebar and credit (see the module docstring). Marks it
    dropped; returns where it starts.

    Only when the run ends on the builder's credit line, holds two widget headings alone on
    their lines and no line longer than a blurb: a story whose last scene has a character
    read out "Archives" goes on being prose."""
    if end <= first or not _ends_on_credit(chunks[end - 1]):
        return end
    for index in range(max(first, end - _REACH), end):
        chunk = chunks[index]
        if chunk.role not in ("text", "dropped") or not _opens_sidebar(chunk.lines[0]):
            continue
        lines = [line.strip() for c in chunks[index:end] for line in c.lines]
        if any(len(line) > _LONGEST for line in lines):
            continue
        if len({line.lower() for line in lines if _WIDGET.fullmatch(line)}) < 2:
            return end
        for later in range(index, end):
            chunks[later] = replace(chunks[later], role="dropped", rule="blog-sidebar-footer")
        if _COMMENT_LINKS.fullmatch(chunk.lines[0].strip()):
            # The entry's own footer: left in the region, it shows the entry's mood lines
            # above it where they end (entry_footer).
            return index + 1
        return index
    return end


def _ends_on_credit(last: Chunk) -> bool:
    """Whether the region's last line (the last of its ``last`` chunk) is a site builder's
    credit: its links alone, one of them the credit itself, so a sentence that names a
    builder is not one."""
    items = [item for item in _LINK_GAP.split(last.lines[-1].strip()) if item]
    return any(_CREDIT.fullmatch(item) for item in items) and all(
        _CREDIT.fullmatch(item) or _LINK.fullmatch(item) for item in items
    )


def _opens_sidebar(line: str) -> bool:
    """Whether the line may open the sidebar: the comment count or a widget heading."""
    line = line.strip()
    return (
        _COMMENT_COUNT.fullmatch(line) is not None
        or _WIDGET.fullmatch(line) is not None
        or _COMMENT_LINKS.fullmatch(line) is not None
    )
