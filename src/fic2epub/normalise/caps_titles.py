"""Chapters headed only by a title, no numbers: in capitals ("THE LETTER", "THE ROAD NORTH")
or wrapped in glyphs ("~ The Letter ~", "-= The Road North =-")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, Chunks
from fic2epub.normalise.fields import is_known_label
from fic2epub.normalise.patterns import FIELD_RE, match_end_marker, match_note

# What a title in capitals does not hold: dialogue's quotes, a shout's "!" and "?", a
# sentence's or a label's end, digits (a running head's page number, "LONDON, 1888").
_NOT_IN_TITLE = lazy(r"[\"“”«»„!?…:;\d]|[.,]$")
_BYLINE = lazy(r"by\b", re.IGNORECASE)
# A story paragraph under the title: it has lower-case letters and some length.
_PROSE_LENGTH = 40


def caps_title_headings(chunks: Chunks) -> Chunks:
    """Rule ``caps-title-sequence``: short lines in capitals, set apart by blank lines, each
    over story prose, head the chapters of a story that has no other headings.

    Rule ``decorated-title-sequence``: the same for short title-case lines wrapped on both
    sides in the same glyphs ("~ The Letter ~" … "~ The Return ~"), as list and home-page
    authors headed their sections. The wrapping must mirror itself, and the line must not
    be emphasis alone ("*Later*"), a break glyph or a sentence.

    One line in capitals is a title, a shout or a sign, so there must be two or more. Each
    must have blank lines above and below and a prose paragraph right under it; end markers
    ("THE END"), note labels and header labels ("SUMMARY") do not count. Each chapter so
    headed must have two paragraphs of prose or more, and the prose above the first title
    (a note, say) must be shorter than every chapter: a shout in a story's middle has the
    story's opening above it, so it never heads a chapter.
    """
    if any(chunk.role in ("heading", "part") for chunk in chunks):
        return chunks
    marked = title_sequence(chunks, _caps_title, "caps-title-sequence")
    if marked is chunks:
        marked = title_sequence(chunks, _decorated_title, "decorated-title-sequence")
    return marked


def title_sequence(chunks: Chunks, is_title: Callable[[Chunks, int], bool], rule: str) -> Chunks:
    """Mark the lines ``is_title`` finds as headings when they head the whole story."""
    found = [index for index in range(1, len(chunks) - 1) if is_title(chunks, index)]
    if len(found) < 2:
        return chunks
    ends = [*found[1:], len(chunks)]
    sections = [_prose(chunks[start + 1 : end]) for start, end in zip(found, ends, strict=True)]
    if any(len(section) < 2 for section in sections):
        return chunks
    shortest = min(sum(len(chunk.text) for chunk in section) for section in sections)
    above = [c for c in _prose(chunks[: found[0]]) if not FIELD_RE.fullmatch(c.text)]
    if sum(len(chunk.text) for chunk in above) >= shortest:
        return chunks
    marked = list(chunks)
    for index in found:
        marked[index] = replace(marked[index], role="heading", rule=rule)
    return tuple(marked)


# A title wrapped in glyphs: the run before it, the title, the run after it.
_DECORATED = lazy(
    r"(?P<left>[~*=+#•·<>\[\]-]{1,5})\s*(?P<core>\S.{0,58}?)\s*(?P<right>[~*=+#•·<>\[\]-]{1,5})"
)
_MIRROR = str.maketrans("<>[]", "><][")
# A title's small words, which title case leaves in lower case.
SMALL_WORDS = frozenset("a an and as at by for from in into of on or the to with".split())


def _decorated_title(chunks: Chunks, index: int) -> bool:
    """A lone short title-case line wrapped in mirrored glyphs, blank lines around it, a
    prose paragraph under it."""
    chunk, after = chunks[index], chunks[index + 1]
    text = chunk.text.strip()
    if chunk.role != "text" or len(chunk.lines) != 1 or chunk.continues or len(text) > 70:
        return False
    if text[:1] not in "~*=+#•·<>[-" or (found := _DECORATED.fullmatch(text)) is None:
        return False
    left, core, right = found.group("left"), found.group("core"), found.group("right")
    if left[::-1].translate(_MIRROR) != right or left in ("*", "**"):
        return False  # "*Later*" is emphasis; the glyphs of a heading mirror each other
    words = core.split()
    if not 1 <= len(words) <= 8 or _NOT_IN_TITLE.search(core) or not core[:1].isupper():
        return False
    if any(w[:1].islower() and w.lower() not in SMALL_WORDS for w in words):
        return False
    if chunk.gap < 1 or after.gap < 1 or after.role != "text" or not is_prose(after):
        return False
    labelled = match_note(core) is not None or is_known_label(core) or _BYLINE.match(core)
    return not labelled and not match_end_marker(core)


def _caps_title(chunks: Chunks, index: int) -> bool:
    """A lone short line in capitals, blank lines around it, a prose paragraph under it."""
    chunk, after = chunks[index], chunks[index + 1]
    text = chunk.text.strip()
    if chunk.role != "text" or len(chunk.lines) != 1 or chunk.continues:
        return False
    if not 2 <= len(text) <= 60 or len(text.split()) > 8 or not text[:1].isalpha():
        return False
    if text != text.upper() or sum(c.isalpha() for c in text) < 2 or _NOT_IN_TITLE.search(text):
        return False
    if chunk.gap < 1 or after.gap < 1 or after.role != "text" or not is_prose(after):
        return False
    labelled = match_note(text) is not None or is_known_label(text) or _BYLINE.match(text)
    return not labelled and not match_end_marker(text)


def is_prose(chunk: Chunk) -> bool:
    return len(chunk.text) >= _PROSE_LENGTH and any(c.islower() for c in chunk.text)


def _prose(chunks: Chunks) -> list[Chunk]:
    return [chunk for chunk in chunks if chunk.role == "text" and is_prose(chunk)]
