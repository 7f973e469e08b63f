"""Markdown headings that are only AO3's section names ("### Summary", "### Notes")."""

from __future__ import annotations

from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text

_ONLY_LABELS = """Lamp Oil
by wick_reader

### Summary

A lamp runs dry in a long winter.

### Notes

Written for a friend.

The lamp had been burning since November, and now it was empty.

She went out for oil in the snow.
"""


def test_label_headings_are_read_when_no_other_heading_stands() -> None:
    # markdown-note-heading: with no chapter heading beside them, the labels are still read.
    story = read_text(_ONLY_LABELS.encode(), ReadOptions())
    assert story.metadata.summary == "A lamp runs dry in a long winter."
    assert [note.label for note in story.front_notes] == ["Notes"]
    assert story.chapters[0].blocks
