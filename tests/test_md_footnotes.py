"""Rule ``markdown-footnote``: a Markdown footnote read as the numbered footnote it shows."""

from __future__ import annotations

from fic2epub.normalise.md_footnotes import markdown_footnotes


def test_a_referenced_footnote_is_numbered() -> None:
    text = (
        "The lamp went out at nine.[^dark] Nobody lit it again.[^2]\n\n"
        "[^dark]: The island had no oil that winter.\n"
        "[^2]: Not until May.\n"
    )
    assert markdown_footnotes(text) == (
        "The lamp went out at nine.[1] Nobody lit it again.[2]\n\n"
        "[1] The island had no oil that winter.\n"
        "[2] Not until May.\n"
    )


def test_a_caret_in_brackets_that_nothing_defines_stays() -> None:
    text = "She wrote [^ here] on the map, and [^1] on the back of it.\n"
    assert markdown_footnotes(text) == text


def test_a_definition_nothing_refers_to_stays() -> None:
    text = "The lamp went out at nine.\n\n[^1]: A line of the writer's own.\n"
    assert markdown_footnotes(text) == text
