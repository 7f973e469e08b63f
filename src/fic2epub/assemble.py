"""Lay out one story or an anthology as a Book: every placement decision is made here, once."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import NamedTuple

from fic2epub.errors import InputError, UsageError
from fic2epub.model import Book, BookMetadata, Chapter, Note, Section, SectionKind, Story
from fic2epub.options import NotesPlacement, WriteOptions

UNKNOWN_AUTHOR = "Unknown"
UNTITLED = "Untitled"
ANTHOLOGY_TITLE = "Anthology"
TITLEPAGE_LABEL = "Title Page"
# Used when neither SOURCE_DATE_EPOCH nor the stories give a date: never the clock.
FALLBACK_MODIFIED = "2000-01-01T00:00:00Z"
_MODIFIED_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def assemble(
    stories: Sequence[Story],
    options: WriteOptions,
    *,
    title: str | None = None,
    editors: tuple[str, ...] = (),
) -> Book:
    """Lay out ``stories`` (one story, or an anthology of several) as a book in reading order.

    ``title`` overrides the book's title (an anthology needs one); ``editors`` are credited as
    the anthology's editors.
    """
    if not stories:
        raise InputError("there is no story to put in the book")
    anthology = len(stories) > 1
    sections: list[Section] = []
    if anthology:
        sections.append(
            Section(
                kind="titlepage", id="titlepage", title=TITLEPAGE_LABEL, toc_level=1, story_index=0
            )
        )
    for index, story in enumerate(stories):
        sections.extend(_story_sections(story, index, options.notes, anthology=anthology))
    metadata = _book_metadata(stories, options, title=title, editors=editors)
    return Book(metadata=metadata, stories=tuple(stories), sections=tuple(sections))


# --- sections -------------------------------------------------------------------------------


class NotePlacement(NamedTuple):
    """Where a story's notes end up once ``--notes`` is applied."""

    preface: tuple[Note, ...]
    """Notes gathered before the first chapter."""
    afterword: tuple[Note, ...]
    """Notes gathered after the last chapter."""
    before: tuple[tuple[Note, ...], ...]
    """Notes at the start of each chapter, by chapter position."""
    after: tuple[tuple[Note, ...], ...]
    """Notes at the end of each chapter, by chapter position."""


def place_notes(story: Story, mode: NotesPlacement) -> NotePlacement:
    """Decide where every note of ``story`` goes under placement ``mode``."""
    chapters = story.chapters
    own_before = tuple(chapter.notes_before for chapter in chapters)
    own_after = tuple(chapter.notes_after for chapter in chapters)
    nothing: tuple[tuple[Note, ...], ...] = tuple(() for _ in chapters)
    if mode == "omit":
        return NotePlacement((), (), nothing, nothing)
    if mode in ("front", "back"):
        every = _all_notes(story)
        if mode == "front":
            return NotePlacement(every, (), nothing, nothing)
        return NotePlacement((), every, nothing, nothing)
    if mode == "inline" and chapters:
        before = list(own_before)
        after = list(own_after)
        before[0] = story.front_notes + before[0]
        after[-1] = after[-1] + story.back_notes
        return NotePlacement((), (), tuple(before), tuple(after))
    # "auto", and "inline" for a story without chapters (there is nowhere inline to put them).
    return NotePlacement(story.front_notes, story.back_notes, own_before, own_after)


def _all_notes(story: Story) -> tuple[Note, ...]:
    """Every note of ``story`` in reading order."""
    notes = list(story.front_notes)
    for chapter in story.chapters:
        notes.extend(chapter.notes_before)
        notes.extend(chapter.notes_after)
    notes.extend(story.back_notes)
    return tuple(notes)


def notes_label(notes: Sequence[Note]) -> str:
    """The table-of-contents label of a section holding ``notes``."""
    return "Author's Note" if len(notes) == 1 else "Author's Notes"


def _story_sections(
    story: Story, index: int, mode: NotesPlacement, *, anthology: bool
) -> list[Section]:
    """The sections of one story, in reading order."""
    prefix = f"s{index + 1}"
    placement = place_notes(story, mode)
    chapters = story.chapters
    # Kindle shows two TOC levels at most: in an anthology the story is level 1, so parts
    # cannot get a level of their own there.
    nested = 2 if anthology else 1
    sections: list[Section] = []
    if anthology:
        sections.append(
            Section(
                kind="story-titlepage",
                id=f"{prefix}-titlepage",
                title=_story_title(story),
                toc_level=1,
                story_index=index,
            )
        )
    else:
        sections.append(
            Section(
                kind="titlepage",
                id="titlepage",
                title=TITLEPAGE_LABEL,
                toc_level=1,
                story_index=index,
            )
        )
    if placement.preface:
        sections.append(_notes_section("preface", placement.preface, prefix, nested, index))
    titled_parts = any(part.title for part in story.parts)
    position = 0
    for part in story.parts:
        for number, chapter in enumerate(part.chapters):
            if anthology:
                # A one-chapter story is one TOC entry: its story title page.
                level = 0 if len(chapters) == 1 else 2
            else:
                level = 2 if titled_parts and part.title else 1
            sections.append(
                Section(
                    kind="chapter",
                    id=f"{prefix}-ch{position + 1:03d}",
                    title=_chapter_title(story, chapter),
                    toc_level=level,
                    story_index=index,
                    chapter=chapter,
                    notes_before=placement.before[position],
                    notes_after=placement.after[position],
                    part_title=part.title if number == 0 and part.title else None,
                    part_epigraph=part.epigraph if number == 0 and part.title else (),
                )
            )
            position += 1
    if placement.afterword:
        sections.append(_notes_section("afterword", placement.afterword, prefix, nested, index))
    return sections


def _notes_section(
    kind: SectionKind, notes: tuple[Note, ...], prefix: str, level: int, index: int
) -> Section:
    """The section of a story's notes gathered before (preface) or after (afterword) it."""
    return Section(
        kind=kind,
        id=f"{prefix}-{kind}",
        title=notes_label(notes),
        toc_level=level,
        story_index=index,
        notes=notes,
    )


def _story_title(story: Story) -> str:
    """The story's title, never blank."""
    return story.metadata.title.strip() or UNTITLED


def _chapter_title(story: Story, chapter: Chapter) -> str:
    """The chapter's heading: as written, else the story title (one chapter) or "Chapter N"."""
    if chapter.title and chapter.title.strip():
        return chapter.title.strip()
    if len(story.chapters) == 1:
        return _story_title(story)
    return f"Chapter {chapter.number}"


# --- metadata -------------------------------------------------------------------------------


def _book_metadata(
    stories: Sequence[Story],
    options: WriteOptions,
    *,
    title: str | None,
    editors: tuple[str, ...],
) -> BookMetadata:
    """The book's own metadata, derived from its stories and the options."""
    single = stories[0] if len(stories) == 1 else None
    book_title = (title or "").strip()
    if not book_title:
        book_title = _story_title(single) if single else ANTHOLOGY_TITLE
    authors = _unique(author for story in stories for author in story.metadata.authors)
    subjects = _unique(
        subject
        for story in stories
        for subject in (
            *story.metadata.fandoms,
            *story.metadata.relationships,
            *story.metadata.characters,
            *((story.metadata.rating,) if story.metadata.rating else ()),
            *story.metadata.categories,
            *story.metadata.tags,
        )
    )
    # dc:date is when this text was published: the first publication, else the last update.
    published = (
        parse_date(single.metadata.published) or parse_date(single.metadata.updated)
        if single
        else None
    )
    return BookMetadata(
        title=book_title,
        authors=authors or (UNKNOWN_AUTHOR,),
        language=stories[0].metadata.language or "en",
        identifier=_identifier(stories, book_title, authors),
        subjects=subjects,
        description=(single.metadata.summary or None) if single else None,
        series=single.metadata.series if single else None,
        series_index=single.metadata.series_index if single else None,
        date=published.isoformat() if published else None,
        modified=_modified(stories, options.source_date_epoch),
        editors=_unique(editors),
    )


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    """``values`` stripped, without blanks or repeats, in first-seen order."""
    seen: dict[str, None] = {}
    for value in values:
        cleaned = value.strip()
        if cleaned:
            seen.setdefault(cleaned, None)
    return tuple(seen)


def _identifier(stories: Sequence[Story], title: str, authors: tuple[str, ...]) -> str:
    """A stable ``urn:uuid:`` for the book: from the source URL, else the title and authors."""
    if len(stories) == 1 and stories[0].metadata.source_url:
        return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, stories[0].metadata.source_url)}"
    keys = [title, *authors]
    if len(stories) > 1:
        # Two anthologies with the same title and authors but other stories are other books.
        keys.extend(story.metadata.source_url or story.metadata.title for story in stories)
    name = "fic2epub:" + "\n".join(keys)
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, name)}"


def parse_date(value: str | None) -> date | None:
    """The calendar date in an ISO 8601 date or date-time string, or None if there is none."""
    if not value:
        return None
    text = value.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        return None


def _modified(stories: Sequence[Story], epoch: int | None) -> str:
    """``dcterms:modified``: SOURCE_DATE_EPOCH, else the latest story date, else a constant."""
    if epoch is not None:
        try:
            moment = datetime.fromtimestamp(epoch, tz=UTC)
        except (OverflowError, OSError, ValueError) as error:
            raise UsageError(f"SOURCE_DATE_EPOCH {epoch} is out of range") from error
        return moment.strftime(_MODIFIED_FORMAT)
    dates = [
        parsed
        for story in stories
        for value in (story.metadata.updated, story.metadata.published)
        if (parsed := parse_date(value)) is not None
    ]
    if not dates:
        return FALLBACK_MODIFIED
    latest = max(dates)
    return datetime(latest.year, latest.month, latest.day, tzinfo=UTC).strftime(_MODIFIED_FORMAT)


# --- table of contents ----------------------------------------------------------------------


class TocEntry(NamedTuple):
    """One entry of the table of contents, as every writer shows it."""

    title: str
    """The label."""
    section_id: str
    """The section it leads to."""
    fragment: str | None = None
    """An element inside that section (a part heading), or None for the section's start."""
    children: tuple[TocEntry, ...] = ()
    """Entries one level down."""


def toc_tree(book: Book) -> tuple[TocEntry, ...]:
    """The table of contents of ``book``, at most two levels deep.

    Sections at level 1 are top entries and level-2 sections hang under the entry before them.
    In a single story a chapter that opens a titled part also opens a top entry for the part,
    pointing at the part heading.
    """
    roots: list[tuple[TocEntry, list[TocEntry]]] = []
    single = len(book.stories) == 1
    for section in book.sections:
        if section.toc_level == 0:
            continue
        entry = TocEntry(title=section.title, section_id=section.id)
        if single and section.part_title and section.toc_level == 2:
            part = TocEntry(
                title=section.part_title, section_id=section.id, fragment=part_anchor(section)
            )
            roots.append((part, []))
            # The part heading comes first in the file: the chapter entry must point past it,
            # or the table of contents would not be in reading order.
            entry = TocEntry(title=section.title, section_id=section.id, fragment=section.id)
        if section.toc_level == 1 or not roots:
            roots.append((entry, []))
        else:
            roots[-1][1].append(entry)
    return tuple(
        TocEntry(
            title=root.title,
            section_id=root.section_id,
            fragment=root.fragment,
            children=tuple(children),
        )
        for root, children in roots
    )


def part_anchor(section: Section) -> str:
    """The id of the part heading shown above ``section``."""
    return f"{section.id}-part"
