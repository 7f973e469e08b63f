"""Rule ``part-epigraph``: the lines between a part heading and its first chapter's heading
belong to the part, not to a chapter of their own nor to the chapters around them."""

from __future__ import annotations

from fic2epub.assemble import assemble
from fic2epub.model import Paragraph, Part
from fic2epub.model_wire import received_story, sent_story
from fic2epub.options import ReadOptions, WriteOptions
from fic2epub.readers.text import read_text
from fic2epub.writers.html import write_html
from story_text import plain

_STORY = """The Lantern Year
by moth_and_wick

PART ONE

      "A lamp is only a little patience, lit."
            -- said on the towpath

Chapter 1

The barge came up the canal at dusk, its lantern swinging from the tiller.

Nell counted the locks aloud, because her father had taught her to.

Chapter 2

At the ninth lock the keeper was asleep, and the gates stayed shut till morning.

They tied up under the willows and ate cold potatoes on the roof.

PART TWO

Chapter 3

The city had a thousand lamps and not one of them was patient.

Nell missed the towpath before the first week was out.
"""


def _read(text: str) -> tuple[Part, ...]:
    return read_text(text.encode(), ReadOptions()).parts


def test_an_epigraph_under_a_part_heading_is_the_parts() -> None:
    parts = _read(_STORY)
    assert [p.title for p in parts] == ["PART ONE", "PART TWO"]
    assert [c.title for p in parts for c in p.chapters] == ["Chapter 1", "Chapter 2", "Chapter 3"]
    assert "A lamp is only a little patience" in plain(parts[0].epigraph)
    assert plain(parts[0].chapters[0].blocks).startswith("The barge came up the canal")
    assert parts[1].epigraph == ()


def test_the_epigraph_travels_with_its_part() -> None:
    story = read_text(_STORY.encode(), ReadOptions())
    assert received_story(sent_story(story)) == story


def test_prose_under_a_part_heading_with_no_chapter_heading_after_stays_a_chapter() -> None:
    text = _STORY.replace("Chapter 3\n\n", "")
    parts = _read(text)
    assert parts[1].epigraph == ()
    assert parts[1].chapters[0].title is None
    assert plain(parts[1].chapters[0].blocks).startswith("The city had a thousand lamps")


def test_a_long_opening_under_a_part_heading_is_no_epigraph() -> None:
    opening = "\n\n".join(
        f"Day {n} on the canal went by like the others, wet and slow and full of ropes."
        for n in range(1, 7)
    )
    text = _STORY.replace("PART TWO\n\n", f"PART TWO\n\n{opening}\n\n")
    parts = _read(text)
    assert parts[1].epigraph == ()
    assert [c.title for c in parts[1].chapters] == [None, "Chapter 3"]
    assert all(isinstance(block, Paragraph) for block in parts[0].epigraph)


def test_the_book_shows_the_epigraph_under_the_part_heading() -> None:
    story = read_text(_STORY.encode(), ReadOptions())
    options = WriteOptions()
    page = write_html(assemble([story], options), options).decode()
    heading = page.index('class="part-title"')
    epigraph = page.index('class="part-epigraph"')
    assert heading < epigraph < page.index('class="chapter-title"')
    assert page.count('class="part-epigraph"') == 1
