"""Write a book as one self-contained HTML5 file: inline stylesheet, no script, no requests."""

from __future__ import annotations

from fic2epub.model import Book
from fic2epub.options import WriteOptions
from fic2epub.render import style_markup
from fic2epub.writers.common import TOC_POSITION, BookRenderer, stylesheet


def write_html(book: Book, options: WriteOptions) -> bytes:
    """The book as a UTF-8 HTML5 document with the same sections, in the same order, as the EPUB."""
    renderer = BookRenderer(book, options, method="html", href=_href)
    documents = [renderer.section_body(section) for section in book.sections]
    documents.insert(min(TOC_POSITION, len(documents)), renderer.toc(level=2))
    text = renderer.render(
        "book.html.jinja", css=style_markup(stylesheet(options)), documents=documents
    )
    return text.encode("utf-8")


def _href(section_id: str, fragment: str | None = None) -> str:
    """Every section lives in the one file: link to its element."""
    return f"#{fragment or section_id}"
