"""Options for reading and writing, as frozen dataclasses; only the CLI builds them from flags."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from fic2epub.errors import UsageError

NotesPlacement = Literal["auto", "front", "back", "inline", "omit"]
Layout = Literal["auto", "blank", "lines", "wrapped", "indented"]
OutputFormat = Literal["epub", "kepub", "html"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ReadOptions:
    """How a story is read and normalised; ``None`` means "work it out from the text"."""

    title: str | None = None
    """Override the title."""
    authors: tuple[str, ...] = ()
    """Override the authors (empty: use the byline)."""
    language: str | None = None
    """Override the language tag (default: the header's, else ``en``)."""
    metadata: tuple[tuple[str, str], ...] = ()
    """Override any other metadata field, as (field name or header label, value) pairs."""
    layout: Layout = "auto"
    """Force a paragraph layout instead of detecting it."""
    chapter_pattern: str | None = None
    """A regular expression that matches a whole chapter-heading line."""
    scene_break_pattern: str | None = None
    """A regular expression that matches a whole scene-break line."""
    fallback_title: str | None = None
    """Title to use when the text has none (the CLI passes one made from the file name)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class WriteOptions:
    """How a book is assembled and written."""

    format: OutputFormat = "epub"
    """The output format."""
    notes: NotesPlacement = "auto"
    """Where author's notes go: as found (auto), all in front, all at the back, inline or omit."""
    templates: Path | None = None
    """A directory whose templates override the bundled ones, file by file."""
    css: tuple[Path, ...] = field(default=())
    """Stylesheets appended after the bundled one."""
    source_date_epoch: int | None = None
    """Seconds since the epoch for every timestamp; the CLI reads SOURCE_DATE_EPOCH."""
    cover: Path | None = None
    """An image to use as the EPUB cover (default: a generated typographic cover)."""
    no_cover: bool = False
    """Leave the cover out of EPUBs altogether (cannot be combined with ``cover``)."""

    def __post_init__(self) -> None:
        if self.cover is not None and self.no_cover:
            raise UsageError("--cover and --no-cover cannot be combined")
