"""Rules added for heldout154 (a writer's and a reader's odd files) that read the whole
story: a spoken header's stops and a note addressed to readers or listeners."""

from __future__ import annotations

import pytest

from fic2epub.model import Story
from fic2epub.normalise.patterns import match_note
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text


def _read(text: str) -> Story:
    return read_text(text.encode("utf-8"), ReadOptions(), "story.txt")


_SPOKEN = (
    "Title: The Salt Bell.\nWritten by: Ada Thorn.\nRated: Teen.\n\n"
    "Chapter one. The bell.\n\nThe bell rang at noon, and the gulls went up.\n\n"
    "Chapter two. The gulls.\n\nThey came down again on the roof of the chapel.\n"
)


def test_a_spoken_header_loses_its_stops() -> None:
    """Rule ``spoken-header-stops``: every header line ends in a stop for the voice."""
    story = _read(_SPOKEN)
    assert story.metadata.title == "The Salt Bell"
    assert story.metadata.authors == ("Ada Thorn",)


def test_a_title_ending_in_a_stop_among_plain_fields_keeps_it() -> None:
    """Near miss: only the title ends in a stop, so the stop is the title's own."""
    story = _read(_SPOKEN.replace("Ada Thorn.", "Ada Thorn").replace("Teen.", "Teen"))
    assert story.metadata.title == "The Salt Bell."


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Note for listeners: the names are spelled as they sound.", "Note for listeners"),
        ("Notes to readers: this is the long version.", "Notes to readers"),
        ("A note for the reader: chapter two is short.", "A note for the reader"),
    ],
)
def test_a_note_addressed_to_readers(text: str, label: str) -> None:
    """Rule ``note-for-readers-label``: a note to whoever takes the story in."""
    found = match_note(text)
    assert found is not None
    assert found.label == label


def test_notes_for_the_reader_in_prose_are_no_label() -> None:
    """Near miss: without the colon it is a sentence of the story."""
    found = match_note("Notes for the reader lay folded on the desk.")
    assert found is None or found.label != "Notes for the reader"
