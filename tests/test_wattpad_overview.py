"""A Wattpad overview page with its parts, a closing note part, and a home page's feedback form."""

from __future__ import annotations

from fic2epub.model import EndMarker, Story
from fic2epub.normalise.info_sentence import status_published_line
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text

_PAGE_HEAD = (
    "Salt Roads\nby gull_and_tern\nReads 96\nVotes 9\nParts 3\n"
    "Complete, First published Feb 14, 2023\n\n"
    "A boy, a cart and a great deal of salt.\n\n"
    "Table of contents\nThe Pans\nTue, Feb 14, 2023\nThe Ford\nTue, Feb 21, 2023\n"
    "{last}\nTue, Feb 21, 2023\nStart reading\n\n"
)


def _part(title: str, *paragraphs: str) -> str:
    body = "\n\n".join(paragraphs)
    return (
        f"Salt Roads\n{title}\nby gull_and_tern\nReads 25 Votes 4 Comments 3\n\n"
        f"{body}\n\nVote · Comment · Share\nContinue to next part\n\n"
    )


def _read(text: str) -> Story:
    return read_text(text.encode("utf-8"), ReadOptions(), "story.txt")


def _wattpad(last: str, *paragraphs: str) -> Story:
    return _read(
        _PAGE_HEAD.format(last=last)
        + _part("The Pans", "The cart left before dawn, loaded with salt, and the boy walked.")
        + _part("The Ford", "The river was higher than anyone had said.", "The End")
        + _part(last, *paragraphs)
    )


def test_a_last_part_titled_only_a_note_label_is_the_works_end_note() -> None:
    story = _wattpad(
        "Author's Note",
        "Thank you so much for reading this little story!",
        "I might write more about the boy one day.",
    )
    assert [chapter.title for chapter in story.chapters] == ["The Pans", "The Ford"]
    assert isinstance(story.chapters[1].blocks[-1], EndMarker)
    # The label is typeset like the note under it (note-label-typeset).
    assert [note.label for note in story.back_notes] == ["Author’s Note"]
    assert len(story.back_notes[0].blocks) == 2
    assert story.metadata.status == "Complete"
    assert story.metadata.summary is not None
    assert story.metadata.summary.startswith("A boy, a cart")


def test_a_last_part_with_a_title_of_its_own_stays_a_chapter() -> None:
    story = _wattpad("The Market", "The salt sold by noon, and the boy counted the coins twice.")
    assert [chapter.title for chapter in story.chapters] == ["The Pans", "The Ford", "The Market"]
    assert story.back_notes == ()


def test_a_long_part_headed_by_a_note_label_stays_a_chapter() -> None:
    paragraphs = [f"The boy walked on past the {n} milestone and did not stop." for n in range(6)]
    story = _wattpad("Author's Note", *paragraphs)
    assert len(story.chapters) == 3


def test_status_with_its_first_published_date() -> None:
    assert status_published_line("Complete, First published Jun 14, 2021") == [
        ("Status", "Complete"),
        ("Published", "2021-06-14"),
    ]
    assert status_published_line("Ongoing • First published Jan 9, 2021") is not None
    assert status_published_line("Complete, published and forgotten by the spring.") is None
