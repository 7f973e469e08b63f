"""Post-page rules the pass fixtures show only in part: a piece's beginnings told to the
reader, a site's owner line, a play's act in other languages, a vBulletin poster's name
beside the online-status icon's text."""

from __future__ import annotations

import pytest

from fic2epub.normalise.patterns import match_heading
from fic2epub.normalise.site_names import is_site_name
from fic2epub.normalise.vbulletin import online_status, poster_name
from fic2epub.normalise.writing_notes import tells_how_written


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # fic-began-as: how the piece began, said of "this", to "you".
        ("this started as a joke in a group chat. you can blame them.", True),
        ("This was supposed to be a drabble, sorry. You have been warned!", True),
        # Near misses: no "you", or a summary's "this" that began as no kind of writing.
        ("This started as a joke between two friends.", False),
        ("This began as a quiet winter, and you know how those end.", False),
    ],
)
def test_fic_began_as(text: str, told: bool) -> None:
    assert tells_how_written(text) is told


@pytest.mark.parametrize(
    ("line", "site"),
    [
        # site-owner-line: the footer naming who runs the site.
        ("cohost! is a project of a very small software club", True),
        ("The Archive of Our Own is a project of the Organization for Transformative Works", True),
        # Near misses: a sentence about a site, a line that names no site.
        ("Tumblr is where I post most things", False),
        ("The lighthouse is a project of the harbour board", False),
    ],
)
def test_site_owner_line(line: str, site: bool) -> None:
    assert is_site_name(line) is site


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        # foreign-act-word: a play's act in Italian, French, Spanish and German.
        ("ATTO PRIMO", True),
        ("Atto secondo", True),
        ("Acte II", True),
        ("Acto tercero", True),
        ("Akt 3", True),
        # Near misses: a Romance ordinal after an English word, a sentence.
        ("Act Primo", False),
        ("Atto primo was the best scene of all.", False),
    ],
)
def test_foreign_act_word(line: str, heading: bool) -> None:
    assert (match_heading(line) is not None) is heading


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # online-status-line: the name, then the status icon's text naming it again.
        ("rope_walker  rope_walker is offline", "rope_walker"),
        ("Kelp Kettle Kelp Kettle is online", "Kelp Kettle"),
        ("rope_walker", "rope_walker"),
    ],
)
def test_poster_name(line: str, name: str) -> None:
    assert poster_name(line) == name


def test_online_status_alone() -> None:
    assert online_status("rope_walker is offline") == "rope_walker"
    assert online_status("the lamp is offline tonight") is None
