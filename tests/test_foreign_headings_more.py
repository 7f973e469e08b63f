"""Heading forms, labels, counts and chrome of sites and writers in other languages."""

from __future__ import annotations

import pytest

from fic2epub.model import Story
from fic2epub.normalise.breadcrumbs import subcategory_fandom
from fic2epub.normalise.chrome_i18n import is_count_line, is_foreign_chrome, is_single_count
from fic2epub.normalise.patterns import match_heading, match_note
from fic2epub.normalise.status_i18n import foreign_status
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import plain


def _read(text: str) -> Story:
    return read_text(text.encode(), ReadOptions(), "story.txt")


@pytest.mark.parametrize(
    ("line", "kind", "number"),
    [
        ("Erstes Kapitel: Der Hafen", "chapter", 1),
        ("Drittes Kapitel", "chapter", 3),
        ("Zwölftes Kapitel – Heimkehr", "chapter", 12),
        ("Zweiter Teil", "part", 2),
        ("Bagian 2 - Hujan Pertama", "part", 2),
    ],
)
def test_foreign_heading_forms(line: str, kind: str, number: int) -> None:
    found = match_heading(line)
    assert found is not None
    assert (found.kind, found.number) == (kind, number)


@pytest.mark.parametrize(
    "line", ["Erstes Kapitel war langweilig.", "Zweites Kapitel las sie nie", "Erste Hilfe"]
)
def test_german_ordinal_prose_is_no_heading(line: str) -> None:
    assert match_heading(line) is None


@pytest.mark.parametrize(
    ("line", "label", "rest"),
    [
        ("N.d.A : Merci d'avoir lu.", "N.d.A", "Merci d'avoir lu."),
        ("N.d.A.: Grazie a tutti.", "N.d.A.", "Grazie a tutti."),
        ("N. de A.: Gracias por leer.", "N. de A.", "Gracias por leer."),
    ],
)
def test_abbreviated_author_note_labels(line: str, label: str, rest: str) -> None:
    found = match_note(line)
    assert found is not None
    assert (found.label, found.rest) == (label, rest)


def test_glued_indonesian_multiplier_counts() -> None:
    assert is_single_count("Dibaca 3,4RB")
    assert is_count_line("Dibaca 510 Vote 40 Komentar 9")
    assert is_foreign_chrome("Lanjutkan membaca bagian berikutnya")


def test_lengkap_is_complete() -> None:
    assert foreign_status("Lengkap") == "Complete"


def test_site_section_trail_names_fandom() -> None:
    trail = "Fanfiction › Bücher › Klassiker › Der Nachsommer"
    assert subcategory_fandom(trail, ["Ein Sommer am See", "von someone"]) == "Der Nachsommer"
    # The trail down to the title names no fandom by this rule.
    assert subcategory_fandom(trail, ["Der Nachsommer"]) is None


def test_german_ordinal_chapters_and_pairing_chip() -> None:
    story = _read(
        "FanFiktion.de\n"
        "Fanfiction › Bücher › Klassiker › Der Nachsommer\n"
        "Ein Sommer am See\n"
        "von Wolkenfeder\n"
        "GeschichteDrama / P12 / Het\n\n"
        "Erstes Kapitel: Die Ankunft\n\n"
        "Der Wagen hielt am Ufer, und niemand kam ihr entgegen.\n\n"
        "Sie trug den Koffer selbst bis zur Tür.\n\n"
        "Zweites Kapitel: Der Garten\n\n"
        "Am Morgen blühten die Rosen, obwohl es schon September war.\n\n"
        "Sie schnitt drei davon für den Tisch.\n"
    )
    assert story.metadata.fandoms == ("Der Nachsommer",)
    assert [c.title for c in story.chapters] == [
        "Erstes Kapitel: Die Ankunft",
        "Zweites Kapitel: Der Garten",
    ]


def test_russian_word_ordinal_sequence() -> None:
    story = _read(
        "Письма из деревни\n\n"
        "Письмо первое\n\n"
        "Дорога была длинной, и лошади устали к вечеру.\n\n"
        "«Письмо первое, — думал он, — всегда самое трудное».\n\n"
        "Письмо второе\n\n"
        "Утром пошёл дождь, и никто не вышел из дома.\n\n"
        "Письмо третье\n\n"
        "К обеду приехал сосед и привёз новости из города.\n"
    )
    assert [c.title for c in story.chapters] == ["Письмо первое", "Письмо второе", "Письмо третье"]


def test_wattpad_title_and_counts_under_part_heading() -> None:
    story = _read(
        "Wattpad\r\nLaut yang Sunyi\r\noleh ombak_kecil\r\nDibaca 1,2RB\r\nVote 90\r\n"
        "Bagian 2\r\nLengkap\r\nSeorang nelayan tua menunggu kapal yang tidak pernah pulang.\r\n"
        "Bagian 1 - Dermaga\r\nLaut yang Sunyi\r\nDibaca 400 Vote 30 Komentar 5\r\n"
        "Pagi itu angin bertiup dari utara.\r\nPak Karim duduk di ujung dermaga.\r\n"
        "Bagian 2 - Badai\r\nLaut yang Sunyi\r\nDibaca 350 Vote 25 Komentar 4\r\n"
        "Malam itu badai datang tanpa suara.\r\nPak Karim tidak pulang.\r\n"
    )
    assert [c.title for c in story.chapters] == ["Bagian 1 - Dermaga", "Bagian 2 - Badai"]
    assert plain(story.chapters[1].blocks).startswith("Malam itu")
    assert "Dibaca" not in plain(story.chapters[0].blocks)
