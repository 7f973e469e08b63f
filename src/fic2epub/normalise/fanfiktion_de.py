"""fanfiktion.de's story page: the line of chips under the title and byline.

The page sets the story's kind, its genres, its age rating and its pairing type as chips
side by side: "Geschichte", "Freundschaft, Familie", "P6", "Gen". Copied as text they run
together on one line, "GeschichteFreundschaft, Familie / P6 / Gen", the kind glued to the
first genre. The site's age ratings ("P6", "P12", "P16", "P18", "P18-AVL") are its own.
Under the chips the page may list the story's characters, as chips too, and its dates.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.foreign_dates import dotted_date

# Rule ``ffde-chip-line``: the kind (maybe glued to the genres), the genres, the rating and
# the pairing type, parted by "/" or "|". The rating must be the site's own code, between
# two separators or last, so a line of prose with a slash in it is never read as one.
# Rule ``ffde-slashed-genre``: a genre's own name may hold a slash with no space round it
# ("Schmerz/Trost", the site's hurt/comfort); the chips' separators are spaced.
_CHIPS = lazy(
    r"(?:Geschichte|Gedicht|Songfic|Kurzgeschichte|Drabble|Oneshot|Sammlung)?\s*"
    r"(?P<genres>(?:[^/|]|(?<=\w)/(?=\w)){0,80}?)\s*[/|]\s*(?P<rating>P(?:6|12|14|16|18)(?:-AVL)?)"
    r"(?:\s*[/|]\s*(?P<pairing>Gen|Het|Slash|Femslash|Mixed|Multi|MaleSlash|FemSlash))?"
)


def chip_line(text: str) -> list[tuple[str, str]] | None:
    """The genre, rating and pairing-type fields of fanfiktion.de's chip line, else None."""
    if len(text) > 140 or "P" not in text or ("/" not in text and "|" not in text):
        return None
    found = _CHIPS.fullmatch(text.strip())
    if found is None:
        return None
    fields = [("Rating", found.group("rating"))]
    if genres := found.group("genres").strip():
        fields.insert(0, ("Genre", genres))
    if found.group("pairing"):
        fields.append(("Category", found.group("pairing")))
    return fields


# The label over the page's description, "Kurzbeschreibung", alone or with its colon.
_DESCRIPTION = lazy(r"kurzbeschreibung\s*:?", re.IGNORECASE)
# A characters line: names, capitalised, no sentence marks.
_NAMES = lazy(r"[^\W\d_][\w'’.-]*(?:[\s,/&]+[^\W\d_][\w'’.-]*){0,15}")


def characters_under_chips(chunks: list[Chunk], index: int) -> bool:
    """Rule ``ffde-characters-line``: the story's characters as the page's chips under the
    chip line, copied as one line of names ("Anna Berger Paul Winter"). The chips
    run together, so the names cannot be told apart; the line is the page's, not the
    story's first paragraph.

    Only right under the chip line (no blank line between), a line of capitalised words
    with no sentence marks, and the page's date or its "Kurzbeschreibung" label right under
    it."""
    chunk = chunks[index]
    if index == 0 or chunk.gap or chunks[index - 1].rule != "ffde-chip-line":
        return False
    text = chunk.text.strip()
    if len(text) > 120 or _NAMES.fullmatch(text) is None:
        return False
    if not all(word[:1].isupper() for word in text.replace(",", " ").split() if word != "&"):
        return False
    below = chunks[index + 1] if index + 1 < len(chunks) else None
    if below is None or below.gap:
        return False
    return (
        dotted_date(below.text) is not None
        or _DESCRIPTION.fullmatch(below.text.strip()) is not None
    )
