"""Converter and archive output: lynx dumps, FanFicFare's flattened notes, info bars."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from fic2epub.normalise.fields import dated_label
from fic2epub.normalise.layout import layout
from fic2epub.normalise.lynx import LYNX_STEPS, lynx_dump, lynx_references
from fic2epub.normalise.pipe_fields import pipe_metadata
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text

LYNX = """   [1]Home | [2]Stories

   The rain came at [3]dusk, and the footnote[9] stays.

References

   1. http://example.org/index.html
   2. http://example.org/stories.html
   3. mailto:someone@example.org
"""


def test_lynx_reference_list_and_its_markers_go() -> None:
    text = lynx_references(LYNX)
    assert "References" not in text and "http://" not in text
    assert "Home | Stories" in text
    assert "came at dusk" in text
    assert "footnote[9]" in text  # not a number of the list: the story's own mark


LYNX_WORK_PAGE = """     * [1]Main Content

[2]Archive of Our Own^ beta

     * [3]Fandoms
     * [4]Log In

   Fandom:

          + [5]The Tidewater Almanac

   Characters:

          + [6]Marit
          + [7]Old Joss

   Stats:

        Completed:
                2021-05-02

        Chapters:
                1/1

The Lamp Room

[8]gullwing_reader

Summary:

     A keeper, a lamp and a neighbour who never waves.

Work Text:

   Marit trimmed the wick and wound the clock, and the light went out over the
   water as it had every night for forty years.

   Old Joss watched it from the shore and did not wave.
     * [9]↑ Top
     * [10]Kudos ♥

   [11]heron_at_dawn, [12]saltmarsh_fan, [13]pennywhistle as well as 12 guests
   left kudos on this work!

References

   1. https://example.org/works/1#main
   2. https://example.org/
   3. https://example.org/menu/fandoms
   4. https://example.org/users/login
   5. https://example.org/tags/The Tidewater Almanac/works
   6. https://example.org/tags/Marit/works
   7. https://example.org/tags/Old Joss/works
   8. https://example.org/users/gullwing_reader
   9. https://example.org/works/1#top
  10. https://example.org/works/1/kudos
  11. https://example.org/users/heron_at_dawn
  12. https://example.org/users/saltmarsh_fan
  13. https://example.org/users/pennywhistle
"""


def test_lynx_dump_of_a_work_page_reads_its_tag_block_and_drops_its_footer() -> None:
    story = read_text(LYNX_WORK_PAGE.encode(), ReadOptions(), "lynx.txt")
    assert story.metadata.title == "The Lamp Room"
    assert story.metadata.authors == ("gullwing_reader",)
    assert story.metadata.fandoms == ("The Tidewater Almanac",)
    assert story.metadata.characters == ("Marit", "Old Joss")
    assert story.metadata.status == "Complete"
    # The kudos list, wrapped onto a line of its own closing words, is the page's footer.
    last = story.chapters[-1].blocks[-1]
    assert "did not wave" in str(last) and "kudos" not in str(story.chapters[-1].blocks)


def _lynx_rules_in_turn(text: str) -> str:
    for step in LYNX_STEPS:
        text = step(text)
    return text


def test_lynx_dump_gives_what_its_rules_give_in_turn() -> None:
    for text in (LYNX, LYNX_WORK_PAGE, "References\n\nShe had none.\n", "x^ y\n[1]z\n"):
        assert lynx_dump(text) == _lynx_rules_in_turn(text)
    assert lynx_dump(LYNX) != LYNX  # the dumps above are read, not passed over


# Lines a lynx dump is made of: terms, bulleted and link items, carets, the list and its
# entries, and prose.
_LYNX_LINES = st.sampled_from(
    [
        "References",
        "Visible links",
        "   1. http://example.org/a",
        "   2. mailto:x@example.org",
        "   Characters:",
        "          + [4]Marit",
        "     * [3]Browse",
        "Archive of Our Own^ beta",
        "The rain came at [1]dusk.",
        "",
    ]
)


@given(st.lists(_LYNX_LINES, max_size=12))
def test_lynx_dump_agrees_with_its_rules_on_any_arrangement(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert lynx_dump(text) == _lynx_rules_in_turn(text)


def test_a_story_section_called_references_stays() -> None:
    text = "References\n\nShe had none, and the job went to her cousin.\n"
    assert lynx_references(text) == text


def test_info_bar_with_counters_gives_its_labelled_fields() -> None:
    line = "Rated: PG | Reviews (3) | Chapters: 4 | Completed: No | Word count: 900"
    assert pipe_metadata(line) == [
        ("Rated", "PG"),
        ("Chapters", "4"),
        ("Completed", "No"),
        ("Word count", "900"),
    ]
    assert pipe_metadata("Home | Stories (12) | Contact: me") is None


def test_dated_label_without_colon() -> None:
    assert dated_label("Updated Jun 02, 2016") == ("Updated", "2016-06-02")
    assert dated_label("Published 3 May 2019") == ("Published", "2019-05-03")
    assert dated_label("Updated the ledger on Friday") is None


def test_field_after_a_web_address_starts_its_own_line() -> None:
    wrapped = " ".join(["word"] * 14)
    text = (
        f"{wrapped}\n{wrapped}\n{wrapped}\n{wrapped}\n{wrapped}\n{wrapped}\n\n"
        "Story URL: https://example.org/works/123456789/chapters/987654321/full-story-page\n"
        "Summary: A short one.\n"
    )
    texts = [chunk.text for chunk in layout(text)]
    assert "Summary: A short one." in texts


FLATTENED = """Title: Two Parts
Author: quillfeather


Part One

Notes:

    For a friend.

The first half was short.


Part Two

The second half was shorter.

End Notes:

    Thanks for reading!
"""


def test_end_notes_of_a_flattened_copy_stay_with_the_last_chapter() -> None:
    story = read_text(FLATTENED.encode(), ReadOptions(), "two.txt")
    assert [n.label for n in story.back_notes] == []
    assert [n.label for n in story.chapters[-1].notes_after] == ["End Notes"]


def test_end_notes_the_work_notes_point_to_are_the_works() -> None:
    """Rule ``author-end-pointer``: the work's opening note sends the reader to the end in
    the author's own words, so the last note after the last chapter is the work's, though
    the chapters head their notes as the work does."""
    text = FLATTENED.replace(
        "Author: quillfeather\n", "Author: quillfeather\nNotes: Sources at the end.\n"
    )
    story = read_text(text.encode(), ReadOptions(), "two.txt")
    assert [n.label for n in story.back_notes] == ["End Notes"]
    assert story.chapters[-1].notes_after == ()


def test_an_end_pointer_inside_a_chapters_note_leaves_the_end_notes_with_it() -> None:
    """``author-end-pointer`` reads only the work's opening notes: a chapter's note that
    says "see the end" points within its chapter."""
    text = FLATTENED.replace("For a friend.", "For a friend. See the end for thanks.")
    story = read_text(text.encode(), ReadOptions(), "two.txt")
    assert [n.label for n in story.back_notes] == []
    assert [n.label for n in story.chapters[-1].notes_after] == ["End Notes"]


BYLINED = """Lanterns at Dusk by marrowbee

Summary: Two sisters wait up.


The Long Evening by marrowbee

The lamps were lit early that night.


The Short Night by marrowbee

Neither of them slept.
"""


def test_chapter_lines_that_repeat_the_byline_are_headings() -> None:
    story = read_text(BYLINED.encode(), ReadOptions())
    assert story.metadata.title == "Lanterns at Dusk"
    assert story.metadata.authors == ("marrowbee",)
    assert [chapter.title for chapter in story.chapters] == ["The Long Evening", "The Short Night"]


def test_a_line_by_someone_else_or_a_sentence_is_no_bylined_heading() -> None:
    text = (
        "Lanterns at Dusk by marrowbee\n\nThe Long Evening by someone else\n\n"
        "The song was written by marrowbee.\n\nIt was late.\n"
    )
    story = read_text(text.encode(), ReadOptions())
    assert [chapter.title for chapter in story.chapters] == [None]


def test_a_converters_markdown_escapes_are_undone() -> None:
    from fic2epub.normalise.md_escapes import markdown_escapes

    text = "by tide\\_reader\n\nLamp \\(Keeper\\)\n\n\\* \\* \\*\n\nThanks\\!"
    assert markdown_escapes(text) == "by tide_reader\n\nLamp (Keeper)\n\n* * *\n\nThanks!"


def test_a_shrug_or_a_kaomoji_keeps_its_backslash() -> None:
    from fic2epub.normalise.md_escapes import markdown_escapes

    text = "He shrugged. ¯\\_(ツ)_/¯\n\n\\(^o^)/ she typed, and \\(^_^)/ again. ¯\\_(ツ)_/¯"
    assert markdown_escapes(text) == text


LYNX_TWO_PAGES = """   [1]StoryHub [2]Sign Up [3]Login
   By: [4]quill_moth

   The kettle sang at [5]noon, and the footnote[40] stays.

References

   1. https://example.org/
   4. https://example.org/u/quill_moth

   [1]StoryHub [2]Sign Up [3]Login

   The second page begins with [6]rain on the slates.

References

   1. https://example.org/
   6. https://example.org/rain
"""


def test_lynx_lists_between_pages_go_with_every_link_mark() -> None:
    text = lynx_references(LYNX_TWO_PAGES)
    assert "References" not in text and "https://" not in text
    assert "By: quill_moth" in text  # a mark whose number the page's list left out
    assert "sang at noon" in text and "with rain on" in text
    assert "footnote[40]" in text  # glued to a word, past every list: the story's own


def test_site_name_with_account_buttons_is_chrome() -> None:
    from fic2epub.normalise.site_names import is_site_name

    assert is_site_name("FictionPress Sign Up Login")
    assert is_site_name("Wattpad Search Log in")
    assert not is_site_name("FictionPress Sign Up Login and Other Poems")


def test_ffn_info_line_without_its_rated_label() -> None:
    from fic2epub.normalise.patterns import FFN_INFO_RE

    line = "Fiction T - English - Drama - Chapters: 3 - Words: 2,040 - Status: Complete"
    assert FFN_INFO_RE.fullmatch(line) is not None
    assert FFN_INFO_RE.fullmatch("Fiction T - the kind nobody reads twice.") is None
