"""Rule ``discord-export``: a channel saved by DiscordChatExporter as plain text.

The exporter writes a block about the channel between two rules of "=" at the top (its
"Guild:", "Channel:" and perhaps "Topic:", "After:", "Before:" lines), then each message
under a "[07-Feb-22 08:41 PM] name#1234" line, and a block of its own under a message for
what is not text: "{Reactions}" (the emoji and their counts), "{Attachments}" (file links),
"{Embed}" (a link's preview), "{Stickers}". It closes with "Exported 6 message(s)" between
two more rules. None of these lines is the writer's: the step empties them, so the line
count stays the same. The message header lines stay for the thread rules
(:mod:`fic2epub.normalise.threads`), which read each message's sender.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# The exporter's rule around its channel block and its footer.
_RULE = lazy(r"={20,}")
# The channel block's lines.
_CHANNEL_FIELD = lazy(r"(?:guild|channel|topic|after|before)\s*:.*", re.IGNORECASE)
# The footer's count.
_EXPORTED = lazy(r"exported\s+[\d,]+\s+message\(s\)", re.IGNORECASE)
# The exporter's blocks under a message, each under its name in braces.
_BLOCKS = frozenset({"{reactions}", "{attachments}", "{embed}", "{stickers}"})
# How far down the channel block opens.
_OPENS_WITHIN = 3


def discord_export(text: str) -> str:
    """The export without its channel block, footer and non-text blocks (see the module).

    Only a text that opens with the exporter's channel block (a rule, a "Guild:" line and a
    "Channel:" line), so a story's own "{Reactions}" line is left alone elsewhere.
    """
    if "Guild:" not in text[:1000]:
        return text
    lines = text.split("\n")
    top = next((i for i, line in enumerate(lines[:_OPENS_WITHIN]) if line.strip()), None)
    if top is None or not _RULE.fullmatch(lines[top].strip()):
        return text
    close = _channel_block(lines, top)
    if close is None:
        return text
    for index in range(top, close + 1):
        lines[index] = ""
    index = close + 1
    while index < len(lines):
        stripped = lines[index].strip()
        if stripped.lower() in _BLOCKS:
            # The block runs to the next blank line.
            while index < len(lines) and lines[index].strip():
                lines[index] = ""
                index += 1
        elif _EXPORTED.fullmatch(stripped) and _framed(lines, index):
            for position in (index - 1, index, index + 1):
                lines[position] = ""
        index += 1
    return "\n".join(lines)


def _channel_block(lines: list[str], top: int) -> int | None:
    """The index of the rule closing the channel block opened at ``top``, else None. The
    block holds a "Guild:" and a "Channel:" line and nothing but the exporter's fields."""
    keys: set[str] = set()
    for index in range(top + 1, min(len(lines), top + 8)):
        stripped = lines[index].strip()
        if _RULE.fullmatch(stripped):
            return index if {"guild", "channel"} <= keys else None
        if not _CHANNEL_FIELD.fullmatch(stripped):
            return None
        keys.add(stripped.split(":", 1)[0].strip().lower())
    return None


def _framed(lines: list[str], index: int) -> bool:
    """Whether the line at ``index`` stands between two of the exporter's rules."""
    return (
        0 < index < len(lines) - 1
        and _RULE.fullmatch(lines[index - 1].strip()) is not None
        and _RULE.fullmatch(lines[index + 1].strip()) is not None
    )
