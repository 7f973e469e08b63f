"""Fandom archives' page chrome: the menus, footers and controls of eFiction and other
archive skins, told apart from the story's own lines."""

from __future__ import annotations

import pytest

from fic2epub.model import Story
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.page_footers import page_footer
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import plain


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


def _read(text: str) -> Story:
    return read_text(text.encode("utf-8"), ReadOptions(), "story.txt")


_COAUTHORED_PRINT_PAGE = "\n".join(
    [
        "The Tide Pool",
        "http://tidepool.example.org/viewstory.php?sid=88",
        "",
        "Ropewalk by gullfeather and Tamsin",
        "",
        "Summary: Two rope-makers and one very long rope.",
        "Rating: General",
        "Chapters: 2   Completed: Yes   Word count: 90",
        "",
        "1. Hemp by gullfeather and Tamsin",
        "",
        "Author's Notes:",
        "We took turns, a scene each.",
        "",
        "The hemp came in wet and had to be spread on the shingle.",
        "",
        "2. Tar by gullfeather and Tamsin",
        "",
        "The tar pot smoked all afternoon and the gulls kept clear of it.",
        "",
        "~ fin ~",
        "",
        "End Notes:",
        "Thanks for reading our rope story.",
    ]
)


def test_a_co_authored_title_line_over_the_info_block_names_both() -> None:
    """Rule ``co-author-title-line``: a lower-case user name beside a capitalised one."""
    story = _read(_COAUTHORED_PRINT_PAGE)
    assert story.metadata.title == "Ropewalk"
    assert story.metadata.authors == ("gullfeather", "Tamsin")
    assert [chapter.title for chapter in story.chapters] == ["1. Hemp", "2. Tar"]


def test_end_notes_paired_with_efiction_authors_notes_close_the_last_chapter() -> None:
    """Rule ``efiction-chapter-end-notes``: under a chapter's "Author's Notes" box."""
    story = _read(_COAUTHORED_PRINT_PAGE)
    assert [n.label for n in story.chapters[-1].notes_after] == ["End Notes"]
    assert story.back_notes == ()


def test_a_title_by_a_phrase_stays_prose() -> None:
    text = "Night by the river and sea\n\nSummary: Dark water.\n\nThe water was dark."
    assert _read(text).metadata.authors == ()


_KEPT_POSTS = "\n".join(
    [
        "THE GULL ROCK ARCHIVE  --  text file  --  wren/tides.txt",
        "Archived 1999-02-03 from the original posting. Do not repost.",
        "=" * 60,
        "",
        "From: Wren Marsh <wren@example.net>",
        "Newsgroups: alt.fan.tides",
        "Subject: NEW: Low Tide (1/2) [G]",
        "Date: 2 Feb 1999 10:00:00 GMT",
        "",
        "Title: Low Tide",
        "Author: Wren Marsh",
        "Rating: G",
        "Summary: A boy and the shore at dawn.",
        "",
        "Chapter One",
        "",
        "The tide went out farther than anyone could remember.",
        "",
        "[continued in part 2]",
        "",
        "",
        "From: Wren Marsh <wren@example.net>",
        "Newsgroups: alt.fan.tides",
        "Subject: NEW: Low Tide (2/2) [G]",
        "Date: 3 Feb 1999 10:00:00 GMT",
        "",
        "Title: Low Tide",
        "Author: Wren Marsh",
        "Part: 2/2 (see part 1 for disclaimers)",
        "",
        "Chapter Two",
        "",
        "It came back in the afternoon, all at once.",
    ]
)


def test_an_archive_banner_closed_by_a_rule_over_kept_posts_is_chrome() -> None:
    """Rules ``closed-archive-banner`` and ``repeated-header-part-field``."""
    story = _read(_KEPT_POSTS)
    assert story.metadata.title == "Low Tide"
    assert story.metadata.authors == ("Wren Marsh",)
    assert [chapter.title for chapter in story.chapters] == ["Chapter One", "Chapter Two"]
    first = plain(story.chapters[0].blocks)
    assert "ARCHIVE" not in first and "continued" not in first
    assert "Part:" not in plain(story.chapters[1].blocks)


def test_a_title_block_closed_by_a_rule_stays_the_storys() -> None:
    text = "THE LONG SHORE\nby Wren Marsh\n" + "=" * 40 + "\n\nTitle: The Long Shore\n\nIt rained."
    assert _read(text).metadata.authors == ("Wren Marsh",)


_BOARD_POSTS = "\n".join(
    [
        "The Lamp Room: Story Board",
        "[ Follow Ups ] [ Post Followup ] [ The Lamp Room ] [ FAQ ]",
        "",
        "Low Water, Part 1 (new)",
        "",
        "Posted By: moss_wren <moss@example.org>",
        "Date: Monday, 2 June 2003, at 8:00 p.m.",
        "",
        "Title: Low Water",
        "Author: moss_wren",
        "",
        "Part 1",
        "",
        "The river dropped a foot in a night and the eels came up.",
        "",
        "Nobody in the village would say why.",
        "",
        "AN: More soon.",
        "",
        "Follow Ups:",
        "  Re: Low Water, Part 1 (new) -- more please! heron 6/3/2003",
        "",
        "Post a Followup",
        "",
        "Name:",
        "E-Mail:",
        "Subject: Re: Low Water, Part 1 (new)",
        "Comments:",
        ": Nobody in the village would say why.",
        "",
        "[ Post Followup ] [ The Lamp Room ] [ FAQ ]",
        "",
        "",
        "Low Water, Part 2 (new)",
        "",
        "Posted By: moss_wren <moss@example.org>",
        "Date: Friday, 6 June 2003, at 9:00 p.m.",
        "",
        "In Reply to: Low Water, Part 1 (new) posted by moss_wren on Monday, 2 June 2003",
        "",
        "Part 2",
        "",
        "By Sunday the mill wheel stood in mud.",
    ]
)


def test_a_boards_follow_up_list_and_reply_form_are_chrome() -> None:
    """Rules ``board-followups`` and ``board-reply-to-line``."""
    story = _read(_BOARD_POSTS)
    assert [chapter.title for chapter in story.chapters] == ["Part 1", "Part 2"]
    first = story.chapters[0]
    assert plain(first.blocks).endswith("Nobody in the village would say why.")
    assert [n.label for n in first.notes_after] == ["AN"]
    assert "heron" not in plain(first.notes_after[0].blocks)
    assert plain(story.chapters[1].blocks) == "By Sunday the mill wheel stood in mud."


def test_a_letters_reply_line_and_a_follow_up_in_prose_stay() -> None:
    assert not is_site_chrome("In reply to: your letter of the ninth")
    text = (
        "Title: Inbox\n\nThe list on her desk had two headings.\n\nFollow ups:\n\n"
        "Re: the roof, and the man who never came to mend it.\n\nShe wrote to him again."
    )
    assert plain(_read(text).chapters[0].blocks).endswith("She wrote to him again.")


@pytest.mark.parametrize(
    "line",
    [
        "The Garden Gate :: printer-friendly version",
        "Lamplight Archive - Printable Page",
        "Printer Friendly Version",
    ],
)
def test_a_print_pages_banner_with_the_sites_name_is_chrome(line: str) -> None:
    """Rule ``site-printer-friendly-line``."""
    assert is_site_chrome(line)


def test_a_sentence_about_a_printable_page_stays() -> None:
    assert not is_site_chrome("She asked for a printable version of the will.")


_FAN_SITE = "\n".join(
    [
        "                  THE HERON'S NEST",
        "         Fiction by Wenna & Tam",
        "",
        "[Home]  [Our Stories]  [Links]  [Email Us]",
        "_" * 60,
        "",
        "Reed Song",
        "by Wenna & Tam",
        "",
        "Rating: G",
        "",
        # A Netscape save wraps the page's text at its width.
        "The reeds had grown past the boathouse roof by June, and the",
        "heron that lived in them had grown bolder with every week of",
        "the long dry summer, until it stood on the jetty itself.",
        "",
        "Tam said it was waiting for the eels. Wenna said it was waiting",
        "for somebody to write it a song, and went to fetch her fiddle",
        "from the loft where it had lain since the spring floods.",
        "",
        "Nobody ever found out which of them was right about the bird,",
        "though both of them went on saying so for years afterwards.",
    ]
)


def test_a_fan_sites_banner_crediting_its_owners_is_chrome() -> None:
    """Rules ``works-by-tagline`` and ``ruled-link-bar``."""
    story = _read(_FAN_SITE)
    assert story.metadata.title == "Reed Song"
    assert story.metadata.authors == ("Wenna", "Tam")


def test_a_title_over_a_fiction_by_line_keeps_its_byline() -> None:
    text = "Reed Song\nFiction by Wenna\n\nRating: G\n\nThe reeds had grown."
    assert _read(text).metadata.title == "Reed Song"


_RULED_FOOTER = "\n".join(
    [
        "Title: Ferry Bell",
        "Author: Tam Reed",
        "",
        "The ferry bell had not rung since the river froze, and the children of",
        "the village had grown up thinking it was only a thing that hung there,",
        "green with age, above the landing stage where the boats came in.",
        "",
        "When it rang at last, on the first warm night of March, half the town",
        "came down in their nightclothes to see who had pulled the rope, and",
        "nobody had, and nobody ever owned to it afterwards, not even Tam.",
        "",
        "THE END",
        "",
        "Thanks for reading. If you liked it, the ferry bell",
        "rings for you.",
        "-" * 63,
        "[ Back to top ] [ Review this story (2) ]",
        "The Landing Stage is a non-profit fan archive. All stories are (c) their authors.",
    ]
)


def test_a_footer_under_a_rule_is_read_apart_from_the_thanks_above_it() -> None:
    """Rules ``page-rule-under-text`` and ``ruled-colophon``."""
    story = _read(_RULED_FOOTER)
    assert [plain(n.blocks) for n in story.back_notes] == [
        "Thanks for reading. If you liked it, the ferry bell\nrings for you."
    ]
