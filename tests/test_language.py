"""Telling a story's language from its text when no header field names it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fic2epub.normalise.language import _ASCII_WORD, _WORD, _lower_words, detect_language

# Short original passages, each a few sentences of ordinary narration in one language.
_PASSAGES = {
    "en": (
        "The ferry was late again, and the gulls had given up on it. Martha sat on her "
        "suitcase at the end of the pier and counted the boats that were not hers. When it "
        "came at last she was the only one to get on, and the boy who took her ticket said "
        "that he had not expected anyone at all on a day like this."
    ),
    "fr": (
        "Le bac était encore en retard, et les mouettes avaient renoncé à l'attendre. Marthe "
        "s'assit sur sa valise au bout de la jetée et compta les bateaux qui n'étaient pas "
        "le sien. Quand il arriva enfin, elle fut la seule à monter, et le garçon qui prit "
        "son billet lui dit qu'il n'attendait personne par un temps pareil."
    ),
    "nl": (
        "De veerboot was weer te laat, en de meeuwen hadden het opgegeven. Marta zat op haar "
        "koffer aan het eind van de steiger en telde de boten die niet de hare waren. Toen "
        "hij eindelijk kwam, was zij de enige die instapte, en de jongen die haar kaartje "
        "nam zei dat hij op zo'n dag helemaal niemand had verwacht."
    ),
    "hr": (
        "Trajekt je opet kasnio, a galebovi su već odustali od njega. Marta je sjedila na "
        "koferu na kraju mola i brojala brodove koji nisu bili njezini. Kad je napokon došao, "
        "samo se ona ukrcala, a mladić koji joj je uzeo kartu rekao je da na takav dan nije "
        "očekivao nikoga. Nije mu odgovorila jer joj je bilo hladno."
    ),
    "pl": (
        "Prom znowu się spóźniał i mewy już na niego nie czekały. Marta siedziała na "
        "walizce na końcu pomostu i liczyła łodzie, które nie były jej. Kiedy w końcu "
        "przypłynął, tylko ona wsiadła, a chłopak, który wziął od niej bilet, powiedział, "
        "że w taki dzień nie spodziewał się nikogo. Nie odpowiedziała, bo było jej zimno."
    ),
    "pt": (
        "A balsa estava atrasada outra vez, e as gaivotas já tinham desistido dela. Marta "
        "sentou-se na mala no fim do cais e contou os barcos que não eram o seu. Quando ela "
        "finalmente chegou, foi a única a embarcar, e o rapaz que pegou o bilhete disse que "
        "não esperava ninguém num dia como aquele, e que ela tinha muita sorte."
    ),
    "ca": (
        "El transbordador tornava a arribar tard, i les gavines ja s'havien cansat "
        "d'esperar-lo. La Marta es va asseure sobre la maleta al final del moll i va comptar "
        "les barques que no eren la seva. Quan per fi va arribar, va ser l'única que hi va "
        "pujar, i el noi que li va agafar el bitllet va dir que no esperava ningú."
    ),
    "fil": (
        "Huli na naman ang bangka, at sumuko na ang mga ibon sa paghihintay. Umupo si Marta "
        "sa kanyang maleta sa dulo ng pantalan at binilang ang mga bangkang hindi kanya. Nang "
        "dumating ito sa wakas, siya lang ang sumakay, at sinabi ng batang kumuha ng kanyang "
        "tiket na wala siyang inaasahang pasahero sa ganitong araw."
    ),
    "es": (
        "El ferry llegaba tarde otra vez, y las gaviotas ya se habían cansado de esperarlo. "
        "Marta se sentó en su maleta al final del muelle y contó los barcos que no eran el "
        "suyo. Cuando por fin llegó, fue la única que subió, y el chico que le tomó el "
        "billete dijo que no esperaba a nadie en un día como ese, y que ella tenía suerte."
    ),
}


@pytest.mark.parametrize("language", sorted(_PASSAGES))
def test_a_passage_is_told_by_its_function_words(language: str) -> None:
    assert detect_language([_PASSAGES[language]] * 2) == language


def test_too_little_text_is_no_evidence() -> None:
    assert detect_language(["Le bac était en retard."]) is None


def test_names_and_numbers_alone_are_no_evidence() -> None:
    roll = "Marta Kowalski 1998 Jean-Luc Picard 2001 Ana Souza Pieter de Vries " * 10
    assert detect_language([roll]) is None


@given(st.text())
def test_ascii_words_are_read_as_any_words(text: str) -> None:
    # The ASCII fast path finds the words the Unicode letter class finds, lower-cased.
    ascii_text = text.encode("ascii", "replace").decode("ascii")
    assert _lower_words(ascii_text) == [word.lower() for word in _WORD.findall(ascii_text)]
    assert _lower_words(text) == [word.lower() for word in _WORD.findall(text)]


def test_every_ascii_character_is_a_letter_to_both_or_neither() -> None:
    every = "".join(map(chr, range(128)))
    assert _ASCII_WORD.findall(every) == _WORD.findall(every)
