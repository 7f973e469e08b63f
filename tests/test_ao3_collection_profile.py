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


def test_a_short_name_on_the_names_line_and_a_labelled_challenge_are_the_header() -> None:
    chunks = list(
        layout(
            "Winter Verse Fest (winter_verse)\nMaintainers: kestrel_ink\nChallenge: Prompt Meme\n"
            "Open\nProfile\nWorks (12)\nSubscribe\nRating:\nGeneral Audiences\n\nA Title"
        )
    )
    assert collection_navigation(chunks, 0) == 7
    assert [chunk.rule for chunk in chunks[:7]] == ["ao3-collection-nav"] * 7


def test_a_bracketed_word_after_a_title_over_a_moderator_line_is_not() -> None:
    chunks = list(layout("The Salt Road (draft)\nModerator: tidewater\n\nThe boat came in late."))
    assert collection_navigation(chunks, 0) is None
