"""``fic2epub anthology``: many stories, named on the command line or in a manifest, as one book."""

# Annotations are objects, not strings, for typer to read cheaply (see cli_app).

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from fic2epub.cli_flags import (
    AnthologyStoriesArg,
    BookOutputOpt,
    BookTitleOpt,
    ChapterPatternOpt,
    CoverOpt,
    CssOpt,
    DebugOpt,
    EditorOpt,
    FormatOpt,
    LanguageOpt,
    LayoutOpt,
    ManifestOpt,
    NoCoverOpt,
    NotesOpt,
    SceneBreakPatternOpt,
    TemplatesOpt,
    story_overrides,
)
from fic2epub.errors import UsageError
from fic2epub.options import NotesPlacement, OutputFormat, WriteOptions
from fic2epub.overrides import Overrides

if TYPE_CHECKING:
    from fic2epub.anthology import AnthologyEntry
    from fic2epub.manifest import Manifest


def anthology(
    ctx: typer.Context,
    stories: AnthologyStoriesArg = None,
    manifest: ManifestOpt = None,
    output: BookOutputOpt = None,
    output_format: FormatOpt = None,
    title: BookTitleOpt = None,
    editor: EditorOpt = None,
    language: LanguageOpt = None,
    notes: NotesOpt = None,
    templates: TemplatesOpt = None,
    css: CssOpt = None,
    cover: CoverOpt = None,
    no_cover: NoCoverOpt = False,
    layout: LayoutOpt = None,
    chapter_pattern: ChapterPatternOpt = None,
    scene_break_pattern: SceneBreakPatternOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Compile many stories into one book, in order; prints the book's path.

    Name the stories here, or in a manifest: --manifest anthology.toml.
    """
    from fic2epub.cli_app import _reported, source_date_epoch

    with _reported(ctx, debug, manifest):
        if stories and manifest is not None:
            raise UsageError("name the stories or give --manifest, not both")
        if not stories and manifest is None:
            raise UsageError("name the story files, or give --manifest FILE")
        if cover is not None and no_cover:
            raise UsageError("--cover and --no-cover cannot be combined")
        flags = story_overrides(
            title=None,
            authors=None,
            language=None,
            layout=layout,
            chapter_pattern=chapter_pattern,
            scene_break_pattern=scene_break_pattern,
            assignments=None,
        )
        book = _load(manifest)
        cli_notes: NotesPlacement | None = notes.value if notes is not None else None
        entries = _entries(stories or [], book, flags, cli_notes)
        from fic2epub.anthology import AnthologyLayout

        settings = AnthologyLayout(
            title=title or (book.title if book else None),
            editors=tuple(editor or ()) or (book.editors if book else ()),
            language=language or (book.language if book else None),
        )
        write = WriteOptions(
            format=_format(output_format.value if output_format else None, output),
            notes=cli_notes or (book.notes if book and book.notes else "auto"),
            templates=templates,
            css=tuple(css or ()),
            source_date_epoch=source_date_epoch(),
            cover=None if no_cover else cover or (book.cover if book else None),
            no_cover=no_cover,
        )
        from fic2epub import pipeline

        written = pipeline.compile_anthology(entries, output, write, settings)
        typer.echo(str(written))


def _load(manifest: Path | None) -> "Manifest | None":
    """The manifest, read and checked, when one is given."""
    if manifest is None:
        return None
    from fic2epub.manifest import load_manifest

    return load_manifest(manifest)


def _format(explicit: OutputFormat | None, output: Path | None) -> OutputFormat:
    """``--format``, else what ``-o``'s name says (``.html``, ``.kepub.epub``), else EPUB."""
    from fic2epub.writers import EXTENSIONS

    if explicit is not None:
        return explicit
    name = output.name.lower() if output is not None and not output.is_dir() else ""
    if name.endswith((".html", ".htm")):
        return "html"
    if name.endswith(EXTENSIONS["kepub"]):
        return "kepub"
    return "epub"


def _entries(
    stories: list[Path], book: "Manifest | None", flags: Overrides, cli_notes: NotesPlacement | None
) -> "list[AnthologyEntry]":
    """Each story with its read options and notes placement.

    Settings win in this order: the command line, the story's manifest entry, the manifest's
    top level (notes only), the story's sidecar file, what the text says.
    """
    from fic2epub.anthology import AnthologyEntry
    from fic2epub.cli_app import check_input
    from fic2epub.overrides import merge, resolve

    named = (
        [(story.path, story.overrides) for story in book.stories]
        if book is not None
        else [(path, Overrides()) for path in stories]
    )
    entries = []
    for path, own in named:
        check_input(path)
        read, found = resolve(path, merge(own, flags))
        mode = cli_notes or own.notes or (book.notes if book else None) or found
        entries.append(AnthologyEntry(path=path, read=read, notes=mode))
    return entries
