"""Rule ``itch-io-page``: an itch.io project page (a zine, a game's story) copied whole.

itch.io sets its name and menu over the project: the page title with its maker ("Window
Seat by some_press"), the follow and download buttons ("Follow some_press", "Download",
"Name your own price"), then the maker's description, then the tabbed "More information"
table, the download box ("Download Now", the files), the comments and the footer
("itch.io·View all by some_press·Report·Embed"). Only the description is the writer's.

A zine's page often holds one sample story in its description, set off from the zine's blurb
by two rules of box-drawing or dash characters: then the sample between the rules is the
story, with its own title and byline (the page's "by" names the publisher, not the writer),
and the blurb above the first rule is the zine's.

Guards: cheap substring test first ("itch.io"); the first line of text is "itch.io" and the
footer's "View all by" line or the "More information" line is there; the head is cut only
through the button lines within the first 20 lines; the description is narrowed to the
sample only when exactly two rule lines of the same kind stand in it.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

_SITE = "itch.io"
# The project's buttons and the page title's maker: "Follow name", "Download", "Name your own
# price", "Buy Now", "$4.00 USD", "Download Now", and the title "Title by maker".
_BUTTON = lazy(
    r"follow\s+\S{1,40}|follow|download(?:\s+now)?|name\s+your\s+own\s+price|buy\s+now"
    r"|(?:\$|€|£)\s?\d{1,4}(?:[.,]\d{2})?(?:\s+[A-Z]{3})?(?:\s+or\s+more)?",
    re.IGNORECASE,
)
# The page's tail: the tabbed table's heading and the footer's line.
_MORE_INFO = lazy(r"more\s+information", re.IGNORECASE)
_FOOTER = lazy(r"itch\.io\s*[·•|]\s*view\s+all\s+by\b.*", re.IGNORECASE)
# A rule line: one box-drawing or dash character repeated.
_RULE = lazy(r"([─━═\-–—_=~*])\1{4,}")
_HEAD_LINES = 20


def itch_io_page(text: str) -> str:
    """``text`` with an itch.io page's chrome read (see the module's docstring)."""
    if _SITE not in text[:200]:
        return text
    lines = text.split("\n")
    first = next((at for at, line in enumerate(lines) if line.strip()), None)
    if first is None or lines[first].strip().lower() != _SITE:
        return text
    end = next(
        (
            at
            for at, line in enumerate(lines)
            if _MORE_INFO.fullmatch(line.strip()) or _FOOTER.fullmatch(line.strip())
        ),
        None,
    )
    if end is None:
        return text
    start = first + 1
    for at in range(first + 1, min(end, first + _HEAD_LINES)):
        if _BUTTON.fullmatch(lines[at].strip()):
            start = at + 1
    body = _sample(lines[start:end])
    return "\n".join(body)


def _sample(lines: list[str]) -> list[str]:
    """The lines between the description's two rules when it holds exactly two of one kind
    (a sample story set off from the zine's blurb), else the lines as they are."""
    rules = [at for at, line in enumerate(lines) if _RULE.fullmatch(line.strip())]
    if len(rules) != 2 or lines[rules[0]].strip()[0] != lines[rules[1]].strip()[0]:
        return lines
    return lines[rules[0] + 1 : rules[1]]
