"""AO3's collection profile header over a work: its short name counts as its shape."""

from __future__ import annotations

from fic2epub.normalise.ao3_collection import collection_navigation
from fic2epub.normalise.layout import layout


def test_a_short_name_over_the_maintainers_is_a_collections_header() -> None:
    chunks = list(layout("Spring Swap 2024\n(SPRING_SWAP)\nMaintainers: ann, bo\n\nA Title"))
    assert collection_navigation(chunks, 0) == 3
    assert [chunk.rule for chunk in chunks[:3]] == ["ao3-collection-nav"] * 3


def test_a_bare_moderator_line_under_a_title_is_not() -> None:
    chunks = list(layout("The Salt Road\nModerator: tidewater\n\nThe boat came in late."))
    assert collection_navigation(chunks, 0) is None
