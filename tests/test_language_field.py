"""Rule ``language-field-contradicted``: the text's language over a field it gives the lie to."""

from __future__ import annotations

from fic2epub.normalise.language import stop_word_shares
from fic2epub.normalise.language_field import text_language

_ENGLISH = (
    "She walked down to the harbour in the evening, and the boats were all in. "
    "He was waiting for her by the wall, with his hat in his hands and his coat "
    "buttoned up to the chin. They did not say much. The tide was out and the "
    "gulls were loud, and when the lamps came on she told him that she would go."
)
_ITALIAN = (
    "La sera scese al porto, e le barche erano tutte rientrate. Lui la aspettava "
    "vicino al muro, con il cappello in mano e il cappotto abbottonato fino al "
    "mento. Non dissero molto. La marea era bassa e i gabbiani gridavano, e quando "
    "si accesero le lanterne lei gli disse che sarebbe partita."
)


def test_english_text_filed_as_italian_is_english() -> None:
    assert text_language("it", stop_word_shares([_ENGLISH] * 8)) == "en"


def test_italian_text_keeps_its_field() -> None:
    assert text_language("it", stop_word_shares([_ITALIAN] * 8)) == "it"


def test_short_text_keeps_its_field() -> None:
    # Too few words to judge: a drabble keeps what the field says.
    assert text_language("it", stop_word_shares([_ENGLISH])) == "it"


def test_bilingual_text_keeps_its_field() -> None:
    # Half Italian, half English: the field's language scores too close to contradict.
    assert text_language("it", stop_word_shares([_ENGLISH, _ITALIAN] * 6)) == "it"


def test_close_language_never_contradicts() -> None:
    # Portuguese text under a Spanish field: the two share too many words to tell apart here.
    portuguese = (
        "Ela desceu ao porto ao fim da tarde, e os barcos estavam todos de volta. Ele "
        "esperava por ela junto ao muro, com o chapéu nas mãos. Não disseram muito. "
        "A maré estava baixa e as gaivotas gritavam, e quando as luzes se acenderam "
        "ela disse que ia partir para a cidade com a irmã."
    )
    assert text_language("es", stop_word_shares([portuguese] * 8)) == "es"


def test_unknown_field_language_keeps_its_field() -> None:
    assert text_language("xx", stop_word_shares([_ENGLISH] * 8)) == "xx"
