"""Write a book as a Kobo KEPUB: the EPUB with every sentence in a ``koboSpan`` and Kobo's wrappers.

Kobo readers switch to their own renderer for files named ``*.kepub.epub``. It counts pages,
reading time and highlights by ``<span class="koboSpan" id="kobo.P.S">`` (P numbers the
paragraphs of a document, S the sentences of a paragraph) and lays the page out from
``<div class="book-columns"><div class="book-inner">`` inside ``<body>``. Spans only ever wrap
a run of one text node, so they never cross markup: a sentence half in ``<em>`` becomes a span
outside the emphasis and one inside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from lxml import etree

from fic2epub.model import Book
from fic2epub.options import WriteOptions
from fic2epub.writers.epub import write_epub

XHTML_NS = "http://www.w3.org/1999/xhtml"
SPAN_CLASS = "koboSpan"
COLUMNS_CLASS = "book-columns"
INNER_CLASS = "book-inner"

# Elements whose text starts a new Kobo paragraph (kepubify counts the same ones).
_BLOCKS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre"}
    | {"td", "th", "caption", "figcaption", "ol", "ul", "table"}
)
# Elements whose text is not prose, or not ours to split.
_SKIP = frozenset({"script", "style", "svg", "math", "textarea"})

# A sentence ends at . ! ? or an ellipsis, after any closing quotes or brackets, and takes the
# following white space with it, so the spans of a text node join up to exactly that text.
_SENTENCE_END = re.compile("[.!?\u2026]+[\"'\u2019\u201d)\\]\u00bb]*\\s+")


def write_kepub(
    book: Book, options: WriteOptions, *, cover: Callable[[], bytes] | None = None
) -> bytes:
    """The book as a KEPUB (``NAME.kepub.epub``): the EPUB writer's output, Kobo-ready."""
    return write_epub(book, options, cover=cover, transform=kobo_transform)


def kobo_transform(root: etree._Element) -> None:
    """Add Kobo's sentence spans and column wrappers to one XHTML document, in place."""
    body = root.find(f"{{{XHTML_NS}}}body")
    if body is None:
        return
    _SpanWriter().walk(body)
    _wrap_body(body)


def sentences(text: str) -> list[str]:
    """``text`` cut after each sentence's end (and the space after it); joined, it is ``text``."""
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        pieces.append(text[start : match.end()])
        start = match.end()
    if start < len(text):
        pieces.append(text[start:])
    return pieces


class _SpanWriter:
    """Numbers paragraphs and sentences while it wraps the text of one document in spans."""

    def __init__(self) -> None:
        self.paragraph = 0
        self.sentence = 0
        self.new_paragraph = True

    def walk(self, element: etree._Element) -> None:
        """Wrap the text inside ``element`` (but not its tail) in spans."""
        is_block = _local(element) in _BLOCKS
        if is_block:
            self.new_paragraph = True
        if element.text and element.text.strip():
            spans = list(self._spans(element.text))
            element.text = None
            for index, span in enumerate(spans):
                element.insert(index, span)
            children = list(element)[len(spans) :]
        else:
            children = list(element)
        for child in children:
            # Comments and processing instructions have no text of ours; their tails do.
            if isinstance(child.tag, str) and not _skipped(child):
                self.walk(child)
            self._wrap_tail(child)
        if is_block:
            # Text after a block (in a section, say) belongs to no paragraph before it.
            self.new_paragraph = True

    def _wrap_tail(self, child: etree._Element) -> None:
        """Put the text after ``child`` into spans placed right after it."""
        tail = child.tail
        if not tail or not tail.strip():
            return
        child.tail = None
        anchor = child
        for span in self._spans(tail):
            anchor.addnext(span)
            anchor = span

    def _spans(self, text: str) -> Iterator[etree._Element]:
        """One span per sentence of ``text``, numbered on from the spans before."""
        if self.new_paragraph or self.paragraph == 0:
            self.paragraph += 1
            self.sentence = 0
            self.new_paragraph = False
        for piece in sentences(text):
            self.sentence += 1
            span = etree.Element(
                f"{{{XHTML_NS}}}span",
                {"class": SPAN_CLASS, "id": f"kobo.{self.paragraph}.{self.sentence}"},
            )
            span.text = piece
            yield span


def _wrap_body(body: etree._Element) -> None:
    """Move everything in ``body`` into ``div.book-columns > div.book-inner``."""
    columns = etree.Element(f"{{{XHTML_NS}}}div", {"class": COLUMNS_CLASS})
    inner = etree.SubElement(columns, f"{{{XHTML_NS}}}div", {"class": INNER_CLASS})
    inner.text = body.text
    body.text = "\n"
    for child in list(body):
        inner.append(child)  # moves the child together with its tail
    columns.tail = "\n"
    body.append(columns)


def _local(element: etree._Element) -> str:
    """The element's name without its namespace ("" for comments and the like)."""
    tag = element.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _skipped(element: etree._Element) -> bool:
    """Whether ``element`` is left alone: not prose, or already one of Kobo's spans."""
    if _local(element) in _SKIP:
        return True
    return _local(element) == "span" and SPAN_CLASS in (element.get("class") or "").split()
