"""Gmail's print view ("Print all") copied as text: a conversation's mails, one after another.

The page opens with "Gmail - <subject>", the print page's address, the reader's own account
line ("Jane Doe <jane@gmail.com>"), the subject again and "1 message" (or "3 messages").
Each mail then opens with its sender and date on one line ("John Smith <john@example.net>
Sat, Mar 11, 2006 at 11:42 PM") over its "Reply-To:", "To:" and "Cc:" lines. None of that is
the story: the reader is not its author, and the sender of each mail is the poster
:mod:`threads` reads the mails by, as it reads a list's mails by their From lines.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunks
from fic2epub.normalise.mail import MailHeader, is_mail_field, poster_name

# The print page's first line: "Gmail - [list] FIC: Title (G) 1/1".
_GMAIL_TITLE = lazy(r"gmail\s+[-–—]\s+\S.{0,200}", re.IGNORECASE)
# The count of the conversation's mails: "1 message", "3 messages".
_COUNT = lazy(r"\d{1,4}\s+messages?", re.IGNORECASE)
# A mail's sender and date: "Name <address>", wide space, a date with its time.
_SENDER = lazy(
    r"(?P<from>[^<>]{0,80}<[^<>\s]+@[^<>\s]+>)\s{2,}(?P<date>\S.{3,60}?\d{1,2}:\d{2}.{0,20})"
)
# How far down the page the count line is looked for.
_HEAD_CHUNKS = 6


def gmail_print_headers(chunks: Chunks) -> list[MailHeader]:
    """Rule ``gmail-print-header``: the headers of the mails on a Gmail print page, the first
    one taking the page's head with it (title line, address, account line, subject, count).

    Only when the text opens with "Gmail - " and "N messages" follows within a few lines,
    and only a sender line with an address and a time opens a mail.
    """
    if not chunks or chunks[0].lines[0][:5].lower() != "gmail":
        return []
    if not _GMAIL_TITLE.fullmatch(chunks[0].lines[0].strip()):
        return []
    count = next(
        (i for i in range(min(len(chunks), _HEAD_CHUNKS)) if _COUNT.fullmatch(chunks[i].text)),
        None,
    )
    if count is None:
        return []
    headers: list[MailHeader] = []
    index = count + 1
    while index < len(chunks):
        sender = _sender(chunks, index)
        if sender is None:
            index += 1
            continue
        end = index + 1
        while (
            end < len(chunks)
            and not chunks[end].gap
            and all(is_mail_field(line) for line in chunks[end].lines)
        ):
            end += 1
        start = 0 if not headers else index
        headers.append(MailHeader(start, end, sender, index, None, rule="gmail-print-header"))
        index = end
    return headers


def _sender(chunks: Chunks, index: int) -> str | None:
    """The sender's name when the chunk at ``index`` opens a mail: its first line is the
    sender and date, its other lines mail fields."""
    lines = chunks[index].lines
    if "@" not in lines[0] or ":" not in lines[0]:
        return None
    found = _SENDER.fullmatch(lines[0].strip())
    if found is None or not all(is_mail_field(line) for line in lines[1:]):
        return None
    return poster_name(found.group("from"))
