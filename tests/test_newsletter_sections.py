"""A plain-text newsletter issue that carries a story (``newsletter-issue-sections``)."""

from __future__ import annotations

from fic2epub.normalise.newsletter_sections import newsletter_sections

_RULE = "-" * 60


def _section(number: int, name: str, body: str) -> str:
    return f"{_RULE}\n{number}. {name}\n{_RULE}\n{body}\n\n"


_ISSUE = (
    "THE HARBOUR LETTER\nIssue #4 -- 2 June 2002\n\n"
    + _section(1, "A WORD FROM THE EDITOR", "Hello again, all forty of you.\n-- Mab")
    + _section(
        2,
        "THIS ISSUE'S STORY",
        "\nLow Water\nby Tom Reed\n\nRating: G\n\nThe tide went out and took the boats with it.\n"
        "\nThe End",
    )
    + _section(3, "LETTERS", 'From Ann: "More boats, please."')
    + _section(4, "HOUSEKEEPING", "To leave the list, write to the editor.")
)


def test_the_story_section_is_all_that_is_kept() -> None:
    text = newsletter_sections(_ISSUE)
    assert text.startswith("Low Water\nby Tom Reed\n")
    assert text.rstrip().endswith("The End")
    assert "editor" not in text.lower()
    assert "More boats" not in text


def test_numbered_sections_with_no_byline_are_left_alone() -> None:
    text = (
        _section(1, "THE FERRY", "The ferry left.")
        + _section(2, "THE ISLAND", "The island was small.")
        + _section(3, "THE RETURN", "They came back by night.")
    )
    assert newsletter_sections(text) == text
