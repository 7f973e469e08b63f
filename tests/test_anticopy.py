"""Rule ``anti-copy-string``: a site's anti-copy strings glued into copied text."""

from __future__ import annotations

from fic2epub.normalise.anticopy import anticopy_strings


def test_strings_glued_to_a_paragraph_start_are_taken_out() -> None:
    text = (
        "No Plagiarism!Ab3dE6gH9kposted on PENANAThe ferry was late.\n"
        "copyright protection7PENANAq1W2e3R4t5The gulls knew.\n"
        "5Please respect copyright.PENANAz9X8c7V6b5So did she."
    )
    assert anticopy_strings(text) == "The ferry was late.\nThe gulls knew.\nSo did she."


def test_a_string_between_two_sentences_leaves_their_space() -> None:
    text = "It rained.copyright protection31PENANAa1b2c3d4e5It stopped."
    assert anticopy_strings(text) == "It rained. It stopped."


def test_a_writers_own_words_stay() -> None:
    text = (
        "AN: first posted on Penana, now here too!\n"
        "The copyright protection of the old maps had lapsed in 1900.\n"
        "No plagiarism, she wrote on the board."
    )
    assert anticopy_strings(text) == text
