"""The command line's e-reader flags: --format kepub, --cover, --no-cover, --series."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from cli_helpers import invoke, one_line, story_file
from conftest import EpubCheckQueue
from fic2epub import pipeline
from fic2epub.cover import COVER_HEIGHT, COVER_WIDTH
from writer_helpers import NS


def member(book: Path, name: str) -> bytes:
    with zipfile.ZipFile(book) as archive:
        return archive.read(name)


def opf_values(book: Path, path: str) -> list[str]:
    found = etree.fromstring(member(book, "EPUB/content.opf")).xpath(path, namespaces=NS)
    assert isinstance(found, list)
    return [str(value) for value in found]


def cover_size(book: Path) -> tuple[int, int]:
    from PIL import Image

    with Image.open(io.BytesIO(member(book, "EPUB/cover.jpg"))) as image:
        return image.size


def test_kepub_gets_its_own_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, checked_epubs: EpubCheckQueue
) -> None:
    story = story_file(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = invoke("convert", str(story), "--format", "kepub")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "lantern.kepub.epub"
    book = tmp_path / "lantern.kepub.epub"
    assert b'class="koboSpan"' in member(book, "EPUB/s1-ch001.xhtml")
    checked_epubs.save(book.read_bytes(), "cli-lantern.kepub.epub")
    folder = tmp_path / "books"
    folder.mkdir()
    result = invoke("convert", str(story), "--format", "kepub", "-o", str(folder))
    assert result.stdout.strip() == str(folder / "lantern.kepub.epub")


def test_kepub_is_chosen_by_its_name(tmp_path: Path) -> None:
    story = story_file(tmp_path)
    book = tmp_path / "Mine.KEPUB.epub"
    result = invoke("convert", str(story), "-o", str(book))
    assert result.exit_code == 0, result.output
    assert b"koboSpan" in member(book, "EPUB/s1-ch001.xhtml")
    plain = tmp_path / "plain.epub"
    invoke("convert", str(story), "-o", str(plain))
    assert b"koboSpan" not in member(plain, "EPUB/s1-ch001.xhtml")


def test_default_cover_is_generated(tmp_path: Path) -> None:
    book = tmp_path / "out.epub"
    result = invoke("convert", str(story_file(tmp_path)), "-o", str(book))
    assert result.exit_code == 0, result.output
    assert cover_size(book) == (COVER_WIDTH, COVER_HEIGHT)
    assert opf_values(book, "//opf:meta[@name='cover']/@content") == ["cover-image"]


def test_cover_flags(tmp_path: Path) -> None:
    from PIL import Image

    picture = tmp_path / "picture.jpg"
    Image.new("RGB", (640, 1024), (120, 40, 40)).save(picture, format="JPEG")
    story = story_file(tmp_path)
    book = tmp_path / "out.epub"
    result = invoke("convert", str(story), "-o", str(book), "--cover", str(picture))
    assert result.exit_code == 0, result.output
    assert cover_size(book) == (640, 1024)
    result = invoke("convert", str(story), "-o", str(book), "--no-cover")
    assert result.exit_code == 0, result.output
    assert not opf_values(book, "//opf:meta[@name='cover']/@content")
    with zipfile.ZipFile(book) as archive:
        assert not [name for name in archive.namelist() if "cover" in name]


def test_cover_flag_errors_are_one_line(tmp_path: Path) -> None:
    story = story_file(tmp_path)
    picture = tmp_path / "picture.jpg"
    picture.write_bytes(b"not a picture")
    book = tmp_path / "out.epub"
    both = invoke("convert", str(story), "-o", str(book), "--cover", str(picture), "--no-cover")
    assert both.exit_code == 2
    assert one_line(both.stderr) == "fic2epub: --cover and --no-cover cannot be combined"
    broken = invoke("convert", str(story), "-o", str(book), "--cover", str(picture))
    assert broken.exit_code == 1
    assert one_line(broken.stderr) == f"fic2epub: {picture}: not an image Pillow can read"
    assert not book.exists()
    missing = invoke("convert", str(story), "--cover", str(tmp_path / "gone.jpg"))
    assert missing.exit_code == 2


def test_series_flags(tmp_path: Path) -> None:
    story = story_file(tmp_path)
    book = tmp_path / "out.epub"
    result = invoke(
        "convert", str(story), "-o", str(book), "--series", "Gull Point", "--series-index", "2.5"
    )
    assert result.exit_code == 0, result.output
    assert opf_values(book, "//opf:meta[@name='calibre:series']/@content") == ["Gull Point"]
    assert opf_values(book, "//opf:meta[@name='calibre:series_index']/@content") == ["2.5"]
    assert opf_values(book, "//opf:meta[@property='group-position']/text()") == ["2.5"]
    # The flags win over --set, whatever the order.
    args = ["--series-index", "4", "--set", "series=Other, Part 9", "--set", "series_index=9"]
    result = invoke("convert", str(story), "-o", str(book), *args)
    assert result.exit_code == 0, result.output
    assert opf_values(book, "//opf:meta[@name='calibre:series']/@content") == ["Other"]
    assert opf_values(book, "//opf:meta[@name='calibre:series_index']/@content") == ["4"]
    bad = invoke("convert", str(story), "-o", str(book), "--series-index", "two")
    assert bad.exit_code == 2


def test_big_book_warning_is_one_line_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "KINDLE_MAX_BYTES", 1000)
    story = story_file(tmp_path)
    book = tmp_path / "out.epub"
    result = invoke("convert", str(story), "-o", str(book), "--no-cover")
    assert result.exit_code == 0, result.output
    line = one_line(result.stderr)
    assert line.startswith(f"fic2epub: {story}: warning: {book} is 0.")
    assert line.endswith("MB; Send to Kindle refuses EPUBs over 0.001 MB")
    assert book.stat().st_size > 1000
