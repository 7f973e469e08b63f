"""Header fields printed without a colon: the label and its value side by side.

A site's story page shows its fields as a little table, the label greyed out in one cell
and the value in the next ("Idioma | Português", "Classificação | Livre", as Spirit Fanfics
lays them out). Copied as text, the cells run together with a space: "Idioma Português",
"Categorias Um Romance". The label is still the first word (or two), and the line still
sits in a run of other header lines.
"""

from __future__ import annotations

from collections.abc import Sequence

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.fields import field_for

# The fields a page's table holds beside its label. Not the title or the author (a line
# "Autor desconhecido…" could be anything) nor the summary, which has its own box.
_TABLE_FIELDS = frozenset(
    {
        "language",
        "rating",
        "categories",
        "fandoms",
        "characters",
        "relationships",
        "warnings",
        "tags",
        "status",
        "chapter_count",
    }
)
# The header lines such a field may come under: another field, an info line (a date), or
# a reader count ("Favoritos 19") the header dropped. Not the byline alone: under it, a
# chapter's name ("Language Lessons") may open the story.
_HEADER_ROLES = frozenset({"field", "field-value", "info"})
_HEADER_RULES = frozenset({"header-count-line", "colonless-field"})
_LONGEST = 200


def colonless_field(text: str) -> tuple[str, str] | None:
    """(label, value) of "Idioma Português": a known table label, a space, a value; else None.

    The label is the line's first word or first two words, capitalised; the value is short,
    starts with a letter or digit and is no sentence (it does not end in a full stop,
    question or exclamation mark).
    """
    if len(text) > _LONGEST or not text[:1].isupper() or ":" in text[:30]:
        return None
    words = text.split()
    if len(words) < 2 or text.rstrip()[-1] in ".!?…":
        return None
    for size in (2, 1):
        if len(words) <= size:
            continue
        label = " ".join(words[:size])
        # The value starts with a letter or digit: "Rating - T" is a dash field, read as
        # such elsewhere.
        if field_for(label) in _TABLE_FIELDS and words[size][:1].isalnum():
            return label, " ".join(words[size:])
    return None


def colonless_field_at(chunks: Sequence[Chunk], index: int) -> tuple[str, str] | None:
    """Rule ``colonless-field``: a colonless field (see :func:`colonless_field`) in a run of
    header lines: the line right above is one (a field, a date, a dropped reader count), or
    the line right below is another colonless field.

    Alone, "Tags are cheap" or "Status Quo was playing" is a story's first line; the run is
    what makes it a page's table.
    """
    field = colonless_field(chunks[index].text)
    if field is None or chunks[index].gap > 1:
        return None
    before = chunks[index - 1] if index > 0 else None
    if before is not None and (before.role in _HEADER_ROLES or before.rule in _HEADER_RULES):
        return field
    after = chunks[index + 1] if index + 1 < len(chunks) else None
    if after is not None and after.gap <= 1 and colonless_field(after.text) is not None:
        return field
    return None


# The gap between a table's label cell and its value cell: three spaces or more.
_WIDE_GAP = lazy(r"\s{3,}")


def wide_spaced_field(text: str) -> tuple[str, str] | None:
    """Rule ``wide-spaced-field``: (label, value) of a table row copied with its cells set
    apart by wide spaces ("Characters   Sim Cheong, Sim Hak-gyu", as Asianfanfics prints its
    story page), else None.

    Why: the wide gap makes the row read as a menu bar of two links, and the page's chrome
    is dropped, so the characters it names were lost. Guards: exactly two cells, the first
    a known table label (not the title, author or summary), the second a value that starts
    with a letter or digit and is no sentence. A row of many cells ("Tags   fluff   angst")
    is a list of links, left to the chrome test.
    """
    if "   " not in text or len(text) > _LONGEST or not text[:1].isupper():
        return None
    cells = _WIDE_GAP.split(text.strip())
    if len(cells) != 2 or ":" in cells[0] or not cells[1][:1].isalnum():
        return None
    label, value = cells
    if len(label.split()) > 2 or value.rstrip()[-1] in ".!?…":
        return None
    return (label, value) if field_for(label) in _TABLE_FIELDS else None
