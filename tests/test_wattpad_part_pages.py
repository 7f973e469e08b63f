"""Wattpad's web pages copied part by part: the writer's line under each part's counts."""

from __future__ import annotations

from fic2epub.model import Story
from fic2epub.normalise.chrome_counts import is_read_count
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import story_paragraphs

# Two part pages: the menu, the story's title, the part's title, its counts, the writer's
# "by" line under them, then the part; the buttons, the end-of-parts line and the footer.
PAGES = """\
Browse
Community
Log in
Sign Up
The Kiln Yard
Part 1 ~ Clay
3.1K Reads 77 Votes 4 Part Story
by potter_wheel  Follow

A/N: my first story on here, comments welcome!!

The kiln had been cold for a week, and the yard smelled of wet ash.

Ottilie swept it anyway, every morning, in case the fire came back.

Vote
Comment
Share
Continue to next part

Browse
Community
Log in
Sign Up
The Kiln Yard
Part 2 ~ Glaze
2.2K Reads 61 Votes 4 Part Story
by potter_wheel  Follow

The glaze came from the river, grey as a heron, and went green in the fire.

To be continued…

Vote
Comment
Share
You've reached the end of published parts.

About Us
Jobs
Terms
Privacy
Help
"""


def _read(text: str) -> Story:
    return read_text(text.encode(), ReadOptions(), "parts.txt")


def test_the_writer_under_the_counts_is_the_author_and_the_page_footer_goes() -> None:
    """wattpad-author-under-counts, single-spaced-read-counts, wattpad-site-footer: the
    first page's "by" line names the author, the later one goes; the A/N opens part 1;
    "About Us" and the links under it are the site's footer."""
    story = _read(PAGES)
    assert story.metadata.authors == ("potter_wheel",)
    assert [chapter.title for chapter in story.chapters] == ["Part 1 ~ Clay", "Part 2 ~ Glaze"]
    assert [note.label for note in story.chapters[0].notes_before] == ["A/N"]
    paragraphs = story_paragraphs(story)
    assert paragraphs[0].startswith("The kiln had been cold")
    assert paragraphs[-1].startswith("The glaze came from the river")
    assert not any("potter_wheel" in p or "About Us" in p for p in paragraphs)


def test_a_by_line_not_under_counts_stays_story() -> None:
    """wattpad-author-under-counts, near miss: a "by" line under a heading with no counts
    line over it is the story's."""
    text = "Part 1\n\nby the river\n\nThe glaze came from the river, grey as a heron.\n"
    assert story_paragraphs(_read(text))[0] == "by the river"


def test_single_spaced_counts_need_the_reads_first() -> None:
    assert is_read_count("1.4K Reads 96 Votes 11 Part Story")
    assert is_read_count("906 Reads 12 Votes")
    assert not is_read_count("96 Votes 11 Reads of the letter")
    assert not is_read_count("She reads 3 books")
