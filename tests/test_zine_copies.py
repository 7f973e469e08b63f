"""A zine copied out of its PDF as text: the cover block, a contents page whose writers
carry the leaders, and a one-line running foot between paragraphs."""

from __future__ import annotations

from fic2epub.normalise.form_subtitle import form_subtitle

_ZINE = """\
SALT ROADS
small stories about ferries
a zine · spring 2023

CONTENTS
The Night Crossing
   by Ada Greaves ............................ 2
Two Gulls
   Tom Reyes & Lin Park ...................... 4

Editor's note: Three of us, one ferry, a very wet
summer. Read it on a boat if you can.

SALT ROADS · 1

The Night Crossing
by Ada Greaves

The ferry left at midnight with nine passengers and a
crate of hens, and the captain sang to the hens all the
way across because nobody else would listen to him.

SALT ROADS · 2

At the far side the hens were handed down one by one to
a girl with a lantern, who counted them twice and then
thanked the captain for the singing, which she had heard
from the quay.

Two Gulls
Tom Reyes & Lin Park

Two gulls followed the morning boat out of the harbour
and argued the whole way about which of them had seen
the bread first.

SALT ROADS · 3

By the far pier neither of them had eaten it, and a
third gull, who had said nothing at all, flew off with
the crust and was never seen on that crossing again.
"""


def test_zine_copy_reads_its_pieces() -> None:
    # Rules ``tagline-over-form-subtitle`` and ``form-subtitle-issue`` (the cover block),
    # ``leader-entry-line`` and ``contents-writer-leader`` (the contents, its names then
    # heading the pieces), ``pdf-running-foot-line`` (the feet between paragraphs).
    from fic2epub.options import ReadOptions
    from fic2epub.readers.text import read_text

    story = read_text(_ZINE.encode(), ReadOptions())
    assert story.metadata.title == "SALT ROADS"
    assert [chapter.title for chapter in story.chapters] == ["The Night Crossing", "Two Gulls"]
    assert [note.label for note in story.front_notes] == ["Editor’s note"]
    assert story.metadata.authors == ("Ada Greaves", "Tom Reyes", "Lin Park")
    text = repr(story.chapters)
    assert "SALT ROADS ·" not in text and "small stories" not in text
    assert "and argued the whole way about which of them had seen the bread first" in text


def test_form_subtitle_with_issue() -> None:
    # Rule ``form-subtitle-issue``: the season or issue after a spaced dot or bar.
    assert form_subtitle("a zine · autumn 2024")
    assert form_subtitle("a fanzine | issue two")
    assert not form_subtitle("a zine · she sold the last copy.")


def test_byline_over_form_line_stays_the_byline() -> None:
    # Rule ``tagline-over-form-subtitle``, near miss: "by name" over the form line.
    from fic2epub.options import ReadOptions
    from fic2epub.readers.text import read_text

    text = (
        "The Ferryman\nby gull_and_oar\na Salt Roads fic\n\n"
        "The ferryman rowed the last passenger across after dark and did not ask her name.\n\n"
        "In the morning her coin was still warm in his pocket, and the river was very still.\n"
    )
    story = read_text(text.encode(), ReadOptions())
    assert story.metadata.authors == ("gull_and_oar",)
