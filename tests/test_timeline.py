"""Stories told in two times, their sections headed by a bare "Then", "Now", "Before"…"""

from __future__ import annotations

import pytest

from fic2epub.options import ReadOptions
from fic2epub.readers.text import classify_text, read_text

_THEN = (
    "The well at Hayslope was new that year, and the children dropped pebbles into it all "
    "summer long to hear them land."
)
_NOW = "The well was dry. Adam leaned on its cold rim and listened for a pebble that never fell."
_MORE = "Nobody else in the village remembered who had dug it, or why they had stopped."


def _titles(text: str) -> list[str | None]:
    story = read_text(text.encode(), ReadOptions())
    return [chapter.title for chapter in story.chapters]


def _rules(text: str) -> list[tuple[str, str]]:
    return [(c.text, c.rule) for c in classify_text(text, ReadOptions()) if c.role == "heading"]


def test_then_and_now_under_a_header_head_chapters() -> None:
    text = f"The Well\n\nBy hetty_sorrel\n\nThen\n\n{_THEN}\n\n{_MORE}\n\nNow\n\n{_NOW}\n"
    assert _titles(text) == ["Then", "Now"]
    assert _rules(text) == [("Then", "timeline-heading"), ("Now", "timeline-heading")]


def test_alternating_decorated_headings_with_dates_keep_their_words() -> None:
    text = (
        f"The Well\n\n~ Now ~\n\n{_NOW}\n\n~ Then (1799) ~\n\n{_THEN}\n\n"
        f"~ Now ~\n\n{_MORE}\n\n~ Then (1799) ~\n\n{_THEN}\n"
    )
    assert _titles(text) == ["Now", "Then (1799)", "Now", "Then (1799)"]


def test_before_and_after_in_a_file_with_no_blank_lines() -> None:
    text = f"The Well\nBefore\n{_THEN}\n{_MORE}\nAfter\n{_NOW}\n"
    assert _titles(text) == ["Before", "After"]


def test_a_headerless_file_opening_on_then_is_no_title() -> None:
    text = f"Then\n\n{_THEN}\n\nNow\n\n{_NOW}\n"
    assert _titles(text) == ["Then", "Now"]


@pytest.mark.parametrize(
    "text",
    [
        # "Now" and "Then" as one-word paragraphs inside the prose: the story opens on prose.
        f"The Well\n\n{_THEN}\n\nNow\n\n{_NOW}\n\nThen\n\n{_MORE}\n",
        # With a full stop they are narration, even at the top.
        f"The Well\n\nThen.\n\n{_THEN}\n\nNow.\n\n{_NOW}\n",
        # The same time twice in a row is no timeline.
        f"The Well\n\nNow\n\n{_NOW}\n\nNow\n\n{_MORE}\n",
        # Only one time line.
        f"The Well\n\nNow\n\n{_NOW}\n\n{_MORE}\n",
        # A poem's lines: the word runs on into the next line, which is verse, not prose.
        "The Well\n\nThen\nthe water was high,\nand the bucket came up full,\n\n"
        "Now\nthe rope hangs slack,\nand the pebble does not land,\n",
        # Under a chapter heading, the story already has its chapters.
        f"The Well\n\nChapter 1\n\nThen\n\n{_THEN}\n\nNow\n\n{_NOW}\n",
    ],
    ids=["inside-prose", "full-stops", "same-time", "one-line", "poem", "chapters"],
)
def test_time_words_that_head_no_sections(text: str) -> None:
    assert all(rule != "timeline-heading" for _, rule in _rules(text))
