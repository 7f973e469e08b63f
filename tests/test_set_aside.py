"""The EPUB writer sets the story's text aside while a page is parsed and serialised, and
puts it back after: the bytes are those of parsing and serialising the whole page."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fic2epub.model import Block
from fic2epub.render import blocks_markup
from fic2epub.resources import bundled_templates_dir
from fic2epub.writers.common import BLOCKS_MARK, BookRenderer
from fic2epub.writers.epub_package import xhtml_document
from model_strategies import blocks
from writer_helpers import SAMPLES, book_of, epub_bytes

# Text with what escaping, serialising and cleaning treat specially: markup characters, CR,
# tabs, characters XML forbids, a non-breaking space, letters beyond ASCII and the BMP, and
# the mark's own spelling.
_TEXTS = st.text(
    alphabet=st.sampled_from("ab &<>\"'\r\n\t\xa0é—\x00\x0b\ufffe\ud800\U0001f600?"), max_size=20
) | st.just("<?fic2epub-blocks 0?>")
_BLOCKS = blocks(_TEXTS)
_PAGE = (
    '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">\n'
    "<head><title>t</title></head>\n<body>\n<section>\n{0}\n<aside>\n{1}\n</aside>\n</section>\n"
    "</body>\n</html>\n"
)


@settings(max_examples=500)
@given(st.lists(_BLOCKS, max_size=6), st.lists(_BLOCKS, max_size=3))
def test_markup_put_back_gives_the_bytes_of_the_whole_page(
    story: list[Block], note: list[Block]
) -> None:
    renderer = BookRenderer(*book_of("oneshot"), method="xml", href=str)
    markup = [blocks_markup(story, "xml"), blocks_markup(note, "xml")]
    whole = xhtml_document(_PAGE.format(*markup), lang="en", name="p")
    with renderer.blocks_set_aside() as set_aside:
        printed = [renderer.blocks(story), renderer.blocks(note)]
    assert xhtml_document(_PAGE.format(*printed), lang="en", name="p", set_aside=set_aside) == whole


def test_a_mark_not_printed_once_is_an_error() -> None:
    page = _PAGE.format(BLOCKS_MARK.format(0), BLOCKS_MARK.format(0))
    with pytest.raises(ValueError, match="set aside 2 times"):
        xhtml_document(page, lang="en", name="p", set_aside=["<p>a</p>", "<p>b</p>"])


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_books_are_the_same_as_through_the_whole_page(name: str, tmp_path: Path) -> None:
    # An override directory, even one that holds the bundled templates unchanged, makes the
    # writer parse and serialise whole pages: the books must not differ.
    for template in bundled_templates_dir().glob("*.jinja"):
        (tmp_path / template.name).write_bytes(template.read_bytes())
    assert epub_bytes(name, "inline") == epub_bytes(name, "inline", templates=tmp_path)
    assert epub_bytes(name) == epub_bytes(name, templates=tmp_path)
