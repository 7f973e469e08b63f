"""A writer's complete-works export wrapped at a fixed width: rules, stamps and the intro."""

from __future__ import annotations

from fic2epub.normalise.downloader_lines import downloader_line
from fic2epub.normalise.writing_notes import tells_how_written

_RULE = "-" * 72


def _piece(title: str, posted: str, body: str) -> str:
    return f"{_RULE}\n{title}\n{posted}\n{_RULE}\n\n{body}\n\nend\n\n"


# Prose wrapped at 72, as an export tool writes it; the rules run the whole width.
_EXPORT = (
    "tern_keeper -- complete works\n"
    "exported 2023-05-02 from inkshelf.example (2 works, 640 words)\n\n"
    "Everything I have written for the lighthouse fandom, oldest first.\n\n"
    + _piece(
        "THE FOG BELL",
        "Posted 2019-01-04 | Lighthouse | General | 320 words",
        "The fog came in on the evening tide and the keeper rang the bell until\n"
        "his arms ached and the boats had all found the harbour mouth again.",
    )
    + _piece(
        "SPRING PAINT",
        "Posted 2020-04-19 | Lighthouse | General | 320 words",
        "In April the keeper painted the tower white again, from the top down,\n"
        "and the gulls sat on the rail and judged every stroke of the brush.",
    )
)


def test_ruled_export_pieces_are_chapters() -> None:
    # Rule ``page-rule-over-text``: in wrapped text, a rule across the page is no wrapped
    # line of the title under it or of the dates line over it, so each piece's ruled block
    # is read (ruled-piece-title); the intro above stays the writer's note, not a summary
    # above the first "Posted … | words" line (description-above-counters).
    from fic2epub.options import ReadOptions
    from fic2epub.readers.text import read_text

    story = read_text(_EXPORT.encode(), ReadOptions())
    assert [chapter.title for chapter in story.chapters] == ["THE FOG BELL", "SPRING PAINT"]
    assert [note.label for note in story.front_notes] == [""]
    assert story.metadata.summary in ("", None)


def test_export_stamp_with_place_after_date() -> None:
    # Rule ``export-stamp-line``: the place may follow the date, the counts in brackets.
    assert (
        downloader_line("exported 2023-05-02 from inkshelf.example (2 works, 640 words)")
        == "export-stamp-line"
    )
    assert downloader_line("exported 2023-05-02 from the harbour, the crates were late.") is None


def test_have_written_is_writing_talk() -> None:
    # Rule ``writing-talk-before-chapter-1``: "I have written" tells how the pieces came.
    assert tells_how_written("Everything I have written for this fandom so far, oldest first.")
    assert tells_how_written("Everything I've posted here, in one place.")
    assert not tells_how_written("She had written to her brother every week since May.")


_WRAPPED = (
    "The keeper climbed the stair each night with the lamp oil in a can and a\n"
    "rag over his shoulder, and he counted the steps aloud so as not to lose\n"
    "his place among them, one hundred and twelve of them, every single night.\n\n"
)


def test_page_rule_over_text_only_in_a_ruled_block() -> None:
    # Rule ``page-rule-over-text``: the rules of a title block and the lines between them
    # are read apart; a rule over a page's footer stays with its footer (no closing rule).
    from fic2epub.normalise.layout import layout

    block = f"{_WRAPPED}{_RULE}\nTHE FOG BELL\nPosted 2019-01-04 | General | 320 words\n{_RULE}\n\n"
    texts = [chunk.text for chunk in layout(block + _WRAPPED * 2)]
    assert _RULE in texts and "THE FOG BELL" in texts
    footer = f"{_WRAPPED * 3}{_RULE}\nBack to the archive | More by tern_keeper | Lighthouse\n"
    assert not any(chunk.text == _RULE for chunk in layout(footer))


def test_tag_words_line_needs_two_tag_words() -> None:
    # Rule ``tag-words-line``: under a byline with no title yet, one tag word in three
    # lower-case words is the post's title.
    from fic2epub.normalise.header_chrome import tag_words_line

    assert tag_words_line("lighthouse xreader oneshot fluff", titled=False)
    assert tag_words_line("thelighthousekeeper gulls ferries", titled=False)
    assert not tag_words_line("lighthouse drabble dump", titled=False)
    assert tag_words_line("lighthouse keeper modern au")  # under a title: tags


_RULES = "=" * 60


def _exchange_piece(title: str, writer: str, body: str) -> str:
    return (
        f"{_RULES}\n{title}\nFor: a_recipient\nBy: {writer}\nRating: General\n{_RULES}\n\n"
        f"{body}\n\n"
    )


_EXCHANGE = (
    "TIDES 2023\na Salt Roads gift exchange\n\n"
    "CONTENTS\n"
    "  The Night Crossing ..... Ada Greaves and Tom Reyes\n"
    "  Two Gulls ..... lin_of_the_pier\n\n"
    + _exchange_piece(
        "THE NIGHT CROSSING",
        "Ada Greaves and Tom Reyes",
        "The ferry left at midnight with nine passengers and a crate of hens aboard.",
    )
    + _exchange_piece(
        "TWO GULLS",
        "lin_of_the_pier",
        "Two gulls followed the morning boat out and argued about the bread all the way.",
    )
)


def test_exchange_contents_with_writers_and_ruled_bylines() -> None:
    # Rules ``contents-leader-writer`` (the contents go, no extra chapter) and
    # ``piece-block-writer`` inside a piece's rules (the "By:" line names the authors).
    from fic2epub.options import ReadOptions
    from fic2epub.readers.text import read_text

    story = read_text(_EXCHANGE.encode(), ReadOptions())
    assert [c.title for c in story.chapters] == ["THE NIGHT CROSSING", "TWO GULLS"]
    assert story.metadata.authors == ("Ada Greaves", "Tom Reyes", "lin_of_the_pier")


def test_series_byline_and_series_notes() -> None:
    # Rules ``series-byline`` ("a series by X" names X) and ``series-notes-label``.
    from fic2epub.normalise.bylines import byline_names
    from fic2epub.normalise.patterns import match_note

    assert byline_names("a series by gull_and_oar") == ("gull_and_oar",)
    assert byline_names("a collection by Ada Greaves") == ("Ada Greaves",)
    assert byline_names("a series by the sea") is None
    note = match_note("Series Notes: Three crossings, one ferry, in order.")
    assert note is not None and note.label == "Series Notes"
    assert match_note("Series notes were kept in the drawer.") is None
