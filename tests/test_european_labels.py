"""Note labels, series lines, bylines, language names and quotes of European fan fiction."""

from __future__ import annotations

import pytest

from fic2epub.normalise.fields import field_for, read_series
from fic2epub.normalise.metadata import language_tag
from fic2epub.normalise.patterns import match_note
from fic2epub.normalise.typography import typography
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text


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
