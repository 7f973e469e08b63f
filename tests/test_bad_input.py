"""Bad input: every refusal is one line naming the file; odd but real text converts intact.

The corpus is ``tests/bad_input/`` (written by ``tests/bad_input_cases.py``); the large inputs
are generated here. ``FIC2EPUB_BIG_INPUTS=1`` adds a 50 MB story measured for time and memory.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bad_input_cases import CASES, HERE, Kept, Refused, main
from book_checks import check_epub, check_html, raw_markup_problems, strings, text_of, xp
from cli_helpers import LANTERN_STORY as LANTERN
from cli_helpers import invoke, one_line, run_cli, story_file, subprocess_env
from conftest import EpubCheckQueue
from fic2epub import pipeline
from fic2epub.errors import InputError, OutputError
from fic2epub.model_json import story_to_dict
from fic2epub.options import ReadOptions, WriteOptions
from fic2epub.safe_io import TEMP_MARKER, safe_filename, write_atomic

TEXT_MEMBERS = (".xhtml", ".opf", ".ncx", ".xml", ".css")
REFUSED = {name: case for name, case in CASES.items() if isinstance(case, Refused)}
KEPT = {name: case for name, case in CASES.items() if isinstance(case, Kept)}
# A representative set run as real processes: the in-process runs cover every case.
AS_PROCESS = ["empty.txt", "nul-bytes.txt", "image.png.txt", "archive.zip.txt", "undecodable.txt"]
AS_PROCESS += ["header-and-notes.txt", "truncated-utf16.txt", "controls-only.txt"]


def files_in(directory: Path) -> list[str]:
    return sorted(str(p.relative_to(directory)) for p in directory.rglob("*"))


def test_committed_files_match_their_cases() -> None:
    assert main(["--check"]) == 0, "run python tests/bad_input_cases.py and commit the result"
    assert sorted(p.name for p in HERE.glob("*.txt")) == sorted(CASES)


# --- refusals -------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["convert", "inspect"])
@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_with_one_line(name: str, command: str, tmp_path: Path) -> None:
    story = tmp_path / name
    story.write_bytes(REFUSED[name].data)
    args = ["-o", str(tmp_path / "book.epub")] if command == "convert" else []
    result = invoke(command, str(story), *args)
    assert result.exit_code == 1
    assert one_line(result.stderr) == f"fic2epub: {story}: {REFUSED[name].reason}"
    assert result.stdout == ""
    assert files_in(tmp_path) == [name]


@pytest.mark.parametrize("name", AS_PROCESS)
def test_refused_as_a_process(name: str, tmp_path: Path) -> None:
    result = run_cli("convert", str(HERE / name), cwd=tmp_path)
    assert result.returncode == 1
    assert one_line(result.stderr) == f"fic2epub: {HERE / name}: {REFUSED[name].reason}"
    assert "Traceback" not in result.stderr
    assert files_in(tmp_path) == []


def test_debug_shows_the_traceback_of_a_refusal(tmp_path: Path) -> None:
    result = run_cli("--debug", "convert", str(HERE / "empty.txt"), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("Traceback (most recent call last):")
    assert result.stderr.rstrip().endswith(f"InputError: {HERE / 'empty.txt'}: the file is empty")


def test_missing_file_and_directory_as_processes(tmp_path: Path) -> None:
    folder = tmp_path / "stories"
    folder.mkdir()
    for path, reason in [
        (tmp_path / "missing.txt", "no such file"),
        (folder, "is a directory, not a story file"),
        (tmp_path / "missing" / "deeper.txt", "no such file"),
        (tmp_path / ("a" * 300 + ".txt"), "cannot read the file (File name too long)"),
    ]:
        result = run_cli("convert", str(path), cwd=tmp_path)
        assert result.returncode == 1, path
        assert one_line(result.stderr) == f"fic2epub: {path}: {reason}"
    assert files_in(tmp_path) == ["stories"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_a_named_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    # Opening a FIFO for reading blocks until something writes to it: the check must come first.
    fifo = tmp_path / "story.txt"
    os.mkfifo(fifo)
    result = subprocess.run(
        [sys.executable, "-m", "fic2epub", "convert", str(fifo)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=subprocess_env(),
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert (
        one_line(result.stderr)
        == f"fic2epub: {fifo}: not a regular file (a pipe, device or socket)"
    )


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this platform")
@pytest.mark.parametrize("command", ["convert", "inspect"])
def test_an_endless_device_is_refused(command: str) -> None:
    result = invoke(command, "/dev/zero", *(["-o", "/dev/null"] if command == "convert" else []))
    assert result.exit_code == 1
    assert (
        one_line(result.stderr)
        == "fic2epub: /dev/zero: not a regular file (a pipe, device or socket)"
    )


def test_unreadable_file_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root, who reads anything: the refusal is simulated where the reader reads.
    story = story_file(tmp_path)
    real = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self == story:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    for args in (["convert", str(story), "-o", str(tmp_path / "b.epub")], ["inspect", str(story)]):
        result = invoke(*args)
        assert result.exit_code == 1
        assert one_line(result.stderr) == f"fic2epub: {story}: permission denied"
    with pytest.raises(InputError, match="permission denied"):
        pipeline.read_story(story, ReadOptions())
    assert files_in(tmp_path) == ["lantern.txt"]


def test_unsearchable_folder_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A story inside a folder the user may not enter: stat itself fails, which Path.exists()
    # would have let through as an exception.
    story = tmp_path / "locked" / "story.txt"
    real = Path.stat

    def refuse(self: Path, **kwargs: bool) -> os.stat_result:
        if self == story:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self, **kwargs)

    monkeypatch.setattr(Path, "stat", refuse)
    result = invoke("convert", str(story))
    assert result.exit_code == 1
    assert one_line(result.stderr) == f"fic2epub: {story}: permission denied"


def test_bad_output_paths_are_one_line(tmp_path: Path) -> None:
    story = story_file(tmp_path)
    blocker = tmp_path / "file"
    blocker.write_bytes(b"")
    long_name = tmp_path / ("b" * 300 + ".epub")
    for output, reason in [
        (blocker / "book.epub", f"{blocker}: cannot write: File exists"),
        (long_name, f"{long_name}: File name too long"),
    ]:
        result = run_cli("convert", str(story), "-o", str(output), cwd=tmp_path)
        assert result.returncode == 1, output
        assert one_line(result.stderr) == f"fic2epub: {reason}"
    assert files_in(tmp_path) == ["file", "lantern.txt"]


# --- inputs that convert --------------------------------------------------------------------


def test_control_characters_in_options_and_file_names_are_dropped(tmp_path: Path) -> None:
    # A title typed with a stray control character, an argument in a broken encoding (Python
    # hands it over with lone surrogates) and a file name holding both.
    story = tmp_path / "lantern.txt"
    story.write_bytes(LANTERN.encode())
    output = tmp_path / "book.epub"
    result = invoke(
        *("convert", str(story), "-o", str(output)),
        *("--author", "Wren\x02 Call\udcffoway", "--set", "Prompt=a\x03 lamp\ud800"),
    )
    assert result.exit_code == 0, result.output
    report = check_epub(output.read_bytes())
    page = text_of(report.documents["EPUB/titlepage.xhtml"])
    assert "by Wren Calloway" in page and "a lamp" in page
    # No title in the text: the title comes from the file name.
    untitled = tmp_path / "odd_\udcff\x01name.txt"
    untitled.write_bytes(b"She ran home through the rain.\n\nThe door was open.\n")
    result = invoke("convert", str(untitled), "-o", str(output))
    assert result.exit_code == 0, result.output
    report = check_epub(output.read_bytes())
    assert xp(report.documents["EPUB/titlepage.xhtml"], "//x:h1/text()") == ["Odd name"]
    result = invoke("convert", str(story), "-o", str(output), "--title", "Salt\x1b & \udcffIron")
    assert result.exit_code == 0, result.output
    report = check_epub(output.read_bytes())
    assert xp(report.documents["EPUB/titlepage.xhtml"], "//x:h1/text()") == ["Salt & Iron"]


@pytest.mark.parametrize("name", sorted(KEPT))
def test_kept_intact(name: str, tmp_path: Path, checked_epubs: EpubCheckQueue) -> None:
    case = KEPT[name]
    story = tmp_path / name
    story.write_bytes(case.data)
    for fmt in ("epub", "html"):
        output = tmp_path / f"book.{fmt}"
        result = invoke("convert", str(story), "-o", str(output))
        assert result.exit_code == 0, result.output
        assert result.stderr == ""
    epub = (tmp_path / "book.epub").read_bytes()
    checked_epubs.save(epub, f"bad-input-{name}.epub")
    report = check_epub(epub)
    chapters = b"".join(report.members[path] for path in report.spine if "-ch" in path)
    book_html = (tmp_path / "book.html").read_bytes()
    check_html(book_html)
    for text in case.kept:
        # Byte for byte: no normalisation, no character references.
        assert text.encode() in chapters, text
        assert text.encode() in book_html, text
    texts = [data for path, data in report.members.items() if path.endswith(TEXT_MEMBERS)]
    for member in [*texts, book_html]:
        for char in case.dropped:
            assert char.encode() not in member, repr(char)
            assert f"&#{ord(char)};".encode() not in member, repr(char)
        assert not raw_markup_problems(member)


@pytest.mark.parametrize("name", sorted(KEPT))
def test_removed_from_the_model_too(name: str, tmp_path: Path) -> None:
    story = tmp_path / name
    story.write_bytes(KEPT[name].data)
    model = pipeline.read_story(story, ReadOptions())
    texts = list(strings(story_to_dict(model)))
    for char in [*KEPT[name].dropped, "\x00", "\ud800", "\udfff", "\ufffe", "\uffff"]:
        assert not any(char in text for text in texts), repr(char)
    joined = "\n".join(texts)
    assert all(text in joined for text in KEPT[name].kept)


# --- large inputs ---------------------------------------------------------------------------

WORDS = "the lamp went out and she climbed the stair while wind hit glass rope tide salt".split()


def prose(size: int, seed: int) -> str:
    """About ``size`` characters of sentences with quotes, dashes and emphasis, on one line."""
    rng = random.Random(seed)
    pieces: list[str] = []
    total = 0
    while total < size:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 18)))
        kind = rng.randint(0, 9)
        if kind == 0:
            sentence = f'"{sentence.capitalize()}," she said.'
        elif kind == 1:
            sentence = f"*{sentence}* -- really."
        elif kind == 2:
            sentence = f"_{sentence}_ and/or 'tis the '90s..."
        else:
            sentence = f"{sentence.capitalize()}."
        pieces.append(sentence)
        total += len(sentence) + 1
    return " ".join(pieces)[:size]


def test_a_paragraph_of_many_emphasis_spans_renders_in_linear_time() -> None:
    # Appending text after the last child once counted every child first: quadratic, minutes
    # for a pasted paragraph like this one.
    from fic2epub.model import Emph, Paragraph, Text
    from fic2epub.render import block_markup

    spans = 60_000
    content = tuple(
        run for _ in range(spans) for run in (Text(text=" and "), Emph(children=(Text(text="so"),)))
    )
    started = time.perf_counter()
    markup = block_markup(Paragraph(content=content))
    elapsed = time.perf_counter() - started
    assert markup == "<p>" + " and <em>so</em>" * spans + "</p>"
    assert elapsed < 10, f"{elapsed:.1f} s"


def test_five_megabytes_on_one_line_convert_in_seconds(
    tmp_path: Path, checked_epubs: EpubCheckQueue
) -> None:
    story = tmp_path / "one-line.txt"
    story.write_text(prose(5_000_000, seed=5), encoding="utf-8")  # no newline anywhere
    started = time.perf_counter()
    pipeline.convert(story, tmp_path / "one-line.epub", ReadOptions(), WriteOptions())
    elapsed = time.perf_counter() - started
    # About 7 s on a 2-core machine; anything quadratic takes many minutes.
    assert elapsed < 60, f"{elapsed:.1f} s"
    report = check_epub((tmp_path / "one-line.epub").read_bytes())
    [chapter] = [path for path in report.spine if "-ch" in path]
    paragraphs = xp(report.documents[chapter], "//x:p")
    assert len(paragraphs) == 1
    assert len(text_of(paragraphs[0])) > 4_900_000


def chaptered_story(size: int) -> str:
    """A header and chapters of ordinary paragraphs, about ``size`` characters in all."""
    chapters = []
    number = 0
    total = 0
    while total < size:
        number += 1
        text = prose(120_000, seed=number)
        paragraphs = [text[i : i + 600] for i in range(0, len(text), 600)]
        chapter = f"Chapter {number}\n\n" + "\n\n".join(p.strip() for p in paragraphs) + "\n\n"
        chapters.append(chapter)
        total += len(chapter)
    return "Title: The Long Tide\nAuthor: Wren Calloway\n\n" + "".join(chapters)


@pytest.mark.skipif(
    os.environ.get("FIC2EPUB_BIG_INPUTS") != "1", reason="set FIC2EPUB_BIG_INPUTS=1 (50 MB, ~30 s)"
)
def test_fifty_megabytes_within_time_and_memory(
    tmp_path: Path, record_property: Callable[[str, object], None]
) -> None:
    story = tmp_path / "long-tide.txt"
    story.write_text(chaptered_story(50_000_000), encoding="utf-8")
    output = tmp_path / "long-tide.epub"
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "fic2epub", "convert", str(story), "-o", str(output)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=subprocess_env(),
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    peak_mib = usage.ru_maxrss / 1024  # kilobytes on Linux
    record_property("seconds", round(elapsed, 1))
    record_property("peak_rss_mib", round(peak_mib))
    print(f"50 MB story: {elapsed:.1f} s, peak RSS {peak_mib:.0f} MiB")
    assert os.waitstatus_to_exitcode(status) == 0, process.stderr.read() if process.stderr else ""
    # Measured: about 25 s and 365 MiB; memory grows linearly (about 6 bytes per input byte).
    assert peak_mib < 600
    assert elapsed < 300
    check_epub(output.read_bytes())


# --- output safety --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["empty.txt", "nul-bytes.txt", "header-only.txt"])
@pytest.mark.parametrize("fmt", ["epub", "html"])
def test_a_refused_input_leaves_the_old_book_alone(name: str, fmt: str, tmp_path: Path) -> None:
    output = tmp_path / f"book.{fmt}"
    old = b"PK\x03\x04 the old book, every byte of it \x00\xff"
    output.write_bytes(old)
    result = run_cli("convert", str(HERE / name), "-o", str(output), cwd=tmp_path)
    assert result.returncode == 1
    one_line(result.stderr)
    assert output.read_bytes() == old
    assert files_in(tmp_path) == [f"book.{fmt}"]


@pytest.mark.parametrize("fmt", ["epub", "html"])
def test_a_failed_write_leaves_the_old_book_alone(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = story_file(tmp_path)
    output = tmp_path / f"book.{fmt}"
    old = b"the old book"
    output.write_bytes(old)

    def full_disk(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    # The data has been written to the temporary file when fsync fails: a real half-write.
    monkeypatch.setattr("fic2epub.safe_io.os.fsync", full_disk)
    result = invoke("convert", str(story), "-o", str(output))
    assert result.exit_code == 1
    assert one_line(result.stderr) == f"fic2epub: {output}: cannot write: No space left on device"
    assert output.read_bytes() == old
    assert files_in(tmp_path) == [f"book.{fmt}", "lantern.txt"]


def test_missing_output_folders_are_created(tmp_path: Path) -> None:
    story = story_file(tmp_path)
    output = tmp_path / "a" / "b" / "c" / "book.epub"
    result = invoke("convert", str(story), "-o", str(output))
    assert result.exit_code == 0, result.output
    check_epub(output.read_bytes())
    assert files_in(tmp_path / "a") == ["b", "b/c", "b/c/book.epub"]


def _tricks(tmp_path: Path, story: Path) -> list[str]:
    """Other names for ``story``: a symlink, a hard link, dot segments, a symlinked folder."""
    (tmp_path / "link.epub").symlink_to(story)
    os.link(story, tmp_path / "hard.epub")
    (tmp_path / "sub").mkdir()
    (tmp_path / "alias").symlink_to(tmp_path, target_is_directory=True)
    return [
        "link.epub",
        "hard.epub",
        "./sub/../story.epub",
        str(tmp_path / "alias" / "story.epub"),
        "story.epub/",
    ]


def test_the_input_is_never_overwritten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    story = story_file(tmp_path, "story.epub")  # a text story, unhappily named
    before = story.read_bytes()
    monkeypatch.chdir(tmp_path)
    for output in _tricks(tmp_path, story):
        result = invoke("convert", "story.epub", "-o", output, "--format", "epub")
        assert result.exit_code == 2, output
        assert one_line(result.stderr).endswith(
            ": the book would overwrite the story file; choose another name with -o"
        )
        with pytest.raises(OutputError, match="refusing to overwrite the input file"):
            pipeline.convert(Path("story.epub"), Path(output), ReadOptions(), WriteOptions())
    assert story.read_bytes() == before
    assert (tmp_path / "hard.epub").read_bytes() == before
    assert (tmp_path / "link.epub").is_symlink()
    leftovers = [p.name for p in tmp_path.rglob("*") if TEMP_MARKER in p.name]
    assert leftovers == []


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("../../etc/passwd", "etc passwd.epub"),
        ("..", "story.epub"),
        ("/absolute/path", "absolute path.epub"),
        ("C:\\Windows\\System32", "C Windows System32.epub"),
        ("CON", "_CON.epub"),
        ("nul", "_nul.epub"),
        ("com1.txt", "_com1.txt.epub"),
        ("LPT9", "_LPT9.epub"),
        ("tab\there\nnew\x00line\x1b", "tab here new line.epub"),
        ('a<b>c:d"e|f?g*h', "a b c d e f g h.epub"),
        ("\u202eevil\u202c.exe", "evil .exe.epub"),
    ],
)
def test_file_names_from_titles(title: str, expected: str, tmp_path: Path) -> None:
    name = safe_filename(title, "epub")
    assert name == expected
    write_atomic(tmp_path / name, b"book")
    assert files_in(tmp_path) == [name]


@settings(max_examples=300)
@given(st.text(st.characters(exclude_categories=()), max_size=400))
def test_any_title_makes_a_file_inside_the_folder(title: str) -> None:
    import tempfile

    name = safe_filename(title, ".epub")
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp).resolve()
        target = folder / name
        assert target.resolve().parent == folder
        write_atomic(target, b"book")
        assert [p.name for p in folder.iterdir()] == [name]
    assert len(name.encode("utf-8")) <= 200
