"""Rule ``signed-comment-line``: a blog's comment section under a post, in any language."""

from __future__ import annotations

import pytest

from fic2epub.normalise.comment_section import _SIGNED
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import plain


def _last_chapter_text(story: str) -> str:
    book = read_text(story.encode("utf-8"), ReadOptions())
    return plain(book.chapters[-1].blocks)


STORY = (
    "Lampa u mostu\n\n"
    "Na mostě bylo ticho a voda pod ním tekla pomalu.\n\n"
    "Lampa svítila celou noc a ráno pod ní ležel kámen.\n\n"
)


def test_czech_comments_with_reply_links_are_dropped() -> None:
    story = STORY + (
        "Komentáře (2)\n"
        "Modrásek | 4. května 2015 v 10:12 | Reagovat\n"
        "Moc hezké, těším se na další.\n"
        "Jiná_Jana | 5. května 2015 v 8:40 | Reagovat\n"
        "Krásný konec.\n"
    )
    text = _last_chapter_text(story)
    assert "ráno pod ní ležel kámen" in text
    assert "Reagovat" not in text and "Modrásek" not in text and "Krásný konec" not in text


def test_wordpress_comments_and_copyright_line_are_dropped() -> None:
    story = STORY + (
        "3 comentaris\n"
        "gavina_blava dilluns, 4 de maig de 2015 a les 9:12\n"
        "M’ha agradat molt!\n"
        "Respon\n"
        "© El meu blog · Funciona amb WordPress\n"
    )
    text = _last_chapter_text(story)
    assert "gavina_blava" not in text and "WordPress" not in text and "Respon" not in text


def test_a_story_line_naming_comments_keeps_the_prose_under_it() -> None:
    story = STORY + "Three comments\nShe had three comments to make, and made none of them.\n"
    assert "none of them" in _last_chapter_text(story)


@pytest.mark.parametrize(
    ("line", "signed"),
    [
        ("Modrásek | 4. května 2015 v 10:12 | Reagovat", True),
        ("ana_m | 02.03.2009 | Ce frumos!", True),
        ("gavina_blava dilluns, 4 de maig de 2015 a les 9:12", True),
        # A page's date line, figures only: no comment's head.
        ("Posted 06/21/2020 18:05", False),
        ("Home | Stories | Write", False),
    ],
)
def test_signed_comment_heads(line: str, signed: bool) -> None:
    assert (_SIGNED.fullmatch(line) is not None) is signed


def test_romanian_ordinal_chapter_heading() -> None:
    story = (
        "Capitolul I: Fântâna\n\nApa era rece şi limpede.\n\n"
        "Capitolul al II-lea: Găleata\n\nGăleata s-a rupt la a treia încercare.\n"
    )
    book = read_text(story.encode("utf-8"), ReadOptions())
    assert [chapter.title for chapter in book.chapters] == [
        "Capitolul I: Fântâna",
        "Capitolul al II-lea: Găleata",
    ]


def test_hebrew_forum_header_and_replies_under_the_post_buttons() -> None:
    story = (
        "נושא: הגשר הישן\n\n"
        "שם: הגשר הישן\n"
        "כותבת: עלה_ירוק\n"
        "תקציר: זקן אחד שומר על גשר שאף אחד כבר לא עובר בו.\n\n"
        "כל בוקר הזקן מטאטא את הגשר. אף אחד לא עובר בו, אבל הוא מטאטא בכל זאת.\n\n"
        "בערב הוא יושב בקצה הגשר ומסתכל על המים.\n\n"
        "ציטוט | תגובה | דווח\n"
        "---\n"
        "תגובה מאת: קורא_שקט | 02/05/2011 10:20\n"
        "סיפור יפה מאוד.\n"
    )
    book = read_text(story.encode("utf-8"), ReadOptions())
    assert book.metadata.title == "הגשר הישן"
    assert book.metadata.authors == ("עלה_ירוק",)
    text = plain(book.chapters[-1].blocks)
    assert "ומסתכל על המים" in text
    assert "קורא_שקט" not in text and "ציטוט" not in text
