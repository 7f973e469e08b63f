"""Telegram's messages copied as text: a "Name, [date time]" line over each message.

Telegram Desktop copies a run of selected messages with the sender and the time over each
("Mira K., [13.02.24 23:52]") and a forwarded message's source under that ("[Forwarded from
Channel Name]"). A reader who keeps stories in her Saved Messages forwards a fic channel's
posts there and talks to herself between them ("saving for the train"); the posts are the
story, her own lines are not.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunks
from fic2epub.normalise.telegram_story import story_messages

# "Mira K., [13.02.24 23:52]", "Sam, [2/13/2024 11:52 PM]": a name, a comma, the date and
# time in brackets, and nothing after.
_HEADER = lazy(
    r"(?P<name>[^\s,\[\]][^,\[\]]{0,39}),\s*\[\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?\s+"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?\]",
    re.IGNORECASE,
)
# The source line of a forwarded message: "[Forwarded from Channel Name]".
_FORWARDED = lazy(r"\[forwarded\s+from\s+[^\[\]]{1,80}\]", re.IGNORECASE)
# The most a saver's own message holds: a line or two of talk, not a post of the story.
_OWN_MESSAGE = 300


def telegram_messages(chunks: Chunks) -> Chunks:
    """Rule ``telegram-message-header``: Telegram's "Name, [date time]" line over each
    message is the app's, dropped; so is a forwarded message's "[Forwarded from …]" line
    right under it (``telegram-forwarded-from``).

    Rule ``telegram-own-message``: when some messages are forwarded posts and others not,
    the ones not forwarded are the saver talking to herself between them (a short message
    of her own, no story): dropped too.

    Guards: two header lines at least, each a line of its own, so a story's one line in
    that shape stays; an own message is dropped only beside forwarded ones and only when
    short (at most a few lines of talk)."""
    # "]" first: a look for one character costs a fraction of stripping a line and trying
    # the pattern on it, and most lines of a story have no bracket at all.
    headers = {
        index: found
        for index, chunk in enumerate(chunks)
        if chunk.role == "text"
        and len(chunk.lines) == 1
        and "]" in chunk.text
        and (found := _HEADER.fullmatch(chunk.text.strip())) is not None
    }
    starts = list(headers)
    if len(starts) < 2:
        return chunks
    marked = list(chunks)
    ends = [*starts[1:], len(chunks)]
    forwarded = [
        start + 1 < end and _FORWARDED.fullmatch(chunks[start + 1].text.strip()) is not None
        for start, end in zip(starts, ends, strict=True)
    ]
    for start, end, was_forwarded in zip(starts, ends, forwarded, strict=True):
        marked[start] = replace(chunks[start], role="dropped", rule="telegram-message-header")
        if was_forwarded:
            forward = chunks[start + 1]
            marked[start + 1] = replace(forward, role="dropped", rule="telegram-forwarded-from")
        elif any(forwarded) and _own_message(chunks[start + 1 : end]):
            for index in range(start + 1, end):
                marked[index] = replace(chunks[index], role="dropped", rule="telegram-own-message")
    if not any(forwarded):
        messages = [
            (headers[start].group("name").strip(), start + 1, end)
            for start, end in zip(starts, ends, strict=True)
        ]
        story_messages(chunks, marked, messages)
    return tuple(marked)


def _own_message(body: Chunks) -> bool:
    """A short message of plain text: a line or two of the saver's own talk."""
    return (
        0 < len(body) <= 3
        and sum(len(chunk.text) for chunk in body) <= _OWN_MESSAGE
        and all(chunk.role == "text" for chunk in body)
    )
