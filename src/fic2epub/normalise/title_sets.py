"""Rule ``bare-title-set``: chapters headed only by short Title Case names of one shape.

A writer who gives a short story two or three sections heads each with a few words and
nothing else, in ordinary Title Case: "The Orchard" / "The Well", or "The Ninth Night" /
"The Tenth Night" when the story starts partway through a count. Neither capitals nor a
number nor glyphs set such a line apart, so alone it reads like a one-line paragraph of the
story. What tells it is the set: two lines or more of the same shape (as many words, and
the same first or last word), each alone between blank lines with prose under it, and
between them they head the whole story.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from fic2epub.lazy_re import lazy
from fic2epub.normalise.caps_titles import SMALL_WORDS, is_prose, title_sequence
from fic2epub.normalise.chunks import Chunk, Chunks
from fic2epub.normalise.fields import is_known_label
from fic2epub.normalise.patterns import match_end_marker, match_note

# A section's name: two to six words of letters, with the hyphens and apostrophes a word
# may hold ("Sixty-First", "Ann's"). No stop, comma, quote, digit or mark, so a line of
# speech or of prose ends no name.
_WORD = r"[^\W\d_](?:[^\W\d_]|['’-])*"
TITLE_WORDS = lazy(rf"{_WORD}(?:\s+{_WORD}){{1,5}}")
# The longest name read: a short heading, never a sentence.
_LONGEST = 50
# A letter's greeting, which opens each letter of a story told in letters ("Dear Mother").
_SALUTATIONS = frozenset({"dear", "dearest"})
# How a short opening sentence ends ("So she went.", "Nobody came?").
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "’")


def bare_title_headings(chunks: Chunks) -> Chunks:
    """Rule ``bare-title-set``: two or more short Title Case lines of one shape, each alone
    between blank lines and over a paragraph of prose, head the chapters of a story that
    has no other headings.

    Shape: the same number of words (two to six) and the same first word or the same last
    word ("The Orchard" / "The Well"; "Ann's Letter" / "Tom's Letter"). Every such line in the
    story must be of the one shape (two sets of different shapes are no set), and no two
    may be the same words (a refrain said twice is the story's).

    Guards, as for a story headed in capitals (``caps-title-sequence``): each section holds
    two prose paragraphs or more, and the prose above the first name (a note, a header) is
    shorter than every section, so a one-line paragraph of story text ("The Old Road", a
    sign, a name) in the middle of a story never starts a chapter. A line of one word, a
    sentence with its stop, speech in quotes, a line with a lower-case word (other than a
    title's small words), a letter's greeting ("Dear Mother"), an end marker, a note's or a
    field's label and a byline are never names.
    """
    if any(chunk.role in ("heading", "part") for chunk in chunks):
        return chunks
    found = [index for index in range(1, len(chunks) - 1) if _bare_title(chunks, index)]
    if len(found) < 2:
        return chunks
    members = _one_shape(chunks, found)
    if members is None:
        return chunks
    return title_sequence(chunks, lambda _chunks, index: index in members, "bare-title-set")


def _one_shape(chunks: Chunks, found: list[int]) -> frozenset[int] | None:
    """The lines of ``found`` that share one shape, when every line of ``found`` does and
    no two of them are the same words; else None."""
    groups: dict[tuple[str, int, str], set[int]] = defaultdict(set)
    texts = set()
    for index in found:
        words = chunks[index].text.lower().split()
        texts.add(" ".join(words))
        groups[("first", len(words), words[0])].add(index)
        groups[("last", len(words), words[-1])].add(index)
    if len(texts) < len(found):
        return None
    every = set(found)
    return frozenset(every) if any(group == every for group in groups.values()) else None


def lone_line_over(
    chunks: Chunks, index: int, name: re.Pattern[str], below: Callable[[Chunk], bool]
) -> bool:
    """Whether chunk ``index`` is one short line of text (50 characters at most) that opens
    with a capital and is all ``name``, set apart by blank lines, over a text chunk that
    ``below`` accepts: the shape of a chapter's title on a line of its own."""
    chunk, after = chunks[index], chunks[index + 1]
    text = chunk.text.strip()
    if chunk.role != "text" or len(chunk.lines) != 1 or chunk.continues:
        return False
    if len(text) > _LONGEST or not text[:1].isupper() or name.fullmatch(text) is None:
        return False
    return chunk.gap >= 1 and after.gap >= 1 and after.role == "text" and below(after)


def _bare_title(chunks: Chunks, index: int) -> bool:
    """A lone short Title Case line of a few words, blank lines around it, prose under it."""
    if not lone_line_over(chunks, index, TITLE_WORDS, _opens_section):
        return False
    text = chunks[index].text.strip()
    if text.isupper():
        return False  # capitals are the caps-title rule's, which has run
    words = text.split()
    if words[0].lower() in _SALUTATIONS or words[:2] == ["My", "Dear"]:
        return False  # "Dear Mother" opens each letter of a story in letters
    return plain_title(text)


def plain_title(text: str) -> bool:
    """Whether a line's words may be a chapter's title: in capitals, or each capitalised
    but a title's small words; no " by " (a byline's heading, "The Milestone by Jane": the
    byline-chapter-heading rule's), and no note's or field's label or end marker."""
    words = text.split()
    if not text.isupper() and any(
        not word[:1].isupper() and word.lower() not in SMALL_WORDS for word in words
    ):
        return False
    if " by " in f" {text.lower()} ":
        return False
    labelled = match_note(text) is not None or is_known_label(text)
    return not labelled and not match_end_marker(text)


def _opens_section(chunk: Chunk) -> bool:
    """Whether a paragraph may open a section under its name: prose, or a short sentence
    of three words or more ("So she went."), as a section may open on one."""
    text = chunk.text.rstrip()
    if is_prose(chunk):
        return True
    return len(text.split()) >= 3 and text.endswith(_SENTENCE_END) and not text.isupper()
