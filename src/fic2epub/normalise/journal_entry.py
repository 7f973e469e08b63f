"""A journal community's entry copied whole: the community's name above the post.

A LiveJournal or Dreamwidth community page prints the community's name and tagline, the
entry links, the entry's subject and "Posted by X on <date>" above the post; the journals'
own styles print the subject and its date over "[info]X wrote in [info]comm". The lines
above that poster line frame the entry; the author's own header below it names the story.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.blog import posted_line
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.entry_header import is_entry_time
from fic2epub.normalise.fields import date_line, is_known_label
from fic2epub.normalise.journal_lines import journal_poster
from fic2epub.normalise.journal_link_lines import (
    closes_link_lines,
    closes_menu,
    drop_link_lines,
    drop_menu_lines,
)
from fic2epub.normalise.journal_nav import is_entry_links
from fic2epub.normalise.journal_parts import (
    author_field_below,
    drop_mood_lines,
    is_mood_line,
    wrote_line,
)
from fic2epub.normalise.journal_site_bar import site_bar_lines
from fic2epub.normalise.patterns import FIELD_RE

# A journal's user name: one word of letters, digits, "_" and "-".
_USER = lazy(r"[a-z0-9][\w-]{1,39}")
# How far down the copy the "Posted by" line may sit, and its header's "Title:" below it.
_REACH = 12


def drop_entry_preamble(chunks: list[Chunk]) -> None:
    """Rule ``journal-entry-preamble``: the lines above a journal entry's poster line near
    the top ("Posted by X on <date>", "[info]X wrote in [info]comm") are the page's (the
    community's name, its tagline, the entry's subject), when the post's own header below
    gives a "Title:" field: that field, not the community's name, titles the story. Without
    such a field the subject line right above the poster line (or above the date under the
    subject) is kept, as the header's title.
    """
    # The journal's links copied one to a line do not count towards the reach, nor does
    # the site's own bar above the journal's lines (journal_site_bar).
    reach = _REACH + drop_link_lines(chunks) + site_bar_lines(chunks)
    for at in range(1, min(reach, len(chunks))):
        if not _poster_line(chunks[at].text):
            continue
        if not _preamble(chunks[:at]):
            return
        titled = any(
            (found := FIELD_RE.match(chunk.text)) and found.group("key").strip().lower() == "title"
            for chunk in chunks[at + 1 : at + 1 + _REACH]
            if ":" in chunk.text[:8]
        )
        last = at if titled else at - 1
        if not titled and last > 0 and date_line(chunks[last].text) is not None:
            last -= 1  # the subject's date under it: the subject is the title
        for index in range(last):
            if chunks[index].role == "text":
                chunks[index] = replace(
                    chunks[index], role="dropped", rule="journal-entry-preamble"
                )
        return
    # No entry links: a newer style's menu may end the journal's lines instead.
    if not _drop_personal_top(chunks, reach) and (menu := drop_menu_lines(chunks)):
        _drop_personal_top(chunks, reach + menu)


def _drop_personal_top(chunks: list[Chunk], reach: int = _REACH) -> bool:
    """Rule ``journal-page-top``: a personal journal's entry page has no "Posted by" line; it
    prints the journal's title and user name, the entry links ("Previous Entry | Next
    Entry"), and the entry's subject, date ("Oct. 3rd, 2004 | 11:52 pm"), "user (user)
    wrote," and mood lines, in an order each journal style sets. The lines down to the
    entry links are the journal's, not the story's title; under the links, the mood lines
    go, and the subject goes too when the post's own header below gives a "Title:" field.

    The entry links may be one line or, copied one link a line, the run that
    ``journal-links-one-per-line`` dropped (then ``reach`` counts those lines too): the
    lines above them (the journal's user name, title and tagline, a "Home" link) are the
    journal's all the same. The newer styles print the poster's user name again under the
    date (``journal-page-poster``): the journal's own name repeated, it goes with the page.

    Guards: the entry links near the top, a line holding only a date among the entry's
    lines around them, and only short unlabelled lines above them. Returns whether the
    entry links (or the menu closing the journal's lines) were found.
    """
    for at in range(1, min(reach, len(chunks) - 1)):
        if not (
            is_entry_links(chunks[at].text)
            or closes_link_lines(chunks[at])
            or closes_menu(chunks, at)
        ):
            continue
        if not _preamble(chunks[:at]):
            return True
        names = {chunk.text.strip() for chunk in chunks[:at] if _USER.fullmatch(chunk.text.strip())}
        end, subject, dated = _entry_lines(chunks, at, names)
        if not (dated or any(date_line(chunk.text) for chunk in chunks[:at])):
            return True
        titled = _title_field_at(chunks, end)
        # On a personal journal the owner posts: the user name is the byline when the
        # post's header names no author itself.
        owner = None if author_field_below(chunks, at) else _user_name(chunks[:at])
        # Without a "Title:" field, the subject titles the story, above the links too.
        kept = None if titled or subject is not None else _subject_above_links(chunks, at, owner)
        for index in range(at + 1):
            if index == owner:
                value = chunks[index].text.strip()
                chunks[index] = replace(
                    chunks[index], role="byline", rule="journal-page-top", value=value
                )
            elif (
                chunks[index].role == "text"
                and index != kept
                and date_line(chunks[index].text) is None  # the header reads the entry's date
            ):
                chunks[index] = replace(chunks[index], role="dropped", rule="journal-page-top")
        drop_mood_lines(chunks, at)
        for index in range(at + 1, end):
            if chunks[index].role != "text":
                continue
            if (index == subject and titled) or wrote_line(chunks[index].text):
                chunks[index] = replace(chunks[index], role="dropped", rule="journal-page-top")
            elif chunks[index].text.strip() in names:
                chunks[index] = replace(chunks[index], role="dropped", rule="journal-page-poster")
            elif _bare_mood_line(chunks[index].text):
                chunks[index] = replace(
                    chunks[index], role="dropped", rule="journal-bare-mood-line"
                )
        return True
    return False


def _entry_lines(chunks: list[Chunk], at: int, names: set[str]) -> tuple[int, int | None, bool]:
    """The entry's own lines under its links: the date (and its time on a line of its
    own), "user (user) wrote,", the mood lines (or these lines already settled by the
    journal_parts pass), the poster's user name when it is one of ``names`` (the
    journal's, above the links) and one subject line.
    Returns the index where they end, the subject's index, and whether a date was among
    them."""
    subject: int | None = None
    dated = False
    index = at + 1
    while index < min(len(chunks), at + 1 + _REACH):
        chunk = chunks[index]
        text = chunk.text
        if (
            chunk.role in ("dropped", "byline")
            or is_mood_line(text)
            or wrote_line(text)
            or _bare_mood_line(text)
        ):
            pass
        elif names and text.strip() in names:
            pass  # the poster's user name under the date: the journal's own, repeated
        elif dated and is_entry_time(chunks, index):
            pass  # the entry's posting time on its own line under the date (entry_header)
        elif chunk.role != "text":
            break
        elif date_line(text) is not None:
            dated = True
        elif subject is None and _subject_line(text):
            subject = index
        else:
            break
        index += 1
    return index, subject, dated


# The mood lines without "Current", as LiveJournal's newer styles and Dreamwidth print
# them: "Mood: decadent", "Music: Lassus", "Location: home".
_BARE_MOOD = lazy(r"(?:mood|music|location)\s*:\s*\S.{0,120}", re.IGNORECASE)


def _bare_mood_line(text: str) -> bool:
    """Rule ``journal-bare-mood-line``: "Mood: …", "Music: …", "Location: …" among an
    entry's own lines, under the journal's links and above the post's header, are the
    poster's evening, not the story's. Read only there (the caller's reach ends at the
    first line of the header), so a header's "Music:" soundtrack field stays."""
    return text[:1] in "MmLl" and _BARE_MOOD.fullmatch(text.strip()) is not None


def _subject_line(text: str) -> bool:
    """Whether a line may be an entry's subject: short, and not a sentence of prose or a
    header's labelled field (a "fic:" tag before the title is the subject's own)."""
    if len(text) > 120 or text.endswith((".", "!", "?", '"', "”")):
        return False
    found = FIELD_RE.match(text) if ":" in text[:30] else None
    return found is None or not is_known_label(found.group("key"))


def _title_field_at(chunks: list[Chunk], at: int) -> bool:
    """Whether the post's own labelled header starts at ``at`` and gives a "Title:" field."""
    for chunk in chunks[at : at + _REACH]:
        found = FIELD_RE.match(chunk.text) if ":" in chunk.text[:30] else None
        if found is None or not is_known_label(found.group("key")):
            return False
        if found.group("key").strip().lower() == "title":
            return True
    return False


def _subject_above_links(chunks: list[Chunk], at: int, owner: int | None) -> int | None:
    """The index of the entry's subject when the style prints it above the entry links,
    else None: the line over the date right above the links ("Subject / date / Previous
    Entry | Next Entry"), or, with the date under the links, the line right above them when
    the journal's title and user name stand over it."""
    dated = date_line(chunks[at - 1].text) is not None
    above = at - 2 if dated else at - 1
    if above < (1 if dated else 2) or above == owner:
        return None
    text = chunks[above].text
    if chunks[above].role != "text" or not _subject_line(text) or _USER.fullmatch(text.strip()):
        return None
    return above


def _user_name(chunks: list[Chunk]) -> int | None:
    """The index of the one line above the entry links that is a user name, else None."""
    found = [i for i, chunk in enumerate(chunks) if _USER.fullmatch(chunk.text.strip())]
    return found[0] if len(found) == 1 else None


def _poster_line(text: str) -> bool:
    """Whether a line names the entry's poster: "Posted by X on <date>", or the journal's
    user-icon line "[info]X wrote in [info]comm" (LiveJournal's community styles), "[personal
    profile] X posted in [community profile] comm" (Dreamwidth's), or, copied without the
    icons from LiveJournal's newer styles, "X (X) wrote in comm," (in its Russian interface
    "X (X) пишет в comm,")."""
    if text[:1] == "[" or " in " in text or " в " in text:
        return journal_poster(text) is not None
    head = text[:9].lower()
    return head.startswith("posted by") and " on " in text and posted_line(text) is not None


def _preamble(chunks: list[Chunk]) -> bool:
    """Whether lines may be a community page's preamble: short, unlabelled, no headings. A
    "Posted by" line under the story's own header or a chapter is a footer, not this.

    The entry's subject may carry its own tag before a colon ("fic: Title (Fandom, G)",
    "FIC: Title"): a word no header uses as a label, so it is the subject, not a field."""
    return all(
        chunk.role in ("text", "dropped")
        and len(chunk.text) <= 200
        and (
            ":" not in chunk.text[:30]
            or not (found := FIELD_RE.match(chunk.text))
            or not is_known_label(found.group("key"))
        )
        for chunk in chunks
    )
