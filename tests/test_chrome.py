"""Site chrome: what a page copy brings along, told apart from story lines."""

from __future__ import annotations

import pytest

from fic2epub.normalise.chrome import breadcrumb_fandom, is_site_chrome, pipe_metadata


@pytest.mark.parametrize(
    "line",
    [
        "Archive of Our Own beta",
        "Log In",
        "Just In | Community | Forum | More",
        "Stories   Quizzes   Polls   Sign Up",
        "214 notes",
        "3.1K reads · 58 favorites · 12 comments",
        "« Prev   Review   Next »",
        "<< Back to the Garden of Fic | Email me! | Sign my guestbook! >>",
        "Current mood: accomplished",
        "Message-ID: <1234@example.net>",
        '<lj-cut text="Read more">',
        "http://groups.example.org/group/fic/",
        "readers_and_more, Penny, and 86 more users left kudos on this work!",
    ],
)
def test_site_chrome(line: str) -> None:
    assert is_site_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Review the evidence, Watson.",
        "She followed the path | and the path followed her.",
        "Kudos to you, she thought, and meant it.",
        "He had 214 notes in his pocket and not one of them was a love letter.",
        "Anne of Green Gables | Anne Shirley & Diana Barry | G | ~600 words",
    ],
)
def test_story_lines_are_not_chrome(line: str) -> None:
    assert not is_site_chrome(line)


def test_pipe_lines_with_labels_are_fields() -> None:
    assert pipe_metadata("pairing: Ada/Mae | rating: G | words: 1.1k") == [
        ("pairing", "Ada/Mae"),
        ("rating", "G"),
        ("words", "1.1k"),
    ]


def test_pipe_lines_without_labels_are_read_by_shape() -> None:
    assert pipe_metadata("Anne of Green Gables | Anne & Diana | G | ~600 words") == [
        ("Fandom", "Anne of Green Gables"),
        ("Pairing", "Anne & Diana"),
        ("Rating", "G"),
    ]


def test_a_navigation_bar_is_no_metadata() -> None:
    assert pipe_metadata("Home | About | Contact") is None


def test_fanfiction_net_breadcrumb_names_the_fandom() -> None:
    assert breadcrumb_fandom("Books » Little Women") == "Little Women"
    assert breadcrumb_fandom("Rivers » Thames") is None
