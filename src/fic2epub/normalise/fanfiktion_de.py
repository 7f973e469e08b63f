"""fanfiktion.de's story page: the line of chips under the title and byline.

The page sets the story's kind, its genres, its age rating and its pairing type as chips
side by side: "Geschichte", "Freundschaft, Familie", "P6", "Gen". Copied as text they run
together on one line, "GeschichteFreundschaft, Familie / P6 / Gen", the kind glued to the
first genre. The site's age ratings ("P6", "P12", "P16", "P18", "P18-AVL") are its own.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy

# Rule ``ffde-chip-line``: the kind (maybe glued to the genres), the genres, the rating and
# the pairing type, parted by "/" or "|". The rating must be the site's own code, between
# two separators or last, so a line of prose with a slash in it is never read as one.
_CHIPS = lazy(
    r"(?:Geschichte|Gedicht|Songfic|Kurzgeschichte|Drabble|Oneshot|Sammlung)?\s*"
    r"(?P<genres>[^/|]{0,80}?)\s*[/|]\s*(?P<rating>P(?:6|12|14|16|18)(?:-AVL)?)"
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
