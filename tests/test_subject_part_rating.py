"""Rule ``subject-part-rating``: "Title, Part 1/3 (G)" in a list post's subject."""

from __future__ import annotations

from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text

_POST = """\
From: Wren Ashby <wren@example.org>
Subject: [FIC] The Orchard Wall, Part 1/2 (PG)

Fandom: Old Ballads

The wall had stood between the two orchards for as long as anyone could remember.

Nobody climbed it, though everybody said they had.
"""


def test_subject_part_count_and_rating_leave_the_title() -> None:
    story = read_text(_POST.encode(), ReadOptions(), "post.txt")
    assert story.metadata.title == "The Orchard Wall"
    assert story.metadata.rating == "PG"


def test_title_with_a_bare_fraction_keeps_it() -> None:
    post = _POST.replace("The Orchard Wall, Part 1/2 (PG)", "Half Past 1/2 (PG)")
    story = read_text(post.encode(), ReadOptions(), "post.txt")
    # No "part" before the count: the fraction may be the title's own, and stays.
    assert story.metadata.title.startswith("Half Past")
