"""An anthology's front and back: the mods' letter, the cover's subtitle lines, the colophon."""

from __future__ import annotations

from fic2epub.normalise.form_subtitle import form_subtitle
from fic2epub.normalise.patterns import match_note


def test_from_the_mods_label() -> None:
    # Rule ``from-the-mods-label``: with its colon, the exchange's moderators' letter.
    for label in ("From the mods", "From the moderators", "From the organisers"):
        note = match_note(f"{label}: Thank you all for writing this year.")
        assert note is not None and note.label == label
    assert match_note("From the mods, she heard nothing for a week.") is None
    assert match_note("From the modern city came a train every hour.") is None
    # Rule ``mod-note-label``: the moderators' "Mod note:" is their letter too.
    for label in ("Mod note", "Mods’ note", "Moderator's note"):
        note = match_note(f"{label}: Thank you all for writing this year.")
        assert note is not None and note.label == label
    assert match_note("Mod notes were pinned to the board all summer.") is None


def test_exchange_and_collected_works_subtitles() -> None:
    # Rules ``exchange-subtitle`` and ``collected-works-subtitle``.
    assert form_subtitle("The Collected Works")
    assert form_subtitle("Complete works")
    assert form_subtitle("A Lark Rise / Flora Thompson fic exchange")
    assert form_subtitle("a Cranford gift exchange")
    assert not form_subtitle("The collected works of her father filled a shelf.")
    assert not form_subtitle("An exchange of letters began that winter.")


def test_x_run_rule() -> None:
    # Rule ``x-run-rule``: a long run of x's across the line rules it; kisses stay.
    from fic2epub.normalise.chunks import is_glyph_line

    assert is_glyph_line("xxxxxxxxxxxxxxxxxxxx")
    assert is_glyph_line("XXXXXXXXXXXX")
    assert not is_glyph_line("xxx")
    assert not is_glyph_line("xxxxx")


def test_comment_link_with_double_hyphen() -> None:
    # Rule ``comment-link-double-hyphen``.
    from fic2epub.normalise.comments import _HEADING

    assert _HEADING.fullmatch("( 4 comments -- Leave a comment )") is not None
    assert _HEADING.fullmatch("( 4 comments — Leave a comment )") is not None
    assert _HEADING.fullmatch("( 4 comments --- and more )") is None


def test_plea_closing_sentence() -> None:
    # Rules ``plea-closing-sentence`` and ``fill-for-prompt``.
    from fic2epub.normalise.pleas import closing_plea

    assert closing_plea('Fill for the prompt "lost keys". Concrit welcome!')
    assert closing_plea("Written for my sister. Comments appreciated!")
    assert not closing_plea("The letter said the house was hers. She was welcome.")


def test_series_summary_label() -> None:
    # Rule ``series-summary-label``: a series file's own summary is the book's.
    from fic2epub.normalise.fields import field_for

    assert field_for("series summary") == "summary"
    assert field_for("series description") == "summary"


def test_foot_pairs_need_pages_counting_up() -> None:
    # Rule ``pdf-foot-pair``: a name over numbers that do not count up is no page foot.
    from fic2epub.normalise.pdf_foot_pairs import page_foot_pairs

    text = "She kept score.\n\nWins\n3\n\nThen she rubbed it out.\n\nWins\n7\n\nThe end.\n"
    assert page_foot_pairs(text) == text
    feet = "One line\nruns\n\nZine · 1\n1\n\non here.\n\nZine · 1\n2\n\nAnd more.\n"
    assert page_foot_pairs(feet) == "One line\nruns\non here.\n\nAnd more.\n"


_STORY_AND_SEQUEL = """\
The Salt Lamp

by tallow_and_wick

The lamp burned salt instead of oil, and nobody in the village asked why.

The keeper's daughter asked, once, and was sent to bed without supper.

The End


Sequel: The Second Lamp
by tallow_and_wick

A/N: Someone asked what happened next, so here it is.

The second lamp was smaller, and it burned sugar, and the ants loved it.

She kept it on the sill all winter, and the ants kept her company.
"""


def test_story_before_sequel_and_sequel_byline() -> None:
    # Rules ``story-before-sequel`` and ``sequel-byline``.
    from fic2epub.options import ReadOptions
    from fic2epub.readers.text import read_text

    story = read_text(_STORY_AND_SEQUEL.encode(), ReadOptions())
    chapters = [chapter for part in story.parts for chapter in part.chapters]
    assert [chapter.title for chapter in chapters] == ["The Salt Lamp", "Sequel: The Second Lamp"]
    assert [note.label for note in chapters[1].notes_before] == ["A/N"]
    assert story.metadata.authors == ("tallow_and_wick",)


def test_sequel_byline_with_colon() -> None:
    # Rule ``sequel-byline``: "By: Name and Name" under the sequel's heading, as "by Name".
    from fic2epub.options import ReadOptions
    from fic2epub.readers.text import read_text

    text = _STORY_AND_SEQUEL.replace("by tallow_and_wick", "By: Ann Rowe and Tom Vey")
    story = read_text(text.encode(), ReadOptions())
    chapters = [chapter for part in story.parts for chapter in part.chapters]
    assert [chapter.title for chapter in chapters] == ["The Salt Lamp", "Sequel: The Second Lamp"]
    assert [note.label for note in chapters[1].notes_before] == ["A/N"]
    assert story.metadata.authors == ("Ann Rowe", "Tom Vey")


def test_title_with_form_subtitle_is_no_field() -> None:
    # Rules ``title-colon-form`` and ``dump-subtitle``.
    from fic2epub.normalise.field_lines import field_line

    assert form_subtitle("a drabble dump")
    assert field_line("Salt and Smoke: a drabble dump") is None
    assert field_line("Summary: a drabble about smoke") == ("Summary", "a drabble about smoke")
    assert field_line("Mood: a bit tired") == ("Mood", "a bit tired")
    # Rule ``form-colon-title``: the form first, "drabble dump: …", is a title too.
    assert field_line("drabble dump: the lighthouse keeper") is None
    assert field_line("Ficlet collection: Salt and Smoke") is None
    assert field_line("Fandom: the lighthouse keeper") == ("Fandom", "the lighthouse keeper")


def test_complete_works_owner_and_export_end() -> None:
    # Rules ``complete-works-owner`` and ``export-end-line``.
    from fic2epub.normalise.chrome import is_site_chrome
    from fic2epub.normalise.form_subtitle import works_owner

    assert works_owner("complete works — tallow_and_wick") == "tallow_and_wick"
    assert works_owner("The Collected Works of Ann Rowe") == "Ann Rowe"
    assert works_owner("Ann Rowe's Complete Works") == "Ann Rowe"
    assert works_owner("tallow_and_wick -- complete works") == "tallow_and_wick"
    assert works_owner("Ann Rowe | Collected Works") == "Ann Rowe"
    assert works_owner("The Works") is None
    assert works_owner("Complete works of a very long and winding afternoon nap") is None
    assert is_site_chrome("*end of export*")
    assert is_site_chrome("End of file")
    assert not is_site_chrome("It was the end of the export trade in salt.")


def test_writers_note_label() -> None:
    # Rule ``writers-note-label``: "Writers’ note:" under a piece written together.
    for label in ("Writers’ note", "Writer's note", "Writers notes"):
        note = match_note(f"{label}: We argued about the ending for a month.")
        assert note is not None and note.label == label
    assert match_note("Writers note the weather before anything else.") is None


_EXCHANGE = """\
Lamps and Ledgers

Mod note: Welcome to the winter round! Two pieces this year.

Chapter 1: The Ledger

The clerk had balanced the ledger every night for thirty years without a single error.

Chapter 2: The Lamp

The lamp in the counting house burned until dawn, and nobody ever asked who paid for the oil.

Author's Note: Happy holidays to my recipient!

Mod note: That's the round. Thank you for writing, everyone.
"""


def test_gatherers_closing_note() -> None:
    # Rule ``gatherers-closing-note``: the mods' last note closes the book, not its last piece.
    from fic2epub.options import ReadOptions
    from fic2epub.readers.text import read_text

    story = read_text(_EXCHANGE.encode(), ReadOptions())
    assert [note.label for note in story.back_notes] == ["Mod note"]
    assert [note.label for note in story.chapters[-1].notes_after] == ["Author’s Note"]


def test_afterthought_label_and_export_stamp() -> None:
    # Rules ``afterthought-label`` and ``export-stamp-line``.
    from fic2epub.normalise.downloader_lines import downloader_line

    note = match_note("Afterthought: the cat deserved a story of her own.")
    assert note is not None and note.label == "Afterthought"
    assert match_note("Afterthought, she added a pinch of salt.") is None
    stamp = "Exported from my notes app, 9 March 2022 -- 5 works, 4,310 words"
    assert downloader_line(stamp) == "export-stamp-line"
    assert downloader_line("Exported from Lisbon, the wine was sour by spring.") is None


def test_collection_intro_is_the_posters_note() -> None:
    # Rules ``ever-finished`` and ``here-are-the-fills`` (tells_how_written).
    from fic2epub.normalise.writing_notes import tells_how_written

    assert tells_how_written("All the fics I ever finished for this fandom. Only four!")
    assert tells_how_written("Here are this month's fills, two of them! Be nice to the writers.")
    assert not tells_how_written("Here are the stories the old men told by the fire.")
    assert not tells_how_written("She finished the bread and went out to the well.")


_INTRO = (
    "Here are this round's fills, both of them! Leave the writers some love in the comments. "
    "Round ten opens on Monday and the theme is Bridges and Ferries."
)
_ROUND = f"""\
ledger_and_lamp
A prompt a month.

Recent Entries | Archive | Friends | Profile | Memories

Round Nine Fills
Jun. 2nd, 2015 at 8:40 PM
[info]lamp_mod

{_INTRO}

( Fill one: The Ledger, by [info]ledger_lass )

Title: The Ledger
Writer: ledger_lass
Rating: G

The clerk had balanced the ledger every night for thirty years without a single error.

( Fill two: The Lamp, by [info]lamp_lad )

Title: The Lamp
Writer: lamp_lad
Rating: G

The lamp in the counting house burned until dawn, and nobody ever asked who paid for the oil.
"""


def test_writing_talk_inside_header() -> None:
    # Rule ``writing-talk-inside-header``: the poster's intro over the first fill's cut link
    # and header block is her front note; the cut links go.
    from fic2epub.options import ReadOptions
    from fic2epub.readers.text import read_text

    story = read_text(_ROUND.encode(), ReadOptions())
    assert [note.label for note in story.front_notes] == [""]
    assert [chapter.title for chapter in story.chapters] == ["The Ledger", "The Lamp"]
    assert story.metadata.summary is None or "Fill one" not in story.metadata.summary
