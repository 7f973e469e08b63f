"""More story pages copied from sites: AO3 chapter summaries on a work page, a reblog copied
from the reblogger's blog, a story pasted part page by part page, an archive's print view
with its numbered index, chapter pages with the author and date under each heading."""

from __future__ import annotations

from fic2epub.model import Story
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.metadata import clean_title, run_on_fields
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import plain, story_paragraphs


def _read(text: str) -> Story:
    return read_text(text.encode(), ReadOptions(), "story.txt")


# --- AO3 work page: each chapter's own summary --------------------------------------------

_AO3_WORK = """\
Archive of Our Own beta
Actions
Kudos ♥
Mark for Later
Rating:
General Audiences
Fandom:
Lighthouse Keepers - Original Work
Characters:
Marta
Ivo
Additional Tags:
Storms
Stats:
Published:
2020-01-05
Chapters:
2/2
Lamp Oil
keeper_of_ledgers
Summary:
Marta trims the wick; Ivo counts ships.
Notes:
For the winter exchange.
(See the end of the work for more notes.)
Chapter 1: Wick
Summary:
The lamp goes out once.
Notes:
Lighthouse facts are invented.
(See the end of the chapter for more notes.)
Chapter Text
The wick had burned crooked all week, and Marta had trimmed it twice before supper.

Ivo watched from the stair with his ledger open on his knee.
Notes:
More lamps next time.
Chapter 2: Ships
Summary:
Ivo loses count.
Chapter Text
Nine ships went by before midnight, and Ivo wrote each one down with its flag.

At the tenth he stopped writing and only watched.
Notes:
Thank you for reading this little one.
Kudos ♥
Bookmark
Comments (2)
"""


def test_ao3_work_page_chapter_summaries_are_notes() -> None:
    story = _read(_AO3_WORK)
    assert story.metadata.title == "Lamp Oil"
    assert story.metadata.authors == ("keeper_of_ledgers",)
    first, second = story.chapters
    assert [n.label for n in first.notes_before] == ["Summary", "Notes"]
    assert [n.label for n in first.notes_after] == ["Notes"]
    assert [n.label for n in second.notes_before] == ["Summary"]
    assert [n.label for n in story.back_notes] == ["Notes"]
    assert plain(first.blocks).startswith("The wick had burned crooked")
    assert plain(second.blocks).startswith("Nine ships went by")
    assert "lamp goes out" not in "\n".join(story_paragraphs(story))


def test_summary_under_a_heading_without_chapter_text_marker_is_not_a_note() -> None:
    """A "Summary:" heading a section of the story itself, with no AO3 "Chapter Text"
    marker below, stays where it was."""
    story = _read(
        "Chapter 1\n\nSummary:\n\nThe inquest found nothing, and the jury went home.\n\n"
        "Chapter 2\n\nThe clerk locked the door behind the last of them.\n"
    )
    assert story.chapters[0].notes_before == ()


_TAGS = "\n".join(f"Lamp Trimming {number}" for number in range(1, 41))
_AO3_PAGE_TOP = f"""\
Archive of Our Own beta
Actions
Entire Work
Rating:
General Audiences
Fandom:
Lighthouse Keepers - Original Work
Additional Tags:
{_TAGS}
Stats:
Published:
2020-01-05
Chapters:
2/2
Words:
1,200
Hits:
300
Lamp Oil
keeper_of_ledgers
"""
_AO3_PAGES = f"""\
{_AO3_PAGE_TOP}Summary:
Marta trims the wick; Ivo counts ships.
Chapter 1: Wick
Chapter Text
The wick had burned crooked all week, and Marta had trimmed it twice before supper.
Kudos ♥
Bookmark
Comments (2)
Post Comment
Note:
All fields are required. Your email address will not be published.
Footer
{_AO3_PAGE_TOP}Chapter 2: Ships
Chapter Text
Nine ships went by before midnight, and Ivo wrote each one down with its flag.
Kudos ♥
Bookmark
Comments (2)
"""


def test_ao3_footer_above_a_long_repeated_page_top() -> None:
    """Rule ``ao3-page-footer``: chapter pages copied one after another, the second page's
    top printing every tag on a line of its own. Those lines, already dropped as the page's
    repeat, do not use up the search's reach: page 1's kudos buttons, comment form (its
    "Note:" label) and footer are still found, and chapter 1 gets no end note."""
    story = _read(_AO3_PAGES)
    first, second = story.chapters
    assert (first.title, second.title) == ("Chapter 1: Wick", "Chapter 2: Ships")
    assert first.notes_after == ()
    assert plain(first.blocks).endswith("trimmed it twice before supper.")
    assert "Lamp Trimming" not in "\n".join(story_paragraphs(story))


# --- Tumblr reblog copied from the reblogger's blog ---------------------------------------

_REBLOG = """\
fernwhistle
Follow
fernwhistle reblogged old-copperkettle
old-copperkettle
Follow
the kettle sings
The kettle sang at six every morning, whether anyone wanted it or not.

Grandmother said it had opinions, and nobody argued with Grandmother.

#kettles #my writing
88 notes
"""


def test_reblogger_heading_their_blog_is_not_an_author() -> None:
    story = _read(_REBLOG)
    assert story.metadata.authors == ("old-copperkettle",)
    assert story.metadata.title == "the kettle sings"
    assert "fernwhistle" not in "\n".join(story_paragraphs(story))


# --- a story pasted part page by part page ------------------------------------------------

_PART_PAGES = """\
Quotev
Home
Polls
Quizzes
Search
Log In
Marsh Lights
Fanfiction · Ghosts
Reedcutter Lou
@reedcutter_lou
Updated Mar 3, 2021 · 2 parts · 904 reads · 41 hearts
Two girls, one lantern, and the lights over the marsh that are not lanterns at all.
Table of Contents
1. The Causeway
2. The Lights
Marsh Lights
The Causeway
Part 1 of 2
The causeway flooded twice a day, and twice a day Nell walked it anyway.

Her sister carried the lantern and complained about her boots.
Like · Comment · Share
Next Part: The Lights
Marsh Lights
The Lights
Part 2 of 2
The lights came up out of the reeds at dusk, green and low and very patient.

Nell did not follow them, which was the whole trick of it.
Like · Comment · Share
Add to library
More stories by @reedcutter_lou
"""


def test_part_pages_give_one_heading_each() -> None:
    story = _read(_PART_PAGES)
    assert story.metadata.title == "Marsh Lights"
    assert [c.title for c in story.chapters] == ["The Causeway", "The Lights"]
    assert story.metadata.summary.startswith("Two girls, one lantern")
    everything = "\n".join(story_paragraphs(story))
    for debris in ("Part 1 of 2", "Next Part", "Add to library", "Marsh Lights", "Quizzes"):
        assert debris not in everything


def test_part_counts_in_prose_are_not_part_pages() -> None:
    story = _read(
        "Title: Ledger\n\nThe auditor read it twice.\n\nPart 1 of 2\n\n"
        "He said it was only part 1 of 2, and the second part never came.\n"
    )
    assert "Part 1 of 2" in story_paragraphs(story)


# --- an archive's printable view ----------------------------------------------------------

_PRINT_VIEW = """\
The Salt Wife by Agnes Merrow
Summary: A fisherman's widow keeps the lighthouse.
Categories: Sea Ballads Characters: Nan, Old Tam
Chapters: 2 Completed: Yes

1. Low Water by Agnes Merrow

2. High Water by Agnes Merrow

Low Water by Agnes Merrow
Nan walked the sand at low water every evening, looking for what the sea gave back.

High Water by Agnes Merrow
At high water she climbed the tower and lit the lamp for ships that never came.

This story archived at http://archive.example.org/viewstory.php?sid=7
"""


def test_print_view_index_and_run_on_fields() -> None:
    story = _read(_PRINT_VIEW)
    assert story.metadata.fandoms == ("Sea Ballads",)
    assert story.metadata.characters == ("Nan", "Old Tam")
    assert [c.title for c in story.chapters] == ["Low Water", "High Water"]
    assert "archived at" not in "\n".join(story_paragraphs(story))


def test_run_on_fields_only_split_list_fields_at_known_labels() -> None:
    assert run_on_fields("Categories", "Sea Ballads Characters: Nan, Old Tam") == [
        ("", "Sea Ballads"),
        ("Characters", "Nan, Old Tam"),
    ]
    assert run_on_fields("Summary", "She said one thing Twice: go home.") is None
    assert run_on_fields("Characters", "Nan, Mrs. Tam") is None
    assert run_on_fields("Categories", "Sea Ballads Note: not mine") is None


# --- chapter pages with the author and date under each heading ----------------------------

_CHAPTER_PAGES = """\
Scribble Hub
Series
Rankings
Forum
Sign In
The Clockwork Heron (A Swan Lake Fanfic)
Chapter 1 - Gears
tinkerbird
Jan 4, 2022
Word Count: 310
Previous
Index
Next
Rating: 4.2 (17)
The heron had been built to stand in the fountain and nothing else.

A/N: First chapter! More on Sundays.
Previous
Index
Next
Comments (3)
Report Chapter
Chapter 2 - Water
tinkerbird
Jan 4, 2022
Word Count: 288
Previous
Index
Next
A/N: Short one, sorry.

It learned to fish on the third day, which nobody had built it to do.
"""


def test_chapter_pages_author_under_heading() -> None:
    story = _read(_CHAPTER_PAGES)
    assert story.metadata.title == "The Clockwork Heron"
    assert story.metadata.authors == ("tinkerbird",)
    first, second = story.chapters
    assert (
        plain(first.blocks) == "The heron had been built to stand in the fountain and nothing else."
    )
    assert [n.label for n in first.notes_after] == ["A/N"]
    assert [n.label for n in second.notes_before] == ["A/N"]
    assert plain(second.blocks).startswith("It learned to fish")
    everything = "\n".join(story_paragraphs(story))
    for debris in ("tinkerbird", "Index", "Next", "Rating", "Report"):
        assert debris not in everything


def test_place_and_date_under_a_heading_stay_story() -> None:
    """A letter's place and date under a heading are the chapter's own lines."""
    story = _read(
        "Chapter 1\n\nLondon\nMarch 3, 1888\nDear Harriet, the fog has not lifted in a week.\n\n"
        "Chapter 2\n\nShe did not answer the letter for a month.\n"
    )
    assert story.metadata.authors == ()
    assert plain(story.chapters[0].blocks).startswith("London")


def test_new_chrome_lines() -> None:
    for line in (
        "Kudos ♥",
        "Mark for Later",
        "Next Part: The Lights",
        "More stories by @reedcutter_lou",
        "Updated Mar 3, 2021 · 2 parts · 904 reads · 41 hearts",
        "Rating: 4.2 (17)",
        "Report Chapter",
        "This story archived at http://archive.example.org/viewstory.php?sid=7",
    ):
        assert is_site_chrome(line), line
    for line in (
        "Next part: I promise it is coming soon.",
        "Updated the ledger twice.",
        "Rating: T",
    ):
        assert not is_site_chrome(line), line


def test_fanfic_subtitle_leaves_the_title() -> None:
    assert clean_title("The Clockwork Heron (A Swan Lake Fanfic)") == "The Clockwork Heron"
    assert clean_title("Songs (and Other Lies)") == "Songs (and Other Lies)"
