"""The command-line flags, declared once so every command (and later ones) spells them alike."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from fic2epub.overrides import Overrides, parse_assignment


class FormatChoice(StrEnum):
    """Values of ``--format`` (the same as :data:`fic2epub.options.OutputFormat`)."""

    epub = "epub"
    kepub = "kepub"
    html = "html"


class NotesChoice(StrEnum):
    """Values of ``--notes`` (the same as :data:`fic2epub.options.NotesPlacement`)."""

    auto = "auto"
    front = "front"
    back = "back"
    inline = "inline"
    omit = "omit"


class LayoutChoice(StrEnum):
    """Values of ``--layout`` (the same as :data:`fic2epub.options.Layout`)."""

    auto = "auto"
    blank = "blank"
    lines = "lines"
    wrapped = "wrapped"
    indented = "indented"


# --- reading a story ------------------------------------------------------------------------

StoryArg = Annotated[
    Path, typer.Argument(metavar="STORY", help="The story file (plain text).", show_default=False)
]
TitleOpt = Annotated[
    str | None,
    typer.Option("--title", metavar="TITLE", help="Use this title instead of the one in the text."),
]
AuthorOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--author",
        metavar="NAME",
        help="Use this author instead of the byline (repeat for several).",
    ),
]
LanguageOpt = Annotated[
    str | None,
    typer.Option("--language", metavar="TAG", help="BCP 47 language tag (default: from text, en)."),
]
LayoutOpt = Annotated[
    LayoutChoice | None,
    typer.Option("--layout", help="Paragraph layout of the text (default: detected)."),
]
ChapterPatternOpt = Annotated[
    str | None,
    typer.Option(
        "--chapter-pattern", metavar="REGEX", help="Regular expression for chapter headings."
    ),
]
SceneBreakPatternOpt = Annotated[
    str | None,
    typer.Option(
        "--scene-break-pattern", metavar="REGEX", help="Regular expression for scene breaks."
    ),
]
SeriesOpt = Annotated[
    str | None,
    typer.Option("--series", metavar="NAME", help="The series the story belongs to."),
]
SeriesIndexOpt = Annotated[
    float | None,
    typer.Option(
        "--series-index", metavar="N", min=0, help="The story's number in its series (e.g. 2)."
    ),
]
SetOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--set",
        metavar="FIELD=VALUE",
        help="Set a metadata field or header label, e.g. --set rating=T (repeatable).",
    ),
]

# --- writing a book -------------------------------------------------------------------------

OutputOpt = Annotated[
    Path | None,
    typer.Option(
        "-o",
        "--output",
        help="The book file, or a folder for it (default: STORY's name, .epub or .html, here).",
    ),
]
FormatOpt = Annotated[
    FormatChoice | None,
    typer.Option("--format", help="Output format (default: from -o's extension, else epub)."),
]
NotesOpt = Annotated[
    NotesChoice | None,
    typer.Option("--notes", help="Where author's notes go (default: auto, where found)."),
]
TemplatesOpt = Annotated[
    Path | None,
    typer.Option(
        "--templates",
        metavar="DIR",
        exists=True,
        file_okay=False,
        help="A folder of templates that replace the bundled ones, file by file.",
    ),
]
CssOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--css",
        metavar="FILE",
        exists=True,
        dir_okay=False,
        help="A stylesheet added after the bundled one (repeatable).",
    ),
]

CoverOpt = Annotated[
    Path | None,
    typer.Option(
        "--cover",
        metavar="IMAGE",
        exists=True,
        dir_okay=False,
        help="An image for the EPUB cover (default: a generated cover).",
    ),
]
NoCoverOpt = Annotated[bool, typer.Option("--no-cover", help="Make the EPUB without a cover.")]

# --- many stories: batches and anthologies ----------------------------------------------------

StoriesArg = Annotated[
    list[Path],
    typer.Argument(
        metavar="STORY",
        help="Story files; to convert several, also folders and quoted glob patterns.",
        show_default=False,
    ),
]
OutputDirOpt = Annotated[
    Path | None,
    typer.Option(
        "--output-dir",
        metavar="DIR",
        file_okay=False,
        help="Write the books into DIR, each named after its story (default: here).",
    ),
]
RecursiveOpt = Annotated[
    bool,
    typer.Option("--recursive", help="Take the *.txt files in subfolders of each folder too."),
]
JobsOpt = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        metavar="N",
        min=1,
        help="Convert N stories at once in worker processes (default: one per CPU).",
    ),
]
SkipExistingOpt = Annotated[
    bool,
    typer.Option("--skip-existing", help="Leave alone books newer than their story."),
]
DaskSchedulerOpt = Annotated[
    str | None,
    typer.Option(
        "--dask-scheduler",
        metavar="ADDRESS",
        help="Run the batch on this Dask scheduler, e.g. tcp://127.0.0.1:8786 (fic2epub[dask]).",
    ),
]
AnthologyStoriesArg = Annotated[
    list[Path] | None,
    typer.Argument(
        metavar="STORY",
        help="The story files, in order (or give --manifest).",
        show_default=False,
    ),
]
ManifestOpt = Annotated[
    Path | None,
    typer.Option(
        "--manifest",
        metavar="FILE",
        help="An anthology.toml naming the stories and the book's settings.",
    ),
]
BookOutputOpt = Annotated[
    Path | None,
    typer.Option(
        "-o",
        "--output",
        help="The book file, or a folder for it (default: the book's title, .epub, here).",
    ),
]
BookTitleOpt = Annotated[
    str | None,
    typer.Option(
        "--title",
        metavar="TITLE",
        help="The book's title (default: the manifest's, the series name, else Anthology).",
    ),
]
EditorOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--editor",
        "--author",
        metavar="NAME",
        help="The anthology's editor, credited on its title page (repeat for several).",
    ),
]

# --- inspecting and debugging ---------------------------------------------------------------

JsonOpt = Annotated[
    bool, typer.Option("--json", help="Print the story model as JSON (fic2epub.story/1).")
]
ExplainOpt = Annotated[
    bool, typer.Option("--explain", help="Explain how the text was read, line by line.")
]
DebugOpt = Annotated[
    bool, typer.Option("--debug", help="On an error, show the traceback instead of one line.")
]


def story_overrides(
    *,
    title: str | None,
    authors: list[str] | None,
    language: str | None,
    layout: LayoutChoice | None,
    chapter_pattern: str | None,
    scene_break_pattern: str | None,
    assignments: list[str] | None,
    notes: NotesChoice | None = None,
    series: str | None = None,
    series_index: float | None = None,
) -> Overrides:
    """The story settings given as flags (``overrides.resolve`` merges in the sidecar file)."""
    metadata = [parse_assignment(text) for text in assignments or ()]
    # The series flags are shorthands for --set and win over it: they come last.
    if series is not None:
        metadata.append(("series", series))
    if series_index is not None:
        metadata.append(("series_index", repr(series_index)))
    return Overrides(
        title=title,
        authors=tuple(authors or ()),
        language=language,
        notes=notes.value if notes else None,
        layout=layout.value if layout else None,
        chapter_pattern=chapter_pattern,
        scene_break_pattern=scene_break_pattern,
        metadata=tuple(metadata),
    )
