"""Tests for the EPUB writer: package, documents, navigation, determinism and EPUBCheck."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from conftest import EpubCheckQueue
from fic2epub.assemble import TocEntry, toc_tree
from fic2epub.errors import UsageError
from fic2epub.writers import WRITERS
from fic2epub.writers.epub import write_epub
from fic2epub.writers.epub_package import parse_modified
from story_samples import HOSTILE_TITLE
from writer_helpers import (
    EPUB_TYPE,
    MODES,
    SAMPLES,
    XML_LANG,
    Epub,
    book_of,
    epub_bytes,
    text_of,
    xp,
)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_sample_passes_epubcheck(name: str, checked_epubs: EpubCheckQueue) -> None:
    data = epub_bytes(name)
    checked_epubs.save(data, f"sample-{name}.epub")
    assert Epub(data).names[0] == "mimetype"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", ["notes", "anthology"])
def test_every_notes_mode_passes_epubcheck(
    name: str, mode: str, checked_epubs: EpubCheckQueue
) -> None:
    data = epub_bytes(name, mode)  # type: ignore[arg-type]
    checked_epubs.save(data, f"notes-{name}-{mode}.epub")
    epub = Epub(data)
    book, _ = book_of(name, mode)  # type: ignore[arg-type]
    assert [i for i in epub.spine_ids() if i != "nav"] == [s.id for s in book.sections]


def test_epubcheck_flags_a_broken_epub(checked_epubs: EpubCheckQueue) -> None:
    """The session check must be able to fail: a book without its nav document is broken."""
    source = Epub(epub_bytes("notes"))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as broken:
        for info in source.zip.infolist():
            if info.filename != "EPUB/nav.xhtml":
                broken.writestr(info, source.raw(info.filename))
    checked_epubs.save(buffer.getvalue(), "broken-no-nav.epub", broken=True)


def test_zip_layout_is_fixed() -> None:
    epub = Epub(epub_bytes("hostile"))
    first = epub.zip.infolist()[0]
    assert first.filename == "mimetype"
    assert first.compress_type == zipfile.ZIP_STORED
    assert first.extra == b""
    assert epub.raw("mimetype") == b"application/epub+zip"
    assert all(name.isascii() for name in epub.names)
    # The hostile story was updated 2021-05-06: every entry carries that time.
    assert {info.date_time for info in epub.zip.infolist()} == {(2021, 5, 6, 0, 0, 0)}
    container = epub.xml("META-INF/container.xml")
    assert container[0][0].get("full-path") == "EPUB/content.opf"


def test_package_metadata() -> None:
    book, _ = book_of("hostile")
    opf = Epub(epub_bytes("hostile")).opf

    def texts(path: str) -> list[str]:
        return [str(e.text or "") for e in xp(opf, path)]

    def meta(prop: str) -> list[str]:
        return texts(f"//opf:meta[@property='{prop}']")

    assert opf.get(XML_LANG) == "en"
    assert texts("//dc:title") == [HOSTILE_TITLE]
    assert texts("//dc:language") == ["en"]
    assert texts("//dc:identifier") == [book.metadata.identifier]
    assert texts("//dc:creator") == ["Pat <Q> Writer", "R & D"]
    creator_ids = xp(opf, "//dc:creator/@id")
    assert len(set(creator_ids)) == 2
    assert texts("//dc:subject") == list(book.metadata.subjects)
    assert texts("//dc:description") == [book.metadata.description]
    assert texts("//dc:date") == ["2021-03-04"]
    assert meta("dcterms:modified") == ["2021-05-06T00:00:00Z"]
    assert meta("belongs-to-collection") == ["Chase & Cheese"]
    assert xp(opf, "//opf:meta[@refines='#series']/text()") == ["series", "2"]
    calibre = {m.get("name"): m.get("content") for m in xp(opf, "//opf:meta[@name]")}
    assert calibre["calibre:series"] == "Chase & Cheese"
    assert calibre["calibre:series_index"] == "2"
    assert meta("schema:accessMode") == ["textual"]
    assert meta("schema:accessModeSufficient") == ["textual"]
    assert meta("schema:accessibilityFeature") == [
        "structuralNavigation",
        "tableOfContents",
        "readingOrder",
    ]
    assert meta("schema:accessibilityHazard") == ["none"]
    assert meta("schema:accessibilitySummary") != [""]
    guide = xp(opf, "//opf:guide/opf:reference/@type")
    assert set(guide) <= {"cover", "toc", "text"}


def test_anthology_credits_editors_as_contributors() -> None:
    opf = Epub(epub_bytes("anthology")).opf
    assert xp(opf, "//dc:contributor/text()") == ["Ada Editor"]
    roles = xp(opf, "//opf:meta[@refines='#editor1'][@property='role']/text()")
    assert roles == ["edt"]
    assert xp(opf, "//dc:creator/text()") == [
        "Ines Okafor",
        "Luc Marchand",
        "Sam Lee",
    ]


def test_spine_puts_the_contents_after_the_title_page() -> None:
    book, _ = book_of("notes")
    epub = Epub(epub_bytes("notes"))
    ids = [s.id for s in book.sections]
    assert epub.spine_ids() == [ids[0], "nav", *ids[1:]]
    manifest = {
        str(item.get("id")): str(item.get("href"))
        for item in xp(epub.opf, "//opf:manifest/opf:item")
    }
    for section in book.sections:
        assert manifest[section.id] == f"{section.id}.xhtml"
    nav_item = xp(epub.opf, "//opf:item[@properties='nav']/@href")
    assert nav_item == ["nav.xhtml"]
    assert xp(epub.opf, "//opf:spine/@toc") == ["ncx"]


def test_documents_declare_encoding_and_language() -> None:
    book, _ = book_of("anthology")
    epub = Epub(epub_bytes("anthology"))
    for name in epub.names:
        if name.endswith(".xhtml"):
            raw = epub.raw(name)
            assert raw.startswith(b"<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE html>")
            root = etree.fromstring(raw)
            assert root.get("lang") == root.get(XML_LANG)
            assert root.get("lang")
    # The French story's documents are in French; the book's own pages in English.
    for section in book.sections:
        expected = "fr" if section.story_index == 1 and section.kind != "titlepage" else "en"
        assert epub.document(section.id).get("lang") == expected, section.id


def test_sections_carry_their_semantics() -> None:
    epub = Epub(epub_bytes("notes"))

    def section(doc: str) -> etree._Element:
        found: etree._Element = xp(epub.document(doc), "//x:body/x:section")[0]
        return found

    assert section("titlepage").get(EPUB_TYPE) == "titlepage"
    preface = section("s1-preface")
    assert (preface.get(EPUB_TYPE), preface.get("role")) == ("preface", "doc-preface")
    # Its one note is labelled exactly like the section heading, so the label is not repeated.
    assert [text_of(h) for h in xp(preface, ".//x:h1 | .//x:h2")] == ["Author's Note"]
    assert text_of(preface) == "Author's Note This story was written for a lantern prompt."
    afterword = section("s1-afterword")
    assert (afterword.get(EPUB_TYPE), afterword.get("role")) == ("afterword", "doc-afterword")
    assert [text_of(h) for h in xp(afterword, "x:div/x:h2")] == [
        "Credits",
        "P.S.",
    ]
    chapter = section("s1-ch001")
    assert (chapter.get(EPUB_TYPE), chapter.get("role")) == ("chapter", "doc-chapter")
    assert text_of(xp(chapter, "x:h1")[0]) == "Chapter 1: Lanterns"
    aside = xp(chapter, "x:aside")[0]
    assert aside.get("class") == "note note-before"
    assert text_of(aside).startswith("AN1 Thank you")
    assert xp(chapter, "x:hr/@class") == ["scene-break"]
    last = section("s1-ch003")
    classes = [e.get("class") for e in xp(last, "x:aside")]
    assert classes == ["note note-before", "note note-after"]


def test_hostile_text_survives_everywhere() -> None:
    epub = Epub(epub_bytes("hostile"))
    assert xp(epub.opf, "//dc:title/text()") == [HOSTILE_TITLE]
    ncx = epub.xml("EPUB/toc.ncx")
    assert xp(ncx, "ncx:docTitle/ncx:text/text()") == [HOSTILE_TITLE]
    nav_labels = xp(epub.xml("EPUB/nav.xhtml"), "//x:nav[@id='toc']//x:a")
    assert [text_of(a) for a in nav_labels] == ["Title Page", HOSTILE_TITLE]
    title = xp(epub.document("titlepage"), "//x:h1")[0]
    assert title.text == HOSTILE_TITLE
    chapter = epub.document("s1-ch001")
    assert xp(chapter, "//x:title/text()") == [HOSTILE_TITLE]
    paragraphs = xp(chapter, "//x:section/x:p")
    assert text_of(paragraphs[0]) == "The cat typed <script>alert(1)</script> & walked away."
    assert text_of(paragraphs[1]).startswith("A CDATA end ]]> and a very loud mouse.")
    for name in epub.names:
        if name.endswith(".xhtml"):
            assert not xp(epub.xml(name), "//x:script | //x:b")


def test_title_page_shows_every_field() -> None:
    page = Epub(epub_bytes("hostile")).document("titlepage")
    assert text_of(xp(page, "//x:p[@class='byline']")[0]) == ("by Pat <Q> Writer and R & D")
    rows = xp(page, "//x:dl[@class='metadata']/*")
    pairs = list(zip(rows[::2], rows[1::2], strict=True))
    assert [dt.tag.split("}")[1] for dt, _ in pairs] == ["dt"] * len(pairs)
    fields = {text_of(dt): dd for dt, dd in pairs}
    assert list(fields) == [
        "Fandom",
        "Relationship",
        "Characters",
        "Rating",
        "Warning",
        "Categories",
        "Tags",
        "Status",
        "Series",
        "Words",
        "Published",
        "Updated",
        "Source",
        "Summary",
        "Disclaimer",
        "Prompt",
        "Ages in this fic",
    ]
    assert text_of(fields["Characters"]) == "Tom, Jerry, Spike"
    assert text_of(fields["Tags"]) == 'Slapstick, Quote "Marks", Tom'
    assert text_of(fields["Series"]) == "Chase & Cheese (#2)"
    assert text_of(fields["Words"]) == "12,345"
    link = xp(fields["Source"], "x:a")[0]
    assert link.get("href") == "https://example.org/works/1?a=1&b=2"
    summary = xp(fields["Summary"], "x:p")
    assert [text_of(p) for p in summary] == [
        "A chase <in> two acts.With a second line.",
        "And a second paragraph.",
    ]
    assert len(xp(summary[0], "x:br")) == 1
    prompt = xp(fields["Prompt"], "x:p")
    assert len(prompt) == 1 and len(xp(prompt[0], "x:br")) == 1
    assert text_of(prompt[0]) == "Write a chase.Make it < 500 words."


def test_empty_fields_are_left_out() -> None:
    page = Epub(epub_bytes("nameless")).document("titlepage")
    assert not xp(page, "//x:dl")
    assert not xp(page, "//x:p[@class='byline']")


def test_anthology_title_page_lists_the_stories() -> None:
    page = Epub(epub_bytes("anthology")).document("titlepage")
    links = xp(page, "//x:ol[@class='story-list']/x:li/x:a")
    assert [(a.get("href"), text_of(a)) for a in links] == [
        ("s1-titlepage.xhtml", "Harbour Lights"),
        ("s2-titlepage.xhtml", "Petite Pluie"),
        ("s3-titlepage.xhtml", "The Long Road"),
    ]
    assert "Edited by Ada Editor" in text_of(page)


Tree = list[tuple[str, str, "Tree"]]


def nav_tree(ol: etree._Element) -> Tree:
    result: Tree = []
    for li in xp(ol, "x:li"):
        a = xp(li, "x:a")[0]
        sub = xp(li, "x:ol")
        result.append((text_of(a), str(a.get("href")), nav_tree(sub[0]) if sub else []))
    return result


def expected_tree(name: str) -> Tree:
    book, _ = book_of(name)

    def href(section_id: str, fragment: str | None) -> str:
        return f"{section_id}.xhtml" + (f"#{fragment}" if fragment else "")

    def walk(entries: tuple[TocEntry, ...]) -> Tree:
        return [(e.title, href(e.section_id, e.fragment), walk(e.children)) for e in entries]

    return walk(toc_tree(book))


@pytest.mark.parametrize("name", ["parts", "anthology", "notes"])
def test_nav_and_ncx_follow_the_table_of_contents(name: str) -> None:
    epub = Epub(epub_bytes(name))
    nav = epub.xml("EPUB/nav.xhtml")
    toc_nav = xp(nav, "//x:nav[@id='toc']")[0]
    assert toc_nav.get(EPUB_TYPE) == "toc"
    tree = nav_tree(xp(toc_nav, "x:ol")[0])
    assert tree == expected_tree(name)
    ncx = epub.xml("EPUB/toc.ncx")

    def ncx_tree(parent: etree._Element) -> Tree:
        return [
            (
                text_of(xp(point, "ncx:navLabel")[0]),
                str(xp(point, "ncx:content/@src")[0]),
                ncx_tree(point),
            )
            for point in xp(parent, "ncx:navPoint")
        ]

    assert ncx_tree(xp(ncx, "ncx:navMap")[0]) == tree
    points = xp(ncx, "//ncx:navPoint")
    assert [int(p.get("playOrder")) for p in points] == list(range(1, len(points) + 1))
    assert len({p.get("id") for p in points}) == len(points)
    uid = xp(ncx, "//ncx:meta[@name='dtb:uid']/@content")
    assert uid == xp(epub.opf, "//dc:identifier/text()")


def test_landmarks_are_hidden_and_point_at_the_right_pages() -> None:
    nav = Epub(epub_bytes("notes")).xml("EPUB/nav.xhtml")
    landmarks = xp(nav, "//x:nav[@epub:type='landmarks']")[0]
    assert landmarks.get("hidden") == "hidden"
    marks = [(a.get(EPUB_TYPE), a.get("href")) for a in xp(landmarks, ".//x:a")]
    assert marks == [
        ("titlepage", "titlepage.xhtml"),
        ("toc", "nav.xhtml"),
        ("bodymatter", "s1-ch001.xhtml"),
    ]


def test_two_builds_are_byte_identical() -> None:
    assert epub_bytes("anthology", "inline") == epub_bytes("anthology", "inline")


@pytest.fixture
def other_time_zone() -> Iterator[None]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Pacific/Kiritimati"
    time.tzset()
    try:
        yield
    finally:
        if old is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = old
        time.tzset()


def test_output_does_not_depend_on_the_time_zone(other_time_zone: None) -> None:
    here = epub_bytes("hostile")
    os.environ["TZ"] = "America/Adak"
    time.tzset()
    assert epub_bytes("hostile") == here


def test_source_date_epoch_sets_every_timestamp() -> None:
    epub = Epub(epub_bytes("hostile", source_date_epoch=1_600_000_000))
    modified = xp(epub.opf, "//opf:meta[@property='dcterms:modified']/text()")
    assert modified == ["2020-09-13T12:26:40Z"]
    assert {info.date_time for info in epub.zip.infolist()} == {(2020, 9, 13, 12, 26, 40)}


def test_dates_before_1980_are_clamped_in_the_zip_only() -> None:
    epub = Epub(epub_bytes("nameless", source_date_epoch=0))
    modified = xp(epub.opf, "//opf:meta[@property='dcterms:modified']/text()")
    assert modified == ["1970-01-01T00:00:00Z"]
    assert {info.date_time for info in epub.zip.infolist()} == {(1980, 1, 1, 0, 0, 0)}


@given(st.datetimes(min_value=datetime(1000, 1, 1)))
def test_modified_times_read_as_strptime_reads_them(moment: datetime) -> None:
    value = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    expected = datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    assert parse_modified(value) == expected
    assert parse_modified(value).tzinfo is UTC


@pytest.mark.parametrize(
    "value",
    ["2000-01-01", "2000-01-01T00:00:00", "2000-01-01T00:00:00+00:00", "2000-W01-1T00:00:00Z"],
)
def test_other_modified_forms_are_refused(value: str) -> None:
    with pytest.raises(ValueError, match="dcterms:modified"):
        parse_modified(value)


def test_custom_stylesheets_are_appended(tmp_path: Path, checked_epubs: EpubCheckQueue) -> None:
    extra = tmp_path / "mine.css"
    extra.write_text("p.center { letter-spacing: 0.1em; }\n", encoding="utf-8")
    data = epub_bytes("notes", css=(extra,))
    checked_epubs.save(data, "custom-css.epub")
    css = Epub(data).raw("EPUB/fic2epub.css").decode("utf-8")
    assert css.startswith("/* fic2epub stylesheet")
    assert css.endswith("p.center { letter-spacing: 0.1em; }\n")
    with pytest.raises(UsageError):
        epub_bytes("notes", css=(tmp_path / "missing.css",))


def test_template_overrides_apply(tmp_path: Path, checked_epubs: EpubCheckQueue) -> None:
    (tmp_path / "story-metadata.xhtml.jinja").write_text(
        '<p class="custom">{{ story.metadata.title }}</p>\n', encoding="utf-8"
    )
    data = epub_bytes("hostile", templates=tmp_path)
    checked_epubs.save(data, "custom-template.epub")
    page = Epub(data).document("titlepage")
    assert [text_of(p) for p in xp(page, "//x:p[@class='custom']")] == [HOSTILE_TITLE]
    assert not xp(page, "//x:dl")


def test_malformed_override_is_reported(tmp_path: Path) -> None:
    (tmp_path / "chapter.xhtml.jinja").write_text("<section><p></section>", encoding="utf-8")
    with pytest.raises(UsageError, match="malformed XHTML"):
        epub_bytes("notes", templates=tmp_path)


def test_cover_page_comes_first(checked_epubs: EpubCheckQueue) -> None:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (60, 90), (200, 120, 40)).save(buffer, format="JPEG")
    book, options = book_of("notes")
    image = buffer.getvalue()
    data = write_epub(book, options, cover=lambda: image)
    checked_epubs.save(data, "cover.epub")
    epub = Epub(data)
    assert epub.spine_ids()[:3] == ["cover", "titlepage", "nav"]
    image = xp(epub.opf, "//opf:item[@properties='cover-image']")[0]
    assert (image.get("href"), image.get("media-type")) == ("cover.jpg", "image/jpeg")
    assert xp(epub.opf, "//opf:meta[@name='cover']/@content") == [image.get("id")]
    img = xp(epub.xml("EPUB/cover.xhtml"), "//x:img")[0]
    assert img.get("src") == "cover.jpg" and img.get("alt")
    nav = epub.xml("EPUB/nav.xhtml")
    assert xp(nav, "//x:nav[@epub:type='landmarks']//x:a/@href")[0] == ("cover.xhtml")
    assert "cover" in xp(epub.opf, "//opf:guide/opf:reference/@type")


def test_registry_and_lazy_imports() -> None:
    assert set(WRITERS) == {"epub", "kepub", "html"}
    book, options = book_of("nameless", no_cover=True)
    assert WRITERS["epub"](book, options) == write_epub(book, options)
    probe = (
        "import sys, fic2epub.writers, fic2epub.pipeline; "
        "print(sorted(m for m in ('ebooklib', 'lxml', 'jinja2') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
