"""Journal posts as readers save them: entries in parts, meme threads, drafts and clips."""

from __future__ import annotations

import pytest

from fic2epub.model import EndMarker, Story
from fic2epub.normalise.comments import post_date_line
from fic2epub.normalise.journal_masterlist import masterlist_end
from fic2epub.normalise.journal_nav import is_nav_line, nav_lines
from fic2epub.normalise.journal_parts import wrote_line
from fic2epub.normalise.journal_tags import journal_tags
from fic2epub.normalise.layout import layout
from fic2epub.normalise.meme_thread import meme_thread
from fic2epub.normalise.repeated_headers import is_header_pointer
from fic2epub.normalise.web_clip import web_clip
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import plain


def _read(text: str) -> Story:
    return read_text(text.encode("utf-8"), ReadOptions(), "post.txt")


def _all_text(story: Story) -> str:
    return "\n".join(plain(chapter.blocks) for chapter in story.chapters)


ENTRIES = """\
lanternmoth (lanternmoth) wrote,
@ 2010-02-01 19:00:00
Fic: Paper Boats (1/2)

Current mood: sleepy

Title: Paper Boats
Author: lanternmoth
Fandom: Little Dorrit
Rating: G

( Read more... )

Part One: The Gutter

Amy folded the first boat out of a page of her father's accounts.

It sank at once, which seemed fair.

Part two soon, if the weather holds!

Tags: fic, little dorrit
Link | 3 comments | Leave a comment | Share


lanternmoth (lanternmoth) wrote,
@ 2010-02-03 19:00:00
Fic: Paper Boats (2/2)

Current mood: cheerful

Part one | Part two

( Read more... )

Part Two: The River

The second boat she made from a playbill, and it floated all the way to the bridge.

Tags: fic, little dorrit
Link | 5 comments | Leave a comment | Share
"""


def test_entries_in_parts_are_one_story() -> None:
    """Rules ``journal-poster-line``, ``journal-entry-repeat``, ``journal-entry-footer``
    and ``heading-links``: each later entry's framing goes, and the first poster writes."""
    story = _read(ENTRIES)
    assert story.metadata.title == "Paper Boats"
    assert story.metadata.authors == ("lanternmoth",)
    assert [c.title for c in story.chapters] == ["Part One: The Gutter", "Part Two: The River"]
    text = _all_text(story)
    for debris in ("wrote,", "2010-02-03", "Current mood", "Part one | Part two", "Tags:", "Link"):
        assert debris not in text
    assert [n.label for n in story.chapters[0].notes_after] == [""]


ENTRIES_WITHOUT_CUTS = """\
ferry_and_fen (ferry_and_fen) wrote,
@ 2011-06-01 20:00:00
Entry tags: fic

fic masterpost: The Eel Traps (G)

Title: The Eel Traps
Author: ferry_and_fen
Rating: G

Part One | Part Two

( 3 comments | Comment on this )

ferry_and_fen (ferry_and_fen) wrote,
@ 2011-06-02 20:00:00
Entry tags: fic

fic: The Eel Traps (1/2)

Part One

Nan set the traps at dusk, where the reeds bent over the cut.

( 2 comments | Comment on this )

ferry_and_fen (ferry_and_fen) wrote,
@ 2011-06-03 20:00:00
Entry tags: fic

fic: The Eel Traps (2/2)

Part Two

In the morning every trap was full, and one held a boot.

( 4 comments | Comment on this )
"""


def test_short_entries_without_cuts_keep_their_text() -> None:
    """Rule ``journal-entry-repeat``: an entry with no cut link ends in its comment links,
    which are in the same spaced brackets as a cut; they are not taken for the entry's cut,
    so its text stays."""
    story = _read(ENTRIES_WITHOUT_CUTS)
    assert [c.title for c in story.chapters] == ["Part One", "Part Two"]
    text = _all_text(story)
    assert text.startswith("Nan set the traps at dusk")
    assert text.endswith("and one held a boot.")
    for debris in ("comments", "wrote,", "Entry tags", "(1/2)"):
        assert debris not in text


PAGES_WITH_TOPS = """\
Harbour Lights
tidewaiter
Previous Entry | Add to Memories | Share | Next Entry
fic: Salt Road (1/2)
tidewaiter (tidewaiter) wrote,
@ 2011-04-02 20:15:00
Current mood: windswept

Title: Salt Road
Author: tidewaiter
Rating: G
Summary: Two carters, one road, and the sea coming in.

A/N: For the prompt "low tide".

1. The Causeway

The carts went over at low water, as they always had.

Nobody hurried on the causeway.

Tags: fic, salt road
Link | 2 comments | Leave a comment
Harbour Lights
tidewaiter
Previous Entry | Add to Memories | Share | Next Entry
fic: Salt Road (2/2)
tidewaiter (tidewaiter) wrote,
@ 2011-04-04 21:00:00
Current mood: tired

Previous part here. Disclaimer in part one.

2. The Tide

By the time they reached the middle, the water was at the axles.

Tags: fic, salt road
Link | 5 comments | Leave a comment
"""


def test_entry_pages_with_the_journal_top() -> None:
    """Rules ``journal-user-name``, ``journal-entry-repeat`` (above the poster line),
    ``journal-entry-footer`` and ``header-pointer``: an entry page prints the journal's
    title, user name, nav and subject above the poster line. The user name is no summary,
    the later page's top and the footer above it go, and so does the pointer back."""
    story = _read(PAGES_WITH_TOPS)
    assert story.metadata.title == "Salt Road"
    assert (story.metadata.summary or "").startswith("Two carters")
    assert [c.title for c in story.chapters] == ["1. The Causeway", "2. The Tide"]
    first, second = (plain(chapter.blocks) for chapter in story.chapters)
    assert first.endswith("Nobody hurried on the causeway.")
    assert second.startswith("By the time they reached the middle")
    for debris in ("Link |", "Harbour Lights", "tidewaiter", "Previous part", "part one"):
        assert debris not in first + second


MASTERPOST = """\
tidewaiter
[ Recent Entries | Archive | Friends | User Info ]

tidewaiter (tidewaiter) wrote,
@ 2011-04-02 20:15:00

fic masterpost: Salt Road (G)

Title: Salt Road
Author: tidewaiter
Rating: G

A/N: For the prompt "low tide", and for everyone who waited.

Part One | Part Two

( 4 comments | Comment on this )

tidewaiter
[ Recent Entries | Archive | Friends | User Info ]

tidewaiter (tidewaiter) wrote,
@ 2011-04-04 21:00:00

fic: Salt Road (1/2)

Part One

The carts went over at low water, as they always had.
"""


def test_a_note_ends_with_its_entry() -> None:
    """Rule ``note-ends-at-entry``: the masterpost's note stops at the entry's footer; the
    next entry's subject line is not more of it."""
    story = _read(MASTERPOST)
    assert [plain(note.blocks) for note in story.front_notes] == [
        "For the prompt “low tide”, and for everyone who waited."
    ]
    assert [c.title for c in story.chapters] == ["Part One"]


def test_header_pointer() -> None:
    """A line of pointers back to the first part is one; a story sentence is not."""
    assert is_header_pointer("Part one is here. Headers in part one.")
    assert is_header_pointer("(Previous part here.)")
    assert is_header_pointer("The first part can be found here!")
    assert not is_header_pointer("Part one is here, under the floorboards, where we left it.")
    assert not is_header_pointer("Part one is here. She put the book down and looked up.")
    assert not is_header_pointer("The first part of the road is here at the ford.")


def test_header_pointer_with_part_links() -> None:
    """Rule ``header-pointer`` (its links): the links to the other parts may follow the
    pointer on its line; without the pointer, or with a sentence instead of links, no."""
    assert is_header_pointer("Disclaimer in part 1. « Part 1 | Part 3 »")
    assert is_header_pointer("Headers and notes in part one. << Chapter 2")
    assert is_header_pointer("Headers in part one. Part Two →")
    assert not is_header_pointer("« Part 1 | Part 3 »")
    assert not is_header_pointer("Headers in part one. Part Two was worse.")
    assert not is_header_pointer("Headers in part one. « She ran. »")


MEME = """\
dickens_anon: Prompts Round One
[community profile] dickens_anon
Jan. 2nd, 2012 08:00 pm

Expand Thread

Pip + a kite
(Anonymous) 2012-01-02 09:00 pm (UTC)(link)
Pip flies a kite on the marshes. That's all I want.
(Reply) (Thread)

FILL: String (1/2)
(Anonymous) 2012-01-03 10:00 pm (UTC)(link)
Joe made the kite from a flour sack and two willow sticks.

"Hold it high, Pip," he said.

(cont. in next comment)
(Reply) (Parent) (Thread)

FILL: String (2/2)
(Anonymous) 2012-01-03 10:01 pm (UTC)(link)
Pip held it high, and the wind took it over the dyke.

THE END
(Reply) (Parent) (Thread)

Re: FILL: String (2/2)
(Anonymous) 2012-01-04 08:00 am (UTC)(link)
OP here, this is perfect!
(Reply) (Parent) (Thread)
"""


def test_meme_fill_is_the_story() -> None:
    """Rules ``meme-fill-title``, ``meme-thread``, ``comment-header``, ``comment-links``
    and ``continued-in-next-comment``."""
    story = _read(MEME)
    assert story.metadata.title == "String"
    assert len(story.chapters) == 1
    text = _all_text(story)
    assert text.startswith("Joe made the kite")
    assert "“Hold it high, Pip,” he said.\nPip held it high" in text
    for debris in ("Anonymous", "UTC", "Reply", "cont.", "OP here", "kite on the marshes"):
        assert debris not in text
    assert isinstance(story.chapters[0].blocks[-1], EndMarker)


def test_a_story_quoting_timestamps_is_not_a_thread() -> None:
    """Comment header lines in prose, with no fill among them, leave the text alone."""
    chunks = layout(
        "The log had two lines in it.\n\n(Anonymous) 2012-01-03 10:00 pm (UTC)(link)\n"
        "Where are you?\n\n(Anonymous) 2012-01-03 10:05 pm (UTC)(link)\nBehind you.\n\n"
        "Nobody had signed either of them.\n"
    )
    assert meme_thread(chunks) == chunks


LJ_MEME = """\
pewter_spoon
Pewter and Pins

comment meme, round two
Apr. 2nd, 2010 at 9:00 PM

Give me two characters and a colour and I will write you something short.

Tags: memes
Link | 9 comments | Leave a comment

hollyhock_row
2010-04-03 10:00 am (UTC)
Jane and the tinker, "blue", if you like!
(Reply) (Thread) (Link)

pewter_spoon
2010-04-04 08:30 pm (UTC)
Fill: Blue Enamel (1/2)
Oh, I liked this one. It got away from me, so it is in two parts.

Blue Enamel

The tinker came up the lane with his pots ringing like a bell-tower.

(cont. in next comment)
(Reply) (Parent) (Thread) (Link)

pewter_spoon
2010-04-04 08:31 pm (UTC)
Fill: Blue Enamel (2/2)
Jane bought the blue jug, and paid for it in eggs.
(Reply) (Parent) (Thread) (Link)

hollyhock_row
2010-04-05 07:00 am (UTC)
Re: Fill: Blue Enamel (2/2)
Oh, the jug! I love it.
(Reply) (Parent) (Thread) (Link)
"""


def test_meme_fill_under_two_line_comment_headers() -> None:
    """Rules ``comment-header`` (the name and the time on lines of their own, the subject
    under them), ``meme-fill-poster`` and ``meme-fill-intro``."""
    story = _read(LJ_MEME)
    assert story.metadata.title == "Blue Enamel"
    assert story.metadata.authors == ("pewter_spoon",)
    assert [plain(note.blocks) for note in story.front_notes] == [
        "Oh, I liked this one. It got away from me, so it is in two parts."
    ]
    assert [note.label for note in story.front_notes] == [""]
    assert len(story.chapters) == 1
    text = _all_text(story)
    assert text.startswith("The tinker came up the lane")
    assert text.endswith("Jane bought the blue jug, and paid for it in eggs.")
    for debris in ("UTC", "Fill:", "hollyhock_row", "Give me", "cont.", "love it", "Blue Enamel"):
        assert debris not in text


def test_meme_fill_without_a_title_line_keeps_its_first_line() -> None:
    """A fill comment whose first line is not followed by its title line starts the story
    there: no intro note is taken (rule ``meme-fill-intro``'s guard)."""
    story = _read(LJ_MEME.replace("\nBlue Enamel\n", "\nThe lane was dry.\n"))
    assert story.front_notes == ()
    assert _all_text(story).startswith("Oh, I liked this one.")


def test_meme_fill_intro_of_two_paragraphs_and_none() -> None:
    """Rule ``meme-fill-intro``: a two-paragraph intro is one note; a title line right
    under the subject is dropped with no note."""
    two = LJ_MEME.replace("two parts.\n", "two parts.\n\nUnbetaed, sorry!\n")
    story = _read(two)
    assert [plain(note.blocks) for note in story.front_notes] == [
        "Oh, I liked this one. It got away from me, so it is in two parts.\nUnbetaed, sorry!"
    ]
    none = LJ_MEME.replace(
        "Oh, I liked this one. It got away from me, so it is in two parts.\n\n", ""
    )
    story = _read(none)
    assert story.front_notes == ()
    assert _all_text(story).startswith("The tinker came up the lane")


DW_PAGES = """\
Sedge Notes
slate_and_sedge

« previous entry | next entry »

[fic] Low Water (1/2)
Jun. 3rd, 2012 at 7:10 PM
[personal profile] slate_and_sedge

Title: Low Water
Author: slate_and_sedge
Fandom: Original
Rating: G

Part I: The Weir

The river dropped a foot in a week, and the weir showed its teeth.

Masterpost | Part Two »

Tags: fic, length: short
( 2 comments — Reply )
Flag

Sedge Notes
slate_and_sedge

« previous entry | next entry »

[fic] Low Water (2/2)
Jun. 5th, 2012 at 8:15 PM
[personal profile] slate_and_sedge

Headers in part one.

Part II: The Mill

The miller sat on the dry wheel and ate his supper there.

Tags: fic, length: short
( 5 comments — Reply )
Flag
"""


def test_repeated_entry_page_with_its_own_date_and_pointer() -> None:
    """Rules ``repeated-page-header``, ``repeated-page-date`` and ``header-pointer``: each
    later Dreamwidth entry page repeats the journal's framing with a date of its own, and
    sends the reader back to part one's header."""
    story = _read(DW_PAGES)
    assert [c.title for c in story.chapters] == ["Part I: The Weir", "Part II: The Mill"]
    assert plain(story.chapters[0].blocks) == (
        "The river dropped a foot in a week, and the weir showed its teeth."
    )
    assert plain(story.chapters[1].blocks) == (
        "The miller sat on the dry wheel and ate his supper there."
    )


COMMUNITY_ENTRY = """\
fenland_fic
Reeds, rain and the Wash
Previous Entry | Add to Memories | Share | Next Entry
reed_and_rush (reed_and_rush) wrote in fenland_fic,
@ {date}
[fic] Low Lanterns ({part}/2)
Current mood: {mood}
{header}
{heading}

{text}

Tags: fic, rating: g
Link | {count} comments | Leave a comment
"""
COMMUNITY_HEADER = """
Title: Low Lanterns
Author: reed_and_rush
Part: {part} of 2
Rating: G
"""


def _community_entries(*, with_header: bool) -> str:
    parts = [
        ("2012-04-02 20:15:00", "cold", "PART ONE — THE DYKE", "The water rose all night.", 4),
        ("2012-04-09 21:30:00", "calm", "PART TWO — THE FERRY", "By noon the ferry ran.", 7),
    ]
    return "\n".join(
        COMMUNITY_ENTRY.format(
            date=date,
            part=number,
            mood=mood,
            header=COMMUNITY_HEADER.format(part=number) if with_header else "",
            heading=heading,
            text=text,
            count=count,
        )
        for number, (date, mood, heading, text, count) in enumerate(parts, 1)
    )


def test_community_entries_keep_their_time_and_comment_bar_out_of_the_text() -> None:
    """Rules ``repeated-page-date`` and ``debris-at-chapter-end``: LiveJournal community
    entries copied one after another; each later entry's "@ <time>" line under its poster
    line is its page's, with the header repeated under it or not, and each entry's "Link | N
    comments" bar leaves the chapter before."""
    for with_header in (True, False):
        story = _read(_community_entries(with_header=with_header))
        assert [c.title for c in story.chapters] == [
            "PART ONE — THE DYKE",
            "PART TWO — THE FERRY",
        ]
        assert plain(story.chapters[0].blocks) == "The water rose all night."
        assert plain(story.chapters[1].blocks) == "By noon the ferry ran."


def test_post_date_line() -> None:
    """A line holding only a date, with LiveJournal's "@" before the entry's time or not; a
    line that only mentions someone is no date."""
    assert post_date_line("@ 2012-04-09 21:30:00")
    assert post_date_line("Sunday, 7 March 2021")
    assert not post_date_line("@reed_and_rush 2012")
    assert not post_date_line("@ the ferry at noon")


def test_a_dated_diary_entry_after_a_title_echo_stays() -> None:
    """A date line is no page repeat on its own, nor at the end of a run: a diary's dated
    entry under a line that echoes the title stays the story's (``repeated-page-date``)."""
    story = _read(
        "Sedge Notes\nslate_and_sedge\nJun. 3rd, 2012\n\nTitle: Low Water\n"
        "Author: slate_and_sedge\n\nThe river dropped.\n\nSedge Notes\n"
        "Jun. 4th, 2012\n\nThe mill stood still.\n"
    )
    text = _all_text(story)
    assert "Jun. 4th, 2012" in text
    assert "The mill stood still." in text


DW_MASTERPOST = """\
Heron Pages
grey_heron_ink
Previous Entry | Add Memory | Share This Entry | Next Entry
fic masterpost: Salt Marsh (Original, G)
Mar. 2nd, 2016 at 6:40 PM
[personal profile] grey_heron_ink
Title: Salt Marsh
Author: grey_heron_ink
Rating: G
Summary: A warden counts the birds on the marsh one last spring.

Part One | Part Two

Tags: my fic
( 3 comments — Reply )
Flag
Heron Pages
grey_heron_ink
Previous Entry | Add Memory | Share This Entry | Next Entry
fic: Salt Marsh, the counting
Mar. 2nd, 2016 at 6:45 PM
[personal profile] grey_heron_ink
« Masterpost | Part Two »

Part One

The warden walked out at dawn with her notebook and her cold hands.

« Masterpost | Part Two »
Tags: my fic
( 1 comment — Reply )
Flag
Heron Pages
grey_heron_ink
Previous Entry | Add Memory | Share This Entry | Next Entry
fic: Salt Marsh, the last heron
Mar. 9th, 2016 at 7:05 PM
[personal profile] grey_heron_ink
« Part One | Masterpost

Part Two

The last heron stood in the channel and would not be counted.

« Part One | Masterpost
Tags: my fic
( 2 comments — Reply )
Flag
"""


def test_masterpost_and_entries_drop_each_entrys_own_subject() -> None:
    """Rule ``repeated-entry-subject``: a masterpost copied with the chapter entries under
    it; each entry's subject differs from the masterpost's, but between the journal's
    repeated framing and the entry's date it is that page's header, not a chapter."""
    story = _read(DW_MASTERPOST)
    assert story.metadata.title == "Salt Marsh"
    assert [c.title for c in story.chapters] == ["Part One", "Part Two"]
    assert plain(story.chapters[0].blocks) == (
        "The warden walked out at dawn with her notebook and her cold hands."
    )
    assert plain(story.chapters[1].blocks) == (
        "The last heron stood in the channel and would not be counted."
    )


def test_a_diary_entrys_own_title_and_date_after_the_framing_stay() -> None:
    """A line over a date after the repeated framing, with nothing repeated under them,
    may be a diary's next entry: its title and date stay the story's, as a lone date does
    (``repeated-entry-subject``, ``repeated-page-date``)."""
    story = _read(
        "Sedge Notes\nslate_and_sedge\nJun. 3rd, 2012\n\nTitle: Low Water\n"
        "Author: slate_and_sedge\n\nThe river dropped.\n\nSedge Notes\nslate_and_sedge\n"
        "The mill pond\nJun. 4th, 2012\n\nThe mill stood still.\n"
    )
    text = _all_text(story)
    assert "The mill pond" in text
    assert "Jun. 4th, 2012" in text


def test_journal_tags() -> None:
    """Rules ``journal-user-tag`` and ``journal-cut-tag``."""
    assert journal_tags('Beta: <user name="ink_and_ash">!') == "Beta: ink_and_ash!"
    assert journal_tags("for <lj user='moth-light'> and") == "for moth-light and"
    assert journal_tags('a <lj-cut text="more">b') == "a b"
    assert journal_tags('x\n<cut text="Read">\n### One') == 'x\n<cut text="Read">\n\n### One'
    # A writer's own angle brackets are left as written.
    assert journal_tags("<sigh> the user left") == "<sigh> the user left"


def test_cut_tags_and_bold_labels_in_a_draft() -> None:
    """A Markdown draft with raw cut tags, an emphasised end marker and the author's
    "End notes:" label (rules ``emphasised-end-marker``, ``typed-end-notes``)."""
    story = _read(
        '**Title:** Lamps\n**Author:** <user name="wick_and_wax">\n\n'
        '<cut text="the lamps">\n### One\n\nThe lamps were lit.\n\n### Two\n\n'
        "The lamps went out.\n\n*Fin.*\n\n**End notes:** Thanks for reading!\n</cut>\n"
    )
    assert story.metadata.authors == ("wick_and_wax",)
    assert [c.title for c in story.chapters] == ["One", "Two"]
    last = story.chapters[-1]
    assert last.blocks[-1] == EndMarker(text="Fin.")
    assert [n.label for n in last.notes_after] == ["End notes"]
    assert story.back_notes == ()
    assert "cut" not in _all_text(story)


CLIP = """\
---
created: 2024-01-01T10:00:00
tags: []
source: https://example-comm.livejournal.com/1.html
author: {space}
---

# example\\_comm: \\[fic\\] Lamps (G)

> ## Excerpt
> Title: Lamps Author: wick\\_and\\_wax

---

**Title:** Lamps{space}{space}
**Author:** [wick\\_and\\_wax](https://wick-and-wax.livejournal.com/)

The lamps were lit at six, as always.
""".replace("{space}", " ")


def test_web_clip() -> None:
    """Rule ``web-clip``: the front matter, page title, excerpt, links and escapes go."""
    cleaned = web_clip(CLIP)
    assert cleaned.lstrip().startswith("**Title:** Lamps")
    assert "**Author:** wick_and_wax\n" in cleaned
    story = _read(CLIP)
    assert story.metadata.title == "Lamps"
    assert story.metadata.authors == ("wick_and_wax",)
    assert _all_text(story) == "The lamps were lit at six, as always."


def test_web_clip_user_head_with_bracketed_alt_text() -> None:
    """Rule ``web-clip``: Dreamwidth's user head, an image whose alt text holds brackets
    inside a link to the profile, goes whole; the name after it stays. A story's own
    bracketed words with no image address after them stay too."""
    head = (
        "**Author:** [![[personal profile] ](https://www.dreamwidth.org/img/user.png)]"
        "(https://wick-and-wax.dreamwidth.org/profile)[**wick\\_and\\_wax**]"
        "(https://wick-and-wax.dreamwidth.org/)  \n"
    )
    cleaned = web_clip(
        CLIP.replace(
            "**Author:** [wick\\_and\\_wax](https://wick-and-wax.livejournal.com/)\n", head
        )
    )
    assert "**Author:** **wick_and_wax**" in cleaned and "profile" not in cleaned
    kept = CLIP.replace("as always.", "as always. She wrote ![[not yet] ] on the slate.")
    assert "![[not yet] ] on the slate." in web_clip(kept)


def test_web_clip_under_blank_lines() -> None:
    """Blank lines pasted above a clip's front matter do not hide it."""
    assert web_clip("\n \n" + CLIP) == web_clip(CLIP)
    assert _read("\n\n" + CLIP).metadata.title == "Lamps"


def test_own_front_matter_is_not_a_clip() -> None:
    """An author's own front matter (no page address in it) is left to the header."""
    text = "---\ntitle: Lamps\nauthor: wick\n---\n\nThe lamps were lit.\n"
    assert web_clip(text) == text


def test_wrote_line() -> None:
    """LiveJournal's poster line names the user; prose that says "wrote," does not."""
    assert wrote_line("Lantern Moth (lanternmoth) wrote,") == "lanternmoth"
    assert wrote_line("lanternmoth (lanternmoth) wrote, @ 2010-02-01 19:00:00") == "lanternmoth"
    assert wrote_line("My aunt (the elder one) wrote, and wrote again.") is None
    assert wrote_line("She wrote, and then she wrote some more.") is None


def test_author_field_outranks_the_poster() -> None:
    """A header's "Author:" names the author, not the account that posted the entry."""
    story = _read(
        "modkeeper (modkeeper) wrote,\n@ 2010-02-01 19:00:00\n\nTitle: Lamps\n"
        "Author: wick_and_wax\nRating: G\n\nThe lamps were lit.\n"
    )
    assert story.metadata.authors == ("wick_and_wax",)


def test_subject_line_titles_a_post_without_a_title_field() -> None:
    # Rule subject-line-title: the subject names the story when the header does not.
    story = _read(
        "fic: The Lamp on the Quay (Harbour Tales; Nell/Ada; PG)\n\n"
        "Fandom: Harbour Tales\nRating: PG\n\n"
        "The lamp on the quay went out at midnight, and nobody came to light it again.\n"
    )
    assert story.metadata.title == "The Lamp on the Quay"
    assert story.metadata.fandoms == ("Harbour Tales",)


def test_title_field_wins_over_the_subject_line() -> None:
    story = _read(
        "fic: Lamp (Harbour Tales, G)\n\nTitle: The Lamp on the Quay\nRating: G\n\n"
        "The lamp on the quay went out at midnight, and nobody came to light it again.\n"
    )
    assert story.metadata.title == "The Lamp on the Quay"


def test_a_fic_label_in_prose_titles_nothing() -> None:
    story = _read(
        "The Lamp\n\nThe lamp on the quay went out at midnight.\n\n"
        "Fic: that was what Ada called the stories she told, and Nell never asked why.\n"
    )
    assert story.metadata.title == "The Lamp"


ENTRIES_WITH_NOTES = """\
lanternmoth (lanternmoth) wrote,
@ 2010-03-01 19:00:00
Fic: Kite Weather (1/2)

Title: Kite Weather
Author: lanternmoth
Rating: G
Notes: Written for the spring swap.

( Read more... )

Part One: The Hill

The kite went up on the third try and stayed there.

A/N: More soon, I promise.

Tags: fic
Link | 2 comments | Leave a comment

lanternmoth (lanternmoth) wrote,
@ 2010-03-04 19:00:00
Fic: Kite Weather (2/2)

Title: Kite Weather (2/2)
Author: lanternmoth
Rating: G
Notes: Sorry this one took a while, the flu got me.

( Read more... )

Part Two: The String

The string broke at the hedge, and the kite went on alone.
"""


def test_a_note_in_a_later_entry_header_opens_its_chapter() -> None:
    """Rule ``note-under-page-header``: the second entry's "Notes:" field, under that
    entry's repeated header, opens part two; the note at the end of part one, above its
    entry's footer, stays part one's closing note."""
    story = _read(ENTRIES_WITH_NOTES)
    assert [n.label for n in story.front_notes] == ["Notes"]
    first, second = story.chapters
    assert [plain(n.blocks) for n in first.notes_after] == ["More soon, I promise."]
    assert first.notes_before == ()
    assert [plain(n.blocks) for n in second.notes_before] == [
        "Sorry this one took a while, the flu got me."
    ]
    assert second.notes_after == ()


def test_a_note_before_a_heading_with_no_page_between_stays_above() -> None:
    """Rule ``note-under-page-header`` needs a later page's header: in one file with no
    page framing, a note before the next heading closes the chapter above it."""
    story = _read(
        "Title: Kite Weather\nAuthor: lanternmoth\n\nPart One: The Hill\n\n"
        "The kite went up on the third try and stayed there.\n\n"
        "A/N: Next time, the string.\n\nPart Two: The String\n\n"
        "The string broke at the hedge, and the kite went on alone.\n"
    )
    first, second = story.chapters
    assert [n.label for n in first.notes_after] == ["A/N"]
    assert second.notes_before == ()


COMMUNITY_ENTRY_WITH_COMMENTS = """\
harbour_fic
stories from the sea wall

Previous Entry | Add to Memories | Share | Next Entry

gullwing (gullwing) wrote in harbour_fic,
@ 2007-05-02 20:10:00

Title: Low Water
Author: gullwing
Rating: G

The carts went over at low water, as they always had.

Nobody hurried on the causeway.

The End

Reviews make the tide come in!

Tags: fic, rating: g

Link | 2 comments | Leave a comment

seaholly
2007-05-03 08:12 am (UTC)
The carts! I love the carts.
(Reply) (Thread)

gullwing
2007-05-03 09:40 am (UTC)
Thank you! The next part has a storm in it.
(Reply) (Parent) (Thread)
"""


def test_link_bar_opens_the_comments() -> None:
    """Rule ``comment-thread``: LiveJournal's link bar may put the entry's link first
    ("Link | 2 comments | Leave a comment"); the comments under it, the author's own reply
    too, are not the story, and the plea above the tags stays the author's back note."""
    story = _read(COMMUNITY_ENTRY_WITH_COMMENTS)
    text = _all_text(story)
    assert text.endswith("Nobody hurried on the causeway.")
    for debris in ("Link |", "seaholly", "UTC", "Reply", "storm in it", "Tags:"):
        assert debris not in text
    assert isinstance(story.chapters[0].blocks[-1], EndMarker)
    assert [plain(note.blocks) for note in story.back_notes] == ["Reviews make the tide come in!"]


def test_a_thread_of_fills_is_not_dropped_as_comments() -> None:
    """Rule ``comment-fic-fill``: a comment section that holds a fill ("Fill: Title") is
    the story's own thread, so the comment-thread rule leaves it for the meme rules."""
    from fic2epub.normalise.comments import mark_comments

    chunks = layout(
        "Leave me a prompt and I will write a drabble.\n\n"
        "Link | 5 comments | Leave a comment\n\n"
        "seaholly\n2010-03-04 09:12 am (UTC)\nThe keeper and the gull, please!\n"
        "(Reply) (Thread)\n\n"
        "gullwing\n2010-03-04 10:40 am (UTC)\nFill: The Keeper (1/1)\n"
        "The gull came every morning at six, and the keeper fed it.\n"
        "(Reply) (Parent) (Thread)\n"
    )
    assert all(chunk.rule != "comment-thread" for chunk in mark_comments(chunks))


PERSONAL_ENTRY = """\
Notes from the Mill Pond
pondweed_kate

Previous Entry | Next Entry

Apr. 9th, 2005 | 10:02 pm

fic: The Weir Gate (Millfield, G)

Okay, this took forever, and my flatmate nagged me into posting it at last. Thank you, love.

Title: The Weir Gate
Author: pondweed_kate
Rating: G
Summary: The miller's daughter opens the weir gate one night too early.

( Read more... )

The water was higher than anyone in the village remembered.

END

Current Mood: tired
Tags: fic
"""


def test_personal_entry_page_with_chatter_above_the_header() -> None:
    """Rules ``journal-page-top`` and ``chatter-above-fields``: the journal's title is not
    the story's, the header under the poster's chatter is still read, and the chatter is
    an unlabelled front note."""
    story = _read(PERSONAL_ENTRY)
    assert story.metadata.title == "The Weir Gate"
    assert story.metadata.authors == ("pondweed_kate",)
    assert story.metadata.rating == "G"
    assert (story.metadata.summary or "").startswith("The miller’s daughter")
    assert [note.label for note in story.front_notes] == [""]
    text = _all_text(story)
    assert text == "The water was higher than anyone in the village remembered."


RUSSIAN_ENTRY = """\
Заметки на полях
berezka_v_pole (berezka_v_pole) пишет,
2009-11-02 21:15:00
Предыдущая запись | Следующая запись
Фик: Лодочка (Маленький принц, G)
Настроение: сонное
Музыка: тишина за окном

Название: Лодочка
Автор: berezka_v_pole
Фэндом: Сент-Экзюпери «Маленький принц»
Рейтинг: G
Саммари: Лис учится ждать.

( Читать дальше... )

Лис сидел у норы и смотрел, как садится солнце.

Музыка: так он называл шум пшеницы, хотя никто его не слушал.

Конец

Метки: фики, лис
2 комментария | Оставить комментарий
"""


def test_russian_livejournal_entry() -> None:
    """Rules ``journal-poster-line`` (Russian "пишет,"), ``journal-mood-line`` and the
    Russian "Метки:" line under the entry: the interface's lines go, the header is read."""
    story = _read(RUSSIAN_ENTRY)
    assert story.metadata.title == "Лодочка"
    assert story.metadata.authors == ("berezka_v_pole",)
    assert story.metadata.fandoms == ("Сент-Экзюпери «Маленький принц»",)
    assert story.metadata.rating == "G"
    text = _all_text(story)
    for debris in ("пишет", "Настроение", "тишина за окном", "Метки", "Читать дальше"):
        assert debris not in text
    # The mood and music describe the poster's evening: no header field either.
    assert not any(field.label in ("Настроение", "Музыка") for field in story.metadata.extra)
    # A story line that opens like the mood's label, far below the poster line, stays.
    assert "Музыка: так он называл шум пшеницы" in text


def test_russian_wrote_line() -> None:
    """The Russian interface's poster line names the user too; Russian prose does not."""
    assert wrote_line("berezka_v_pole (berezka_v_pole) пишет,") == "berezka_v_pole"
    assert wrote_line("Она (как всегда) пишет, а он читает.") is None


def test_russian_community_poster() -> None:
    """Rule ``journal-poster``: "name (name) пишет в comm," names the poster."""
    from fic2epub.normalise.journal_lines import journal_poster

    assert journal_poster("berezka (berezka) пишет в ru_fic_club,") == "berezka"
    assert journal_poster("[info]berezka пишет в [info]ru_fic_club") == "berezka"
    assert journal_poster("Она пишет в дневник (каждый вечер),") is None


NAV_ENTRY = """\
quillandcress's Journal
quillandcress
Recent Entries
Archive
Friends
User Info

quillandcress (quillandcress) wrote,
@ 2009-11-02 21:15:00
Previous Entry | Add to Memories | Share | Next Entry
Current mood: hopeful

fic: The Glass Orchard (Middlemarch, G)

Title: The Glass Orchard
Fandom: Middlemarch
Rating: G
A/N: For a friend who likes pears.

Dorothea planted the pear trees in a row, and every one of them leaned east.

Tags: fic, middlemarch
Link | 2 comments | Leave a comment
"""


def test_journal_nav_links_above_the_poster_line() -> None:
    """Rule ``journal-nav-links``: the journal's own links, one to a line under its title
    ("Recent Entries", "Archive", "Friends", "User Info"), do not hide the poster line below
    them; the post's own header is read."""
    story = _read(NAV_ENTRY)
    assert story.metadata.title == "The Glass Orchard"
    assert story.metadata.authors == ("quillandcress",)
    assert story.metadata.fandoms == ("Middlemarch",)
    assert [n.label for n in story.front_notes] == ["A/N"]
    text = _all_text(story)
    assert text.startswith("Dorothea planted the pear trees")
    for debris in ("Recent Entries", "User Info", "wrote,", "Current mood", "Title:"):
        assert debris not in text


def test_a_story_opening_with_a_lone_link_word_keeps_it() -> None:
    """Rule ``journal-nav-links`` needs two link lines or one bar of links: a story whose
    first line is "Archive" keeps it."""
    assert is_nav_line("Recent Entries | Friends | Profile")
    assert not is_nav_line("Friends of the archive")
    chunks = layout("Archive\n\nThe archive was closed on Sundays.\n\nFriends came anyway.\n")
    assert nav_lines(chunks, len(chunks)) == []


OLD_STYLE_ENTRY = """\
wickwillow
Tallow and Wick

wickwillow (wickwillow) wrote,
@ 2008-11-02 21:14:00
Previous Entry  Add to memories!  Tell a Friend!  Next Entry
Current mood: sleepy
Fic: The Chandler's Boy (Moby-Dick)

Title: The Chandler's Boy
Author: wickwillow
Summary: Ishmael buys candles, and stays for supper.

( Read more... )

The chandler's boy counted the candles twice, because the whaler's man looked honest.

Next Entry

That was all the diary said for March, and Ishmael let it be.
"""


def test_old_style_entry_buttons_are_no_summary() -> None:
    """Rule ``button-row``: an older LiveJournal entry page spaces its links and buttons out
    on one line over the entry ("Previous Entry  Add to memories!  Tell a Friend!  Next
    Entry"). They are the page's, not an unlabelled summary; a lone "Next Entry" in the
    story stays."""
    story = _read(OLD_STYLE_ENTRY)
    assert story.metadata.summary == "Ishmael buys candles, and stays for supper."
    text = _all_text(story)
    assert "memories" not in text and "Tell a Friend" not in text
    assert "Next Entry\n" in text
    assert text.startswith("The chandler’s boy counted the candles")


SPACED_PAGE_TOP = """\
Tallow and Wick
wickwillow
Previous Entry  Add to memories!  Tell a Friend!  Next Entry
Nov. 2nd, 2008 | 09:14 pm
The Chandler's Boy

The chandler's boy counted the candles twice, because the whaler's man looked honest.
"""


def test_personal_page_top_with_spaced_entry_links() -> None:
    """Rule ``journal-page-top``: the entry links spaced out with the page's buttons between
    them, as older LiveJournal styles print them, still mark the journal's own top lines."""
    story = _read(SPACED_PAGE_TOP)
    assert story.metadata.title == "The Chandler’s Boy"
    assert story.metadata.authors == ("wickwillow",)
    assert "Tallow" not in _all_text(story)


MASTERLIST_THEN_PARTS = """\
thimble_and_thread
Previous Entry | Add to Memories | Share | Next Entry

My Fic Index
thimble_and_thread (thimble_and_thread) wrote,
@ 2011-04-02 10:00:00

All my stories in one place. Links fixed in April.

NORTH AND SOUTH
The Weaving Shed (G) - Margaret, Higgins. Part One | Part Two
Cotton in the Air (PG) - Bessy. One-shot.

Tags: masterpost
Link | 1 comment | Leave a comment | Share

thimble_and_thread
Previous Entry | Add to Memories | Share | Next Entry

fic: The Weaving Shed (1/2)
thimble_and_thread (thimble_and_thread) wrote,
@ 2011-03-10 20:15:00

Title: The Weaving Shed
Author: thimble_and_thread
Fandom: North and South
Rating: G

( Read more... )

Part One

Margaret had never heard a room so loud that it seemed quiet.

Tags: fic, north and south
Link | 4 comments | Leave a comment | Share

thimble_and_thread
Previous Entry | Add to Memories | Share | Next Entry

fic: The Weaving Shed (2/2)
thimble_and_thread (thimble_and_thread) wrote,
@ 2011-03-12 20:15:00

( Read more... )

Part Two

Higgins taught her the signs the weavers used, one for each thing worth saying.

Tags: fic, north and south
Link | 6 comments | Leave a comment | Share
"""


def test_a_masterlist_above_the_part_entries_is_not_the_story() -> None:
    """Rule ``journal-masterlist-entry``: the author's fic index copied above the entries it
    links is dropped whole; the first part's header names the story."""
    story = _read(MASTERLIST_THEN_PARTS)
    assert story.metadata.title == "The Weaving Shed"
    assert story.metadata.authors == ("thimble_and_thread",)
    assert [c.title for c in story.chapters] == ["Part One", "Part Two"]
    text = _all_text(story)
    assert text.startswith("Margaret had never heard a room")
    for debris in ("Fic Index", "NORTH AND SOUTH", "Cotton in the Air", "All my stories"):
        assert debris not in text


def test_an_entry_that_only_mentions_a_masterlist_is_kept() -> None:
    """Rule ``journal-masterlist-entry`` needs a story header under the second poster line:
    a first part with no header, whose author points to her masterlist, keeps its text."""
    chunks = layout(PARTS_WITHOUT_HEADERS)
    posters = [i for i, chunk in enumerate(chunks) if wrote_line(chunk.text)]
    assert len(posters) == 2
    assert masterlist_end(chunks, posters) is None
    chunks = layout(MASTERLIST_THEN_PARTS)
    posters = [i for i, chunk in enumerate(chunks) if wrote_line(chunk.text)]
    end = masterlist_end(chunks, posters)
    assert end is not None and posters[0] < end < posters[1]
    assert chunks[end].text == "thimble_and_thread"  # the second page's top


PARTS_WITHOUT_HEADERS = """\
thimble_and_thread (thimble_and_thread) wrote,
@ 2011-03-10 20:15:00
The Weaving Shed, part one (the rest is on my masterlist)

Margaret had never heard a room so loud that it seemed quiet.

The looms went on and on, and nobody in the shed raised a voice to be heard over them.

Tags: fic, north and south
Link | 4 comments | Leave a comment | Share

thimble_and_thread (thimble_and_thread) wrote,
@ 2011-03-12 20:15:00
The Weaving Shed, part two

Higgins taught her the signs the weavers used, one for each thing worth saying.

Tags: fic, north and south
Link | 6 comments | Leave a comment | Share
"""


DW_ENTRY_WITH_COMMENTS = """\
Title: Lamplight
Author: wick_and_wax
Fandom: Cranford
Rating: G

Miss Matty kept one candle lit and the other for company.

She never lit the second, which was the point of it.

fin

Tags: fandom: cranford, my fic

( 2 comments — Reply )
Flag

Expand All

(no subject)
[personal profile] tallow_reader
2016-05-04 09:30 pm (UTC)
The candle for company -- yes. This is very her.
(Reply) (Thread)

Re: (no subject)
[personal profile] wick_and_wax
2016-05-05 07:02 am (UTC)
Thank you! The next one has the cow in the flannel.
(Reply) (Parent) (Thread)
"""


def test_a_dreamwidth_comment_thread_goes_with_its_subjects() -> None:
    """Rules ``comment-thread`` and ``comment-subject``: Dreamwidth's "( 2 comments — Reply
    )" link line, its "Flag" and "Expand All" buttons, and each comment's subject ("(no
    subject)", "Re: …") over the commenter and the time are all the thread's; the story
    keeps its end marker and no note."""
    story = _read(DW_ENTRY_WITH_COMMENTS)
    assert story.chapters[0].blocks[-1] == EndMarker(text="fin")
    assert story.back_notes == ()
    text = _all_text(story)
    assert text.endswith("which was the point of it.")
    for debris in ("(no subject)", "Flag", "Expand All", "(UTC)", "flannel", "Re:"):
        assert debris not in text


def test_a_story_line_reading_no_subject_stays() -> None:
    """Rule ``comment-subject`` only reads a subject over a commenter and a time."""
    story = _read(
        "Title: Letters\n\nThe envelope said (no subject) in her careful hand.\n\n"
        "(no subject)\n\nShe wrote that on every one, after the war.\n"
    )
    text = _all_text(story)
    assert "(no subject)\n" in text
    assert "after the war" in text


def test_a_journal_clone_footer_under_the_comment_links() -> None:
    """Rule ``comment-thread``: a LiveJournal clone's "( 4 comments | Post a new comment )"
    over the site's "… is powered by LiveJournal open-source code." footer is chrome; the
    author's thanks above them is the back note."""
    story = _read(
        "Title: Tallow\nAuthor: wick_and_wax\nFandom: Cranford\n\n"
        "Miss Matty counted the candles twice.\n\nThe second count was the true one.\n\n"
        "Thanks for reading! Feedback is lovely.\n\n"
        "( 4 comments | Post a new comment )\n\n"
        "Quillhaven is powered by LiveJournal open-source code.\n"
    )
    assert [n.label for n in story.back_notes] == [""]
    text = _all_text(story)
    assert text.endswith("The second count was the true one.")
    assert "Post a new comment" not in text


def test_a_comment_count_in_brackets_then_reply_opens_the_thread() -> None:
    """Rule ``comment-count-then-reply``: "(3 comments) Reply" under an entry's tags heads
    its comment thread; the end marker above them stays the chapter's, and the author's
    reply in the thread is chrome like every other comment."""
    story = _read(
        "Title: Tallow\nAuthor: wick_and_wax\nFandom: Cranford\n\n"
        "Miss Matty counted the candles twice.\n\nThe second count was the true one.\n\n"
        "~ the end ~\n\n"
        "Tags: fandom: cranford, fic\nCurrent mood: sleepy\n(3 comments) Reply\n\n"
        "lamp_lighter\n2009-03-01 10:02:11\nI counted along with her!\nReply Thread Link\n\n"
        "wick_and_wax\n2009-03-01 11:15:40\nSo did I, twice.\nReply Thread Link\n"
    )
    assert story.chapters[-1].blocks[-1] == EndMarker(text="~ the end ~")
    assert not story.back_notes
    text = _all_text(story)
    assert text.endswith("The second count was the true one.")
    assert "counted along" not in text
    assert "So did I" not in text


FRIENDS_PAGE = """\
LiveJournal
Home  |  Friends  |  Help
quill_and_ink

quill_and_ink's friends

Below are the most recent 20 friends' journal entries.

« Previous 20

hedgerow_hal (hedgerow_hal) wrote,
@ 2011-05-02 22:10:00
Current mood: grumpy

The bus was late again and I have opinions about it.

Tags: buses, life
( 4 comments | Comment on this )

marsh_and_mere (marsh_and_mere) wrote,
@ 2011-05-02 21:00:00
Current mood: hopeful

fic: The Ferry at Dusk (Cranford, PG)

Title: The Ferry at Dusk
Fandom: Cranford
Rating: PG
Summary: Miss Matty crosses the river and does not look back.

The ferryman held out his hand and Miss Matty took it, to her own surprise.

"Mind the step," he said.

END

Tags: fic, cranford
( 2 comments | Comment on this )

tea_leaf_reader (tea_leaf_reader) wrote in weekly_polls,
@ 2011-05-02 19:45:00

Poll time! Which biscuit is the best biscuit?

Tags: polls
( 30 comments | Comment on this )
"""


def test_a_friends_page_keeps_only_the_fic_entry() -> None:
    """Rule ``journal-friends-page``: the page's top and other people's entries (a friend's
    day, a community poll) are dropped; the fic's poster is the author, not the page's
    owner, and the fic's tags and comment links are its footer."""
    story = _read(FRIENDS_PAGE)
    assert story.metadata.title == "The Ferry at Dusk"
    assert story.metadata.authors == ("marsh_and_mere",)
    text = _all_text(story)
    assert text.startswith("The ferryman held out his hand")
    assert text.endswith("he said.")
    for debris in ("bus was late", "Poll time", "Previous 20", "Tags:", "comments", "wrote"):
        assert debris not in text
    assert not story.front_notes and not story.back_notes


def test_a_reading_page_without_its_top_still_finds_the_fic() -> None:
    """Rule ``journal-friends-page`` without the page's top: entries by two posters, each
    under a line that says it posted, and one of them with a story header."""
    page = FRIENDS_PAGE[FRIENDS_PAGE.index("hedgerow_hal (") :]
    story = _read(page)
    assert story.metadata.authors == ("marsh_and_mere",)
    assert "bus was late" not in _all_text(story)
    assert "Poll time" not in _all_text(story)


def test_a_page_of_two_fics_or_one_journal_is_left_alone() -> None:
    """Rule ``journal-friends-page`` needs exactly one poster whose entry has a story
    header: two posters' fics, or one journal's own entries, are left to other rules, and
    comment lines ("[info]name" alone under an entry) open no entries."""
    from fic2epub.normalise.journal_friends import friends_page_entry
    from fic2epub.normalise.journal_parts import entry_poster as poster

    two_fics = FRIENDS_PAGE.replace(
        "The bus was late", "Title: Buses\nFandom: Cranford\nRating: G\n\nThe bus was late"
    )
    assert friends_page_entry(layout(two_fics), poster) is None
    assert friends_page_entry(layout(ENTRIES), poster) is None
    chunks = layout(FRIENDS_PAGE)
    span = friends_page_entry(chunks, poster)
    assert span is not None
    assert chunks[span[0]].text.startswith("marsh_and_mere (")
    assert chunks[span[1]].text.startswith("tea_leaf_reader (")


FEST_POST = """\
The Mill Fest
mill_fest
« previous entry | next entry »
Mar. 4th, 2015 @ 07:40 pm
[personal profile] sluice_gate posting in [community profile] mill_fest
Entry tags: fic, rating: g

[fic] Two Floods (Ann, Tom, G)

Title: Two Floods
Author: [personal profile] sluice_gate
Fandom: The Mill Stories
Rating: G

( Part I: High Water )

I. High Water

The water came up to the second step and stopped there, as if it had been told to.

( Part II: Low Water )

II. Low Water

By June the millpond was a field of cracked mud, and the children walked across it for a dare.
"""


def test_a_community_fest_post_with_a_cut_over_each_section() -> None:
    """Dreamwidth's "posting in" line frames the entry; each cut link that repeats the
    heading under it is the journal's link, and the headings head the sections."""
    story = _read(FEST_POST)
    assert story.metadata.title == "Two Floods"
    assert story.metadata.authors == ("sluice_gate",)
    assert [c.title for c in story.chapters] == ["I. High Water", "II. Low Water"]
    assert all(part.title is None for part in story.parts)
    text = _all_text(story)
    assert "( Part" not in text
    assert "posting in" not in text


def test_a_cut_link_over_prose_is_not_taken_for_a_heading_link() -> None:
    """A bracketed aside over prose, or a cut with no heading under it, is left to the
    other rules: only a cut right above a heading is dropped as its link."""
    from fic2epub.normalise.headings import mark_headings

    chunks = mark_headings(layout("( Part I: High Water )\n\nThe water came up to the step.\n"))
    assert [c.rule for c in chunks if c.rule == "cut-over-heading"] == []


# A personal entry page's own lines, to be set above a labelled header in several orders.
_JOURNAL_TITLE = "Kettle Hill Notebook"
_JOURNAL_USER = "thornbury_wren"
_ENTRY_LINKS = "Previous Entry | Next Entry"
_ENTRY_SUBJECT = "fic: Frost Fair (Thames Tales, G)"
_ENTRY_DATE = "Jan. 30th, 2009 at 7:45 PM"
_ENTRY_WROTE = "thornbury_wren (thornbury_wren) wrote,"
_ENTRY_MOOD = "Current Mood: cold\nCurrent Music: a brass band, badly"
_TAGLINE = "Ice, ink and other cold things"
_ENTRY_TAIL = [_ENTRY_WROTE, _ENTRY_MOOD]
_ENTRY_REST = [_ENTRY_DATE, *_ENTRY_TAIL]
_MOOD_FIRST = [_ENTRY_DATE, _ENTRY_MOOD, _ENTRY_WROTE]
_LABELLED_HEADER = """\
Title: Frost Fair
Author: thornbury_wren
Fandom: Thames Tales
Rating: G
A/N: For my sister, who wanted skating.

( Read more... )

The river had frozen from bank to bank by Candlemas, and the watermen had no work.

By the first Sunday there were booths on the ice.
"""


@pytest.mark.parametrize(
    "top",
    [
        # The links, then the subject, its date, the poster line and the mood.
        [_JOURNAL_TITLE, _JOURNAL_USER, "", _ENTRY_LINKS, "", _ENTRY_SUBJECT, *_ENTRY_REST],
        # The subject and its date above the links.
        [_JOURNAL_TITLE, _JOURNAL_USER, _ENTRY_SUBJECT, _ENTRY_DATE, _ENTRY_LINKS, *_ENTRY_TAIL],
        # No poster line: the mood lines straight under the date.
        [_JOURNAL_TITLE, _JOURNAL_USER, _ENTRY_LINKS, _ENTRY_SUBJECT, _ENTRY_DATE, _ENTRY_MOOD],
        # The mood above the poster line, and a tagline under the journal's title.
        [_JOURNAL_TITLE, _TAGLINE, _JOURNAL_USER, _ENTRY_LINKS, _ENTRY_SUBJECT, *_MOOD_FIRST],
    ],
    ids=["links-subject-date-wrote", "subject-date-links", "no-poster-line", "tagline"],
)
def test_labelled_header_under_journal_page_lines(top: list[str]) -> None:
    """Rules ``journal-page-top`` and ``journal-page-lines``: however a journal's style
    orders its own lines above the entry (the journal's title and user name, the entry
    links, the subject, its date, "user (user) wrote," and the mood), the post's labelled
    header below them is read, and its "Title:" field, not the journal's title, titles the
    story."""
    story = _read("\n".join(top) + "\n\n" + _LABELLED_HEADER)
    assert story.metadata.title == "Frost Fair"
    assert story.metadata.authors == ("thornbury_wren",)
    assert story.metadata.fandoms == ("Thames Tales",)
    assert story.metadata.rating == "G"
    assert [note.label for note in story.front_notes] == ["A/N"]
    text = _all_text(story)
    assert text.startswith("The river had frozen from bank to bank by Candlemas")
    for debris in ("Kettle Hill", "Previous Entry", "fic:", "wrote,", "Current Mood", "brass"):
        assert debris not in text


def test_journal_page_lines_need_short_lines_above() -> None:
    """Rule ``journal-page-lines`` discounts a date only among a page's short lines: a copy
    that opens with paragraphs of prose, a date among them, keeps a poster-like line that
    comes later as text."""
    prose = "The letter had been folded so many times that the creases had worn through the ink."
    source = "\n\n".join(
        [
            prose,
            _ENTRY_DATE,
            prose + " Then it was folded again, and put back in the drawer.",
            "She read it once a year, on the same night, and never aloud.",
            "The last line was the only one she knew by heart.",
            _ENTRY_WROTE,
            "And so she had, every winter since.",
        ]
    )
    text = _all_text(_read(source + "\n"))
    assert "wrote," in text
    assert text.startswith("The letter had been folded")


_POSTED_FOR = """\
{poster}

[Recent Entries] [Archive] [Friends] [User Info]

Mar. 3rd, 2009 09:15 pm
Fic: The Ferryman's Ledger

Title: The Ferryman's Ledger
Author: {author}
Rating: G

The ferryman wrote every crossing in a ledger, fares and weather and all.

By the spring the ledger was thicker than the boat's hull, and twice as dry.
"""


@pytest.mark.parametrize(
    ("poster", "author", "authors"),
    [
        # The header names another writer: the journal (a fest's, a friend's) only posted it.
        ("tidewater_fest", "Nan Ostrey", ("Nan Ostrey",)),
        # The header names the journal's own keeper: one author, not two.
        ("nanostrey", "nanostrey", ("nanostrey",)),
    ],
)
def test_poster_not_author(poster: str, author: str, authors: tuple[str, ...]) -> None:
    """poster-not-author: the journal's name over an entry yields to the header's author."""
    story = _read(_POSTED_FOR.format(poster=poster, author=author))
    assert story.metadata.authors == authors


def test_community_name_under_site_bar_is_not_author() -> None:
    """poster-not-author: a community's name under the site's bar (dropped already) is the
    page's heading too; the header's Author field names the writer."""
    text = "LiveJournal\nLog in | Create Account | Explore\n" + _POSTED_FOR.format(
        poster="harbour_fic_comm", author="Nan Ostrey"
    )
    assert _read(text).metadata.authors == ("Nan Ostrey",)


def test_poster_is_author_without_author_field() -> None:
    """poster-not-author, near miss: with no author field the journal's name is the author."""
    text = _POSTED_FOR.format(poster="tidewater_fest", author="X").replace("Author: X\n", "")
    assert _read(text).metadata.authors == ("tidewater_fest",)


_SERIAL_ENTRY = """\
Title: The Weir
Author: coldharbour_fic
Part: {number} of 2
Rating: G

{text}

The miller said nothing about it at supper, and nobody asked him to.
"""


def test_a_serial_without_headings_gets_one_untitled_chapter_per_part() -> None:
    """Rules ``part-field-chapter`` and ``header-again-below``: the second entry's header
    with "Part: 2 of 2" starts a chapter of its own, untitled (the reader's table of contents
    numbers it), and the first entry's paragraphs stay the story, not a description."""
    story = _read(
        _SERIAL_ENTRY.format(number=1, text="The weir broke in the night, and the mill stood.")
        + "\n"
        + _SERIAL_ENTRY.format(number=2, text="By harvest the weir was mended with new oak.")
    )
    assert [chapter.title for chapter in story.chapters] == [None, None]
    assert story.metadata.summary is None
    assert plain(story.chapters[1].blocks).startswith("By harvest the weir was mended")
    assert "Part: 2 of 2" not in _all_text(story)
