"""Rule ``discord-markup``: a Discord channel or thread copied from the desktop client.

A copied message keeps Discord's Markdown as typed, and the client adds marks of its own. A
message sent soon after the one above it has no header line of its own; the copy glues its
time to the message's first line ("[9:13 PM]## Part 2"). Discord's own marks are
``||spoiler||`` (hidden until clicked: the words are the writer's, the bars are not) and
``-# small print``, a line of subtext (the writer's small-type info line, kept as a line).
``#`` headings need no blank line above them in a chat, where every line stands alone; see
:mod:`fic2epub.normalise.markdown`.

Only in a copy that holds a message header line ("name — 03/14/2023 9:12 PM"), so a story's
own "||" or a "[9:13 PM]" log line elsewhere stays as written. Line breaks are kept.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy
from fic2epub.normalise.forum_lines import chat_message_header

# The time the client glues to a grouped message's first line: "[9:13 PM]", "[21:13]".
_GLUED_TIME = lazy(r"\[\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\][ \t]*(?=\S)")
# A spoiler inside one line: "||He did.||".
_SPOILER = lazy(r"\|\|(?=\S)(?P<text>[^|\n]{1,1000}?)(?<=\S)\|\|")
# Discord's subtext mark: "-# a short line".
_SUBTEXT = "-# "
# How Discord's message header sets the name from the time: an em dash.
_HEADER_DASH = " \u2014 "


def discord_markup(text: str) -> str:
    """The text without the client's glued times, spoiler bars and subtext marks."""
    if "\u2014" not in text or _HEADER_DASH not in text:
        return text  # the dash first, at memory speed (see line_search)
    lines = text.split("\n")
    if not any(_HEADER_DASH in line and chat_message_header(line) for line in lines):
        return text
    for index, line in enumerate(lines):
        if line.startswith("["):
            line = _GLUED_TIME.sub("", line, count=1) if _GLUED_TIME.match(line) else line
        if line.startswith(_SUBTEXT):
            line = line[len(_SUBTEXT) :]
        if "||" in line:
            line = _SPOILER.sub(r"\g<text>", line)
        lines[index] = line
    return "\n".join(lines)
