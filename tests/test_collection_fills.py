"""A journal community's round of fills: the last fill's closing note above the entry's
footer."""

from __future__ import annotations

from fic2epub.normalise.entry_footer import entry_footer_line

_RULE = "*~*~*~*~*~*~*~*~*~*~*~*"


def _fill(title: str, writer: str, body: str, tail: str = "") -> str:
    return f"{_RULE}\n\nTitle: {title}\nAuthor: {writer}\nRating: G\n\n{body}\n\n{tail}"


_POST = (
    "Round 4 fills!\n\nHello, comm! Here are this round's fills, two of them.\n\n"
    + _fill(
        "The Ferry",
        "gull_and_oar",
        "The ferry left at midnight with nine passengers and a crate of hens, and the "
        "captain sang to the hens all the way across.",
    )
    + _fill(
        "Two Gulls",
        "lin_of_the_pier",
        "Two gulls followed the morning boat out of the harbour and argued the whole way "
        "about which of them had seen the bread first.",
        "fin\n\nAuthor's Notes: The gulls are real. I fed them.\n\n",
    )
    + f"{_RULE}\n\nTags: round 4, fills\n\nCurrent Mood: sleepy\nCurrent Music: gulls\n"
)


def test_closing_note_above_entry_footer() -> None:
    # Rule ``entry-footer-after-note``: the entry's tags and mood lines under the last
    # fill's note do not make it a note in the middle of the story.
    from fic2epub.options import ReadOptions
    from fic2epub.readers.text import read_text

    story = read_text(_POST.encode(), ReadOptions())
    last = story.chapters[-1]
    assert repr(last.blocks[-1]) == "EndMarker(text='fin')"
    assert "The gulls are real" not in repr(last.blocks)
    assert [note.label for note in last.notes_after] == ["Author’s Notes"]


def test_entry_footer_line() -> None:
    assert entry_footer_line("Tags: round 4, fills")
    assert entry_footer_line("Current Mood: sleepy")
    assert not entry_footer_line("Tags were pinned to every crate on the quay.")
