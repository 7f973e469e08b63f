"""Rule ``title-line-set``: chapters headed only by their titles, some in title case and some
in capitals, one title perhaps used twice ("The Beggar from Trebizond", "A DINNER IN PERA",
"The Beggar from Trebizond").

A writer who names chapters and does not number them heads each with its title alone. The
title rules for one shape (``caps-title-sequence``, ``bare-title-set``) ask that the lines
look alike, as one line of a few capitalised words in a story's middle may be a sign, a
name or a refrain. A writer's own file is not so tidy: a title typed in capitals among
titles in title case, and a chapter that goes back to an earlier one's place under its
title again. The line in capitals, set apart as a heading is, shows what its title-case
siblings are; where they stand tells the rest: the story opens on one of them, and every
other one comes after a paragraph that ends a sentence, with prose under each. Title-case
lines alone, of different shapes or one said twice, stay text (``bare-title-set``).
"""

from __future__ import annotations

from fic2epub.normalise.caps_titles import is_prose, title_sequence
from fic2epub.normalise.chunks import Chunks
from fic2epub.normalise.title_sets import TITLE_WORDS, lone_line_over, plain_title

# The fewest titles: a set of three is no stray line, as one or two may be.
_FEWEST = 3
# How a paragraph that ends a scene ends: a sentence's close.
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "’")
# A letter's greeting, which opens each letter of a story told in letters ("Dear Mother").
_SALUTATIONS = frozenset({"dear", "dearest", "my"})


def title_line_headings(chunks: Chunks) -> Chunks:
    """Rule ``title-line-set``: three or more short title lines, each alone between blank
    lines, some in title case and some in capitals (one may repeat another), head the
    chapters of a story that has no other headings.

    Guards: both kinds of line are among them (one shape alone is the other rules'); the
    first title opens the story (no prose above it but the header, which
    ``title_sequence`` asks: the prose above is shorter than every section); every later
    one stands under a paragraph that ends a sentence; each chapter so headed holds two
    paragraphs of prose or more; and a line of one word, a sentence, speech, a line with a
    long lower-case word, a letter's greeting, a byline, an end marker and a note's or a
    field's label are never titles.
    """
    if any(chunk.role in ("heading", "part") for chunk in chunks):
        return chunks
    found = [index for index in range(1, len(chunks) - 1) if _title_line(chunks, index)]
    if len(found) < _FEWEST:
        return chunks
    capitals = [chunks[index].text.isupper() for index in found]
    if all(capitals) or not any(capitals):
        return chunks  # one shape alone: caps-title-sequence's or bare-title-set's to read
    members = frozenset(found)
    return title_sequence(chunks, lambda _chunks, index: index in members, "title-line-set")


def _title_line(chunks: Chunks, index: int) -> bool:
    """A lone title line, blank lines around it, prose under it; a line of the story above
    it (if any) ends a sentence."""
    chunk, above = chunks[index], chunks[index - 1]
    if not lone_line_over(chunks, index, TITLE_WORDS, is_prose):
        return False
    text = chunk.text.strip()
    if above.role == "text" and is_prose(above) and not above.text.rstrip().endswith(_SENTENCE_END):
        return False  # a paragraph cut off above: the line goes on its sentence
    return text.split()[0].lower() not in _SALUTATIONS and plain_title(text)
