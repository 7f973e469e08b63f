"""Archive pages, newsgroup posts and word-processor exports: the rules made for them."""

from __future__ import annotations

from fic2epub.model import Story
from fic2epub.normalise.archive_lines import series_sentence
from fic2epub.normalise.decode import decode
from fic2epub.normalise.doc_comments import doc_comments
from fic2epub.normalise.metadata import wide_fields
from fic2epub.normalise.tab_table import (
    label_tab_table,
    page_number_tabs,
    tab_list_values,
    table_row_fields,
)
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text


def _read(text: str, encoding: str = "utf-8") -> Story:
    return read_text(text.encode(encoding), ReadOptions(), "story.txt")


def _prose(story: Story) -> str:
    return "\n".join(str(block) for chapter in story.chapters for block in chapter.blocks)


def test_wide_spaced_fields_split_only_at_known_labels() -> None:
    assert wide_fields("G   Categories: Lark Rise   Characters: Laura, Edmund") == [
        ("", "G"),
        ("Categories", "Lark Rise"),
        ("Characters", "Laura, Edmund"),
    ]
    # A colon after a double space in a summary's sentence is no field.
    assert wide_fields("She ran.  Her reason: fear.") is None
    assert wide_fields("one value") is None


def test_an_info_block_row_gives_each_field() -> None:
    story = _read(
        "The Barn\nby reed_and_rush\n\n"
        "Rated: G   Categories: Lark Rise   Characters: Laura, Edmund\n\n"
        "The barn had stood for a hundred years, and it meant to stand for a hundred more.\n"
    )
    assert story.metadata.rating == "G"
    assert story.metadata.fandoms == ("Lark Rise",)
    assert story.metadata.characters == ("Laura", "Edmund")


def test_a_tab_separated_stats_table_becomes_labelled_fields() -> None:
    table = "Author\tRating\tWords\tComplete\nreed_and_rush\tFR13\t2,000\tYes\n"
    assert label_tab_table(table) == (
        "Author\tRating\tWords\tComplete\n"
        "Author: reed_and_rush | Rating: FR13 | Words: 2,000 | Complete: Yes\n"
    )
    # Rows of other things, or rows that do not line up, are left alone.
    other = "Apples\tPears\tPlums\tFigs\n3\t4\t5\t6\n"
    assert label_tab_table(other) == other
    ragged = "Author\tRating\tWords\tComplete\nreed_and_rush\tFR13\n"
    assert label_tab_table(ragged) == ragged


def test_tab_separated_list_values_are_split_with_commas() -> None:
    """A list field's values set apart by tabs on the label's line (tab-list-values)."""
    text = "Characters:\tWren\tOtter Smith\tHeron\nStats:\tWords:\t900\tChapters:\t1/1\n"
    assert tab_list_values(text) == (
        "Characters: Wren, Otter Smith, Heron\nStats:\tWords:\t900\tChapters:\t1/1\n"
    )
    # A label of no list field, or one value alone, keeps its tabs.
    for other in ("Summary:\tShe ran.\tHe hid.\n", "Characters:\tWren\n", "a\tb\tc\n"):
        assert tab_list_values(other) == other


def test_ao3_tab_header_reads_lists_and_series() -> None:
    """AO3's work header copied with select-all: tabbed lists and the series line beside
    its arrow button (tab-list-values, series-part-beside-arrows)."""
    story = _read(
        "Fandom:\tThe Wind in the Willows - Kenneth Grahame\n"
        "Characters:\tMole\tWater Rat\tBadger\n"
        "Additional Tags:\tBoats\tRiverbank Picnics\n"
        "Series:\t« Previous Work   Part 3 of River Days\n"
        "\nA Long Reach\nosier_bed\n\nThe river was high after the rain, and Mole was glad.\n"
    )
    meta = story.metadata
    assert meta.characters == ("Mole", "Water Rat", "Badger")
    assert meta.tags == ("Boats", "Riverbank Picnics")
    assert meta.series == "River Days"
    assert meta.series_index == 3


def test_a_stats_tables_values_row_gives_its_fields() -> None:
    """``table_row_fields`` reads back the values row ``label_tab_table`` wrote; a line of
    prose with bars in it, or a row of other things, gives none."""
    row = "Author: reed_and_rush | Rating: FR13 | Words: 2,000 | Complete: Yes"
    assert table_row_fields(row) == [
        ("Author", "reed_and_rush"),
        ("Rating", "FR13"),
        ("Words", "2,000"),
        ("Complete", "Yes"),
    ]
    assert table_row_fields("The mill | the river | the wheel | the sky") is None
    assert table_row_fields("Apples: 3 | Pears: 4 | Plums: 5 | Figs: 6") is None


def test_a_tab_before_a_page_number_stays_a_wide_gap() -> None:
    """Rule ``tab-page-number``: expanded, the tab before a contents entry's page number
    leaves two spaces at least; an indent's tabs and a tab inside a line stay as they were."""
    # Expanded at once, the tab after these 23 characters would leave one space.
    wide = page_number_tabs("Chapter Two: The Miller\t3").expandtabs(4)
    assert wide == "Chapter Two: The Miller     3"
    assert page_number_tabs("\t\t12\nA\tgap in 1999 was odd.") == "\t\t12\nA\tgap in 1999 was odd."
    assert page_number_tabs("no tabs here 4") == "no tabs here 4"


def test_a_word_contents_table_ends_the_note_above_it() -> None:
    """Rules ``tab-page-number`` and ``contents-page-list``: Word's plain-text save keeps
    its contents table, each entry a tab and a page number. The list and its "Contents"
    line are dropped, so the author's note above it ends there, and only the headings
    below make chapters."""
    source = (
        "The Mill Race\r\nby Tam Orrin\r\n\r\n"
        "Author\u2019s Note: Written for the river challenge.\r\n\r\n"
        "Contents\r\nPrologue\t1\r\nChapter Two: The Mill\t3\r\nEpilogue\t4\r\n\r\n"
        "Prologue\r\n\r\nThe wheel had not turned since the flood.\r\n\r\n"
        "Chapter Two: The Mill\r\n\r\nThe miller came back in March with a new axle.\r\n\r\n"
        "Epilogue\r\n\r\nBy summer the race ran clear again.\r\n"
    )
    story = read_text(b"\xff\xfe" + source.encode("utf-16-le"), ReadOptions(), "mill.txt")
    assert [chapter.title for chapter in story.chapters] == [
        "Prologue",
        "Chapter Two: The Mill",
        "Epilogue",
    ]
    assert [(note.label, len(note.blocks)) for note in story.front_notes] == [
        ("Author\u2019s Note", 1)
    ]
    assert "Contents" not in repr(story.front_notes)
    assert "Contents" not in _prose(story)


def test_a_stats_table_names_author_rating_and_status() -> None:
    story = _read(
        "Salt and Iron\n\n"
        "Categories\tAuthor\tRating\tChapters\tComplete\n"
        "Literature\tMarsh Wren\tFR13\t1\tYes\n\n"
        "The door was the colour of the sea, and nobody in the village had ever seen it.\n"
    )
    assert story.metadata.authors == ("Marsh Wren",)
    assert story.metadata.rating == "FR13"
    assert story.metadata.status == "Complete"


def test_the_series_sentence_gives_name_and_index() -> None:
    line = 'This story is No. 3 in the series "Sunnydale Tides". You may wish to read it first.'
    assert series_sentence(line) == "Part 3 of Sunnydale Tides"
    assert series_sentence("This story is the third in a series of winters.") is None


def test_doc_comments_and_their_anchors_are_removed() -> None:
    text = "She sat at the loom[a] all day.\nHe sang.[b]\n\n[a]looms?\n[b]oh no\nreply: yes\n"
    cleaned = doc_comments(text)
    assert "[a]" not in cleaned and "looms?" not in cleaned and "reply" not in cleaned
    assert cleaned.startswith("She sat at the loom all day.\nHe sang.\n")
    assert cleaned.count("\n") == text.rstrip().count("\n")


def test_a_story_bracket_letter_without_a_comment_list_stays() -> None:
    # No list at the end, or a list whose anchor the prose never used, or story text
    # between the entries: all left as written.
    assert doc_comments("Choose one: [a] the sea or [b] the hill.\n") == (
        "Choose one: [a] the sea or [b] the hill.\n"
    )
    unused = "She waited.\n\n[a]a note\n"
    assert doc_comments(unused) == unused
    prose = "Look at [a].\n\n[a]first\n\nThen the story went on.\n"
    assert doc_comments(prose) == prose


def test_a_declared_charset_beats_the_detector() -> None:
    text = "Content-Type: text/plain; charset=ISO-8859-1\n\nThe émigrés came in.\n"
    assert decode(text.encode("latin-1"), "post.txt") == text
    # An unknown name is ignored: the bytes are read as they would be without it.
    odd = "charset=nonsense-9\n\n\u201cThe café was closed,\u201d she said.\n"
    assert decode(odd.encode("cp1252"), "post.txt") == odd


def test_the_quoted_message_under_a_reply_line_is_not_the_story() -> None:
    story = _read(
        "On Thu, 11 Mar 1999 08:02:11 -0500, Ann Lee <ann@example.com> wrote:\n\n"
        ">Challenge: a story about a door.\n>\n>Ann\n\n"
        "Title: The Door\nAuthor: Marsh Wren\n\n"
        "The door was the colour of the sea, and nobody in the village had ever seen it open. "
        "Then one morning it was open, and the sea was behind it.\n"
    )
    assert story.metadata.title == "The Door"
    assert "Challenge" not in _prose(story)


def test_banner_box_is_undrawn() -> None:
    """A box of stars around the opening lines is decoration: its text stays, the frame goes,
    and the header fields under it are read (banner-box)."""
    from fic2epub.normalise.banner_box import banner_box

    text = (
        "\n******************************\n*                            *\n"
        "*        MARSH LIGHTS        *\n*      by Tamsin Rook        *\n"
        "******************************\n\nTitle: Marsh Lights\n"
    )
    assert banner_box(text) == ("\n\n\nMARSH LIGHTS\nby Tamsin Rook\n\n\nTitle: Marsh Lights\n")
    story = _read(
        text + "Author: Tamsin Rook\nCategory: Angst, missing scene\n\n"
        "The lights came up out of the marsh at dusk, one by one.\n"
    )
    assert story.metadata.title == "Marsh Lights"
    assert story.metadata.authors == ("Tamsin Rook",)
    # A list naming a known genre is categories, its other items too (category-genres).
    assert story.metadata.fandoms == ()
    assert story.metadata.categories == ("Angst", "missing scene")
    assert "MARSH" not in _prose(story) and "*" not in _prose(story)


def test_star_rules_that_frame_no_title_stay() -> None:
    """A row of stars with no framed lines after it (a scene break, a poem's ornament), or a
    box in the middle of the story, is left as it is."""
    from fic2epub.normalise.banner_box import banner_box

    for text in (
        "**********\n\nThe rain stopped.\n\n**********\n",
        "The rain stopped.\n\n" * 8 + "**********\n* Note *\n**********\n",
        "**********\n*          *\n**********\n\nShe ran.\n",
        "**********\nShe ran * and ran *\n**********\n",
    ):
        assert banner_box(text) == text
