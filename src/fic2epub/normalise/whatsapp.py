"""Rule ``whatsapp-export``: a story posted in a WhatsApp chat, from the app's "Export chat".

The export is a text file with one line per message opening in the message's date, time and
sender: "14/03/2023, 21:08 - Name: the message" on Android, "[14/03/2023, 21:08:33] Name:
the message" on an iPhone (the date in the phone's own order). A message of several
paragraphs runs on over the lines below, so a story posted in a few long messages has the
prefix glued to the first paragraph of each. The app's own lines have no sender ("Messages
and calls are end-to-end encrypted…", "Name created group …", "Name added you"), and it puts
"<Media omitted>", "This message was deleted" and "<This message was edited>" where a
message was a picture, was deleted or was changed.

:mod:`fic2epub.normalise.chat_export` (run first) reads an export of one short message a
line; this step takes the export it leaves, one whose messages run over many lines each,
most lines without a prefix (a story pasted a part at a time).

The story is the messages of the member who posted it: the one who wrote the most. The
others' messages (readers' reactions, unrelated chat) and the app's lines are removed, not
emptied: an export often has no blank lines at all, and an emptied line would read as a
scene break there (``inspect --explain`` still shows them, dropped by this step). The
poster's messages lose their prefix and the app's marks. What the poster says around the
story (an intro, an apology, a sign-off) stays, for the note rules to read.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from fic2epub.lazy_re import lazy

# A message's prefix: the date and time, then " - " (Android) or in brackets (iPhone).
_DATE = r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
_PREFIX = lazy(rf"(?:{_DATE}\s[-\u2013]\s|\[{_DATE}\]\s)")
# The sender after the prefix, up to the colon: a contact's name or a phone number.
_SENDER = lazy(r"(?P<name>[^:\n]{1,60}?):\s")
# The app's marks in place of, or after, a message's text.
_MEDIA = frozenset({"<media omitted>", "this message was deleted", "you deleted this message"})
_EDITED = lazy(r"\s*<this message was edited>\s*$", re.IGNORECASE)
# What stands for a line to remove, between the two steps: no text holds it.
_GONE = "\ue000\ue001gone"
# At least this many message lines, so a story quoting one chat line is never read as one.
_LEAST_MESSAGES = 5


def whatsapp_messages(text: str) -> str:
    """The poster's messages without their prefixes; every other line marked gone (see
    the module), for :func:`whatsapp_export` to remove. One line for one line, so the
    explanation follows each.

    Guards: the file's first line is a message line, and five message lines at least, so a
    story that quotes a chat line or two keeps them.
    """
    if not _PREFIX.match(text):
        return text  # the cheap test first: an export opens on a message's prefix
    lines = text.split("\n")
    if sum(1 for line in lines if _PREFIX.match(line)) < _LEAST_MESSAGES:
        return text
    senders = [_sender(line) for line in lines]
    poster = _poster(lines, senders)
    if poster is None:
        return text
    current: str | None = None
    for index, line in enumerate(lines):
        if (prefix := _PREFIX.match(line)) is not None:
            current = senders[index]
            line = line[prefix.end() :]
            if current is not None:
                line = line[len(current) + 1 :].lstrip()
            if _reaction(line):
                # A message of emoji alone is a reaction, even the poster's.
                line = _GONE
        if current != poster or line.strip().lower() in _MEDIA:
            lines[index] = _GONE
        else:
            lines[index] = _EDITED.sub("", line)
    return "\n".join(lines)


def whatsapp_export(text: str) -> str:
    """The text without the lines :func:`whatsapp_messages` marked gone."""
    if _GONE not in text:
        return text
    return "\n".join(line for line in text.split("\n") if line != _GONE)


def _reaction(line: str) -> bool:
    """A message of nothing but emoji (and their joiners and variation selectors)."""
    compact = "".join(line.split())
    return (
        bool(compact)
        and all(
            unicodedata.category(c) in ("So", "Sk", "Mn", "Cf") or c in "\u200d\ufe0f"
            for c in compact
        )
        and any(unicodedata.category(c) == "So" for c in compact)
    )


def _sender(line: str) -> str | None:
    """The sender of a message line, or None (a continuation line, or the app's own)."""
    prefix = _PREFIX.match(line)
    if prefix is None:
        return None
    found = _SENDER.match(line, prefix.end())
    return found.group("name") if found else None


def _poster(lines: list[str], senders: list[str | None]) -> str | None:
    """The member who wrote the most text, counting each message's lines."""
    written: Counter[str] = Counter()
    current: str | None = None
    for line, sender in zip(lines, senders, strict=True):
        if _PREFIX.match(line):
            current = sender
        if current is not None:
            written[current] += len(line)
    return written.most_common(1)[0][0] if written else None
