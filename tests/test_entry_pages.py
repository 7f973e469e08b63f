"""Journal entries copied page by page from a style that prints no "wrote," line."""

from __future__ import annotations

from fic2epub.model import EndMarker, SceneBreak, Story
from fic2epub.normalise.repeated_headers import is_header_pointer
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import plain


def _read(text: str) -> Story:
    return read_text(text.encode("utf-8"), ReadOptions(), "entries.txt")


ENTRIES = """\
Moth and Candle
wick_and_wax

June 2nd, 2009

08:15 pm - fic: The Lamplighter (1/2)

Title: The Lamplighter
Author: wick_and_wax
Fandom: Cranford
Rating: G
Summary: Miss Pole takes against the new gas lamps.

Chapter One: Dusk

Miss Pole had lit her own candles for forty years and saw no reason to stop now.

She said so at the Assembly Rooms, loudly, and twice to the vicar.

to be continued

mood: tired
music: the rain on the skylight
Tags: fic, cranford
( 3 comments | Leave a comment )

Moth and Candle
wick_and_wax

June 3rd, 2009

09:40 pm - fic: The Lamplighter (2/2)

The Lamplighter, part two. Headers in part one.

Chapter Two: Dawn

The lamps came on all the same, one by one, up the whole length of the High Street.

Miss Pole watched them from behind her curtain and did not admit that they were pretty.

xxx

In the morning she sent Martha to ask what they cost.

the end

mood: pleased
music: none
Tags: fic, cranford
( 7 comments | Leave a comment )
"""


def test_entry_pages_without_a_poster_line() -> None:
    """Rules ``repeated-page-subject``, ``header-pointer`` (with the entry's own title and
    part), ``entry-footer-mood`` and ``x-run-break``: a later entry's subject under another
    time and part count goes with the repeated page top, so does the line naming the part
    and pointing back, and the lower-case mood and music lines above the tags are the
    journal's; "xxx" between two paragraphs is a break."""
    story = _read(ENTRIES)
    assert story.metadata.title == "The Lamplighter"
    assert [c.title for c in story.chapters] == ["Chapter One: Dusk", "Chapter Two: Dawn"]
    first, second = (plain(chapter.blocks) for chapter in story.chapters)
    assert first.endswith("twice to the vicar.")
    assert second.startswith("The lamps came on all the same")
    assert second.endswith("what they cost.")
    assert [c.blocks[-1] for c in story.chapters] == [
        EndMarker(text="to be continued"),
        EndMarker(text="the end"),
    ]
    assert sum(isinstance(block, SceneBreak) for block in story.chapters[1].blocks) == 1
    for debris in ("mood:", "music:", "Tags:", "part two", "09:40", "June 3rd", "xxx"):
        assert debris not in first + second
    assert not story.back_notes


def test_a_music_line_of_the_story_stays() -> None:
    """Rule ``entry-footer-mood`` needs the footer right under the line: a chapter that
    ends on a line starting "Music:" with no tags or comment links under it keeps it."""
    story = _read(
        "Chapter 1\n\nThe band played on the pier until the tide came in.\n\n"
        "Chapter 2\n\nThey packed the drums into the van at midnight.\n\n"
        "Music: that was all he had ever wanted, and he had it.\n"
    )
    assert plain(story.chapters[-1].blocks).endswith("he had it.")


def test_a_title_and_part_only_beside_a_pointer() -> None:
    """Rule ``header-pointer``: the entry may name itself and its part beside the pointer
    back; a sentence naming a part without the pointer is the story's."""
    assert is_header_pointer("The Lamplighter, part two. Headers in part one.")
    assert is_header_pointer("Cold Harbour, part 3. See part one for the disclaimer.")
    assert not is_header_pointer("She reached part two of the map.")
    assert not is_header_pointer("They reached the wood, part two of the plan. It rained.")
