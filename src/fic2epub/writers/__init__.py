"""Output formats: each is a ``write_<format>(book, options) -> bytes`` function in WRITERS."""

from __future__ import annotations

from typing import TYPE_CHECKING

# Only for annotations: a one-story conversion imports this package first thing, before it
# loads the model (see fic2epub.writers.book_cover.prepare_cover_ahead).
if TYPE_CHECKING:
    from collections.abc import Callable

    from fic2epub.model import Book
    from fic2epub.options import WriteOptions

    Writer = Callable[[Book, WriteOptions], bytes]


def write_epub(book: Book, options: WriteOptions) -> bytes:
    """Write ``book`` as an EPUB 3 file (with NCX for older readers) and its cover."""
    # Imported here so that importing fic2epub (the CLI's --version) does not load ebooklib/lxml.
    from fic2epub.writers.book_cover import cover_later

    # Begun before the writer's own modules load, so the cover is drawn meanwhile.
    cover = cover_later(book, options)
    from fic2epub.writers.epub import write_epub as write

    return write(book, options, cover=cover)


def write_kepub(book: Book, options: WriteOptions) -> bytes:
    """Write ``book`` as a Kobo KEPUB: the EPUB with Kobo's sentence spans."""
    from fic2epub.writers.book_cover import cover_later

    # Begun before the writer's own modules load, so the cover is drawn meanwhile.
    cover = cover_later(book, options)
    from fic2epub.writers.kepub import write_kepub as write

    return write(book, options, cover=cover)


def write_html(book: Book, options: WriteOptions) -> bytes:
    """Write ``book`` as one self-contained HTML5 file."""
    from fic2epub.writers.html import write_html as write

    return write(book, options)


WRITERS: dict[str, Writer] = {"epub": write_epub, "kepub": write_kepub, "html": write_html}
"""Every output format by name, as the CLI's ``--format`` spells it."""


def preload(output_format: str) -> None:
    """Load the modules that write ``output_format``, while nothing waits for them yet."""
    import importlib

    importlib.import_module(_MODULES[output_format])


# The module holding each format's writer, which its function above imports when it runs.
_MODULES = {
    "epub": "fic2epub.writers.epub",
    "kepub": "fic2epub.writers.kepub",
    "html": "fic2epub.writers.html",
}

EXTENSIONS: dict[str, str] = {"epub": ".epub", "kepub": ".kepub.epub", "html": ".html"}
"""The file name ending of each format's books (Kobo needs ``.kepub.epub`` to see a KEPUB)."""
