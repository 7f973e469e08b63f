"""The whole conversion: read -> normalise -> assemble -> write, for one story or many."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from fic2epub.model import Book, Story
from fic2epub.options import ReadOptions, WriteOptions


def read_story(path: Path, options: ReadOptions) -> Story:
    """Read one story file into the normalised model.

    Raises :class:`~fic2epub.errors.InputError` naming the file when it cannot be read or
    holds no story.
    """
    from fic2epub.readers import read_path

    return read_path(path, options)


def build_book(stories: Sequence[Story], options: WriteOptions) -> Book:
    """Lay out one story (or an anthology of several) as a book in reading order."""
    from fic2epub.assemble import assemble

    return assemble(stories, options)


def render_book(book: Book, options: WriteOptions) -> bytes:
    """Write a book in ``options.format`` and return the file's bytes."""
    from fic2epub.writers import WRITERS

    return WRITERS[options.format](book, options)


def convert(source: Path, output: Path, read: ReadOptions, write: WriteOptions) -> Path:
    """Convert one story file into one book file, written atomically; returns the output path."""
    from fic2epub.safe_io import write_atomic

    story = read_story(source, read)
    data = render_book(build_book([story], write), write)
    write_atomic(output, data, protect=(source,))
    return output
