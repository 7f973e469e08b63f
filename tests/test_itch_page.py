"""Rule ``itch-io-page``: an itch.io project page copied whole (original prose throughout)."""

from __future__ import annotations

from fic2epub.normalise.itch_page import itch_io_page
from fic2epub.options import ReadOptions
from fic2epub.readers import read_data
from story_text import plain

_PAGE = """itch.io
Browse Games Upload Game Community
Log in Register

Tidepools: A Seaside Anthology by brine_books

TIDEPOOLS
Follow brine_books
Download
Name your own price

Tidepools collects nine short stories about the shore. This is one of them.

==========

The Crab's Lantern
by sandpiper_ink

The crab carried a lantern made from a snail's old shell, and every night he walked the
line of the tide.

He was looking for the moon, which he had seen fall into the water once.

==========

More information
Status  Released
Author  brine_books

Download Now
Name your own price

Comments
itch.io·View all by brine_books·Report·Embed
"""


def test_zine_page_sample_between_rules() -> None:
    story = read_data(_PAGE.encode(), ReadOptions(), "case")
    assert story.metadata.title == "The Crab’s Lantern"
    assert list(story.metadata.authors) == ["sandpiper_ink"]
    assert len(story.chapters) == 1
    text = plain(story.chapters[0].blocks)
    assert text.startswith("The crab carried a lantern")
    assert text.endswith("fall into the water once.")
    for chrome in ("brine_books", "Tidepools", "====", "More information", "Name your own"):
        assert chrome not in text


def test_other_pages_left_alone() -> None:
    # Near miss: "itch.io" named in a story's first line is no itch.io page.
    text = "itch.io was where I found it.\n\nMore information\n\nShe laughed.\n"
    assert itch_io_page(text) == text
