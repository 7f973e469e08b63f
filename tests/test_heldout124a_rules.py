"""Rules added for heldout124 (03, 04, 07, 11) that the pass fixtures cannot show: the
metadata a header line gives."""

from __future__ import annotations

import pytest

from fic2epub.normalise.breadcrumbs import breadcrumb_fandom
from fic2epub.normalise.build import build_story
from fic2epub.normalise.fields import field_for
from fic2epub.options import ReadOptions
from fic2epub.readers.text import classify_text


def _metadata(text: str) -> dict[str, object]:
    story = build_story(classify_text(text, ReadOptions()), source="case", fallback_title="x")
    return {
        "rating": story.metadata.rating,
        "status": story.metadata.status,
        "fandoms": list(story.metadata.fandoms),
    }


_STORY = "\n\nThe lamp was lit before the guests came.\n\nThey did not come.\n"


def test_fields_before_stats() -> None:
    # The rating opening FanFiction.Net's 2002 stats line is read with the dates after it.
    header = "A Lamp\nAuthor: wick_and_oil\nRated: PG-13   Genre: Drama   Updated: 05-01-02"
    header += "   Published: 04-20-02   id: 55501"
    assert _metadata(header + _STORY)["rating"] == "PG-13"


def test_stats_line_alone_is_still_stats() -> None:
    # Near miss: a line that opens on a date label stays an all-stats line.
    header = "A Lamp\nAuthor: wick_and_oil\nPublished: 2019-03-04 Completed: 2019-04-01"
    assert _metadata(header + _STORY)["status"] == "Complete"


@pytest.mark.parametrize(
    ("label", "field"),
    [("Fan Fic Status", "status"), ("Fanfic Status", "status"), ("Fan Fic Title", None)],
)
def test_fan_fic_status(label: str, field: str | None) -> None:
    assert field_for(label) == field


@pytest.mark.parametrize(
    ("line", "fandom"),
    [
        # FanFiction.Net's 2002 crumb with its doubled arrow and its sorted-away article.
        ("Books >> Tin Soldier, The", "The Tin Soldier"),
        ("Books >> Hose und Hut, Die", "Die Hose und Hut"),
        ("Books > Tin Soldier", "Tin Soldier"),
        # Near misses: a list or a subtitle after the comma stays as written; no category.
        ("Books >> Emma, Persuasion", "Emma, Persuasion"),
        ("Books >> Matilda, the Heir of the Manor", "Matilda, the Heir of the Manor"),
        ("Rivers >> Thames", None),
    ],
)
def test_double_arrow_breadcrumb(line: str, fandom: str | None) -> None:
    assert breadcrumb_fandom(line) == fandom
