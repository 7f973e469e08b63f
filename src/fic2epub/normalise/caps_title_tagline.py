"""A caption's first line: the title in capitals, a glyph, then a tagline in lower case.

A story posted as a photo's caption (Instagram, a Tumblr photo post) cannot set its title on
a line of its own above a subtitle, so the writer runs them together on the caption's first
line: "THE SALT KING ✧ a very small retelling (the original is much longer, sorry)". The
capitals mark the title; the glyph parts it from the writer's words about the story.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy

# Rule ``caps-title-tagline``: two words or more in capitals (figures, apostrophes and
# hyphens among them), a separating glyph with spaces round it, then a tagline opening in
# lower case. The title may not end a sentence, and the tagline is the writer's chatter.
_CAPS_TITLE_TAGLINE = lazy(
    r"(?P<title>[A-Z0-9][A-Z0-9'’-]*(?:\s+[A-Z0-9][A-Z0-9'’-]*){1,11})"
    r"\s+[✧✦★☆·•|~—–-]{1,3}\s+(?=[a-z(])\S.{0,200}"
)
# The glyphs the title and tagline are parted by, for the cheap first test.
_GLYPHS = frozenset("✧✦★☆·•|~—–-")


def caps_title_tagline(text: str) -> str | None:
    """The title of a "TITLE ✧ tagline" line (rule ``caps-title-tagline``), else None."""
    line = text.strip()
    if len(line) > 260 or not line[:2].isupper() or not _GLYPHS.intersection(line[:120]):
        return None
    found = _CAPS_TITLE_TAGLINE.fullmatch(line)
    return found.group("title") if found is not None else None
