"""End markers and note labels in the languages fan fiction is written in."""

from __future__ import annotations

import pytest

from fic2epub.normalise.patterns import match_end_marker, match_note


@pytest.mark.parametrize(
    "line",
    [
        "Einde",
        "~Koniec~",
        "Konec.",
        "Vége",
        "LOPPU",
        "Tamat",
        "Конец",
        "完",
        "Slut",
        "~ Son ~",
        "Continuará...",
        "Wordt vervolgd…",
        "Ciąg dalszy nastąpi...",
        "Bersambung",
        "Fortsetzung folgt",
        "fi",
        "~ fi ~",
        "Continuarà...",
        "Continuarà…",
        "FI",
        "SFÂRŞIT",
        "Sfârșit.",
        "סוף",
    ],
)
def test_end_markers_in_other_languages(line: str) -> None:
    assert match_end_marker(line)


@pytest.mark.parametrize(
    "line", ["Son.", "slut", "The end of the road.", "Einde van de weg", "fi del camí", "Fi"]
)
def test_words_that_only_look_like_end_markers(line: str) -> None:
    assert not match_end_marker(line)


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Od autorki: Dzięki!", "Od autorki"),
        ("Noot van de auteur: Bedankt!", "Noot van de auteur"),
        ("Nota da autora: Obrigada!", "Nota da autora"),
    ],
)
def test_note_labels_in_other_languages(line: str, label: str) -> None:
    found = match_note(line)
    assert found is not None and found.label == label


def test_prose_that_starts_like_a_note_label_is_not_one() -> None:
    assert match_note("Od autorytetu nie uciekniesz.") is None
