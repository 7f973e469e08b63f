"""Work-level notes and header shorthand: AO3's end-note pointers, subject-line fandoms."""

from __future__ import annotations

from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.metadata import MetadataBuilder
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import plain

_WORK = """Title: Two Kettles
Author: copper_spout

Notes:
Written in one sitting.
(See the end of the work for more notes.)

Chapter 1: Morning

The first kettle sang at seven and nobody came.

Chapter 2: Evening

The second kettle was quieter, and Ruth liked it better.

Notes:
Thank you for reading this odd little thing!
"""


def test_pointed_end_notes_are_the_works_back_notes() -> None:
    story = read_text(_WORK.encode(), ReadOptions())
    assert [c.title for c in story.chapters] == ["Chapter 1: Morning", "Chapter 2: Evening"]
    assert [n.label for n in story.back_notes] == ["Notes"]
    assert story.chapters[-1].notes_after == ()


def test_without_the_pointer_a_last_chapter_keeps_its_note() -> None:
    text = _WORK.replace("(See the end of the work for more notes.)\n", "")
    story = read_text(text.encode(), ReadOptions())
    assert story.back_notes == ()
    assert [n.label for n in story.chapters[-1].notes_after] == ["Notes"]


_PAGE = """Title: Three Lamps
Author: wick_and_oil

Chapter 1: Dusk

Notes:
Short one, sorry.
(See the end of the chapter for more notes.)

Chapter Text

The first lamp was lit by the boy who sold matches.

Notes:
The match boy comes back later!

Chapter 2: Dark

Chapter Text

The last lamp went out at midnight, and the street was quiet.

Notes:
Thank you all for reading this little thing!
"""


def test_a_last_chapter_without_its_pointer_hands_its_note_to_the_work() -> None:
    story = read_text(_PAGE.encode(), ReadOptions())
    assert [n.label for n in story.chapters[0].notes_after] == ["Notes"]
    assert [n.label for n in story.back_notes] == ["Notes"]
    assert story.chapters[-1].notes_after == ()


def test_a_last_chapter_with_its_own_pointer_keeps_its_note() -> None:
    text = _PAGE.replace(
        "Chapter 2: Dark\n",
        "Chapter 2: Dark\n\nNotes:\n(See the end of the chapter for more notes.)\n",
    )
    story = read_text(text.encode(), ReadOptions())
    assert story.back_notes == ()
    assert [n.label for n in story.chapters[-1].notes_after] == ["Notes"]


# No chapter has end notes, so no chapter points to any: the "Chapter Text" markers show
# the prefaces were copied, and the last chapter's has no pointer.
_UNPOINTED_PAGE = """Title: Two Bells
Author: rope_and_clapper

Chapter 1: Noon

Chapter Text

The noon bell rang twice, as it had since the steeple was mended.

Chapter 2: Curfew

Chapter Text

The curfew bell rang once and the square emptied.

Notes:
Written for a friend who rings bells. Thanks for reading!
"""


def test_a_work_page_with_no_pointers_ends_on_the_works_note() -> None:
    """Rule ``unpointed-chapter-end``, where no chapter has end notes: AO3 would have
    pointed from the last chapter's preface to its own end notes."""
    story = read_text(_UNPOINTED_PAGE.encode(), ReadOptions())
    assert [c.title for c in story.chapters] == ["Chapter 1: Noon", "Chapter 2: Curfew"]
    assert [n.label for n in story.back_notes] == ["Notes"]
    assert story.chapters[-1].notes_after == ()


def test_a_pointer_over_the_last_chapters_text_keeps_its_note() -> None:
    text = _UNPOINTED_PAGE.replace(
        "Chapter 2: Curfew\n",
        "Chapter 2: Curfew\n\nNotes:\n(See the end of the chapter for notes.)\n",
    )
    story = read_text(text.encode(), ReadOptions())
    assert story.back_notes == ()
    assert [n.label for n in story.chapters[-1].notes_after] == ["Notes"]


def test_without_text_markers_a_last_chapter_keeps_its_note() -> None:
    text = _UNPOINTED_PAGE.replace("Chapter Text\n\n", "")
    story = read_text(text.encode(), ReadOptions())
    assert story.back_notes == ()
    assert [n.label for n in story.chapters[-1].notes_after] == ["Notes"]


def test_chapter_pages_copied_apart_keep_the_last_pages_note() -> None:
    """Rule ``chapter-pages-apart``: each chapter copied as its own page, AO3's footer under
    each, closes the last page with that chapter's "Notes:", as a reader reads it."""
    footer = "Actions\n← Previous Chapter\n↑ Top\nKudos ♥\nComments (2)\n\n"
    text = _UNPOINTED_PAGE.replace("Chapter 2: Curfew\n", footer + "Chapter 2: Curfew\n")
    text += "\n" + footer
    story = read_text(text.encode(), ReadOptions())
    assert [c.title for c in story.chapters] == ["Chapter 1: Noon", "Chapter 2: Curfew"]
    assert story.back_notes == ()
    assert [n.label for n in story.chapters[-1].notes_after] == ["Notes"]


def test_chapter_pages_copied_apart_keep_the_last_note_after_a_pointer() -> None:
    """Rule ``chapter-pages-apart`` outranks an earlier page's pointer to its own chapter's
    end notes: the last page's closing "Notes:" is still that chapter's."""
    footer = "Actions\n← Previous Chapter\n↑ Top\nKudos ♥\nComments (2)\n\n"
    pointer = "Notes:\nThe square is real.\n(See the end of the chapter for more notes.)\n\n"
    text = _UNPOINTED_PAGE.replace("Chapter 1: Noon\n", "Chapter 1: Noon\n\n" + pointer)
    text = text.replace("Chapter 2: Curfew\n", footer + "Chapter 2: Curfew\n") + "\n" + footer
    story = read_text(text.encode(), ReadOptions())
    assert story.back_notes == ()
    assert [n.label for n in story.chapters[-1].notes_after] == ["Notes"]
    # The whole work's page (no footer between the chapters) keeps it the work's.
    whole = _UNPOINTED_PAGE.replace("Chapter 1: Noon\n", "Chapter 1: Noon\n\n" + pointer)
    assert [n.label for n in read_text(whole.encode(), ReadOptions()).back_notes] == ["Notes"]


def test_a_fandom_field_overrides_the_subject_lines_brackets() -> None:
    meta = MetadataBuilder()
    assert meta.read_title_line("[Winter Exchange] Salt Roads (Gen, PG)") == "Salt Roads"
    meta.add_field("Fandom", "Treasure Island")
    assert meta.build(title="T", language=None).fandoms == ("Treasure Island",)


def test_a_subject_line_alone_names_the_fandom() -> None:
    meta = MetadataBuilder()
    meta.read_title_line("[Treasure Island] Salt Roads (Gen, PG)")
    assert meta.build(title="T", language=None).fandoms == ("Treasure Island",)


def test_ao3_chapter_navigation_with_arrows_is_chrome() -> None:
    for line in ("← Previous Chapter", "Next Chapter →", "↑ Top"):
        assert is_site_chrome(line)
    assert not is_site_chrome("← Previous Chapter was the sad one, she said.")


_EFICTION_CHAPTERS = """The Tin Lantern
by wick_and_wax

Chapter 1: Oil

Author's Chapter Notes:
My first try at a whole chapter, so be gentle.

The lantern had been her grandmother's, and it leaked oil onto every table it stood on.

Chapter 2: Wick

Author’s Chapter Notes:
This one is shorter.

She trimmed the wick with the kitchen scissors and lit it on the second match.
"""


def test_a_straight_apostrophe_label_is_typeset_like_its_note() -> None:
    # note-label-typeset: eFiction prints "Author's Chapter Notes:" with a straight
    # apostrophe; the book names the note as it typesets everything else.
    story = read_text(_EFICTION_CHAPTERS.encode(), ReadOptions(), "story.txt")
    notes = [note.label for chapter in story.chapters for note in chapter.notes_before]
    assert notes == ["Author’s Chapter Notes", "Author’s Chapter Notes"]


_PLEA = "Please drop by the Archive and comment to let the creators know if you enjoyed their work!"


def test_an_indented_comment_plea_stays_the_sites() -> None:
    """AO3's plea under "Afterword" or end notes is dropped, indented or not (a file
    re-saved from a word processor indents every paragraph); the author's note is kept."""
    story_text = "Title: Two Kettles\nAuthor: copper_spout\n\nThe kettle sang at seven.\n\n"
    for plea in (_PLEA, "\t" + _PLEA, "    " + _PLEA):
        alone = read_text(f"{story_text}Afterword\n\n{plea}\n".encode(), ReadOptions(), "w.txt")
        assert [note.label for note in alone.back_notes] == []
        noted = read_text(
            f"{story_text}End Notes\n\nThanks for reading!\n\n{plea}\n".encode(),
            ReadOptions(),
            "w.txt",
        )
        assert [note.label for note in noted.back_notes] == ["End Notes"]
        assert plain(noted.back_notes[0].blocks) == "Thanks for reading!"


def test_series_links_on_their_own_lines_go_with_the_series() -> None:
    """ao3-series-links: a work page copied from a browser puts "← Previous Work" and
    "Next Work →" on lines of their own around "Part 2 of Name"; neither is the title."""
    tags = (
        "Work Header\nRating:\nGeneral Audiences\nArchive Warning:\nNo Archive Warnings Apply\n"
        "Category:\nGen\nFandom:\nHarbour Tales\nLanguage:\nEnglish\nSeries:\n{series}\n"
        "Stats:\nPublished:\n2021-03-01\nHarbour Lights\nwick_and_wax\nSummary:\n"
        "Two lamplighters and one smoky lamp.\nChapter Text\nThe lamps were lit at six.\n"
    )
    for series in (
        "← Previous Work\nPart 2 of Quay Nights\nNext Work →",
        "Part 2 of Quay Nights\nNext Work →",
        "Part 2 of Quay Nights",
    ):
        story = read_text(tags.format(series=series).encode(), ReadOptions(), "work.txt")
        assert story.metadata.title == "Harbour Lights"
        assert (story.metadata.series, story.metadata.series_index) == ("Quay Nights", 2.0)


_AFTERWORD_WORK = """Title: Two Kettles
Author: copper_spout

Chapter 1: Morning

Notes:
This chapter is mostly Ruth's fault.

The first kettle sang at seven and nobody came.

Chapter 2: Evening

The second kettle was quieter, and Ruth liked it better.

Afterword

End Notes
Thank you for reading this odd little thing!
"""


def test_an_afterword_label_alone_makes_the_end_notes_the_works() -> None:
    """afterword-label-alone: AO3's bare "Afterword" over "End Notes" marks them the work's,
    even where a chapter above heads its own note "Notes"."""
    story = read_text(_AFTERWORD_WORK.encode(), ReadOptions(), "work.txt")
    assert [n.label for n in story.back_notes] == ["End Notes"]
    assert story.chapters[-1].notes_after == ()
    assert [n.label for n in story.chapters[0].notes_before] == ["Notes"]
    # Near miss: without the "Afterword" label, a chapter that heads its note "Notes" keeps
    # its "End Notes" too (flattened-end-notes).
    flattened = read_text(
        _AFTERWORD_WORK.replace("Afterword\n\n", "").encode(), ReadOptions(), "work.txt"
    )
    assert [n.label for n in flattened.chapters[-1].notes_after] == ["End Notes"]
