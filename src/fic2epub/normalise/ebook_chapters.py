"""Rule ``ebook-chapter-name``: a downloaded e-book's chapters, headed by their bare names.

A download tool (FicHub, FanFicFare, FicSave) writes one EPUB file per chapter with the
chapter's name as its heading, and signs the title page ("Exported with the assistance of
FicHub.net"). Turned into text (calibre's TXT output, a copy from a reader app), each
chapter opens with its name on a line of its own: FanFiction.Net's chapter names are bare
titles ("The Shooting Party", "Old Edwards"), which no heading pattern can tell from a short
line of prose. The tool's credit says whose layout it is; only then, and only under it, is
a short title-cased line set apart by blank lines read as a chapter's name.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from fic2epub.normalise.chunks import Chunk, Chunks, is_glyph_line
from fic2epub.normalise.downloader_lines import downloader_line
from fic2epub.normalise.patterns import match_end_marker

# How far into the file the tool's credit may be (its title page).
_CREDIT_REACH = 15
# The longest chapter name, in characters and in words.
_LONGEST_NAME = 60
_MOST_WORDS = 8
# Small words a title leaves in lower case.
_SMALL_WORDS = frozenset(
    "a an the and or but nor of in on at to for by with from into as is be vs".split()
)


def ebook_chapter_names(chunks: Chunks) -> Chunks:
    """Mark a download tool's bare chapter names as headings, in a file it signed, when
    there are two or more of them with prose between them and no other heading: where the
    chapters are headed already ("Chapter 2: The Market"), a short line is the prose's."""
    if any(chunk.role in ("heading", "part") for chunk in chunks):
        return chunks
    credit = next(
        (
            index
            for index, chunk in enumerate(chunks[:_CREDIT_REACH])
            if chunk.role in ("text", "dropped") and downloader_line(chunk.text.strip())
        ),
        None,
    )
    if credit is None:
        return chunks
    dense = _dense(chunks[credit + 1 :])
    found = [
        index
        for index in range(credit + 1, len(chunks))
        if _chapter_name(chunks, index, dense=dense)
    ]
    if len(found) < 2 or any(later - earlier < 2 for earlier, later in pairwise(found)):
        return chunks
    marked = list(chunks)
    rule = "ebook-chapter-name-dense" if dense else "ebook-chapter-name"
    for index in found:
        marked[index] = replace(chunks[index], role="heading", rule=rule)
    return tuple(marked)


# A text is dense when at most this share of its paragraphs has a blank line above it...
_DENSE_SHARE = 0.25
# ...among at least this many paragraphs.
_DENSE_LEAST = 8


def _dense(chunks: Chunks) -> bool:
    """Rule ``ebook-chapter-name-dense``: whether the text sets no blank lines between its
    paragraphs, as ``pdftotext`` draws a PDF's text out (FicHub's PDF among them). There the
    few blank lines stand at the page breaks a chapter starts on, and a chapter's name has
    its first paragraph right under it."""
    text = [chunk for chunk in chunks if chunk.role == "text"]
    spaced = sum(1 for chunk in text if chunk.gap)
    return len(text) >= _DENSE_LEAST and spaced <= _DENSE_SHARE * len(text)


def _chapter_name(chunks: Chunks, index: int, *, dense: bool) -> bool:
    """A one-line chunk set apart by blank lines, a short title in title case with no
    sentence's or clause's end, and prose (or a note) under it. In a dense text (see
    :func:`_dense`), a blank line above it is enough."""
    chunk: Chunk = chunks[index]
    text = chunk.text.strip()
    if chunk.role != "text" or len(chunk.lines) != 1 or chunk.continues:
        return False
    if not text or len(text) > _LONGEST_NAME or not text[0].isupper():
        return False
    if chunk.gap < 1 or index + 1 >= len(chunks) or (chunks[index + 1].gap < 1 and not dense):
        return False
    if text.endswith((".", ",", ";", ":", "-", "—")) or is_glyph_line(text):
        return False
    # A cry set apart ("Stop Him!") is the prose's, not a chapter's name.
    if text.endswith("!"):
        return False
    if match_end_marker(text):
        return False
    words = text.split()
    if len(words) > _MOST_WORDS:
        return False
    # Title case: every word but the small ones starts with a capital or a digit.
    if not all(word[0].isupper() or word[0].isdigit() or word in _SMALL_WORDS for word in words):
        return False
    below = chunks[index + 1]
    return below.role == "text" and len(below.text) > len(text)
