"""A Tumblr reblog copied from the reblogger's blog page, where no "reblogged" line says so.

The blog's page heads the copy with its own name and "Follow"; a reblog shows the original
poster's name and "Follow" right under it, then the post. Under the post comes the trail:
each blog that added something, its name alone on a line over what it wrote, the page's
owner last, with its tags and the note count. The story and the note under it are the
original poster's; the owner's name at the top and the trail below are not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, Chunks

# A Tumblr user name alone on its line: lower-case letters, digits and hyphens (tumblr
# reads a reblogger's name with it too).
USER_NAME = lazy(r"[a-z0-9][a-z0-9-]{2,31}")
# The "Follow" button beside a blog's name.
_FOLLOW = "follow"
# How far into the copy the two names and their buttons may stand.
_HEAD_WINDOW = 8


def stacked_follow_names(chunks: Sequence[Chunk]) -> tuple[int, str, str] | None:
    """Rule ``reblogger-over-poster``: the copy's first lines are two blog names, each with
    "Follow" right under it: the page owner's (who reblogged) over the original poster's.
    Returns the owner's line index, the owner's name and the poster's, or None.

    Guards: Tumblr's user-name shape on both names, the two names different, the button
    under each with no blank line between, and nothing but these four lines above."""
    lines = [i for i, chunk in enumerate(chunks[:_HEAD_WINDOW]) if chunk.text.strip()]
    if len(lines) < 4:
        return None
    first, button, second, button2 = (chunks[i] for i in lines[:4])
    names = (first.text.strip(), second.text.strip())
    if not all(USER_NAME.fullmatch(name) for name in names) or names[0] == names[1]:
        return None
    for under in (button, button2):
        if under.text.strip().lower() != _FOLLOW or under.gap:
            return None
    return lines[0], names[0], names[1]


def is_reblogger_over_poster(chunks: Sequence[Chunk], index: int) -> bool:
    """Whether ``index`` is the page owner's name over the original poster's (see
    :func:`stacked_follow_names`): the blog's name, not the story's author."""
    if index >= _HEAD_WINDOW or chunks[index].text.strip().lower() == _FOLLOW:
        return False
    found = stacked_follow_names(chunks)
    return found is not None and found[0] == index


def drop_reblog_trail(chunks: Chunks, start: int) -> Chunks:
    """Rule ``reblog-trail``: under the story of a reblog copied from the reblogger's page
    (:func:`stacked_follow_names`), the trail starts at the first blog name alone on a line
    and runs to the end: the other blogs' comments, the owner's own, the owner's tags and
    the note count.

    Guards: only where the copy opens with the two names; the trail's first line has
    Tumblr's user-name shape, and the owner's name stands alone on a line at or after it,
    as the trail ends with the owner's addition, so a character's name line never starts
    it."""
    found = stacked_follow_names(chunks)
    if found is None:
        return chunks
    owner = found[1]
    names = [
        index
        for index in range(start, len(chunks))
        if chunks[index].role == "text" and USER_NAME.fullmatch(chunks[index].text.strip())
    ]
    owner_at = next((i for i in names if chunks[i].text.strip() == owner), None)
    if owner_at is None:
        return chunks
    first = names[0]
    marked = list(chunks)
    for index in range(first, len(marked)):
        if marked[index].role != "dropped":
            marked[index] = replace(marked[index], role="dropped", rule="reblog-trail")
    return tuple(marked)


# A theme's trail entry: the blog's name and a colon alone on a line, "some-blog:".
_COLON_NAME = lazy(r"[a-z0-9][a-z0-9-]{2,31}:")


def colon_poster(chunks: Sequence[Chunk], index: int) -> bool:
    """Rule ``tumblr-trail-poster``: on a blog page in a custom theme, a reblog names each
    blog in its trail as "some-blog:" over what it wrote, the original poster's over the
    post. Over the post, on a page whose blog framing (``tumblr-blog-sidebar``) is
    dropped above it, the line names the poster, not the story: it is the page's."""
    text = chunks[index].text.strip()
    if not text.endswith(":") or _COLON_NAME.fullmatch(text) is None:
        return False
    return any(chunk.rule == "tumblr-blog-sidebar" for chunk in chunks[:index])


def drop_colon_trail(chunks: Chunks, start: int) -> Chunks:
    """Rule ``tumblr-colon-trail``: under a post whose poster a "some-blog:" line named
    (:func:`colon_poster`), the next such line alone after a blank line starts the trail:
    the other blogs' additions, the source and via links, the tags, the note count and the
    notes, the theme's links. All of it, to the end, is the page's.

    Guards: only where the header read the poster's line so; the trail's line has
    Tumblr's user-name shape and its colon, alone on its line."""
    if not any(chunk.rule == "tumblr-trail-poster" for chunk in chunks[:start]):
        return chunks
    first = next(
        (
            index
            for index in range(start, len(chunks))
            if chunks[index].role == "text"
            and chunks[index].gap
            and chunks[index].text.strip().endswith(":")
            and _COLON_NAME.fullmatch(chunks[index].text.strip())
        ),
        None,
    )
    if first is None:
        return chunks
    marked = list(chunks)
    for index in range(first, len(marked)):
        marked[index] = replace(marked[index], role="dropped", rule="tumblr-colon-trail")
    return tuple(marked)
