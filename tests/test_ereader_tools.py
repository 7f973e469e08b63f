"""Books as outside tools see them: calibre's ebook-meta, Ace by DAISY, and rebuilds elsewhere.

ebook-meta and Ace are not Python packages: each test runs when the tool is installed and is
skipped, saying why, when it is not. Nothing here installs anything.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from cli_helpers import subprocess_env
from conftest import EpubCheckQueue
from fic2epub.cover import COVER_HEIGHT, COVER_WIDTH
from fic2epub.options import ReadOptions, WriteOptions
from fic2epub.pipeline import convert
from fic2epub.writers import WRITERS
from writer_helpers import book_of

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "the-stopped-watch.txt"

# An original story with every field a library shows.
SHELF_STORY = """\
Title: Salt & Iron
Author: Wren Calloway
Fandom: Tide Tables
Relationship: Ada/Brann
Characters: Ada, Brann
Rating: T
Tags: Lighthouses, Found Family
Series: Salt Roads, Part 2
Summary: A keeper, a storm, and a lamp that will not stay lit.
Published: 2021-03-04
Updated: 2021-05-06

Chapter 1: The Lamp

She climbed the stairs. The lamp was out! "Who did this?" she asked the dark.

Chapter 2: The Storm

Rain came *sideways* that night, and Brann came up at dawn with tea.
"""


@pytest.fixture
def shelf_story(tmp_path: Path) -> Path:
    path = tmp_path / "salt-and-iron.txt"
    path.write_text(SHELF_STORY, encoding="utf-8")
    return path


# --- calibre --------------------------------------------------------------------------------


def ebook_meta() -> str:
    command = shutil.which("ebook-meta")
    if command is None:
        pytest.skip("calibre's ebook-meta is not installed (apt-get install calibre)")
    return command


def test_calibre_reads_title_authors_series_tags_and_cover(
    shelf_story: Path, tmp_path: Path
) -> None:
    from PIL import Image

    command = ebook_meta()
    book = convert(shelf_story, tmp_path / "book.epub", ReadOptions(), WriteOptions())
    cover = tmp_path / "cover-out.jpg"
    result = subprocess.run(
        [command, str(book), "--get-cover", str(cover)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    fields = {}
    for line in result.stdout.splitlines():
        key, colon, value = line.partition(":")
        if colon:
            fields[key.strip()] = value.strip()
    assert fields["Title"] == "Salt & Iron"
    assert fields["Author(s)"].split(" [")[0] == "Wren Calloway"
    assert fields["Series"] == "Salt Roads #2"
    tags = [tag.strip() for tag in fields["Tags"].split(",")]
    assert tags == ["Tide Tables", "Ada/Brann", "Ada", "Brann", "T", "Lighthouses", "Found Family"]
    assert fields["Comments"] == "A keeper, a storm, and a lamp that will not stay lit."
    assert fields["Published"].startswith("2021-03-04")
    with Image.open(cover) as image:
        assert (image.format, image.size) == ("JPEG", (COVER_WIDTH, COVER_HEIGHT))


# --- Ace by DAISY ---------------------------------------------------------------------------


def ace_command() -> tuple[str, dict[str, str]]:
    """The Ace CLI and the environment to run it in; skips when either is missing."""
    command = shutil.which("ace") or shutil.which("ace-cli")
    if command is None:
        pytest.skip("Ace by DAISY is not installed (npm install -g @daisy/ace-cli)")
    env = dict(os.environ)
    if not env.get("PUPPETEER_EXECUTABLE_PATH"):
        browsers = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
        found = next((path for name in browsers if (path := shutil.which(name))), None)
        if found is not None:
            env["PUPPETEER_EXECUTABLE_PATH"] = found
        elif not (Path.home() / ".cache" / "puppeteer").is_dir():
            pytest.skip("Ace needs Chromium: install it or set PUPPETEER_EXECUTABLE_PATH")
    return command, env


def ace_violations(book: Path, out: Path) -> list[str]:
    """What Ace reports about ``book``: one line per violation (none is the goal)."""
    command, env = ace_command()
    result = subprocess.run(
        [
            command,
            "--silent",
            "--force",
            "--outdir",
            str(out),
            "--tempdir",
            str(out / "tmp"),
            str(book),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    report_path = out / "report.json"
    assert report_path.is_file(), f"Ace wrote no report:\n{result.stdout}\n{result.stderr}"
    report = json.loads(report_path.read_text(encoding="utf-8"))
    present = set(report["a11y-metadata"]["present"])
    assert {
        "schema:accessMode",
        "schema:accessModeSufficient",
        "schema:accessibilityFeature",
        "schema:accessibilityHazard",
        "schema:accessibilitySummary",
    } <= present
    problems = [
        f"{document['earl:testSubject']['url']}: {finding['earl:result']['dct:description']}"
        f" ({finding['earl:test']['earl:impact']})"
        for document in report["assertions"]
        for finding in document.get("assertions", [])
    ]
    if report["earl:result"]["earl:outcome"] != "pass" and not problems:
        problems.append(f"Ace's verdict: {report['earl:result']}")
    return problems


def test_ace_finds_no_violations_in_an_example(tmp_path: Path) -> None:
    ace_command()
    book = convert(EXAMPLE, tmp_path / "example.epub", ReadOptions(), WriteOptions())
    assert ace_violations(book, tmp_path / "ace") == []


def test_ace_finds_no_violations_in_an_anthology_kepub(tmp_path: Path) -> None:
    ace_command()
    book_model, options = book_of("anthology", format="kepub")
    book = tmp_path / "anthology.kepub.epub"
    book.write_bytes(WRITERS["kepub"](book_model, options))
    assert ace_violations(book, tmp_path / "ace") == []


def test_ace_flags_a_broken_book(tmp_path: Path) -> None:
    """The Ace tests must be able to fail: a cover without alt text, a page without a language."""
    ace_command()
    book_model, options = book_of("notes")
    source = zipfile.ZipFile(io.BytesIO(WRITERS["epub"](book_model, options)))
    book = tmp_path / "broken.epub"
    with zipfile.ZipFile(book, "w") as broken:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "EPUB/cover.xhtml":
                data = data.replace(b" alt=", b" data-alt=")
            elif info.filename == "EPUB/s1-ch001.xhtml":
                data = data.replace(b' lang="en" xml:lang="en"', b"")
            broken.writestr(info, data)
    problems = ace_violations(book, tmp_path / "ace")
    assert any(
        p.startswith("cover.xhtml: Element does not have an alt attribute") for p in problems
    )
    assert any(
        p.startswith("s1-ch001.xhtml: The <html> element does not have a lang") for p in problems
    )


# --- reproducible builds --------------------------------------------------------------------


def build_in_subprocess(story: Path, output: Path, fmt: str, tz: str, epoch: str | None) -> bytes:
    env = subprocess_env()
    env["TZ"] = tz
    env.pop("SOURCE_DATE_EPOCH", None)
    if epoch is not None:
        env["SOURCE_DATE_EPOCH"] = epoch
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "fic2epub",
            "convert",
            str(story),
            "-o",
            str(output),
            "--format",
            fmt,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return output.read_bytes()


@pytest.mark.parametrize("epoch", [None, "1700000000"])
@pytest.mark.parametrize("fmt", ["epub", "kepub"])
def test_builds_are_byte_identical_across_time_zones_and_time(
    fmt: str, epoch: str | None, shelf_story: Path, tmp_path: Path, checked_epubs: EpubCheckQueue
) -> None:
    first = build_in_subprocess(shelf_story, tmp_path / "a.epub", fmt, "UTC", epoch)
    # A later wall-clock second, in a zone where it is already tomorrow.
    time.sleep(1.1)
    second = build_in_subprocess(shelf_story, tmp_path / "b.epub", fmt, "Pacific/Kiritimati", epoch)
    assert first == second
    third = build_in_subprocess(shelf_story, tmp_path / "c.epub", fmt, "America/Adak", epoch)
    assert third == first
    checked_epubs.save(first, f"reproducible-{fmt}-{epoch or 'story'}.{fmt}.epub")


def test_the_clock_is_never_read(monkeypatch: pytest.MonkeyPatch) -> None:
    book, options = book_of("notes")
    before = [WRITERS[fmt](book, replace(options, format=fmt)) for fmt in ("epub", "kepub")]
    later = time.time() + 400 * 86_400
    monkeypatch.setattr(time, "time", lambda: later)
    after = [WRITERS[fmt](book, replace(options, format=fmt)) for fmt in ("epub", "kepub")]
    assert after == before
