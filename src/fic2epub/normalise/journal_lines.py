"""The lines around a journal or blog post: its "Tags:" line and its poster's line.

A blog's "Tags:" or "Labels:" under a post (in several languages), and the line naming
the poster above a journal entry: Dreamwidth's "[personal profile] name posted in
[community profile] comm", LiveJournal's "name (name) wrote in comm,", diary.ru's
"Дневник пользователя name".
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# A blog's "Tags:" line under a post files the post; it is not the story's header.
# Blogger files a post under "Labels:" (Polish "Etykiety:", French "Libellés :", Spanish and
# Portuguese "Etiquetas:" or "Marcadores:", Italian "Etichette:").
# The label may be set bold, as a Markdown copy of the page writes it ("**Tags:** …").
# LiveJournal's Russian interface files an entry under "Метки:".
POST_TAGS_RE = lazy(
    r"(?:\*\*|__)?(?:(?:entry\s+|story\s+)?tags|labels|etykiety|libell[ée]s|etiquetas|marcadores"
    r"|etichette|метки)\s*:.*",
    re.IGNORECASE,
)


# Dreamwidth's line above a post: "[personal profile] name posted in [community profile] comm"
# (LiveJournal: "[info]name posted in [info]comm", or "… wrote in …" in its older styles).
# The bracketed words are user icons. On a personal journal the icon and the name stand
# alone ("[personal profile] name"): no community to post in.
# Rule ``posted-by-journal-poster``: LiveJournal's entry page in a reader's own style
# (``?style=mine``) heads the entry "Posted by [info]name"; the icon after "Posted by" tells
# it from a sentence ("Posted by hand, the letter…").
_JOURNAL_POSTER = lazy(
    r"(?:posted\s+by\s+)?"
    r"\[\s*(?:personal\s+profile|info)\s*\]\s*(?P<name>[\w.-]{2,40})"
    r"(?:\s+(?:(?:posted|posting|wrote)\s+in|пишет\s+в)\s+"
    r"\[\s*(?:community(?:\s+profile)?|info)\s*\]\s*(?P<comm>[\w.-]{2,40}))?\s*,?",
    re.IGNORECASE,
)


# LiveJournal's newer community styles, copied as text, name the poster twice, the display
# name and the user name in brackets: "display_name (user_name) wrote in comm_name,". The
# user name in brackets tells it from a sentence ("She wrote in pencil,"). LiveJournal's
# Russian interface writes "пишет в" ("writes in") for "wrote in".
_NAMED_POSTER = lazy(
    r"[\w.-]{2,40}\s+\((?P<name>[\w.-]{2,40})\)\s+(?:(?:posted|wrote)\s+in|пишет\s+в)"
    r"\s+(?P<comm>[\w.-]{2,40})\s*,?"
)


# Rule ``bare-posting-in-line``: LiveJournal's community entry copied without its user
# icons: "name posting in comm", the poster and the community as bare user names. Only
# "posting in", LiveJournal's own wording, and only lower-case user names (LiveJournal's are
# never capitalised), so a sentence ("Maria posting in haste") stays prose.
_BARE_POSTING_IN = lazy(
    r"(?P<name>[a-z0-9][a-z0-9_-]{1,39})\s+posting\s+in\s+(?P<comm>[a-z0-9][a-z0-9_-]{1,39})"
)


# Rule ``bare-posted-by-in-line``: a LiveJournal community style copied without its user
# icons heads the entry "Posted by name in comm": the poster and the community as bare user
# names. Only lower-case user names (LiveJournal's are never capitalised), each opening with
# a letter, nothing after the community, and one of the two written as only a user name is
# (with an underscore, a hyphen or a digit), so a sentence ("Posted by Mum in March",
# "Posted by grandmother in 1920", "Posted by hand in haste") stays prose.
_BARE_POSTED_BY = lazy(
    r"(?i:posted\s+by)\s+(?P<name>[a-z][a-z0-9_-]{1,39})\s+in\s+(?P<comm>[a-z][a-z0-9_-]{1,39})"
)
_USER_MARK = lazy(r"[_\d-]")


# diary.ru heads a diary's pages with its owner under the diary's name: "Дневник
# пользователя name" ("the diary of user name").
_DIARY_OWNER = lazy(r"дневник\s+пользователя\s+(?P<name>[^\s.,!?]{2,40})", re.IGNORECASE)


def journal_poster(line: str) -> str | None:
    """Rule ``journal-poster``: the poster named by a journal's "[personal profile] name
    posted in [community] comm" line above a post, by its icon and name alone on a line
    ("[info]name"), by a "name (name) wrote in comm," line, by a bare "name posting in
    comm" line (``bare-posting-in-line``) or "Posted by name in comm" line
    (``bare-posted-by-in-line``), or by diary.ru's "Дневник
    пользователя name" under the diary's name, else None."""
    found = _poster_match(line)
    return found.group("name") if found else None


def journal_community(line: str) -> str | None:
    """The community a journal's poster line says the post was made in ("name (name) wrote
    in comm," gives "comm"), else None: a personal journal's line names none."""
    found = _poster_match(line)
    if found is None or "comm" not in found.re.groupindex:
        return None
    return found.group("comm")


def _poster_match(line: str) -> re.Match[str] | None:
    """The match of one of the poster lines above (see :func:`journal_poster`), else None."""
    if len(line) > 140:
        return None
    if line.startswith("[") or (line[:1] in "Pp" and line[:10].lower() == "posted by "):
        found = _JOURNAL_POSTER.fullmatch(line.strip())
        if found is None and line[:1] == "P" and " in " in line:
            found = _bare_posted_by(line.strip())
    elif line[:7].lower() == "дневник":
        found = _DIARY_OWNER.fullmatch(line.strip())
    elif (" in " in line or " в " in line) and "(" in line:
        found = _NAMED_POSTER.fullmatch(line.strip())
    elif " posting in " in line:
        found = _BARE_POSTING_IN.fullmatch(line.strip())
    else:
        return None
    return found


def _bare_posted_by(line: str) -> re.Match[str] | None:
    """The match of a bare "Posted by name in comm" line (``bare-posted-by-in-line``), else
    None: one of the two names must bear a user name's mark."""
    found = _BARE_POSTED_BY.fullmatch(line)
    if found is None or not _USER_MARK.search(found.group("name") + found.group("comm")):
        return None
    return found
