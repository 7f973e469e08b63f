"""Fandom archives' page chrome: the menus, footers and controls of eFiction and other
archive skins, told apart from the story's own lines."""

from __future__ import annotations

import pytest

from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.page_footers import page_footer


@pytest.mark.parametrize(
    "line",
    [
        ":: Home :: Archive :: Authors :: Forums ::",
        " :: Home :: Stories :: Glossary :: Search :: Contact ::",
        ":: Home :: Recent :: Links :: Help ::",
    ],
)
def test_a_menu_framed_by_double_colons_is_chrome(line: str) -> None:
    """Rule ``framed-colon-menu``."""
    assert is_site_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        ":: Salt :: Iron :: Rope ::",  # no known menu label
        ":: Home :: the long road back :: Search ::",  # a lower-case phrase
        "Chapter 3 :: Home Again",  # no frame
        ":: Home :: Harbour :: Lamp :: Rope :: Search ::",  # two known labels only
    ],
)
def test_framed_colon_lines_that_are_no_menu_stay(line: str) -> None:
    assert not is_site_chrome(line)


@pytest.mark.parametrize(
    "line",
    ["Text Size [+] [-]", "Text Size [ + ] [ - ]", "- Text Size +"],
)
def test_efiction_text_size_buttons_are_chrome(line: str) -> None:
    assert is_site_chrome(line)


def test_a_copyright_line_saying_whose_new_work_is_is_a_footer() -> None:
    """Rule ``copyright-line``, with the archive's sentence on whose the new work is."""
    line = (
        "Copyright 2004 The Tide Pool. Moby-Dick was written by Herman Melville;"
        " all new work belongs to its author."
    )
    assert page_footer(line) == "copyright-line"
    assert page_footer("Copyright 1887 belongs to another story entirely, she said") is None
