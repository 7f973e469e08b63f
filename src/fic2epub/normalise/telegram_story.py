"""Rule ``telegram-story-messages``: a story sent in a Telegram chat, read from the
messages copied around it.

A writer who sends her story to a friend in a private chat posts a title message (the
title, "by Name" and maybe a line more), then the parts, and the friend answers between
them. Once the title message's byline names the very sender of that message, the chat is
read as hers: the messages before the title message are the talk leading up to it
(``telegram-talk-before-title``), every
message of another sender is the friend's talk (``telegram-friend-message``), and a short
lower-case line of the writer's own between parts ("shh", "ok wait") is talk too
(``telegram-own-aside``). Telegram's placeholder for a sticker or a photo sent alone,
"[Sticker 🤐]", is no story (``telegram-media-placeholder``).

Guards: the byline must name the title message's sender, on the line right under the
message's first line; without one the messages are left as they are.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, Chunks
from fic2epub.normalise.patterns import NOTE_RE

_BY = lazy(r"by\s*:?\s+(?P<name>\S.{0,40})", re.IGNORECASE)
# Telegram's placeholders for media sent with no caption.
_MEDIA = lazy(
    r"\[(?:sticker|photo|video|gif|animation|voice\s+message|video\s+message|file)\b[^\[\]]{0,40}\]",
    re.IGNORECASE,
)
# The longest aside of the writer's own between parts.
_ASIDE = 40


def story_messages(
    chunks: Chunks, marked: list[Chunk], messages: list[tuple[str, int, int]]
) -> None:
    """Drop, in ``marked``, the chat's talk around a story posted in it; ``messages`` are
    (sender, first chunk under the header, end) for each message, in order."""
    title_at = next(
        (
            number
            for number, (sender, start, end) in enumerate(messages)
            if _names_sender(chunks, start, end, sender)
        ),
        None,
    )
    if title_at is None:
        return
    writer = messages[title_at][0]
    for number, (sender, start, end) in enumerate(messages):
        rule = None
        if number < title_at:
            rule = "telegram-talk-before-title"
        elif sender != writer:
            rule = "telegram-friend-message"
        elif _media(chunks, start, end):
            rule = "telegram-media-placeholder"
        elif number > title_at and _aside(chunks, start, end):
            rule = "telegram-own-aside"
        if rule is None:
            continue
        for index in range(start, end):
            if marked[index].role == "text":
                marked[index] = replace(marked[index], role="dropped", rule=rule)


def _names_sender(chunks: Chunks, start: int, end: int, sender: str) -> bool:
    """Whether a message's second line is a byline naming its own sender."""
    lines = [line for chunk in chunks[start:end] for line in chunk.lines if line.strip()]
    if len(lines) < 2 or lines[1].strip()[:2].lower() != "by":
        return False
    found = _BY.fullmatch(lines[1].strip())
    return found is not None and found.group("name").strip().casefold() == sender.casefold()


def _media(chunks: Chunks, start: int, end: int) -> bool:
    """A message that is one media placeholder alone."""
    return end - start == 1 and _MEDIA.fullmatch(chunks[start].text.strip()) is not None


def _aside(chunks: Chunks, start: int, end: int) -> bool:
    """A message of one short line in lower case that is no note: the writer's talk."""
    if end - start != 1:
        return False
    text = chunks[start].text.strip()
    return (
        0 < len(text) <= _ASIDE
        and text[:1].islower()
        and len(chunks[start].lines) == 1
        and NOTE_RE.match(text) is None
    )
