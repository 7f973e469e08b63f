"""Rule ``discord-markup``: a Discord channel or thread copied from the desktop client.

A copied message keeps Discord's Markdown as typed, and the client adds marks of its own. A
message sent soon after the one above it has no header line of its own; the copy glues its
time to the message's first line ("[9:13 PM]## Part 2"). Discord's own marks are
``||spoiler||`` (hidden until clicked: the words are the writer's, the bars are not) and
``-# small print``, a line of subtext (the writer's small-type info line, kept as a line).
``#`` headings need no blank line above them in a chat, where every line stands alone; see
:mod:`fic2epub.normalise.markdown`.

Only in a copy that holds a message header line ("name — 03/14/2023 9:12 PM"), so a story's
own "||" or a "[9:13 PM]" log line elsewhere stays as written. Line breaks are kept, but for
the two rules below.

Rule ``discord-channel-name``: a channel copied whole opens with the channel's name as the
client shows it, "# reading-pile": a Markdown heading, but Discord's channel names are one
lower-case word or words joined by "-" and "_", which no story's title line is. Only the
copy's first line; it is emptied.

Rule ``discord-channel-bar``: the desktop app's channel bar, "#fic-drop" and the channel's
topic under it, over the first message; it is emptied.

Rule ``discord-time-line``: some copies set a grouped message's time on a line of its own
over the message ("[9:42 PM]") rather than glued to its first line. The line is only the
client's stamp; it is emptied.

Rule ``discord-split-message``: Discord sends at most 2000 characters a message, so a long
paragraph pasted into a channel goes as two messages, cut wherever the limit fell; the copy
glues the second message's time to its first line. When the message above that time is
near the limit (1500 characters at least) and stops mid-sentence (a letter or a comma last,
no closing punctuation), and the next message carries on in lower case, the two are one
paragraph: the halves are joined again with a space, and the second line goes.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.forum_lines import chat_message_header

# The time the client glues to a grouped message's first line: "[9:13 PM]", "[21:13]".
_GLUED_TIME = lazy(r"\[\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\][ \t]*(?=\S)")
# The same time on a line of its own, as some copies set it over the grouped message.
_BARE_TIME = lazy(r"[ \t]*\[\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\][ \t]*")
# A spoiler inside one line: "||He did.||".
_SPOILER = lazy(r"\|\|(?=\S)(?P<text>[^|\n]{1,1000}?)(?<=\S)\|\|")
# The channel's name over a whole channel's copy: "# reading-pile", "# fic_drops".
# Rule ``discord-channel-brackets``: servers often set a channel's name in corner brackets,
# "# 「fic-forum」".
_CHANNEL_NAME = lazy(r"# (?:「[a-z0-9]+(?:[-_][a-z0-9]+)*」|[a-z0-9]+(?:[-_][a-z0-9]+)*)")
# A forum channel's post shows its message count over the first message: "14 messages".
_MESSAGE_COUNT = lazy(r"\d{1,5}\s+messages?", re.IGNORECASE)
# A line cut by the message limit mid-sentence: a letter or a comma last.
_CUT = lazy(r"[^\W\d_],?|,", re.UNICODE)
# How long a message cut by the limit is at least: Discord's limit is 2000 characters (4000
# with a subscription), and the cut falls at a word's end just under it.
_NEAR_LIMIT = 1500
# Discord's subtext mark: "-# a short line".
_SUBTEXT = "-# "
# How Discord's message header sets the name from the time: an em dash.
_HEADER_DASH = " \u2014 "


def discord_markup(text: str) -> str:
    """The text without the client's glued times, spoiler bars, subtext marks and channel
    name, with paragraphs that the message limit cut joined again (see the module)."""
    if "\u2014" not in text or _HEADER_DASH not in text:
        return text  # the dash first, at memory speed (see line_search)
    lines = text.split("\n")
    if not any(_HEADER_DASH in line and chat_message_header(line) for line in lines):
        return text
    if _CHANNEL_NAME.fullmatch(lines[0].strip()):
        lines[0] = ""
    _channel_bar(lines)
    _forum_thread_head(lines)
    split: list[int] = []
    opened = 0  # where the message above starts
    for index, line in enumerate(lines):
        if _HEADER_DASH in line and chat_message_header(line):
            opened = index + 1
        if line.lstrip().startswith("[") and _BARE_TIME.fullmatch(line):
            # Rule ``discord-time-line``: the grouped message's time on a line of its own.
            lines[index] = ""
            opened = index + 1
            continue
        if line.startswith("[") and (glued := _GLUED_TIME.match(line)) is not None:
            line = line[glued.end() :]
            if index and _split_message(lines[opened:index], line):
                split.append(index)
            opened = index
        if line.startswith(_SUBTEXT):
            line = line[len(_SUBTEXT) :]
        if "||" in line:
            line = _SPOILER.sub(r"\g<text>", line)
        lines[index] = line
    for index in reversed(split):
        lines[index - 1] = f"{lines[index - 1].rstrip()} {lines.pop(index)}"
    return "\n".join(lines)


# How far down a forum post's head (its title, its message count) reaches.
_HEAD_REACH = 4
# The channel's name as the desktop app's bar shows it, the "#" glued on: "#fic-drop".
_CHANNEL_BAR = lazy(r"#[a-z0-9]+(?:[-_][a-z0-9]+)*")


def _channel_bar(lines: list[str]) -> None:
    """Rule ``discord-channel-bar``: a channel copied from the desktop app opens with its bar,
    the name with the "#" glued on ("#fic-drop") and the channel's topic under it (the
    server's words: "Post your own fic here!"), over the first message's header. Both are
    the client's, emptied. Guards: the name is the copy's first line, and the first
    message's header is within the three lines under it, so a story's own line stays."""
    if not _CHANNEL_BAR.fullmatch(lines[0].strip()):
        return
    for index in range(1, min(len(lines), _HEAD_REACH)):
        if _HEADER_DASH in lines[index] and chat_message_header(lines[index]):
            lines[:index] = [""] * index
            return


def _forum_thread_head(lines: list[str]) -> None:
    """Rule ``discord-forum-thread-head``: a forum channel's post copied whole opens with the
    post's title and its message count ("14 messages") over the first message's header.
    The count is the client's, emptied. The post's title names the thread; when the first
    message opens on a line the post's title starts with ("The Title" under "The Title
    [Source] — both parts"), the message's own header follows and names the story, so the
    thread's title is emptied too; otherwise it stays, the only title there is."""
    for index, line in enumerate(lines[:_HEAD_REACH]):
        if _HEADER_DASH in line and chat_message_header(line):
            above = index - 1
            if above < 0 or not _MESSAGE_COUNT.fullmatch(lines[above].strip()):
                return
            lines[above] = ""
            if above == 0 or index + 1 >= len(lines):
                return
            thread, first = lines[above - 1].strip().casefold(), lines[index + 1].strip().casefold()
            if len(first) >= 3 and thread.startswith(first):
                lines[above - 1] = ""
            return


def _split_message(above: list[str], line: str) -> bool:
    """Whether a message's first ``line`` carries on the sentence that the message ``above``
    (its lines) stops in, cut by the length limit (rule ``discord-split-message``)."""
    last = above[-1].rstrip()[-1:] if above else ""
    if not last or _CUT.fullmatch(last) is None or not line[:1].islower():
        return False
    # Near the limit: a chat's short lines ("where are you" / "im outside") stay apart.
    return sum(len(text) + 1 for text in above) >= _NEAR_LIMIT
