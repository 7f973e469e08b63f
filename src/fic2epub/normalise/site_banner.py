"""Rule ``site-banner-above-title``: a personal site's name and tagline above a story's title.

An old home page copied as text opens with the site's own banner, centred like the story's
title block under it: "Cressida's Corner of Vanity Fair" over "~ fan fiction, since 2001 ~",
a blank line, then the story's title right over its "by" line (or, both centred, one blank
line above it). The title is the line the byline hangs from; the banner above it is the
page's, not the story's.

Rule ``framed-banner-with-colon``: a banner framed by glyphs ("~*~ Name: tagline ~*~") may
hold a colon.

Rule ``framed-banner-with-byline``: a banner framed by glyphs may name the site's owner
("~~ Lantern Lane Stories by Wenna ~~"); with the story's own title over its byline below
it, the framed line is the page's, not a "Title by Name" line (:func:`framed_banner`).

Rule ``note-between-banner-and-title``: the author's note may stand between the page's
framing and the title block ("Note: this follows on from …" set apart by blank lines, then
the title over its "by" line), as a home page puts a word to readers first. Only under the
page's navigation, and only a paragraph that opens with a note's label; the header pass
reads the note itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import Chunk, is_glyph_line
from fic2epub.normalise.page_music import music_chunk
from fic2epub.normalise.patterns import match_note

# The most lines a banner has (a name, a tagline, a motto) and the longest of them.
_BANNER_LINES = 3
_BANNER_WIDTH = 80
# The most lines of the page's menu the block may hold besides.
_MENU_LINES = 3
# The most lines of framing between the banner and the title block: a link bar, a hit
# counter, a "Best viewed with" line, a "<< Back to Fanfic" link and a rule.
_FRAMING_LINES = 6
# Leading spaces that only centring puts before a line (an indent is two to five).
_PADDED = 8


def site_banner(
    chunks: list[Chunk],
    index: int,
    title_like: Callable[[Chunk], bool],
    byline: Callable[[str], object],
    title_by: Callable[[list[Chunk], int], object],
) -> bool:
    """Mark the banner block at ``index`` dropped when the title and its byline follow it.

    Guards, so a title over its subtitle ("Title", then "A <fandom> story" over "by X") stays
    the title: a blank line sets the block apart from the title; the title sits right over
    the byline; no line of the block is a byline itself; and the page shows it is one,
    either by its navigation (dropped above, or menu lines in the block under the name: "[
    Home ] [ Links ]", "Best viewed in …"), or by its centred layout (the block and the
    title centred, not typed flush) with a banner of a name and its tagline. ``title_by``
    reads a "Title by Name" line, which may stand for the title over its byline when the
    page's own menu or name line ("Printer Friendly Version") stands between.
    """
    block: list[int] = []
    menus = 0
    position = index
    while position < len(chunks) and len(block) - menus < _BANNER_LINES:
        chunk = chunks[position]
        if block and chunk.gap:
            break
        if chunk.role == "text" and len(chunk.lines) == 1 and is_site_chrome(chunk.text):
            # The page's menu or its "Best viewed in …" line, under the banner.
            menus += 1
        elif not _banner_line(chunk) or (
            byline(chunk.text) is not None
            and not _decorated(chunk.text)
            and not (block and _WORKS_BY.fullmatch(chunk.text.strip()))
        ):
            # A title block of its own ("Title" over "by X") is no banner; a framed line
            # naming the site's owner ("~~ Lantern Lane Stories by Wenna ~~") may be one
            # (``framed-banner-with-byline``): the title block under it settles it.
            return False
        block.append(position)
        position += 1
        if len(block) > _BANNER_LINES + _MENU_LINES:
            return False
    if not block:
        return False
    framing = _framing_below(chunks, position)
    menus += framing
    position += framing
    noted = _note_below(chunks, position)
    position += noted
    if position + 1 >= len(chunks):
        return False
    title, under = chunks[position], chunks[position + 1]
    if title.gap == 0 or title.role != "text":
        return False
    # Rule ``banner-over-title-by-line``: an archive's print view gives the title and its
    # author on one line ("Title by Name") under the banner and the page's own name.
    bylined = title_by(chunks, position) is not None and menus > 0
    if not bylined and (
        not title_like(title) or not _hangs_from(title, under) or byline(under.text) is None
    ):
        return False
    # The page's navigation, dropped above, says it is a web page; without it, the page's
    # centred layout and a banner of a name and its tagline must say so.
    navigated = menus > 0 or any(c.role == "dropped" for c in chunks[:index])
    if noted and not navigated:
        return False
    centred = all(_set_in(chunks[place]) for place in (*block, position))
    if not navigated and not (centred and len(block) >= 2):
        return False
    for place in block:
        text = chunks[place].text
        framed = byline(text) is not None and _decorated(text)
        rule = "framed-banner-with-byline" if framed else "site-banner-above-title"
        chunks[place] = replace(chunks[place], role="dropped", rule=rule)
    return True


# Rule ``works-by-tagline``: the banner's tagline under the site's name credits the site's
# owners with its works, "Fiction by Marguerite & Bette", "Stories by Wenna"; only under the
# name, so a title block's own "by" line is never one.
_WORKS_BY = lazy(
    r"(?:(?:the\s+)?(?:fan\s*)?(?:fiction|fics?|stories|writings?|works|fanfic(?:tion)?)"
    r"\s+(?:by|of)\s+\S.{0,60})",
    re.IGNORECASE,
)


def _framing_below(chunks: list[Chunk], position: int) -> int:
    """How many lines of the page's framing stand between the banner and the title: its
    link bar, its background music line ("Now playing: … (song.mid)") and the rules a page
    draws under them ("[Home]  [My Fics]", a line of underscores), set apart by blank
    lines. Only known chrome, music and glyph lines count, so a story line there ends the
    banner block's search.

    Rule ``long-page-framing``: an old fan shrine stacks more framing there than a link bar
    (a hit counter, "Best viewed with …", a "<< Back to Fanfic" link, a rule): up to
    :data:`_FRAMING_LINES` lines, each known chrome or a glyph rule on its own line.
    """
    count = 0
    while position + count < len(chunks) and count < _FRAMING_LINES:
        chunk = chunks[position + count]
        if music_chunk(chunk):
            # The page's background music line, and the rule under it (page_music).
            count += 1
            continue
        if chunk.role != "text" or len(chunk.lines) > 2:
            break
        # Rule ``ruled-link-bar``: the link bar may have its rule right under it, no blank
        # line between ("[Home]  [Links]" over a line of underscores): each line is framing.
        if not all(is_glyph_line(line) or is_site_chrome(line) for line in chunk.lines):
            break
        count += 1
    return count


def _note_below(chunks: list[Chunk], position: int) -> int:
    """Rule ``note-between-banner-and-title``: 1 when the chunk at ``position`` is an
    author's note set apart by blank lines between the page's framing and the title block
    (it opens with a note's label), else 0."""
    if position >= len(chunks):
        return 0
    chunk = chunks[position]
    if chunk.role != "text" or not chunk.gap or match_note(chunk.text) is None:
        return 0
    return 1


def _hangs_from(title: Chunk, under: Chunk) -> bool:
    """The byline ``under`` belongs to ``title``: right under it, or one blank line down
    when both are centred, as a home page spaces its centred title block."""
    if not under.gap:
        return True
    return under.gap == 1 and _set_in(title) and _set_in(under)


def _set_in(chunk: Chunk) -> bool:
    """Centred, or padded far in as a centred line is when the page's width is unknown."""
    return chunk.centred or chunk.indent >= _PADDED


def _banner_line(chunk: Chunk) -> bool:
    """A line of one chunk, short, with no label and no sentence's end (a tagline may
    exclaim: "fan fiction since 1998!").

    Rule ``site-name-and-tagline``: the name and the tagline may share the line, set apart
    by a spaced "::" ("The Apricot Press :: Drama Fan Fiction"), as archive skins title
    their pages; a label's single colon still rules a line out.
    """
    text = chunk.text
    return (
        chunk.role == "text"
        and len(chunk.lines) == 1
        and (":" not in text.replace(" :: ", "") or _decorated(text))
        and 0 < len(text) <= _BANNER_WIDTH
        and not text.endswith((".", ",", ";", ":", "?"))
    )


# The glyphs a home page's banner is framed with: "~*~", "-=-", "***", ".:.".
_FRAME_GLYPHS = frozenset("~*=-+.:|°•·")


def _decorated(text: str) -> bool:
    """Rule ``framed-banner-with-colon``: a banner framed by glyphs on both sides ("~*~
    Wanderlust: the fiction of Margit ~*~") may hold a colon between its name and tagline;
    the frame says it is no "Label: value" line, which never opens with glyphs."""
    words = text.split()
    if len(words) < 3:
        return False
    first, last = words[0], words[-1]
    return first == last[::-1] and set(first) <= _FRAME_GLYPHS and ":" not in first


def framed_banner(text: str) -> bool:
    """A line framed by the same glyphs on both sides ("~~ Name's Fiction by Name ~~"), which
    may be a home page's banner even when it reads "X by Y"."""
    return text[:1] in _FRAME_GLYPHS and _decorated(text)
