"""A page of dated entries with a story's parts newest first (``newest-first-entries``)."""

from __future__ import annotations

from fic2epub.normalise.newest_first import newest_first_entries

_TOP = "Skip to content\nreader's friends\nPrevious 20\n\n"


def _entry(poster: str, date: str, subject: str, body: str, comments: int) -> str:
    return (
        f"[userpic]\n{poster}\n{date}\n{subject}\nCurrent Mood: calm\n\n{body}\n\n"
        f"Tags: fic\nLink | {comments} comments | Leave a comment\n\n"
    )


_PAGE = (
    _TOP
    + _entry(
        "gull_and_gale",
        "May 3rd, 2011, 10:02 pm",
        "Fic: The Lamp Room (2/2)",
        "Part one is here.\n\nPart Two: Dawn\n\nThe keeper slept until the gulls woke her.",
        3,
    )
    + _entry(
        "pie_and_peas",
        "May 3rd, 2011, 09:15 pm",
        "my weekend",
        "We went to the seaside and it rained on the chips.",
        9,
    )
    + _entry(
        "gull_and_gale",
        "May 1st, 2011, 08:40 pm",
        "Fic: The Lamp Room (1/2)",
        "Title: The Lamp Room\nRating: G\n\nPart One: Dusk\n\nThe keeper lit the lamp at dusk.",
        5,
    )
    + "Previous 20\nPowered by a journal site"
)


def test_the_parts_are_put_in_reading_order_and_others_entries_dropped() -> None:
    text = newest_first_entries(_PAGE)
    assert text.index("Part One: Dusk") < text.index("Part Two: Dawn")
    assert "rained on the chips" not in text
    assert "reader's friends" not in text and "Powered by" not in text
    # The oldest part keeps its head (the subject without its count), a later one not.
    assert "Fic: The Lamp Room\n" in text and "(2/2)" not in text
    assert "Part one is here." not in text
    assert "Link | 3 comments" not in text and "Link | 5 comments" not in text


def test_a_page_in_reading_order_is_left_alone() -> None:
    oldest_first = (
        _TOP
        + _entry("gull_and_gale", "May 1st, 2011", "The Lamp Room (1/2)", "Dusk came early.", 5)
        + _entry("gull_and_gale", "May 3rd, 2011", "The Lamp Room (2/2)", "Dawn came late.", 3)
    )
    assert newest_first_entries(oldest_first) == oldest_first


def test_parts_out_of_any_plain_order_are_left_alone() -> None:
    muddled = (
        _TOP
        + _entry("gull_and_gale", "May 2nd, 2011", "The Lamp Room (2/3)", "Noon was hot.", 1)
        + _entry("gull_and_gale", "May 3rd, 2011", "The Lamp Room (3/3)", "Dawn came late.", 3)
        + _entry("gull_and_gale", "May 1st, 2011", "The Lamp Room (1/3)", "Dusk came early.", 5)
    )
    assert newest_first_entries(muddled) == muddled


def test_a_sidebar_list_of_the_subjects_is_no_entry() -> None:
    # Two subjects in a list, no entries: nothing to order.
    page = (
        "Recent Posts\nThe Lamp Room, part two\nThe Lamp Room, part one\n\n"
        "3 comments\n\n4 comments\n"
    )
    assert newest_first_entries(page) == page


def test_a_repeated_title_over_part_headings_is_ordered_by_the_headings() -> None:
    page = (
        "a-blog-name\n#my fic\n\n"
        "The Lamp Room\nPart Two: Dawn\n\nThe keeper slept until the gulls woke her.\n\n"
        "#my fic\nMay 3rd, 2011\n12 notes\n\n"
        "The Lamp Room\nPart One: Dusk\n\nThe keeper lit the lamp at dusk.\n\n"
        "#my fic\nMay 1st, 2011\n20 notes\n"
    )
    text = newest_first_entries(page)
    assert text.index("Part One: Dusk") < text.index("Part Two: Dawn")
    assert "12 notes" not in text and "#my fic" not in text
    # The blog's name alone at the top names whose page it is (entries-page-handle).
    assert text.startswith("a-blog-name\n")


def test_the_last_blogger_footer_stays_for_the_poster() -> None:
    def post(date: str, number: int, body: str, comments: int) -> str:
        return (
            f"{date}\nThe Lamp Room ({number}/2)\n\n{body}\n\n"
            f"Posted by Rosalind at 9:0{number} PM {comments} comments:\n"
            "Email This\nShare to Twitter\nLabels: fic\n\n"
        )

    page = (
        "A Blog of Lamps\n\n"
        + post("Sunday, May 3, 2011", 2, "Part Two: Dawn\n\nThe gulls woke her.", 3)
        + post("Friday, May 1, 2011", 1, "Part One: Dusk\n\nShe lit the lamp.", 5)
        + "Newer Posts Older Posts Home\nAbout Me\n"
    )
    text = newest_first_entries(page)
    assert text.index("Part One: Dusk") < text.index("Part Two: Dawn")
    assert text.rstrip().endswith("Posted by Rosalind at 9:02 PM 3 comments:")
    assert "Posted by Rosalind at 9:01 PM" not in text and "Email This" not in text


def test_a_bracketed_aside_under_the_last_part_stays() -> None:
    """entries-footer-bracket-note: the author's aside in brackets with no stop before the
    bracket is no footer line; the tag line under it is."""
    aside = "(thanks to everyone who asked about the gulls ♡ you are all lovely)"
    page = _PAGE.replace(
        "The keeper slept until the gulls woke her.",
        f"The keeper slept until the gulls woke her.\n\nthe end.\n\n{aside}",
    )
    text = newest_first_entries(page)
    assert text.index("Part One: Dusk") < text.index(aside)
    assert "Link | 3 comments" not in text


def test_a_page_in_reading_order_with_anothers_entry_between_is_cut_into_entries() -> None:
    """Rules ``entries-in-order-among-others`` and ``entries-bare-count``: a day page in
    reading order whose parts ("The Lamp Room, 1/2") have someone else's entry between them
    keeps the parts in their order and drops the other entry and the later part's head."""
    page = (
        _TOP
        + _entry("gull_and_gale", "May 1st, 2011", "The Lamp Room, 1/2", "Dusk came early.", 5)
        + _entry("pie_and_peas", "May 1st, 2011", "my weekend", "It rained on the chips.", 9)
        + _entry("gull_and_gale", "May 1st, 2011", "The Lamp Room, 2/2", "Dawn came late.", 3)
    )
    text = newest_first_entries(page)
    assert text.index("Dusk came early.") < text.index("Dawn came late.")
    assert "rained on the chips" not in text
    assert "The Lamp Room\n" in text and "1/2" not in text and "2/2" not in text
    assert "5 comments" not in text and "3 comments" not in text


def _blog_entry(date: str, subject: str, body: str, count_line: str) -> str:
    return f"{date}\n\n{subject}\n\n{body}\n\n{count_line}\n\n"


def test_a_bracketed_count_among_bars_ends_an_entry() -> None:
    """Rule ``entries-bracket-count``: "Komentari (3)" among the entry's links ends it, so a
    blog page in another language with the parts newest first is put in reading order."""
    page = (
        "Ribarski blog\nNaslovnica | Arhiva\n\n"
        + _blog_entry(
            "utorak, 14.05.2013.",
            "Svjetionik (2/2)",
            "Drugi dan more je bilo mirno.",
            "Napisao/la: galeb @ 21:17 | Komentari (3) | Print",
        )
        + _blog_entry(
            "ponedjeljak, 13.05.2013.",
            "Svjetionik (1/2)",
            "Prvi dan puhala je bura.",
            "Napisao/la: galeb @ 20:42 | Komentari (5) | Print",
        )
    )
    text = newest_first_entries(page)
    assert text.index("Prvi dan") < text.index("Drugi dan")
    assert "Komentari" not in text


def test_a_bracketed_count_alone_on_its_line_is_a_button() -> None:
    """``entries-bracket-count`` near miss: "Comments (4)" alone on its line is a page's
    button (AO3's on a phone), no entry's footer: nothing is reordered."""
    page = _blog_entry(
        "May 3rd, 2011", "The Lamp Room (2/2)", "Dawn came late.", "Comments (4)"
    ) + _blog_entry("May 1st, 2011", "The Lamp Room (1/2)", "Dusk came early.", "Comments (2)")
    assert newest_first_entries(page) == page


def test_an_old_tumblr_theme_with_spaced_buttons_and_a_letter_close() -> None:
    """Rules ``entries-footer-buttons`` and ``entries-footer-short-sentence``: "12 notes
    reblog" with spaces only is an entry's footer, and a two-word close ("Yours ever.")
    over the tags stays with the text."""

    def post(number: int, body: str, notes: int) -> str:
        return (
            f"the kettle diaries ({number}/2)\n\n{body}\n\nYours ever.\n\n"
            f"#my fic  #kettles\n{notes} notes  reblog\nposted 2 years ago\n\n"
        )

    page = (
        "kettle blog\nAsk me anything | Archive\n\n"
        + post(2, "Part Two: Steam\n\nThe kettle sang at last.", 12)
        + post(1, "Part One: Cold\n\nThe kettle would not boil.", 20)
        + "theme by someone"
    )
    text = newest_first_entries(page)
    assert text.index("Part One: Cold") < text.index("Part Two: Steam")
    assert text.count("Yours ever.") == 2
    assert "reblog" not in text and "theme by" not in text


def test_a_later_part_keeps_its_numbered_title_under_the_subject() -> None:
    """Rule ``entries-numbered-heading``: "II. Thaw" right under a later part's subject is
    its heading, not the rest of its head."""
    page = (
        _TOP
        + _entry(
            "gull_and_gale",
            "May 3rd, 2011",
            "Fic: Ice Roads, part 2/2\nII. Thaw",
            "The ice went out in one night.",
            3,
        )
        + _entry(
            "gull_and_gale",
            "May 1st, 2011",
            "Fic: Ice Roads, part 1/2",
            "I. Frost\n\nThe river froze from bank to bank.",
            5,
        )
    )
    text = newest_first_entries(page)
    assert text.index("I. Frost") < text.index("II. Thaw") < text.index("The ice went out")
