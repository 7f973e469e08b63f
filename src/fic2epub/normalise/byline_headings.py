"""Pass ``byline-headings``: chapter headings that carry the story's byline.

eFiction's printable view heads the story "The Green Road by Jane Doe" and every chapter the
same way, "The Milestone by Jane Doe". Once the header has named the author, a line of its
own that is a title and that author's byline is a chapter heading, and the byline is not
part of the chapter's title.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.bylines import byline_names
from fic2epub.normalise.chunks import Chunk, Chunks
from fic2epub.normalise.fields import field_for, split_authors
from fic2epub.normalise.patterns import same_text

_TITLE_BY = lazy(r"(?P<title>\S.{0,80}?)\s+by\s+(?P<names>\S.{0,60})")


def _header_authors(header: Sequence[Chunk]) -> set[str]:
    """The author names the header gave, lower case."""
    names: list[str] = []
    for chunk in header:
        if chunk.role == "title" and chunk.label:
            names.extend(chunk.label.split("\n"))
        elif chunk.role == "byline" and chunk.value:
            names.extend(chunk.value.split("\n"))
        elif chunk.role == "field" and field_for(chunk.label) == "authors":
            names.extend(split_authors(chunk.value))
    return {name.strip().lower() for name in names if name.strip()}


def byline_headings(chunks: Chunks, start: int) -> Chunks:
    """Rule ``byline-chapter-heading``: after the header, a line on its own that reads
    "<title> by <the header's author>" is a chapter heading titled "<title>".

    Only when two or more such lines exist (a chapter menu of one is no pattern), and only
    for the very names the header gave: "killed by Morgan" in prose names no author."""
    if start >= len(chunks) or not any(" by " in c.text for c in chunks[start:]):
        return chunks
    authors = _header_authors(chunks[:start])
    if not authors:
        return chunks
    chunks = _bylined_headings(chunks, start, authors)
    found: list[tuple[int, str]] = []
    for index in range(start, len(chunks)):
        chunk = chunks[index]
        if chunk.role != "text" or " by " not in chunk.text or len(chunk.text) > 150:
            continue
        if (title := _byline_title(chunk, authors)) is not None:
            found.append((index, title))
    if len(found) < 2 and not _lone_chapter_block(chunks, start, found):
        return chunks
    marked = list(chunks)
    if len(found) == 1 and _story_title(chunks[:start], found[0][1]):
        # Rule ``byline-title-repeat``: a one-shot's page repeats the story's own "<title>
        # by <author>" line above the text as its chapter block's line; a one-shot's
        # chapter has no title of its own, so the line is the page's, not a heading.
        marked[found[0][0]] = replace(
            marked[found[0][0]], role="dropped", rule="byline-title-repeat"
        )
        return tuple(marked)
    for index, title in found:
        marked[index] = replace(
            marked[index], role="heading", rule="byline-chapter-heading", value=title
        )
    _drop_story_index(marked, start, found)
    return tuple(marked)


def _bylined_headings(chunks: Chunks, start: int, authors: set[str]) -> Chunks:
    """Rule ``byline-numbered-heading``: eFiction's printable view of a whole story numbers
    its chapter lines, "1. The Milestone by Jane Doe", and the headings pass has already
    read them as numbered headings. The byline after the title is the archive's, as on the
    unnumbered lines above, and is no part of the chapter's title: the heading keeps its
    number and title ("1. The Milestone").

    Guards as for the unnumbered lines: the very names the header gave, on two headings or
    more, and no title the heading already carries (a heading joined from two lines)."""
    found: list[tuple[int, str]] = []
    for index in range(start, len(chunks)):
        chunk = chunks[index]
        if chunk.role != "heading" or chunk.value or " by " not in chunk.text:
            continue
        # The last " by " parts the byline off: a title may hold one ("Saved by the Bell").
        title, _, names = chunk.text.strip().rpartition(" by ")
        named = {name.lower() for name in split_authors(names)}
        if title.strip() and named and named <= authors:
            found.append((index, title.strip()))
    if len(found) < 2:
        return chunks
    marked = list(chunks)
    for index, title in found:
        marked[index] = replace(marked[index], rule="byline-numbered-heading", value=title)
    return tuple(marked)


# An entry of eFiction's story index: "1. The Milestone by Jane Doe".
_INDEX_ENTRY = lazy(r"\d{1,3}[.)]\s+(?P<entry>\S.*)")


def _drop_story_index(chunks: list[Chunk], start: int, found: list[tuple[int, str]]) -> None:
    """Rule ``byline-story-index``: eFiction's printable view lists its chapters above them,
    numbered, in the same "<title> by <author>" form ("1. The Milestone by Jane Doe"). Each
    such line above the first byline heading that is one of those headings with a number
    before it is the index, not a chapter."""
    headings = {chunks[index].text.strip().lower() for index, _ in found}
    for index in range(start, found[0][0]):
        chunk = chunks[index]
        if chunk.role not in ("heading", "text") or not chunk.text[:1].isdigit():
            continue
        entry = _INDEX_ENTRY.fullmatch(chunk.text.strip())
        if entry is not None and entry.group("entry").lower() in headings:
            chunks[index] = replace(chunk, role="dropped", rule="byline-story-index")


def _lone_chapter_block(chunks: Chunks, start: int, found: list[tuple[int, str]]) -> bool:
    """Rule ``byline-chapter-heading`` for one chapter: eFiction's printable page of a
    single chapter heads its one chapter block "<title> by <author>" too, right where the
    story starts. One such line counts only there, the first line under the header, and
    only when it is no byline of its own ("Written by Jane Doe" credits, it heads nothing)."""
    if len(found) != 1 or found[0][0] != first_text(chunks, start):
        return False
    return byline_names(chunks[found[0][0]].text) is None


def _story_title(header: Sequence[Chunk], title: str) -> bool:
    """Whether ``title`` is the story's title as the header's title line gave it."""
    return any(
        chunk.role == "title" and same_text(chunk.value or chunk.text, title) for chunk in header
    )


def first_text(chunks: Chunks, start: int) -> int:
    """The index of the first story line at or after ``start``."""
    for index in range(start, len(chunks)):
        if chunks[index].role == "text":
            return index
    return len(chunks)


def byline_heading_ends_note(chunks: Sequence[Chunk], index: int) -> bool:
    """Rule ``byline-heading-ends-note``: a note in the header (eFiction's "Story Notes:")
    ends at the first chapter block's "<title> by <author>" line, even with no blank line
    above it, when the header's own title line names that author ("Title by Author").
    Only that shape: a byline of its own ("by name") or an "Author:" field is no sign that
    the chapters repeat it, and a note's line may end "… by name" (a translation's credit)."""
    chunk = chunks[index]
    if " by " not in chunk.text or len(chunk.text) > 150:
        return False
    titles = [c for c in chunks[:index] if c.role == "title" and c.label]
    return bool(titles) and _byline_title(chunk, _header_authors(titles)) is not None


def _byline_title(chunk: Chunk, authors: set[str]) -> str | None:
    """The title part of a "<title> by <author>" line when the author is the header's."""
    if len(chunk.lines) != 1 or chunk.text.endswith((".", "!", "?", '"', "”")):
        return None
    match = _TITLE_BY.fullmatch(chunk.text.strip())
    if match is None:
        return None
    names = {name.lower() for name in split_authors(match.group("names"))}
    return match.group("title").strip() if names and names <= authors else None
