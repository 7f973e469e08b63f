"""Mailing-list messages: the header above each mail, a digest's index, signatures, footers.

Fan fiction was posted to mailing lists (Yahoo Groups, Mailman lists) long before archives,
and readers still keep those mails and digests as text: each message opens with its
From/Date/Subject lines, a digest lists its topics first and numbers each message
("Message: 2"), a writer signs off under a "-- " line, and the list adds its footer. The
thread rules (:mod:`fic2epub.normalise.threads`) read the messages as posts.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, Chunks
from fic2epub.normalise.forum_lines import starts_board_footer

_MAIL_KEYS = (
    r"from|date|sent|subject|to|cc|bcc|reply-to|sender|message-id|in-reply-to|references"
    r"|mime-version|content-type|content-transfer-encoding|x-[\w-]+"
    # What a mail program's saved copy keeps besides: the list's and the server's lines.
    r"|mailing-list|list-[\w-]+|delivered-to|return-path|errors-to|precedence|status"
    # The relays' trace lines a saved mailbox keeps above the others.
    r"|received"
    r"|user-agent|organi[sz]ation|importance|priority|thread-(?:topic|index)"
    # A Usenet article's own lines: the newsgroups, the relay path, the length, the poster's
    # host, the server's cross-reference and where follow-ups go.
    r"|newsgroups|path|lines|nntp-posting-(?:host|date)|xref|followup-to"
    # Rule ``yahoo-digest-message``: Yahoo Groups' digest (2006 on) heads each message with
    # "Posted by:" in place of "From:" (read as the From line, :func:`_key`).
    r"|posted\s+by"
    # Rule ``google-groups-digest-message``: Google Groups' digest heads each message with
    # its "Url:" under the From and Date lines.
    r"|url"
)
# Rule ``mbox-separator``: a Unix mailbox starts each message with a "From " line, the
# sender's address and the day it arrived, in the fixed form C's asctime() writes: "From
# gridd@example.net  Sat Mar 13 22:15:40 1999". Case matters: the line is the program's.
_MBOX_FROM = lazy(
    r"From \S+\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{1,2}\s+\d{1,2}:\d\d(?::\d\d)?"
    r"(?:\s+[A-Z]{3,4}|\s+[-+]\d{4})?\s+\d{4}(?:\s+[-+]\d{4})?"
)
# A line a mailbox escaped: a body line that began "From " is saved as ">From " (and one
# that began ">From " as ">>From "), so it is not read as the next message's start.
_MBOX_ESCAPED = lazy(r"^>(>*From )", re.MULTILINE)
_MAIL_FIELD = lazy(rf"(?P<key>{_MAIL_KEYS})\s*:\s*(?P<value>.*)", re.IGNORECASE)
# What a mail program or list adds and a writer never types into a story's letter: an
# address, a clock time, a message id, a list's "[tag]", a part count "(1/2)" or a "Re:".
_MACHINE_VALUE = lazy(
    r"\S@\S+\.\w|\b\d{1,2}:\d\d\b|^<\S+>$|^\[[^\]]{1,40}\]|\(\d{1,3}/\d{1,3}\)|^re\s*:",
    re.IGNORECASE,
)
# Rule ``listed-part-subject``: a list post's subject counting its parts bare, as LISTSERV and
# Usenet posters wrote them: "NEW: Title, part 1/2", "Title part 3/5". Only after "part", so
# a subject's date ("3/5") is no count.
_PART_SUBJECT = lazy(r"\bpart\s+\d{1,3}\s*/\s*\d{1,3}\b", re.IGNORECASE)
# A mark each form of _MACHINE_VALUE holds: an address's "@", a time's or "Re"'s colon, an
# address's "<", a tag's "[" or a part count's "(".
_MACHINE_MARKS = "@:<[("
# A digest numbers its messages: "Message: 2", "Message 2", "Message #2".
_DIGEST_MESSAGE = lazy(
    r"message\s*(?:#|no\.?|:)?\s*\d{1,4}\s*:?"
    # Rule ``google-groups-digest-message``: "---------- 1 of 2 ----------", the message's
    # place in its topic between dashes.
    r"|-{3,}\s*\d{1,4}\s+of\s+\d{1,4}\s*-{3,}",
    re.IGNORECASE,
)
# Rule ``yahoo-digest-message``: a Yahoo Groups digest numbers each message by its topic and
# its place in the topic ("1a.", "1b.", "2.") on the line with the subject.
_YAHOO_TOPIC = lazy(r"\d{1,3}[a-z]?\.\s+\S.*")
# A digest's index of topics before the first message. Mailman opens its digest with the
# list's own preamble ("Send Tatra-fic mailing list submissions to", the subscribe and
# owner lines) over "Today's Topics:"; the preamble's first line is the index's start.
_DIGEST_INDEX = lazy(
    r"there\s+(?:are|is)\s+\d+\s+messages?\s+in\s+this\s+(?:issue|digest).*"
    # Rule ``listserv-digest-index``: LISTSERV's digest counts the lines too, "There are 3
    # messages totalling 201 lines in this issue.", over its "Topics of the day:".
    r"|there\s+(?:are|is)\s+\d+\s+messages?\s+totall?ing\s+\d+\s+lines?\s+in\s+this\s+issue\.?"
    r"|topics\s+in\s+this\s+digest\s*:?"
    r"|send\s+\S+(?:\s+\S+){0,3}\s+mailing\s+list\s+submissions\s+to\b.{0,80}"
    r"|today['’]?s\s+topics\s*:?"
    # Rule ``majordomo-digest-index``: Majordomo's digest opens with its banner, the digest's
    # name, date, volume and number ("fic-l-digest   Saturday, August 9 1997   Volume 01 :
    # Number 212"), over "In this issue:" and the subjects.
    r"|[\w.-]+\s+.{0,60}volume\s+\d{1,4}\s*:\s*number\s+\d{1,5}"
    r"|in\s+this\s+issue\s*:"
    # Rule ``yahoo-digest-index``: Yahoo Groups' digest (2006 on) opens with its banner,
    # "listname Daily Digest", over "Messages In This Digest (4 Messages)" and the topics.
    r"|[\w.-]{1,60}\s+(?:daily\s+)?digest(?:\s+#?\d{1,6})?"
    r"|messages\s+in\s+this\s+digest\s*(?:\(\d{1,4}\s+messages?\))?\s*:?",
    re.IGNORECASE,
)
# "Name" <address>, Name <address>, address (Name), or a bare address.
_ADDRESSED = lazy(r"\"?(?P<name>[^\"<]*?)\"?\s*<[^>]*>")
_COMMENTED = lazy(r"\S+@\S+\s*\((?P<name>[^)]+)\)")
# The line between a mail's text and its writer's signature: "-- " (its space stripped).
_SIGNATURE = "--"
# Most lines a signature has, and the longest of them.
_SIGNATURE_LINES = 4
_SIGNATURE_WIDTH = 100
# A rule of one repeated character between a digest's messages.
_RULE = lazy(r"([_=~*-])\1{9,}")
# The line a mail program puts above a forwarded message: Gmail's "---------- Forwarded
# message ---------", Outlook's "-----Original Message-----", Apple Mail's "Begin forwarded
# message:", Lotus Notes' "----- Forwarded by X on 03/08/2008 -----".
_FORWARD = lazy(
    r"-{2,}\s*(?:forwarded\s+message|original\s+message)\s*-{2,}"
    r"|begin\s+forwarded\s+message\s*:"
    r"|-{2,}\s*forwarded\s+by\s.{1,120}?-{2,}",
    re.IGNORECASE,
)
# A reply's line above the text it quotes: "On Sat, Mar 8, 2008 at 9:14 PM, X <x@y> wrote:".
# Outlook Express and Windows Mail write it their own way, with the quoted message's id:
# '"X" <x@y> wrote in message news:3a5f8e44$0$17288@news.example.net...'. Rule
# ``usenet-article-attribution``: rn, trn, tin and Free Agent write the newsreader's own,
# "In article <7ch9k1$m2a@news.example.com>, X <x@y> wrote:", with the quoted article's id.
_ATTRIBUTION = lazy(
    r"on\s.{4,200}\swrote\s*:"
    r"|in\s+article\s+<[^\s<>]+@[^\s<>]+>,?\s.{1,160}\s(?:wrote|writes|says)\s*:"
    r"|.{1,160}\swrote\s+in\s+message(?:\s+(?:news:)?<?[^\s<>]+@[^\s<>]+>?(?:\.\.\.)?)?",
    re.IGNORECASE,
)
# Rule ``named-attribution``: Netscape's and Eudora's reply line names the writer alone, "Ann
# Lee wrote:"; read only at the top of a mail's body with ">" lines right under it.
_NAMED_ATTRIBUTION = lazy(r"[^\s:>\"“][^:\"“]{0,60}?\s(?:wrote|writes)\s*:")
# The quoted message's id alone on a line: "news:3a5f8e44$0$17288@news.example.net...".
_MESSAGE_ID_LINE = lazy(r"(?:news:)?<?[^\s<>]+@[^\s<>]+>?(?:\.\.\.)?")
# The mail passed on holds at least this share of the text: what is above it is a comment.
_PASSED_ON_SHARE = 2 / 3


class MailHeader(NamedTuple):
    """One message's header lines: ``start`` to ``end`` (exclusive) in the chunks."""

    start: int
    end: int
    poster: str
    from_line: int
    date_line: int | None
    """The Date (or Sent) line, the day the message was posted."""
    subject_line: int | None = None
    """The Subject line."""
    rule: str = "mail-header"
    """The rule that read the header."""


def mail_headers(chunks: Chunks) -> list[MailHeader]:
    """The header blocks of the mails in ``chunks``, in order, when they are a list's mails.

    A header is a run of mail "Key: value" lines with From and one of Date, Sent, Subject
    or To, and a value only software writes (an address, a time, a "[list]" tag). The
    messages count as a list's only when one of them is numbered in a digest or has a
    "[tag]", "(1/2)" or "Re:" subject: a story told in e-mails has headers too, and its
    messages are all story.
    """
    headers: list[MailHeader] = []
    listed = False
    index = 0
    while index < len(chunks):
        if chunks[index].role == "dropped" or not _may_open_header(chunks[index].lines[0]):
            index += 1  # a chunk that cannot open a header starts none (most are prose)
            continue
        keys: dict[str, int] = {}
        end = index
        machine = False
        while (
            end < len(chunks)
            and (end == index or chunks[end].gap == 0)
            and chunks[end].role != "dropped"  # a forwarded mail's header, already read
        ):
            lines = chunks[end].lines
            if end > index and _folded_line(chunks[end]):
                end += 1
                continue
            if end > index and (folded := _folded_lines(chunks[end])):
                lines = lines[folded:]  # a folded line's tail, then header lines again
            if not _may_open_header(lines[0]):
                break  # the cheap test first: nearly every chunk of a story is prose
            separators = [is_mbox_separator(line) for line in lines]
            machine = machine or any(separators)
            fields = [
                None if apart else _MAIL_FIELD.fullmatch(line)
                for line, apart in zip(lines, separators, strict=True)
            ]
            if not all(found or apart for found, apart in zip(fields, separators, strict=True)):
                break
            for found in filter(None, fields):
                keys.setdefault(_key(found), end)
                value = found.group("value").strip()
                machine = machine or _MACHINE_VALUE.search(value) is not None
            end += 1
        if "from" not in keys or not keys.keys() & {"date", "sent", "subject", "to"}:
            # A run that starts inside this one ends where it ends and holds no key it
            # lacks: none is a header either, so the search goes on after it. (Starting
            # again one line down read a story's header block of N fields N times over.)
            index = max(end, index + 1)
            continue
        if not machine:
            index = end
            continue
        start = index
        if index and chunks[index].gap == 0 and _DIGEST_MESSAGE.fullmatch(chunks[index - 1].text):
            start, listed = index - 1, True
        elif index and chunks[index].gap == 0 and _yahoo_topic(chunks[index - 1]):
            # Rule ``yahoo-digest-message``: the message's number and subject over its
            # header, with the rule between messages joined on above it.
            start, listed = index - 1, True
        subject = _value(chunks[keys["subject"]], "subject") if "subject" in keys else ""
        # A Usenet article is posted to its newsgroups: a public post, like a list's mail.
        listed = (
            listed
            or _MACHINE_VALUE.search(subject) is not None
            or "newsgroups" in keys
            or ("/" in subject and _PART_SUBJECT.search(subject) is not None)
        )
        poster = poster_name(_value(chunks[keys["from"]], "from"))
        dated = keys.get("date", keys.get("sent"))
        headers.append(MailHeader(start, end, poster, keys["from"], dated, keys.get("subject")))
        index = end
    return headers if listed else []


def _key(found: re.Match[str]) -> str:
    """A mail field's key, lower case; Yahoo Groups' "Posted by" is the From line."""
    key = found.group("key").lower()
    return "from" if key[:6] == "posted" else key


def _yahoo_topic(chunk: Chunk) -> bool:
    """Whether a chunk ends in a Yahoo Groups digest's message line, "1a. Subject", maybe
    under the digest's rule of underscores."""
    lines = chunk.lines
    if lines[0][:1] not in "_=-" and len(lines) > 1:
        return False
    if len(lines) > 1 and (len(lines) > 2 or not _RULE.fullmatch(lines[0])):
        return False
    return len(lines[-1]) <= 200 and _YAHOO_TOPIC.fullmatch(lines[-1]) is not None


def _folded_line(chunk: Chunk) -> bool:
    """Rule ``folded-header-line``: a long header line folded onto the next, indented, as
    mail servers write their "Received:" lines ("Received: (from majordom@localhost) by
    host" over "        id EAA21877; Sat, 9 Aug 1997 04:00:12 -0500"). Only one line, under
    the header's lines with no blank line between (the caller's test), indented, and no
    header line itself."""
    return (
        chunk.gap == 0
        and chunk.indent > 0
        and len(chunk.lines) == 1
        # A digest indents its messages' own header lines ("   Date: …" under "Message: 1").
        and not is_mail_field(chunk.text)
    )


# Most lines one folded header line runs on over (a relay's "Received:" line has two or three).
_FOLDED_REACH = 3


def _folded_lines(chunk: Chunk) -> int:
    """Rule ``folded-header-line``, its joined form: the folded line's indented tail ran on
    into the header lines under it ("        by pop.example (8.8.5) with ESMTP id VAA10233"
    over "        for <a@b.example>; Tue, 10 Mar 1998 21:14:05 -0500" over "Date: …"), so
    they are one chunk. How many of its first lines are the tail (0 when it is none): only
    an indented chunk right under the header's lines, up to three tail lines, and every line
    after them a mail field."""
    if chunk.gap or not chunk.indent or len(chunk.lines) < 2 or is_mail_field(chunk.lines[0]):
        return 0
    for count in range(1, min(_FOLDED_REACH, len(chunk.lines) - 1) + 1):
        if all(is_mail_field(line) for line in chunk.lines[count:]):
            return count
    return 0


def split_at_rules(chunks: Chunks) -> Chunks:
    """Rule ``mail-separator``: a rule of one repeated character right above a mail's
    header lines, with no blank line either side, is a chunk of its own.

    A LISTSERV list's notebook log (its archive of the month's mails, as readers fetched and
    kept it) sets each message apart with a line of "=" signs and starts the next message's
    Date/From lines right under it, and the last mail's signature right above it. Joined in
    one paragraph, the rule hides the header from :func:`mail_headers` and the signature
    from :func:`trim_message`. Only a rule with a mail field under it is split out, so a
    story's own rule lines stay as they were.
    """
    # One-line chunks (every chunk of an unwrapped story) are passed over without a call.
    if not any(len(chunk.lines) > 1 and _rule_over_field(chunk) is not None for chunk in chunks):
        return chunks
    pieces: list[Chunk] = []
    for chunk in chunks:
        while (at := _rule_over_field(chunk)) is not None:
            if at:
                pieces.append(_lines_chunk(chunk, 0, at))
            pieces.append(_lines_chunk(chunk, at, at + 1))
            chunk = _lines_chunk(chunk, at + 1, len(chunk.lines))
        pieces.append(chunk)
    return tuple(pieces)


def _rule_over_field(chunk: Chunk) -> int | None:
    """Where in the chunk a rule line stands with a mail field line under it, else None."""
    lines = chunk.lines
    if len(lines) < 2 or chunk.role != "text" or ":" not in chunk.text:
        return None  # the cheap tests first: a header line has a colon
    for at, line in enumerate(lines[:-1]):
        if line[:1] in "_=~*-" and _RULE.fullmatch(line) and is_mail_field(lines[at + 1]):
            return at
    return None


def _lines_chunk(chunk: Chunk, start: int, end: int) -> Chunk:
    """The chunk cut down to its lines ``start`` to ``end`` (exclusive)."""
    lines = chunk.lines[start:end]
    return replace(
        chunk,
        text=" ".join(lines),
        lines=lines,
        first=chunk.first + start,
        last=chunk.first + end - 1,
        gap=chunk.gap if start == 0 else 0,
        indent=chunk.indent if start == 0 else 0,
        continues=chunk.continues if start == 0 else False,
    )


def is_rule_chunk(chunk: Chunk) -> bool:
    """A chunk that is one rule of a repeated character ("=====…")."""
    return len(chunk.lines) == 1 and _RULE.fullmatch(chunk.text) is not None


def is_forward_line(text: str) -> bool:
    """Whether a line is a mail program's line over a message passed on or quoted
    ("-----Original Message-----", "---------- Forwarded message ---------")."""
    return len(text) <= 160 and text[:1] in "-B" and _FORWARD.fullmatch(text.strip()) is not None


def _may_open_header(line: str) -> bool:
    """Whether ``line`` could be a mail field ("Key: value"; a long "X-…" key is under 60)
    or a mailbox's "From " line."""
    return ":" in line[:64] or line.startswith("From ")


def is_mail_field(line: str) -> bool:
    """Whether a line is a mail header line ("From: …", "Subject: …", "X-Mailer: …")."""
    return ":" in line[:40] and _MAIL_FIELD.match(line) is not None


# A "From:" line naming its sender by address: "From:  "Ann" <ann@example.net>", "From: ann@
# example.net (Ann)". Yahoo's archive shortens the address ("<ann@y...>").
_FROM_ADDRESS = lazy(r"from\s*:\s*\S.{0,100}?\S@\S.*|from\s*:.{0,100}<[^<>@\s]+@[^<>\s]*>", re.I)


def opens_mail_header(line: str) -> bool:
    """Rule ``mail-from-line``: a mail's "From:" line with the sender's address, the first
    line of a message's header as a web archive prints it under its navigation line."""
    return line[:5].lower() == "from:" and _FROM_ADDRESS.fullmatch(line.strip()) is not None


def is_mbox_separator(line: str) -> bool:
    """A mailbox's "From " line above a message's headers (rule ``mbox-separator``)."""
    return line.startswith("From ") and _MBOX_FROM.fullmatch(line.rstrip()) is not None


def unescape_mbox(text: str) -> str:
    """Rule ``mbox-unescape``: in a saved mailbox, give escaped body lines back their "From".

    Only in a text with a mailbox's own "From " separator line: elsewhere a ">From" line
    is a quotation of one.
    """
    if ">" not in text or ">From " not in text:
        return text  # ">" first, at memory speed (see line_search)
    if not any(is_mbox_separator(line) for line in text.split("\n") if line.startswith("From ")):
        return text
    return _MBOX_ESCAPED.sub(r"\1", text)


def _field_line(chunk: Chunk, keys: tuple[str, ...]) -> re.Match[str] | None:
    """The first of the chunk's lines that is a mail field named one of ``keys``."""
    for line in chunk.lines:
        found = _MAIL_FIELD.fullmatch(line)
        if found and _key(found) in keys:
            return found
    return None


def _value(chunk: Chunk, key: str) -> str:
    """The value of the mail field ``key`` among the chunk's lines."""
    found = _field_line(chunk, (key,))
    return found.group("value").strip() if found else ""


def subject_only(chunk: Chunk) -> tuple[Chunk, str]:
    """The chunk of a mail's header lines cut down to its Subject line, and the subject."""
    found = _field_line(chunk, ("subject",))
    if found is None:
        return chunk, ""
    return replace(chunk, text=found.string, lines=(found.string,)), found.group("value").strip()


def date_only(chunk: Chunk) -> Chunk:
    """The chunk of a mail's header lines cut down to its Date (or Sent) line."""
    found = _field_line(chunk, ("date", "sent"))
    return replace(chunk, text=found.string, lines=(found.string,)) if found else chunk


def poster_name(value: str) -> str:
    """The sender's name from a From value: its display name, else the address's user."""
    value = value.strip()
    found = _ADDRESSED.fullmatch(value) or _COMMENTED.fullmatch(value)
    name = found.group("name").strip() if found else ""
    if name:
        return name
    address = value.strip("<>")
    return address.split("@", 1)[0] if "@" in address else address


def digest_index(marked: list[Chunk], first_message: int) -> None:
    """Rule ``digest-index``: a digest's "There are 2 messages in this issue" and its list of
    topics, up to the first message; in a Mailman digest, from the list's preamble ("Send X
    mailing list submissions to") or its "Today's Topics:" down. Only above a digest's
    first message, so a story's own sentence about a mailing list is left alone."""
    for index in range(first_message):
        if marked[index].role == "text" and _DIGEST_INDEX.fullmatch(marked[index].text):
            for position in range(index, first_message):
                marked[position] = replace(marked[position], role="dropped", rule="digest-index")
            return


def trim_message(marked: list[Chunk], body: int, end: int, poster: str) -> None:
    """Rules ``mail-signature``, ``mail-separator`` and ``list-footer``: the end of one of
    the writer's mails.

    Under a "-- " line a writer signs: a few short lines with their name, address or home
    page. A digest sets messages apart with rules of underscores or equals signs. The list
    adds its footer under every mail, so the signature sits above it.
    """
    kept = [i for i in range(body, end) if marked[i].role != "dropped"]
    _list_footer(marked, kept)
    while kept and all(_RULE.fullmatch(line) for line in marked[kept[-1]].lines):
        marked[kept[-1]] = replace(marked[kept[-1]], role="dropped", rule="mail-separator")
        kept.pop()
    tail = kept[-_SIGNATURE_LINES - 1 :]
    for place, index in enumerate(tail):
        if marked[index].text != _SIGNATURE:
            continue
        signed = tail[place + 1 :]
        lines = [marked[i].text for i in signed]
        if (
            lines
            and all(len(line) <= _SIGNATURE_WIDTH for line in lines)
            and any(
                "@" in line or "://" in line or "www." in line or _signs_as(line, poster)
                for line in lines
            )
        ):
            for position in tail[place:]:
                marked[position] = replace(marked[position], role="dropped", rule="mail-signature")
        return


def quoted_follow_up(marked: list[Chunk], body: int, end: int) -> None:
    """Rule ``follow-up-quote``: a writer's follow-up post (part 2 of a story, answering her
    own part 1) that opens by quoting the post it follows: the newsreader's attribution
    ("X wrote in message <id@host>...", "In article <id>, X wrote:") and the ">" lines under
    it are the quoted post, not the new one's text; the writer's own words start below them.

    Only at the top of the post's kept text, only an attribution a mail program writes (with
    an address or message id, :func:`_reply_attribution`), and only with quoted lines right
    under it and more of the writer's own text after them (:func:`_quoted_reply`)."""
    kept = [i for i in range(body, end) if marked[i].role != "dropped"]
    if not kept or marked[kept[0]].role != "text":
        return
    first = marked[kept[0]]
    if _attribution_over_quote(first):
        marked[kept[0]] = replace(first, role="dropped", rule="follow-up-quote")
        return
    if not _reply_attribution(first.text) and not _named_attribution(first.text):
        return
    rest = [marked[i] for i in kept[1:]]
    if rest and rest[0].gap == 0 and _MESSAGE_ID_LINE.fullmatch(rest[0].text):
        rest = rest[1:]  # the quoted message's id on its own line (Outlook Express)
    quoted = _quoted_reply(rest)
    count = sum(1 for chunk in quoted if chunk.rule == "quoted-reply")
    if not count or quoted[0].gap > 1:
        return
    for index in kept[: len(kept) - len(rest) + count]:
        marked[index] = replace(marked[index], role="dropped", rule="follow-up-quote")


def _named_attribution(text: str) -> bool:
    """A reply line naming only the quoted writer ("Ann Lee wrote:"), as Netscape and Eudora
    write it; the caller asks for the quoted lines under it."""
    return len(text) <= 80 and text.endswith(":") and _NAMED_ATTRIBUTION.fullmatch(text) is not None


def _signs_as(line: str, poster: str) -> bool:
    """Whether a signature line names the mail's poster: the whole name, or its first word
    alone ("Nan" for "Nan Saxby"), as writers sign to a list they post to."""
    name = line.strip(" ~-–—*")
    return bool(name) and (name == poster or (" " in poster and poster.split()[0] == name))


# How many of a mail's last chunks the list's footer may take: a sponsor block, the
# unsubscribe lines, the terms of use, each a chunk or a few.
_FOOTER_REACH = 8


def _list_footer(marked: list[Chunk], kept: list[int]) -> None:
    """Rule ``list-footer``: the footer a mailing list appends to every mail it sends out
    (Yahoo Groups' "---- Yahoo! Groups Sponsor ----" block and "To unsubscribe from this
    group, …", Mailman's "listname mailing list" lines). From its first line down, the mail
    is the list's; ``kept`` loses those chunks, so the writer's signature above is the
    mail's end again. Only in a mail's last few chunks, and only from a line that opens such
    a footer, so a story's own sentence about a mailing list is left alone.
    """
    for place in range(max(0, len(kept) - _FOOTER_REACH), len(kept)):
        chunk = marked[kept[place]]
        if starts_board_footer(chunk.lines[0]):
            for index in kept[place:]:
                marked[index] = replace(marked[index], role="dropped", rule="list-footer")
            del kept[place:]
            return


def forwarded_mail(chunks: Chunks) -> Chunks:
    """Rules ``forwarded-mail``, ``forwarder-comment`` and ``mail-header``: a mail passed on.

    A reader who keeps a fic by mailing it on to herself (or a friend) sends it under her
    mail program's forward line ("---------- Forwarded message ---------") and the forwarded
    mail's From/Date/Subject/To lines, or under a reply's "On …, X <x@y> wrote:" line; what
    she writes herself goes above. The line, the header lines and her comment are the mail's,
    not the story's; the Date line stays, as the day the story was sent. Only the first such
    line counts, and only when most of the text comes after it.
    """
    index = next((i for i, c in enumerate(chunks) if _passes_on(c)), None)
    if index is None:
        return chunks
    # A follow-up article's own header above its attribution: the poster's, read by
    # :func:`mail_headers` as the post's header, not a forwarder's comment.
    own_header = (
        _reply_attribution(chunks[index].text) or _attribution_over_quote(chunks[index])
    ) and all(_header_lines(c) for c in chunks[:index])
    sizes = [len(c.text) for c in chunks]
    if not own_header and sum(sizes[index + 1 :]) < _PASSED_ON_SHARE * sum(sizes):
        return chunks
    # The forward line and the header under it, a chunk a line: hard-wrapped text may have
    # joined them into one paragraph.
    pieces = _line_chunks(chunks[index])
    rest = list(chunks[index + 1 :])
    if _FORWARD.fullmatch(pieces[0].text):
        while (
            rest
            and rest[0].gap <= (1 if len(pieces) == 1 else 0)
            and (_header_lines(rest[0]) or _quoted_header_lines(rest[0]))
        ):
            pieces += _line_chunks(rest.pop(0))
    if own_header:
        marked = list(chunks[:index])
    else:
        marked = [replace(c, role="dropped", rule="forwarder-comment") for c in chunks[:index]]
    marked.append(replace(pieces[0], role="dropped", rule="forwarded-mail"))
    forward = _FORWARD.fullmatch(pieces[0].text) is not None
    for piece in pieces[1:]:
        if piece.text.startswith(">"):
            # The quote under an attribution (its own chunk's), or a forwarded header Apple
            # Mail quoted (quoted-forward-header).
            rule = "quoted-forward-header" if forward else "quoted-reply"
            marked.append(replace(piece, role="dropped", rule=rule))
            continue
        found = _MAIL_FIELD.fullmatch(piece.text)
        dated = found is not None and found.group("key").lower() in ("date", "sent")
        marked.append(piece if dated else replace(piece, role="dropped", rule="mail-header"))
    if not forward:
        if rest and _MESSAGE_ID_LINE.fullmatch(rest[0].text):
            # The quoted message's id, on the line under Outlook Express's attribution.
            marked.append(replace(rest.pop(0), role="dropped", rule="forwarded-mail"))
        rest = _quoted_reply(rest)
    return (*marked, *rest)


def _quoted_reply(rest: list[Chunk]) -> list[Chunk]:
    """Rule ``quoted-reply``: the ">" lines under a reply's attribution line are the message
    it answers (a challenge, a request), quoted by the newsreader; the poster's own text,
    the story, comes after them.

    Only the run of chunks at once under the attribution whose every line begins with ">",
    and only when more text follows it than it holds. A quote long enough to be the story
    itself has lost its markers to the ``quoted`` pass before this one reads it.
    """
    count = 0
    while count < len(rest) and all(line.startswith(">") for line in rest[count].lines):
        count += 1
    quoted = sum(len(c.text) for c in rest[:count])
    if count == 0 or sum(len(c.text) for c in rest[count:]) <= quoted:
        return rest
    dropped = [replace(c, role="dropped", rule="quoted-reply") for c in rest[:count]]
    return dropped + rest[count:]


def _passes_on(chunk: Chunk) -> bool:
    """A forward line (with the forwarded mail's header lines joined to it), or a reply's
    attribution line."""
    if chunk.role != "text":
        return False
    # The first character first: every forward line opens with "-" or "Begin" (_FORWARD).
    if chunk.lines[0][:1] in "-bB" and _FORWARD.fullmatch(chunk.lines[0]):
        return all(_MAIL_FIELD.fullmatch(line) for line in chunk.lines[1:])
    return _reply_attribution(chunk.text) or _attribution_over_quote(chunk)


def _attribution_over_quote(chunk: Chunk) -> bool:
    """Rule ``attribution-over-quote``: a newsreader writes the attribution line right above
    the ">" lines it quotes, with no blank line between, so the two make one chunk. Guards:
    the first line alone is an attribution, and every line under it is quoted."""
    lines = chunk.lines
    return (
        len(lines) > 1
        and all(line.startswith(">") for line in lines[1:])
        and _reply_attribution(lines[0])
    )


def _header_lines(chunk: Chunk) -> bool:
    """A chunk of nothing but mail header lines."""
    return all(_MAIL_FIELD.fullmatch(line) for line in chunk.lines)


def _quoted_header_lines(chunk: Chunk) -> bool:
    """Rule ``quoted-forward-header``: Apple Mail sets the forwarded mail's From/Date/To/
    Subject lines under "Begin forwarded message:" as a quote ("> From: X <x@y>"); they are
    the forwarded header all the same. Every line of the chunk must be one, ">" before it."""
    return all(line[:1] == ">" and _MAIL_FIELD.fullmatch(line[1:].lstrip()) for line in chunk.lines)


def _line_chunks(chunk: Chunk) -> list[Chunk]:
    """The chunk's lines as chunks of their own."""
    if len(chunk.lines) == 1:
        return [chunk]
    return [
        replace(
            chunk,
            text=line,
            lines=(line,),
            first=chunk.first + offset,
            last=chunk.first + offset,
            gap=chunk.gap if offset == 0 else 0,
            indent=chunk.indent if offset == 0 else 0,
            continues=chunk.continues if offset == 0 else True,
        )
        for offset, line in enumerate(chunk.lines)
    ]


def _machine_marked(text: str) -> bool:
    """Whether ``text`` holds one of _MACHINE_MARKS, as every match of _MACHINE_VALUE does."""
    return "@" in text or ":" in text or "<" in text or "[" in text or "(" in text


def _reply_attribution(text: str) -> bool:
    """A reply's "On …, X wrote:" line: with an address or a clock time, as only a mail
    program writes it (a story's "On the last page she wrote:" has neither)."""
    return (
        len(text) <= 250
        # The cheapest tests first: each of _MACHINE_VALUE's forms holds one of its marks
        # (prose seldom has them), and lowering a text costs more than looking for five
        # characters; the pattern's leading run backtracks over every short line.
        and _machine_marked(text)
        and "wrote" in text.lower()
        and _ATTRIBUTION.fullmatch(text) is not None
        and _MACHINE_VALUE.search(text) is not None
    )
