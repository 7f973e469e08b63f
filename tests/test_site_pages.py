"""Pages of serial, blog and gallery sites: Tumblr reblogs, web-serial chapter pages, story
pages with recommendations, gallery info blocks, per-chapter note boxes."""

from __future__ import annotations

from fic2epub.model import SceneBreak, Story
from fic2epub.normalise.chapter_pages import is_piracy_notice
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import is_glyph_line
from fic2epub.normalise.patterns import match_note
from fic2epub.normalise.tumblr import is_part_link, note_list_line, reblog_header
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import plain, story_paragraphs


def _read(text: str) -> Story:
    return read_text(text.encode(), ReadOptions(), "story.txt")


# --- Tumblr -------------------------------------------------------------------------------

_REBLOGGED_PARTS = """\
lanternfish-writes
Follow

Salt Roads
Part 1

The cart left before dawn with the salt sacks roped down under canvas.

Nobody spoke until the river, where the mule stopped to drink and would not be hurried.

Part 2 here!

#salt roads #my fic
12 notes


moss-and-tallow reblogged lanternfish-writes
Follow

lanternfish-writes

Salt Roads
Part 2

Part 1 here | masterlist

The ferry was late, and the ferryman was drunk, and the river was high.

They crossed anyway, because there was nothing else to do.

thanks so much for reading!! this one was fun to write 🌊

moss-and-tallow

ahh I loved the mule. give the mule a medal

#fic rec #reading list
40 notes
"""


def test_reblog_header_and_part_links() -> None:
    assert reblog_header("moss-and-tallow reblogged lanternfish-writes") == "moss-and-tallow"
    assert reblog_header("moss reblogged this from lanternfish:") == "moss"
    assert reblog_header("She reblogged the post from her phone at midnight.") is None
    assert is_part_link("Part 2 here!")
    assert is_part_link("Part 1 here | masterlist")
    assert is_part_link("next part")
    assert not is_part_link("Part 2")
    assert not is_part_link("Part of him wanted to stay here.")
    assert is_site_chrome("Part 3 is here!")


def test_tumblr_note_list_lines() -> None:
    """``tumblr-notes-list``: the note count and the notes under a post's tags."""
    assert note_list_line("12 notes")
    assert note_list_line("reedwarbler liked this")
    assert note_list_line("night-heron-reads reblogged this from kettle-and-quill")
    assert note_list_line("kettle-and-quill posted this")
    assert note_list_line("reedwarbler reblogged this")
    assert note_list_line("reedwarbler reblogged this from kettle-and-quill and added:")
    assert not note_list_line("Mara liked this")
    assert not note_list_line("she liked this.")
    assert not note_list_line("the heron reblogged this from memory")
    assert not note_list_line("12 notes in the margin")


def test_reblogged_part_drops_the_reblogger_addition() -> None:
    story = _read(_REBLOGGED_PARTS)
    assert story.metadata.title == "Salt Roads"
    assert story.metadata.authors == ("lanternfish-writes",)
    first, second = story.chapters
    assert first.title == "Part 1"
    text = plain(first.blocks)
    assert text.endswith("would not be hurried.")
    assert not any(isinstance(b, SceneBreak) for b in first.blocks)
    assert "reblogged" not in text and "12 notes" not in text
    assert plain(second.blocks).endswith("nothing else to do.")
    assert [n.label for n in second.notes_after] == [""]
    everything = "\n".join(story_paragraphs(story))
    assert "medal" not in everything and "moss-and-tallow" not in everything


def test_a_dashboard_reblog_drops_the_addition_under_the_post() -> None:
    """A reblog copied from the dashboard opens with "reader reblogged writer" above the
    post's own header; the reader's name under the post still starts their addition."""
    story = _read(
        "heron-reads reblogged tidewater-pens\nFollow\ntidewater-pens\nThe Ferry Bell\n"
        "The ferry bell had hung on its post since before the bridge was built.\n"
        "Nobody rang it now but Brin.\n#river tales #my fic\nheron-reads\n"
        "brin deserves better honestly\n31 notes\nReblog\n"
    )
    assert story.metadata.authors == ("tidewater-pens",)
    everything = "\n".join(story_paragraphs(story))
    assert everything.endswith("Nobody rang it now but Brin.")
    assert "heron-reads" not in everything and "deserves better" not in everything


def test_a_name_alone_without_a_reblog_stays_text() -> None:
    """A character's name on a line of its own is story text when no reblog names it."""
    story = _read(
        "Title: Calling\n\nShe stood at the gate and shouted one word.\n\nmarguerite\n\n"
        "Nobody answered, and the gulls went on with their quarrel.\n"
    )
    assert "marguerite" in story_paragraphs(story)


# --- web-serial chapter pages -------------------------------------------------------------

_SERIAL_PAGES = """\
Chapter 1 - Lamps
The Glass Orchard
by quill_and_cinder

Fiction Page   Previous Chapter   Index   Next Chapter

A note from quill_and_cinder

Hello all! New chapters every Friday.

The orchard had been glass since before anyone could remember, and the fruit rang.

Tobiah lit the lamps along the rows every evening, with a long pole and a patient hand.

This chapter was stolen from its original site. If you read it on Amazon, please report it.

He counted the lamps as he went, because counting kept the dark at a distance.

A note from quill_and_cinder

Thanks for reading! Ratings help a lot.

Support "The Glass Orchard"

About the author
quill_and_cinder

Log in to comment
Comments (2)

Report

Chapter 2 - Frost
The Glass Orchard
by quill_and_cinder

Fiction Page   Previous Chapter   Index   Next Chapter

Frost came early that year, and the glass apples cracked on the branches one by one.

Tobiah swept the pieces into heaps and did not know what else to do with them.
"""


def test_serial_pages_give_title_author_notes() -> None:
    story = _read(_SERIAL_PAGES)
    assert story.metadata.title == "The Glass Orchard"
    assert story.metadata.authors == ("quill_and_cinder",)
    first, second = story.chapters
    assert first.title == "Chapter 1 - Lamps"
    assert [n.label for n in first.notes_before] == ["A note from quill_and_cinder"]
    assert [n.label for n in first.notes_after] == ["A note from quill_and_cinder"]
    text = plain(first.blocks)
    assert text.startswith("The orchard had been glass")
    assert "Amazon" not in text
    assert "patient hand.\nHe counted the lamps" in text
    assert plain(second.blocks).startswith("Frost came early")
    everything = "\n".join(story_paragraphs(story))
    assert "Support" not in everything and "Log in" not in everything
    assert "The Glass Orchard" not in everything


def test_note_from_label_only_alone_on_its_line() -> None:
    found = match_note("A note from quill_and_cinder")
    assert found is not None and found.label == "A note from quill_and_cinder"
    assert match_note("A note from the harbourmaster") is None
    assert match_note("A note from Ada lay folded on the table.") is None
    assert match_note("A note was pinned to the door.") is None


def test_piracy_notice() -> None:
    assert is_piracy_notice(
        "Unauthorised copy: this tale was taken without the author's consent. Report it."
        " It belongs on Royal Road, not Amazon."
    )
    assert not is_piracy_notice("She ordered the lamp from Amazon and it came the next day.")
    assert not is_piracy_notice(
        "The thieves had taken the crate down the Amazon before anyone could report them."
        + " The river was wide and brown and slow, and the boat was slower still." * 3
    )


def test_epigraph_under_a_heading_is_not_a_title() -> None:
    """A poem's title and its poet under a heading, with no page buttons, stay text."""
    story = _read(
        "Title: Weather\n\nChapter 1\n\nWinter Song\nby Ada Holloway\n\n"
        "The snow began at noon and did not stop for three days.\n"
    )
    assert story.metadata.title == "Weather"
    assert story.chapters[0].blocks


# --- story pages with recommendations -----------------------------------------------------

_PAGE_WITH_RECOMMENDATIONS = """\
Title: The Long Field
Author: Petra Vane

Chapter 1: Harvest

They cut the barley by hand that year, the machines being broken and the money gone.

By evening their arms ached and the field was half done.

Next Chapter

Write a Review

Further Recommendations
reader_one: I loved this so much, could not stop reading.
bookish_fox: Lovely writing, five stars.

About Us
We are a publisher that finds new writers.

Chapter 2: Threshing

The threshing took a week, and then it rained.
"""


def test_recommendations_after_page_buttons_are_dropped() -> None:
    story = _read(_PAGE_WITH_RECOMMENDATIONS)
    first = story.chapters[0]
    assert plain(first.blocks).endswith("the field was half done.")
    everything = "\n".join(story_paragraphs(story))
    assert "five stars" not in everything and "publisher" not in everything


def test_recommendations_in_prose_stay() -> None:
    story = _read(
        "Title: Shelves\n\nThe librarian kept a card for every reader.\n\n"
        "More Recommendations\n\nShe wrote it at the top of each card in green ink.\n"
    )
    assert "More Recommendations" in story_paragraphs(story)


# --- gallery pages ------------------------------------------------------------------------

_GALLERY_PAGE = """\
The Quiet Mill
reed-and-rye
Watch

The mill had stopped turning in the spring, and nobody had come to mend it.

o o o

By summer the swallows had moved into the loft.

The Quiet Mill
By reed-and-rye, Published: Jun 2, 2020

Written for a prompt about abandoned places. Comments welcome!

#mill #swallows #shortfic
12 Favourites    3 Comments    210 Views
"""


def test_gallery_info_block_gives_a_back_note() -> None:
    story = _read(_GALLERY_PAGE)
    assert story.metadata.title == "The Quiet Mill"
    assert story.metadata.authors == ("reed-and-rye",)
    chapter = story.chapters[0]
    assert sum(isinstance(b, SceneBreak) for b in chapter.blocks) == 1
    assert plain(chapter.blocks).endswith("moved into the loft.")
    assert [n.label for n in story.back_notes] == [""]
    assert "Published" not in "\n".join(story_paragraphs(story))


_GALLERY_PAGE_2020S = """\
The Salt Clerk

The clerk counted the sacks twice, because the first count was always wrong.

o

By noon the cart was gone and the ledger was closed, and nobody asked him anything.

Come and see.

4
Favourites
1
Comments
87
Views
tallow-and-tin
Watch
The Salt Clerk
By tallow-and-tin, Published: Apr 3, 2021
#salt #ledgers #shortfic
Written for a week of small jobs. The clerk is nobody in particular.

Comments1
"""


def test_gallery_info_block_under_the_counts_and_tags() -> None:
    """The 2020s gallery layout: the counts one a line and the user's name with Watch above
    the info block (info-block-counts), the tags above the description, and the user named on
    the By line as the author (info-block-author); the short last paragraph stays."""
    story = _read(_GALLERY_PAGE_2020S)
    assert story.metadata.authors == ("tallow-and-tin",)
    chapter = story.chapters[0]
    assert sum(isinstance(b, SceneBreak) for b in chapter.blocks) == 1
    assert plain(chapter.blocks).endswith("nobody asked him anything.\nCome and see.")
    assert [n.label for n in story.back_notes] == [""]
    text = "\n".join(story_paragraphs(story))
    for debris in ("Favourites", "Views", "Watch", "87", "tallow-and-tin", "small jobs"):
        assert debris not in text


def test_spaced_o_rule_is_a_glyph_line() -> None:
    assert is_glyph_line("o o o")
    assert is_glyph_line("O O O O")
    assert not is_glyph_line("x x x")
    assert not is_glyph_line("o no")


def test_a_run_of_o_is_a_glyph_line() -> None:
    assert is_glyph_line("ooo")
    assert is_glyph_line("  OOOOO")
    assert not is_glyph_line("oo")
    assert not is_glyph_line("xxx")
    assert not is_glyph_line("Ooh")


def test_linked_letters_are_a_glyph_line() -> None:
    """ "o~o~o", "x-x-x": letters each set apart by one same mark are a rule."""
    assert is_glyph_line("o~o~o")
    assert is_glyph_line("x-x-x-x")
    assert not is_glyph_line("o~o")
    assert not is_glyph_line("oxo")
    assert not is_glyph_line("xxx")


def test_lone_letter_rule_is_a_glyph_line() -> None:
    """ "~v~v~": one letter typed alone between marks, twice or more, is a rule
    (lone-letter-rule); a word or a stutter between marks is not."""
    assert is_glyph_line("~v~v~")
    assert is_glyph_line("-z-z-z-")
    assert is_glyph_line("*v*v*")
    assert not is_glyph_line("~v~")
    assert not is_glyph_line("~Vivi~")
    assert not is_glyph_line("-w-wait")
    assert not is_glyph_line("~a~b~")


def test_o_zero_rule_is_a_glyph_line() -> None:
    """ "o0o0o": letter o and digit zero in turn are a rule; numbers are not."""
    assert is_glyph_line("o0o0o0o")
    assert is_glyph_line("0o0o0")
    assert is_glyph_line("O0O0O0")
    assert is_glyph_line("~o0o~")
    assert not is_glyph_line("000")
    assert not is_glyph_line("2000")
    assert not is_glyph_line("o00o")


def test_symmetric_o_zero_run_is_a_glyph_line() -> None:
    """ "oo00oo": doubled o's and zeros, the same backwards, draw the rule too; a short or
    lopsided run does not."""
    assert is_glyph_line("oo00oo")
    assert is_glyph_line("oOo00oOo")
    assert is_glyph_line("~oo0oo~")
    assert not is_glyph_line("oo00")
    assert not is_glyph_line("0oo0")
    assert not is_glyph_line("o0oo0")


def test_zeros_alone_between_marks_are_a_glyph_line() -> None:
    """ "-0-0-0-": the digit zero typed alone between marks is a rule too (lone-letter-rule);
    a score or a sum is not."""
    assert is_glyph_line("-0-0-0-")
    assert is_glyph_line("~0~0~0~")
    assert not is_glyph_line("0-0")
    assert not is_glyph_line("-00-")
    assert not is_glyph_line("$0.00")
    assert not is_glyph_line("-10-0-")
    assert not is_glyph_line("0o")


def test_journal_cut_link() -> None:
    """The author's cut text in spaced brackets is a cut link; an aside or a sentence is not."""
    from fic2epub.normalise.journal_parts import is_cut_link

    assert is_cut_link("( beneath the fold )")
    assert is_cut_link("( the rest, under here... )")
    assert not is_cut_link("(beneath the fold)")
    assert not is_cut_link("( She had never seen the sea. )")
    assert not is_cut_link("( “Go,” she said. “Now.” )")


# --- blogs and chapter note boxes ---------------------------------------------------------


def test_post_title_with_part_count_is_not_a_byline() -> None:
    story = _read(
        "Night Letters\n\nWindfall (1/2)\n\nTitle: Windfall\nAuthor: Orla Finch\n\n"
        "Chapter 1: Apples\n\nThe storm brought the apples down in one night.\n\n"
        "Chapter 2: Cider\n\nBy winter the cider was ready.\n"
    )
    assert story.metadata.title == "Windfall"
    assert story.metadata.authors == ("Orla Finch",)


def test_byline_of_two_handles_joined_by_ampersand() -> None:
    story = _read(
        "Amber Hours\nby wren_x & sparrow\nRating: G\n\n"
        "By noon the road was empty & the carts were gone.\n"
    )
    assert story.metadata.authors == ("wren_x", "sparrow")
    assert story_paragraphs(story) == ["By noon the road was empty & the carts were gone."]


def test_opening_note_box_above_heading_joins_the_chapter() -> None:
    story = _read(
        "História Fios - Capítulo 1 - O começo\n\nFios\nEscrita por linha_azul\n\n"
        "Notas do Autor\nOlá! Primeiro capítulo.\n\n"
        "Capítulo 1 - O começo\n\nA linha era azul e muito comprida.\n\n"
        "Notas Finais\nAté a próxima!\n\n"
        "Notas do Autor\nVoltei com mais um.\n\n"
        "Capítulo 2 - O fim\n\nA linha acabou no meio da noite.\n\n"
        "Notas Finais\nObrigada!\n"
    )
    first, second = story.chapters
    assert [n.label for n in first.notes_before] == ["Notas do Autor"]
    assert [n.label for n in first.notes_after] == ["Notas Finais"]
    assert [n.label for n in second.notes_before] == ["Notas do Autor"]
    assert not story.front_notes


_SPIRIT_ENGLISH_PAGES = """\
Spirit Fanfics
Home Stories Explore Write Log in Sign up
Story The Salt Mill - Chapter 1 - Grinding
Written by miller_maud
Posted 03/02/2021 10:15
Views 90 · Favorites 4 · Comments 1
Categories: Old Tales
Synopsis:
A mill at the bottom of the sea.

Author's Notes
Hi everyone, a short one for the fairy-tale fest.

Chapter 1 - Grinding

The mill ground salt all day, and nobody knew how to stop it.

Final Notes
See you next week!

Share: Facebook Twitter WhatsApp
Next Chapter >
Comments (1)
Report

Spirit Fanfics
Home Stories Explore Write Log in Sign up
Story The Salt Mill - Chapter 2 - The Sea
Written by miller_maud
Posted 03/09/2021 11:40
Views 90 · Favorites 4 · Comments 2

Author's Notes
Last chapter already.

Chapter 2 - The Sea

The ship sank with the mill still grinding, and that is why the sea is salt.

Share: Facebook Twitter WhatsApp
< Previous Chapter
Comments (2)
Report
"""


def test_spirit_english_pages() -> None:
    """Spirit's English interface: the menu line, "Story <title> - Chapter N - <name>", the
    "Author's Notes" box above each heading and "Final Notes" under the text; later pages'
    header lines, their undated-colon "Posted" line included, are dropped."""
    story = _read(_SPIRIT_ENGLISH_PAGES)
    assert story.metadata.title == "The Salt Mill"
    assert story.metadata.authors == ("miller_maud",)
    assert not story.front_notes
    first, second = story.chapters
    # The label is typeset like the note it heads (note-label-typeset).
    assert [n.label for n in first.notes_before] == ["Author’s Notes"]
    assert [n.label for n in first.notes_after] == ["Final Notes"]
    assert [n.label for n in second.notes_before] == ["Author’s Notes"]
    assert not second.notes_after
    notes = "\n".join(plain(n.blocks) for n in first.notes_after)
    assert "Posted" not in notes and "Story The Salt Mill" not in notes
    assert plain(first.blocks) == "The mill ground salt all day, and nobody knew how to stop it."
    assert plain(second.blocks).startswith("The ship sank")
    everything = "\n".join(story_paragraphs(story))
    assert "Share:" not in everything and "Previous Chapter" not in everything


def test_spirit_english_labels_and_menu() -> None:
    found = match_note("Final Notes")
    assert found is not None and found.label == "Final Notes"
    assert match_note("Final notes of the song drifted over the water.") is None
    assert is_site_chrome("Home Stories Explore Write Log in Sign up")
    assert not is_site_chrome("Home stories explore what we write.")


_SERIAL_PAGES_ONE_BUTTON_A_LINE = """\
Prologue: The Bell
The Drowned Bell
by tolling_tess
Fiction Page
Previous Chapter
Index
Next Chapter
A note from tolling_tess
Hello! Three short chapters.

The bell had rung under the lake for a hundred years.

Previous Chapter
Index
Next Chapter
Support "The Drowned Bell"
About the author
tolling_tess
Log in to comment
Comments (1)

Chapter 1: The Diver
The Drowned Bell
by tolling_tess
Fiction Page
Previous Chapter
Index
Next Chapter

Nobody believed the diver when she came up and said she had touched it.

Previous Chapter
Index
Next Chapter
Support "The Drowned Bell"
About the author
tolling_tess
Log in to comment
Comments (0)
"""


def test_serial_pages_one_button_a_line() -> None:
    """Royal Road's buttons copied one a line, "Fiction Page" first, and a note box straight
    under them: the note opens the page's chapter and the prose starts after it."""
    story = _read(_SERIAL_PAGES_ONE_BUTTON_A_LINE)
    assert story.metadata.title == "The Drowned Bell"
    assert not story.front_notes
    first, second = story.chapters
    assert [n.label for n in first.notes_before] == ["A note from tolling_tess"]
    assert not first.notes_after
    assert plain(first.blocks) == "The bell had rung under the lake for a hundred years."
    assert plain(second.blocks).startswith("Nobody believed the diver")
    assert is_site_chrome("Fiction Page")
    assert not is_site_chrome("Fiction pages were her favourite part of the paper.")


def test_note_above_first_heading_without_closing_boxes_stays_front() -> None:
    story = _read(
        "Title: Fios\n\nNotas do Autor: Olá! Uma história curta.\n\n"
        "Capítulo 1\n\nA linha era azul.\n\nCapítulo 2\n\nA linha acabou.\n"
    )
    assert [n.label for n in story.front_notes] == ["Notas do Autor"]


def test_authors_notes_above_first_heading_without_final_notes_stays_front() -> None:
    story = _read(
        "Title: Ropes\n\nAuthor's Notes\nThanks to my beta!\n\n"
        "Chapter 1\n\nThe rope held.\n\nChapter 2\n\nThe rope broke.\n"
    )
    assert [n.label for n in story.front_notes] == ["Author’s Notes"]
    assert not story.chapters[0].notes_before


def test_title_above_story_tabs_under_site_name() -> None:
    story = _read(
        "Fanfic Lab\nHome | Browse | Search | Log in\n\nThe Ninth Lantern\n\n"
        "Story | Reviews | Statistics\n\nAuthor: wickwright\nRated: PG\n\n"
        "Chapter 1: Dusk\n\nThe lantern was lit at dusk.\n\n"
        "Chapter 2: Dawn\n\nAt dawn it went out.\n"
    )
    assert story.metadata.title == "The Ninth Lantern"


def test_guillemet_title_in_a_value_is_not_a_link_bar() -> None:
    assert not is_site_chrome("Толстой Лев «Война и мир»")
    assert is_site_chrome("« Назад | Далее »")
