"""Greek and Arabic header fields and note labels, and the forum pages they are copied
from: vBulletin's archive view, phpBB 2's topic page in other languages (original prose)."""

from __future__ import annotations

import pytest

from fic2epub.model import EndMarker, Story
from fic2epub.normalise.patterns import match_end_marker, match_note
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import plain, story_paragraphs


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


def test_kakuyomu_note_label_needs_its_colon() -> None:
    found = match_note("作者より：読んでくれてありがとう。")
    assert found is not None and found.label == "作者より"
    assert match_note("作者より先に読者が気づいた。") is None


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


_GREEK_PROSE = "Ο ψαράς έριξε τα δίχτυα του πριν ξημερώσει, και η θάλασσα ήταν ήσυχη. " * 6


def test_phpbb2_topic_in_greek_with_no_subject_line() -> None:
    story = _read(
        "Το Λιμάνι - Φόρουμ\n\nΣελίδα 1 από 1\n\n"
        "Συντάκτης\tΘέμα: [Φανφικ] Τα δίχτυα\nthalassini\nΜέλος\nΜηνύματα: 40\n"
        "Εγγραφή: 02/02/2012\n\tΔημοσιεύτηκε: Δευ 05 Μαρ 2012, 20:10\n\n"
        "Τίτλος: Τα δίχτυα\nΣυγγραφέας: thalassini\n\n"
        "Σημείωση συγγραφέα: Γράφτηκε ένα καλοκαίρι.\n\n"
        f"{_GREEK_PROSE}\n\nΤΕΛΟΣ\n\n"
        "_________________\n«Η θάλασσα δεν ξεχνά.»\n\n"
        "Επιστροφή στην αρχή\tΠροφίλ\tΠροσωπικό μήνυμα\tΑπάντηση με παράθεση\n\n"
        "Συντάκτης\tΜήνυμα\nkymataki\nΝέο μέλος\nΜηνύματα: 3\n"
        "\tΔημοσιεύτηκε: Τρι 06 Μαρ 2012, 09:00\n\nΩραίο!\n\n"
        "Επιστροφή στην αρχή\tΠροφίλ\tΠροσωπικό μήνυμα\tΑπάντηση με παράθεση\n"
    )
    assert story.metadata.title == "Τα δίχτυα"
    assert story.metadata.authors == ("thalassini",)
    assert [note.label for note in story.front_notes] == ["Σημείωση συγγραφέα"]
    text = " ".join(story_paragraphs(story))
    for chrome in ("Συντάκτης", "Μηνύματα", "Δημοσιεύτηκε", "kymataki", "Ωραίο", "Η θάλασσα δεν"):
        assert chrome not in text


def test_posted_line_in_a_story_is_no_post_header() -> None:
    story = _read(
        "The Notice\n\nby parish_clerk\n\nChapter 1\n\n"
        + "She pinned the notice to the church door and stepped back to read it. " * 5
        + "\n\nHer words to them\nMessages: 3\nPosted: Mon 5 March 1860, 8 pm\n\n"
        + "Nobody read it until the rain came. " * 5
    )
    assert "Posted: Mon 5 March 1860" in "\n".join(story_paragraphs(story))


_FINNISH_PROSE = "Kalastaja souti järvelle ennen aamua, ja vesi oli tyyni kuin lasi. " * 6


def test_smf_topic_with_no_poster_box() -> None:
    story = _read(
        "Lukupiiri\nKoti   Haku   Kirjaudu\n\nLukupiiri » Tarinat » Verkko\n\n"
        "Sivuja: [1]   Alas\n\nAiheen aloittaja: kaislikko\n\n"
        "Verkko, K-7 (1/1)\n« : 03.06.2018 klo 20:15:00 »\n\n"
        "Nimi: Verkko\nKirjoittaja: kaislikko\n\n"
        f"{_FINNISH_PROSE}\n\nLoppu.\n\n"
        "Kiitos kun luit!\n« Viimeksi muokattu: 03.06.2018 klo 20:30:00 kirjoittanut kaislikko »\n"
        "Kirjattu\n\nVastaus #1\n« : 04.06.2018 klo 09:00:00 »\nIhana tarina!\nKirjattu\n\n"
        "Sivuja: [1]   Ylös\n"
    )
    assert story.metadata.title == "Verkko"
    text = " ".join(story_paragraphs(story))
    for chrome in ("Sivuja", "aloittaja", "03.06.2018", "Ihana", "Kirjattu", "muokattu"):
        assert chrome not in text
    after = (*story.parts[0].chapters[-1].notes_after, *story.back_notes)
    notes = " ".join(plain(note.blocks) for note in after)
    assert "Kiitos kun luit!" in notes
    assert "Kirjattu" not in notes and "muokattu" not in notes


def test_guillemet_date_line_needs_the_topic_starter() -> None:
    story = _read(
        "Kirje\n\n"
        + "Hän avasi kirjeen ja luki sen kahdesti ennen kuin istui alas. " * 5
        + "\n\nSivu kaksi\n« : 03.06.1870 klo 20:15 »\n\n"
        + "Kirjeessä ei ollut muuta. " * 5
    )
    assert any("03.06.1870" in p for p in story_paragraphs(story))


_JAPANESE_PROSE = "　少女は毎朝、川辺で石を拾った。石はどれも丸く、冷たかった。\n" * 6


def test_kakuyomu_work_page_and_episode_chrome() -> None:
    story = _read(
        "川辺の石\n作者　砂時計\nフォロー\n★で称える\n\n"
        "紹介文\n石を拾う少女の話です。\n\n完結済　全2話　2,000文字　2021年4月1日 更新\n\n"
        "第一話　朝\n\n川辺の石／砂時計\n\n作者より：短い話です。\n\n"
        f"{_JAPANESE_PROSE}\n応援する\n応援コメント　2件\n次のエピソード　第二話　夜\n\n"
        f"第二話　夜\n\n川辺の石／砂時計\n\n{_JAPANESE_PROSE}\n（了）\n"
    )
    assert story.metadata.status == "Complete"
    assert story.metadata.summary is not None
    chapters = story.parts[0].chapters
    assert [c.title for c in chapters] == ["第一話　朝", "第二話　夜"]
    assert [n.label for n in chapters[0].notes_before] == ["作者より"]
    text = "\n".join(story_paragraphs(story))
    for chrome in ("川辺の石／砂時計", "応援", "次のエピソード", "★で称える"):
        assert chrome not in text


def test_title_and_author_line_stays_away_from_a_heading() -> None:
    story = _read(
        "川辺の石\n作者　砂時計\nフォロー\n\n第一話　朝\n\n"
        f"{_JAPANESE_PROSE}\n川辺の石／砂時計\n\n{_JAPANESE_PROSE}"
    )
    assert "川辺の石／砂時計" in "\n".join(story_paragraphs(story))
