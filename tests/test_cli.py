"""Tests for the command line: version, help, one-line errors, exit codes, output files."""

from __future__ import annotations

import os
import subprocess
import sys
import typing
import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

import fic2epub
from cli_helpers import hand_built_story, invoke, one_line, run_cli, story_file, subprocess_env
from fic2epub import pipeline
from fic2epub.cli_app import app, application
from fic2epub.cli_flags import FormatChoice, LayoutChoice, NotesChoice
from fic2epub.errors import OutputError
from fic2epub.model import Book
from fic2epub.options import Layout, NotesPlacement, OutputFormat, ReadOptions, WriteOptions

# --- version and help -----------------------------------------------------------------------


def test_version_as_a_process() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout == f"fic2epub {fic2epub.__version__}\n"
    assert result.stderr == ""


def test_version_in_process_and_with_other_flags() -> None:
    result = invoke("--debug", "--version")
    assert result.exit_code == 0
    assert result.stdout == f"fic2epub {fic2epub.__version__}\n"


def test_version_imports_nothing_heavy() -> None:
    heavy = ["typer", "click", "rich", "ebooklib", "lxml", "jinja2", "smartypants", "ftfy"]
    heavy.append("charset_normalizer")
    script = (
        "import sys\n"
        "from fic2epub.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        f"print(sorted(name for name in {heavy!r} if name in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=subprocess_env(),
        check=True,
    )
    assert result.stdout.splitlines()[-1] == "[]"


@pytest.mark.parametrize("command", [[], ["convert"], ["inspect"]])
def test_help_works_on_every_command(command: list[str]) -> None:
    result = invoke(*command, "--help")
    assert result.exit_code == 0
    assert "Usage: fic2epub" in result.stdout
    assert "--help" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["convert", "--help"],
        ["inspect", "--help"],
        ["anthology", "--help"],
        ["convert"],
        ["convert", "missing.txt", "--no-such-flag"],
        ["inspect", "missing.txt"],
        ["--debug", "convert", "--help"],
        ["convrt", "x.txt"],
        ["--help"],
        [],
    ],
)
def test_the_application_for_a_command_answers_as_the_whole_one(args: list[str]) -> None:
    runner = CliRunner()
    alone, whole = runner.invoke(application(args), args), runner.invoke(app, args)
    assert (alone.exit_code, alone.output) == (whole.exit_code, whole.output)
    if args[:1] == ["convert"]:
        assert len(application(args).registered_commands) == 1


def test_help_as_a_process_lists_the_commands() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    assert "convert" in result.stdout
    assert "inspect" in result.stdout


def test_no_arguments_shows_help_and_is_a_usage_error() -> None:
    result = invoke()
    assert result.exit_code == 2
    assert "Usage: fic2epub" in result.output


def test_choices_match_the_options_literals() -> None:
    assert tuple(c.value for c in FormatChoice) == typing.get_args(OutputFormat)
    assert tuple(c.value for c in NotesChoice) == typing.get_args(NotesPlacement)
    assert tuple(c.value for c in LayoutChoice) == typing.get_args(Layout)


# --- one-line errors and exit codes ---------------------------------------------------------


@pytest.mark.parametrize("command", ["convert", "inspect"])
def test_missing_file_is_one_line_exit_1(command: str, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = invoke(command, str(missing))
    assert result.exit_code == 1
    assert one_line(result.stderr) == f"fic2epub: {missing}: no such file"


def test_missing_file_as_a_process(tmp_path: Path) -> None:
    result = run_cli("convert", "nope.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert one_line(result.stderr) == "fic2epub: nope.txt: no such file"
    assert list(tmp_path.iterdir()) == []


def test_directory_is_one_line_exit_1(tmp_path: Path) -> None:
    result = run_cli("convert", str(tmp_path))
    assert result.returncode == 1
    assert one_line(result.stderr) == f"fic2epub: {tmp_path}: is a directory, not a story file"


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file"
)
def test_unreadable_file_is_one_line_exit_1(tmp_path: Path) -> None:
    story = story_file(tmp_path)
    story.chmod(0)
    result = invoke("convert", str(story))
    assert result.exit_code == 1
    assert one_line(result.stderr).startswith(f"fic2epub: {story}: cannot read the file")


def test_empty_file_is_one_line_exit_1(tmp_path: Path) -> None:
    story = story_file(tmp_path, "empty.txt", "")
    result = run_cli("convert", str(story), cwd=tmp_path)
    assert result.returncode == 1
    assert one_line(result.stderr).startswith(f"fic2epub: {story}: ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt"]


def test_bad_format_is_a_usage_error(tmp_path: Path) -> None:
    story = story_file(tmp_path)
    result = run_cli("convert", str(story), "--format", "pdf", cwd=tmp_path)
    assert result.returncode == 2
    assert "pdf" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lantern.txt"]


@pytest.mark.parametrize("flag", ["--chapter-pattern", "--scene-break-pattern"])
def test_bad_regex_is_one_line_exit_2(flag: str, tmp_path: Path) -> None:
    story = story_file(tmp_path)
    result = invoke("convert", str(story), flag, "(Chapter")
    assert result.exit_code == 2
    line = one_line(result.stderr)
    assert line.startswith(f"fic2epub: {flag}: invalid regular expression '(Chapter': ")


def test_bad_set_is_one_line_exit_2(tmp_path: Path) -> None:
    result = invoke("inspect", str(story_file(tmp_path)), "--set", "rating")
    assert result.exit_code == 2
    assert one_line(result.stderr) == "fic2epub: --set 'rating': expected FIELD=VALUE"


def test_bad_sidecar_is_one_line_exit_2_naming_it(tmp_path: Path) -> None:
    story = story_file(tmp_path)
    sidecar = tmp_path / "lantern.fic2epub.toml"
    sidecar.write_text('colour = "blue"\n', encoding="utf-8")
    result = invoke("convert", str(story))
    assert result.exit_code == 2
    assert one_line(result.stderr).startswith(f"fic2epub: {sidecar}: unknown key 'colour'")


def test_bad_source_date_epoch_is_one_line_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    result = invoke("convert", str(story_file(tmp_path)), "-o", str(tmp_path / "x.epub"))
    assert result.exit_code == 2
    assert "SOURCE_DATE_EPOCH" in one_line(result.stderr)


def test_json_and_explain_together_are_a_usage_error(tmp_path: Path) -> None:
    result = invoke("inspect", str(story_file(tmp_path)), "--json", "--explain")
    assert result.exit_code == 2
    assert one_line(result.stderr) == "fic2epub: --json and --explain cannot be combined"


def test_missing_templates_dir_is_a_usage_error(tmp_path: Path) -> None:
    story = story_file(tmp_path)
    result = invoke("convert", str(story), "--templates", str(tmp_path / "none"))
    assert result.exit_code == 2


# --- output files ---------------------------------------------------------------------------


class _Recorder:
    """Stands in for ``pipeline.convert`` and remembers what it was asked to do."""

    def __init__(self) -> None:
        self.calls: list[tuple[Path, Path, ReadOptions, WriteOptions]] = []

    def __call__(self, source: Path, output: Path, read: ReadOptions, write: WriteOptions) -> Path:
        self.calls.append((source, output, read, write))
        return output


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> _Recorder:
    fake = _Recorder()
    monkeypatch.setattr(pipeline, "convert", fake)
    return fake


def test_default_output_is_the_stem_in_the_current_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, recorder: _Recorder
) -> None:
    (tmp_path / "in").mkdir()
    story = story_file(tmp_path / "in")
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    result = invoke("convert", str(story))
    assert result.exit_code == 0, result.output
    [(source, output, read, write)] = recorder.calls
    assert (source, output) == (story, Path("lantern.epub"))
    assert result.stdout == "lantern.epub\n"
    assert read == ReadOptions(fallback_title="Lantern")
    assert write == WriteOptions()


def test_html_format_changes_the_default_extension(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, recorder: _Recorder
) -> None:
    story = story_file(tmp_path)
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    result = invoke("convert", str(story), "--format", "html")
    assert result.exit_code == 0, result.output
    assert recorder.calls[0][1] == Path("lantern.html")
    assert recorder.calls[0][3].format == "html"


@pytest.mark.parametrize(
    ("name", "expected"), [("book.html", "html"), ("book.HTM", "html"), ("book.epub", "epub")]
)
def test_output_extension_chooses_the_format(
    tmp_path: Path, recorder: _Recorder, name: str, expected: str
) -> None:
    story = story_file(tmp_path)
    result = invoke("convert", str(story), "-o", str(tmp_path / name))
    assert result.exit_code == 0, result.output
    assert recorder.calls[0][1] == tmp_path / name
    assert recorder.calls[0][3].format == expected


def test_output_folder_receives_the_default_name(tmp_path: Path, recorder: _Recorder) -> None:
    story = story_file(tmp_path)
    books = tmp_path / "books"
    books.mkdir()
    result = invoke("convert", str(story), "-o", str(books), "--format", "html")
    assert result.exit_code == 0, result.output
    assert recorder.calls[0][1] == books / "lantern.html"


def test_flags_become_options(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, recorder: _Recorder
) -> None:
    story = story_file(tmp_path, "007_salt-roads.txt")
    (tmp_path / "007_salt-roads.fic2epub.toml").write_text(
        'title = "From Sidecar"\nlanguage = "de"\nnotes = "back"\n[metadata]\nrating = "M"\n',
        encoding="utf-8",
    )
    css = tmp_path / "extra.css"
    css.write_text("p { margin: 0 }\n", encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    result = invoke(
        *("convert", str(story), "-o", str(tmp_path / "out.epub")),
        *("--author", "Ann", "--author", "Bob", "--language", "fr", "--notes", "omit"),
        *("--layout", "wrapped", "--chapter-pattern", r"^Part \d+$"),
        *("--scene-break-pattern", "^~~~$", "--set", "rating=T", "--set", "Prompt=lamp"),
        *("--templates", str(tmp_path), "--css", str(css), "--css", str(css)),
    )
    assert result.exit_code == 0, result.output
    [(_, _, read, write)] = recorder.calls
    assert read == ReadOptions(
        title="From Sidecar",
        authors=("Ann", "Bob"),
        language="fr",
        metadata=(("rating", "T"), ("Prompt", "lamp")),
        layout="wrapped",
        chapter_pattern=r"^Part \d+$",
        scene_break_pattern="^~~~$",
        fallback_title="Salt Roads",
    )
    assert write == WriteOptions(
        format="epub",
        notes="omit",
        templates=tmp_path,
        css=(css, css),
        source_date_epoch=1700000000,
    )


def test_sidecar_notes_apply_when_no_flag_is_given(tmp_path: Path, recorder: _Recorder) -> None:
    story = story_file(tmp_path)
    (tmp_path / "lantern.fic2epub.toml").write_text('notes = "front"\n', encoding="utf-8")
    result = invoke("convert", str(story), "-o", str(tmp_path / "out.epub"))
    assert result.exit_code == 0, result.output
    assert recorder.calls[0][3].notes == "front"


@pytest.mark.parametrize("how", ["-o", "cwd"])
def test_output_equal_to_input_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, recorder: _Recorder, how: str
) -> None:
    story = story_file(tmp_path, "lantern.html", "Title: Not really HTML\n\nHello.\n")
    before = story.read_bytes()
    monkeypatch.chdir(tmp_path)
    args = ["-o", str(story)] if how == "-o" else ["--format", "html"]
    result = invoke("convert", "lantern.html", *args)
    assert result.exit_code == 2
    assert "would overwrite the story file" in one_line(result.stderr)
    assert recorder.calls == []
    assert story.read_bytes() == before


def test_failed_conversion_leaves_the_old_output_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = story_file(tmp_path)
    output = tmp_path / "lantern.epub"
    output.write_bytes(b"the old book")

    def fail(book: Book, options: WriteOptions) -> bytes:
        raise OutputError("the writer gave up", source=str(output))

    monkeypatch.setattr(pipeline, "read_story", lambda path, options: hand_built_story())
    monkeypatch.setattr(pipeline, "build_book", lambda stories, options: None)
    monkeypatch.setattr(pipeline, "render_book", fail)
    result = invoke("convert", str(story), "-o", str(output))
    assert result.exit_code == 1
    assert one_line(result.stderr) == f"fic2epub: {output}: the writer gave up"
    assert output.read_bytes() == b"the old book"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lantern.epub", "lantern.txt"]


def test_failed_read_leaves_the_old_output_alone(tmp_path: Path) -> None:
    story = story_file(tmp_path, "empty.txt", "\n\n")
    output = tmp_path / "book.epub"
    output.write_bytes(b"the old book")
    result = run_cli("convert", str(story), "-o", str(output))
    assert result.returncode == 1
    one_line(result.stderr)
    assert output.read_bytes() == b"the old book"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.epub", "empty.txt"]


# --- internal errors and --debug ------------------------------------------------------------


def _boom(source: Path, output: Path, read: ReadOptions, write: WriteOptions) -> Path:
    raise RuntimeError("the lamp\nwent out")


def test_internal_error_is_one_line_without_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "convert", _boom)
    story = story_file(tmp_path)
    result = invoke("convert", str(story), "-o", str(tmp_path / "out.epub"))
    assert result.exit_code == 1
    assert one_line(result.stderr) == (
        f"fic2epub: {story}: internal error: RuntimeError: the lamp went out"
    )
    assert "Traceback" not in result.output


@pytest.mark.parametrize("where", ["command", "global"])
def test_debug_shows_the_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    monkeypatch.setattr(pipeline, "convert", _boom)
    story = story_file(tmp_path)
    args = ["convert", str(story), "-o", str(tmp_path / "out.epub")]
    args = [*args, "--debug"] if where == "command" else ["--debug", *args]
    result = invoke(*args)
    assert result.exit_code == 1
    assert result.stderr.startswith("Traceback (most recent call last):")
    assert "in _boom" in result.stderr
    assert result.stderr.rstrip().endswith("RuntimeError: the lamp\nwent out")


def test_debug_keeps_the_exit_code_of_a_usage_error(tmp_path: Path) -> None:
    result = invoke("convert", str(story_file(tmp_path)), "--set", "x", "--debug")
    assert result.exit_code == 2
    assert "Traceback" in result.stderr
    assert "UsageError: --set 'x': expected FIELD=VALUE" in result.stderr


def test_warnings_are_one_line_each(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def warn(source: Path, output: Path, read: ReadOptions, write: WriteOptions) -> Path:
        warnings.warn("the cover image\nis small", UserWarning, stacklevel=1)
        return output

    monkeypatch.setattr(pipeline, "convert", warn)
    story = story_file(tmp_path)
    result = invoke("convert", str(story), "-o", str(tmp_path / "out.epub"))
    assert result.exit_code == 0, result.output
    assert result.stderr == f"fic2epub: {story}: warning: the cover image is small\n"
