"""Note labels, series lines, bylines, language names and quotes of European fan fiction."""

from __future__ import annotations

import pytest

from fic2epub.normalise.blog import posted_line
from fic2epub.normalise.chrome_i18n import is_count_line
from fic2epub.normalise.fields import field_for, read_series
from fic2epub.normalise.foreign_dates import foreign_date
from fic2epub.normalise.foreign_header import foreign_byline
from fic2epub.normalise.metadata import clean_title, language_tag
from fic2epub.normalise.patterns import match_note
from fic2epub.normalise.typography import typography
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import plain


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Pozn. autorky: Psáno v noci, omluvte chyby.", "Pozn. autorky"),
        ("Poznámka autora: Děkuju za komentáře.", "Poznámka autora"),
        ("N.v.d.a.: Dit hoofdstuk is korter dan gepland.", "N.v.d.a."),
        ("N.v.d.s. Bedankt voor het lezen!", "N.v.d.s."),
        ("Förf. anm.: Tack för alla kommentarer!", "Förf. anm."),
        ("Forf. anm.: Tak fordi I læser med.", "Forf. anm."),
        ("Forfatterens note: Kapitlet er kort.", "Forfatterens note"),
        ("Kirjoittajan huomautus: Kiitos lukijoille.", "Kirjoittajan huomautus"),
        ("Szerzői megjegyzés: Köszönöm, hogy elolvastad!", "Szerzői megjegyzés"),
        ("Nota autoarei: Mulțumesc pentru răbdare.", "Nota autoarei"),
        ("Bilješka autora: Hvala na čitanju.", "Bilješka autora"),
        ("Uwaga autorki: Rozdział jest krótki.", "Uwaga autorki"),
        ("Примітка авторки: Дякую за відгуки.", "Примітка авторки"),
        # romance-note-label: the bare Spanish, Portuguese and Italian word with its colon.
        ("Nota: escrito para una amiga del puerto.", "Nota"),
        ("Notas: a primeira parte saiu ontem.", "Notas"),
        # translator-note-label-de: a German translator's note, labelled in full.
        (
            "Anmerkung der Übersetzerin: Die Namen bleiben im Original.",
            "Anmerkung der Übersetzerin",
        ),
        ("Anmerkung des Übersetzers", "Anmerkung des Übersetzers"),
    ],
)
def test_european_note_labels(line: str, label: str) -> None:
    found = match_note(line)
    assert found is not None and found.label == label


@pytest.mark.parametrize(
    "line",
    [
        # The same words opening ordinary sentences, without a label's colon.
        "Forfatterens note lå på bordet, krøllet sammen.",
        "Kirjoittajan sanat jäivät mieleen koko illaksi.",
        "Szerzői jegyzetek hevertek az asztalon.",
        "Napomena autora bila je kratka i jasna.",
        "Примітка була коротка, але гостра.",
        "Nova poznámka visela na dveřích.",
        "Nota que el barco no volvió nunca.",
    ],
)
def test_prose_opening_with_label_words_is_no_note(line: str) -> None:
    assert match_note(line) is None


@pytest.mark.parametrize(
    ("value", "name", "index"),
    [
        ("Cuentos del faro (parte 2)", "Cuentos del faro", 2.0),
        ("Parte 3 de Cuentos del faro", "Cuentos del faro", 3.0),
        ("Nachtlieder, Teil 4", "Nachtlieder", 4.0),
        ("Zimní příběhy (část 1)", "Zimní příběhy", 1.0),
        ("Sommarnätter, del 2 av 3", "Sommarnätter", 2.0),
        # No counting word or number: the name alone.
        ("Cuentos de parte del mar", "Cuentos de parte del mar", None),
    ],
)
def test_series_parts_in_other_languages(value: str, name: str, index: float | None) -> None:
    series = read_series(value)
    assert (series.name, series.index) == (name, index)


@pytest.mark.parametrize("label", ["Serie", "Série", "Seria", "Reihe", "Sarja"])
def test_series_labels_in_other_languages(label: str) -> None:
    assert field_for(label) == "series"


@pytest.mark.parametrize(
    ("name", "tag"),
    [("Català", "ca"), ("Filipino", "fil"), ("Українська", "uk"), ("Hrvatski", "hr")],
)
def test_language_names_sites_print(name: str, tag: str) -> None:
    assert language_tag(name) == tag


def _read(text: str) -> tuple[str, ...]:
    return read_text(text.encode("utf-8"), ReadOptions()).metadata.authors


def test_preposition_byline_between_header_fields() -> None:
    text = (
        "Noches del faro\n\nSerie: Cuentos del faro (parte 2)\n\npor lucerna_azul\n\n"
        "Fandom: Marianela\n\nClasificación: K\n\n"
        "La luz del faro barría la playa cada medio minuto. Nadie la miraba ya.\n\n"
        "Pablo contó los destellos hasta que se quedó dormido en la arena.\n"
    )
    assert _read(text) == ("lucerna_azul",)


def test_prose_opening_with_a_preposition_after_the_header_is_no_byline() -> None:
    text = (
        "Noches del faro\n\nFandom: Marianela\n\nPor fin\n\n"
        "La luz del faro barría la playa cada medio minuto. Nadie la miraba ya.\n\n"
        "Pablo contó los destellos hasta que se quedó dormido en la arena.\n"
    )
    assert _read(text) == ()


def test_typed_swedish_quotes_stay_as_written() -> None:
    line = "Hon kallade boken ”Resor och utgifter”, och ingen frågade varför."
    assert typography(line) == line


def test_straight_quotes_still_open_with_a_curl() -> None:
    assert typography('She said "*Hello*," and left.') == "She said “*Hello*,” and left."


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Shrnutí", "summary"),
        ("Postavy", "characters"),
        ("Přístupnost", "rating"),
        ("Prohlášení", "disclaimer"),
        ("Rezumat", "summary"),
        ("Publicat", "published"),
        ("Títol", "title"),
        ("Resum", "summary"),
        ("Classificació", "rating"),
        ("Avís legal", "disclaimer"),
        ("שם", "title"),
        ("כותבת", "authors"),
        ("פאנדום", "fandoms"),
        ("דירוג", "rating"),
        ("תקציר", "summary"),
    ],
)
def test_czech_romanian_catalan_and_hebrew_header_labels(label: str, field: str) -> None:
    assert field_for(label) == field


def test_czech_blog_header_fields() -> None:
    story = (
        "Lampa u mostu\n\n"
        "Shrnutí: Každý večer někdo rozsvítí lampu, ale nikdo neví kdo.\n"
        "Prohlášení: Postavy jsou moje vlastní.\n\n"
        "Kapitola 1\n\n"
        "Na mostě bylo ticho a voda pod ním tekla pomalu.\n\n"
        "Kapitola 2\n\n"
        "Ráno lampa zase svítila a pod ní ležel kámen.\n"
    )
    book = read_text(story.encode("utf-8"), ReadOptions())
    assert (book.metadata.summary or "").startswith("Každý večer")
    assert (book.metadata.disclaimer or "").startswith("Postavy jsou")


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Nota de l’autora: Gràcies per llegir.", "Nota de l’autora"),
        ("Nota de l'autor: Aquest capítol és curt.", "Nota de l'autor"),
        ("הערת הכותבת: תודה לכולם.", "הערת הכותבת"),
        ("들어가기 전에", "들어가기 전에"),
    ],
)
def test_catalan_hebrew_and_korean_note_labels(line: str, label: str) -> None:
    found = match_note(line)
    assert found is not None and found.label == label


@pytest.mark.parametrize("line", ["들어가기 전에 그는 신발을 벗었다.", "הערת הכותבת הייתה קצרה."])
def test_prose_opening_with_those_words_is_no_note(line: str) -> None:
    assert match_note(line) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("de Lăcrămioara_7", "Lăcrămioara_7"),
        ("per gavina_blava", "gavina_blava"),
        ("de asemenea", None),
        ("per sempre", None),
    ],
)
def test_romanian_and_catalan_bylines(line: str, names: str | None) -> None:
    assert foreign_byline(line) == names


def test_catalan_posted_line_and_other_dates() -> None:
    assert posted_line("Publicat el 9 d’abril de 2015 per gavina_blava") == (
        "gavina_blava",
        "2015-04-09",
    )
    assert foreign_date("4. května 2015 v 10:12") == "2015-05-04"
    assert foreign_date("7 martie 2011") == "2011-03-07"
    assert foreign_date("3 nisan 2020") == "2020-04-03"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Lampa u mostu – 1. díl", "Lampa u mostu"),
        ("Lampa u mostu (2. část)", "Lampa u mostu"),
        ("La gavina (part 1 de 2)", "La gavina"),
        ("Fântâna - Partea 2 din 3", "Fântâna"),
        ("Summer - 1984", "Summer - 1984"),
    ],
)
def test_numbered_post_parts_leave_the_title(line: str, title: str) -> None:
    assert clean_title(line) == title


def test_barred_blog_post_line() -> None:
    assert posted_line("Modrásek | 4. května 2015 v 10:12 | Povídky") == (
        "Modrásek",
        "2015-05-04",
    )
    assert posted_line("Úvod | 3 povídky | Kontakt") is None


def test_a_fan_fiction_section_is_no_fandom() -> None:
    story = (
        "Fântâna\nde Lăcrămioara_7\n"
        "Publicat: 02.03.2010 | Categorie: fan-fiction\n\n"
        "Fandom: Basme populare\n\n"
        "Apa era rece şi limpede, iar găleata se legăna deasupra ei.\n"
    )
    book = read_text(story.encode("utf-8"), ReadOptions())
    assert book.metadata.fandoms == ("Basme populare",)
    assert book.metadata.authors == ("Lăcrămioara_7",)


def test_turkish_wattpad_byline_counts_and_footer() -> None:
    story = (
        "Kuyu\nyazan derin_su\n👁 1,2B okunma  ★ 88 oy  ☰ 2 bölüm\n\n"
        "Bölüm 1: Taş\n\nKuyunun dibinde bir taş vardı. Kimse onu görmezdi.\n\n"
        "Bölüm 2: Su\n\nBir gün su çekildi ve taş göründü.\n\nSON\n\n"
        "Oy ver   Yorum yap   Paylaş\n"
        "Yayınlanan bölümlerin sonuna geldin.\n"
        "⏰ Son güncelleme: 5 Mart 2020\n"
        "Bu hikâyeyi kütüphanene ekle\n"
    )
    book = read_text(story.encode("utf-8"), ReadOptions())
    assert book.metadata.authors == ("derin_su",)
    last = book.chapters[-1]
    assert "güncelleme" not in plain(last.blocks) and "kütüphanene" not in plain(last.blocks)
    assert is_count_line("👁 1,2B okunma  ★ 88 oy  ☰ 2 bölüm")
    assert not is_count_line("Ali 3 oy, Veli 5 oy aldı.")
