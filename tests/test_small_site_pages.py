"""Pages of smaller fan-fiction homes copied as text: an SMF topic's poster boxes and
"Logged" signatures, a Tumblr theme's notes list, Quotev pages with no blank lines, a
community post's head (Pillowfort), fanfiktion.de's chapter footer, an info box of stacked
fields (Asianfanfics) and an archive's dashed info line under a chapter title (FicWad)."""

from __future__ import annotations

from fic2epub.model import EndMarker, Story
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.posted_to_head import posted_to_head
from fic2epub.normalise.stacked_fields import stacked_field
from fic2epub.normalise.tumblr_notes import is_note_entry
from fic2epub.options import ReadOptions
from fic2epub.readers.text import classify_text, read_text


def _read(text: str) -> Story:
    return read_text(text.encode(), ReadOptions())


def _all_text(story: Story) -> str:
    return "\n".join(str(chapter) for chapter in story.chapters)


def _rules(text: str) -> dict[str, str]:
    return {chunk.text: chunk.rule for chunk in classify_text(text, ReadOptions())}


def _end_marker(story: Story, chapter: int) -> str | None:
    blocks = story.chapters[chapter].blocks
    return next((block.text for block in blocks if isinstance(block, EndMarker)), None)


_SMF = """Welcome, Guest. Please login or register.
Home
Help
Search
Garden Forum » Stories » [Fic] The Pear Tree
Pages: [1]   Go Down
Author Topic: [Fic] The Pear Tree  (Read 77 times)
0 Members and 1 Guest are viewing this topic.
pearwood
Jr. Member
**
Offline
Posts: 58
[Fic] The Pear Tree
« on: May 01, 2012, 06:10:00 PM »
Quote
Title: The Pear Tree
Author: pearwood
Rating: G

Chapter One

Tomas planted the pear tree the year his daughter was born.

It grew faster than she did, which annoyed her.

Logged
Grow where you are planted. -- pearwood
pearwood
Jr. Member
**
Offline
Posts: 58
Re: [Fic] The Pear Tree
« Reply #1 on: May 08, 2012, 06:10:00 PM »
Quote
Chapter Two

By the tenth summer there were more pears than anyone could eat.

Tomas gave them away in baskets, one to every house on the lane.
Logged
Grow where you are planted. -- pearwood
orchard_lurker
Newbie
*
Offline
Posts: 3
Re: [Fic] The Pear Tree
« Reply #2 on: May 09, 2012, 08:00:00 AM »
Quote
I want a basket of those pears.
Logged
Pages: [1]   Go Up
"""


def test_smf_poster_box_and_logged_signature() -> None:
    story = _read(_SMF)
    assert story.metadata.authors == ("pearwood",)
    assert [chapter.title for chapter in story.chapters] == ["Chapter One", "Chapter Two"]
    text = _all_text(story)
    assert "which annoyed her." in text and "one to every house on the lane." in text
    for debris in ("Logged", "Grow where you are planted", "Jr. Member", "basket of those"):
        assert debris not in text
    rules = _rules(_SMF)
    assert rules["Logged"] in ("smf-logged", "forum-reply")
    assert rules["Grow where you are planted. -- pearwood"] == "smf-logged"
    assert rules["orchard_lurker"] == "forum-reply"


_SMF_PERSONAL_TEXT = """Welcome, Guest. Please login or register.
Lamp Board » Stories » [Fic] Oil and Wick
Author Topic: [Fic] Oil and Wick  (Read 9 times)
lampwright
Jr. Member
**
Offline
Posts: 21
Trim the wick, mind the flame.
[Fic] Oil and Wick
« on: May 01, 2012, 06:10:00 PM »
Quote
Title: Oil and Wick
Author: lampwright
Rating: G

Chapter One

Marit kept the lamps of the whole street and never once burned her fingers.

She said it was a matter of paying attention, and nobody believed her.
Logged
"""


def test_smf_personal_text_under_poster_stats() -> None:
    # Rule smf-personal-text: the member's own short line under "Posts: N" is the box's.
    story = _read(_SMF_PERSONAL_TEXT)
    assert story.metadata.title == "Oil and Wick"
    assert story.metadata.authors == ("lampwright",)
    assert len(story.chapters) == 1
    text = _all_text(story)
    assert "Trim the wick" not in text and "nobody believed her." in text
    assert _rules(_SMF_PERSONAL_TEXT)["Trim the wick, mind the flame."] == "forum-post-header"


_TUMBLR_NOTES = """little-lantern-writes

the lamp keeper

Fandom: Original Work
Rating: G
Word Count: 120

Every night Ines climbed the ninety steps and lit the lamp. She counted them out loud,
because her father had, and his mother before him.

"Ninety," she said at the top, and struck the match.

~

Every morning she climbed them again and put it out. The ships went by without knowing
her name, which was how she liked it.

"Ninety," she said at the bottom, and went in for breakfast.

fin

(thanks for reading, truly)

#lighthouse #my writing
12 notes
Reblog
Like
Notes
harbour-gull liked this
salt-and-rope reblogged this from little-lantern-writes
salt-and-rope said: ninety steps twice a day, my knees could never
tidepool-reads liked this
"""


def test_tumblr_notes_list_is_dropped() -> None:
    story = _read(_TUMBLR_NOTES)
    assert [note.label for note in story.back_notes] == [""]
    text = _all_text(story)
    assert "went in for breakfast." in text
    rules = _rules(_TUMBLR_NOTES)
    assert rules["Notes"] == "tumblr-notes-list"
    assert rules["tidepool-reads liked this"] == "tumblr-notes-list"


def test_note_entries_are_tumblr_lines_only() -> None:
    assert is_note_entry("harbour-gull liked this")
    assert is_note_entry("salt-and-rope reblogged this from little-lantern-writes")
    assert not is_note_entry("She liked this town more than the last one.")


_QUOTEV = """Quotev
Home
Stories
Sign In
The Copper Kettle
Story · Original · Slice of Life
By kettle_whistle
Updated Mar 2, 2023 · 2 Chapters · 9 Likes
Chapter 1 of 2
CHAPTER I.

The kettle had been her grandmother's, and it whistled in a minor key.

Nobody else in the flat could stand it.

Like
Comments (2)
Next »
The Copper Kettle
By kettle_whistle
Chapter 2 of 2
CHAPTER II.

In March the flat got a new tenant, who hummed along with it.

The End
"""


def test_quotev_pages_copied_without_blank_lines() -> None:
    story = _read(_QUOTEV)
    assert story.metadata.title == "The Copper Kettle"
    assert story.metadata.authors == ("kettle_whistle",)
    assert [chapter.title for chapter in story.chapters] == ["CHAPTER I.", "CHAPTER II."]
    text = _all_text(story)
    for debris in ("Chapter 1 of 2", "Chapter 2 of 2", "Story · Original", "Updated Mar"):
        assert debris not in text


_QUOTEV_APP = """Quotev
Stories
Search
The Brass Lantern
by ivy_wren & Tom Salt
Fanfiction • Drama
Start Reading
Part 1 of 2
The Cellar
The Brass Lantern
The lantern had hung in the cellar since before the war, and nobody lit it.
Comment (4)
On the night the lights failed, Martha climbed down with a box of matches.
Next: Part 2 of 2
Part 2 of 2
The Attic
The Brass Lantern
In the attic they found the lantern's twin, and a letter tied to its handle.
The End
"""


def test_quotev_app_part_pages() -> None:
    story = _read(_QUOTEV_APP)
    assert story.metadata.title == "The Brass Lantern"
    assert [chapter.title for chapter in story.chapters] == ["The Cellar", "The Attic"]
    text = _all_text(story)
    for debris in ("Part 1 of 2", "Part 2 of 2", "Comment (4)"):
        assert debris not in text
    assert "Martha climbed down" in text


_COMMUNITY_POST = """Pillowfort
Home
Communities
Drafts
ferry_and_fog
Posted to Tiny Fandoms Exchange
Apr 4, 2022, 9:05 PM
Crossing at Dawn
{byline}
Rating: G

The ferry left at six whether or not anyone was on it.

Most mornings it was only Ruth and the gulls.
"""


def test_community_post_head_with_byline() -> None:
    text = _COMMUNITY_POST.format(byline="Ruth Amsel & Jo Brandt")
    story = _read(text)
    assert story.metadata.title == "Crossing at Dawn"
    assert story.metadata.authors == ("Ruth Amsel", "Jo Brandt")
    assert "Posted to" not in _all_text(story) and "ferry_and_fog" not in _all_text(story)
    # The community and the date are the header's fields, not dropped.
    assert ("Posted to", "Tiny Fandoms Exchange") in [
        (field.label, field.value) for field in story.metadata.extra
    ]
    assert story.metadata.published == "2022-04-04"


def test_community_post_head_poster_is_author_without_byline() -> None:
    text = _COMMUNITY_POST.replace("{byline}\n", "")
    story = _read(text)
    assert story.metadata.title == "Crossing at Dawn"
    assert story.metadata.authors == ("ferry_and_fog",)


def test_posted_to_in_a_story_stays() -> None:
    text = "The Letter\n\nShe wrote it twice, and posted to him the second copy.\nMay 2, 2020\n"
    assert posted_to_head(text) == text


_FFDE = """FanFiktion.de
Startseite
Suche
Bücher > Klassiker > Die Mühle
Die Mühle
von mahl_und_korn
Kapitel 1 von 2
Kapitel 1: Das Wehr

Das Wasser stand hoch, und das Rad lief die ganze Nacht.

Der Müller schlief nicht.

Review schreiben
Kapitel 1 von 2
Kapitel 2 »
Kapitel 2: Der Sack

Am Morgen lag ein Sack vor der Tür, und niemand hatte ihn gebracht.

Ende

Danke fürs Lesen! Ich freue mich über jedes Review.

Review schreiben
3 Reviews
Empfehlen
Favoriten
Kapitel 2 von 2
« Kapitel 1
Impressum
Datenschutz
AGB
"""


def test_fanfiktion_de_chapter_footers() -> None:
    story = _read(_FFDE)
    assert [chapter.title for chapter in story.chapters] == [
        "Kapitel 1: Das Wehr",
        "Kapitel 2: Der Sack",
    ]
    first = str(story.chapters[0])
    assert "Der Müller schlief nicht." in first
    assert "Kapitel 1 von 2" not in first
    assert _end_marker(story, 1) == "Ende"
    assert [note.label for note in story.chapters[1].notes_after] == [""]
    text = _all_text(story)
    for debris in ("Review schreiben", "Kapitel 2 »", "Empfehlen", "Impressum", "AGB"):
        assert debris not in text
    rules = _rules(_FFDE)
    assert rules["Kapitel 2 »"] == "debris-at-chapter-end"


_INFO_BOX = """Asianfanfics
Stories
Sign in
The Paper Crane
Author: origami_owl
Foreword
Status
[Completed]
Subscribers 4 · Views 96
Tags
paper folding friendship
Characters
Mina, Jun
Description
Two friends, a thousand cranes, one wish between them.
Foreword
Disclaimer: The legend of the cranes is older than anyone.
Chapter 1: Fold
Mina folded the first crane on a Monday and the hundredth on a Friday.
Jun counted them all and never said a word.
The End
Thanks for reading, please upvote!
Comments (2)
Please login or register to comment.
origami_owl is the author.
About
Privacy
"""


def test_stacked_info_box_and_disclaimer_foreword() -> None:
    story = _read(_INFO_BOX)
    meta = story.metadata
    assert meta.title == "The Paper Crane"
    assert meta.status == "Complete"
    assert meta.characters == ("Mina", "Jun")
    assert (meta.summary or "").startswith("Two friends, a thousand cranes")
    assert (meta.disclaimer or "").startswith("The legend of the cranes")
    assert story.front_notes == ()
    assert [chapter.title for chapter in story.chapters] == ["Chapter 1: Fold"]
    assert _end_marker(story, 0) == "The End"
    text = _all_text(story)
    for debris in ("Comments (2)", "is the author", "Privacy", "Foreword"):
        assert debris not in text
    rules = _rules(_INFO_BOX)
    assert rules["Status"] == "stacked-field-label"
    assert rules["[Completed]"] == "stacked-field"


def _chunks(*lines: str) -> list[Chunk]:
    return [
        Chunk(text=line, lines=(line,), first=number, last=number, gap=0)
        for number, line in enumerate(lines, start=1)
    ]


def test_stacked_field_needs_a_box() -> None:
    # A menu's "Fandoms" over "Browse" has no other pair near it.
    assert stacked_field(_chunks("Fandoms", "Browse", "Search", "About"), 0) is None
    # A story's "Tags" line over a sentence is no field.
    lines = _chunks("Tags", "She never read the tags.", "Status", "Nobody cared.")
    assert stacked_field(lines, 0) is None
    box = _chunks("Status", "Ongoing", "Tags", "fluff")
    assert stacked_field(box, 0) == ("Status", "Ongoing")


_DASHED_UNDER_TITLE = """FicWad: fresh-picked original and fan fiction
Login
Books > The Old Mill
The Miller's Cat
by mill_and_whisker
Ch. 1: Dust
Ch. 2: Flour
Ch. 1: Dust
Category: Books - Rating: PG - Genres: Humor - Published: 2011-02-01 - 900 words - Complete

The cat slept on the flour sacks and came out white every morning.

*

Ch. 2: Flour

The miller's wife gave up brushing her in the end.

Fin
"""


def test_dashed_info_line_under_chapter_title() -> None:
    story = _read(_DASHED_UNDER_TITLE)
    meta = story.metadata
    assert meta.rating == "PG"
    assert meta.status == "Complete"
    assert meta.fandoms == ("The Old Mill",)
    assert "Category:" not in _all_text(story)


def test_closing_notes_label_over_prose_is_kept() -> None:
    text = _TUMBLR_NOTES.split("#lighthouse")[0] + "Notes\n\nI wrote this on a night ferry.\n"
    story = _read(text)
    assert "night ferry" in " ".join(str(note) for note in story.back_notes)
    assert _rules(text)["Notes"] != "tumblr-notes-list"
