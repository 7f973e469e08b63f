"""The intermediate chapter model that every reader produces and every writer consumes.

Everything here is a frozen, slotted, keyword-only dataclass holding tuples, so a model can be
shared between passes and threads without copies. There is no I/O in this module.

Reading order of a :class:`Story`: metadata (shown on the title page), ``front_notes``, then the
chapters of each :class:`Part` (each chapter with its own ``notes_before`` / ``notes_after``),
then ``back_notes``. A :class:`Book` holds one story or an anthology of many, already laid out as
:class:`Section` objects in reading order by ``assemble``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from fic2epub.records import frozen_record

# --- inline content -------------------------------------------------------------------------


@frozen_record
class Text:
    """A run of plain text, already typographically corrected."""

    text: str
    """The characters, with no markup; writers escape them."""


@frozen_record
class Emph:
    """Emphasised (italic) content, from ``*x*``, ``_x_`` or ``/x/`` in the source."""

    children: tuple[Inline, ...]
    """What is emphasised; may itself contain :class:`Strong`."""


@frozen_record
class Strong:
    """Strongly emphasised (bold) content, from ``**x**`` or ``__x__``."""

    children: tuple[Inline, ...]
    """What is emphasised; may itself contain :class:`Emph`."""


@frozen_record
class LineBreak:
    """A deliberate line break inside a paragraph (verse, letters, text messages)."""


Inline = Text | Emph | Strong | LineBreak


def plain_text(content: Iterable[Inline]) -> str:
    """The characters of inline content, without emphasis; line breaks become spaces."""
    parts: list[str] = []
    for item in content:
        if isinstance(item, Text):
            parts.append(item.text)
        elif isinstance(item, Emph | Strong):
            parts.append(plain_text(item.children))
        elif isinstance(item, LineBreak):
            parts.append(" ")
    return "".join(parts)


# --- blocks ---------------------------------------------------------------------------------

Align = Literal["start", "center"]


@frozen_record
class Paragraph:
    """One paragraph of prose."""

    content: tuple[Inline, ...]
    """The inline runs, in order."""
    align: Align = "start"
    """``center`` when the author centred the line (titles of letters, sign-offs)."""


@frozen_record
class SceneBreak:
    """A change of scene inside a chapter."""

    marker: str = ""
    """The glyphs as written ("* * *", "-- -- --"); empty for a run of blank lines."""


@frozen_record
class EndMarker:
    """A closing formula such as "The End", "fin" or "tbc", set apart from the prose."""

    text: str
    """The marker as written, typographically corrected."""


Block = Paragraph | SceneBreak | EndMarker

# --- notes, chapters, stories ---------------------------------------------------------------

NoteOrigin = Literal["before-story", "after-story", "chapter-start", "chapter-end"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Note:
    """An author's note: text that talks about the story rather than telling it."""

    label: str
    """The label as the author wrote it ("A/N", "AN1", "Author Notes"), without the colon."""
    blocks: tuple[Block, ...]
    """The note's paragraphs, including any signature line."""
    origin: NoteOrigin
    """Where the note was found in the source text."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Chapter:
    """One chapter of a story."""

    title: str | None
    """The heading as written ("Chapter 1 – Do you wish it was a dream?"), or None."""
    number: int
    """The chapter's position in the story, counting from 1."""
    blocks: tuple[Block, ...]
    """The story text: paragraphs, scene breaks and end markers."""
    notes_before: tuple[Note, ...] = ()
    """Notes found at the chapter's start, after its heading."""
    notes_after: tuple[Note, ...] = ()
    """Notes found at the chapter's end."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Part:
    """A group of chapters ("Part One"); a story without parts has one untitled part."""

    title: str | None
    """The part heading as written, or None for the implicit part."""
    chapters: tuple[Chapter, ...]
    """The part's chapters, in order."""
    epigraph: tuple[Block, ...] = ()
    """Text between the part heading and its first chapter heading: an epigraph (a quotation
    and its attribution) that belongs to the part, not to a chapter."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Field:
    """A header field kept exactly as the author labelled it."""

    label: str
    """The label as written ("Prompt", "Ages in this fic")."""
    value: str
    """The value; lines of a multi-line value are separated by newlines."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Metadata:
    """What is known about a story, from its header, its byline and the options."""

    title: str
    """The story's title (from the text, the options, or the file name)."""
    authors: tuple[str, ...] = ()
    """Author names in byline order; empty when the text names nobody."""
    language: str = "en"
    """BCP 47 language tag."""
    fandoms: tuple[str, ...] = ()
    """Fandoms, one per entry."""
    relationships: tuple[str, ...] = ()
    """Pairings and relationships ("Kakashi/Sakura")."""
    characters: tuple[str, ...] = ()
    """Characters listed in the header."""
    rating: str | None = None
    """The rating, normalised to its short form where one is recognised ("M", "T", "Teen")."""
    warnings: tuple[str, ...] = ()
    """Warnings, as written."""
    categories: tuple[str, ...] = ()
    """AO3 categories ("F/M", "Gen") and site genres ("Romance", "Drama")."""
    tags: tuple[str, ...] = ()
    """Additional free-form tags."""
    summary: str | None = None
    """The summary; paragraphs separated by blank lines."""
    status: str | None = None
    """Completion status as written ("Complete", "Chapter 1 of ?")."""
    series: str | None = None
    """The series this story belongs to."""
    series_index: float | None = None
    """The story's position in its series."""
    disclaimer: str | None = None
    """The disclaimer, once, as written."""
    word_count: int = 0
    """Words of story text, counted by fic2epub (a header's own count is an extra field)."""
    chapter_count: int | None = None
    """The chapter count the header claims, when it states one."""
    published: str | None = None
    """Publication date as ISO 8601 (YYYY-MM-DD), when known."""
    updated: str | None = None
    """Last update date as ISO 8601, when known."""
    source_url: str | None = None
    """Where the story was published, when the text says."""
    extra: tuple[Field, ...] = ()
    """Every other header field, in order, labelled as the author labelled it."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Story:
    """One story: metadata, notes and chapters, in the order a reader meets them."""

    metadata: Metadata
    """What the header and options say about the story."""
    front_notes: tuple[Note, ...] = ()
    """Notes found before the story text."""
    parts: tuple[Part, ...] = ()
    """The story's parts; usually a single untitled part holding every chapter."""
    back_notes: tuple[Note, ...] = ()
    """Notes found after the story text."""
    source: str = ""
    """The file name the story was read from, for messages."""

    @property
    def chapters(self) -> tuple[Chapter, ...]:
        """Every chapter of every part, in order."""
        return tuple(chapter for part in self.parts for chapter in part.chapters)


# --- the assembled book ---------------------------------------------------------------------

SectionKind = Literal["titlepage", "story-titlepage", "preface", "chapter", "afterword"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Section:
    """One document of the book, in reading order, with everything its writer needs."""

    kind: SectionKind
    """What the section is; decides the template and the EPUB semantics."""
    id: str
    """ASCII identifier, unique in the book; EPUB writers use it for the file name."""
    title: str
    """The label in the table of contents."""
    toc_level: int
    """1 or 2 for an entry in the table of contents, 0 for none."""
    story_index: int
    """Which of ``Book.stories`` the section belongs to."""
    chapter: Chapter | None = None
    """The chapter shown, for ``chapter`` sections."""
    notes: tuple[Note, ...] = ()
    """The notes shown, for ``preface`` and ``afterword`` sections."""
    notes_before: tuple[Note, ...] = ()
    """Notes set off at the start of a ``chapter`` section."""
    notes_after: tuple[Note, ...] = ()
    """Notes set off at the end of a ``chapter`` section."""
    part_title: str | None = None
    """The part heading to show above this chapter, when a new part starts here."""
    part_epigraph: tuple[Block, ...] = ()
    """The epigraph under that part heading, shown with it."""


@dataclass(frozen=True, slots=True, kw_only=True)
class BookMetadata:
    """Metadata of the whole book, as written into the OPF and the title page."""

    title: str
    """The book's title."""
    authors: tuple[str, ...]
    """Creators, never empty (a placeholder when no author is known)."""
    language: str
    """BCP 47 language tag."""
    identifier: str
    """A stable ``urn:uuid:`` identifier."""
    subjects: tuple[str, ...] = ()
    """Subject tags: fandoms, relationships, characters, rating and tags."""
    description: str | None = None
    """The summary, as plain text."""
    series: str | None = None
    """The series name."""
    series_index: float | None = None
    """The position in the series."""
    date: str | None = None
    """Publication date (ISO 8601), when known."""
    modified: str = "2000-01-01T00:00:00Z"
    """``dcterms:modified`` in UTC, derived from SOURCE_DATE_EPOCH or the story's date."""
    editors: tuple[str, ...] = ()
    """Editors of an anthology."""
    disclaimers: tuple[str, ...] = ()
    """Disclaimers several stories of an anthology share word for word, shown once for the book."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Book:
    """A book ready to write: metadata, the stories it holds and its sections in order."""

    metadata: BookMetadata
    """The book's own metadata."""
    stories: tuple[Story, ...]
    """The stories, in the book's order."""
    sections: tuple[Section, ...] = field(default=())
    """Every document, in reading order."""
