"""Rule ``chat-export``: a story posted in a group chat, from the phone app's "Export chat"
(WhatsApp's).

The export is a text file with one line per message opening in the message's date, time and
sender: "14/03/2023, 21:08 - Name: the message" on Android, "[14/03/2023, 21:08:33] Name:
the message" on an iPhone (the date in the phone's own order). Messages selected and copied
from WhatsApp Web or the desktop app put the time first: "[21:08, 14/03/2023] Name: the
message" (``chat-copy-time-first``); they read the same. A message of several lines
runs on, unprefixed, over the lines below. The app's own lines have a stamp and no sender
("Messages and calls are end-to-end encrypted…", "Name created group…", "Name added you"),
and it writes its marks where a message was a picture, was deleted or was changed
("<Media omitted>", "This message was deleted", "<This message was edited>").

The story is the messages of the member who posted it: the one who wrote by far the most.
The others' messages (readers' reactions, unrelated chat, their lines carried on too), the
app's lines, the poster's messages of the app's marks or of emoji alone (reactions) and the
app's marks after a message are the chat's. The poster's messages lose their prefixes.

The chat's lines are removed, not emptied: an export often has no blank lines at all, and
an emptied line would read as a scene break there. :func:`chat_messages` marks them, one
line for one line, and :func:`chat_export` removes the marked lines, so ``inspect
--explain`` shows each one dropped where it stood.

A story reaches a chat in one of two shapes, and what the poster says before its title reads
differently in each:

- One short message a line: every paragraph, the title and the headings sent as messages of
  their own, so the story's messages are cut like the chat's and the poster's talk runs in
  the same stream. Rule ``chat-export-title``: the poster sends the title as a message set in
  WhatsApp's bold (``*The Title*``); what the poster said before that first bold message is
  conversation (answering the others, "ok ok, sending it in bits"), not the story or a note,
  and goes. Without a bold message, nothing of the poster's is taken as conversation.
- A few long messages, most lines without a prefix (a story pasted a part at a time): the
  story's messages stand apart from the short ones around them, and what the poster says
  there (an intro over the title, an apology, a sign-off) is the poster's word about the
  story and stays, for the note rules to read (``chatter-over-title`` and the rest).
  Rule ``chat-export-earlier-talk``: the intro is only what the poster sends right above
  the story; her messages before another member's last word over it (answering the club's
  plans days earlier) are the chat's and go. Rule ``chat-export-reply``: a one-line
  message of hers between another member's message and her next long one goes too when she
  sent it nearer in time to that member's message than to her own story ("did u finish
  it" answered at once, the part sent minutes later, in the same sitting): her answer in
  the chat, not an intro sent with the part nor a word closing the part above before the
  next comes another day. Exports stamped to the minute often tie; a tie keeps the message.

On an iPhone the app's notice of encryption comes as a message of the chat's own name
("[03/02/2024, 22:10:41] Name: Messages and calls are end-to-end encrypted…"): the app's
line all the same, and it goes with the marks.

Rule ``chat-export-reader-paste``: a reader keeping a story in a chat with herself pastes
it whole, header and all, and its "Author:" or "by" line names someone who is not the
sender. Then what she says in one-line messages before the first long message and after
the last (why she saved it, what she thought of it) is her chat, not the author's word, and
goes; what the long messages hold, a thank-you at their end too, is the pasted post's.

Guards: the first line is a message line and five message lines at least, or (one short
message a line) eight message lines at least making half the text's lines, so a story that
quotes a chat line or two keeps them; and a poster who wrote twice as much as anyone else.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from fic2epub.lazy_re import lazy
from fic2epub.normalise.bylines import byline_names, same_user_name
from fic2epub.normalise.chat_times import clock_step, message_seconds
from fic2epub.normalise.journal_parts import is_author_field
from fic2epub.normalise.line_search import line_may_start

# A message's prefix: the date and time, then " - " (Android) or in brackets (iPhone); an
# iPhone export may open a line with a left-to-right mark.
_DATE = (
    r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
    r"(?:\s?[AaPp]\.?[Mm]\.?)?"
)
# Rule ``chat-copy-time-first``: messages selected and copied in WhatsApp Web or the desktop
# app carry the time before the date, "[21:04, 24/12/2023] Name: the message".
_TIME_FIRST = r"\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?,\s\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
_PREFIX_TEXT = rf"\u200e?(?:{_DATE}\s[-\u2013]\s|\[{_DATE}\]\s|\[{_TIME_FIRST}\]\s)"
_PREFIX = lazy(_PREFIX_TEXT)
# The same prefix at a line's start, searched for in the whole text first (line_search).
_PREFIX_START = lazy(r"\n" + _PREFIX_TEXT)
# The sender after the prefix, up to the colon: a contact's name or a phone number.
_SENDER = lazy(r"(?P<name>[^:\n]{1,60}?):\s")
# The app's marks in place of a message's text.
_PLACEHOLDER = lazy(
    r"\u200e?(?:<media omitted>|<[^<>\n]{1,40}omitted>|<attached:[^<>\n]{1,200}>"
    r"|this message was deleted\.?|you deleted this message\.?|null|image omitted"
    r"|video omitted|sticker omitted|audio omitted|gif omitted|\(file attached\)"
    r"|messages (?:and calls )?(?:to this (?:chat|group) )?(?:are|are now) end-to-end "
    r"encrypted\b[^\n]{0,200})\s*",
    re.IGNORECASE,
)
# The app's mark after a changed message's text, at the end of its last line.
_EDITED = lazy(r"\s*\u200e?<this message was edited>\s*$", re.IGNORECASE)
# WhatsApp bold around a whole message: "*The Title*".
_BOLD_LINE = lazy(r"\*[^*\s][^*\n]{0,80}[^*\s]\*|\*[^*\s]\*")
# The Unicode categories of emoji and of the marks that join and shape them.
_EMOJI_PARTS = ("So", "Sk", "Mn", "Cf")
# What stands for a line to remove, between the two steps: no text holds it.
_GONE = "\ue000\ue001gone"
# The fewest message lines of an export that opens on one, and of one short message a line.
_LEAST_MESSAGES = 5
_LEAST_SHORT_MESSAGES = 8
# How much of the poster's text the next sender may have for the poster to be the story's.
_POSTER_SHARE = 2


@dataclass(frozen=True, slots=True)
class _Message:
    """A message line: its index, where its text starts and its sender (None: the app's)."""

    index: int
    start: int
    sender: str | None


def chat_messages(text: str) -> str:
    """The poster's messages without their prefixes, every other line marked gone (rules
    ``chat-export`` and ``chat-export-title``, see the module), for :func:`chat_export` to
    remove; any other text is returned as it is. One line for one line."""
    head = text[:400]
    if ":" not in head or not any(c.isdigit() for c in head[:30]):
        return text  # the cheap test first: an export opens on a date and a sender's colon
    if not line_may_start(_PREFIX_START, text):
        return text  # no line opens on a message's prefix
    lines = text.split("\n")
    messages = _messages(lines)
    filled = sum(1 for line in lines if line.strip())
    short = len(messages) >= _LEAST_SHORT_MESSAGES and len(messages) * 2 >= filled
    opens = bool(messages) and messages[0].index == 0
    if not short and not (opens and len(messages) >= _LEAST_MESSAGES):
        return text
    poster = _poster(lines, messages)
    if poster is None:
        return text
    # Read before the prefixes go.
    stamped = [message.index for message in messages]
    times = message_seconds(lines, stamped)
    step = clock_step(lines, stamped)
    kept = _keep_poster(lines, messages, poster)
    if short:
        _drop_talk_before_title(lines, kept)
    else:
        _drop_earlier_talk(lines, messages, kept, poster)
        _drop_reader_talk(lines, messages, kept, poster)
        _drop_replies(lines, messages, kept, (times, step))
    return "\n".join(lines)


def chat_export(text: str) -> str:
    """The text without the lines :func:`chat_messages` marked gone."""
    # The mark's second character first, found at memory speed (see line_search): its first,
    # U+E000, has a zero low byte, which memchr cannot look for among two-byte characters.
    if "\ue001" not in text or _GONE not in text:
        return text
    return "\n".join(line for line in text.split("\n") if line != _GONE)


def _messages(lines: list[str]) -> list[_Message]:
    """Each message line (a line opening on a prefix), in order."""
    found: list[_Message] = []
    for index, line in enumerate(lines):
        prefix = _PREFIX.match(line)
        if prefix is None:
            continue
        sender = _SENDER.match(line, prefix.end())
        if sender is None:
            found.append(_Message(index, prefix.end(), None))
        else:
            found.append(_Message(index, sender.end(), sender.group("name").strip()))
    return found


def _spans(lines: list[str], messages: list[_Message]) -> list[tuple[_Message, int]]:
    """Each message with the index after its last line (where the next message starts)."""
    ends = [message.index for message in messages[1:]] + [len(lines)]
    return list(zip(messages, ends, strict=True))


def _poster(lines: list[str], messages: list[_Message]) -> str | None:
    """The sender who wrote the most characters, when clearly more than anyone else."""
    written: Counter[str] = Counter()
    for message, end in _spans(lines, messages):
        if message.sender is not None:
            written[message.sender] += sum(len(line) for line in lines[message.index : end])
    ranked = written.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] < _POSTER_SHARE * ranked[1][1]):
        return None
    return ranked[0][0]


def _keep_poster(lines: list[str], messages: list[_Message], poster: str) -> list[int]:
    """Rewrite the chat in place: the poster's messages without their prefixes and the app's
    marks, every other line marked gone; return the indexes of the poster's first lines
    kept."""
    kept: list[int] = []
    for message, end in _spans(lines, messages):
        if message.sender != poster:
            lines[message.index : end] = [_GONE] * (end - message.index)
            continue
        lines[message.index] = lines[message.index][message.start :]
        for index in range(message.index, end):
            lines[index] = _EDITED.sub("", lines[index])
        body = lines[message.index]
        if _PLACEHOLDER.fullmatch(body) or _reaction(body):
            # A message of the app's mark alone, or of emoji alone (a reaction, even the
            # poster's), is none of the story.
            lines[message.index] = _GONE
            continue
        kept.append(message.index)
    return kept


def _reaction(line: str) -> bool:
    """A message of nothing but emoji (and their joiners and variation selectors) or
    ``<3`` hearts."""
    compact = "".join(line.split())
    hearts = "<3" in compact
    compact = compact.replace("<3", "")
    if not all(unicodedata.category(c) in _EMOJI_PARTS or c in "\u200d\ufe0f" for c in compact):
        return False
    return hearts or any(unicodedata.category(c) == "So" for c in compact)


def _drop_talk_before_title(lines: list[str], kept: list[int]) -> None:
    """Rule ``chat-export-title``: mark gone the poster's messages before the first one that
    is a whole bold line (see the module)."""
    title = next((i for i in kept if _BOLD_LINE.fullmatch(lines[i].strip())), None)
    if title is None:
        return
    lines[:title] = [_GONE] * title


def _drop_earlier_talk(
    lines: list[str], messages: list[_Message], kept: list[int], poster: str
) -> None:
    """Rule ``chat-export-earlier-talk``: mark gone the poster's messages before the last
    message of another member that precedes her first long message (see the module).

    The poster's intro is what she sends with the story, one message or a few in a row
    right above it; what she said before someone else spoke again (answering the club's
    plans, "I've read it twice") is the chat's, however long ago. Guard: only the poster's
    one-line messages go, and only with another member's message between them and the
    first long message."""
    spans = _spans(lines, messages)
    first_long = next(
        (m.index for m, end in spans if m.index in kept and _filled(lines, m.index, end) > 1),
        None,
    )
    if first_long is None:
        return
    others = [
        m.index
        for m in messages
        if m.index < first_long and m.sender is not None and m.sender != poster
    ]
    if not others:
        return
    for start in kept:
        if start < others[-1]:
            lines[start] = _GONE


# The longest wait for the next part within one sitting of the chat, in seconds.
_SITTING = 3600

# How many lines down a pasted message's author line may stand.
_AUTHOR_WITHIN = 8


def _drop_reader_talk(
    lines: list[str], messages: list[_Message], kept: list[int], poster: str
) -> None:
    """Rule ``chat-export-reader-paste``: mark gone the poster's one-line messages before her
    first long message and after her last, when the long messages paste a story whose
    author line names someone else (see the module)."""
    starts = set(kept)
    spans = [(m.index, end) for m, end in _spans(lines, messages) if m.index in starts]
    long = [(start, end) for start, end in spans if _filled(lines, start, end) > 1]
    if not long or not _names_other_author(lines, long[0], poster):
        return
    first, last = long[0][0], long[-1][0]
    for start, end in spans:
        if _filled(lines, start, end) == 1 and (start < first or start > last):
            lines[start] = _GONE


def _drop_replies(
    lines: list[str],
    messages: list[_Message],
    kept: list[int],
    clock: tuple[list[float | None], int],
) -> None:
    """Rule ``chat-export-reply``: mark gone the poster's one-line message that answers
    another member in the chat rather than opening her next long message (see the module).

    Such a message stands between another member's message and the poster's next long one;
    it is the chat's when it was sent nearer in time to the member's message above it than
    to the story's message below it ("did u finish it" answered at once, the part sent
    minutes later). An intro sent with the part, as near to it or nearer, stays for the
    note rules, and so does a word sent before she leaves the chat for the day ("part two
    tomorrow!!"), the part coming in a later sitting: it closes the part above. Guards:
    the message opens in lower case, as chat is typed (a title line sent on its own does
    not); both neighbours' times read, nearer for certain whatever the stamps round away
    (two messages stamped the same minute may be a minute apart, so the gap above plus two
    steps must not pass the gap below: "21:00" / "21:00" / "21:02" is an answer, the first
    gap under a minute and the second over one); and the message below the poster's own,
    of two lines or more."""
    times, step = clock
    starts = set(kept)
    spans = _spans(lines, messages)
    for at in range(1, len(spans) - 1):
        message, end = spans[at]
        below, below_end = spans[at + 1]
        above = messages[at - 1]
        if message.index not in starts or _filled(lines, message.index, end) != 1:
            continue
        if not lines[message.index].lstrip()[:1].islower():
            continue
        if above.sender is None or above.sender == message.sender:
            continue
        if below.index not in starts or _filled(lines, below.index, below_end) < 2:
            continue
        sent_above, sent, sent_below = times[at - 1], times[at], times[at + 1]
        if sent_above is None or sent is None or sent_below is None:
            continue
        if sent - sent_above + 2 * step <= sent_below - sent <= _SITTING:
            lines[message.index] = _GONE


def _filled(lines: list[str], start: int, end: int) -> int:
    """How many lines of a message hold text (a file's last message runs to its end)."""
    return sum(1 for line in lines[start:end] if line.strip())


def _names_other_author(lines: list[str], span: tuple[int, int], poster: str) -> bool:
    """Whether the first lines of a message name, in a byline ("by name") or an "Author:"
    field, an author who is not its sender."""
    start, end = span
    for line in lines[start : min(end, start + _AUTHOR_WITHIN)]:
        text = line.strip()
        names = byline_names(text) or (
            (text.split(":", 1)[1].strip(),) if is_author_field(text) else ()
        )
        if names:
            return not any(same_user_name(name, poster) for name in names)
    return False
