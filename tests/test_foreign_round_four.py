"""Headings, header labels and language words of Greek, Danish, Hungarian and Arabic
writers, and the forum and archive chrome around them (original prose)."""

from __future__ import annotations

import pytest

from fic2epub.model import Story
from fic2epub.normalise.fields import field_for
from fic2epub.normalise.language import detect_language
from fic2epub.normalise.patterns import match_heading
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import story_paragraphs


def _read(text: str) -> Story:
    return read_text(text.encode(), ReadOptions(), "story.txt")


@pytest.mark.parametrize(
    ("line", "kind", "number"),
    [
        ("Første kapitel: Havnen", "chapter", 1),
        ("Andet kapitel – Stormen", "chapter", 2),
        ("Tredje kapittel", "chapter", 3),
        ("Andra delen", "part", 2),
        ("Åttende kapittel", "chapter", 8),
        ("1. fejezet – A híd", "chapter", 1),
        ("3. kapitola: Zima", "chapter", 3),
        ("Κεφάλαιο 2: Η θάλασσα", "chapter", 2),
        ("ΚΕΦΑΛΑΙΟ 4", "chapter", 4),
        ("Phần 3: Con đò", "chapter", 3),
    ],
)
def test_heading_forms(line: str, kind: str, number: int) -> None:
    found = match_heading(line)
    assert found is not None
    assert (found.kind, found.number) == (kind, number)


@pytest.mark.parametrize(
    "line",
    ["Andet kapitel var kedeligt.", "Første del af vejen gik fint", "1. fejezet végén", "Phần lớn"],
)
def test_prose_is_no_heading(line: str) -> None:
    assert match_heading(line) is None


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Τίτλος", "title"),
        ("Συγγραφέας", "authors"),
        ("Κατάταξη", "rating"),
        ("Περίληψη", "summary"),
        ("Αποποίηση", "disclaimer"),
        ("Vurdering", "rating"),
        ("Ansvarsfraskrivelse", "disclaimer"),
        ("Tartalom", "summary"),
        ("Jogok", "disclaimer"),
        ("Befejezett", "status"),
        ("العنوان", "title"),
        ("الكاتبة", "authors"),
        ("العمل الأصلي", "fandoms"),
        ("الملخص", "summary"),
    ],
)
def test_foreign_labels(label: str, field: str) -> None:
    assert field_for(label) == field


def test_hungarian_finished_answer() -> None:
    story = _read(
        "Cím: A hajó\nSzerző: Tollforgató\nBefejezett: Igen\n\n"
        + "A hajó este indult. A part lassan eltűnt a ködben, és senki sem szólt. " * 8
    )
    assert story.metadata.status == "Complete"


def test_danish_prose_reads_as_danish() -> None:
    text = (
        "Jeg så hende ved havnen, og hun sagde ikke noget. Jeg var meget træt, men jeg gik "
        "ind alligevel. Hun havde en lille kurv med sig, og der lå noget brød i den. Jeg "
        "spurgte, hvor hun kom fra. Hun lo lidt og sagde, at det vidste hun ikke selv. Vi "
        "gik langs vandet, og jeg glemte aldrig den aften. Om morgenen var hun væk, og der "
        "var kun kurven tilbage på bænken ved døren."
    )
    assert detect_language([text]) == "da"


def test_danish_blogger_comments_between_posts_are_chrome() -> None:
    prose = "Hun gik ned til stranden hver morgen, og hun sagde aldrig noget om det. " * 3
    story = _read(
        "Titel: Fyret\nForfatter: Havmågen\n\n"
        f"Første kapitel: Lyset\n\n{prose}\n\n"
        "Indsendt af Havmågen kl. 21:05\n1 kommentarer:\n\n"
        "Sandpigen sagde...\nMere, tak!\n6. maj 2018 kl. 08:12\n\nSend en kommentar\n\n"
        f"Andet kapitel: Mørket\n\n{prose}\n\nSLUT\n\n"
        "Indsendt af Havmågen kl. 20:40\nIngen kommentarer:\n\nSend en kommentar\n"
    )
    chapters = story.parts[0].chapters
    assert [c.title for c in chapters] == ["Første kapitel: Lyset", "Andet kapitel: Mørket"]
    text = " ".join(story_paragraphs(story))
    assert "Sandpigen" not in text and "Indsendt" not in text and "kommentar" not in text


def test_hungarian_title_written_by_line() -> None:
    story = _read(
        "Az öreg malom írta: Fűzfapoéta\n\nTartalom: Egy malom és egy molnár.\n"
        "Fejezetek: 1   Befejezett: Igen   Szavak: 300\n\n"
        + "A malom kereke lassan forgott. A molnár a küszöbön ült, és nézte a vizet. "
        * 8
    )
    assert story.metadata.title == "Az öreg malom"
    assert story.metadata.authors == ("Fűzfapoéta",)
    assert story.metadata.status == "Complete"


def test_vietnamese_app_byline_and_status_word() -> None:
    story = _read(
        "Con Đò Cuối\ncủa gió_sông\nĐã hoàn thành\nMột người lái đò và một đêm mưa.\n\n"
        "Phần 1: Bến nước\n\n"
        + "Ông lão chèo đò qua sông mỗi sáng. Nước lặng và trời còn tối. " * 8
        + "\n\nPhần 2: Trời sáng\n\n"
        + "Khi trời sáng, bến sông đã đông người. Ông lão vẫn ngồi trên đò. " * 8
    )
    assert story.metadata.authors == ("gió_sông",)
    assert story.metadata.status == "Complete"
    assert [c.title for c in story.parts[0].chapters] == ["Phần 1: Bến nước", "Phần 2: Trời sáng"]


def test_cjk_author_word_beside_follow_button() -> None:
    story = _read(
        "星の井戸\n作者　夜鳴き鳥\nフォロー\n\n"
        + "井戸の底には、いつも星がひとつ沈んでいた。少年は毎晩それを見に行った。" * 6
    )
    assert story.metadata.authors == ("夜鳴き鳥",)
