"""Wattpad's and Tumblr's lines around a story, told apart from the story's own lines."""

from __future__ import annotations

import pytest

from fic2epub.model import Story
from fic2epub.normalise.metadata import clean_title
from fic2epub.normalise.post_header import post_info_line
from fic2epub.normalise.wattpad import is_dedication
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import story_paragraphs


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("🌙 moth light 🌙", "moth light"),
        ("✨paper boats✨", "paper boats"),
        ("🍂🍂 the long walk 🍁", "the long walk"),
        ("paper boats ♥", "paper boats ♥"),  # one side only: perhaps the title's own
        ("♥ ♥", "♥ ♥"),  # nothing but symbols: left as written
        ("Plain Title", "Plain Title"),
    ],
)
def test_emoji_framing_a_title_is_not_part_of_it(line: str, expected: str) -> None:
    assert clean_title(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The Lantern Keeper, part 1/2", "The Lantern Keeper"),
        ("The Lantern Keeper - 2/3", "The Lantern Keeper"),
        ("The Lantern Keeper (1/2)", "The Lantern Keeper"),
        # No count, no change: the title's own closing dash or comma-free words stay.
        ("Forty-Two -", "Forty-Two -"),
        ("Hush, Little One", "Hush, Little One"),
    ],
)
def test_a_part_count_goes_with_the_mark_that_set_it_off(line: str, expected: str) -> None:
    assert clean_title(line) == expected


def test_a_post_info_line_gives_its_pairing_and_rating() -> None:
    assert post_info_line("rook & wren | 2.4k | T | no fandom, just vibes") == [
        ("Pairing", "rook & wren"),
        ("Rating", "T"),
    ]
    assert post_info_line("owl/crow | ~900 words | soft") == [("Pairing", "owl/crow")]
    # Parted by semicolons and set in brackets.
    assert post_info_line("[marsh tales; rook & wren; ~1.5k; T]") == [
        ("Pairing", "rook & wren"),
        ("Rating", "T"),
    ]
    assert post_info_line("(rook/wren; 600 words; soft)") == [("Pairing", "rook/wren")]


@pytest.mark.parametrize(
    "line",
    [
        "Home | Stories | Contact",  # a menu: nothing a story's info line names
        "She said yes. | He said no. | They left.",  # sentences
        "rook & wren | 2.4k",  # two items only
        "Rain; then wind; then you & me",  # clauses: one pairing-like item is not enough
        "[one; two; three]",  # brackets alone say nothing
        "Salt; then iron; then 2k words.",  # a sentence's end
    ],
)
def test_other_pipe_lines_are_no_post_info_line(line: str) -> None:
    assert post_info_line(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Dedicated to moss_and_fern", True),
        ("dedicated to @reader42", True),
        ("Dedicated to MothLight", True),
        ("Dedicated to Mary", False),  # a given name: the author's own dedication
        ("Dedicated to my mother, who read to me.", False),
        ("Dedicated to the last, she never gave up", False),
        # Wattpad's other languages print the same line in their own words.
        ("Dedicado a moss_and_fern", True),
        ("Dédié à moss_and_fern", True),
        ("Dedykowane dla moss_and_fern", True),
        ("Didedikasikan untuk moss_and_fern", True),
        ("Dedicato a moss_and_fern", True),
    ],
)
def test_a_wattpad_dedication_names_one_user(line: str, expected: bool) -> None:
    assert is_dedication(line) is expected


def test_a_tumblr_ask_needs_its_question_under_it() -> None:
    """ "anonymous asked:" over the question is an ask (tumblr-ask); a character who asks
    before speech in quotes, or an "asked" inside a sentence, is not."""
    from fic2epub.normalise.layout import layout
    from fic2epub.normalise.tumblr import ask_end

    def end(text: str) -> int | None:
        return ask_end(list(layout(text)), 0)

    assert end("anonymous asked:\ncould you write the two of them at the fair?\n") == 2
    assert end("moth-and-lamp asked:\n\nwhat happens after the fair?\n") == 2
    assert end('Nell asked:\n"Where did it come from?"\n') is None
    assert end("Nell asked: where did it come from, and why now?\n") is None
    assert end("anonymous asked:\n\n\n\nThe fair came to town in May.\n") is None


TUMBLR_POSTS = """\
quill-and-kettle
small fics, big feelings, occasional soup
Ask me anything
Submit a post
Archive
The Lamp Room
Part One: Wicks
The keeper's daughter trimmed the wicks at six, as her father had taught her.
#my writing #the lamp room
40 notes
Reblog

quill-and-kettle
small fics, big feelings, occasional soup
Ask me anything
Submit a post
Archive
The Lamp Room
part one | masterlist
a/n: this part is short, sorry!! work has been a lot
Part Two: Oil
The oil came on the Tuesday boat, a week late and two barrels short.
#my writing #the lamp room
31 notes
Reblog
"""


def test_tumblr_post_pages_of_a_fic_in_parts() -> None:
    """Rules ``tumblr-blog-sidebar``, ``heading-links`` and ``note-under-page-header``: the
    blog's description and links are no title, the part links are no chapter, and the note
    under the second post's header opens part two."""


TWO_POSTS = """\
moorland-quills
Follow

The Long Walk Home (part 1/2)

i. the road

The carrier would not go past the crossroads, so they walked.

#my fic #the long walk
12 notes
Reblog Like

moorland-quills
Follow

The Long Walk Home (part 2/2)

ii. the door

The door was open, and the fire was lit.
"""


def test_two_tumblr_posts_close_the_first_part_at_its_buttons() -> None:
    """Rules ``lower-roman-title-heading`` and ``tumblr-post-buttons``: "i. the road" heads a
    part, and the first post's note count and "Reblog Like" close it, with the blog's header
    repeated above the second post."""
    from fic2epub.options import ReadOptions
    from fic2epub.readers.text import read_text
    from story_text import plain

    story = read_text(TUMBLR_POSTS.encode(), ReadOptions(), "post.txt")
    assert story.metadata.title == "The Lamp Room"
    assert story.metadata.authors == ("quill-and-kettle",)
    assert [c.title for c in story.chapters] == ["Part One: Wicks", "Part Two: Oil"]
    first, second = story.chapters
    assert first.notes_after == ()
    assert [n.label for n in second.notes_before] == ["a/n"]
    text = plain(first.blocks) + plain(second.blocks)
    for debris in ("Ask me", "Archive", "soup", "masterlist", "notes", "Reblog"):
        assert debris not in text

    story = read_text(TWO_POSTS.encode("utf-8"), ReadOptions(), "post.txt")
    assert [chapter.title for chapter in story.chapters] == ["i. the road", "ii. the door"]
    assert plain(story.chapters[0].blocks) == (
        "The carrier would not go past the crossroads, so they walked."
    )
    assert plain(story.chapters[1].blocks) == "The door was open, and the fire was lit."


def _post(head: str) -> Story:
    body = (
        "The Salt Road\n"
        "a/n: for a friend who asked for ships\n"
        "Keep reading\n"
        "The ship left at dawn with salt in the hold and nobody on the quay to wave.\n"
    )
    return read_text((head + body).encode(), ReadOptions(), "post.txt")


def test_a_pinned_label_under_follow_is_no_title() -> None:
    """Tumblr's "Pinned" over a pinned post, under the blog's name and "Follow", is the
    page's label: the line under it titles the post."""
    story = _post("salt-and-oar\nFollow\nPinned\n")
    assert story.metadata.title == "The Salt Road"
    assert story.metadata.authors == ("salt-and-oar",)
    assert "Pinned" not in "\n".join(story_paragraphs(story))


def test_pinned_away_from_the_follow_button_is_left_alone() -> None:
    """A one-word title "Pinned" heading a story with no blog framing stays the title."""
    story = read_text(
        b"Pinned\n\nThe butterfly had been under glass for forty years, and it looked it.\n",
        ReadOptions(),
        "post.txt",
    )
    assert story.metadata.title == "Pinned"


def test_a_comma_line_opening_on_a_known_field_is_no_post_info_line() -> None:
    # field-led-comma-line: FanFiction.Net's mobile "Rated: T, English, …" line is read
    # from its labels; its "&" genres are no pairing.
    line = "Rated: T, Spanish, Family & Drama, Lucía, Words: 2k+, Published: 4/1/2020"
    assert post_info_line(line) is None
    # A writer's own comma line, with no label first, still reads.
    assert post_info_line("lena & joss, ~900 words, T, fluff") == [
        ("Pairing", "lena & joss"),
        ("Rating", "T"),
    ]
