"""Archive, blog, forum and journal pages: their info lines, review lists, comment runs,
signatures and software footers, told apart from the story's own lines."""

from __future__ import annotations

import pytest

from fic2epub.model import EndMarker, Paragraph, Story
from fic2epub.normalise.field_lines import field_line
from fic2epub.normalise.forum_lines import starts_board_footer
from fic2epub.normalise.info_sentence import bracket_stats_line, wide_stats_line
from fic2epub.normalise.page_footers import page_footer
from fic2epub.normalise.page_repeats import page_title
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import inline_text, plain, story_paragraphs


def _read(text: str) -> Story:
    return read_text(text.encode(), ReadOptions(), "story.txt")


def _end_marker(story: Story, chapter: int = -1) -> str | None:
    blocks = story.chapters[chapter].blocks
    return next((b.text for b in blocks if isinstance(b, EndMarker)), None)


@pytest.mark.parametrize(
    "line",
    [
        "Layout by Moth Works. Powered by eFiction 3.5",
        "About | Privacy | Powered by Otter Archive Script",
        "Proudly powered by WordPress | Theme: Sela.",
        "Home · Powered by Blogspot · Design by Quill",
    ],
)
def test_a_software_credit_among_footer_links_is_chrome(line: str) -> None:
    assert page_footer(line) == "software-credit"


@pytest.mark.parametrize(
    "line",
    [
        "Powered by nothing but spite, she climbed on.",  # a sentence
        "It was slow. Powered by oxen.",  # two sentences, no bar
        "Powered by steam.",  # one item: the chrome rule knows software by name
        "The mill | the river | the wheel",  # no credit at all
    ],
)
def test_prose_with_powered_by_is_no_footer(line: str) -> None:
    assert page_footer(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Site design and code by Ferrule",
        "Site layout & graphics by moth_and_lamp.",
        "The Lantern Archive is a member of the Northern Fiction Network",
        "Sparrowhawk is a proud member of the Quill Webring.",
        "This site is a member of the Northern Fiction Network.",
        "Inkpot.net is a member of the Quill Network",
        "TtQ is a proud member of the Lamplit Network",
    ],
)
def test_an_archives_credit_and_network_lines_are_chrome(line: str) -> None:
    """Rule ``site-footer-credit``."""
    assert page_footer(line) == "site-footer-credit"


@pytest.mark.parametrize(
    "line",
    [
        "Design by committee, my father always said.",  # no "site"
        "She is a member of the choir.",  # no network
        "He is a member of the smuggling network.",  # no network's name
        "Her uncle is a member of the Lantern Guild Network.",  # a person, not a site
        "She is a member of the Old Girls Network",  # a person, not a site
        "Site of the old mill, by the river, where nobody went.",  # no credit
    ],
)
def test_prose_about_design_or_membership_is_no_footer(line: str) -> None:
    assert page_footer(line) is None


def test_an_efiction_rating_drops_the_reviews_link() -> None:
    assert field_line("Rated: PG   [Reviews - 14]") == ("Rated", "PG")
    assert field_line("Rated: T") == ("Rated", "T")


def test_a_bracket_stats_line_gives_rating_and_dates() -> None:
    line = "Rating: FR15 • Chapters [3] • Words [4,020] • Hits [88] • Completed [Yes]"
    assert bracket_stats_line(line) == [("Rating", "FR15"), ("Completed", "Yes")]
    assert bracket_stats_line("Published [1 Jan 12] | Words [900] | Reviews [2]") == [
        ("Published", "1 Jan 12")
    ]


def test_a_one_shot_stats_line_names_its_language_bare() -> None:
    line = "Rating: FR13 • English • Words [2,004] • Hits [120] • Completed [Yes]"
    assert bracket_stats_line(line) == [
        ("Rating", "FR13"),
        ("Language", "English"),
        ("Completed", "Yes"),
    ]
    # Language names alone are no stats line.
    assert bracket_stats_line("English • French [2] • German") is None


def test_a_wide_spaced_stats_line_gives_rating_dates_and_status() -> None:
    line = "[ PG ] Chapters: 3  Words: 2,210  Hits: 41  Published: 2 May 03  Complete: No"
    assert wide_stats_line(line) == [
        ("Rating", "PG"),
        ("Published", "2 May 03"),
        ("Completed", "No"),
    ]
    assert wide_stats_line("Rating: R  Words: 900  Reviews: 4  Updated: 5/6/02") == [
        ("Rating", "R"),
        ("Updated", "5/6/02"),
    ]
    # A sentence with colons, or a bracket that is no rating, is no stats line.
    assert wide_stats_line("Note: she said  Words: 9  Hits: 3  Mood: grim") is None
    assert wide_stats_line("[ Ouch ] Words: 900  Hits: 41  Reviews: 2") is None


_BLOGGER_POST = """\
The Orchard Wall
fan fiction from the orchard country

Title: The Orchard
Fandom: Harrow Vale
Rating: G

The apples came in early that year, and by August the valley smelled of nothing else.

A/N: Written for my sister, who likes apples.

Posted by Mirel Dane at 10:05 PM

2 comments:

Anonymous said...
Lovely, thank you.

Post a Comment

About Me
Mirel Dane
View my complete profile
"""


def test_a_blogger_poster_is_the_author_when_the_header_names_none() -> None:
    story = _read(_BLOGGER_POST)
    assert story.metadata.authors == ("Mirel Dane",)
    assert [note.label for note in story.back_notes] == ["A/N"]
    assert plain(story.back_notes[0].blocks) == "Written for my sister, who likes apples."
    # An "Author:" field in the header names the author instead.
    named = _read(_BLOGGER_POST.replace("Rating: G", "Author: Tamsin Rowe\nRating: G"))
    assert named.metadata.authors == ("Tamsin Rowe",)


@pytest.mark.parametrize(
    "line",
    [
        "He said [quietly] • she said [louder] • they left",  # no known labels
        "Rating: PG • a lovely story",  # one chip-less item of prose
        "Words [900] and Hits [3]",  # no bullets
    ],
)
def test_other_bracketed_lines_are_no_stats_line(line: str) -> None:
    assert bracket_stats_line(line) is None


def test_a_serial_post_title_names_the_story_before_its_chapter() -> None:
    assert page_title("Salt Roads, Chapter 4: The Ford") == "Salt Roads"
    assert page_title("Salt Roads, Part 2") == "Salt Roads"
    # No chapter after the comma: the line as it is.
    assert page_title("Goodbye, 1999") == "Goodbye, 1999"


_EFICTION_ONESHOT = """\
Owl Hollow Archive
Stories of the night birds since 2004

Home | Search | Titles | Authors | Log In

Night Shift by Tawny Quill
[Reviews - 5]   Printer   Table of Contents
- Text Size +

Summary: An owl takes over the mousing for a week.
Rated: PG   [Reviews - 5]
Categories: Night Birds   Characters: Tawny, Barnaby
Chapters: 1   Completed: Yes   Word count: 800   Read: 12

The barn was cold and the mice were clever, and Tawny had never been patient.

She sat on the rafter until the moon was high, and then she sat a little longer.

The End

End Notes:
Thanks for reading, this was a fun one.

[Reviews - 5]   Printer   Report This

Reviews

Reviewer: hedge_sparrow   Signed [Report This]
Date: 03/02/11 09:15   Title: Chapter 1
Lovely owl. More please!
Author's Response: Thank you, there may be more!

Reviewer: Guest Reader   Anonymous [Report This]
Date: 03/05/11 21:40   Title: Chapter 1
Short and sweet.

This story archived at http://owlhollow.example.net/viewstory.php?sid=9
Layout by Moth Works. Powered by eFiction 3.5
"""


def test_an_efiction_review_list_is_chrome() -> None:
    story = _read(_EFICTION_ONESHOT)
    assert story.metadata.title == "Night Shift"
    assert story.metadata.rating == "PG"
    assert [note.label for note in story.back_notes] == ["End Notes"]
    note = plain(story.back_notes[0].blocks)
    assert note == "Thanks for reading, this was a fun one."
    text = "\n".join(story_paragraphs(story))
    assert "Reviewer" not in text and "Lovely owl" not in text
    assert _end_marker(story) == "The End"


def test_a_reviewer_line_in_prose_stays() -> None:
    story = _read(
        "The Letter\n\nThe paper came back on a Tuesday.\n\nReviews\n\n"
        "Reviewer: the one with the red pen, who hated everything.\n"
        "She read the letter twice before she threw it away.\n"
    )
    assert any("red pen" in paragraph for paragraph in story_paragraphs(story))


_TTH_PAGE = """\
Otter Crossing Archive
Home | Stories | Authors | Search | Log In

Story | Reviews | Statistics | Related | Tracking

Mill Weather by reed_and_rush

Chapter 3 of 5

Summary: The miller's daughter learns to read the sky.
Rating: FR15 • Chapters [5] • Words [9,001] • Reviews [7] • Hits [640] • Completed [No]

Chapter Three: Clouds

The clouds came in low over the millpond and sat there all morning.

Nobody in the village trusted a sky like that.

To be continued...

Previous Chapter | Next Chapter

About | Privacy | Powered by Otter Archive Script
"""


def test_a_chapter_page_title_line_stats_line_and_footer() -> None:
    story = _read(_TTH_PAGE)
    assert story.metadata.title == "Mill Weather"
    assert story.metadata.authors == ("reed_and_rush",)
    assert story.metadata.rating == "FR15"
    assert [chapter.title for chapter in story.chapters] == ["Chapter Three: Clouds"]
    assert not story.back_notes
    assert "Chapter 3 of 5" not in "\n".join(story_paragraphs(story))


_WORDPRESS_POST = """\
Skip to content
The Lantern Shelf
stories, mostly, and some grumbling about tea

Home
Story Index
About
Contact

Salt Roads, Chapter 4: The Ford

Posted on 3 May 2020 by tidewater_kit

Fandom: Original
Rating: G

Chapter 4: The Ford

The ford was higher than they had been told, and the cart horse did not like it at all.

They waited on the bank until the light went.

Continue to Chapter 5: The Inn →

Share this:
Twitter
Facebook

One thought on "Salt Roads, Chapter 4: The Ford"

marsh_reader
4 May 2020 at 10:12
Poor horse!
Reply

Leave a Reply
Your email address will not be published. Required fields are marked *
Comment
Name *
Email *
Website
Post Comment

Proudly powered by WordPress | Theme: Sela.
"""


def test_a_wordpress_serial_post() -> None:
    story = _read(_WORDPRESS_POST)
    assert story.metadata.title == "Salt Roads"
    assert story.metadata.authors == ("tidewater_kit",)
    assert [chapter.title for chapter in story.chapters] == ["Chapter 4: The Ford"]
    text = "\n".join(story_paragraphs(story))
    assert text.endswith("They waited on the bank until the light went.")
    for debris in ("Continue to", "Poor horse", "Website", "powered"):
        assert debris not in text


def test_a_continue_line_in_prose_stays() -> None:
    story = _read("The Ford\n\nContinue to the next chapter of your life, she said.\n")
    assert any("Continue to" in paragraph for paragraph in story_paragraphs(story))


_PHPBB_TOPIC = """\
[Fic] Mill Weather
Postby reed_and_rush » Mon Apr 02, 2012 8:10 pm

Title: Mill Weather
Author: reed_and_rush

Chapter One

The clouds came in low over the millpond and sat there all morning.

To be continued...
_________________
My stories: Mill Weather | Flood Year
Top

reed_and_rush
Posts: 40
Joined: Sat Jan 01, 2011 1:00 pm

Re: [Fic] Mill Weather
Postby reed_and_rush » Tue Apr 03, 2012 9:00 pm

Chapter Two

By evening the rain had come, and the wheel turned faster than it had all year.

The End
_________________
My stories: Mill Weather | Flood Year
Top

reed_and_rush
Posts: 41
Joined: Sat Jan 01, 2011 1:00 pm

Who is online
Users browsing this forum: No registered users and 1 guest
"""


def test_a_forum_signature_under_the_last_post_is_chrome() -> None:
    story = _read(_PHPBB_TOPIC)
    assert [chapter.title for chapter in story.chapters] == ["Chapter One", "Chapter Two"]
    assert _end_marker(story) == "The End"
    last = plain(story.chapters[-1].blocks)
    assert last.endswith("faster than it had all year.")
    assert "My stories" not in "\n".join(story_paragraphs(story))


def test_an_underscore_break_inside_a_post_stays_a_break() -> None:
    text = _PHPBB_TOPIC.replace(
        "The End\n_________________\nMy stories: Mill Weather | Flood Year\nTop\n",
        "_________________\n\nThe miller slept well that night, for the first time in a month.\n",
    )
    story = _read(text)
    assert "for the first time in a month" in plain(story.chapters[-1].blocks)


_JOURNAL_ENTRY = """\
[info]heron_writes wrote in [info]river_fic,
@ 2009-06-01 10:00:00

Title: Low Water
Author: heron_writes
Rating: G

Part One

The river had dropped a foot in a week, and the heron stood in the shallows all day.

(continued in comments)

Link | 3 comments | Leave a comment

Comments

[info]heron_writes
2009-06-01 10:05 am UTC (link)
Part 2 of 2

Part Two

By the end of the month the stones of the old ford showed, and the children crossed on them.

END

Thanks for reading!
(Reply) (Thread)

[info]reed_fan
2009-06-02 08:00 pm UTC (link)
The children on the stones!
(Reply) (Thread)
"""


def test_a_journal_part_two_posted_as_a_comment() -> None:
    story = _read(_JOURNAL_ENTRY)
    assert [chapter.title for chapter in story.chapters] == ["Part One", "Part Two"]
    first = plain(story.chapters[0].blocks)
    assert first.endswith("the heron stood in the shallows all day.")
    last = story.chapters[-1]
    assert plain(last.blocks).endswith("the children crossed on them.")
    assert _end_marker(story) == "END"
    assert [note.label for note in last.notes_after] == [""]
    assert "Thanks for reading!" in inline_text(
        next(b for b in last.notes_after[0].blocks if isinstance(b, Paragraph)).content
    )
    text = "\n".join(story_paragraphs(story))
    for debris in ("UTC", "(Reply)", "reed_fan", "children on the stones"):
        assert debris not in text


def test_a_bracketed_reply_in_prose_stays() -> None:
    story = _read(
        "Part One\n\nShe wrote back at once.\n\n(Reply)\n\n"
        "He did not answer for a week, and then he came to the door himself.\n"
    )
    assert any("came to the door" in paragraph for paragraph in story_paragraphs(story))


@pytest.mark.parametrize(
    "line",
    [
        "Users browsing this forum: No registered users and 1 guest",
        "Who is online",
        "Jump to: Fan Fiction",
        "Wer ist online?",
        "Quem está ligado",
    ],
)
def test_a_board_footers_first_line(line: str) -> None:
    # The other language packs' "Who is online" sit beside the English lines, not inside one.
    assert starts_board_footer(line)


def test_a_sentence_about_users_browsing_is_no_board_footer() -> None:
    assert not starts_board_footer("Users browsing this shop were few that winter.")
