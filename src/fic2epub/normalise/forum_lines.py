"""The lines around posts in forum threads, mailing lists and chats.

A forum thread's "Thread starter" line, phpBB's "Postby X » date", a reply's "Re:
subject", the poster box's statistics ("Posts: 14"), where a board's or a list's footer
starts, and a chat message's "name — Today at 9:03 PM" header. The thread rules read posts
and their authors by them; none of them is the story's.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# XenForo's thread header: "Thread starter some_user  Start date Jan 4, 2022". XenForo's
# user names may hold spaces ("Wren Abbot"): the shortest name of up to four words that
# "Start date" follows; with no date, only one word, so no sentence reads as a name.
_THREAD_STARTER = lazy(
    r"thread\s+starter\s*:?\s+(?:(?P<name>\S{1,40}?(?:\s\S{1,40}?){0,3}?)"
    r"\s+start\s+date\s*:?\s+.{1,40}?|(?P<solo>\S{1,40}))"
    # SpaceBattles adds the thread's tags: "… Start date Mar 3, 2021 Tags engineering verne".
    r"(?:\s+tags\s*:?\s+.{1,200})?"
    # Rule ``invision-started-by``: Invision Community's line under a topic's title,
    # "Started by some_user, March 3, 2009": one user name, a comma, a date with a digit.
    r"|started\s+by\s+(?P<started>[^\s,]{1,40}),\s+(?=[^,\n]{0,20}\d)[^\n]{4,40}",
    re.IGNORECASE,
)


def thread_starter(line: str) -> str | None:
    """The poster named by a forum thread's "Thread starter" line, else None.

    On a fiction forum (SpaceBattles, Sufficient Velocity, Questionable Questing) the
    thread's starter is the story's author.
    """
    if len(line) > 300 or line.lstrip()[:1] not in "TtSs":
        return None
    found = _THREAD_STARTER.fullmatch(line.strip())
    if found is None:
        return None
    return found.group("name") or found.group("solo") or found.group("started")


# phpBB's line under each post's subject: "Postby some_user » Sat Mar 09, 2019 8:41 pm"
# (its newer style prints "by some_user » …"). Rule ``post-byline-i18n``: its language packs
# say "Bericht door" (Dutch), "Beitrag von" (German), "Message par" (French), "Mensaje
# por" (Spanish), "Messaggio da" (Italian), "Mensagem por" (Portuguese).
_POST_BY = lazy(
    r"(?:(?:post\s*)?by|bericht\s+door|beitrag\s+von|message\s+par|mensaje\s+por"
    r"|messaggio\s+da|mensagem\s+por)\s+(?P<name>\S.{0,40}?)\s+»\s+(?P<date>\S.{4,40})",
    re.I,
)


def post_byline(line: str) -> str | None:
    """The poster named by a forum post's "Postby X » date" line, else None."""
    if "»" not in line or len(line) > 100:
        return None
    found = _POST_BY.fullmatch(line.strip())
    if found is None or not any(c.isdigit() for c in found.group("date")):
        return None
    return found.group("name")


# A chat message's header line, as Discord copies it: "some_user — Today at 9:03 PM",
# "some_user — Yesterday at 23:52", "some_user — 03/14/2023 9:03 PM".
_CHAT_HEADER = lazy(
    r"(?P<name>\S.{0,40}?)\s+[—–-]\s+(?:(?:today|yesterday)\s+at\s+|[\d/.-]{6,10},?\s+)"
    r"\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?",
    re.IGNORECASE,
)


# DiscordChatExporter's message line: the date and time in brackets, then the sender, with
# the "#4410" discriminator Discord gave every name until 2023: "[07-Feb-22 08:41 PM]
# santillane#4410", "[2/7/2022 8:41 PM] santillane". The date and the time must both be
# there, and the line holds nothing after the name (which Discord never lets hold a ":"),
# so a chat log's "[21:04] Anna: Ben." is a line of the story.
_EXPORTED_HEADER = lazy(
    r"\[\d{1,4}[-/.](?:\d{1,2}|[a-z]{3,9})[-/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s*[ap]\.?m\.?)?\]\s+(?P<name>[^\s#:\[\]][^#:\[\]]{0,39}?)(?:#\d{4})?",
    re.IGNORECASE,
)


def chat_message_header(line: str) -> str | None:
    """The sender named by a chat message's "name — Today at 9:03 PM" line (or a chat
    exporter's "[07-Feb-22 08:41 PM] name#1234" line), else None."""
    if ":" not in line or len(line) > 80:
        return None
    if line[:1] == "[":
        found = _EXPORTED_HEADER.fullmatch(line.strip())
    else:
        found = _CHAT_HEADER.fullmatch(line.strip())
    return found.group("name") if found else None


# A reply's subject line, which repeats the thread's: "Re: [Title] Thread: …".
_REPLY_SUBJECT = lazy(r"re\s*:\s*(?P<subject>\S.{0,200})", re.IGNORECASE)


def reply_subject(line: str) -> str | None:
    """The subject a forum reply's "Re: subject" line repeats, else None."""
    found = _REPLY_SUBJECT.fullmatch(line.strip()) if len(line) <= 220 else None
    return found.group("subject").strip() if found else None


# The box of poster statistics under a forum post's author name: "Posts: 14", "Joined: …".
_POSTER_STATS = lazy(
    r"(?:posts|messages|joined|location|reputation|reaction\s+score|points|gender|group"
    # XenForo 1's poster box (Questionable Questing): "Likes Received: 1,905".
    r"|likes\s+received|trophy\s+points"
    # vBulletin's poster box: "Join Date: Mar 2005".
    r"|join\s+date"
    # Rule ``poster-stats-i18n``: phpBB's poster box in its language packs: Greek "Μηνύματα"
    # (posts), "Εγγραφή" (joined), "Τοποθεσία" (location); German "Beiträge",
    # "Anmeldungsdatum", "Wohnort"; French "Inscrit le"; Italian "Iscritto il", "Messaggi".
    r"|μηνύματα|εγγραφή|τοποθεσία|beiträge|anmeldungsdatum|wohnort|inscrit\s+le"
    r"|iscritto\s+il|messaggi)"
    r"\s*:\s*\S.{0,40}|status\s*:\s*(?:online|offline)",
    re.IGNORECASE,
)


def is_poster_stat(line: str) -> bool:
    """Whether a line is one of a forum poster box's statistics ("Posts: 14")."""
    return len(line) <= 60 and _POSTER_STATS.fullmatch(line.strip()) is not None


# Where a forum board's or a mailing list's footer starts under the last post.
_BOARD_FOOTER = lazy(
    r"display\s+posts\s+from\s+previous\s*:.*|who\s+is\s+online|users\s+browsing\s+this"
    r"\s+forum\s*:.*|jump\s+to\s*:.*|return\s+to\s+board\s+index"
    # Rule ``board-footer-i18n``: phpBB's "Who is online" in its Dutch, German, French,
    # Spanish, Italian and Portuguese language packs.
    r"|wie\s+is\s+er\s+online|wer\s+ist\s+online\??|qui\s+est\s+en\s+ligne\s*\??"
    r"|¿?qui[ée]n\s+est[áa]\s+conectado\??|chi\s+c['’]è\s+in\s+linea|quem\s+est[áa]\s+ligado\??"
    r"|you\s+must\s+log\s+in\s+or\s+(?:register|sign\s+up)\s+to\s+(?:reply|post).*"
    # vBulletin under a thread: "« Previous Thread | Next Thread »", "Posting Rules".
    r"|[«<]*\s*previous\s+thread\s*\|\s*next\s+thread\s*[»>]*|posting\s+rules"
    # Yahoo Groups, Google Groups and Mailman under a list's mail.
    r"|yahoo!?\s+groups\s+(?:links|sponsor).*|to\s+unsubscribe\s+from\s+this\s+group.*"
    r"|(?:-+\s*)?you\s+received\s+this\s+message\s+because\s+you\s+are\s+subscribed.*"
    r"|[\w.-]+\s+mailing\s+list"
    # Rule ``digest-trailer``: a digest's last line under its last message, "End of fic-l-digest
    # V1 #212" (Majordomo), "End of Fic-L Digest, Vol 3, Issue 12" (Mailman).
    r"|end\s+of\s+[\w.-]*?[\s-]digest\b.{0,60}"
    # Rule ``invision-topic-footer``: Invision Community under a topic's last post, its
    # buttons ending in "Reply to this topic", then "Go to topic listing".
    r"|(?:(?:quote|multi-?quote)\s+){0,2}reply\s+to\s+this\s+topic(?:\s*(?:\.\.\.|…))?"
    r"|go\s+to\s+topic\s+listing",
    re.IGNORECASE,
)


def starts_board_footer(line: str) -> bool:
    """Whether a line opens a forum board's footer ("Who is online", "Jump to: …"), or a
    mailing list's, whose first line may be set in a rule ("---- Yahoo! Groups Sponsor ----")."""
    return len(line) <= 200 and _BOARD_FOOTER.fullmatch(line.strip().strip("-~> ")) is not None
