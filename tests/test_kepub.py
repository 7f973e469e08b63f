"""Tests for the Kobo KEPUB writer: sentence spans, column wrappers, and a clean EPUBCheck."""

from __future__ import annotations

import itertools
import re

import pytest
from lxml import etree

from conftest import EpubCheckQueue
from fic2epub.writers import EXTENSIONS, WRITERS
from fic2epub.writers.kepub import kobo_transform, sentences
from writer_helpers import SAMPLES, Epub, book_of, text_of, xp

XHTML = "http://www.w3.org/1999/xhtml"
SPAN = f"{{{XHTML}}}span"
KOBO_ID = re.compile(r"kobo\.(\d+)\.(\d+)")


def kepub(name: str, **options: object) -> bytes:
    book, write_options = book_of(name, "auto", format="kepub", **options)
    return WRITERS["kepub"](book, write_options)


def transformed(body: str) -> etree._Element:
    root = etree.fromstring(
        f'<html xmlns="{XHTML}"><head><title>T.</title></head><body>{body}</body></html>'
    )
    kobo_transform(root)
    return root


def parent_name(element: etree._Element) -> str:
    parent = element.getparent()
    assert parent is not None
    return etree.QName(parent).localname


def kobo_spans(root: etree._Element) -> list[etree._Element]:
    return xp(root, "//x:span[@class='koboSpan']")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two! Three? Four", ["One. ", "Two! ", "Three? ", "Four"]),
        ("\u201cStop.\u201d She did.", ["\u201cStop.\u201d ", "She did."]),
        ("Wait\u2026 what?! ", ["Wait\u2026 ", "what?! "]),
        ("3.14 is pi", ["3.14 is pi"]),
        ("  lead", ["  lead"]),
        ("(An aside.) Then", ["(An aside.) ", "Then"]),
    ],
)
def test_sentences_join_up_to_the_text(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected
    assert "".join(sentences(text)) == text


def test_spans_follow_text_nodes_and_keep_emphasis() -> None:
    root = transformed(
        "<section><h1>A title</h1>"
        "<p>He said <em>no. Never.</em> Then he <strong>left</strong>.</p>"
        "<hr/><p>One.<br/>Two.</p></section>"
    )
    spans = kobo_spans(root)
    assert [(s.get("id"), s.text) for s in spans] == [
        ("kobo.1.1", "A title"),
        ("kobo.2.1", "He said "),
        ("kobo.2.2", "no. "),
        ("kobo.2.3", "Never."),
        ("kobo.2.4", " Then he "),
        ("kobo.2.5", "left"),
        ("kobo.2.6", "."),
        ("kobo.3.1", "One."),
        ("kobo.3.2", "Two."),
    ]
    # A span never holds markup; emphasis stays around the spans of its own text.
    assert all(len(span) == 0 for span in spans)
    assert [parent_name(s) for s in spans] == ["h1", "p", "em", "em", "p", "strong", "p", "p", "p"]
    paragraph = xp(root, "//x:p")[0]
    assert text_of(paragraph) == "He said no. Never. Then he left."
    # The title in <head> is not part of the page.
    assert xp(root, "//x:title")[0].text == "T."


def test_body_is_wrapped_in_kobos_columns() -> None:
    root = transformed('<section id="s"><p>Text.</p></section>')
    body = xp(root, "//x:body")[0]
    assert [(c.tag, c.get("class")) for c in body] == [(f"{{{XHTML}}}div", "book-columns")]
    inner = body[0]
    assert [(c.tag, c.get("class")) for c in inner] == [(f"{{{XHTML}}}div", "book-inner")]
    assert [c.get("id") for c in inner[0]] == ["s"]


def test_whitespace_comments_and_existing_spans_are_left_alone() -> None:
    root = transformed(
        '<p>  <!-- a note -->  </p><p><span class="koboSpan" id="kobo.9.9">Done.</span> More.</p>'
    )
    spans = kobo_spans(root)
    assert [(s.get("id"), s.text) for s in spans] == [("kobo.9.9", "Done."), ("kobo.1.1", " More.")]


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_sample_kepub_passes_epubcheck(name: str, checked_epubs: EpubCheckQueue) -> None:
    data = kepub(name)
    checked_epubs.save(data, f"kepub-{name}.kepub.epub")
    epub = Epub(data)
    plain = Epub(WRITERS["epub"](*book_of(name)))
    assert epub.names == plain.names
    book, _ = book_of(name)
    for section in book.sections:
        document = epub.document(section.id)
        # The same words as the plain EPUB, now in Kobo's spans.
        assert text_of(xp(document, "//x:body")[0]) == text_of(
            xp(plain.document(section.id), "//x:body")[0]
        )
        spans = kobo_spans(document)
        assert spans, section.id
        numbers = [tuple(map(int, KOBO_ID.fullmatch(str(s.get("id"))).groups())) for s in spans]  # type: ignore[union-attr]
        assert len(set(numbers)) == len(numbers)
        # Paragraphs count up from 1 without gaps; sentences restart at 1 in each paragraph.
        assert sorted({p for p, _ in numbers}) == list(range(1, numbers[-1][0] + 1))
        for previous, current in itertools.pairwise(numbers):
            if current[0] == previous[0]:
                assert current[1] == previous[1] + 1
            else:
                assert (current[0], current[1]) == (previous[0] + 1, 1)
        body = xp(document, "//x:body")[0]
        assert xp(body, "x:div[@class='book-columns']/x:div[@class='book-inner']/x:section")
    # The cover page and the navigation document are Kobo's own business.
    for member in ("EPUB/nav.xhtml", "EPUB/cover.xhtml"):
        assert epub.raw(member) == plain.raw(member)


def test_kepub_keeps_hostile_text_as_text() -> None:
    epub = Epub(kepub("hostile"))
    chapter = epub.document("s1-ch001")
    assert not xp(chapter, "//x:script | //x:b")
    texts = [text_of(p) for p in xp(chapter, "//x:section/x:p")]
    assert texts[0] == "The cat typed <script>alert(1)</script> & walked away."


def test_kepub_name_and_registry() -> None:
    assert EXTENSIONS["kepub"] == ".kepub.epub"
    assert set(EXTENSIONS) == set(WRITERS)
    assert kepub("notes") == kepub("notes")
