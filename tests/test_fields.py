"""Reading header values: labels, ratings, series, dates, authors, site info lines."""

from __future__ import annotations

import pytest

from fic2epub.normalise.fields import (
    date_line,
    field_for,
    read_date,
    read_rating,
    read_series,
    split_authors,
)
from fic2epub.normalise.metadata import MetadataBuilder
from fic2epub.normalise.script import script_language


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Title", "title"),
        ("Pairing", "relationships"),
        ("Pairings or Characters", "relationships"),
        ("Character(s)", "characters"),
        ("Pairings/Main char.", "characters"),
        ("Original source", "source_url"),
        ("Chapters count", "chapter_count"),
        ("Archive Warning", "warnings"),
        ("Additional Tags", "tags"),
        ("Summary", "summary"),
        ("Prompt", None),
        ("Ages in this fic", None),
        # A writing site's "Book By:" credit and "Submitted:" date; a bare "Book" is no
        # author, and "Submitted to" names a contest, not a date.
        ("Book By", "authors"),
        ("Story by", "authors"),
        ("Submitted", "published"),
        ("Book", None),
        ("Submitted to", None),
    ],
)
def test_labels_map_to_fields(label: str, field: str | None) -> None:
    assert field_for(label) == field


@pytest.mark.parametrize(
    ("value", "rating"),
    [
        ("T for now, will go up", "T"),
        ("Rated M – don't like, don't read", "M"),
        ("Fiction K+", "K+"),
        ("Teen And Up Audiences", "Teen And Up Audiences"),
        ("PG13", "PG-13"),
        ("nc-17", "NC-17"),
        ("Mostly harmless", None),
    ],
)
def test_ratings_have_a_short_form(value: str, rating: str | None) -> None:
    assert read_rating(value) == rating


@pytest.mark.parametrize(
    ("value", "name", "index"),
    [
        ("Tides, Part 2", "Tides", 2.0),
        ("Part 3 of The Long Road", "The Long Road", 3.0),
        ("Harbour Lights (4)", "Harbour Lights", 4.0),
        ("Hope Farm (2 of 3)", "Hope Farm", 2.0),
        ("Tides, Part 2 of 5", "Tides", 2.0),
        ("The Thirty-Nine Steps of Spring", "The Thirty-Nine Steps of Spring", None),
        ("Harbour Lights", "Harbour Lights", None),
        ("← Previous Work Part 3 of Salt Roads Next Work →", "Salt Roads", 3.0),
        ("« Previous Work Part 2 of Salt Roads Next Work »", "Salt Roads", 2.0),
        ("Part 1 of Salt Roads Next Work »", "Salt Roads", 1.0),
        ("The Next Work of Art", "The Next Work of Art", None),
        # series-story-number: the works counted as stories, fics or instalments.
        ("Moor Songs, story 3", "Moor Songs", 3.0),
        ("Moor Songs (fic #2)", "Moor Songs", 2.0),
        ("Moor Songs - instalment 4 of 6", "Moor Songs", 4.0),
        ("Toy Story 3", "Toy Story 3", None),
        ("The Ghost-Story 3", "The Ghost-Story 3", None),
        ("A Story of Two Rivers", "A Story of Two Rivers", None),
        # series-fraction: the place over the series' length, as a chapter count is written.
        ("Lantern Keepers (2/5)", "Lantern Keepers", 2.0),
        ("Lantern Keepers, part 4/?", "Lantern Keepers", 4.0),
        ("Night Shift 24/7", "Night Shift 24/7", None),
        ("Night Shift, 24/7", "Night Shift, 24/7", None),
        # No series has a part 0, even one of unknown length.
        ("Lantern Keepers - 0/?", "Lantern Keepers - 0/?", None),
    ],
)
def test_series_name_and_index(value: str, name: str, index: float | None) -> None:
    series = read_series(value)
    assert (series.name, series.index) == (name, index)


@pytest.mark.parametrize(
    ("value", "iso"),
    [("2019-03-04", "2019-03-04"), ("3/14/2012", "2012-03-14"), ("14 March 2012", "2012-03-14")],
)
def test_dates(value: str, iso: str) -> None:
    assert read_date(value) == iso


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Feb 3, 2021", "2021-02-03"),
        ("Tue 7 June 2016 10:02 pm", "2016-06-07"),
        ("June", None),
        # A journal entry page parts the time with a bar.
        ("Apr. 9th, 2005 | 10:02 pm", "2005-04-09"),
        ("Apr. 9th, 2005 | the mill", None),
    ],
)
def test_date_only_lines(line: str, iso: str | None) -> None:
    assert date_line(line) == iso


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Ama Reyes and Theo Park", ("Ama Reyes", "Theo Park")),
        ("wren & sparrow", ("wren", "sparrow")),
        ("kestrel_and_key", ("kestrel_and_key",)),
        ("moss-and-marrow", ("moss-and-marrow",)),
        ("quill-with-ink and Theo Park", ("quill-with-ink", "Theo Park")),
        ("one, two; three", ("one", "two", "three")),
        # A handle's own underscore at an end stays; a pair around a name is emphasis.
        ("hydeandseek_", ("hydeandseek_",)),
        ("_moth and ash_", ("_moth", "ash_")),
        ("_wren_", ("wren",)),
        # FanFiction.Net's old "PM" link after the name goes; a name's own last word stays.
        ("Reed Hollow  PM", ("Reed Hollow",)),
        ("Anna PM", ("Anna PM",)),
        # The 2010 layout's alert and favourite links set wide after the name go; a name
        # that only ends in such words, with no wide space, is kept.
        ("reed_and_ink    Add Story Alert . Add Author Alert", ("reed_and_ink",)),
        ("Ada Lane   Add Favorite Story . Add Favorite Author", ("Ada Lane",)),
        ("Mira Add Story Alert", ("Mira Add Story Alert",)),
        # A name that ends in an initial keeps the initial's full stop; another loses it.
        ("Margaret T.", ("Margaret T.",)),
        ("Ann B. and Cy D.", ("Ann B.", "Cy D.")),
        ("Rose.", ("Rose",)),
        ("Mary Q. Holt.", ("Mary Q. Holt",)),
    ],
)
def test_authors_split(value: str, names: tuple[str, ...]) -> None:
    assert split_authors(value) == names


def test_fanfiction_net_info_line() -> None:
    meta = MetadataBuilder()
    meta.read_info_line(
        "Rated: Fiction T - English - Romance/Drama - [Ama R., Theo P.] Mira K. - "
        "Chapters: 3 - Words: 12,345 - Reviews: 40 - Updated: 5/6/2014 - "
        "Published: 1/2/2014 - Status: Complete - id: 1234567"
    )
    built = meta.build(title="T", language=None)
    assert built.rating == "T"
    assert built.language == "en"
    assert built.categories == ("Romance", "Drama")
    assert built.characters == ("Ama R.", "Theo P.", "Mira K.")
    assert built.chapter_count == 3
    assert built.status == "Complete"
    assert (built.published, built.updated) == ("2014-01-02", "2014-05-06")
    assert built.source_url == "https://www.fanfiction.net/s/1234567"


def test_fanfiction_net_old_info_line_joins_characters_with_ampersand() -> None:
    meta = MetadataBuilder()
    meta.read_info_line(
        "Rated: K - English - Humor - Esther S. & Ada C. - Reviews: 3 - "
        "Published: 4-19-07 - Complete - id:1234567"
    )
    built = meta.build(title="T", language=None)
    assert built.categories == ("Humor",)
    assert built.characters == ("Esther S.", "Ada C.")
    assert built.status == "Complete"


def test_ao3_stats_line() -> None:
    meta = MetadataBuilder()
    meta.add_field("Stats", "Published: 2019-03-04 Completed: 2019-04-01 Words: 1234 Chapters: 2/2")
    built = meta.build(title="T", language=None)
    assert (built.published, built.updated) == ("2019-03-04", "2019-04-01")
    assert built.chapter_count == 2
    assert built.status == "Complete"


def test_unknown_labels_are_kept_in_order_as_written() -> None:
    meta = MetadataBuilder()
    meta.add_field("Prompt", "the colour of rain")
    meta.add_field("Spoilers", "up to book two")
    meta.add_field("Word Count", "")
    built = meta.build(title="T", language=None)
    assert [(f.label, f.value) for f in built.extra] == [
        ("Prompt", "the colour of rain"),
        ("Spoilers", "up to book two"),
    ]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("[FIC] The Cartographer (1/3)", "The Cartographer"),
        ("FIC: Salt Roads 2/2", "Salt Roads"),
        ("*Lantern*", "Lantern"),
        ("Catch-22", "Catch-22"),
        ("Ferry Leave (Norse myth snippets)", "Ferry Leave"),
        ("Borrowed Lanterns [one-shots]", "Borrowed Lanterns"),
        ("The Jungle Road (and other stories)", "The Jungle Road (and other stories)"),
        ("(Drabbles)", "(Drabbles)"),
        ("The Wound Clock (Lindenau fic)", "The Wound Clock"),
        ("Night Music (horror fiction)", "Night Music (horror fiction)"),
    ],
)
def test_title_lines_lose_post_tags_and_part_counts(line: str, title: str) -> None:
    assert MetadataBuilder().read_title_line(line) == title


def test_categories_genres_and_a_fandom_written_as_category() -> None:
    meta = MetadataBuilder()
    meta.add_field("Genre", "Romance/Drama")
    meta.add_field("Category", "F/M, Gen")
    meta.add_field("Category", "King Arthur")
    built = meta.build(title="T", language=None)
    assert built.categories == ("Romance", "Drama", "F/M", "Gen")
    assert built.fandoms == ("King Arthur",)


# --- Spanish and Portuguese rating labels, journal user icons -------------------------------


@pytest.mark.parametrize("label", ["Clasificación", "Classificação"])
def test_rating_labels_in_other_languages(label: str) -> None:
    assert field_for(label) == "rating"


def test_user_icon_text_is_not_part_of_the_name() -> None:
    assert split_authors("[personal profile] moss_and_mica") == ("moss_and_mica",)
    assert split_authors("[info]rook_writes and Ada Vane") == ("rook_writes", "Ada Vane")


# --- Russian (ficbook.net) labels and the language told by script ---------------------------


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Название", "title"),
        ("Автор", "authors"),
        ("Фэндом", "fandoms"),
        ("Пэйринг и персонажи", "characters"),
        ("Рейтинг", "rating"),
        ("Жанры", "categories"),
        ("Метки", "tags"),
        ("Описание", "summary"),
        ("Посвящение", None),
    ],
)
def test_russian_labels_map_to_fields(label: str, field: str | None) -> None:
    assert field_for(label) == field


def test_ficbook_pairings_and_characters_are_told_apart_and_labels_tell_russian() -> None:
    meta = MetadataBuilder()
    meta.add_field("Название", "Тихий берег")
    meta.add_field("Пэйринг и персонажи", "Лис/Сова, Ёж")
    meta.add_field("Жанры", "Драма, Юмор")
    built = meta.build(title="T", language=None)
    assert built.title == "Тихий берег"
    assert built.relationships == ("Лис/Сова",)
    assert built.characters == ("Ёж",)
    assert built.categories == ("Драма", "Юмор")
    assert built.fandoms == ()
    assert built.language == "ru"


@pytest.mark.parametrize(
    ("texts", "tag"),
    [
        (["Туман лежал над водой, и лодка медленно шла к берегу."], "ru"),
        (["Туман лежав над водою, і човен повільно йшов до її берега. Він є тут."], "uk"),
        (["Η ομίχλη κάλυπτε το νερό."], "el"),
        (["霧が水の上にかかっていた。"], "ja"),
        (["The fog lay on the water, and Дмитрий watched it from the pier."], None),
        (["Le brouillard couvrait l'eau."], None),
        ([], None),
    ],
)
def test_script_tells_the_language(texts: list[str], tag: str | None) -> None:
    assert script_language(texts) == tag


@pytest.mark.parametrize(
    ("label", "value", "status"),
    [
        ("Complete", "Yes", "Complete"),
        ("Completed", "No", "In progress"),
        ("Status", "[Completed]", "Complete"),
        ("Status", "Complete (4/4)", "Complete"),
        ("Status", "WIP", "In progress"),
        ("Status", "On hiatus", "On hiatus"),
        ("Status", "Yes", "Yes"),
        # foreign-status-word: a status in the site's own language.
        ("Статус", "завершён", "Complete"),
        ("Estado", "En curso", "In progress"),
        ("Stato", "Completa", "Complete"),
        ("Statut", "[Terminée]", "Complete"),
        ("Status", "Abgeschlossen", "Complete"),
        # Any other word stays as written ("frozen").
        ("Статус", "заморожен", "заморожен"),
    ],
)
def test_status_answers(label: str, value: str, status: str) -> None:
    meta = MetadataBuilder()
    meta.add_field(label, value)
    assert meta.build(title="T", language=None).status == status


def test_a_rating_word_is_no_rating_code() -> None:
    # The "t" that ends "Tout" is not the rating T; the value is kept as written.
    assert read_rating("Tout public") is None
    assert read_rating("Rated T for language") == "T"
    meta = MetadataBuilder()
    meta.add_field("Classement", "Tout public")
    assert meta.build(title="T", language=None).rating == "Tout public"


def test_a_category_path_names_the_fandom() -> None:
    meta = MetadataBuilder()
    meta.add_field("Catégorie", "Livres › Le Comte de Monte-Cristo")
    assert meta.build(title="T", language=None).fandoms == ("Le Comte de Monte-Cristo",)


def test_the_text_language_fills_in_only_without_a_field() -> None:
    meta = MetadataBuilder()
    assert meta.build(title="T", language="nl").language == "nl"
    meta.add_field("Language", "English")
    assert meta.build(title="T", language="nl").language == "en"


def test_list_keeps_a_quoted_title_whole() -> None:
    """Rule ``quoted-title-in-list``: a comma inside «…» or “…” belongs to the title."""
    from fic2epub.normalise.fields import split_list

    assert split_list("Гоголь Николай «Вечера на хуторе, близ Диканьки»") == (
        "Гоголь Николай «Вечера на хуторе, близ Диканьки»",
    )
    assert split_list("“Salt, Smoke”, Harbour Tales") == ("“Salt, Smoke”", "Harbour Tales")
    # Without typographic quotes the list splits as before.
    assert split_list("Лис, Роза, Летчик") == ("Лис", "Роза", "Летчик")
    assert split_list('"Salt, Smoke"') == ("Salt", "Smoke")


def test_list_keeps_a_word_said_twice_whole() -> None:
    """Rule ``repeated-word-in-list``: "The Long, Long Road" is one title; a list whose items
    only repeat ("angst, angst, angst") or differ ("Emma, Persuasion") still splits."""
    from fic2epub.normalise.fields import split_list

    def works(value: str) -> tuple[str, ...]:
        return split_list(value, titles=True)

    assert works("The Long, Long Road (Ann Example)") == ("The Long, Long Road (Ann Example)",)
    assert works("Far, far away, Villette") == ("Far, far away", "Villette")
    assert works("angst, angst, angst") == ("angst", "angst", "angst")
    assert works("Emma, Persuasion (Jane Austen)") == ("Emma", "Persuasion (Jane Austen)")
    # After a capitalised word the first copy ends a name: two items, even among works.
    assert works("Thornfield Gate, Gate of Horn") == ("Thornfield Gate", "Gate of Horn")


def test_character_list_splits_a_name_and_its_epithet() -> None:
    """Rule ``repeated-word-in-list`` reads only lists of works: a character list names a
    man and then his byname, "Tom Ashby, Ashby the Smith", as two people."""
    from fic2epub.normalise.fields import split_list
    from fic2epub.normalise.metadata import MetadataBuilder

    assert split_list("Tom Ashby, Ashby the Smith") == ("Tom Ashby", "Ashby the Smith")
    meta = MetadataBuilder()
    meta.add_field("Characters", "Tom Ashby, Ashby the Smith, Nell Carrow")
    meta.add_field("Fandom", "The Long, Long Road (Ann Example)")
    built = meta.build(title="T", language=None)
    assert built.characters == ("Tom Ashby", "Ashby the Smith", "Nell Carrow")
    assert built.fandoms == ("The Long, Long Road (Ann Example)",)


def test_a_bold_field_line_leaves_no_closing_stars() -> None:
    """bold-field-line: the closing "**" of a line set in bold is not the value's; a value
    with its own bold, or a starred name on a plain line, keeps its stars."""
    from fic2epub.normalise.metadata import bold_field_value

    line = "**Disclaimer: The lighthouse is not mine.**"
    assert bold_field_value(line, "The lighthouse is not mine.**") == "The lighthouse is not mine."
    line = "**Summary:** Ned keeps the **lamp** lit."
    assert bold_field_value(line, "Ned keeps the **lamp** lit.") == "Ned keeps the **lamp** lit."
    line = "Characters: Ned, Lady M**"
    assert bold_field_value(line, "Ned, Lady M**") == "Ned, Lady M**"


def test_a_label_may_end_in_an_abbreviation() -> None:
    """FIELD_RE reads "Main char.:" as a label; a dot inside it is a sentence's."""
    from fic2epub.normalise.field_lines import field_line

    assert field_line("Pairings/Main char.: Ned L., Ada P.") == (
        "Pairings/Main char.",
        "Ned L., Ada P.",
    )
    assert field_line("Old Mr. Lowe: go home") is None


def test_a_downloader_date_is_only_a_bare_date_label() -> None:
    from fic2epub.normalise.downloader_lines import credit_date

    assert credit_date("Date: 2024-05-01")
    assert not credit_date("Date: the ninth, at the harbour")
    assert not credit_date("Published: 2024-05-01")


def test_send_to_kindle_line_names_only_where_from_or_when() -> None:
    """Rule ``send-to-kindle-line``: the app's line under a document; prose that starts the
    same way goes on past where and when."""
    from fic2epub.normalise.downloader_lines import downloader_line

    assert downloader_line("Sent to Kindle from lamps-and-ladders.wordpress.com")
    assert downloader_line("Sent to Kindle on 3 May 2021")
    assert downloader_line("Sent to Kindle the next day, it was lost in the post.") is None
    assert downloader_line("Sent to bed without supper") is None


def test_work_list_keeps_a_subtitle_after_a_comma() -> None:
    """Rule ``subtitle-in-work-list``: a fandom piece opening with a lower-case word and going
    on in Title Case is the subtitle of the work before it; other pieces still split."""
    from fic2epub.normalise.fields import split_works

    assert split_works("Belinda, the Heiress of the Moor – Ann Example") == (
        "Belinda, the Heiress of the Moor – Ann Example",
    )
    assert split_works("Frankenstein, or the Modern Prometheus, Dracula") == (
        "Frankenstein, or the Modern Prometheus",
        "Dracula",
    )
    # Capitalised items, and a list typed all in lower case, split as before.
    assert split_works("Emma, Persuasion") == ("Emma", "Persuasion")
    assert split_works("good omens, the magnus archives") == ("good omens", "the magnus archives")
    assert split_works("Villette, a romance") == ("Villette", "a romance")


def test_work_list_keeps_a_place_in_the_work_after_a_comma() -> None:
    """Rule ``locator-in-work-list``: a lower-case word and a number after a work's comma
    point into that work; a capitalised piece or a word alone still splits."""
    from fic2epub.normalise.fields import split_works

    assert split_works("Tales of the Lantern (Ann Example), tale 12") == (
        "Tales of the Lantern (Ann Example), tale 12",
    )
    assert split_works("The Long Poem, canto xiv") == ("The Long Poem, canto xiv",)
    assert split_works("The Long Poem, Book 2") == ("The Long Poem", "Book 2")
    assert split_works("The Long Poem, ill") == ("The Long Poem", "ill")
    assert split_works("the long poem, book 2") == ("the long poem", "book 2")


def test_work_list_keeps_a_double_title_whole() -> None:
    """Rule ``double-title-in-work-list``: an old novel's "; or," double title is one work,
    kept as written; a word that only begins with "Or", and a lower-case "or", still split."""
    from fic2epub.normalise.fields import split_works

    assert split_works("The Gloomy Tower; or, The Sexton's Daughter") == (
        "The Gloomy Tower; or, The Sexton's Daughter",
    )
    assert split_works("Lanterns, or, A Winter Tale; Nightfall") == (
        "Lanterns, or, A Winter Tale",
        "Nightfall",
    )
    assert split_works("Bellmoor; Or The Lost Heir, Dunwich") == (
        "Bellmoor; Or The Lost Heir",
        "Dunwich",
    )
    assert split_works("Rosalind; or, the Mill Girl - A. Writer") == (
        "Rosalind; or, the Mill Girl - A. Writer",
    )
    assert split_works("Sherlock; Orphan Black") == ("Sherlock", "Orphan Black")
    assert split_works("Emma; or whatever") == ("Emma", "or whatever")


def test_work_list_keeps_a_name_suffix_after_a_comma() -> None:
    """Rule ``name-suffix-in-work-list``: a piece that is only "Junior" or "Sr." (with the
    bracketed author after it, or not) ends the title before it; real lists still split."""
    from fic2epub.normalise.fields import split_works

    assert split_works("Tobias, Junior (Jane Example)") == ("Tobias, Junior (Jane Example)",)
    assert split_works("Mr. Hale, Sr., Cranford") == ("Mr. Hale, Sr.", "Cranford")
    # A bracketed author after the last of two works is no suffix: the list splits.
    assert split_works("Emma, Persuasion (Jane Austen)") == ("Emma", "Persuasion (Jane Austen)")
    assert split_works("Junior Doctors, Casualty") == ("Junior Doctors", "Casualty")


def test_bracketed_rating_line() -> None:
    """Rule ``bracket-rating-line``: "[ T - Teen ]" under an archive's title line."""
    from fic2epub.normalise.fields import bracket_rating_line

    assert bracket_rating_line("[ T - Teen ]") == "T"
    assert bracket_rating_line("[ P - Pre-Teen ]") == "P - Pre-Teen"
    assert bracket_rating_line("[ A - Adult Only ]") == "A - Adult Only"
    assert bracket_rating_line("[ Three - weeks later ]") is None
    assert bracket_rating_line("[ B - Back at the farm ]") is None
    # An aside that holds a rating's word: no known code nor the word's initial, or negated.
    assert bracket_rating_line("[ CW - mature ]") is None
    assert bracket_rating_line("[ NB - not for kids ]") is None
    assert bracket_rating_line("[ PS - no explicit ]") is None
    assert bracket_rating_line("[ T - no teens ]") is None


def test_story_form_is_a_category_not_a_fandom() -> None:
    """Rule ``story-form-category``: "Type: One Shot" names no fandom."""
    meta = MetadataBuilder()
    meta.add_field("Type", "One Shot")
    meta.add_field("Category", "Little Dorrit")
    assert tuple(meta.values.get("fandoms", ())) == ("Little Dorrit",)
    assert "One Shot" in meta.values.get("categories", [])


def test_subject_brackets_with_a_short_ao3_rating_leave_the_title() -> None:
    # Rule subject-short-rating: "Teen" beside a fandom in a subject's brackets is a rating.
    meta = MetadataBuilder()
    assert meta.read_title_line("fic: The Salt Hound (Old Ballads, Teen)") == "The Salt Hound"
    # A bracket with no rating in it stays part of the title.
    assert MetadataBuilder().read_title_line("Sweet (Teen)") == "Sweet (Teen)"
    line = "Lanterns (Summer, Autumn)"
    assert MetadataBuilder().read_title_line(line) == line


def test_subject_brackets_with_the_work_size_leave_the_title() -> None:
    # Rule subject-work-size: a size beside a fandom in a post title's brackets.
    meta = MetadataBuilder()
    assert (
        meta.read_title_line("FIC: The Copper Kettle (Mill Tales, 3 parts)") == "The Copper Kettle"
    )
    assert meta.read_title_line("The Copper Kettle (Mill Tales, one-shot)") == "The Copper Kettle"
    # A size alone, or beside two other items, stays part of the title.
    assert MetadataBuilder().read_title_line("Songs (Two Parts)") == "Songs (Two Parts)"
    line = "Songs (Summer, Autumn, 2 parts)"
    assert MetadataBuilder().read_title_line(line) == line


def test_title_brackets_with_a_word_count_and_pairing_leave_the_title() -> None:
    # Rule subject-word-count: the length in words is the work's size; a pairing beside it.
    meta = MetadataBuilder()
    assert meta.read_title_line("Salt Hay (Marsh Tales; Ann/Tom; 2k)") == "Salt Hay"
    assert meta.values["title-fandoms"] == ("Marsh Tales",)
    assert meta.values["title-relationships"] == ("Ann/Tom",)
    line = "Salt Hay (Marsh Tales, 800 words)"
    assert MetadataBuilder().read_title_line(line) == "Salt Hay"
    # A count alone, or beside two names, stays part of the title.
    assert MetadataBuilder().read_title_line("Songs (1k)") == "Songs (1k)"
    line = "Songs (Summer, Autumn, 2k)"
    assert MetadataBuilder().read_title_line(line) == line


def test_tagged_subject_rating_after_the_source_is_the_storys() -> None:
    # Rule subject-source-rating: "[FIC] Title (Source) G", the rating after the brackets.
    meta = MetadataBuilder()
    assert meta.read_title_line("[FIC] The Weir at Dusk (Mill Tales) PG") == "The Weir at Dusk"
    assert meta.build(title="T", language=None).rating == "PG"
    # Untagged, or no rating after the brackets: the title is left as written.
    line = "The Weir (Mill Tales) Again"
    assert MetadataBuilder().read_title_line(f"[FIC] {line}") == line
    line = "The Weir at Dusk (Mill Tales) G"
    assert MetadataBuilder().read_title_line(line) == line


def test_category_fandom_keeps_a_subtitle_after_a_comma() -> None:
    """Rule ``subtitle-in-work-list`` in a "Categories:" field (eFiction names the fandom
    there): "X, or the Y" is one work; a list of capitalised works still splits."""
    meta = MetadataBuilder()
    meta.add_field("Categories", "The Keeper, or the Long Night")
    assert meta.build(title="T", language=None).fandoms == ("The Keeper, or the Long Night",)
    meta = MetadataBuilder()
    meta.add_field("Categories", "The Keeper, Harbour Lights")
    assert meta.build(title="T", language=None).fandoms == ("The Keeper", "Harbour Lights")


def test_a_status_after_the_chapter_count() -> None:
    # count-then-status: EFP's "Capitoli: 2 - Completa".
    meta = MetadataBuilder()
    meta.add_field("Capitoli", "2 - Completa")
    built = meta.build(title="T", language=None)
    assert (built.chapter_count, built.status) == (2, "Complete")
    # A count with no known status word after it gives no status.
    meta = MetadataBuilder()
    meta.add_field("Capitoli", "2 - Brevi")
    assert meta.build(title="T", language=None).status is None


def test_efp_introduction_labels_the_summary() -> None:
    assert field_for("Introduzione alla storia") == "summary"


def test_a_work_quoted_whole_is_one_work() -> None:
    """Rule ``quoted-work-value``: front matter quotes a title because of its comma."""
    from fic2epub.normalise.fields import split_works

    assert split_works('"The Orchard, or a Year by the Sea"') == (
        "The Orchard, or a Year by the Sea",
    )
    assert split_works('"Marée basse, ou les filles du port"') == (
        "Marée basse, ou les filles du port",
    )
    # Near misses: several quoted titles, and a title quoted inside a list, still split.
    assert split_works('"Emma", "Persuasion"') == ("Emma", "Persuasion")
    assert split_works('Emma, "Persuasion"') == ("Emma", "Persuasion")


def test_work_list_keeps_a_bracketed_credit_whole() -> None:
    """Rule ``bracketed-credit-in-work-list``: a comma inside the brackets after a work's
    title (its author and year) is the credit's; the list still splits between works."""
    from fic2epub.normalise.fields import split_works

    assert split_works("The Glass Orchard (Mara Quell, 1871)") == (
        "The Glass Orchard (Mara Quell, 1871)",
    )
    assert split_works("Wexley Hall (T. Brand, 1840), The Salt Road") == (
        "Wexley Hall (T. Brand, 1840)",
        "The Salt Road",
    )
    # Near misses: a comma outside any bracket, and an unclosed bracket, still split.
    assert split_works("Wexley Hall (T. Brand), The Salt Road") == (
        "Wexley Hall (T. Brand)",
        "The Salt Road",
    )
    assert split_works("Wexley Hall (T. Brand, The Salt Road") == (
        "Wexley Hall (T. Brand",
        "The Salt Road",
    )


@pytest.mark.parametrize(
    ("line", "status", "characters"),
    [
        # Rule ffn-info-status-i18n: the bare status item in the page's language.
        (
            "Clasificación: Ficción K+ - Español - Humor - Rosa, Tomás - Palabras: 812 - "
            "Publicado: 3/4/2015 - Completo - id: 1234567",
            "Complete",
            ("Rosa", "Tomás"),
        ),
        (
            "Classement : Fiction T - Français - Romance - Lise - Mots : 2 040 - Complet - "
            "id : 7654321",
            "Complete",
            ("Lise",),
        ),
        # Near miss: a character's name that is no status word stays a character.
        (
            "Clasificación: Ficción T - Español - Drama - Completa Ruiz, Marta - "
            "Palabras: 900 - id: 1234568",
            None,
            ("Completa Ruiz", "Marta"),
        ),
    ],
)
def test_ffn_info_line_status_in_another_language(
    line: str, status: str | None, characters: tuple[str, ...]
) -> None:
    meta = MetadataBuilder()
    meta.read_info_line(line)
    built = meta.build(title="T", language=None)
    assert built.status == status
    assert built.characters == characters


def test_or_subtitle_in_work_list() -> None:
    """Rule ``or-subtitle-in-work-list``: a lower-case subtitle opened by the word for "or"
    stays with its title; a bare "or whatever" does not."""
    from fic2epub.normalise.fields import split_works

    assert split_works("Pierrot, ou les secrets de la nuit (A. Dumont), Emma") == (
        "Pierrot, ou les secrets de la nuit (A. Dumont)",
        "Emma",
    )
    assert split_works("Der Schatz, oder die lange Reise") == ("Der Schatz, oder die lange Reise",)
    assert split_works("Emma, or whatever") == ("Emma", "or whatever")


def test_lower_case_subject_gives_way_to_the_styled_title_line() -> None:
    # Rule lower-case-subject-title-line: the post's title line styles the subject's words.
    meta = MetadataBuilder()
    meta.add_field("fic", "the copper kettle (mill tales)")
    assert meta.build(title="The Copper Kettle", language=None).title == "The Copper Kettle"
    # Another title line, or a subject with capitals, leaves the subject's title.
    other = MetadataBuilder()
    other.add_field("fic", "the copper kettle")
    assert other.build(title="Chapter One", language=None).title == "the copper kettle"
    styled = MetadataBuilder()
    styled.add_field("fic", "The Copper Kettle")
    assert styled.build(title="THE COPPER KETTLE", language=None).title == "The Copper Kettle"


def test_series_work_count_is_no_part_of_the_name() -> None:
    # Rule ``series-work-count``: "Name (3 works)" counts the works, no place in the series.
    from fic2epub.normalise.fields import read_series

    counted = read_series("Tales of the Mill (3 works)")
    assert (counted.name, counted.index) == ("Tales of the Mill", None)
    assert read_series("Tales of the Mill (12 stories)").name == "Tales of the Mill"
    assert read_series("Tales of the Mill (2 of 3)").index == 2.0


def test_a_source_naming_a_work_is_the_fandom() -> None:
    """Rule ``source-names-work``: "Source:" naming a work in words is the fandom; an
    address is the source URL, and a user name or a one-word value stays an extra field."""
    meta = MetadataBuilder()
    meta.add_field("Source", "The Copper Kettle (Ada Brook, 1851)")
    built = meta.build(title="T", language=None)
    assert built.fandoms == ("The Copper Kettle (Ada Brook, 1851)",)
    meta = MetadataBuilder()
    meta.add_field("Source", "https://example.org/kettle")
    meta.add_field("Source", "kettle-and-cup")
    built = meta.build(title="T", language=None)
    assert built.fandoms == ()
    assert built.source_url == "https://example.org/kettle"
