"""Rule ``full-stop-info-line``: a header line of unlabelled items parted by full stops."""

from __future__ import annotations

from fic2epub.normalise.info_sentence import full_stop_info_line, status_badge_line
from fic2epub.normalise.serial_page import counters_line


def test_items_read_by_shape() -> None:
    assert full_stop_info_line("Persuasion. Anne, Wentworth. Rated K+.") == [
        ("Fandom", "Persuasion"),
        ("Characters", "Anne, Wentworth"),
        ("Rating", "Rated K+"),
    ]
    assert full_stop_info_line("Middlemarch. Dorothea/Will. PG-13. Complete.") == [
        ("Fandom", "Middlemarch"),
        ("Pairing", "Dorothea/Will"),
        ("Rating", "PG-13"),
        ("Status", "Complete"),
    ]


def test_abbreviations_stay_inside_their_item() -> None:
    fields = full_stop_info_line("Cranford. Miss Matty, Mrs. Jamieson. Rated G.")
    assert fields is not None
    assert ("Characters", "Miss Matty, Mrs. Jamieson") in fields


def test_prose_and_lines_without_a_rating_are_not_info_lines() -> None:
    assert full_stop_info_line("She was tired. Rated T by the censors, the film ran on.") is None
    assert full_stop_info_line("The rain stopped. Nobody came. The lamps went out.") is None
    assert full_stop_info_line("Persuasion. Anne, Wentworth.") is None
    assert full_stop_info_line("It was rated G. Then they cut the ending.") is None
    # A bare letter before the last item is an initial, not a rating.
    assert full_stop_info_line("Cranford. T. Holbrook.") is None


def test_status_badge_first_on_a_tag_or_count_line() -> None:
    """Rule ``status-badge-line``: the badge gives the status; tags and counts are the site's."""
    assert status_badge_line("ONGOING   Original   Fantasy   Slow Burn") == [("Status", "ONGOING")]
    assert status_badge_line("Completed · Movies · 14.2K Views") == [("Status", "Completed")]
    assert status_badge_line("Completed, she said, and closed the ledger.") is None
    assert status_badge_line("Ongoing   repairs to the bridge were slow, as always.") is None
    assert status_badge_line("Completed") is None
    # Prose set out with wide spaces: lower-case items are no tags, and "Dropped" or "Stub"
    # opening a line is a word of the story unless in capitals or with a count.
    assert status_badge_line("Dropped   the lantern   and bolted") is None
    assert status_badge_line("Stub   Of A Candle   Burning Low") is None
    assert status_badge_line("Completed   nothing   that winter") is None
    assert status_badge_line("DROPPED   Original   Horror") == [("Status", "DROPPED")]
    assert status_badge_line("Stub · Poetry · 12 Views") == [("Status", "Stub")]


def test_counters_line_holds_only_labelled_counts() -> None:
    """Rule ``counters-line``: a row of reader counts, each "Label : number"."""
    assert counters_line("Total Views : 2,410   Followers : 18   Pages : 9")
    assert counters_line("Views: 1.2K | Followers: 30 | Ratings: 4")
    assert not counters_line("Total: 3 apples   Pears: none   Plums: 2")
    assert not counters_line("Ratio: 3 to 1, the clerk wrote, and Fees: 12 shillings.")
