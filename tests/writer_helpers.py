"""Helpers for the writer tests: build books, open EPUB members, parse HTML."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Sequence
from typing import Any

from lxml import etree, html

from fic2epub.assemble import assemble
from fic2epub.model import Book, Story
from fic2epub.options import NotesPlacement, WriteOptions
from fic2epub.writers.epub import write_epub
from fic2epub.writers.html import write_html
from story_samples import hostile_story, no_author_story, notes_story, one_shot, parts_story

NS = {
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "x": "http://www.w3.org/1999/xhtml",
    "epub": "http://www.idpf.org/2007/ops",
    "ncx": "http://www.daisy.org/z3986/2005/ncx/",
}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"

SAMPLES: dict[str, Callable[[], list[Story]]] = {
    "hostile": lambda: [hostile_story()],
    "notes": lambda: [notes_story()],
    "parts": lambda: [parts_story()],
    "oneshot": lambda: [one_shot()],
    "nameless": lambda: [no_author_story()],
    "anthology": lambda: [notes_story(), one_shot(), parts_story()],
}
MODES: tuple[NotesPlacement, ...] = ("auto", "front", "back", "inline", "omit")


def book_of(
    name: str, notes: NotesPlacement = "auto", **options: object
) -> tuple[Book, WriteOptions]:
    """The sample book ``name`` laid out with ``notes`` placement, and its options."""
    write_options = WriteOptions(notes=notes, **options)  # type: ignore[arg-type]
    stories = SAMPLES[name]()
    title = "Lanterns & Rain" if len(stories) > 1 else None
    editors: Sequence[str] = ("Ada Editor",) if len(stories) > 1 else ()
    book = assemble(stories, write_options, title=title, editors=tuple(editors))
    return book, write_options


def epub_bytes(name: str, notes: NotesPlacement = "auto", **options: object) -> bytes:
    book, write_options = book_of(name, notes, **options)
    return write_epub(book, write_options)


def html_bytes(name: str, notes: NotesPlacement = "auto", **options: object) -> bytes:
    book, write_options = book_of(name, notes, **options)
    return write_html(book, write_options)


class Epub:
    """An EPUB opened for inspection."""

    def __init__(self, data: bytes) -> None:
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        self.names = self.zip.namelist()

    def raw(self, name: str) -> bytes:
        return self.zip.read(name)

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.zip.read(name))

    @property
    def opf(self) -> etree._Element:
        return self.xml("EPUB/content.opf")

    def spine_ids(self) -> list[str]:
        return [str(i) for i in xp(self.opf, "//opf:spine/opf:itemref/@idref")]

    def document(self, item_id: str) -> etree._Element:
        return self.xml(f"EPUB/{item_id}.xhtml")


def xp(node: etree._Element, path: str) -> list[Any]:
    """``node.xpath(path)`` with the EPUB namespace prefixes, as a list."""
    result = node.xpath(path, namespaces=NS)
    assert isinstance(result, list), path
    return result


def parse_html(data: bytes) -> html.HtmlElement:
    return html.document_fromstring(data)


def text_of(element: etree._Element) -> str:
    """All text in ``element`` with whitespace runs collapsed."""
    return " ".join("".join(str(t) for t in element.itertext()).split())
