"""What e-readers and libraries need from an EPUB: cover, Kindle's rules, accessibility, series."""

from __future__ import annotations

import io
import re
import uuid
import warnings
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from lxml import etree

from conftest import EpubCheckQueue
from fic2epub import pipeline
from fic2epub.assemble import assemble
from fic2epub.cover import COVER_HEIGHT, COVER_WIDTH, make_cover
from fic2epub.errors import InputError, UsageError
from fic2epub.model import Metadata, Story
from fic2epub.options import ReadOptions, WriteOptions
from fic2epub.writers import WRITERS
from fic2epub.writers.book_cover import cover_later
from story_samples import hostile_story, one_shot
from writer_helpers import EPUB_TYPE, NS, SAMPLES, XML_LANG, Epub, book_of, xp

XHTML = "{http://www.w3.org/1999/xhtml}"


def written(name: str, fmt: str = "epub", **options: object) -> bytes:
    """Sample ``name`` through the writer registry, as the pipeline writes it."""
    book, write_options = book_of(name, "auto", format=fmt, **options)
    return WRITERS[fmt](book, write_options)


def image_bytes(size: tuple[int, int], fmt: str = "PNG") -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, (30, 90, 160)).save(buffer, format=fmt)
    return buffer.getvalue()


def cover_image(epub: Epub) -> tuple[str, tuple[int, int]]:
    """The cover image's format and pixel size, as Pillow reads it from the EPUB."""
    from PIL import Image

    href = xp(epub.opf, "//opf:item[@properties='cover-image']/@href")[0]
    with Image.open(io.BytesIO(epub.raw(f"EPUB/{href}"))) as image:
        return str(image.format), image.size


# --- cover ----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["epub", "kepub"])
def test_default_cover_is_generated_and_wired_for_every_reader(
    fmt: str, checked_epubs: EpubCheckQueue
) -> None:
    data = written("hostile", fmt)
    checked_epubs.save(data, f"cover-generated.{fmt}.epub")
    epub = Epub(data)
    assert cover_image(epub) == ("JPEG", (COVER_WIDTH, COVER_HEIGHT))
    item = xp(epub.opf, "//opf:item[@properties='cover-image']")[0]
    assert item.get("media-type") == "image/jpeg"
    # Kindle and Kobo find the cover by the EPUB 2 meta, Apple Books by the property.
    assert xp(epub.opf, "//opf:meta[@name='cover']/@content") == [item.get("id")]
    first = xp(epub.opf, "//opf:spine/opf:itemref")[0]
    assert (first.get("idref"), first.get("linear", "yes")) == ("cover", "yes")
    page = epub.xml("EPUB/cover.xhtml")
    body = xp(page, "//x:body")[0]
    assert [child.tag for child in body] == [f"{XHTML}img"]
    img = body[0]
    assert img.get("src") == item.get("href")
    assert (
        img.get("alt") == f"Cover of {hostile_story().metadata.title}, by Pat <Q> Writer and R & D"
    )
    assert img.get("role") == "doc-cover"
    nav = epub.xml("EPUB/nav.xhtml")
    landmarks = xp(nav, "//x:nav[@epub:type='landmarks']//x:a")
    assert (landmarks[0].get(EPUB_TYPE), landmarks[0].get("href")) == ("cover", "cover.xhtml")


def test_generated_cover_shows_title_authors_fandom_and_series() -> None:
    book, options = book_of("hostile")
    assert _drawn(cover_later(book, options)) == make_cover(
        title=book.metadata.title,
        authors=book.metadata.authors,
        fandom="Cartoons & Co",
        series="Chase & Cheese #2",
    )
    anthology, options = book_of("anthology")
    assert _drawn(cover_later(anthology, options)) == make_cover(
        title="Lanterns & Rain", authors=("Ada Editor",), fandom="Original Work", series=None
    )


def test_readers_own_cover_is_used(tmp_path: Path, checked_epubs: EpubCheckQueue) -> None:
    picture = tmp_path / "mine.png"
    picture.write_bytes(image_bytes((500, 800)))
    data = written("notes", cover=picture)
    checked_epubs.save(data, "cover-own.epub")
    # Made a JPEG, kept at its own size (never enlarged).
    assert cover_image(Epub(data)) == ("JPEG", (500, 800))


def test_no_cover_leaves_every_trace_of_it_out(checked_epubs: EpubCheckQueue) -> None:
    data = written("notes", no_cover=True)
    checked_epubs.save(data, "cover-none.epub")
    epub = Epub(data)
    assert not [name for name in epub.names if "cover" in name]
    assert not xp(epub.opf, "//opf:meta[@name='cover'] | //opf:item[@properties='cover-image']")
    assert epub.spine_ids()[0] == "titlepage"
    assert xp(epub.opf, "//opf:meta[@property='schema:accessMode']/text()") == ["textual"]


def test_cover_options_are_checked(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="cannot be combined"):
        written("notes", cover=tmp_path / "x.jpg", no_cover=True)
    with pytest.raises(InputError, match="no such file") as missing:
        written("notes", cover=tmp_path / "missing.jpg")
    assert missing.value.source == str(tmp_path / "missing.jpg")
    text = tmp_path / "notes.txt"
    text.write_text("not an image", encoding="utf-8")
    with pytest.raises(InputError, match="not an image"):
        written("notes", cover=text)


def test_html_has_no_cover() -> None:
    book, options = book_of("notes", format="html")
    page = WRITERS["html"](book, options)
    assert b"<img" not in page


# --- Kindle ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_kindle_rules_hold(name: str) -> None:
    epub = Epub(written(name))
    # File names: plain ASCII, nothing a store or a FAT file system could trip over.
    assert all(re.fullmatch(r"[A-Za-z0-9._/-]+", member) for member in epub.names)
    assert xp(epub.opf, "//dc:language/text()") and epub.opf.get(XML_LANG)
    ncx = epub.xml("EPUB/toc.ncx")
    points = xp(ncx, "//ncx:navPoint")
    assert [int(p.get("playOrder")) for p in points] == list(range(1, len(points) + 1))
    # At most two levels, in the NCX, its header and the nav document alike.
    assert not xp(ncx, "//ncx:navPoint/ncx:navPoint/ncx:navPoint")
    assert int(xp(ncx, "//ncx:meta[@name='dtb:depth']/@content")[0]) <= 2
    assert not xp(epub.xml("EPUB/nav.xhtml"), "//x:nav[@id='toc']/x:ol/x:li/x:ol/x:li/x:ol")
    documents = {
        member.removeprefix("EPUB/"): epub.xml(member)
        for member in epub.names
        if member.endswith(".xhtml")
    }
    for member in epub.names:
        if member.endswith((".xhtml", ".opf", ".ncx")):
            assert epub.raw(member).startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    targets = [str(src) for src in xp(ncx, "//ncx:content/@src")]
    for document in documents.values():
        assert not xp(document, "//x:body/@id")
        targets += [str(href) for href in xp(document, "//x:a/@href")]
    for target in targets:
        if target.startswith(("http:", "https:")):
            continue
        file_name, _, fragment = target.partition("#")
        assert file_name in documents, target
        if fragment:
            found = xp(documents[file_name], f"//*[@id='{fragment}']")
            assert found and found[0].tag != f"{XHTML}body", target


def test_language_defaults_to_english() -> None:
    story = Story(metadata=Metadata(title="Plain", language=""), parts=one_shot().parts)
    options = WriteOptions()
    opf = Epub(WRITERS["epub"](assemble([story], options), options)).opf
    assert xp(opf, "//dc:language/text()") == ["en"]


def test_a_book_over_50_mb_is_warned_about(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Title: Big\n\nA small story that we pretend is big.\n", encoding="utf-8")
    monkeypatch.setattr(pipeline, "KINDLE_MAX_BYTES", 1000)
    output = tmp_path / "big.epub"
    with pytest.warns(UserWarning, match=r"big\.epub is 0\.\d MB; Send to Kindle refuses"):
        pipeline.convert(story, output, ReadOptions(), WriteOptions(no_cover=True))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        monkeypatch.setattr(pipeline, "KINDLE_MAX_BYTES", 50_000_000)
        pipeline.convert(story, output, ReadOptions(), WriteOptions(no_cover=True))
        # Kobo and browsers have no such limit.
        monkeypatch.setattr(pipeline, "KINDLE_MAX_BYTES", 1000)
        for fmt in ("kepub", "html"):
            write = WriteOptions(format=fmt, no_cover=True)
            pipeline.convert(story, tmp_path / f"big.{fmt}", ReadOptions(), write)


# --- accessibility --------------------------------------------------------------------------


def test_accessibility_metadata_describes_the_book() -> None:
    opf = Epub(written("notes")).opf

    def meta(prop: str) -> list[str]:
        return [str(e.text) for e in xp(opf, f"//opf:meta[@property='schema:{prop}']")]

    assert meta("accessMode") == ["textual", "visual"]
    assert meta("accessModeSufficient") == ["textual"]
    assert meta("accessibilityFeature") == [
        "structuralNavigation",
        "tableOfContents",
        "readingOrder",
        "alternativeText",
    ]
    assert meta("accessibilityHazard") == ["none"]
    [summary] = meta("accessibilitySummary")
    assert "cover" in summary and "text alternative" in summary
    bare = Epub(written("notes", no_cover=True)).opf
    [summary] = [
        str(e.text) for e in xp(bare, "//opf:meta[@property='schema:accessibilitySummary']")
    ]
    assert "no images" in summary


@pytest.mark.parametrize("fmt", ["epub", "kepub"])
def test_every_document_has_a_language_and_roles(fmt: str) -> None:
    epub = Epub(written("anthology", fmt))
    assert epub.opf.get(XML_LANG) == "en"
    roles: set[str] = set()
    for member in epub.names:
        if member.endswith(".xhtml"):
            root = epub.xml(member)
            assert root.get("lang") and root.get("lang") == root.get(XML_LANG), member
            roles.update(str(role) for role in xp(root, "//@role"))
    assert {"doc-cover", "doc-toc", "doc-chapter", "doc-preface", "doc-afterword"} <= roles


# --- library metadata -----------------------------------------------------------------------


def test_series_subjects_description_and_date() -> None:
    opf = Epub(written("hostile")).opf
    meta = hostile_story().metadata
    assert xp(opf, "//opf:meta[@name='calibre:series']/@content") == ["Chase & Cheese"]
    assert xp(opf, "//opf:meta[@name='calibre:series_index']/@content") == ["2"]
    collection = xp(opf, "//opf:meta[@property='belongs-to-collection']")[0]
    assert collection.text == "Chase & Cheese"
    refines = {
        str(m.get("property")): m.text
        for m in xp(opf, f"//opf:meta[@refines='#{collection.get('id')}']")
    }
    assert refines == {"collection-type": "series", "group-position": "2"}
    subjects = xp(opf, "//dc:subject/text()")
    for expected in (*meta.fandoms, *meta.relationships, *meta.characters, *meta.tags):
        assert expected in subjects
    assert meta.rating in subjects
    assert xp(opf, "//dc:description/text()") == [meta.summary]
    assert xp(opf, "//dc:date/text()") == [meta.published]


def test_date_falls_back_to_the_update() -> None:
    story = replace(one_shot(), metadata=replace(one_shot().metadata, updated="2020-02-03"))
    story = replace(story, metadata=replace(story.metadata, published=None))
    options = WriteOptions(no_cover=True)
    opf = Epub(WRITERS["epub"](assemble([story], options), options)).opf
    assert xp(opf, "//dc:date/text()") == ["2020-02-03"]


def test_identifier_is_stable_uuid5() -> None:
    hostile = hostile_story()
    opf = Epub(written("hostile")).opf
    url = hostile.metadata.source_url
    assert url
    assert xp(opf, "//dc:identifier/text()") == [f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, url)}"]
    nameless = Story(metadata=replace(hostile.metadata, source_url=None), parts=hostile.parts)
    options = WriteOptions()
    identifier = assemble([nameless], options).metadata.identifier
    keys = "\n".join([hostile.metadata.title, *hostile.metadata.authors])
    assert identifier == f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'fic2epub:' + keys)}"
    assert assemble([nameless], options).metadata.identifier == identifier


def test_series_options_override_the_story(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(
        "Title: Ropes\nSeries: Knots, Part 1\n\nA rope, a knot, a boat.\n", encoding="utf-8"
    )
    read = ReadOptions(metadata=(("series", "Harbour Tales"), ("series_index", "3")))
    output = pipeline.convert(story, tmp_path / "ropes.epub", read, WriteOptions(no_cover=True))
    opf = etree.fromstring(Epub(output.read_bytes()).raw("EPUB/content.opf"))
    assert opf.xpath("//opf:meta[@name='calibre:series']/@content", namespaces=NS) == [
        "Harbour Tales"
    ]
    assert opf.xpath("//opf:meta[@name='calibre:series_index']/@content", namespaces=NS) == ["3"]


def _drawn(pending: Callable[[], bytes] | None) -> bytes | None:
    return None if pending is None else pending()
