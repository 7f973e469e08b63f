"""Tests for the single-file HTML writer and its agreement with the EPUB writer."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree, html

from fic2epub.model import Book
from story_samples import HOSTILE_TITLE
from writer_helpers import (
    MODES,
    SAMPLES,
    Epub,
    book_of,
    epub_bytes,
    html_bytes,
    parse_html,
    text_of,
    xp,
)


def by_id(root: etree._Element, element_id: str) -> etree._Element:
    """The one element of ``root`` with id ``element_id``."""
    found = xp(root, f"//*[@id='{element_id}']")
    assert len(found) == 1, element_id
    element: etree._Element = found[0]
    return element


def nav_links(nav: etree._Element) -> list[tuple[str, str]]:
    return [(text_of(a), str(a.get("href"))) for a in nav.iter("{*}a", "a")]


def epub_target(href: str) -> str:
    """The element an EPUB link points at, as the HTML file names it."""
    name, _, fragment = href.partition("#")
    return fragment or name.removesuffix(".xhtml")


def check_agreement(book: Book, epub: Epub, doc: html.HtmlElement) -> None:
    """Same sections, in the same order, with the same text, and the same table of contents."""
    ids = [s.id for s in book.sections]
    assert [i for i in epub.spine_ids() if i != "nav"] == ids
    body_order = [str(e.get("id")) for e in doc.xpath("//body/*[@id]")]
    assert [i for i in body_order if i in ids] == ids
    # The table of contents follows the title page in both.
    assert body_order[1] == "toc"
    assert epub.spine_ids()[1] == "nav"
    for section in book.sections:
        epub_doc = epub.document(section.id)
        assert text_of(by_id(doc, section.id)) == text_of(by_id(epub_doc, section.id))
        if section.part_title:
            part_id = f"{section.id}-part"
            assert text_of(by_id(doc, part_id)) == section.part_title
            assert text_of(by_id(epub_doc, part_id)) == section.part_title
    epub_nav = by_id(epub.xml("EPUB/nav.xhtml"), "toc")
    html_nav = by_id(doc, "toc")
    assert [(label, epub_target(href)) for label, href in nav_links(epub_nav)] == [
        (label, href.removeprefix("#")) for label, href in nav_links(html_nav)
    ]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_epub_and_html_agree_on_placement(name: str, mode: str) -> None:
    book, _ = book_of(name, mode)  # type: ignore[arg-type]
    epub = Epub(epub_bytes(name, mode))  # type: ignore[arg-type]
    doc = parse_html(html_bytes(name, mode))  # type: ignore[arg-type]
    check_agreement(book, epub, doc)


def test_html_is_self_contained() -> None:
    data = html_bytes("hostile")
    assert data.startswith(b'<!DOCTYPE html>\n<html lang="en">')
    doc = parse_html(data)
    assert not doc.xpath("//script | //link | //img | //iframe | //object | //embed | //base")
    assert not doc.xpath("//@src | //@srcset | //@style | //@*[starts-with(name(), 'on')]")
    text = data.decode("utf-8")
    assert "@import" not in text and "url(" not in text
    assert doc.xpath("//meta/@charset") == ["utf-8"]
    assert doc.xpath("//meta[@name='color-scheme']/@content") == ["light dark"]
    style = doc.xpath("//head/style")
    assert len(style) == 1 and "color-scheme: light dark" in style[0].text
    # The only link that leaves the file is the story's source, which the reader may follow.
    external = [h for h in doc.xpath("//a/@href") if not h.startswith("#")]
    assert external == ["https://example.org/works/1?a=1&b=2"]


def test_html_internal_links_resolve() -> None:
    for name in SAMPLES:
        doc = parse_html(html_bytes(name))
        ids = [str(i) for i in doc.xpath("//@id")]
        assert len(ids) == len(set(ids)), name
        for href in doc.xpath("//a/@href"):
            if href.startswith("#"):
                assert href[1:] in ids, (name, href)


def test_html_hostile_text_survives() -> None:
    doc = parse_html(html_bytes("hostile"))
    assert doc.xpath("//title")[0].text == HOSTILE_TITLE
    assert doc.xpath("//h1[@class='title']")[0].text == HOSTILE_TITLE
    assert text_of(doc.xpath("//section[@id='s1-ch001']/p")[0]) == (
        "The cat typed <script>alert(1)</script> & walked away."
    )
    assert not doc.xpath("//script | //b")
    assert doc.xpath("//meta[@name='author']/@content") == ["Pat <Q> Writer", "R & D"]


def test_html_structure() -> None:
    doc = parse_html(html_bytes("parts"))
    assert [h.text for h in doc.xpath("//h1[@class='part-title']")] == [
        "Part One: Leaving",
        "Part Two: Arriving",
    ]
    assert [h.text for h in doc.xpath("//h2[@class='chapter-title']")] == [
        "Chapter 2",
        "Chapter 3",
        "The Gate Again",
    ]
    assert doc.xpath("//section[@id='s1-ch001']/h1/text()") == ["Prologue"]
    assert not doc.xpath("//@*[contains(name(), 'epub')]")
    assert doc.xpath("//section[@id='s1-ch001']/@role") == ["doc-chapter"]


def test_html_marks_stories_in_another_language() -> None:
    doc = parse_html(html_bytes("anthology"))
    assert doc.get("lang") == "en"
    assert doc.xpath("//section[@lang]/@id") == ["s2-titlepage", "s2-preface", "s2-ch001"]
    assert set(doc.xpath("//section/@lang")) == {"fr"}


def test_html_notes_modes() -> None:
    inline = parse_html(html_bytes("notes", "inline"))
    first = inline.xpath("//section[@id='s1-ch001']/aside/h2/text()")
    assert first == ["Author's Note", "AN1"]
    assert not inline.xpath("//section[@role='doc-preface' or @role='doc-afterword']")
    front = parse_html(html_bytes("notes", "front"))
    assert front.xpath("//section[@role='doc-preface']/div/h2/text()") == [
        "Author's Note",
        "AN1",
        "A/N",
        "AN3",
        "End AN",
        "Credits",
        "P.S.",
    ]
    assert not front.xpath("//aside")
    omit = parse_html(html_bytes("notes", "omit"))
    assert not omit.xpath("//aside | //*[contains(@class, 'note')]")


def test_html_is_deterministic_and_takes_custom_css(tmp_path: Path) -> None:
    assert html_bytes("anthology") == html_bytes("anthology")
    extra = tmp_path / "mine.css"
    extra.write_text("/* mine */ body { hyphens: auto; } </style>", encoding="utf-8")
    doc = parse_html(html_bytes("notes", css=(extra,)))
    style = doc.xpath("//head/style")[0].text
    assert "/* mine */ body { hyphens: auto; } <\\/style>" in style
    assert doc.xpath("//body/@class") == ["book"]
