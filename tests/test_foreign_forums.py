"""Greek and Arabic header fields and note labels, and the forum pages they are copied
from: vBulletin's archive view, phpBB 2's topic page in other languages (original prose)."""

from __future__ import annotations

import pytest

from fic2epub.model import EndMarker, Story
from fic2epub.normalise.patterns import match_end_marker, match_note
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import story_paragraphs


def _read(text: str) -> Story:
    return read_text(text.encode(), ReadOptions(), "story.txt")


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Σημείωση συγγραφέα: Γράφτηκε ένα βράδυ.", "Σημείωση συγγραφέα"),
        ("Σημειώσεις της συγγραφέως: Ευχαριστώ.", "Σημειώσεις της συγγραφέως"),
        ("ملاحظة الكاتب: كتبتها في الشتاء.", "ملاحظة الكاتب"),
        ("ملاحظات المؤلفة: شكرًا.", "ملاحظات المؤلفة"),
    ],
)
def test_greek_and_arabic_note_labels(line: str, label: str) -> None:
    found = match_note(line)
    assert found is not None and found.label == label


@pytest.mark.parametrize("line", ["تمت", "النهاية", "ΤΕΛΟΣ", "Τέλος"])
def test_greek_and_arabic_end_markers(line: str) -> None:
    assert match_end_marker(line)


_ARABIC_PROSE = "خرج الصياد إلى البحر قبل الفجر، وكان الموج هادئًا والسماء صافية. " * 6


def test_vbulletin_archive_view_in_arabic() -> None:
    story = _read(
        "منتدى الشاطئ > القصص > [قصة] شبكة الصياد\n\n"
        "مشاهدة النسخة كاملة : [قصة] شبكة الصياد\n\n"
        "موجة_زرقاء\n12-05-2011, 08:30 PM\n"
        "العنوان: شبكة الصياد\nالكاتب: موجة_زرقاء\nالملخص: صياد وشبكة قديمة.\n\n"
        "ملاحظة الكاتب: أول قصة أكتبها هنا.\n\n"
        f"{_ARABIC_PROSE}\n\n* * *\n\n{_ARABIC_PROSE}\n\nتمت\n\n"
        "__________________\nالحكمة ضالة المؤمن\n\n"
        "قارئ_الليل\n13-05-2011, 10:02 AM\nقصة رائعة!\n\n"
        "vBulletin® Copyright ©2000-2011, Jelsoft Enterprises Ltd.\n"
    )
    assert story.metadata.title == "شبكة الصياد"
    assert story.metadata.authors == ("موجة_زرقاء",)
    blocks = story.parts[0].chapters[0].blocks
    assert [b.text for b in blocks if isinstance(b, EndMarker)] == ["تمت"]
    text = " ".join(story_paragraphs(story))
    for chrome in ("مشاهدة", "12-05-2011", "قارئ_الليل", "الحكمة", "vBulletin"):
        assert chrome not in text


def test_view_full_version_needs_the_archive_line() -> None:
    # A name over a date inside a story with no archive line stays the story's.
    story = _read(
        "The Ledger\n\nby quillpen\n\n"
        + "The clerk opened the book at the last page and read the entry twice. " * 5
        + "\n\nMargaret Hale\n03-02-1851, 09:47 PM\nPaid in full, and nothing more owed.\n\n"
        + "He closed the book and put out the lamp. " * 5
    )
    assert "Margaret Hale" in " ".join(story_paragraphs(story))
