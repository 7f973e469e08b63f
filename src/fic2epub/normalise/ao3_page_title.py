"""AO3's page title, as Safari's Reader View and a copied browser tab put it over the work.

AO3 titles a work's page "Title - creator - Fandom [Archive of Our Own]", a chapter's page
"Title - Chapter 2 - creator - Fandom [Archive of Our Own]" (several creators and fandoms
joined with ", "). Reader View sets that line and the site's address over the work's own
text, which then gives the title and the creator again on lines of their own. The line is
the page's framing; the fandom is the one thing in it the work's text does not repeat.
Firefox's Reader View of an Entire Work keeps no title or byline line, so there the page
title gives all three.
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk

_SITE = "[Archive of Our Own]"
_SEPARATOR = " - "
# How far below the page title the work's bare title and creator lines may come (past the
# site's address and a blank line or two).
_REACH = 6
# AO3's stand-ins where a page title would name too many fandoms, or hides the creator.
_NO_FANDOM = frozenset({"multifandom", "mystery work"})


def ao3_page_title(chunks: list[Chunk], index: int) -> Chunk | None:
    """Rule ``ao3-page-title``: the page title line at ``index`` as framing, carrying the
    fandom it names; None for any other line.

    The title and creator parts are found by the lines below that repeat them, as a title
    or a fandom may itself hold " - " ("The Last Man - Mary Shelley"). Without those lines
    the title only splits when it has just the three parts; otherwise no fandom is taken.
    """
    text = chunks[index].text.strip()
    if not text.endswith(_SITE) or len(text) > 400:
        return None  # the cheap test first: the site's name in brackets ends the line
    body = text[: -len(_SITE)].strip()
    if body.count(_SEPARATOR) < 2:
        return None  # the title, the creator and the fandom are three parts at the least
    below = [chunk.text.strip() for chunk in chunks[index + 1 : index + 1 + _REACH]]
    fandom = _fandom_by_lines(body, below)
    parts = body.split(_SEPARATOR)
    if fandom is None and (named := _creator_below(parts, below)) is not None:
        return replace(chunks[index], role="info", rule="ao3-page-title", value=named)
    if fandom is None and len(parts) == 3:
        if (alone := _title_alone(parts, below)) is not None:
            return replace(chunks[index], role="info", rule="ao3-page-title", value=alone)
        fandom = parts[2]
    if fandom is None or fandom.lower() in _NO_FANDOM:
        return replace(chunks[index], role="dropped", rule="ao3-page-title")
    return replace(chunks[index], role="info", rule="ao3-page-title", value=f"Fandom: {fandom}")


# How a byline joins co-creators: AO3's ", ", or a Reader View byline's " & " or " and ".
_CREATOR_JOIN = lazy(r",\s*|\s+(?:&|and)\s+")


def _creators(names: str) -> tuple[str, ...]:
    """The creators a byline or a page title's creator part names, lower-cased, in order:
    AO3 joins co-creators with ", " where Reader View's byline shows "a & b"."""
    return tuple(name.lower() for name in _CREATOR_JOIN.split(names.strip()) if name)


# AO3's stand-ins for a hidden creator: no one's name.
_NO_CREATOR = frozenset({"anonymous", "orphan_account"})


def _title_alone(parts: list[str], below: list[str]) -> str | None:
    """Rule ``ao3-page-title`` (the page title alone): when the copy keeps no title or
    byline of its own (Firefox's Reader View of an Entire Work shows the page title, the
    reading time and the text, not the work's header), the page title's three parts are the
    title, the creator and the fandom: the header's fields, one a line. None when a line
    below repeats the title or the creator (then those lines give them), or a part is
    empty."""
    title, creator, fandom = (part.strip() for part in parts)
    if not (title and creator and fandom):
        return None
    if any(line in (title, creator) or line.lower() == f"by {creator.lower()}" for line in below):
        return None
    fields = [f"Title: {title}"]
    if creator.lower() not in _NO_CREATOR:
        fields.append(f"Author: {creator}")
    if fandom.lower() not in _NO_FANDOM:
        fields.append(f"Fandom: {fandom}")
    return "\n".join(fields)


def _creator_below(parts: list[str], below: list[str]) -> str | None:
    """Rule ``ao3-page-title-over-creator``: Firefox's Reader View heads its copy with the
    page title and, under it, the byline it found (the creator's name alone, or "by" and
    the name; co-creators as "a & b" where the page title has "a, b"), but no title line of
    the work's. The creator's line tells the parts apart:
    before it the title, after it the fandom (which may itself hold " - "). The fields are
    the title, the creator and the fandom; the creator's line below repeats the byline.
    None when a line below repeats the title, or none names a creator part."""
    names = {_creators(line.removeprefix("by ").removeprefix("By ")) for line in below if line}
    for at in range(1, len(parts) - 1):
        creator = parts[at].strip()
        if _creators(creator) not in names or creator.lower() in _NO_CREATOR:
            continue
        title = _SEPARATOR.join(parts[:at]).strip()
        fandom = _SEPARATOR.join(parts[at + 1 :]).strip()
        if not title or title in below:
            return None
        fields = [f"Title: {title}", f"Author: {creator}"]
        if fandom and fandom.lower() not in _NO_FANDOM:
            fields.append(f"Fandom: {fandom}")
        return "\n".join(fields)
    return None


def _fandom_by_lines(body: str, below: list[str]) -> str | None:
    """The fandom part of the page title ``body``, found past the title and the creator
    that two of the lines ``below`` give; None when they give neither."""
    for at, title in enumerate(below):
        if not title or not body.startswith(title + _SEPARATOR):
            continue
        rest = body[len(title) + len(_SEPARATOR) :]
        for creator in below[at + 1 :]:
            if not creator:
                continue
            if rest.startswith(creator + _SEPARATOR):
                return rest[len(creator) + len(_SEPARATOR) :] or None
            # A chapter's page names the chapter between the title and the creator.
            mark = _SEPARATOR + creator + _SEPARATOR
            if mark in rest:
                return rest.split(mark, 1)[1] or None
        return None
    return None


def creator_under_page_title(chunks: list[Chunk], index: int) -> bool:
    """Rule ``ao3-page-title-over-creator``: the creator's own line a few lines under a page
    title that named the creator (``_creator_below``): the byline once more."""
    name = chunks[index].text.strip().lower().removeprefix("by ").strip()
    if not name or len(name) > 80:
        return False
    for chunk in chunks[max(0, index - _REACH) : index]:
        if chunk.rule == "ao3-page-title" and chunk.value and "\nAuthor: " in chunk.value:
            author = chunk.value.partition("\nAuthor: ")[2].partition("\n")[0]
            return _creators(author) == _creators(name)
    return False
