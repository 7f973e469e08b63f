"""The whole conversion: read -> normalise -> assemble -> write, for one story or many."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from fic2epub.model import Book, Story
from fic2epub.options import ReadOptions, WriteOptions

if TYPE_CHECKING:
    from fic2epub.anthology import AnthologyEntry, AnthologyLayout

KINDLE_MAX_BYTES = 50 * 1000 * 1000
"""The largest EPUB Amazon's Send to Kindle accepts."""


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


def preload_writer(output_format: str) -> None:
    """Load the modules that assembling and writing ``output_format`` need, ahead of use."""
    import importlib

    from fic2epub.writers import preload

    importlib.import_module("fic2epub.assemble")
    preload(output_format)


def convert(source: Path, output: Path, read: ReadOptions, write: WriteOptions) -> Path:
    """Convert one story file into one book file, written atomically; returns the output path."""
    from fic2epub import early_read
    from fic2epub.background import allowed
    from fic2epub.collector import paused
    from fic2epub.safe_io import write_atomic
    from fic2epub.writers.book_cover import prepare_generated_cover
    from fic2epub.writers.warm_up import warm_up

    # One story on the command line: its chapters may be built, and its cover drawn, on
    # another core, where Pillow loads while the story is read.
    with paused(), allowed():
        if early_read.pending():
            # The story is being read on another core (early_read): the writer loads here
            # meanwhile, and only then the cover's helper starts (unless early_read forked
            # one already, at idle priority), so that the child reading the story shares
            # the two cores with one process at a time.
            preload_writer(write.format)
        prepare_generated_cover(write)
        if early_read.pending():
            # Still waiting for it: a small book written now takes the writer's first-use
            # costs (templates, lxml, the zip writer) off the story's way (warm_up). After
            # the cover's helper has started: a short story's book waits for its cover.
            warm_up(write)
        story = early_read.take(source, read) or read_story(source, read)
        data = render_book(build_book([story], write), write)
    write_atomic(output, data, protect=(source,))
    warn_if_too_large(output, data, write)
    return output


def compile_anthology(
    entries: Sequence[AnthologyEntry],
    output: Path | None,
    write: WriteOptions,
    layout: AnthologyLayout | None = None,
) -> Path:
    """Compile many story files into one book file, written atomically; returns its path.

    When ``output`` is None or a folder, the book is named after its title, here or there.
    """
    from fic2epub.anthology import book_file_name, read_anthology
    from fic2epub.safe_io import write_atomic

    book = read_anthology(entries, write, layout)
    if output is None or output.is_dir():
        output = (output or Path()) / book_file_name(book, write.format)
    data = render_book(book, write)
    write_atomic(output, data, protect=tuple(entry.path for entry in entries))
    warn_if_too_large(output, data, write)
    return output


def warn_if_too_large(output: Path, data: bytes, options: WriteOptions) -> None:
    """Warn (one line, naming ``output``) when an EPUB is too large for Send to Kindle."""
    if options.format == "epub" and len(data) > KINDLE_MAX_BYTES:
        size = len(data) / 1_000_000
        warnings.warn(
            f"{output} is {size:.1f} MB; Send to Kindle refuses EPUBs over "
            f"{KINDLE_MAX_BYTES / 1_000_000:g} MB",
            UserWarning,
            stacklevel=2,
        )
