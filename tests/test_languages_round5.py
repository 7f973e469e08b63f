"""Headings, labels, end markers and scripts of Croatian, Persian and Swedish writers."""

from __future__ import annotations

import pytest

from fic2epub.normalise.book_title_line import book_title_author
from fic2epub.normalise.chrome_i18n import is_blog_post_line, is_foreign_chrome
from fic2epub.normalise.fields import field_for
from fic2epub.normalise.patterns import match_end_marker, match_heading, match_note
from fic2epub.normalise.script import script_language


@pytest.mark.parametrize(
    ("line", "kind", "number"),
    [
        ("Prvo poglavlje: Kiša", "chapter", 1),
        ("Treće poglavlje", "chapter", 3),
        ("Drugi dio", "part", 2),
        ("بخش اول: باران", "chapter", 1),
        ("فصل سوم", "chapter", 3),
        ("قسمت ۴ – کوه", "chapter", 4),
    ],
)
def test_croatian_and_persian_headings(line: str, kind: str, number: int) -> None:
    found = match_heading(line)
    assert found is not None
    assert (found.kind, found.number) == (kind, number)


@pytest.mark.parametrize(
    "line", ["Prvo poglavlje je bilo dosadno.", "بخش اول کتاب را خواندم", "فصل بهار آمد"]
)
def test_prose_that_opens_like_those_headings(line: str) -> None:
    assert match_heading(line) is None


@pytest.mark.parametrize("line", ["پایان", "Slut.", "SLUT."])
def test_persian_and_swedish_end_markers(line: str) -> None:
    assert match_end_marker(line)


def test_persian_note_label() -> None:
    found = match_note("یادداشت نویسنده: از خواندن شما ممنونم.")
    assert found is not None and found.label == "یادداشت نویسنده"


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Naslov", "title"),
        ("Autorica", "authors"),
        ("Dobna oznaka", "rating"),
        ("Sažetak", "summary"),
        ("Odricanje odgovornosti", "disclaimer"),
        ("عنوان", "title"),
        ("نویسنده", "authors"),
        ("برگرفته از", "fandoms"),
        ("رده\u200cبندی", "rating"),
        ("خلاصه", "summary"),
    ],
)
def test_croatian_and_persian_header_labels(label: str, field: str) -> None:
    assert field_for(label) == field


def test_persian_letters_tell_persian_from_arabic() -> None:
    persian = ["باران از صبح می\u200cبارید و پیرمرد کنار پنجره چای می\u200cنوشید."] * 3
    arabic = ["كان المطر يهطل منذ الصباح وجلس الشيخ قرب النافذة يشرب الشاي."] * 3
    assert script_language(persian) == "fa"
    assert script_language(arabic) == "ar"


@pytest.mark.parametrize(
    "line",
    [
        "Komentari (7)",
        "نظرات (۲)",
        "قدرت گرفته از بلاگفا",
        "Chapitre suivant >",
        "< Chapitre précédent",
        "Laisser une review",
        "نوشته شده توسط باران | شنبه ۳ مهر ۱۴۰۰ | ۲ نظر",
        "Napisao/la: plava_lasta @ 18:05 | Komentari (2) | Print | #",
        "برچسب‌ها: داستان، پاییز",
        "Oznake: priča, jesen",
    ],
)
def test_blog_and_pager_chrome_in_other_languages(line: str) -> None:
    assert is_foreign_chrome(line)
    if "|" in line or ":" in line:
        assert is_blog_post_line(line)


@pytest.mark.parametrize(
    "line", ["Napisao je pismo majci i zaspao.", "نوشته شده توسط یک شاعر پیر بود."]
)
def test_sentences_that_open_like_a_post_line(line: str) -> None:
    assert not is_foreign_chrome(line)
    assert not is_blog_post_line(line)


def test_hameln_title_and_author_line() -> None:
    assert book_title_author("雪の朝\u3000作：こもれび") == ("雪の朝", "こもれび")
    assert book_title_author("《雪の朝》作者：こもれび") == ("雪の朝", "こもれび")
    assert book_title_author("朝、父が作：る。") is None
