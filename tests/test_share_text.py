"""Share-button text, crossover breadcrumbs, the apps' comma and dotted info lines and stanzas."""

from __future__ import annotations

import pytest

from fic2epub.normalise.breadcrumbs import breadcrumb_fandoms, breadcrumb_title
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.ffn_app_info import app_info_line
from fic2epub.normalise.share_text import (
    ao3_share_title,
    app_share_line,
    story_url_line,
    title_author_url_line,
)
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import story_paragraphs


def _chunks(*texts: str) -> list[Chunk]:
    return [Chunk(text=t, lines=(t,), first=n, last=n, gap=0) for n, t in enumerate(texts, 1)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            'Check out "Salt Roads" by marram_grass on FanFiction! https://www.example.net/s/1/1/',
            ("Salt Roads", "marram_grass"),
        ),
        ('Read "Lantern Hours" on Wattpad: https://example.com/story/55', ("Lantern Hours", "")),
        ("Check out “Eel Weather” by Tam Reyes on FanFiction.", ("Eel Weather", "Tam Reyes")),
        # Story prose that tells somebody to check something out.
        ('Check out "the old mill" by the river on Sunday, she said.', None),
        ("Read the letter on the table before you go.", None),
    ],
)
def test_app_share_line(line: str, expected: tuple[str, str] | None) -> None:
    assert app_share_line(line) == expected


def test_ao3_share_title_needs_the_chapters_line() -> None:
    shared = _chunks("Bell Tower (2,310 words) by ash_and_oak, fenn", "Chapters: 1/1")
    assert ao3_share_title(shared, 0) == ("Bell Tower", "ash_and_oak\nfenn")
    prose = _chunks("He wrote the essay (900 words) by hand, at night.", "Then he slept.")
    assert ao3_share_title(prose, 0) is None


def test_crossover_breadcrumb_names_both_fandoms() -> None:
    line = "Crossover » Treasure Island & Kidnapped Crossover"
    assert breadcrumb_fandoms(line) == ("Treasure Island", "Kidnapped")
    assert breadcrumb_fandoms("Books » Treasure Island") == ("Treasure Island",)
    # Outside the crossover category an "&" belongs to the one name.
    assert breadcrumb_fandoms("Cartoons » Rocky & Bullwinkle") == ("Rocky & Bullwinkle",)
    assert breadcrumb_fandoms("Rivers » Thames & Severn") is None


def test_present_day_crossover_breadcrumb_joins_with_plus() -> None:
    """FanFiction.Net's present-day pages write "A + B Crossover"."""
    line = "Crossover » Lorna Doone + Westward Ho! Crossover"
    assert breadcrumb_fandoms(line) == ("Lorna Doone", "Westward Ho!")
    # An "&" inside one of the names stays in it when "+" joins the pair.
    line = "Crossover » Dombey & Son + Cranford Crossover"
    assert breadcrumb_fandoms(line) == ("Dombey & Son", "Cranford")
    # Outside the crossover category a "+" belongs to the one name.
    assert breadcrumb_fandoms("Games » Puzzle + Dragons") == ("Puzzle + Dragons",)


def test_breadcrumb_title() -> None:
    """An old mobile page's trail runs on to the story's title after the fandom."""
    line = "Books » Lorna Doone » The Doone Gate"
    assert breadcrumb_title(line) == ("Books » Lorna Doone", "The Doone Gate")
    # A path through places is no site's trail, and a two-item trail names no title.
    assert breadcrumb_title("Exeter » Dulverton » Oare") is None
    assert breadcrumb_title("Books » Lorna Doone") is None


def test_crossover_pair_breadcrumb() -> None:
    """The story page's path names the pair without the closing "Crossover"."""
    line = "Crossover » Middlemarch & Cranford"
    assert breadcrumb_fandoms(line) == ("Middlemarch", "Cranford")
    # Two "&": which one joins the fandoms cannot be told, so the name is kept whole.
    line = "Crossover » Rosencrantz & Guildenstern & Hamlet"
    assert breadcrumb_fandoms(line) == ("Rosencrantz & Guildenstern & Hamlet",)


def test_old_layout_breadcrumb_without_the_title() -> None:
    """FanFiction.Net's old layout prints the site, the category and the fandom only."""
    assert breadcrumb_fandoms("FanFiction > Books > Bleak House") == ("Bleak House",)
    assert breadcrumb_fandoms("Fan Fiction » Books » Emma » Box Hill") == ("Emma",)
    assert breadcrumb_fandoms("Home > Garden > Roses") is None
    # Another archive's menu path ends at a category, not at a fandom.
    assert breadcrumb_fandoms("Start > Fanworks > Fanfics > Books > Fairy Tales") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Tide Tables | gull_and_anchor | https://www.example.net/s/4411/1/",
            ("Tide Tables", "gull_and_anchor"),
        ),
        ("A Winter Tale | Ros Finch | www.example.org/story/8", ("A Winter Tale", "Ros Finch")),
        # No link at the end, or a sentence in the middle item: not a reader's line.
        ("Tide Tables | gull_and_anchor | chapter one", None),
        (
            "She wrote it down | in the margin, where her mother always wrote her sums | "
            "https://example.net/a",
            None,
        ),
    ],
)
def test_title_author_url_line(line: str, expected: tuple[str, str] | None) -> None:
    assert title_author_url_line(line) == expected


APP_PASTE = "\n".join(
    [
        'Check out "Salt Roads" by marram_grass on FanFiction! https://www.example.net/s/1/1/',
        "Salt Roads",
        "By: marram_grass",
        "Books > Treasure Island",
        "Rated: K+, English, Adventure & Humor, Jim H., Words: 1,204, Chapters: 1,"
        " Status: Complete",
        "The parrot was on the stockade fence, exactly where Jim had left it eleven years before,"
        " and it had not grown any smaller or any kinder in the meantime.",
        "It looked at him with one yellow eye and said nothing at all, which was new, because in"
        " the old days it had never once stopped talking about silver.",
        '"Pieces of eight," Jim offered, to be helpful, and felt foolish at once.',
        "The parrot considered this. Then it flew down and walked along the sand towards the old"
        " hut, stopping now and then to see whether he was following.",
    ]
)

SHARE_BLOCK = """Bell Tower (2,310 words) by ash_and_oak, fenn
Chapters: 1/1
Fandom: Little Dorrit
Rating: General Audiences
Summary: Amy climbs the tower to see the whole of the Marshalsea at once.
Work Text:
Amy had counted the steps so often that she no longer needed to count them.
At the top the wind came in through the louvres and smelled of the river.
"""


def test_app_share_paste_reads_the_header() -> None:
    story = read_text(APP_PASTE.encode(), ReadOptions(), "paste.txt")
    meta = story.metadata
    assert (meta.title, meta.authors) == ("Salt Roads", ("marram_grass",))
    assert meta.fandoms == ("Treasure Island",)
    assert (meta.rating, meta.status) == ("K+", "Complete")
    assert meta.categories == ("Adventure", "Humor")
    assert len(story.chapters) == 1
    assert story_paragraphs(story)[0].startswith("The parrot was on the stockade fence")


def test_rated_line_with_a_reason_is_not_an_info_line() -> None:
    text = "Title: Gulls\nRated: T, for one bad word\n\nThe gulls came at noon.\n"
    story = read_text(text.encode(), ReadOptions(), "gulls.txt")
    assert story.metadata.characters == ()


def test_ao3_share_block_names_title_and_creators() -> None:
    story = read_text(SHARE_BLOCK.encode(), ReadOptions(), "share.txt")
    assert story.metadata.title == "Bell Tower"
    assert story.metadata.authors == ("ash_and_oak", "fenn")
    assert story.metadata.fandoms == ("Little Dorrit",)


SONGFIC = """Title: Ferry Song
Author: gullwing

The ferry came in late that evening, and the whole harbour turned out to watch it dock.

Then the ferryman sang, the way he always sang when the crossing had been rough:

Row the boat home, row the boat slow,
the lamps are lit where the tide runs low.

The children cheered as if he had sung it only for them, and he bowed with his cap off.

"Again," said one.
"No," said the ferryman.

Then the gangplank came down with a bang and the passengers came off one by one.
"""


def test_stanza_lines_make_one_paragraph() -> None:
    paragraphs = story_paragraphs(read_text(SONGFIC.encode(), ReadOptions(), "song.txt"))
    song = "Row the boat home, row the boat slow,\nthe lamps are lit where the tide runs low."
    assert song in paragraphs
    # Two short lines that each end a sentence stay two paragraphs.
    assert "“Again,” said one." in paragraphs
    assert "“No,” said the ferryman." in paragraphs


def test_phone_paste_lines_stay_paragraphs() -> None:
    text = "\n".join(
        [
            "Title: Ferry Song",
            "",
            "The ferry came in late that evening, and the whole harbour turned out to see it,",
            "and the ferryman sang,",
            "the way he always sang when the crossing had been rough and the wind was up.",
        ]
    )
    paragraphs = story_paragraphs(read_text(text.encode(), ReadOptions(), "phone.txt"))
    assert "and the ferryman sang," in paragraphs


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("https://www.example.net/s/77/1/Salt-Roads", "https://www.example.net/s/77/1/Salt-Roads"),
        ("www.example.org/works/12", "www.example.org/works/12"),
        # A line with words beside its link, and a plain word, are not the story's address.
        ("read it at https://www.example.net/s/77", None),
        ("https://www.example.net/s/77 (new link)", None),
        ("whistle", None),
    ],
)
def test_story_url_line(line: str, expected: str | None) -> None:
    assert story_url_line(line) == expected


def test_reader_copy_title_handle_and_address() -> None:
    """A reader's copy headed by the title, the author's handle and the story's address:
    the handle is the author and the address the story's source (handle-over-story-url)."""
    text = (
        "Salt Roads\nmarram_grass\nhttps://www.example.net/s/77/1/Salt-Roads\n\n"
        "1 // The Dunes\n\nThe wind took the sand up the beach in long ribbons.\n\n"
        "2 // The Causeway\n\nThe tide came in over the stones before noon.\n"
    )
    story = read_text(text.encode(), ReadOptions())
    assert story.metadata.title == "Salt Roads"
    assert story.metadata.authors == ("marram_grass",)
    assert story.metadata.source_url == "https://www.example.net/s/77/1/Salt-Roads"
    assert [chapter.title for chapter in story.chapters] == ["1 // The Dunes", "2 // The Causeway"]


_APP_SHARED = """Paper Boats
by harbour_wren
Swallows and Amazons · K+ · English · Adventure/Friendship · Complete
The children race boats down the ditch.

Chapter 1: The Fleet
1 of 2

The boats were made of newspaper, folded in the kitchen while it rained.

Chapter 2: The Ditch
2 of 2

Only the blue one floated as far as the bridge.
"""


def test_ffn_app_info_line_gives_the_story_info() -> None:
    """The FanFiction app's dotted info line (ffn-app-info-line) and its bare "N of M"
    counters under the chapter titles (chapter-counter-under-heading)."""
    story = read_text(_APP_SHARED.encode(), ReadOptions())
    meta = story.metadata
    assert meta.fandoms == ("Swallows and Amazons",)
    assert meta.rating == "K+"
    assert meta.status == "Complete"
    assert "1 of 2" not in str(story.chapters[0])
    assert "2 of 2" not in str(story.chapters[1])


def test_ffn_app_info_line_without_the_fandom_opens_with_the_rating() -> None:
    """Rule ``ffn-app-info-no-fandom``: the rating, language and status are read though the
    share left the fandom out."""
    assert app_info_line("K+ · English · Adventure · Titty, Roger · Complete") == [
        ("Rating", "K+"),
        ("Language", "English"),
        ("Status", "Complete"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Home · About · Contact",
        "Swallows and Amazons · K+ · we sailed all day.",
        "The children · T · then they fell in · Complete",
        # Near miss of ffn-app-info-no-fandom: a rating-like letter over no language.
        "M · said the sign · on the door",
    ],
)
def test_ffn_app_info_line_near_misses(line: str) -> None:
    assert app_info_line(line) is None
