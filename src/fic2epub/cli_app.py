"""The typer application: flags -> options -> pipeline -> exit code, one function per command.

Every command runs inside :func:`_reported`, which turns any failure into one line on stderr
(``fic2epub: <message>``) and the error's exit code, or a traceback with ``--debug``. The flags
are declared once in :mod:`fic2epub.cli_flags`, so later commands (an anthology, batch
conversion) take the same ones.
"""

# No ``from __future__ import annotations`` here nor in cli_anthology: typer reads the
# commands' annotations on every run, and given them as strings it compiles and evaluates each
# of them (some 120) anew, about 3 ms of every command's start.

import copy
import os
import re
import sys
import traceback
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, NamedTuple

import typer

from fic2epub import __version__
from fic2epub.cli_anthology import anthology
from fic2epub.cli_flags import (
    AuthorOpt,
    ChapterPatternOpt,
    CoverOpt,
    CssOpt,
    DaskSchedulerOpt,
    DebugOpt,
    ExplainOpt,
    FormatOpt,
    JobsOpt,
    JsonOpt,
    LanguageOpt,
    LayoutOpt,
    NoCoverOpt,
    NotesOpt,
    OutputDirOpt,
    OutputOpt,
    RecursiveOpt,
    SceneBreakPatternOpt,
    SeriesIndexOpt,
    SeriesOpt,
    SetOpt,
    SkipExistingOpt,
    StoriesArg,
    StoryArg,
    TemplatesOpt,
    TitleOpt,
    story_overrides,
)
from fic2epub.errors import Fic2EpubError, InputError, UsageError
from fic2epub.options import OutputFormat, ReadOptions, WriteOptions
from fic2epub.overrides import resolve
from fic2epub.writers import EXTENSIONS


class _State(NamedTuple):
    """Settings of the top-level command, handed to subcommands through the typer context."""

    debug: bool = False


app = typer.Typer(
    name="fic2epub",
    help="Turn fan-fiction text files into EPUB 3 and HTML ebooks.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

# --- checks and error reporting ---------------------------------------------------------------


def check_input(path: Path) -> None:
    """Make sure ``path`` is a readable file; raises :class:`InputError` naming it."""
    from fic2epub.readers import check_file

    source = str(path)
    check_file(path)
    try:
        with path.open("rb"):
            pass
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", source=source) from None


def _one_line(text: str) -> str:
    """``text`` with its line breaks turned into spaces, so a message stays on one line."""
    return re.sub(r"\s*\n\s*", " ", text.strip())


def _debugging(ctx: typer.Context, debug: bool) -> bool:
    """Whether ``--debug`` was given to the command or to ``fic2epub`` itself."""
    state = ctx.obj
    return debug or (isinstance(state, _State) and state.debug)


def _warning_printer(source: Path | None) -> Callable[..., None]:
    """A ``warnings.showwarning`` that prints ``fic2epub: SOURCE: warning: MESSAGE``."""
    where = f"{source}: " if source is not None else ""

    def show(message: Warning | str, *args: object, **kwargs: object) -> None:
        typer.echo(f"fic2epub: {where}warning: {_one_line(str(message))}", err=True)

    return show


@contextmanager
def _reported(ctx: typer.Context, debug: bool, source: Path | None) -> Iterator[None]:
    """Run a command body, turning any failure into one line on stderr and an exit code.

    Warnings become one line each too, unless ``--debug`` asks for Python's full report.
    """
    try:
        with warnings.catch_warnings():
            if not _debugging(ctx, debug):
                warnings.showwarning = _warning_printer(source)
            yield
    except typer.Exit:
        raise
    except KeyboardInterrupt:
        # Ctrl-C: nothing was written (write_atomic removes its temporary file on the way out).
        if _debugging(ctx, debug):
            traceback.print_exc()
        else:
            where = f"{source}: " if source is not None else ""
            typer.echo(f"fic2epub: {_one_line(f'{where}interrupted')}", err=True)
        raise typer.Exit(130) from None
    except Exception as exc:
        if _debugging(ctx, debug):
            traceback.print_exc()
        elif isinstance(exc, Fic2EpubError):
            typer.echo(f"fic2epub: {_one_line(str(exc))}", err=True)
        elif isinstance(exc, OSError):
            # The file system refused what no check foresaw (a name too long, a folder that
            # cannot be searched): the user's to fix, so one line without "internal error".
            culprit = exc.filename if exc.filename is not None else source
            message = f"{culprit}: {exc.strerror or exc}" if culprit is not None else str(exc)
            typer.echo(f"fic2epub: {_one_line(message)}", err=True)
        else:
            where = f"{source}: " if source is not None else ""
            message = f"{where}internal error: {type(exc).__name__}: {exc}"
            typer.echo(f"fic2epub: {_one_line(message)}", err=True)
        raise typer.Exit(exc.exit_code if isinstance(exc, Fic2EpubError) else 1) from None


def source_date_epoch() -> int | None:
    """``SOURCE_DATE_EPOCH`` from the environment, when set; raises :class:`UsageError`."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw:
        return None
    if not raw.isdigit():
        raise UsageError(f"SOURCE_DATE_EPOCH must be a whole number of seconds, not {raw!r}")
    return int(raw)


def output_path(story: Path, output: Path | None, output_format: OutputFormat) -> Path:
    """Where a book goes: ``-o`` as given, inside ``-o`` when it is a folder, else STEM.EXT."""
    name = f"{story.stem}{EXTENSIONS[output_format]}"
    if output is None:
        return Path(name)
    if output.is_dir():
        return output / name
    return output


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (following links)."""
    if a.exists() and b.exists():
        return a.samefile(b)
    return a.resolve() == b.resolve()


# --- commands -------------------------------------------------------------------------------


def _show_version(value: bool) -> None:
    """Print the version and stop (the callback of ``--version``)."""
    if value:
        typer.echo(f"fic2epub {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_show_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
    debug: DebugOpt = False,
) -> None:
    """Turn fan-fiction text files into EPUB 3 and HTML ebooks."""
    ctx.obj = _State(debug=debug)


@app.command()
def convert(
    ctx: typer.Context,
    stories: StoriesArg,
    output: OutputOpt = None,
    output_format: FormatOpt = None,
    title: TitleOpt = None,
    author: AuthorOpt = None,
    language: LanguageOpt = None,
    notes: NotesOpt = None,
    templates: TemplatesOpt = None,
    css: CssOpt = None,
    layout: LayoutOpt = None,
    chapter_pattern: ChapterPatternOpt = None,
    scene_break_pattern: SceneBreakPatternOpt = None,
    assignments: SetOpt = None,
    series: SeriesOpt = None,
    series_index: SeriesIndexOpt = None,
    cover: CoverOpt = None,
    no_cover: NoCoverOpt = False,
    output_dir: OutputDirOpt = None,
    recursive: RecursiveOpt = False,
    jobs: JobsOpt = None,
    skip_existing: SkipExistingOpt = False,
    dask_scheduler: DaskSchedulerOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Convert story files into EPUB, Kobo KEPUB or HTML books; prints each book's path.

    One story becomes the book -o names.
    Several (files, folders, glob patterns) go into --output-dir, converted in parallel.
    """
    from fic2epub.cli_batch import BatchSettings, batch_requested

    story = stories[0]
    batch = BatchSettings(
        output_dir=output_dir,
        recursive=recursive,
        jobs=jobs,
        skip_existing=skip_existing,
        dask_scheduler=dask_scheduler,
    )
    many = batch_requested(stories, batch)
    with _reported(ctx, debug, None if many else story):
        flags = story_overrides(
            title=title,
            authors=author,
            language=language,
            layout=layout,
            chapter_pattern=chapter_pattern,
            scene_break_pattern=scene_break_pattern,
            assignments=assignments,
            notes=notes,
            series=series,
            series_index=series_index,
        )
        if many:
            if output is not None:
                raise UsageError("-o names one book; give --output-dir DIR for several stories")
            from fic2epub.cli_batch import convert_many

            every = WriteOptions(
                format=output_format.value if output_format is not None else "epub",
                templates=templates,
                css=tuple(css or ()),
                source_date_epoch=source_date_epoch(),
                cover=cover,
                no_cover=no_cover,
            )
            raise typer.Exit(convert_many(stories, flags, every, batch))
        check_input(story)
        read, notes_placement = resolve(story, flags)
        chosen: OutputFormat = "epub"
        if output_format is not None:
            chosen = output_format.value
        elif output is not None and output.suffix.lower() in (".html", ".htm"):
            chosen = "html"
        elif output is not None and output.name.lower().endswith(EXTENSIONS["kepub"]):
            chosen = "kepub"
        target = output_path(story, output, chosen)
        if _same_file(story, target):
            raise UsageError(
                "the book would overwrite the story file; choose another name with -o",
                source=str(target),
            )
        write = WriteOptions(
            format=chosen,
            notes=notes_placement,
            templates=templates,
            css=tuple(css or ()),
            source_date_epoch=source_date_epoch(),
            cover=cover,
            no_cover=no_cover,
        )
        from fic2epub import pipeline

        written = pipeline.convert(story, target, read, write)
        typer.echo(str(written))


app.command("anthology")(anthology)


def application(args: Sequence[str]) -> typer.Typer:
    """The application to run ``args`` with: :data:`app` holding only the command that
    ``args`` open with, when they open with a command's name; else :data:`app` itself.

    Why: typer makes every registered command's click command, reading each parameter of its
    function, on every run, and a run needs only the command it names: the others cost some
    2 ms of each conversion's start. Whatever opens with no command's name (an option such as
    ``--debug``, a mistyped command, nothing) gets the whole application, whose help and
    errors list all the commands.
    """
    named = [info for info in app.registered_commands if args and _command_name(info) == args[0]]
    if not named:
        return app
    alone = copy.copy(app)  # the root callback and settings are shared; the list is its own
    alone.registered_commands = named
    return alone


def _command_name(info: typer.models.CommandInfo) -> str | None:
    """The name a registered command is invoked by, as typer names it."""
    if info.name is not None:
        return info.name
    if info.callback is None:
        return None
    return typer.main.get_command_name(info.callback.__name__)


@app.command("inspect")
def inspect_story(
    ctx: typer.Context,
    story: StoryArg,
    as_json: JsonOpt = False,
    explain: ExplainOpt = False,
    title: TitleOpt = None,
    author: AuthorOpt = None,
    language: LanguageOpt = None,
    layout: LayoutOpt = None,
    chapter_pattern: ChapterPatternOpt = None,
    scene_break_pattern: SceneBreakPatternOpt = None,
    assignments: SetOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Show what fic2epub reads in a story: metadata, notes and chapters."""
    with _reported(ctx, debug, story):
        if as_json and explain:
            raise UsageError("--json and --explain cannot be combined")
        flags = story_overrides(
            title=title,
            authors=author,
            language=language,
            layout=layout,
            chapter_pattern=chapter_pattern,
            scene_break_pattern=scene_break_pattern,
            assignments=assignments,
        )
        check_input(story)
        read, _ = resolve(story, flags)
        text = _explain(story, read) if explain else _describe(story, read, as_json=as_json)
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _explain(story: Path, read: ReadOptions) -> str:
    """The reader's own account of how it read ``story``."""
    from fic2epub.readers import explain

    return explain(story, read)


def _describe(story: Path, read: ReadOptions, *, as_json: bool) -> str:
    """The story read with ``read``, as JSON or as a readable outline."""
    from fic2epub import pipeline

    model = pipeline.read_story(story, read)
    if as_json:
        from fic2epub.model_json import dumps

        return dumps(model)
    from fic2epub.cli_inspect import outline

    return outline(model)
