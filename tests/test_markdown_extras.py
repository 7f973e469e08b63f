"""A Markdown story with its extras: quoted labelled notes and the writer's dating line."""

from __future__ import annotations

from fic2epub.normalise.page_footers import writing_dates_line

_NOTE = """\
# The Ferry

*by gull_and_oar*

**Rating:** General

> **Heads up:** a hen comes to harm, briefly.

---

## I.

The ferry left at midnight with nine passengers and a crate of hens, and the captain sang.

## Cut Scene: The Quay

> **Why I cut it:** it slowed the start down.

The quay was empty but for a girl with a lantern, who had come to count the hens.

She counted them twice and thanked the captain for the singing.

---

*written 2021, revised 2023*
"""


def test_quoted_bold_label_is_a_note() -> None:
    # Rule ``blockquote-label-note``: "> **Label:** …" is the writer's note under that
    # label, in the header (a front note) and under a heading (the piece's note); rule
    # ``writing-dates-line``: the dating line under the last rule goes.
    from fic2epub.options import ReadOptions
    from fic2epub.readers.text import read_text

    story = read_text(_NOTE.encode(), ReadOptions())
    assert [note.label for note in story.front_notes] == ["Heads up"]
    last = story.chapters[-1]
    assert [note.label for note in last.notes_before] == ["Why I cut it"]
    assert "written 2021" not in repr(last.blocks)
    assert "Rating" not in repr(story.front_notes)


def test_writing_dates_line() -> None:
    assert writing_dates_line("written 2022, tidied 2024")
    assert writing_dates_line("*drafted May 2019; revised 2021*")
    assert not writing_dates_line("Written in 1850, the letter had never been opened.")
    assert not writing_dates_line("written by the captain himself")
