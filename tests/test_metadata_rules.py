"""Header and metadata rules whose results the pass fixtures cannot show: the names a byline
gives, ratings, authors and fandoms as read, a disclaimer's label and text, a series line, and
where a work's closing note goes."""

from __future__ import annotations

import pytest

from fic2epub.normalise.bylines import byline_names
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.fields import read_rating, split_authors
from fic2epub.normalise.metadata import clean_title
from fic2epub.normalise.notes import disclaimer_field
from fic2epub.normalise.series_part_line import series_part_line
from fic2epub.normalise.subtitle import kind_subtitle
from fic2epub.options import ReadOptions
from fic2epub.readers import read_data


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # The beta reader's credit after the author's name is no author (byline-beta-credit).
        ("written by Ada Crane, beta'd by moss_and_fern", ("Ada Crane",)),
        ("by wren_reads (beta: sparrow_hill)", ("wren_reads",)),
        ("By: Ash Vale; edited by Rue Moss", ("Ash Vale",)),
        ("by Ash Vale; proofread by Rue Moss", ("Ash Vale",)),
        # Near misses: co-authors listed, no beta's word, stay authors.
        ("by Ada Crane, Bea Lowe", ("Ada Crane", "Bea Lowe")),
        ("by Ada Crane and Betty Moss", ("Ada Crane", "Betty Moss")),
        # An archive's link to write to the author is no part of the name
        # (byline-contact-link); a bracketed word that is no link word stays.
        ("by Ada Crane [Contact]", ("Ada Crane",)),
        ("by wren_reads (email)", ("wren_reads",)),
        ("by Ada Crane [Profile]", ("Ada Crane",)),
        # at-handle-byline: the site's "@" before a user name is no part of it.
        ("by @wren_reads", ("wren_reads",)),
        ("by Ada Crane", ("Ada Crane",)),
        # byline-bracketed-aside: the writer's long aside after her name is no part of it;
        # a short bracket stays with the name, and a sentence in "by" is still no byline.
        ("by Wren (a ballad retelling, sort of. the miller loses)", ("Wren",)),
        ("by Wren (Old Ballads)", ("Wren (Old Ballads)",)),
    ],
)
def test_byline_beta_credit(line: str, names: tuple[str, ...]) -> None:
    assert byline_names(line) == names


def test_sentence_with_long_bracket_is_no_byline() -> None:
    assert byline_names("by the light of the lamp (which was low and smoking badly)") is None


def _chunk(text: str) -> Chunk:
    return Chunk(text=text, lines=(text,), first=1, last=1, gap=1)


def test_disclaimer_label_aside() -> None:
    field = disclaimer_field(_chunk("Disclaimer (forgot it, sorry): Not mine."), "rule")
    assert field is not None
    assert (field.label, field.value) == ("Disclaimer", "Not mine.")
    # No colon after the bracket: a sentence, no field.
    assert disclaimer_field(_chunk("Disclaimer (the word) was red: odd."), "rule") is None


def test_colon_title_over_byline() -> None:
    text = (
        "Lanterns Lit: A Harbour Winter\n\nby Tamsin Reed\n\nRating: G\n\n"
        "The harbour froze on the ninth night, and nobody admitted to being pleased.\n"
    )
    story = read_data(text.encode(), ReadOptions(), "case")
    assert story.metadata.title == "Lanterns Lit: A Harbour Winter"
    assert story.metadata.authors == ("Tamsin Reed",)
    assert not story.metadata.extra


@pytest.mark.parametrize(
    ("value", "rating"),
    [
        # rating-range: two codes joined by a slash are one archive rating.
        ("R/NC-17", "R/NC-17"),
        ("PG-13/R   Categories: Somewhere", "PG-13/R"),
        ("t/m", "T/M"),
        # Near misses: a slash to a genre or a word keeps the first code only.
        ("T/Romance", "T"),
        ("R/Sexual content", "R"),
        ("M", "M"),
    ],
)
def test_rating_range(value: str, rating: str) -> None:
    assert read_rating(value) == rating


@pytest.mark.parametrize(
    ("value", "names"),
    [
        # aka-alias-dropped: the alias is the same writer.
        ("Marta Quill (aka inkwell_marta)", ("Marta Quill",)),
        ("Dov Brand (a.k.a. brandnew)", ("Dov Brand",)),
        ("Ada Fenn (also known as fennel) and Rob Oake", ("Ada Fenn", "Rob Oake")),
        # Near misses: a bracket that is no alias ("akaroa" only starts like one) stays.
        ("Ada Fenn (Toronto)", ("Ada Fenn (Toronto)",)),
        ("Ada Fenn (akaroa)", ("Ada Fenn (akaroa)",)),
    ],
)
def test_aka_alias(value: str, names: tuple[str, ...]) -> None:
    assert split_authors(value) == names


def _read(text: str) -> object:
    return read_data(text.encode(), ReadOptions(), "case")


_ENTRY = """Title: The Borrowed Lamp
Author: penwick
Fandom: {fandom}
Rating: G
Summary: Two lamplighters from two towns share one ladder for a night.

The ladder was too short for either of them, which was the first thing they agreed on.

"Hold it steady," said the one from the hill town.

The other held it steady, more or less, and the lamp was lit.

Tags: {tags}
"""


def test_tagged_slash_crossover() -> None:
    """tagged-slash-crossover: the post's tags name each half as a fandom."""
    text = _ENTRY.format(
        fandom="Hill Town / River Town", tags="fandom: hill town, fandom: river town, fic"
    )
    story = _read(text)
    assert story.metadata.fandoms == ("Hill Town", "River Town")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "tags",
    [
        # Tagged as one work, or not as fandoms: the slash joins one work's two names.
        "fandom: hill town / river town, fic",
        "hill town, river town, fic",
    ],
)
def test_untagged_slash_stays_one_fandom(tags: str) -> None:
    story = _read(_ENTRY.format(fandom="Hill Town / River Town", tags=tags))
    assert story.metadata.fandoms == ("Hill Town / River Town",)  # type: ignore[attr-defined]


_ARCHIVE = """{front}:
A story we wrote on a train, mostly.

Chapter 1

The train left late, as trains do, and nobody on it minded very much at all.

Chapter 2

The train came in later still, and by then everyone on it had become friends.

The End

End Notes:
Thank you for riding along with us.
"""


def test_efiction_chapter_end_notes() -> None:
    """efiction-chapter-end-notes: under "Story Notes" the last "End Notes" is the chapter's."""
    story = _read(_ARCHIVE.format(front="Story Notes"))
    assert [n.label for n in story.back_notes] == []  # type: ignore[attr-defined]
    last = story.chapters[-1]  # type: ignore[attr-defined]
    assert [n.label for n in last.notes_after] == ["End Notes"]


def test_end_notes_without_story_notes_stay_the_works() -> None:
    """Near miss: with the work's notes headed "Notes", AO3's "End Notes" are the work's."""
    story = _read(_ARCHIVE.format(front="Notes"))
    assert [n.label for n in story.back_notes] == ["End Notes"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("line", "series"),
    [
        # series-part-line: the place and the series' name, without "the" and "series".
        ("Part 3 of the Lantern Nights series", "Part 3 of Lantern Nights"),
        ("Book two in my Harbour series.", "Part 2 of Harbour"),
        ("This is story 4 of the Ashgrove series", "Part 4 of Ashgrove"),
        # Near misses: no closing "series", or a sentence of the story.
        ("Part 3 of the plan", None),
        ("Part 3 of the plan failed, as the series of storms went on.", None),
    ],
)
def test_series_part_line(line: str, series: str | None) -> None:
    assert series_part_line(line) == series


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # fic-kind-tail: the kind of work after a spaced dash is no part of the title.
        ("LAMP OIL - a Cranford fic", "LAMP OIL"),
        ("Moonrise – an Emma one-shot", "Moonrise"),
        ("Tin Bells -- a very silly fanfic", "Tin Bells"),
        # Near misses: the dash leads to the title's own words, or no "a" opens the tail.
        ("Fic - A Love Story", "Fic - A Love Story"),
        ("The Last Drabble - Collected", "The Last Drabble - Collected"),
        ("Notes - my fic", "Notes - my fic"),
    ],
)
def test_fic_kind_tail(line: str, title: str) -> None:
    assert clean_title(line) == title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # status-tail-title: the work's state alone in brackets is no part of the title.
        ("Grey Orchard (complete)", "Grey Orchard"),
        ("Grey Orchard [WIP]", "Grey Orchard"),
        # Near misses: a title that is the word itself, or brackets holding more.
        ("(Complete)", "(Complete)"),
        ("Grey Orchard (complete with apples)", "Grey Orchard (complete with apples)"),
    ],
)
def test_status_tail_title(line: str, title: str) -> None:
    assert clean_title(line) == title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # chapters-tail-title: a post's headline naming the chapters it holds.
        ("The Wren's Bargain — Chapters 1 & 2 (early access)", "The Wren's Bargain"),
        ("The Wren's Bargain - Chapter 5", "The Wren's Bargain"),
        ("The Wren's Bargain | Parts 3-4", "The Wren's Bargain"),
        # Near misses: no number after the word, or no spaced dash before it.
        ("The Wren's Bargain - Chapter and Verse", "The Wren's Bargain - Chapter and Verse"),
        ("Chapter 5", "Chapter 5"),
    ],
)
def test_chapters_tail_title(line: str, title: str) -> None:
    assert clean_title(line) == title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # follow-button-title: FanFiction.Net's button run into the title's line goes.
        ("Follow/Fav The Quiet Mill", "The Quiet Mill"),
        ("+ Follow/Fav Heron Weather", "Heron Weather"),
        # Near misses: the words alone, or the button's name inside the title.
        ("Follow the Heron", "Follow the Heron"),
        ("Why I Follow/Fav Nobody", "Why I Follow/Fav Nobody"),
    ],
)
def test_follow_button_title(line: str, title: str) -> None:
    assert clean_title(line) == title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # masterlist-title: a series' index post names its kind after the title.
        ("✧ the lantern ferry — masterlist ✧", "the lantern ferry"),
        ("Salt and Iron (masterlist)", "Salt and Iron"),
        ("Kite Weather | Masterlist", "Kite Weather"),
        # Near misses: the word alone, or inside the title.
        ("Masterlist", "Masterlist"),
        ("The Masterlist of Lost Things", "The Masterlist of Lost Things"),
    ],
)
def test_masterlist_title(line: str, title: str) -> None:
    assert clean_title(line) == title


_JOURNAL_ENTRY = """[info]moss_lantern
lanterns and moss

May. 4th, 2011 | 09:10 pm
mood: sleepy

{subject}

Title: Oak Hollow
Author: [info]moss_lantern
Rating: PG-13

The hollow in the oak had held an owl once, and then a squirrel, and now a letter.

Nobody in the village admitted to writing it.
"""


@pytest.mark.parametrize(
    "subject",
    ["[fic] Oak Hollow (Fernlore, PG-13)", "Oak Hollow (Fernlore; PG-13)", "Oak Hollow (PG-13)"],
)
def test_rated_subject_not_byline(subject: str) -> None:
    """rated-subject-not-byline: a journal post's subject under the journal's title ends in
    a rating, maybe after the fandom in one bracket: no pen name does, so it names no
    author beside the header's."""
    story = _read(_JOURNAL_ENTRY.format(subject=subject))
    assert story.metadata.authors == ("moss_lantern",)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # The kind phrase naming the book in quotes, with its year (subtitle-naming-work).
        ('a story of "The Lamp Keeper" (1801)', "subtitle-under-byline"),
        ('a tale after "The Old Lay"', "subtitle-under-byline"),
        # Without the quotes it is a story's phrase, not a subtitle.
        ("a story of love and the sea", None),
    ],
)
def test_kind_subtitle_naming_the_work(line: str, rule: str | None) -> None:
    assert kind_subtitle(line) == rule


def test_an_intro_label_gives_the_summary() -> None:
    # Quizilla's "Intro:" is the story's blurb (intro-summary-label).
    text = (
        "The Lamp\nStory by wick_and_oil\n\nIntro: A keeper and a lamp that will not stay lit."
        "\n\nThe lamp went out at nine, and the keeper lit it again before the ships came.\n"
    )
    story = read_data(text.encode(), ReadOptions(), "case")
    assert story.metadata.summary == "A keeper and a lamp that will not stay lit."


_FFN_PAGE = """FanFiction
Books » The Salt Road
Follow/Fav
Harbour Lights
By: {byline}
Two keepers and one lamp, and a winter that will not end.
Rated: Fiction K - English - Family - Chapters: 1 - Words: 900 - Status: Complete - id: 4321

The lamp had gone out twice before midnight, and the keeper had lit it twice.

She sat by it until dawn and did not let it go out again.
"""


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # FanFiction.Net gives a story one account, whose pen name in lower case may hold
        # "and" or "&" as words of its own (ffn-account-byline).
        ("salt and cedar", ("salt and cedar",)),
        ("wren & tallow", ("wren & tallow",)),
        ("ash_and_ember", ("ash_and_ember",)),
        # So may one of capitalised single words, as a pen name of two nouns is.
        ("Wren & Tallow", ("Wren & Tallow",)),
        ("Ink and Ermine", ("Ink and Ermine",)),
        # Capitalised full names are two writers sharing the account.
        ("Anna Reed and Ben Cole", ("Anna Reed", "Ben Cole")),
        ("Anna Reed & Tallow", ("Anna Reed", "Tallow")),
    ],
)
def test_fanfiction_net_byline_names_one_account(byline: str, names: tuple[str, ...]) -> None:
    story = read_data(_FFN_PAGE.format(byline=byline).encode(), ReadOptions(), "case")
    assert story.metadata.authors == names


def test_a_by_line_with_no_fanfiction_net_info_line_names_its_co_authors() -> None:
    """Off FanFiction.Net's page, "By: X and Y" credits two writers (ffn-account-byline,
    negative)."""
    text = _FFN_PAGE.format(byline="salt and cedar").replace(
        "Rated: Fiction K - English - Family - Chapters: 1 - Words: 900 - Status: Complete - "
        "id: 4321\n",
        "",
    )
    story = read_data(text.encode(), ReadOptions(), "case")
    assert story.metadata.authors == ("salt", "cedar")


def test_anthology_writers_split_per_byline() -> None:
    """piece-writer-byline, piece-writers-bare-pair, issue-line-not-byline: a zine whose
    header names no writer is credited to its pieces' writers, each byline split on "and"
    or "&" while a handle keeps its "and"."""
    text = (
        "THE SALT ROAD\nA Lighthouse Fanzine\nIssue 3 — Spring 2021\n\n"
        "Contents\nThe Keeper ..... 2\nLow Tide ..... 4\nThe Ferryman ..... 6\n\n"
        "The Keeper\nby gull_and_gale\n\n"
        "The keeper counted ships until there were none left to count.\n\n"
        "Low Tide\nBy: Mara Ellis and Jon Petrie\n\n"
        "At low tide the whole bay was sand and the children walked out to the wreck.\n\n"
        "The Ferryman\nAda Quill & tern_17\n\n"
        "The ferryman charged a penny each way, and two if you talked.\n"
    )
    story = read_data(text.encode(), ReadOptions(), "case")
    assert story.metadata.authors == (
        "gull_and_gale",
        "Mara Ellis",
        "Jon Petrie",
        "Ada Quill",
        "tern_17",
    )
    assert story.metadata.title == "THE SALT ROAD"


@pytest.mark.parametrize(
    ("header", "fandoms"),
    [
        # A blog's filing beside the story's own Fandom field is no fandom
        # (fandom-field-over-categories).
        ("Categories: Stories, Gogol\nFandom: The Overcoat (Gogol)", ("The Overcoat (Gogol)",)),
        # Without a Fandom field, a category naming no genre is still the fandom.
        ("Categories: The Overcoat", ("The Overcoat",)),
    ],
)
def test_fandom_field_over_categories(header: str, fandoms: tuple[str, ...]) -> None:
    text = (
        "The Clerk's Coat\n\n"
        f"{header}\nRating: G\n\n"
        "Chapter 1\n\nThe clerk counted his buttons twice before he left the office.\n\n"
        "Chapter 2\n\nThe tailor looked at the old coat and shook his head slowly.\n"
    )
    story = read_data(text.encode(), ReadOptions(), "case")
    assert story.metadata.fandoms == fandoms


_KOFI_PAGE = """ko-fi
Explore    Shop    Sign in

Bruna Vell
Writes short stories about lighthouses
\u2615 Support
Home    Shop    Posts

POST
The Keeper's Winter
3 Mar 2024 \u00b7 a ficlet \u00b7 500 words

The keeper wintered alone that year, and the lamp was the only thing he spoke to.

It answered him every night at dusk, which was more than most company did.

The spring boat found him thinner and cheerful, and the lamp still burning.
"""


def test_creator_as_author() -> None:
    """creator-tagline-block and creator-as-author: the creator's name over the tagline and
    the Support button writes the post when the story names nobody else; "POST" over the
    title is the page's label (post-kind-label)."""
    story = read_data(_KOFI_PAGE.encode(), ReadOptions(), "case")
    assert story.metadata.title == "The Keeper\u2019s Winter"
    assert story.metadata.authors == ("Bruna Vell",)


def test_creator_not_author_under_own_byline() -> None:
    """Near miss: the story's own byline wins over the creator page's name."""
    text = (
        "Patreon\nBruna Vell\nis creating lighthouse stories\n\n"
        "The Keeper's Winter\nby lampwick_b\n\n"
        "The keeper wintered alone that year, and the lamp was the only thing he spoke to.\n\n"
        "It answered him every night at dusk, which was more than most company did.\n"
    )
    story = read_data(text.encode(), ReadOptions(), "case")
    assert story.metadata.authors == ("lampwick_b",)


def test_site_owner_tagline_names_the_author() -> None:
    """site-owner-tagline and creator-as-author: a one-page fic site's tagline naming its
    owner gives the writer; its "Read on AO3 >" button is chrome (read-on-site-button)."""
    text = (
        "moth & lamp\na fic site by @quill_moth\nHome    Fic    About\n\n"
        "The Lamp That Waited\nRead on AO3 >\n\n"
        "Chapter One: Dusk\n\n"
        "The lamp was lit at dusk and waited all night for the ship.\n\n"
        "Chapter Two: Dawn\n\n"
        "The ship came at dawn, when nobody needed the lamp any more.\n"
    )
    story = read_data(text.encode(), ReadOptions(), "case")
    assert story.metadata.title == "The Lamp That Waited"
    assert story.metadata.authors == ("quill_moth",)


@pytest.mark.parametrize(
    ("value", "names"),
    [
        # author-badge-dropped: the site's badge after the name is not part of it.
        ("Hester Lowe (Goodreads Author)", ("Hester Lowe",)),
        ("Hester Lowe (Verified Author)", ("Hester Lowe",)),
        # at-handle-name: the "@" marks the handle on the site, not the name.
        ("@moss_and_wick", ("moss_and_wick",)),
        # Near misses: a bracket that is no badge, and an "@" inside a name, stay.
        ("Hester Lowe (co-author)", ("Hester Lowe (co-author)",)),
        ("moss@wick", ("moss@wick",)),
    ],
)
def test_author_badge_and_at_handle(value: str, names: tuple[str, ...]) -> None:
    assert split_authors(value) == names


def test_a_fuller_byline_gives_the_writers_order() -> None:
    """Rule ``fuller-byline-order``: the blog's own name over a post whose byline names its
    writers, that name among them: the byline's order, not the blog's name first; a byline
    naming other writers only adds them after."""
    post = "lamp_and_wick\nFollow\n\nThe Keeper\n\nby {byline}\n\n" + (
        "The keeper lit the lamp at dusk and sat with it until the tide turned.\n\n"
        "Nobody came up the stair that night, and the lamp did not mind.\n"
    )
    fuller = read_data(post.format(byline="Ada Quill & lamp_and_wick").encode(), ReadOptions(), "p")
    assert fuller.metadata.authors == ("Ada Quill", "lamp_and_wick")
    other = read_data(post.format(byline="Ada Quill").encode(), ReadOptions(), "p")
    assert other.metadata.authors == ("lamp_and_wick", "Ada Quill")
