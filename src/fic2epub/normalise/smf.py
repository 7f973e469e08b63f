"""Simple Machines Forum (SMF) threads, as FinFanFun and many fandom boards run them.

A thread page copied as text opens with the board's welcome line, menu, breadcrumbs, the
pager ("Pages: [1]   Go Down", Finnish "Sivuja: [1]   Alas") and the topic table's head
("Author  Topic: … (Read 318 times)"). Each post is headed by the poster's name, the poster
box ("Posts: 412", "Viestejä: 412"), the post's subject and its date between guillemets:
"« on: March 14, 2015, 07:42:10 PM »", "« Reply #1 on: … »"; the Finnish interface leaves
the "on" out: "« : 14.03.2015 klo 19:42:10 »", "« Vastaus #1 : … »". An edited post ends
with "« Last Edit: … by name »". The pager comes again under the last post.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.forum_lines import is_poster_stat

# Rule ``smf-post-date``: a post's date line: an optional "Reply #N" (in the board's
# language), an optional "on"/"am", a colon, then a date with a year and a clock time,
# between guillemets and nothing else.
_POST_DATE = lazy(
    r"«\s*(?:[^\W\d_]{1,20}\s*)?(?:#\d{1,6}\s*)?(?:[^\W\d_]{1,6}\s*)?:\s*"
    r"(?=[^«»]*\d{4})[^«»:]{4,40}?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\s*»"
)
# Rule ``smf-edit-line``: "« Last Edit: March 14, 2015, 07:58:31 PM by name »", Finnish
# "« Viimeksi muokattu: 14.03.2015 klo 19:58:31 kirjoittanut name »": a label of a word or
# three and its colon, then a date with a clock time, between guillemets.
_EDIT_LINE = lazy(
    r"«\s*[^\W\d_]{2,20}(?:\s+[^\W\d_]{2,20}){0,2}\s*:\s*(?=[^«»]*\d{4})[^«»]{0,40}?"
    r"\d{1,2}:\d{2}[^«»]{0,60}»"
)
# The poster box in the board's other languages: Finnish "Viestejä", German "Beiträge",
# Spanish "Mensajes", Italian "Messaggi", Polish "Postów", Dutch "Berichten", Swedish
# "Inlägg", Russian "Сообщений", and the karma and gender lines.
_FOREIGN_STAT = lazy(
    r"(?:viestejä|beiträge|mensajes|messaggi|postów|posty|berichten|inlägg|innlegg|indlæg"
    r"|сообщений|příspěvků|hozzászólások|mesajlar|karma|sukupuoli)\s*:\s*\S.{0,40}",
    re.IGNORECASE,
)
# Rule ``smf-pager``: the pager over and under a topic's posts, "Pages: [1] 2   Go Up",
# "Sivuja: [1]   Ylös", the current page in square brackets. Under the last post it opens
# the page's footer (the links to the topics either side, "« previous next »").
_PAGER = lazy(
    r"[^\W\d_]{3,12}\s*:\s*(?:\d{1,4}\s+)*\[\d{1,4}\](?:\s+(?:\[\d{1,4}\]|\d{1,4}|\.\.\.))*"
    r"(?:\s+[^\W\d_]{2,12}(?:\s+[^\W\d_]{2,12})?)?"
)
# Rule ``smf-poster-box``: the lines SMF 1's poster box sets between the poster's name and
# the "Posts:" line: the online status, the rank's stars ("*", "*****") and the rank over
# them ("Newbie", "Jr. Member"), which the board's admin may rename.
_ONLINE = lazy(r"(?:on|off)line", re.IGNORECASE)
_STARS = lazy(r"\*{1,10}")
# SMF's default rank names, which may stand over the stars as the member group when the
# post-count rank is under them, or alone when the theme shows no stars.
_DEFAULT_RANK = lazy(
    r"newbie|jr\.?\s+member|full\s+member|sr\.?\s+member|hero\s+member|administrator"
    r"|(?:global\s+)?moderator",
    re.IGNORECASE,
)
# Rule ``smf-logged``: SMF prints "Logged" (German "Gespeichert", Finnish "Tallennettu" or,
# in SMF 2's pack, "Kirjattu")
# under each post's text, right above the poster's signature.
_LOGGED = frozenset({"logged", "gespeichert", "tallennettu", "kirjattu"})
# How many lines a poster box may hold, and how far above the first post the head reaches.
_BOX_LINES = 6
_HEAD_LINES = 30
_LONGEST_HEAD_LINE = 200
# The longest a poster's personal text under the poster box's statistics may be.
_PERSONAL_TEXT = 80
# The most lines, and the longest line, a signature under "Logged" holds.
_SIGNATURE_LINES = 4
_LONGEST_SIGNATURE_LINE = 200


def is_post_date(text: str) -> bool:
    """Whether a line is an SMF post's date line ("« Reply #1 on: … »")."""
    line = text.strip()
    return line[:1] == "«" and len(line) <= 90 and _POST_DATE.fullmatch(line) is not None


def is_edit_line(text: str) -> bool:
    """Whether a line is an SMF post's "« Last Edit: … by name »" line."""
    line = text.strip()
    return (
        line[:1] == "«"
        and len(line) <= 140
        and not is_post_date(line)
        and _EDIT_LINE.fullmatch(line) is not None
    )


def is_pager(text: str) -> bool:
    """Whether a line is a topic's pager ("Pages: [1]   Go Up")."""
    line = text.strip()
    if len(line) > 80 or "[" not in line:
        return False
    return _PAGER.fullmatch(line) is not None


def _stat(text: str) -> bool:
    return is_poster_stat(text) or (len(text) <= 60 and _FOREIGN_STAT.fullmatch(text) is not None)


def post_headers(chunks: Sequence[Chunk]) -> list[tuple[int, int]]:
    """The posts of an SMF topic (their headers are rule ``forum-post-header``), as (header
    start, body start); the header starts on the poster's name line.

    A header is the poster's name, one or more poster box lines, maybe the post's subject,
    then the date line, with no blank line between: a story's own line in guillemets has no
    poster box over it."""
    found: list[tuple[int, int]] = []
    for index, chunk in enumerate(chunks):
        if chunk.role != "text" or chunk.text[:1] != "«" or not is_post_date(chunk.text):
            continue
        above = index - 1
        if above >= 0 and not chunks[index].gap and not _stat(chunks[above].text):
            above -= 1  # the post's subject
        if (
            above > 0
            and not chunks[above + 1].gap
            and not chunks[above].gap
            and len(chunks[above].text) <= _PERSONAL_TEXT
            and not _stat(chunks[above].text)
            and _stat(chunks[above - 1].text)
        ):
            # Rule ``smf-personal-text``: the poster's personal text, a short line the
            # member writes once, which the poster box prints under the statistics.
            above -= 1
        stats = above
        while (
            above >= 0
            and stats - above < _BOX_LINES
            and not chunks[above + 1].gap
            and _stat(chunks[above].text)
        ):
            above -= 1
        if above == stats or above < 0 or chunks[above + 1].gap:
            continue
        above = _box_top(chunks, above)
        if above < 0:
            continue
        name = chunks[above]
        if name.role != "text" or len(name.text) > 40 or len(name.text.split()) > 4:
            continue
        found.append((above, index + 1))
    return found


def _box_top(chunks: Sequence[Chunk], index: int) -> int:
    """The poster's name line over an SMF 1 poster box whose lines above the statistics end
    at ``index`` (rule ``smf-poster-box``): the online status, the stars and the rank over
    them are skipped. -1 when the box reaches the file's top."""
    for test in (_ONLINE.fullmatch, _STARS.fullmatch):
        if index > 0 and not chunks[index + 1].gap and test(chunks[index].text.strip()):
            index -= 1
            if (
                test is _STARS.fullmatch
                and index > 0
                and not chunks[index].gap
                and not is_logged(chunks[index - 1].text)
            ):
                # The rank the stars show, which may have any name; none when the line
                # above would be the post before's "Logged" (the name is right over them).
                index -= 1
    while index > 0 and not chunks[index].gap and _DEFAULT_RANK.fullmatch(chunks[index].text):
        index -= 1
    return index


def is_logged(text: str) -> bool:
    """Whether a line is SMF's "Logged" under a post's text (rule ``smf-logged``)."""
    return len(text) <= 12 and text.strip().lower() in _LOGGED


def logged_signatures(marked: list[Chunk], posts: Sequence[tuple[int, int]]) -> None:
    """Rule ``smf-logged``: in each post (text start, end), the "Logged" line SMF prints
    under the post's text and the poster's signature under it, down to the next post.

    Only the post's last "Logged" line counts, and only when few short lines follow it:
    the signature. A story's "Logged." sentence ends with its stop and stays."""
    for body, end in posts:
        stop = end
        while stop > body and marked[stop - 1].role == "dropped":
            stop -= 1
        for index in range(stop - 1, max(body, stop - _SIGNATURE_LINES - 2) - 1, -1):
            if not is_logged(marked[index].text):
                continue
            if any(len(chunk.text) > _LONGEST_SIGNATURE_LINE for chunk in marked[index:stop]):
                break
            for position in range(index, stop):
                marked[position] = replace(marked[position], role="dropped", rule="smf-logged")
            break


def _post_foot_lines(chunk: Chunk) -> Chunk:
    """Rule ``smf-post-foot``: a post's last paragraph run on with the lines SMF sets under
    its text, with no blank line between: the edit line ("« Last Edit: … »") and "Logged".
    Returns the chunk without them (the same chunk when it ends otherwise)."""
    lines = list(chunk.lines)
    while len(lines) > 1 and (is_logged(lines[-1]) or is_edit_line(lines[-1])):
        lines.pop()
    if len(lines) == len(chunk.lines):
        return chunk
    # The text keeps the joins layout made (a hyphenated word rejoined across lines): only
    # the cut lines come off its end.
    text = chunk.text
    for line in chunk.lines[len(lines) :][::-1]:
        text = text.removesuffix(line).rstrip()
    cut = len(chunk.lines) - len(lines)
    return replace(
        chunk, text=text, lines=tuple(lines), last=chunk.last - cut, rule="smf-post-foot"
    )


def clean_topic(marked: list[Chunk], first_post: int, last_body: int) -> None:
    """Rules ``smf-topic-head``, ``smf-edit-line`` and ``smf-pager``: the board's lines
    above the first post (welcome line, menu, breadcrumbs, pager, the topic table's head),
    each post's edit line, and the pager under the last post down to the page's end.

    The head goes only when the first post starts near the top and every line above it is
    short: a file that opens with its own long text keeps it."""
    above = [i for i in range(first_post) if marked[i].role != "dropped"]
    if first_post <= _HEAD_LINES and all(len(marked[i].text) <= _LONGEST_HEAD_LINE for i in above):
        for index in above:
            marked[index] = replace(marked[index], role="dropped", rule="smf-topic-head")
    for index in range(first_post, len(marked)):
        chunk = marked[index]
        if chunk.role == "text" and chunk.text[:1] == "«" and is_edit_line(chunk.text):
            marked[index] = replace(chunk, role="dropped", rule="smf-edit-line")
        elif chunk.role == "text" and len(chunk.lines) > 1:
            marked[index] = _post_foot_lines(chunk)
    for index in range(last_body, len(marked)):
        if marked[index].role == "text" and is_pager(marked[index].text):
            for position in range(index, len(marked)):
                if marked[position].role != "dropped":
                    marked[position] = replace(marked[position], role="dropped", rule="smf-pager")
            return


# Rule ``smf-topic-starter``: the line over a topic's first post naming who started it, in
# the board's language: "Started by: name", Finnish "Aiheen aloittaja: name", German
# "Thema gestartet von: name", Spanish "Iniciado por: name".
_STARTER = lazy(
    r"(?:started\s+by|aiheen\s+aloittaja|thema\s+gestartet\s+von|iniciado\s+por)\s*:?\s+"
    r"(?P<name>[^\s:;,]{1,40})",
    re.IGNORECASE,
)
# A reply's number over its date line: "Reply #1", Finnish "Vastaus #1", German "Antwort #1".
_REPLY_NUMBER = lazy(r"[^\W\d_]{2,20}\s*#\d{1,6}")
# The longest topic subject over the first post's date line.
_SUBJECT_LINE = 200


def nameless_headers(chunks: Sequence[Chunk]) -> list[tuple[int, int, str]]:
    """Rule ``smf-nameless-posts``: an SMF topic copied from a theme (or a print view) that
    sets no poster box: the head names who started the topic ("Aiheen aloittaja: name"),
    the first post opens with the topic's subject over its "« : date »" line, and each reply
    with "Reply #1" over its date line. Returns each post's (start, body, poster): the
    starter for the first post, "" (a reader, unnamed) for the replies.

    Guards: the topic's pager ("Sivuja: [1]") and the starter's line above the first post,
    each date line right under its subject or number line, so a story's line in guillemets
    stays."""
    starter: str | None = None
    paged = False
    found: list[tuple[int, int, str]] = []
    for index, chunk in enumerate(chunks):
        text = chunk.text
        if chunk.role != "text":
            continue
        head = not found and index < _HEAD_LINES  # the topic's head, over the first post
        if head and "[" in text and is_pager(text):
            paged = True
        elif head and len(text) <= 80 and (named := _STARTER.fullmatch(text.strip())):
            starter = named["name"]
        elif text[:1] == "«" and index and not chunk.gap and is_post_date(text):
            above = chunks[index - 1].text.strip()
            if _REPLY_NUMBER.fullmatch(above) and found:
                found.append((index - 1, index + 1, ""))
            elif not found and starter and paged and len(above) <= _SUBJECT_LINE:
                found.append((index - 1, index + 1, starter))
    return found
