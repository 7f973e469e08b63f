"""The cover an EPUB gets: the reader's image (``--cover``), a generated one, or none."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

# Only for annotations: the command line imports this module before it loads anything else,
# to fork the helper drawing the cover (prepare_cover_ahead).
if TYPE_CHECKING:
    from fic2epub.model import Book
    from fic2epub.options import WriteOptions

_COVER_HELPER = "cover"
"""The name of the helper process that draws a generated cover (see fic2epub.background)."""


def cover_later(book: Book, options: WriteOptions) -> Callable[[], bytes] | None:
    """The cover ``options`` ask for, as a function giving its JPEG (or the reader's image)
    bytes; None with ``no_cover``. A generated cover is drawn in the background meanwhile,
    where :mod:`fic2epub.background` allows it.

    Raises :class:`InputError` (naming the file) when the reader's image cannot be read: the
    reader's own image is read and checked at once, so its errors come first.
    """
    from fic2epub.background import start
    from fic2epub.errors import InputError

    if options.no_cover:
        return None
    if options.cover is not None:
        source = str(options.cover)
        try:
            data = options.cover.read_bytes()
        except FileNotFoundError:
            raise InputError("no such file", source=source) from None
        except OSError as error:
            raise InputError(f"cannot read the file: {error.strerror}", source=source) from None
        from fic2epub.cover import prepare_cover

        image = prepare_cover(data, source=source)
        return lambda: image
    meta = book.metadata
    # Only the texts go to the helper that draws it (see prepare_generated_cover), not the book.
    drawing = partial(
        _draw_cover,
        title=meta.title,
        # An anthology's cover credits its editors, as its title page does.
        authors=meta.editors or meta.authors,
        fandom=cover_fandom(book),
        series=cover_series(book),
    )
    return start(drawing, helper=_COVER_HELPER)


def prepare_generated_cover(options: WriteOptions) -> None:
    """When ``options`` ask for a generated cover, start loading what drawing it needs.

    A helper process loads Pillow and the bundled font while the story is read, where
    :mod:`fic2epub.background` allows it; :func:`cover_later` then hands it the cover's texts.
    """
    from fic2epub.background import prepare

    if options.format in ("epub", "kepub") and options.cover is None and not options.no_cover:
        prepare(_COVER_HELPER, _get_ready_to_draw)


def prepare_cover_ahead() -> None:
    """Fork the helper that draws a generated cover before the command line is parsed, to
    get ready on a core nothing else wants (:func:`fic2epub.background.prepare_ahead`).

    For a one-story conversion whose command line asks for no cover image
    (:mod:`fic2epub.early_read`): :func:`prepare_generated_cover` then finds it waiting.
    """
    from fic2epub.background import prepare_ahead

    prepare_ahead(_COVER_HELPER, _get_ready_to_draw)


def _get_ready_to_draw() -> None:
    from fic2epub.cover import warm_up

    warm_up()


def _draw_cover(
    *, title: str, authors: tuple[str, ...], fandom: str | None, series: str | None
) -> bytes:
    """The generated cover (a module-level function, so that a helper can be sent it)."""
    from fic2epub.cover import make_cover

    return make_cover(title=title, authors=authors, fandom=fandom, series=series)


def cover_fandom(book: Book) -> str | None:
    """The fandoms of every story in the book, once each, in order; None when there are none."""
    seen: dict[str, None] = {}
    for story in book.stories:
        for fandom in story.metadata.fandoms:
            if fandom.strip():
                seen.setdefault(fandom.strip(), None)
    return ", ".join(seen) or None


def cover_series(book: Book) -> str | None:
    """The series line of the cover: ``Name #2``, or just the name when it has no index."""
    # Not from fic2epub.render, which would load Jinja into the child drawing the cover.
    from fic2epub.formatting import format_number

    meta = book.metadata
    if not meta.series:
        return None
    if meta.series_index is None:
        return meta.series
    return f"{meta.series} #{format_number(meta.series_index)}"
