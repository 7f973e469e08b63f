"""Markdown files: whether a file is Markdown, and its ``#`` headings as title and chapters.

Stories kept in Markdown editors and note apps (Obsidian, iA Writer, Typora, GitHub, Notion
exports) mark a heading with ``#`` at the start of its line: ``# Title`` opens the file and
``## Chapter 1`` heads each chapter. In a plain-text story a ``#`` means something else: a
hashtag (``#fluff #angst``), a number (``#1 fan``), a lone ``#`` between scenes. So a line is
a heading only in Markdown's own form (one to six ``#``, a space, a short title with a letter
or digit in it) at the start of a block, and only in a file that is Markdown: one with two
such headings, or one heading and another Markdown mark (a ``> `` blockquote, ``**bold**``,
a ``[link](…)``, a code fence).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import NamedTuple

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, Chunks, Role, is_glyph_line
from fic2epub.normalise.forum_lines import chat_message_header
from fic2epub.normalise.front_matter import drop_note_name, front_matter_end
from fic2epub.normalise.markdown_header import afterword_heading
from fic2epub.normalise.patterns import match_heading, match_note

# An ATX heading: "## Title", optionally closed by "#"s ("## Title ##").
_ATX = lazy(r"(?P<marks>#{1,6})[ \t]+(?P<title>.+?)(?:[ \t]+#+)?[ \t]*")
# A heading is a title, not a sentence: at most this long and this many words.
_LONGEST = 100
_MOST_WORDS = 15
# Marks only Markdown writes: a blockquote line, strong emphasis, a link or image, a fence.
_MARKDOWN_MARKS = lazy(
    r"^>(?:[ \t]|$)"
    r"|\*\*[^\s*][^*]*\*\*|(?<!\w)__[^\s_][^_]*__(?!\w)"
    r"|!?\[[^\]\n]{1,200}\]\((?:https?://|/|#|\.)[^)\s]*\)"
    r"|^(?:```|~~~)"
)

# A link, "[text](url)": a heading that links somewhere is titled by the link's text.
_LINK = lazy(r"\[(?P<text>[^\]\n]{1,200})\]\([^)\s]*\)")

# A table of contents' heading, and a Markdown list item ("* One", "- Two", "3. Three").
_CONTENTS = lazy(r"(?:table\s+of\s+)?contents|chapters|index", re.IGNORECASE)
_LIST_ITEM = lazy(r"(?:[*+-]|\d{1,3}[.)])[ \t]+\S")


class AtxHeading(NamedTuple):
    """An ATX heading line: its level (the number of ``#``) and its title."""

    level: int
    title: str


def atx_heading(line: str) -> AtxHeading | None:
    """The heading on a ``#``-marked line ("## Chapter 2: Salt"), else None.

    Not a hashtag or a number ("#fluff", "#1"): Markdown wants a space after the marks. Not
    a row of glyphs ("# # #") nor a sentence: the title needs a letter or digit and must be
    short.
    """
    found = _ATX.fullmatch(line.strip())
    if found is None:
        return None
    title = _LINK.sub(r"\g<text>", found.group("title")).strip()
    if (
        len(title) > _LONGEST
        or len(title.split()) > _MOST_WORDS
        or is_glyph_line(title)
        or not any(c.isalnum() for c in title)
    ):
        return None
    return AtxHeading(len(found.group("marks")), title)


def is_markdown(lines: Iterable[tuple[str, bool]]) -> bool:
    """Whether a text is written in Markdown, from its lines and whether each opens a block
    (comes first or after a blank line): two headings, or one and another Markdown mark."""
    lines = list(lines)
    if not any(line.lstrip().startswith("#") for line, _ in lines):
        return False  # no heading, no Markdown: skip the marks' search over a whole story
    headings = marks = 0
    for line, opens_block in lines:
        if opens_block and atx_heading(line) is not None:
            headings += 1
        elif _MARKDOWN_MARKS.search(line.strip()):
            marks += 1
        if headings >= 2 or (headings and marks):
            return True
    return False


def text_lines(text: str) -> list[tuple[str, bool]]:
    """The non-blank lines of ``text``, each with whether it opens a block."""
    result: list[tuple[str, bool]] = []
    blank = True
    for line in text.split("\n"):
        if line.strip():
            result.append((line, blank))
        blank = not line.strip()
    return result


def _may_have_heading(chunks: Chunks) -> bool:
    """Whether a line of the chunks holds a "#", as every line :func:`is_markdown` counts
    as a heading opens with one: the cheap test before the lines are paired with whether
    each opens a block, which costs a call a chunk."""
    return any("#" in line for chunk in chunks for line in chunk.lines)


def _chunk_lines(chunks: Chunks) -> list[tuple[str, bool]]:
    spaced = _spaced(chunks)
    return [
        (line, offset == 0 and _opens_block(chunks, index, spaced))
        for index, chunk in enumerate(chunks)
        for offset, line in enumerate(chunk.lines)
    ]


def _spaced(chunks: Chunks) -> bool:
    """Whether blank lines set the text's blocks apart (some chunk has a gap above it)."""
    return any(chunk.gap for chunk in chunks)


def _opens_block(chunks: Chunks, index: int, spaced: bool) -> bool:
    """Rule ``unspaced-markdown``: a chunk opens a block when it comes first or after a
    blank line, or, in a text with no blank lines at all (a chat copied one line a message
    line, where Discord's "## Part 2" heads a line of its own), when it is a line of its own.
    """
    chunk = chunks[index]
    return (
        index == 0
        or chunk.gap > 0
        or (not spaced and not chunk.continues)
        or _under_chat_header(chunks, index)
    )


def _under_chat_header(chunks: Chunks, index: int) -> bool:
    """Rule ``unspaced-markdown`` (chat message): the first line of a chat message opens a
    block, right under its header line ("[07-Feb-22 08:42 PM] name#1234"), as a chat
    exporter writes each message with no blank line under its header."""
    above = chunks[index - 1].text if index else ""
    return above[:1] == "[" and chat_message_header(above) is not None


def markdown_headings(chunks: Chunks) -> Chunks:
    """Rules ``markdown-title``, ``markdown-heading`` and ``markdown-part``: a Markdown
    file's ``#`` headings.

    A heading that opens the file is the story's title when no heading is of a higher level
    and some are of a lower one (``# Title`` over ``## Chapter 1``), or when it is the only
    one, unless it reads as a chapter heading itself. The other headings are chapters (so
    headings all of one level are all chapters); when they come in two levels and every
    heading of the upper level is a part ("Part One") with lower ones under it, those are
    parts. A heading's text loses its ``#`` marks, and a link in it its address.
    """
    if not _may_have_heading(chunks) or not is_markdown(_chunk_lines(chunks)):
        return chunks
    found: list[tuple[int, AtxHeading]] = []
    spaced = _spaced(chunks)
    for index, chunk in enumerate(chunks):
        if (
            len(chunk.lines) == 1
            and not chunk.continues
            and _opens_block(chunks, index, spaced)
            and chunk.role != "dropped"
            and (heading := atx_heading(chunk.text)) is not None
        ):
            found.append((index, heading))
    marked = list(chunks)
    found = _label_headings(marked, found)
    if not found:
        return tuple(marked)
    first, opening = found[0]
    rest = found[1:]
    levels = [heading.level for _, heading in rest]
    if (
        _opens_file(chunks, first)
        and opening.level <= min(levels, default=opening.level)
        and (not rest or max(levels) > opening.level)
        and match_heading(opening.title) is None
    ):
        marked[first] = replace(
            chunks[first], role="title", rule="markdown-title", text=opening.title
        )
        if (fence := front_matter_end(chunks, first)) is not None:
            drop_note_name(marked, fence, opening.title)
        found = rest
    elif _opens_file(chunks, first) and (both := _emphasised_title_by(opening.title)):
        marked[first] = replace(
            chunks[first],
            role="title",
            rule="markdown-title-byline",
            text=f"{both[0]} by {both[1]}",
            value=both[0],
            label=both[1],
        )
        found = rest
    found = _contents(marked, found)
    parts = _part_level([heading for _, heading in found])
    for index, heading in found:
        if (note := afterword_heading(marked, index, heading.title)) is not None:
            marked[index] = note  # AO3's afterword section, not a chapter (markdown_header)
            continue
        role: Role = "part" if heading.level == parts else "heading"
        rule = "markdown-part" if role == "part" else "markdown-heading"
        marked[index] = replace(
            chunks[index], role=role, rule=rule, text=heading.title, value=heading.title
        )
    return tuple(marked)


# A preface section's name that is no note label: AO3's "Summary".
_SECTION_NAMES = frozenset({"summary"})


def _label_headings(
    marked: list[Chunk], found: list[tuple[int, AtxHeading]]
) -> list[tuple[int, AtxHeading]]:
    """Rule ``markdown-note-heading``: a heading whose words are a note's label alone
    ("### Notes", "#### Chapter Notes", "### End Notes") or AO3's "### Summary" is that
    label set as a heading, as html2text writes the section names of an AO3 HTML download:
    the line becomes the bare label, for the header and note passes to read, and is no
    chapter. "Afterword" is left to rule ``markdown-afterword``, which looks under it.
    The other headings are returned."""
    kept: list[tuple[int, AtxHeading]] = []
    for index, heading in found:
        title = heading.title.strip()
        label = match_note(title) if title.lower() != "afterword" else None
        if (label is not None and not label.rest) or title.lower() in _SECTION_NAMES:
            marked[index] = replace(marked[index], text=title, rule="markdown-note-heading")
        else:
            kept.append((index, heading))
    return kept


# Above a file's first heading, at most this many short lines of a page's or a chat's
# framing (a channel's name, a thread's name, the message's header line).
_MOST_FRAMING = 4
# The longest line of chat above a chat message's opening heading.
_CHAT_LINE = 300
_SENTENCE_END = (".", "!", "?", '"', "”", ",", ";")


def _opens_file(chunks: Chunks, first: int) -> bool:
    """Rule ``markdown-title`` (framed): a heading opens the file when it comes first, or
    under no more than a few short lines that are no sentences (a copied chat's
    "#fic-share" and "name — 03/14/2023 9:12 PM"): text above it would be the story's."""
    above = chunks[:first]
    if front_matter_end(chunks, first) is not None:
        return True
    if first and _under_chat_header(chunks, first):
        # Rule ``markdown-title`` (chat): a heading opening a chat message, under a few
        # earlier messages of chat (the poster's word before posting, one line each).
        return len(above) <= 2 * _MOST_FRAMING and all(
            len(chunk.lines) == 1 and len(chunk.text) <= _CHAT_LINE for chunk in above
        )
    return len(above) <= _MOST_FRAMING and all(
        len(chunk.lines) == 1 and len(chunk.text) <= 60 and not chunk.text.endswith(_SENTENCE_END)
        for chunk in above
    )


# One side of "**Title** by **Name**": a whole run wrapped in "*", "**", "_" or "__".
_EMPHASISED_SIDE = lazy(r"(?P<mark>\*{1,2}|_{1,2})(?P<inner>[^\s*_](?:.*?[^\s*_])?)(?P=mark)")


def _emphasised_title_by(heading: str) -> tuple[str, str] | None:
    """Rule ``markdown-title-byline``: a converted ebook's title page heads the file with
    its title and author on one heading line, each in bold ("### **Title** by **name**",
    calibre's Markdown or Textile of a FanFicFare EPUB), at the same level as the chapter
    headings under it. The heading's level cannot tell it from a chapter; the emphasis
    around both sides of " by " can: a chapter titled "Stand by Me" is not set so. Gives
    the title and the name, without their marks."""
    if " by " not in heading:
        return None
    title, names = heading.rsplit(" by ", 1)
    sides = [_EMPHASISED_SIDE.fullmatch(side.strip()) for side in (title, names)]
    if sides[0] is None or sides[1] is None:
        return None
    return sides[0].group("inner"), sides[1].group("inner")


def _contents(
    marked: list[Chunk], found: list[tuple[int, AtxHeading]]
) -> list[tuple[int, AtxHeading]]:
    """Rule ``markdown-contents``: a "Contents" heading over a list of the chapters (an
    exported file's table of contents) is not a chapter; it goes with its list. The
    other headings are returned."""
    kept: list[tuple[int, AtxHeading]] = []
    for number, (index, heading) in enumerate(found):
        end = found[number + 1][0] if number + 1 < len(found) else len(marked)
        items = marked[index + 1 : end]
        if (
            _CONTENTS.fullmatch(heading.title)
            and items
            and (
                all(_LIST_ITEM.match(chunk.text) for chunk in items)
                or _names_headings_below(items, found[number + 1 :])
            )
        ):
            for position in range(index, end):
                marked[position] = replace(
                    marked[position], role="dropped", rule="markdown-contents"
                )
        else:
            kept.append((index, heading))
    return kept


def _names_headings_below(items: Sequence[Chunk], below: Sequence[tuple[int, AtxHeading]]) -> bool:
    """Rule ``markdown-contents`` (bare names): a converter writes an ebook's contents page
    as the chapters' names alone, one a line, with no list marks (calibre's Markdown of an
    EPUB: "### Table of Contents" over "The Samovar" and "The Reconciliation"). Each line
    names a heading further down, so the list is the contents, not a chapter of its own."""
    titles = {heading.title.strip().casefold() for _, heading in below}
    lines = [line.strip() for chunk in items for line in chunk.lines if line.strip()]
    return bool(lines) and all(line.casefold() in titles for line in lines)


def _part_level(headings: Sequence[AtxHeading]) -> int | None:
    """The level of part headings: the upper of two levels, when each of its headings reads
    as a part ("Part One", "Book II") and has headings of the lower level under it ("## Part
    One" over "### Chapter 1")."""
    levels = [heading.level for heading in headings]
    if len(set(levels)) != 2:
        return None
    upper = min(levels)
    for number, heading in enumerate(headings):
        if heading.level != upper:
            continue
        following = levels[number + 1 : number + 2]
        kind = match_heading(heading.title)
        if not following or following[0] == upper or kind is None or kind.kind != "part":
            return None
    return upper
