"""Rule ``wix-blog-post``: a Wix blog post page copied whole (original prose throughout)."""

from __future__ import annotations

from fic2epub.normalise.wix_post import wix_blog_post
from fic2epub.options import ReadOptions
from fic2epub.readers import read_data
from story_text import plain

_PAGE = """top of page
Log In
Gull Notes
Home
Stories
More
All Posts
Sea Tales
Short Fic

Writer's picturegull_keeper
gull_keeper
Jun 9, 2021
2 min read

The Harbour Clock

Rating:\u00a0G

The harbour clock had stopped at ten past four, and nobody in the town could say which
day it had stopped on.

Mira climbed the tower with a tin of oil and a borrowed key.

\u00a0

#fanfic #harbour

7 views1 comment
2

Recent Posts
See All
The Lighthouse Cat
4
0

Write a comment...

©2021 by Gull Notes. Proudly created with Wix.com
bottom of page
"""


def test_wix_post_head_and_tail() -> None:
    story = read_data(_PAGE.encode(), ReadOptions(), "case")
    assert story.metadata.title == "The Harbour Clock"
    assert list(story.metadata.authors) == ["gull_keeper"]
    assert story.metadata.rating == "G"
    assert len(story.chapters) == 1
    text = plain(story.chapters[0].blocks)
    assert text.startswith("The harbour clock had stopped")
    assert text.endswith("a borrowed key.")
    for chrome in ("All Posts", "Sea Tales", "#fanfic", "views", "Recent Posts", "Wix.com"):
        assert chrome not in text


def test_without_the_card_the_page_is_left_alone() -> None:
    # Near miss: no "Writer's picture" line, so nothing is cut, not even a counts-like line.
    text = "The Kite\n\nShe let the string run out.\n\n7 views1 comment\n"
    assert wix_blog_post(text) == text
