"""A story posted as several journal entries, copied one entry after another.

LiveJournal prints each entry under its poster's line, "name (username) wrote," (with "@
2008-01-05 22:14:00" beside or under it), then the subject, "Current mood:"/"Current music:"
and the cut link "( Read more... )"; under the entry come its tags and "Link | 14 comments |
Leave a comment | Share". When a reader pastes the entries of a story posted in parts one
after the other, every entry after the first repeats that framing, often with a line that
points back ("Part one is here", "Part one | Part two") above the cut.

The first entry's poster line names the author when the header does not (on a personal
journal the poster is the author). Each later entry's framing, from its footer above to its
cut, is the journal's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import Chunk, Chunks
from fic2epub.normalise.fields import date_line, field_for, is_known_label, split_authors
from fic2epub.normalise.journal_friends import friends_page_entry
from fic2epub.normalise.journal_lines import POST_TAGS_RE, journal_poster
from fic2epub.normalise.journal_masterlist import masterlist_end
from fic2epub.normalise.journal_nav import MOST as NAV_MOST
from fic2epub.normalise.journal_nav import drop_nav_lines, is_entry_links, nav_lines
from fic2epub.normalise.patterns import FIELD_RE
from fic2epub.normalise.repeated_headers import is_header_pointer

# LiveJournal's poster line: "some_user (some_user) wrote," with the entry's
# time beside it or not ("… wrote, @ 2008-01-05 22:14:00"). The name in brackets is the
# user name; the one before it is the display name. LiveJournal's Russian interface writes
# "пишет," ("writes,") for "wrote,".
_WROTE = lazy(
    r"(?P<display>[^()\n]{1,60}?)\s+\((?P<user>[\w.-]{2,40})\)\s+(?:wrote|пишет)\s*,"
    r"(?:\s*@\s*(?P<date>\S.{4,40}))?",
    re.IGNORECASE,
)
# The cut link an entry shows where its text is folded: "( Read more... )", or the author's
# own link text between LiveJournal's spaced brackets: "( The Shivering Sand, part two )".
_CUT = lazy(r"\(\s*read\s+more\W*\)|\(\s[^()]{1,100}\s\)|</?lj-cut[^>]*>", re.IGNORECASE)
# The entry's time on a line of its own: "@ 2008-01-07 20:02:00".
_AT_DATE = lazy(r"@\s*(?P<date>\S.{4,40})")
# The comment links under an entry, in the same spaced brackets as a cut: "( 2 comments |
# Comment on this )", "( Leave a comment )".
_COMMENT_LINKS = lazy(
    r"\b(?:\d+\s+comments?|comment\s+on\s+this|(?:leave|post)\s+a\s+comment)\b", re.I
)
# The lines LiveJournal prints under an entry's subject, in its English and Russian
# interfaces: "Current mood: calm", "Current music: …", "Current location: …";
# "Настроение: …", "Музыка: …", "Местонахождение: …".
_MOOD = lazy(r"(?:current\s+(?:mood|music|location)|настроение|музыка|местонахождение)\s*:.*", re.I)
# The longest line an entry page prints above its poster line (a subject, a tagline).
_PAGE_LINE = 120
# How far below its poster line an entry's cut may be.
_REACH = 12
# An instalment marker in a subject: "(2/3)", "[part 2 of 3]", "pt 2".
_INSTALMENT = lazy(r"[\[(]?\s*(?:(?:part|pt\.?)\s*)?\d+\s*(?:/|of)\s*\d+\s*[\])]?\s*$", re.I)


# What ends the text of a cut link that is a sentence in brackets instead: ". )", "! )".
_SENTENCE_END = (".", "!", "?", '"', "”")
# Most words of a cut link's text that ends on "!".
_CHEER_WORDS = 5


def is_cut_link(text: str) -> bool:
    """Rule ``journal-cut-text``: the author's own cut link between LiveJournal's and
    Dreamwidth's spaced brackets, "( Under here, at the farm )", "( in which … )", left
    where the story was folded. The header reads it past, as it does "( Read more... )".

    Guards: one short line, the brackets spaced on both sides (a story's aside is written
    "(like this)"), and its text not a sentence: a bracketed line that ends in a full stop
    or a quote is the story's, though an ellipsis ("( more under here... )") or a short
    cheer ("( Long one! )") is the link's.
    """
    if len(text) > 110 or not text.startswith("( ") or not text.endswith(" )"):
        return False
    inner = text[1:-1].strip()
    # Rule ``cut-text-cheer``: a link's few words may end on a cheer ("( Long one! )",
    # "( Onward! )"); a longer exclamation in brackets is the story's.
    cheer = inner.endswith("!") and len(inner.split()) <= _CHEER_WORDS
    if inner.endswith(_SENTENCE_END) and not inner.endswith(("...", "…")) and not cheer:
        return False
    return _CUT.fullmatch(text) is not None


def wrote_line(text: str) -> str | None:
    """The user name of a LiveJournal "name (username) wrote," line, else None."""
    if len(text) > 140 or not _wrote_word(text):
        return None
    found = _WROTE.fullmatch(text.strip())
    return found.group("user") if found else None


def _wrote_word(text: str) -> bool:
    """Whether a line holds the poster line's verb, English or Russian: a cheap first test."""
    return "wrote" in text or "пишет" in text


def journal_parts(chunks: Chunks) -> Chunks:
    """Rules ``journal-poster-line``, ``journal-entry-repeat`` and ``journal-entry-footer``.

    The first poster line is the byline; every later one opens a repeated entry's framing,
    which goes with the footer of the entry above it.
    """
    if (span := _friends_page(chunks)) is not None:
        return span
    # The journal's own links ("Recent Entries", "Archive", …) may stand above the poster
    # line, one to a line: they do not count towards how near the top it must be.
    if not any(_wrote_word(chunk.text) for chunk in chunks[: 5 + NAV_MOST]):
        return chunks
    marked = list(chunks)
    posters = [i for i, c in enumerate(marked) if _wrote_word(c.text) and wrote_line(c.text)]
    if not posters:
        return chunks
    start = masterlist_end(marked, posters)
    if start is not None:
        # The author's masterlist, copied above the story's entries (journal_masterlist).
        lead = [replace(c, role="dropped", rule="journal-masterlist-entry") for c in marked[:start]]
        return tuple(lead) + journal_parts(tuple(marked[start:]))
    first = posters[0]
    nav = nav_lines(marked, first)
    user = wrote_line(marked[first].text) or ""
    if first - len(nav) - _page_lines(marked, first, user) >= 5:
        return chunks  # a poster line opens the copy, or this is not a journal's copy
    if any(marked[i].role != "text" for i in range(first)):
        return chunks
    drop_nav_lines(marked, nav)
    _drop_user_name(marked, first, user)
    if author_field_below(marked, first):
        # The header names the author itself (the poster may post for someone else).
        marked[first] = replace(marked[first], role="dropped", rule="journal-poster-line")
    elif marked[first].rule == "meme-thread":
        # Rule ``meme-post-poster``: the poster of a prompt meme's post only opened the
        # thread; the fill under it is someone else's (meme_thread), so the line stays
        # the thread's.
        pass
    else:
        marked[first] = replace(
            marked[first], role="byline", rule="journal-poster-line", value=user
        )
    drop_mood_lines(marked, first)
    subject = _subject(marked, first)
    page_top = {_key(chunk.text) for chunk in marked[:first]} - {""}
    for at in posters[1:]:
        _drop_footer(marked, _drop_page_top(marked, at, page_top))
        _drop_preamble(marked, at, subject)
    return tuple(marked)


def _friends_page(chunks: Chunks) -> Chunks | None:
    """Rule ``journal-friends-page`` (journal_friends): on a page of several people's
    entries, everything but the fic's entry is dropped, and the entry is read as a journal
    entry; the tags and comment links under it are its footer. None when this is no such
    page."""
    # The cheap test first: a poster line anywhere, though a friends page may put the fic's
    # entry far down.
    if not any(_wrote_word(c.text) or c.text[:1] == "[" for c in chunks):
        return None
    span = friends_page_entry(chunks, entry_poster)
    if span is None:
        return None
    start, end = span
    entry = list(journal_parts(chunks[start:end]))
    _drop_footer(entry, len(entry))
    other = [replace(c, role="dropped", rule="journal-friends-page") for c in chunks]
    return tuple(other[:start]) + tuple(entry) + tuple(other[end:])


def entry_poster(text: str) -> str | None:
    """The poster named by an entry's poster line on a friends page, else None: LiveJournal's
    "name (name) wrote," and "… wrote in comm,", Dreamwidth's "[personal profile] name"."""
    if len(text) > 140:
        return None
    # The cheap test first: a user icon opens the line, or a user name in brackets is in it.
    if text[:1] != "[" and ("(" not in text or not (_wrote_word(text) or " in " in text)):
        return None
    return wrote_line(text) or journal_poster(text)


def _page_lines(chunks: list[Chunk], first: int, user: str) -> int:
    """Rule ``journal-page-lines``: how many lines above the first poster line are the entry
    page's own: the entry links ("Previous Entry | Next Entry"), the entry's date and the
    poster's user name alone on a line. However a journal's style orders them above the
    poster line, they do not count towards how near the top the poster line must be; only
    the lines a reader cannot place (the journal's title, the subject) do.

    Guard: only when every line above is short, as a page's lines are; a paragraph of
    prose above says the copy opens with story text, and nothing is discounted."""
    if any(len(chunk.text) > _PAGE_LINE for chunk in chunks[:first]):
        return 0
    return sum(
        1
        for chunk in chunks[:first]
        if is_entry_links(chunk.text)
        or date_line(chunk.text)
        or (user and chunk.text.strip().lower() == user.lower())
    )


def is_mood_line(text: str) -> bool:
    """Whether a line is one of the mood, music and location lines under an entry's subject."""
    return ":" in text[:20] and _MOOD.fullmatch(text) is not None


def drop_mood_lines(chunks: list[Chunk], first: int) -> None:
    """Rule ``journal-mood-line``: the mood, music and location lines LiveJournal prints
    under the first entry's subject ("Current mood: calm", "Настроение: весеннее"). They
    describe the poster's evening, not the story; left, the header reads them as fields.

    Only near the poster line, and only before the author's own header begins (its first
    known label), so a header's "Музыка:" soundtrack field or a line of the story that
    happens to start "Музыка:" stays."""
    for index in range(first + 1, min(len(chunks), first + 1 + _REACH)):
        text = chunks[index].text
        if ":" not in text[:20]:
            continue
        if is_mood_line(text):
            if chunks[index].role == "text":
                chunks[index] = replace(chunks[index], role="dropped", rule="journal-mood-line")
            continue
        found = FIELD_RE.match(text)
        if found is not None and is_known_label(found.group("key")):
            return


def _drop_user_name(chunks: list[Chunk], first: int, user: str) -> None:
    """Rule ``journal-user-name``: the journal's user name alone on a line above the first
    poster line, as an entry page prints it under the journal's title. It names the
    journal, not the story; left, it would pass for a one-line summary.

    Only above the poster line and only the poster's user name exactly, so the title or a
    subject that happens to hold the name stays."""
    if not user:
        return
    for index in range(first):
        if chunks[index].text.strip().lower() == user.lower():
            chunks[index] = replace(chunks[index], role="dropped", rule="journal-user-name")


def _drop_page_top(chunks: list[Chunk], at: int, page_top: set[str]) -> int:
    """Rule ``journal-entry-repeat`` (above the poster line): a later entry page's top
    printed again over its poster line (the journal's title and user name, the entry nav,
    the subject with another part count), each line one the first page has above its
    poster line. Marks them dropped; returns the index of the first, where the footer of
    the entry above ends."""
    index = at
    while index > 0 and _key(chunks[index - 1].text) in page_top:
        index -= 1
        chunks[index] = replace(chunks[index], role="dropped", rule="journal-entry-repeat")
    return index


def author_field_below(chunks: list[Chunk], at: int) -> bool:
    """Whether an "Author:" field follows the poster line within the entry's header."""
    return any(is_author_field(chunk.text) for chunk in chunks[at + 1 : at + 1 + 2 * _REACH])


def other_author_below(chunks: list[Chunk], at: int) -> bool:
    """Rule ``poster-not-author``: whether the entry's header under the journal's name at
    ``at`` has an "Author:" field naming others, not that journal's keeper."""
    handle = chunks[at].text.strip().casefold()
    for chunk in chunks[at + 1 : at + 1 + 2 * _REACH]:
        if is_author_field(chunk.text):
            value = chunk.text.split(":", 1)[1]
            names = {name.casefold() for name in split_authors(value)}
            return bool(names) and handle not in names
    return False


def is_author_field(text: str) -> bool:
    """Whether a line is an "Author: …" header field."""
    found = FIELD_RE.match(text) if ":" in text[:40] else None
    return found is not None and field_for(found.group("key")) == "authors"


def _subject(chunks: list[Chunk], at: int) -> str:
    """The first entry's subject line, without its instalment marker, as a key."""
    for chunk in chunks[at + 1 : at + 4]:
        if _AT_DATE.fullmatch(chunk.text) or date_line(chunk.text):
            continue
        return _key(chunk.text)
    return ""


def _key(text: str) -> str:
    return _INSTALMENT.sub("", text).strip().lower()


def _drop_preamble(chunks: list[Chunk], at: int, subject: str) -> None:
    """Rule ``journal-entry-repeat``: a later entry's poster line, and under it its framing
    down to its cut link; with no cut link, only the lines the journal prints there (the
    time, the subject repeated, the mood and music)."""
    chunks[at] = replace(chunks[at], role="dropped", rule="journal-entry-repeat")
    stop = min(len(chunks), at + 1 + _REACH)
    # The comment links under a short entry are spaced brackets too ("( 2 comments | Comment
    # on this )"), but they close the entry: taking them for its cut would drop its text.
    cut = next(
        (
            i
            for i in range(at + 1, stop)
            if len(chunks[i].text) <= 110
            and _CUT.fullmatch(chunks[i].text)
            and not _COMMENT_LINKS.search(chunks[i].text)
        ),
        None,
    )
    if cut is not None and not any(wrote_line(c.text) for c in chunks[at + 1 : cut]):
        for index in range(at + 1, cut + 1):
            chunks[index] = replace(chunks[index], role="dropped", rule="journal-entry-repeat")
        return
    for index in range(at + 1, stop):
        text = chunks[index].text
        if is_header_pointer(text):
            # "Part one is here. Headers in part one." under the framing.
            chunks[index] = replace(chunks[index], role="dropped", rule="header-pointer")
            return
        if not (
            _AT_DATE.fullmatch(text)
            or date_line(text)
            or is_site_chrome(text)
            or _MOOD.fullmatch(text)
            or (subject and _key(text) == subject)
        ):
            return
        chunks[index] = replace(chunks[index], role="dropped", rule="journal-entry-repeat")


def _drop_footer(chunks: list[Chunk], at: int) -> None:
    """Rule ``journal-entry-footer``: the tags and comment links under the entry above a
    repeated one (a "Tags:" line, "Link | 14 comments | Share")."""
    index = at - 1
    while index > 0:
        text = chunks[index].text
        if not (POST_TAGS_RE.fullmatch(text) or is_site_chrome(text)):
            return
        chunks[index] = replace(chunks[index], role="dropped", rule="journal-entry-footer")
        index -= 1
