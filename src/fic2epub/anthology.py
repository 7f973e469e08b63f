"""Anthologies: many stories in one book, with series order, shared disclaimers and notes modes."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from fic2epub.assemble import assemble, place_notes
from fic2epub.model import Book, Story
from fic2epub.options import NotesPlacement, ReadOptions, WriteOptions


@dataclass(frozen=True, slots=True, kw_only=True)
class AnthologyEntry:
    """One story of an anthology: its file, how to read it and where its notes go."""

    path: Path
    """The story file."""
    read: ReadOptions
    """How the story is read (its sidecar and per-story settings already merged in)."""
    notes: NotesPlacement | None = None
    """Where this story's notes go; None follows the book's ``WriteOptions.notes``."""


@dataclass(frozen=True, slots=True, kw_only=True)
class AnthologyLayout:
    """Settings of the whole anthology book."""

    title: str | None = None
    """The book's title; None: the series name when every story is of one series."""
    editors: tuple[str, ...] = ()
    """The anthology's editors, credited on its title page and as contributors."""
    language: str | None = None
    """The book's language tag; None: the first story's."""


def read_anthology(
    entries: Sequence[AnthologyEntry], options: WriteOptions, layout: AnthologyLayout | None = None
) -> Book:
    """Read every entry's story and lay them out as one book (see :func:`compile_anthology`)."""
    from fic2epub.pipeline import read_story

    stories = [read_story(entry.path, entry.read) for entry in entries]
    return compile_anthology(stories, options, layout, notes=[entry.notes for entry in entries])


def compile_anthology(
    stories: Sequence[Story],
    options: WriteOptions,
    layout: AnthologyLayout | None = None,
    *,
    notes: Sequence[NotesPlacement | None] = (),
) -> Book:
    """Lay out ``stories`` as one book.

    Stories of one series are put in part order within the places the series holds; a
    disclaimer that several stories repeat word for word is shown once (see
    :func:`shared_disclaimers`). ``notes`` gives a placement per story (None or missing:
    ``options.notes``).
    """
    layout = layout or AnthologyLayout()
    modes = [*notes, *([None] * (len(stories) - len(notes)))]
    placed = [
        with_notes_placed(story, mode or options.notes)
        for story, mode in zip(stories, modes, strict=True)
    ]
    ordered = series_order(placed)
    shared, cleaned = shared_disclaimers(ordered)
    title = layout.title or (common_series(ordered) if len(ordered) > 1 else None)
    # Every story's notes are already where its mode puts them: "auto" keeps them there.
    book = assemble(
        cleaned, dataclasses.replace(options, notes="auto"), title=title, editors=layout.editors
    )
    metadata = dataclasses.replace(
        book.metadata,
        disclaimers=shared,
        language=layout.language or book.metadata.language,
    )
    return dataclasses.replace(book, metadata=metadata)


def book_file_name(book: Book, output_format: str) -> str:
    """A safe file name for ``book`` made from its title ("Salt & Iron" -> "Salt & Iron.epub")."""
    from fic2epub.safe_io import safe_filename
    from fic2epub.writers import EXTENSIONS

    return safe_filename(book.metadata.title, EXTENSIONS.get(output_format, f".{output_format}"))


# --- series -----------------------------------------------------------------------------------


def _series_key(story: Story) -> str | None:
    """The story's series name, compared without case or spacing differences."""
    name = story.metadata.series
    if not name or not name.strip():
        return None
    return " ".join(name.split()).casefold()


def series_order(stories: Sequence[Story]) -> list[Story]:
    """``stories`` with each series' members sorted by part, in the places the series holds.

    Stories outside a series keep their places; members without a part number keep their
    order after the numbered ones.
    """
    result = list(stories)
    places: dict[str, list[int]] = {}
    for position, story in enumerate(stories):
        key = _series_key(story)
        if key is not None:
            places.setdefault(key, []).append(position)
    for positions in places.values():
        members = sorted(
            (stories[position] for position in positions),
            key=lambda story: (
                story.metadata.series_index is None,
                story.metadata.series_index or 0.0,
            ),
        )
        for position, story in zip(positions, members, strict=True):
            result[position] = story
    return result


def common_series(stories: Sequence[Story]) -> str | None:
    """The series name when every story belongs to the same one, as the first story spells it."""
    keys = {_series_key(story) for story in stories}
    if len(keys) != 1 or None in keys:
        return None
    name = stories[0].metadata.series or ""
    return " ".join(name.split())


# --- disclaimers --------------------------------------------------------------------------------


def _words(text: str) -> str:
    """``text`` with its spacing normalised: line breaks and double spaces are not words."""
    return " ".join(text.split())


def shared_disclaimers(stories: Sequence[Story]) -> tuple[tuple[str, ...], list[Story]]:
    """Show each disclaimer that stories repeat word for word only once.

    A disclaimer every story has goes to the book's title page (returned first, as the first
    story wrote it) and off every story's page. One that only some stories share stays on the
    first of them, where it is read in context, and comes off the later ones. A disclaimer
    only one story has is left alone.
    """
    keys = [_disclaimer_key(story) for story in stories]
    counts: dict[str, int] = {}
    for key in keys:
        if key is not None:
            counts[key] = counts.get(key, 0) + 1
    everywhere = len(stories) > 1 and len(counts) == 1 and None not in keys
    shown: set[str] = set()
    book: tuple[str, ...] = ()
    cleaned: list[Story] = []
    for story, key in zip(stories, keys, strict=True):
        if key is None or counts[key] == 1 or (key not in shown and not everywhere):
            if key is not None:
                shown.add(key)
            cleaned.append(story)
            continue
        if everywhere and not book:
            book = ((story.metadata.disclaimer or "").strip(),)
        cleaned.append(
            dataclasses.replace(
                story, metadata=dataclasses.replace(story.metadata, disclaimer=None)
            )
        )
    return book, cleaned


def _disclaimer_key(story: Story) -> str | None:
    """The story's disclaimer as compared with others', or None when it has none."""
    text = story.metadata.disclaimer
    return _words(text) if text and text.strip() else None


# --- notes ----------------------------------------------------------------------------------


def with_notes_placed(story: Story, mode: NotesPlacement) -> Story:
    """``story`` with its notes moved where ``mode`` puts them, so that "auto" keeps them there.

    This lets one book give each story its own placement while ``assemble`` decides once.
    """
    if mode == "auto":
        return story
    placement = place_notes(story, mode)
    position = 0
    parts = []
    for part in story.parts:
        chapters = []
        for chapter in part.chapters:
            chapters.append(
                dataclasses.replace(
                    chapter,
                    notes_before=placement.before[position],
                    notes_after=placement.after[position],
                )
            )
            position += 1
        parts.append(dataclasses.replace(part, chapters=tuple(chapters)))
    return dataclasses.replace(
        story,
        front_notes=placement.preface,
        back_notes=placement.afterword,
        parts=tuple(parts),
    )
