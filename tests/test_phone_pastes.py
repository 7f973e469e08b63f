"""Pages and chats pasted on a phone: FanFiction.Net's mobile info line with no label, a
reading app's story title and counts repeated over each part, and a chat poster's answers
to the others between the parts of her story."""

from __future__ import annotations

import re

from fic2epub.model import Story
from fic2epub.normalise.chat_times import clock_step, message_seconds
from fic2epub.normalise.patterns import FFN_INFO_RE
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import plain, story_paragraphs


def _read(text: str) -> Story:
    return read_text(text.encode("utf-8"), ReadOptions(), "story.txt")


# --- FanFiction.Net's mobile info line ------------------------------------------------------

_INFO = (
    "K+, English, Drama/Family, chapters: 2, words: 2k+, favs: 4, follows: 3,"
    " updated: 6/1/2020 published: 5/3/2020, Mara, id: 1234567"
)
_FFN_MOBILE = f"""Books » The Lighthouse Keepers
Lamp Oil
By: gull_and_gannet
Mara keeps the lamp lit through the worst winter on the coast.
{_INFO}
Ch 1 of 2 Next »
Chapter 1
The oil came on the last boat before the ice.
Mara counted the barrels twice and wrote the number on the wall.
Chapter 2
By February there were two barrels left, and the nights were long.
She trimmed the wick short and sat up with it anyway.
"""


def test_the_mobile_info_line_has_no_label_and_the_summary_sits_above_it() -> None:
    story = _read(_FFN_MOBILE)
    meta = story.metadata
    assert meta.title == "Lamp Oil"
    assert meta.summary is not None
    assert meta.summary.startswith("Mara keeps the lamp lit")
    assert meta.rating == "K+"
    assert meta.source_url == "https://www.fanfiction.net/s/1234567"
    assert [c.title for c in story.chapters] == ["Chapter 1", "Chapter 2"]
    assert "words:" not in "\n".join(story_paragraphs(story))


def test_the_mobile_line_reads_both_dates_run_together() -> None:
    meta = _read(_FFN_MOBILE).metadata
    assert str(meta.published) == "2020-05-03"
    assert str(meta.updated) == "2020-06-01"


def test_an_unlabelled_line_needs_commas_a_language_and_a_words_count() -> None:
    assert FFN_INFO_RE.fullmatch("T, English, Romance, chapters: 4, words: 12k+, id: 55")
    # Sentences that open on a letter and a comma or a dash are no info line.
    assert not FFN_INFO_RE.fullmatch("M, she wrote at the foot, words: 3 of them.")
    assert not FFN_INFO_RE.fullmatch("T - English - Romance - Words: 1,000")
    assert not FFN_INFO_RE.fullmatch("T, English, Romance, and a long night.")
    # The labelled forms read as before.
    assert FFN_INFO_RE.fullmatch("Rated: Fiction T - English - Romance - Words: 1,000")


# --- A reading app's title and counts over each part ----------------------------------------

_APP_PARTS = """Part One
The Glass Ferry
by tern_at_dusk
👁 1.2K ⭐ 90 💬 12
The ferry was made of glass, and everyone on board could see the fish.
Jonah sat by the rail and named them, one by one, until he ran out of names.
Part Two
The Glass Ferry
👁 980 ⭐ 75 💬 9
At the far shore a woman was waiting with a lantern and a list.
She read his name from it before he had stepped off the boat.
"""


def test_the_story_title_and_counts_over_a_later_part_go() -> None:
    story = _read(_APP_PARTS)
    assert story.metadata.title == "The Glass Ferry"
    second = plain(story.chapters[1].blocks)
    assert second.startswith("At the far shore a woman was waiting")
    assert "👁" not in second
    assert "The Glass Ferry" not in second


def test_a_part_opening_on_the_title_without_counts_keeps_it() -> None:
    text = _APP_PARTS.replace("👁 980 ⭐ 75 💬 9\n", "")
    second = plain(_read(text).chapters[1].blocks)
    assert second.startswith("The Glass Ferry\nAt the far shore")


# --- A chat poster's answers between her parts ----------------------------------------------

_CHAT = """[11/04/2024, 20:00:05] Wren: ‎Messages and calls are end-to-end encrypted.
[11/04/2024, 20:01:10] Kit: is the ferry one done
[11/04/2024, 20:01:30] Wren: almost!! give me a sec
[11/04/2024, 20:06:00] Wren: *The Glass Ferry*
Part One
The ferry was made of glass, and everyone on board could see the fish.

Jonah sat by the rail and named them, one by one, until he ran out of names.

The captain told him the names were wrong, and Jonah said he did not care.

"A fish does not know its name," said the captain.

"Then it will not mind a new one," said Jonah.
[11/04/2024, 20:07:12] Kit: NAMING THE FISH
[11/04/2024, 20:08:00] Wren: shh wait for it
[11/04/2024, 20:20:40] Wren: Part Two
At the far shore a woman was waiting with a lantern and a list.

She read his name from it before he had stepped off the boat.

"You are late," she said, "by about forty years."

Jonah said that the ferry had been slow, and that the fish had needed names.

The End
[11/04/2024, 20:21:30] Kit: oh no
"""


def test_the_posters_quick_answers_to_the_chat_go() -> None:
    story = _read(_CHAT)
    assert story.metadata.title == "The Glass Ferry"
    assert story.front_notes == ()
    first, second = story.chapters
    assert plain(first.blocks).endswith("“Then it will not mind a new one,” said Jonah.")
    assert first.notes_after == () and second.notes_before == ()


def test_an_intro_sent_with_the_part_stays_a_note() -> None:
    # Sent a few seconds before the part, long after the chat above it: it opens the part.
    text = _CHAT.replace("20:08:00] Wren: shh wait for it", "20:20:10] Wren: part two, sorry!!")
    story = _read(text)
    notes = [*story.chapters[0].notes_after, *story.chapters[1].notes_before]
    assert [n.label for n in notes] == [""]
    assert "sorry" not in "\n".join(story_paragraphs(story))


def test_a_word_before_leaving_for_the_day_stays_a_note() -> None:
    # The next part comes the day after: the message closes the part above it.
    text = _CHAT.replace("20:08:00] Wren: shh wait for it", "20:08:00] Wren: more tomorrow!!")
    text = text.replace(
        "[11/04/2024, 20:20:40] Wren: Part Two", "[12/04/2024, 19:00:00] Wren: Part Two"
    )
    story = _read(text)
    notes = [*story.chapters[0].notes_after, *story.chapters[1].notes_before]
    assert [n.label for n in notes] == [""]


def test_a_title_sent_on_its_own_and_minute_stamps_keep_the_message() -> None:
    # A title line is no chat answer, however soon after the member's message it came.
    text = _CHAT.replace("Wren: almost!! give me a sec", "Wren: The Glass Ferry").replace(
        "Wren: *The Glass Ferry*", "Wren: ok here"
    )
    assert _read(text).metadata.title == "The Glass Ferry"
    # To the second, the answer came 20 s after the question and 90 s before the part: it
    # goes. Stamped to the minute, 20:01, 20:02 and 20:03 tell no such thing: kept.
    text = _CHAT.replace("20:06:00] Wren: *The", "20:03:00] Wren: *The")
    assert _read(text).front_notes == ()
    minutes = re.sub(r"(\d\d:\d\d):\d\d\]", r"\1]", text).replace("20:01] Wren", "20:02] Wren")
    story = _read(minutes)
    # Kept, the line over the bold title is the poster's word (chatter-over-bold-title).
    assert [n.label for n in story.front_notes] == [""]
    assert story.metadata.title == "The Glass Ferry"


def test_a_minute_stamped_answer_two_minutes_before_the_part_goes() -> None:
    # Stamped to the minute: the answer shares the question's minute (under a minute after
    # it) and the part comes two minutes on (over a minute after it): nearer for certain.
    minutes = re.sub(r"(\d\d:\d\d):\d\d\]", r"\1]", _CHAT)
    text = minutes.replace("20:06] Wren: *The", "20:03] Wren: *The")
    assert "20:01] Wren: almost" in text and "20:03] Wren: *The" in text
    assert _read(text).front_notes == ()


def test_message_times_read_in_the_exports_date_order() -> None:
    lines = ["[3/14/24, 9:05:00 PM] A: one", "[3/15/24, 8:00:00 AM] B: two", "no stamp"]
    first, second, third = message_seconds(lines, [0, 1, 2])
    assert first is not None and second is not None and third is None
    assert second - first == 11 * 3600 - 5 * 60
    assert clock_step(lines, [0, 1]) == 1
    assert clock_step(["[14/03/2024, 21:08] A: one"], [0]) == 60


# --- Instagram captions copied in the app ---------------------------------------------------

_CAPTIONS = """wren.writes
Harbour Town
1/3
wren.writes ✦ the lamp boat ✦
.
Part 1 of 2
.
The lamp boat went out at dusk with its one lantern.
.
Nobody on the quay waved; they never did.
.
🕯
.
The pilot kept his eyes on the black water.
.
#lampboat #fic
Liked by gull.reads and 88 others
View all 12 comments
2 days ago · See translation

wren.writes
Follow
wren.writes ✦ the end of it ✦
.
Part 2 of 2
.
At the harbour mouth the lantern went out.
.
He rowed the rest of the way by the stars.
.
#lampboat
Liked by gull.reads and 61 others
View all 9 comments
1 day ago · See translation
"""


def test_app_copied_captions_read_as_their_parts() -> None:
    """Each post's header, glued name, hashtags and footer go (instagram-app-posts); the
    later post's label goes (instagram-app-post-label); the lone dots are spacers, so the
    candle alone is the one scene break (dot-spacer-lines)."""
    story = _read(_CAPTIONS)
    assert story.metadata.authors == ("wren.writes",)
    first, second = story.chapters
    assert (first.title, second.title) == ("Part 1 of 2", "Part 2 of 2")
    prose = "\n".join(story_paragraphs(story))
    for debris in ("Harbour Town", "1/3", "Liked by", "See translation", "end of it", "#lamp"):
        assert debris not in prose
    assert plain(second.blocks).startswith("At the harbour mouth")
    assert story.front_notes == () and first.notes_after == () and second.notes_before == ()
