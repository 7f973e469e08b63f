"""Archive chapter pages: eFiction's "<title> by <author>" chapter blocks (rules
``byline-chapter-heading``, ``byline-heading-ends-note``, ``efiction-reviews-link``), a pager
link glued to a chapter heading (``glued-nav-link``) and a chapter page's repeated stats line
(``chapter-stats-line``)."""

from __future__ import annotations

import pytest

from fic2epub.model import Story
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.heading_lines import heading_title
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import plain, story_paragraphs


def _read(text: str) -> Story:
    return read_text(text.encode("utf-8"), ReadOptions(), "story.txt")


_PRINT_PAGE = "\n".join(
    [
        "The Salt Flats by Heron Quill",
        (
            "Summary: Two surveyors, one stubborn mule and a map that nobody has "
            "checked since the old king died, told by the mule's owner, who wanted "
            "none of it."
        ),
        "Categories: Dry Country Characters: Oona, Bram",
        "Genres: Adventure",
        (
            "Chapters: 4 Completed: No Word count: 2100 Read: 40 Published: "
            "02/03/2012 Updated: 02/10/2012"
        ),
        "Story Notes:",
        (
            "This took forever to finish, because every time I sat down to write it"
            " the mule got more interesting and the surveyors got less interesting,"
            " which is not how it is meant to go."
        ),
        "",
        (
            "Thanks to my sister for the mule facts, and for telling me, more than "
            "once and quite firmly, that mules do not in fact eat maps."
        ),
        "The Dry Well by Heron Quill",
        (
            "Bram said the well would have water in it, and Bram was wrong, as Bram"
            " had been wrong about the road, the weather, the price of the mule and"
            " the name of the last town, and as he would be wrong, Oona thought, "
            "about most things until the end of the world."
        ),
        "",
        (
            "Oona sat on the rim and laughed until the mule joined in, and then she"
            " laughed at the mule as well, and Bram, who had never in his life been"
            " laughed at by a mule, went to look for water somewhere else."
        ),
        "End Notes:",
        (
            "More soon, I hope! Thank you to everyone who has read this far and "
            "told me about their own mules."
        ),
        "Back to top",
        "",
    ]
)


def test_printable_page_of_one_chapter() -> None:
    """The print view of one chapter: the block's heading gives its title without the
    byline, and the two-paragraph note above it ends at that heading."""
    story = _read(_PRINT_PAGE)
    assert story.metadata.title == "The Salt Flats"
    assert story.metadata.authors == ("Heron Quill",)
    assert [chapter.title for chapter in story.chapters] == ["The Dry Well"]
    [note] = story.front_notes
    assert len(note.blocks) == 2
    assert plain(story.chapters[0].blocks).startswith("Bram said the well")


def test_one_shot_repeats_its_title_line_above_the_text() -> None:
    """A one-shot's page repeats "<title> by <author>" above the text (byline-title-repeat):
    it is the page's line, neither a chapter title nor text."""
    story = _read(
        "Harbour Lights by Ada Fenwick [Reviews - 2]\n\nSummary: A lamp goes out.\n"
        "Rated: All Ages\nChapters: 1   Completed: Yes\n\nHarbour Lights by Ada Fenwick\n\n"
        "The lamp went out at nine.\n\nThe keeper lit it again.\n"
    )
    assert [chapter.title for chapter in story.chapters] == [None]
    assert plain(story.chapters[0].blocks).startswith("The lamp went out")


def test_lone_credit_line_is_no_heading() -> None:
    """A credit line "Written by <author>" at the story's start heads nothing."""
    story = _read(
        "The Salt Flats by Heron Quill\nSummary: Two surveyors, one stubborn mule and a map"
        " nobody has checked since the old king died.\n\nWritten by Heron Quill\n\n"
        "Bram said the well would have water in it.\n"
    )
    assert [chapter.title for chapter in story.chapters] == [None]


def test_prose_line_with_the_name_is_no_heading() -> None:
    """One "... by <author>" line inside the prose, not where the story starts, is text."""
    story = _read(
        "The Salt Flats by Heron Quill\nSummary: Two surveyors, one stubborn mule and a map"
        " nobody has checked since the old king died.\n\n"
        "Bram said the well would have water in it.\n\n"
        "A Map Drawn by Heron Quill\n\nOona laughed.\n"
    )
    assert [chapter.title for chapter in story.chapters] == [None]


_STORY_PAGE = """The Inkwell Archive

Home | Authors | Titles | Search

Snow at Dunmere by Dunmere Walker
[Reviews - 3]
Table of Contents   Report This
Printer   Chapter or Story
- Text Size +

Summary: A winter in a border town.
Rated: G
Chapters: 2   Completed: Yes

Story Notes:
Written for a winter swap.

The Thaw by Dunmere Walker

The snow went grey first, then soft.

Chapter End Notes:
Thanks for reading this far.

The Flood by Dunmere Walker

The river came up to the bakery steps.

The End.
"""


def test_whole_story_page_chapters() -> None:
    """eFiction's story page: "Title by Author" over its links, each on a line of its own;
    the story note ends at the first chapter block; each block's byline heads a chapter."""
    story = _read(_STORY_PAGE)
    assert story.metadata.title == "Snow at Dunmere"
    assert story.metadata.authors == ("Dunmere Walker",)
    assert [chapter.title for chapter in story.chapters] == ["The Thaw", "The Flood"]
    assert [note.label for note in story.front_notes] == ["Story Notes"]
    assert [note.label for note in story.chapters[0].notes_after] == ["Chapter End Notes"]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Chapter 1: The Ferry   [Next >>]", "Chapter 1: The Ferry"),
        ("Chapter 2: Home [<< Prev] [Next >>]", "Chapter 2: Home"),
        ("Chapter 3: Ice [Back to Index]", "Chapter 3: Ice"),
        # The author's own brackets stay.
        ("Chapter 4: Snow [Edited]", "Chapter 4: Snow [Edited]"),
        ("Chapter 5 [Part 2]", "Chapter 5 [Part 2]"),
        ("[Next]", "[Next]"),
    ],
)
def test_glued_nav_link(line: str, title: str) -> None:
    assert heading_title(line) == title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # The site's version tag after the chapter's number goes (heading-version-tag).
        ("Chapter 1 (v.1) - The Orchard", "Chapter 1 - The Orchard"),
        ("Chapter 12 (v.3) - Frost", "Chapter 12 - Frost"),
        # An author's "(v2)" after the title, or a version named in words, stays.
        ("Chapter 2 - The Orchard (v2)", "Chapter 2 - The Orchard (v2)"),
        ("Chapter 3 (very late) - Frost", "Chapter 3 (very late) - Frost"),
    ],
)
def test_heading_version_tag(line: str, title: str) -> None:
    assert heading_title(line) == title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # A word processor's tab after a list number, expanded to spaces, is one space
        # (heading-tab-gap).
        ("Capítulo 3  A Ponte", "Capítulo 3 A Ponte"),
        ("Chapter 7    The Mill Race", "Chapter 7 The Mill Race"),
        ("~*~ Part 2   Winter ~*~", "Part 2 Winter"),
        # Single spaces and the spaces around a glyph stay as written.
        ("Capítulo 3 A Ponte", "Capítulo 3 A Ponte"),
        ("Chapter 7 - The Mill Race", "Chapter 7 - The Mill Race"),
    ],
)
def test_heading_tab_gap(line: str, title: str) -> None:
    assert heading_title(line) == title


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("[Reviews - 5]", True),
        ("[Review - 12]", True),
        ("StoryReviewsStatisticsRelatedTracking", True),
        ("Story | Reviews | Statistics | Related | Tracking", True),
        ("[Reviews were mixed]", False),
        ("Reviews - they said it was dull.", False),
    ],
)
def test_archive_links(line: str, chrome: bool) -> None:
    assert is_site_chrome(line) is chrome


def _chapter_page(heading: str, body: list[str]) -> list[str]:
    """One archive chapter page: the story's header block repeated over each chapter."""
    return [
        "Story | Reviews | Statistics | Related | Tracking",
        "",
        "Quiet Ice by Tern Ashby",
        heading,
        (
            "Summary: A whaler's boy goes north with a captain who cannot swim, and"
            " comes home with a story."
        ),
        "Categories: Non-BtVS/AtS Stories > History",
        ("Rating: FR7 • Chapters [2] • Words [900] • Reviews [1] • Hits [50] • Completed [Yes]"),
        "",
        (
            "Disclaimer: Nothing here is mine; the captain and his ship belong to "
            "history and to his own book."
        ),
        "",
        *body,
    ]


_TWO_PAGES = "\n".join(
    _chapter_page(
        "Chapter 1: Setting Out",
        [
            (
                "The boy packed two shirts and a knife, and his mother packed a third "
                "shirt when he was not looking."
            ),
            "",
            "A/N: The next part is shorter, I promise.",
            "",
            "Next Chapter",
            "StoryReviewsStatisticsRelatedTracking",
            "",
        ],
    )
    + _chapter_page(
        "Chapter 2: Coming Home",
        [
            (
                "He came back with one shirt and the knife, and nobody ever found out "
                "what became of the third shirt."
            ),
            "",
            "THE END",
            "",
        ],
    )
)


def test_chapter_page_stats_line() -> None:
    """Two chapter pages of one story: the stats line and disclaimer repeated under each
    chapter line are the story's details, not its text."""
    story = _read(_TWO_PAGES)
    assert story.metadata.rating == "FR7"
    assert story.metadata.status == "Complete"
    assert (story.metadata.disclaimer or "").startswith("Nothing here is mine")
    assert [chapter.title for chapter in story.chapters] == [
        "Chapter 1: Setting Out",
        "Chapter 2: Coming Home",
    ]
    for chapter in story.chapters:
        text = plain(chapter.blocks)
        assert "FR7" not in text and "Categories" not in text and "Disclaimer" not in text


def test_stats_like_prose_under_heading_stays() -> None:
    """A sentence under a heading with a bracket in it is prose, not a stats line."""
    story = _read(
        "Quiet Ice by Tern Ashby\n\nChapter 1: Setting Out\n\n"
        "Rating the voyage [badly] was his habit, and he did it every night.\n"
    )
    assert plain(story.chapters[0].blocks).startswith("Rating the voyage")


def test_an_efiction_chapter_page_without_an_info_block() -> None:
    """Rule ``efiction-chapter-line-below``: with no info block, the story's "Title by Name"
    line over the page's links and the chapter's own "Chapter by Name" line is the title,
    and the chapter line heads the chapter; a "Title by Name" line of prose stays text."""
    story = _read(
        "The Quiet Orchard\nHome | Browse | Authors | Search | Log In\n\n"
        "The Apple Thief by marrow_lane\n"
        "[Reviews - 3]   Printer   Chapter or Story   Table of Contents\n\n"
        "Chapter 3 of 5   [<< Previous]   [Next >>]\n\n"
        "Windfalls by marrow_lane\n\n"
        "The apples came down in the night, and by morning the grass was full of them.\n\n"
        "Nobody picked them up. That was the thief's first clue.\n"
    )
    assert story.metadata.title == "The Apple Thief"
    assert story.metadata.authors == ("marrow_lane",)
    assert [chapter.title for chapter in story.chapters] == ["Windfalls"]
    prose = _read(
        "The Weaver's Almanac\n\nHobbes and Pike by Ivy Marchbank\n\n"
        "The weaver counted her spools twice, because the count was wrong.\n"
    )
    assert prose.metadata.authors == ()
    assert prose.metadata.title == "The Weaver’s Almanac"


_TTH_PAGE = "\r\n".join(
    [
        "Story | Reviews | Statistics | Related | Tracking",
        "",
        "The Glass Bell",
        "By : Wren Halloway",
        "Chapter 2 of 2",
        "Chapter 2: The Diver",
        "",
        "Summary: A bell-diver goes down one last time.",
        "",
        "Categories\tAuthor\tRating\tChapters\tWords\tComplete",
        "Non-BtVS/AtS Stories > Literature\tWren Halloway\tFR13\t2\t2,900\tYes",
        "",
        "The bell went down through green water, and then through grey.",
        "",
        "At the bottom the diver waited for the lamp to stop swinging.",
        "",
        "THE END",
        "",
        "Previous Chapter",
        "",
        'You have reached the end of "The Glass Bell" – this story is complete.',
        "",
        "Story | Reviews | Statistics | Related | Tracking",
        "",
        "Some Archive is a member of the Lantern Fiction Network",
        "Site design and code by Ferrule",
        "",
    ]
)


def test_a_tth_chapter_page_with_a_stats_table_and_footer() -> None:
    """Rules ``chapter-position-over-chapter-line`` (the page's "Chapter 2 of 2" over its
    chapter line), ``chapter-stats-line`` on the stats table's values row under the chapter
    line, ``tth-end-line`` with its dash and ``site-footer-credit`` under it."""
    story = _read(_TTH_PAGE)
    assert [chapter.title for chapter in story.chapters] == ["Chapter 2: The Diver"]
    assert story.metadata.rating == "FR13"
    assert story.metadata.status == "Complete"
    text = "\n".join(story_paragraphs(story))
    assert text.endswith("for the lamp to stop swinging.")
    assert "Chapter 2 of 2" not in text
    assert "reached the end" not in text
    assert "Network" not in text and "Ferrule" not in text
    assert not story.back_notes


_NUMBERED_PRINT_PAGE = """The Salt Road by pimlico_rain

Summary: A boy and a cart of salt.
Rating: K

1. The Cart by pimlico_rain

The cart left before dawn with six sacks of salt and a boy asleep on top of them.

2. The Gate by pimlico_rain

The gate was shut when they came to it, and the boy had to climb the wall.

Disclaimer:
The salt road belongs to the old county maps. No profit is made.
"""


def test_numbered_byline_headings_lose_the_byline() -> None:
    """Rule ``byline-numbered-heading``: numbered "1. Title by author" chapter lines keep
    their number and title, not the archive's byline; rule ``disclaimer-label-over-text``:
    the bare "Disclaimer:" last takes the line under it."""
    story = _read(_NUMBERED_PRINT_PAGE)
    assert [chapter.title for chapter in story.chapters] == ["1. The Cart", "2. The Gate"]
    assert (
        story.metadata.disclaimer
        == "The salt road belongs to the old county maps. No profit is made."
    )


def test_numbered_headings_naming_no_author_keep_their_by() -> None:
    """A numbered heading whose "by …" names nobody the header gave keeps it: the title's own
    words ("Carried by the River")."""
    story = _read(
        _NUMBERED_PRINT_PAGE.replace("The Cart by pimlico_rain", "Carried by the River").replace(
            "The Gate by pimlico_rain", "Stopped by the Gate"
        )
    )
    assert [chapter.title for chapter in story.chapters] == [
        "1. Carried by the River",
        "2. Stopped by the Gate",
    ]
