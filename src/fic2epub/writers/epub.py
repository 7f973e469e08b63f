"""Write a book as EPUB 3 (with NCX) through ebooklib, reproducibly and without checker warnings."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from ebooklib import epub

from fic2epub.assemble import toc_tree
from fic2epub.formatting import format_number
from fic2epub.model import Book, BookMetadata, Section
from fic2epub.options import WriteOptions
from fic2epub.render import clean_text, join_names
from fic2epub.resources import STYLESHEET
from fic2epub.writers.common import TOC_POSITION, BookRenderer, stylesheet
from fic2epub.writers.epub_package import (
    XML_LANG,
    FixedTimeZipFile,
    Transform,
    ncx_document,
    parse_modified,
    xhtml_document,
)

NAV_FILE = "nav.xhtml"
NCX_FILE = "toc.ncx"
COVER_PAGE = "cover.xhtml"
TOC_TITLE = "Contents"
ACCESSIBILITY_SUMMARY = (
    "Text with a table of contents and headings for every chapter, in reading order. {images} "
    "No known hazards."
)
COVER_SUMMARY = "The only image is the cover, which has a text alternative giving the title."
NO_IMAGES_SUMMARY = "There are no images."


def write_epub(
    book: Book,
    options: WriteOptions,
    *,
    cover: Callable[[], bytes] | None = None,
    transform: Transform | None = None,
) -> bytes:
    """The book as an EPUB 3 file; ``cover`` (giving JPEG or PNG bytes) adds a cover page first.

    ``cover`` is called once, after the chapters are rendered, so that a cover being drawn
    in the background (see :mod:`fic2epub.background`) has that long to finish.

    ``transform`` changes each section document's tree before it is serialised (the cover
    page and the navigation document are left as they are); the KEPUB writer uses it.
    """
    renderer = BookRenderer(book, options, method="xml", href=_href)
    ebook = epub.EpubBook()
    _set_metadata(ebook, book.metadata, has_cover=cover is not None)
    ebook.add_item(
        epub.EpubItem(
            uid="style",
            file_name=STYLESHEET,
            media_type="text/css",
            content=stylesheet(options).encode("utf-8"),
        )
    )
    documents = [_section_document(renderer, book, section, transform) for section in book.sections]
    landmarks = _landmarks(book, has_cover=cover is not None)
    nav, ncx = _navigation(renderer, book, landmarks)
    # Asked for only now: a generated cover is drawn in the background while the above renders.
    cover_page = None if cover is None else _add_cover(ebook, renderer, book.metadata, cover())
    for item in (*documents, nav, ncx):
        ebook.add_item(item)
    # Reading order: the cover, the title page, the table of contents, then everything else.
    spine: list[epub.EpubHtml] = [] if cover_page is None else [cover_page]
    spine += [*documents[:TOC_POSITION], nav, *documents[TOC_POSITION:]]
    ebook.spine = spine
    ebook.guide = [
        {"type": mark.guide, "href": mark.href, "title": mark.title}
        for mark in landmarks
        if mark.guide
    ]
    buffer = io.BytesIO()
    writer = _Writer(
        buffer,
        ebook,
        {
            # The writer below is called directly, so errors propagate as raise_exceptions
            # asks; the option is kept for anything in ebooklib that reads it.
            "raise_exceptions": True,
            "epub3_pages": False,
            "epub3_landmark": False,
            "play_order": {"enabled": False, "start_from": 1},
            "mtime": parse_modified(book.metadata.modified),
        },
    )
    writer.process()
    writer.write()
    return buffer.getvalue()


def _section_document(
    renderer: BookRenderer, book: Book, section: Section, transform: Transform | None
) -> epub.EpubHtml:
    """One section as an XHTML document in the language of its story."""
    lang = book.stories[section.story_index].metadata.language or book.metadata.language
    if transform is None and renderer.bundled:
        # The bundled templates print each blocks() call as it is, so the story's text can be
        # set aside while the rest of the page is parsed and serialised (see xhtml_document).
        with renderer.blocks_set_aside() as set_aside:
            page = _section_page(renderer, section, lang)
        content = xhtml_document(page, lang=lang, name=section.id, set_aside=set_aside)
    else:
        page = _section_page(renderer, section, lang)
        content = xhtml_document(page, lang=lang, name=section.id, transform=transform)
    return _Document(
        uid=section.id,
        file_name=_href(section.id),
        title=clean_text(section.title),
        lang=lang,
        content=content,
    )


def _section_page(renderer: BookRenderer, section: Section, lang: str) -> str:
    """One section's page as rendered: the XHTML shell around the section's body."""
    return renderer.render(
        "page.xhtml.jinja",
        title=section.title,
        lang=lang,
        stylesheet=STYLESHEET,
        body=renderer.section_body(section),
    )


class _Landmark(NamedTuple):
    """An entry of the landmarks navigation (and of the EPUB 2 guide, if ``guide`` is set)."""

    type: str
    href: str
    title: str
    guide: str | None
    """The guide's name for it; EPUBCheck flags guide types other than cover, toc and text."""


def _landmarks(book: Book, *, has_cover: bool) -> list[_Landmark]:
    """Cover, title page, table of contents and the start of the story, where they exist."""
    marks = []
    if has_cover:
        marks.append(_Landmark("cover", COVER_PAGE, "Cover", "cover"))
    if book.sections and book.sections[0].kind == "titlepage":
        marks.append(_Landmark("titlepage", _href(book.sections[0].id), "Title Page", None))
    marks.append(_Landmark("toc", NAV_FILE, TOC_TITLE, "toc"))
    first_chapter = next((s for s in book.sections if s.kind == "chapter"), None)
    if first_chapter is not None:
        marks.append(_Landmark("bodymatter", _href(first_chapter.id), "Start", "text"))
    return marks


def _navigation(
    renderer: BookRenderer, book: Book, landmarks: list[_Landmark]
) -> tuple[epub.EpubNav, epub.EpubNcx]:
    """The navigation document and the NCX, both from the same table of contents."""
    meta = book.metadata
    page = renderer.render(
        "nav.xhtml.jinja",
        title=TOC_TITLE,
        lang=meta.language,
        stylesheet=STYLESHEET,
        toc=renderer.toc(level=1),
        landmarks=landmarks,
    )
    nav = epub.EpubNav(uid="nav", file_name=NAV_FILE, title=TOC_TITLE)
    nav.content = xhtml_document(page, lang=meta.language, name=NAV_FILE)
    ncx = epub.EpubNcx(uid="ncx", file_name=NCX_FILE)
    hrefs = {section.id: _href(section.id) for section in book.sections}
    ncx.content = ncx_document(meta, toc_tree(book), hrefs)
    return nav, ncx


def _href(section_id: str, fragment: str | None = None) -> str:
    """Each section is its own document named after its id."""
    name = f"{section_id}.xhtml"
    return f"{name}#{fragment}" if fragment else name


class _Document(epub.EpubHtml):  # type: ignore[misc]
    """An XHTML document that ebooklib stores exactly as serialised here."""

    def __init__(self, **fields: Any) -> None:
        # Named here, so that ebooklib need not guess the media type from the file name: its
        # first guess reads the system's whole MIME-type table.
        super().__init__(media_type="application/xhtml+xml", **fields)

    def get_content(self, default: bytes | None = None) -> bytes:
        """The bytes given, not ebooklib's HTML-parser rewrite of them."""
        content: bytes = self.content
        return content


class _Writer(epub.EpubWriter):  # type: ignore[misc]
    """ebooklib's writer with fixed zip times, our nav and NCX, and ``xml:lang`` on the OPF."""

    def write(self) -> None:
        """Write the archive: ``mimetype`` first and stored, every entry at the book's time."""
        self.out = FixedTimeZipFile(self.file_name, moment=self.options["mtime"])
        self.out.writestr("mimetype", "application/epub+zip", compress_type=0)
        self._write_container()
        self._write_opf()
        self._write_items()
        self.out.close()

    def _get_nav(self, item: epub.EpubNav) -> bytes:
        content: bytes = item.content
        return content

    def _get_ncx(self) -> bytes:
        content: bytes = next(
            item.content for item in self.book.get_items() if isinstance(item, epub.EpubNcx)
        )
        return content

    def _write_opf_file(self, root: Any) -> None:
        root.set(XML_LANG, self.book.language)
        super()._write_opf_file(root)


def _set_metadata(ebook: epub.EpubBook, meta: BookMetadata, *, has_cover: bool) -> None:
    """Write the book's metadata into the OPF."""
    ebook.set_identifier(meta.identifier)
    ebook.set_title(clean_text(meta.title))
    ebook.set_language(meta.language)
    for number, author in enumerate(meta.authors, start=1):
        # An explicit uid each: ebooklib would give every creator id="creator".
        ebook.add_author(clean_text(author), role="aut", uid=f"creator{number}")
    for number, editor in enumerate(meta.editors, start=1):
        uid = f"editor{number}"
        ebook.add_metadata("DC", "contributor", clean_text(editor), {"id": uid})
        _meta(ebook, "edt", refines=f"#{uid}", property="role", scheme="marc:relators")
    for subject in meta.subjects:
        ebook.add_metadata("DC", "subject", clean_text(subject))
    if meta.description:
        ebook.add_metadata("DC", "description", clean_text(meta.description))
    if meta.date:
        ebook.add_metadata("DC", "date", meta.date)
    if meta.series:
        _series(ebook, clean_text(meta.series), meta.series_index)
    _accessibility(ebook, has_cover=has_cover)


def _series(ebook: epub.EpubBook, series: str, index: float | None) -> None:
    """Series for calibre (its own meta names) and for EPUB 3 readers (a collection)."""
    _meta(ebook, "", name="calibre:series", content=series)
    if index is not None:
        _meta(ebook, "", name="calibre:series_index", content=format_number(index))
    _meta(ebook, series, property="belongs-to-collection", id="series")
    _meta(ebook, "series", refines="#series", property="collection-type")
    if index is not None:
        _meta(ebook, format_number(index), refines="#series", property="group-position")


def _accessibility(ebook: epub.EpubBook, *, has_cover: bool) -> None:
    """schema.org accessibility metadata, as Ace by DAISY and store checks expect."""
    modes: Sequence[str] = ("textual", "visual") if has_cover else ("textual",)
    features = ["structuralNavigation", "tableOfContents", "readingOrder"]
    if has_cover:
        features.append("alternativeText")
    for mode in modes:
        _meta(ebook, mode, property="schema:accessMode")
    _meta(ebook, "textual", property="schema:accessModeSufficient")
    for feature in features:
        _meta(ebook, feature, property="schema:accessibilityFeature")
    _meta(ebook, "none", property="schema:accessibilityHazard")
    images = COVER_SUMMARY if has_cover else NO_IMAGES_SUMMARY
    summary = ACCESSIBILITY_SUMMARY.format(images=images)
    _meta(ebook, summary, property="schema:accessibilitySummary")


def _meta(ebook: epub.EpubBook, text: str, **attributes: str) -> None:
    """Add an OPF ``<meta>`` with ``attributes`` (in the order given) and ``text``."""
    ebook.add_metadata(None, "meta", text, dict(attributes))


def _add_cover(
    ebook: epub.EpubBook, renderer: BookRenderer, meta: BookMetadata, image: bytes
) -> epub.EpubHtml:
    """Add the cover image and a linear cover page (ebooklib's own is non-linear and unlinked)."""
    is_png = image.startswith(b"\x89PNG\r\n\x1a\n")
    image_name = "cover.png" if is_png else "cover.jpg"
    cover_image = epub.EpubCover(uid="cover-image", file_name=image_name)
    cover_image.media_type = "image/png" if is_png else "image/jpeg"
    cover_image.content = image
    ebook.add_item(cover_image)
    _meta(ebook, "", name="cover", content="cover-image")
    page = renderer.render(
        "cover.xhtml.jinja",
        title="Cover",
        lang=meta.language,
        stylesheet=STYLESHEET,
        image=image_name,
        alt=f"Cover of {meta.title}, by {join_names(meta.authors)}",
    )
    cover_page = _Document(
        uid="cover",
        file_name=COVER_PAGE,
        title="Cover",
        lang=meta.language,
        content=xhtml_document(page, lang=meta.language, name=COVER_PAGE),
    )
    ebook.add_item(cover_page)
    return cover_page
