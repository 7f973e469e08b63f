"""Point-of-view lines inside a chapter: "Millamant's POV", "POV: Kit", "Ros POV"."""

from __future__ import annotations

# The ways writers spell "point of view" at a POV line's end or start, longest first so
# "p.o.v." is cut whole.
_POV_WORDS = ("point of view", "p.o.v.", "p.o.v", "pov")
# Separators between the name and the POV word ("POV: Kit", "Kit - POV").
_SEPARATORS = " :-–—"
# The longest POV line: a name of a few words and the POV word.
_LONGEST = 48
# The most words a POV line's name runs to ("Third Person", "Lady Wishfort").
_NAME_WORDS = 3
# Glyphs a writer wraps the line in ("~Kit's POV~", "*POV: Kit*").
_WRAP = "~*_=-–— "


def is_pov_line(text: str) -> bool:
    """Rule ``pov-line``: a line that names whose eyes the next scene is seen through:
    "Millamant's POV", "Ros POV", "POV: Kit", "Lady Wishfort's point of view". It is a
    signpost inside a chapter (it recurs after scene breaks), not the chapter's title, so
    it is never joined to a bare "Chapter 1" above it.

    Guards: short; the name is one to three words, each opening with a capital (so "the
    pov shot was blurry" or "his POV was limited" is prose), and holds no sentence stop.
    A bare name wrapped in tildes ("~Kit~") needs no rule here: a line that opens with a
    glyph is never read as a title under a heading.
    """
    stripped = text.strip().strip(_WRAP)
    if not stripped or len(stripped) > _LONGEST:
        return False
    lower = stripped.lower()
    if "pov" not in lower and "p.o.v" not in lower and "point of view" not in lower:
        return False  # the cheap test first
    name = _name_of(stripped, lower)
    return name is not None and _reads_as_name(name)


def _name_of(stripped: str, lower: str) -> str | None:
    """The name before or after the POV word, without its "'s" and separators."""
    for word in _POV_WORDS:
        if lower.startswith(word):
            return stripped[len(word) :].strip(_SEPARATORS)
        if lower.endswith(word):
            name = stripped[: -len(word)].rstrip(_SEPARATORS)
            for possessive in ("'s", "’s", "'", "’"):
                if name.endswith(possessive):
                    return name[: -len(possessive)]
            return name
    return None


def _reads_as_name(name: str) -> bool:
    """One to three capitalised words of letters (with an inner apostrophe, hyphen or an
    abbreviation's stop: "O'Hara", "Bel-imperia", "Mr. Fainall")."""
    words = name.split()
    if not 0 < len(words) <= _NAME_WORDS or name.endswith("."):
        return False
    return all(word[:1].isupper() and word.translate(_INNER).isalpha() for word in words)


# The marks a name may hold inside a word, removed before its letters are checked.
_INNER = str.maketrans("", "", "'’-.")
