"""Rule ``chat-export``: a group chat exported as text by a phone app (WhatsApp's "Export
chat"), a story posted in it one message at a time.

The export writes one message a line, each behind its stamp and sender: Android
``12/03/2020, 21:04 - Name: text``, iOS ``[12/03/2020, 21:04:10] Name: text``; a message of
several lines carries on unprefixed. Lines with a stamp and no sender are the app's own
("Messages and calls are end-to-end encrypted…", "Name created group…", "Name added you").

The story is the writer's: the sender who wrote by far the most. Everything else is the
chat's, and its line is emptied: the stamps and sender names, the app's lines, the other
members' messages (their lines carried on too), the writer's media and deleted-message
placeholders and messages of nothing but emoji (reactions, not text). Those lines are
removed, since the export has no blank lines and a gap would read as a scene break.

Rule ``chat-export-title``: a writer who posts a story in a chat sends its title as a
message of its own, set in WhatsApp's bold (``*The Title*``), and first talks to the group
about it ("ok ok, sending it in bits"); what the writer said before that first bold line is
conversation, not the story or a note, and goes. Without a bold line, nothing of the
writer's is taken as conversation.

Only a text most of whose lines carry a stamp and a sender, with at least
:data:`_MIN_MESSAGES` of them, is read this way.
"""

from __future__ import annotations

import re
from collections import Counter

from fic2epub.lazy_re import lazy

# The stamp: a date and a time, then " - " (Android) or inside brackets (iOS).
_STAMP = lazy(
    r"\u200e?(?:\[(?P<ios>\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s?[AaPp]\.?[Mm]\.?)?)\]\s"
    r"|(?P<android>\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s?[AaPp]\.?[Mm]\.?)?)\s[-–]\s)"
    r"(?P<rest>.*)"
)
# "Name: text" after the stamp; a name holds no colon and is not too long.
_SENDER = lazy(r"(?P<name>[^:\n]{1,40}?):\s(?P<text>.*)")
# The app's placeholders for what is not text.
_PLACEHOLDER = lazy(
    r"\u200e?(?:<media omitted>|<[^<>\n]{1,40}omitted>|<attached:[^<>\n]{1,200}>"
    r"|this message was deleted|you deleted this message|null|image omitted|video omitted"
    r"|sticker omitted|audio omitted|gif omitted|\(file attached\))\s*",
    re.IGNORECASE,
)
# WhatsApp bold around a whole message: "*The Title*".
_BOLD_LINE = lazy(r"\*[^*\s][^*\n]{0,80}[^*\s]\*|\*[^*\s]\*")
# A message of nothing but emoji and their joiners.
_EMOJI_ONLY = lazy(r"(?:[\s\u200d\ufe0f\u2600-\u27bf\U0001f000-\U0001faff]|<3)+")
# What stands for a removed line until the text is joined again.
_GONE = "\x00gone"
# The fewest stamped messages that make a chat export.
_MIN_MESSAGES = 8
# How much of the writer's text the next sender may have for the writer to be the story's.
_WRITER_SHARE = 2


def chat_export(text: str) -> str:
    """``text`` as the writer's messages alone (rules ``chat-export`` and
    ``chat-export-title``, see the module); any other text is returned as it is."""
    head = text[:400]
    if ":" not in head or not any(c.isdigit() for c in head[:30]):
        return text
    lines = text.split("\n")
    messages = _messages(lines)
    filled = sum(1 for line in lines if line.strip())
    stamped = [message for message in messages if message[1] is not None]
    if len(stamped) < _MIN_MESSAGES or len(messages) * 2 < filled:
        return text
    writer = _writer(lines, messages)
    if writer is None:
        return text
    kept = _writer_lines(lines, messages, writer)
    _drop_chatter_before_title(lines, kept)
    # The chat's lines are removed, not emptied: the export has no blank lines, and a gap
    # where a friend's message stood would read as a scene break.
    return "\n".join(line for line in lines if line is not _GONE)


def _messages(lines: list[str]) -> list[tuple[int, str | None]]:
    """Each stamped line's index and sender (None for the app's own lines)."""
    found: list[tuple[int, str | None]] = []
    for index, line in enumerate(lines):
        stamp = _STAMP.fullmatch(line)
        if stamp is None:
            continue
        sender = _SENDER.fullmatch(stamp.group("rest"))
        found.append((index, sender.group("name").strip() if sender is not None else None))
    return found


def _writer(lines: list[str], messages: list[tuple[int, str | None]]) -> str | None:
    """The sender who wrote the most characters, when clearly more than anyone else."""
    written: Counter[str] = Counter()
    for position, (index, name) in enumerate(messages):
        if name is None:
            continue
        end = messages[position + 1][0] if position + 1 < len(messages) else len(lines)
        written[name] += sum(len(line) for line in lines[index:end])
    ranked = written.most_common(2)
    if not ranked:
        return None
    if len(ranked) > 1 and ranked[0][1] < _WRITER_SHARE * ranked[1][1]:
        return None
    return ranked[0][0]


def _writer_lines(
    lines: list[str], messages: list[tuple[int, str | None]], writer: str
) -> list[int]:
    """Rewrite the chat in place: the writer's messages without their stamps, every other
    line emptied; return the indexes of the writer's first lines kept."""
    kept: list[int] = []
    for position, (index, name) in enumerate(messages):
        end = messages[position + 1][0] if position + 1 < len(messages) else len(lines)
        if name != writer:
            lines[index:end] = [_GONE] * (end - index)
            continue
        stamp = _STAMP.fullmatch(lines[index])
        sender = _SENDER.fullmatch(stamp.group("rest")) if stamp is not None else None
        body = sender.group("text") if sender is not None else ""
        if _PLACEHOLDER.fullmatch(body) or _EMOJI_ONLY.fullmatch(body):
            lines[index:end] = [_GONE] * (end - index)
            continue
        lines[index] = body
        kept.append(index)
    return kept


def _drop_chatter_before_title(lines: list[str], kept: list[int]) -> None:
    """Rule ``chat-export-title``: empty the writer's messages before the first one that is
    a whole bold line (see the module)."""
    title = next((i for i in kept if _BOLD_LINE.fullmatch(lines[i].strip())), None)
    if title is None:
        return
    for index in range(title):
        lines[index] = _GONE
