"""Usenet posts copied from Google Groups' web archive.

Old newsgroup fic is read today on Google Groups, and a reader who copies a thread page
gets each post under the page's own lines: the subject ("[FIC] Title (1/2) PG"), a view
count, "Skip to first unread message", the poster's photo alt text ("Name's profile
photo"), the name, "unread,", the date and a bare "to"; under each post the writer's
"-- " signature and the buttons "Reply all", "Reply to author", "Forward". Only the
writer's header and prose are the story. A later part often opens by pointing back to the
first for its headers ("See part one for the headers.").

The newer page drops the photo line: the name stands alone over "unread,", the date and
"to" (``google-groups-bare-post``). Above the first post the page prints its own bar and
the group's name ("Groups", "Conversations", "Sign in", "alt.fan.…", "About"); a post by
someone other than the writer is a reader's reply, and the page ends on its search and app
menu ("0 new messages", "Search", "Google apps").
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, Chunks
from fic2epub.normalise.fields import date_line
from fic2epub.normalise.patterns import FIELD_RE
from fic2epub.normalise.repeated_headers import is_header_pointer

_PHOTO = "s profile photo"
# The page's lines above the photo line: the thread's view count and its skip link.
_ABOVE_PHOTO = lazy(r"\d[\d,.]*\s*[kKmM]?\s+views?|skip\s+to\s+first\s+unread\s+message", re.I)
# Under the poster's name: "unread," and "to" (with the group's name when it shows one).
_UNDER_NAME = lazy(r"unread,?|to(?:\s+[\w.-]+(?:,\s*[\w.-]+)*)?", re.I)
# The buttons under each post.
_BUTTONS = frozenset({"reply all", "reply to author", "forward", "reply"})
# How many lines a signature under "--" may run to before the buttons.
_SIGNATURE_LINES = 5


def google_groups(chunks: Chunks) -> Chunks:
    """Drop Google Groups' page lines around each copied post (see the module docstring).

    The first post's poster is the byline. Skipped at once when no line ends with the
    photo's alt text and none is a bare "unread,"."""
    if not any(chunk.text.endswith(_PHOTO) or chunk.text == _UNREAD for chunk in chunks):
        return chunks
    marked = list(chunks)
    posts: list[tuple[int, int, str]] = []  # (top, end, poster) of each post's page lines
    for index, chunk in enumerate(marked):
        if chunk.text.endswith(_PHOTO) and (end := _post_header(marked, index)) is not None:
            top = _drop_post_header(marked, index, index + 1, end, first=not posts)
            posts.append((top, end, marked[index + 1].text.strip()))
        elif chunk.text == _UNREAD and (name := _bare_post_name(marked, index)) is not None:
            if (end := _post_header(marked, name, photo_line=False)) is not None:
                top = _drop_post_header(marked, name, name, end, first=not posts)
                posts.append((top, end, marked[name].text.strip()))
        elif chunk.role == "text" and chunk.text.lower() in _BUTTONS and _button_run(marked, index):
            _drop_buttons(marked, index)
    if posts and all(c.text.strip() != "" for c in marked[: posts[0][0]]):
        _page_top(marked, posts[0][0])
    _replies(marked, posts)
    return tuple(marked)


# The line under a post's poster on the page.
_UNREAD = "unread,"
# The longest poster's name line.
_NAME = 60
# The page's own lines over the first post and under the last: its bar, the group's tabs,
# its search and menus. Only these are dropped above the first post.
_PAGE_LINE = lazy(
    r"groups|conversations|all\s+groups\s+and\s+messages|send\s+feedback\s+to\s+google|help"
    r"|sign\s+in|about|my\s+groups|[a-z][\w-]*(?:\.[\w+-]+){1,6}"
    r"|\d+\s+new\s+messages?|search|clear\s+search|close\s+search|google\s+apps|main\s+menu",
    re.I,
)


def _bare_post_name(chunks: list[Chunk], unread: int) -> int | None:
    """Rule ``google-groups-bare-post``: the poster's name line right over a bare "unread,",
    with no blank line between; None unless it is a short name with no sentence's marks."""
    name = unread - 1
    if name < 0 or chunks[unread].gap or chunks[name].role != "text":
        return None
    text = chunks[name].text.strip()
    if not 0 < len(text) <= _NAME or text[-1:] in '.,;:!?"”' or len(text.split()) > 4:
        return None
    return name


def _page_top(chunks: list[Chunk], top: int) -> None:
    """Rule ``google-groups-page-top``: above the first post, the page's bar and the group's
    tabs, when every line there is one of them."""
    above = chunks[:top]
    if not above or not all(_PAGE_LINE.fullmatch(c.text.strip()) for c in above):
        return
    for index in range(top):
        chunks[index] = replace(chunks[index], role="dropped", rule="google-groups-page-top")


def _replies(chunks: list[Chunk], posts: list[tuple[int, int, str]]) -> None:
    """Rule ``google-groups-reply``: a post by another poster than the first post's (the
    writer's) is a reader's reply: it goes, down to the next post or the page's end; so do
    the page's search and menu lines under the last post."""
    if not posts:
        return
    writer = posts[0][2]
    tops = [top for top, _, _ in posts[1:]] + [len(chunks)]
    for (_, end, poster), next_top in zip(posts, tops, strict=True):
        if poster != writer:
            for index in range(end, next_top):
                chunks[index] = replace(chunks[index], role="dropped", rule="google-groups-reply")
    index = len(chunks)
    while index > 0 and _PAGE_LINE.fullmatch(chunks[index - 1].text.strip()):
        index -= 1
    if index > posts[-1][1]:
        for position in range(index, len(chunks)):
            chunks[position] = replace(chunks[position], role="dropped", rule="google-groups-reply")


def _post_header(chunks: list[Chunk], photo: int, *, photo_line: bool = True) -> int | None:
    """Rule ``google-groups-post``: the end (exclusive) of the page lines from a post's
    photo line down: the poster's name (the photo's), then "unread," / the date / "to".
    None unless the name and the date are both there, so a sentence ending in "'s profile
    photo" is never read so. Without ``photo_line``, ``photo`` is the name's line."""
    if photo_line:
        name = chunks[photo].text[: -len(_PHOTO)]
        if name[-1:] not in ("'", "’"):
            return None
        name = name[:-1].strip()
        at = photo + 1
        if not name or at >= len(chunks) or chunks[at].text.strip() != name:
            return None
    else:
        at = photo
    at += 1
    dated = False
    while at < len(chunks) and at <= photo + 5:
        text = chunks[at].text.strip()
        if not dated and date_line(text) is not None:
            dated = True
        elif not _UNDER_NAME.fullmatch(text) or (text.lower().startswith("to ") and not dated):
            break
        at += 1
    return at if dated else None


def _drop_post_header(
    chunks: list[Chunk], photo: int, name_at: int, end: int, *, first: bool
) -> int:
    """Mark one post's page lines: those above the photo line, the photo line, the name
    (the first post's byline) and the lines under it; a later part's pointer back to the
    first part's header goes too. Returns the first line marked."""
    top = photo
    while top > 0 and _ABOVE_PHOTO.fullmatch(chunks[top - 1].text.strip()):
        top -= 1
    # The subject above them repeats the story's title: a later post's always goes; the
    # first post's goes when the writer's own header below names the title.
    if top > 0 and chunks[top - 1].role == "text" and (not first or _titled(chunks, end)):
        top -= 1
    for index in range(top, end):
        chunks[index] = replace(chunks[index], role="dropped", rule="google-groups-post")
    if first:
        name = chunks[name_at]
        chunks[name_at] = replace(
            name, role="byline", rule="google-groups-poster", value=name.text.strip()
        )
    if end < len(chunks) and is_header_pointer(chunks[end].text):
        chunks[end] = replace(chunks[end], role="dropped", rule="header-pointer")
    return top


def _titled(chunks: list[Chunk], start: int) -> bool:
    """Whether the writer's header under the post's page lines has a "Title:" field."""
    for chunk in chunks[start : start + 3]:
        found = FIELD_RE.match(chunk.text) if ":" in chunk.text[:12] else None
        if found and found.group("key").strip().lower() == "title":
            return True
    return False


def _button_run(chunks: list[Chunk], index: int) -> bool:
    """Rule ``google-groups-buttons``: at least two of the post's buttons on lines of their
    own in a row ("Reply all", "Reply to author", "Forward"); one such word is prose's."""
    run = 0
    while index + run < len(chunks) and chunks[index + run].text.lower() in _BUTTONS:
        run += 1
    return run >= 2


def _drop_buttons(chunks: list[Chunk], index: int) -> None:
    """Mark the buttons, and the "--" signature just above them."""
    end = index
    while end < len(chunks) and chunks[end].text.lower() in _BUTTONS:
        chunks[end] = replace(chunks[end], role="dropped", rule="google-groups-buttons")
        end += 1
    for start in range(index - 1, max(-1, index - 1 - _SIGNATURE_LINES), -1):
        if len(chunks[start].text) > 200:
            return  # prose, not a signature's short lines
        if chunks[start].text.strip() == "--":
            for line in range(start, index):
                chunks[line] = replace(chunks[line], role="dropped", rule="mail-signature")
            return
