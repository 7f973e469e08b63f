"""Stories saved from sites in other languages: labels, bylines, chrome, repeated pages."""

from __future__ import annotations

import pytest

from fic2epub.model import Story
from fic2epub.normalise.breadcrumbs import breadcrumb_fandom
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chrome_i18n import is_count_line, is_single_count
from fic2epub.normalise.colonless_fields import colonless_field, wide_spaced_field
from fic2epub.normalise.fields import field_for
from fic2epub.normalise.foreign_dates import foreign_date
from fic2epub.normalise.foreign_header import cjk_date, cjk_field, foreign_byline, labelled_date
from fic2epub.normalise.labels_i18n import regional_language
from fic2epub.normalise.metadata import language_tag
from fic2epub.normalise.page_repeats import page_title
from fic2epub.normalise.patterns import match_note
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import plain


def _read(text: str) -> Story:
    return read_text(text.encode(), ReadOptions(), "story.txt")


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Sinopse", "summary"),
        ("Personagens", "characters"),
        ("Yazar", "authors"),
        ("Penulis", "authors"),
        ("作者", "authors"),
        ("줄거리", "summary"),
        ("Tóm tắt", "summary"),
        ("Klasyfikacja", "rating"),
        ("Idioma", "language"),
        ("Gêneros", "categories"),
        ("Saturday", None),
    ],
)
def test_foreign_labels(label: str, field: str | None) -> None:
    assert field_for(label) == field


@pytest.mark.parametrize(
    ("value", "tag"),
    [("Español", "es"), ("Português (Brasil)", "pt-BR"), ("Deutsch", "de"), ("Klingon", None)],
)
def test_language_names(value: str, tag: str | None) -> None:
    assert language_tag(value) == tag


def test_brazilian_site_makes_portuguese_brazilian() -> None:
    assert regional_language("pt", ["Spirit Fanfics e Histórias"]) == "pt-BR"
    assert regional_language("pt", ["Uma história"]) == "pt"
    assert regional_language("es", ["Spirit Fanfics"]) == "es"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("por lunaria", "lunaria"),
        ("oleh Sari Dewi", "Sari Dewi"),
        ("kirpik_kalem tarafından", "kirpik_kalem"),
        ("Por la mañana salimos.", None),
        ("por las calles de la ciudad vieja", None),
        ("von hier aus", None),
        ("di Lucciola", "Lucciola"),
        ("di notte, la città dorme", None),
    ],
)
def test_foreign_byline(line: str, names: str | None) -> None:
    assert foreign_byline(line) == names


def test_cjk_fields_need_a_known_label() -> None:
    assert cjk_field("作者：纸鸢") == ("作者", "纸鸢")
    assert cjk_field("她说：走吧") is None


def test_dates() -> None:
    assert cjk_date("2020年8月30日 10:15") == "2020-08-30"
    assert cjk_date("2021.05.05 18:30 · 팬픽") == "2021-05-05"
    assert cjk_date("1,204") is None
    assert labelled_date("Publicado 05/02/2019") == ("Publicado", "2019-02-05")
    assert labelled_date("Gestern 05/02/2019") is None


@pytest.mark.parametrize(
    ("line", "counts"),
    [
        ("4,8B Okunma • 612 Oy • 3 Bölüm", True),
        ("👁 812 ⭐ 120 💬 14", True),
        ("閲覧数 1,204　いいね！ 156", True),
        ("Page 1 of 2", False),
        ("3, 2, 1", False),
        ("12 March 2014", False),
        ("She had 2 cats and 3 dogs at home now.", False),
    ],
)
def test_count_lines(line: str, counts: bool) -> None:
    assert is_count_line(line) is counts


def test_single_count() -> None:
    assert is_single_count("12,3K Leídas")
    assert not is_single_count("1990")


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Tüm Hakları Saklıdır", True),
        ("Lanjut ke bagian berikutnya", True),
        ("Favoritar história   Denunciar   Próximo capítulo >", True),
        ("Edited by wren – 14/3/2012, 21:30", True),
        ("Comentários", True),
        ("Favoritar", True),
        ("Denunciar", True),
        ("Ela comentou o livro com a avó.", False),
        ("Denunciar o quê?", False),
        ("Thích quá!", False),
    ],
)
def test_foreign_chrome(line: str, chrome: bool) -> None:
    assert is_site_chrome(line) is chrome


def test_page_breadcrumb_fandom() -> None:
    assert breadcrumb_fandom("Fan Fiction » Books » Beowulf » The Mead Hall") == "Beowulf"
    # Without the site's fan fiction section before the category, the last item may be the
    # fandom's own sub-category; the rule stays out.
    assert breadcrumb_fandom("Home > Books > Legends > Beowulf") is None


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("The Mead Hall ( Chapter 2 )", "The Mead Hall"),
        # MediaMiner's older pages: the chapter in square brackets (square-chapter-title).
        ("The Mead Hall [ Chapter 2 ]", "The Mead Hall"),
        ("Room 2 [Blue]", "Room 2 [Blue]"),
        ("História A Jangada - Capítulo 1 - A praia", "A Jangada"),
        # Spirit's English interface: "Story" is the page's kind, unless it starts the title.
        ("Story The Salt Mill - Chapter 2 - The Miller", "The Salt Mill"),
        ("Story of Us - Chapter 1 - Rain", "Story of Us"),
        ("Story Time - Chapter 3 - Bedtime", "Story Time"),
        ("Notes from 1999 - Winter", "Notes from 1999 - Winter"),
        ("Room 2 (Blue)", "Room 2 (Blue)"),
    ],
)
def test_page_title(line: str, title: str) -> None:
    assert page_title(line) == title


def test_repeated_page_header_is_dropped() -> None:
    story = _read(
        "Sagas Online\n"
        "Fan Fiction » Books » Beowulf » The Mead Hall\n\n"
        "The Mead Hall ( Chapter 1 )\n"
        "Author: hrothgar\n"
        "Genre: Drama\n\n"
        "Chapter 1: Night\n\n"
        "The hall was quiet.\n\n\n"
        "Sagas Online\n"
        "Fan Fiction » Books » Beowulf » The Mead Hall\n\n"
        "The Mead Hall ( Chapter 2 )\n"
        "Author: hrothgar\n"
        "Genre: Drama\n\n"
        "Chapter 2: Morning\n\n"
        "The hall woke.\n"
    )
    assert story.metadata.title == "The Mead Hall"
    assert story.metadata.fandoms == ("Beowulf",)
    assert plain(story.chapters[0].blocks) == "The hall was quiet."


def test_one_repeated_line_is_kept() -> None:
    story = _read("The Lighthouse\nby keeper\n\nShe climbed.\n\nThe Lighthouse\n\nShe slept.\n")
    assert "The Lighthouse" in plain(story.chapters[0].blocks)


def test_byline_chapter_headings() -> None:
    story = _read(
        "The Green Road by Jane Doe\n\n"
        "Rating: G\n\n"
        "The Milestone by Jane Doe\n\n"
        "He rode north.\n\n"
        "The Chapel by Jane Doe\n\n"
        "He arrived.\n\n"
        "It was written by Jane Doe long ago.\n"
    )
    assert [chapter.title for chapter in story.chapters] == ["The Milestone", "The Chapel"]


def test_forum_posted_on_posts() -> None:
    story = _read(
        "[Leggende] Il ponte\n\n"
        "Posted on 1/2/2012, 10:00\n"
        "scrittrice\n\n"
        "Group: Member\n"
        "Posts: 10\n"
        "Status: Offline\n\n"
        "Capitolo 1\n\n"
        "Il ponte era vecchio, e tutti lo sapevano.\n\n"
        "Posted on 2/2/2012, 11:00\n"
        "lettore\n\n"
        "Group: Member\n"
        "Posts: 3\n"
        "Status: Offline\n\n"
        "Bellissimo, continua!\n\n"
        "Posted on 9/2/2012, 12:00\n"
        "scrittrice\n\n"
        "Group: Member\n"
        "Posts: 11\n"
        "Status: Offline\n\n"
        "Capitolo 2\n\n"
        "Il ponte cadde in primavera, e nessuno pianse.\n"
    )
    assert story.metadata.authors == ("scrittrice",)
    texts = "\n".join(plain(chapter.blocks) for chapter in story.chapters)
    assert "Bellissimo" not in texts
    assert "Posts:" not in texts
    assert len(story.chapters) == 2


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Idioma Português", ("Idioma", "Português")),
        ("Classificação 12 anos", ("Classificação", "12 anos")),
        ("Personagens Tião, Dona Cida", ("Personagens", "Tião, Dona Cida")),
        ("Tags Mar, Jangada", ("Tags", "Mar, Jangada")),
        ("Rating - T", None),
        ("Tags were everywhere that summer.", None),
        ("Escrita por maré_alta", None),
        ("Sinopse", None),
    ],
)
def test_colonless_field(line: str, field: tuple[str, str] | None) -> None:
    """A table label and its value side by side, with no colon (colonless-field)."""
    assert colonless_field(line) == field


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Characters   Sim Ga-eun, Old Han", ("Characters", "Sim Ga-eun, Old Han")),
        ("Rating    PG", ("Rating", "PG")),
        ("Tags   river   folklore   winter", None),
        ("Characters Sim Ga-eun", None),
        ("Summary   A ferry crosses at night", None),
        ("Status   it was never going to be finished.", None),
    ],
)
def test_wide_spaced_field(line: str, field: tuple[str, str] | None) -> None:
    """A table row whose two cells wide spaces set apart (wide-spaced-field); a row of many
    cells is a list of links, and a sentence is no value."""
    assert wide_spaced_field(line) == field


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("14 lipca 2016", "2016-07-14"),
        ("3 de marzo de 2019", "2019-03-03"),
        ("12. März 2014", "2014-03-12"),
        ("5 maart 2020 om 18:40", "2020-03-05"),
        ("1er janvier 2021", "2021-01-01"),
        ("3 lipca", None),
        ("12 ships 2014", None),
    ],
)
def test_foreign_date(line: str, date: str | None) -> None:
    assert foreign_date(line) == date


@pytest.mark.parametrize(
    "line",
    [
        "Angolo autrice: grazie!",
        "Angolo dell'autore",
        "Notka od autorki: dzięki",
        "Note dell’autrice:",
    ],
)
def test_foreign_note_labels(line: str) -> None:
    """EFP's "Angolo autrice" and a Polish blog's "Notka od autorki" label notes."""
    assert match_note(line) is not None


def test_angolo_is_not_a_label_in_prose() -> None:
    assert match_note("Angolo di strada, pioveva.") is None
