"""A page saved as Markdown by a web clipper (MarkDownload, Obsidian Web Clipper).

A clipper converts the page's HTML with Turndown and writes a note: YAML front matter about
the page (``created:``, ``tags:``, ``source: https://…``, ``author:``), then by MarkDownload's
template the page's title as a ``#`` heading and its description in a ``> ## Excerpt``
blockquote over a ``---`` rule, then the page's text. Turndown writes links and images as
``[text](url)`` and ``![alt](url)`` and escapes every Markdown character the page's text
held (``\\_``, ``\\[``, ``\\*``).

The front matter, the page title (when the post's own header has a ``Title:`` field) and
the excerpt are the page's; links become their text, images go and escapes are undone.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# The front matter's "source:"/"url:" key naming the page saved: only a clipper writes it,
# so an Obsidian note's own front matter (title, author, fandom) is read as the header.
_SOURCE_KEY = lazy(r"(?:source|url|link)\s*:\s*[\"']?https?://\S+", re.IGNORECASE)
_FRONT_KEY = lazy(r"[\w-]{1,30}\s*:.*|\s+.*|-\s.*")
# MarkDownload's excerpt block: "> ## Excerpt" (its template's description heading).
_EXCERPT = lazy(r">\s*#{1,6}\s*(?:excerpt|description)\s*", re.IGNORECASE)
_RULE = lazy(r"(?:-{3,}|\*{3,}|_{3,})")
_TITLE_FIELD = lazy(r"[*_]{0,2}title\s*:", re.IGNORECASE)
# Images (also inside a link: "[![](icon.svg)](profile)"), then links "[text](url)". An
# image's alt text may hold one level of brackets, which Turndown leaves unescaped there:
# Dreamwidth's user head is "[![[personal profile] ](…/user.png)](…/profile)".
_IMAGE = lazy(r"!\[(?:[^\[\]\n]|\[[^\[\]\n]{0,100}\]){0,200}\]\([^)\s]*(?:\s+\"[^\"\n]*\")?\)")
LINK = lazy(
    r"\[(?P<text>[^\]\n]{0,200})\]\((?:https?://|/|#|\.|mailto:)[^)\s]*(?:\s+\"[^\"\n]*\")?\)"
)
# Turndown's escapes: a backslash before a character Markdown would read as a mark.
ESCAPE = lazy(r"\\(?P<mark>[\\`*_{}\[\]()#+\-.!>~|=])")
# How far below the page title the post's own "Title:" field may be.
_REACH = 40


def web_clip(text: str) -> str:
    """Rule ``web-clip``: ``text`` without a web clipper's framing, when it opens with a
    clipper's front matter (one naming the page's ``source:`` address), blank lines aside,
    or with the page's title over MarkDownload's excerpt block (web-clip-template)."""
    # A clip pasted into another file, or re-saved by an editor, may gain blank lines above.
    opened = text.lstrip()
    if opened.startswith("# ") and "## " in opened[:2000]:
        lines = opened.split("\n")
        if not _template_opening(lines):
            return text
        rest = _drop_page_frame(lines)
    elif opened.startswith("---"):
        lines = opened.split("\n")
        end = _front_matter_end(lines)
        if end is None:
            return text
        rest = _drop_page_frame(lines[end + 1 :])
    else:
        return text
    body = "\n".join(rest)
    body = _IMAGE.sub("", body)
    body = LINK.sub(lambda found: found.group("text"), body)
    return ESCAPE.sub(lambda found: found.group("mark"), body)


def _template_opening(lines: list[str]) -> bool:
    """Rule ``web-clip-template``: whether the clip opens as MarkDownload's template does
    without front matter, the page's title as a ``#`` heading and the ``> ## Excerpt``
    blockquote right under it. The excerpt heading is the template's own, never a writer's:
    a Markdown story that opens with its title and a quoted epigraph is left alone."""
    after = next_filled(lines, 1)
    return after < len(lines) and _EXCERPT.fullmatch(lines[after]) is not None


def _front_matter_end(lines: list[str]) -> int | None:
    """The index of the line closing a clipper's front matter, else None."""
    if lines[0].strip() != "---":
        return None
    for index in range(1, min(len(lines), 40)):
        line = lines[index]
        if line.strip() == "---":
            held = lines[1:index]
            return index if any(_SOURCE_KEY.match(item.strip()) for item in held) else None
        if line.strip() and not _FRONT_KEY.fullmatch(line):
            return None
    return None


def names_own_title(below: list[str]) -> bool:
    """Whether the post under a page's title heading gives its own "Title:" field within
    its first lines, so that the heading (the page's, with the site's name) is not the
    story's title."""
    return any(_TITLE_FIELD.match(line.strip()) for line in below[:_REACH])


def _drop_page_frame(lines: list[str]) -> list[str]:
    """The lines after the front matter without the page's title heading (when the post
    gives its own "Title:") and the excerpt blockquote with the rule under it."""
    at = next_filled(lines, 0)
    if at < len(lines) and lines[at].startswith("# ") and names_own_title(lines[at + 1 :]):
        lines = lines[:at] + lines[at + 1 :]
        at = next_filled(lines, at)
    if at < len(lines) and _EXCERPT.fullmatch(lines[at]):
        end = at
        while end < len(lines) and lines[end].startswith(">"):
            end += 1
        after = next_filled(lines, end)
        if after < len(lines) and _RULE.fullmatch(lines[after].strip()):
            end = after + 1
        lines = lines[:at] + lines[end:]
    return _entry_subject(lines)


# The heading Turndown writes for a post's subject: "## FIC: Title (Fandom, Rating)".
_SUBJECT_HEADING = lazy(r"#{2,4}\s+(?P<subject>\S.{0,150})")
# A post's date ("Oct. 2nd, 2019 08:55 pm", "2019-10-02") or its poster line ("name posting
# in community", "name wrote", "Posted by name") between its subject and its header.
_POST_LINE = lazy(
    r".{0,80}?(?:\b(?:1[89]|20)\d\d\b|\bposting\s+in\b|\bwrote\b|\bposted\s+by\b).{0,80}",
    re.IGNORECASE,
)
# How many lines (a date, a poster line) may stand between the subject and the header.
_POST_LINES = 3


def _entry_subject(lines: list[str]) -> list[str]:
    """Rule ``web-clip-entry-subject``: a journal post clipped from its page shows its
    subject as a Markdown heading, then its date and poster lines, then the writer's own
    header with its "Title:" field. That heading is the post's subject line, not a chapter's
    heading: its marks go, and the line is read as a journal's subject is. Only with a date
    or poster line between the heading and the "Title:" field, so a writer's chapter heading
    typed right over her header stays a heading."""
    for index, line in enumerate(lines[:_REACH]):
        if not line.startswith("##") or (found := _SUBJECT_HEADING.fullmatch(line)) is None:
            continue
        between = [item.strip() for item in lines[index + 1 : index + 12] if item.strip()]
        lead = between[:_POST_LINES]
        at = next((n for n, item in enumerate(lead) if _TITLE_FIELD.match(item)), None)
        if at and all(_POST_LINE.fullmatch(item) for item in lead[:at]):
            return [*lines[:index], found.group("subject"), *lines[index + 1 :]]
    return lines


def next_filled(lines: list[str], start: int) -> int:
    """The index of the first line from ``start`` on that is not blank (``len(lines)`` if none)."""
    while start < len(lines) and not lines[start].strip():
        start += 1
    return start
