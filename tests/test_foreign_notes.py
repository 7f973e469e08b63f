"""Notes, end marks, bylines and site lines of fics written in other languages."""

from __future__ import annotations

import pytest

from fic2epub.model import Story
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.fanfiktion_de import chip_line
from fic2epub.normalise.foreign_header import foreign_byline
from fic2epub.normalise.note_cues_i18n import foreign_note_cue
from fic2epub.normalise.patterns import FFN_INFO_RE, match_end_marker, match_heading, match_note
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text


def _read(text: str) -> Story:
    return read_text(text.encode(), ReadOptions(), "story.txt")


@pytest.mark.parametrize(
    "line",
    ["（完）", "【完】", "〔終〕", "SELESAI", "Selesai.", "Wakas", "全文完", "正文完", "完结"],
)
def test_more_end_marks(line: str) -> None:
    assert match_end_marker(line)


@pytest.mark.parametrize("line", ["（笑）", "Selesai makan, ia tidur.", "【注意】", "全文都读完了"])
def test_lines_that_are_no_end_marks(line: str) -> None:
    assert not match_end_marker(line)


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Auteursnoot: Voor mijn zus.", "Auteursnoot"),
        ("Autorennotiz", "Autorennotiz"),
        ("Schrijversnoot - eerste fic!", "Schrijversnoot"),
    ],
)
def test_compound_note_labels(line: str, label: str) -> None:
    found = match_note(line)
    assert found is not None and found.label == label


def test_a_word_that_starts_like_a_compound_label_is_none() -> None:
    assert match_note("Autorennotizen lagen überall auf dem Tisch.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Gracias a Lucía por revisarlo. Cualquier error que quede es mío.",
        "Obrigada à Ana por betar! Os erros são todos meus.",
        "Danke an Mia für das Korrekturlesen.",
        "Alle Fehler gehören mir.",
        "De fouten zijn van mij.",
        "Grazie a Giulia per la pazienza.",
        # foreign-enjoy-reading: the wish that sends readers into the text.
        "È corta, ma ci tengo. Buona lettura!",
        "Demorei, mas voltei. Boa leitura, gente!",
        "Merci d'être là. Bonne lecture !",
        "Приятного чтения!",
    ],
)
def test_foreign_note_cues(text: str) -> None:
    assert foreign_note_cue(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gracias a la lluvia, nadie salió de casa aquella noche.",
        "Gracias a Dios por la cosecha, dijo la abuela.",
        "El error fue pensar que el río no crecería.",
        "Der Fehler lag im Plan, nicht bei ihr.",
        "Era uma boa leitura para uma noite de chuva, pensou ela.",
        "Le livre promettait une bonne lecture, mais il s'endormit.",
    ],
)
def test_prose_holds_no_foreign_note_cue(text: str) -> None:
    assert not foreign_note_cue(text)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("door Sanne de Wit", "Sanne de Wit"),
        ("von Anna von Berg", "Anna von Berg"),
        ("door de kamer", None),
        ("von Anna von", None),
    ],
)
def test_bylines_with_name_particles(line: str, names: str | None) -> None:
    assert foreign_byline(line) == names


def test_fanfiktion_de_chip_line() -> None:
    assert chip_line("GeschichteRomanze, Drama / P16 / Slash") == [
        ("Genre", "Romanze, Drama"),
        ("Rating", "P16"),
        ("Category", "Slash"),
    ]
    assert chip_line("Geschichte / P18-AVL") == [("Rating", "P18-AVL")]
    assert chip_line("Sie las Seite 6 / P12 war ausgeliehen.") is None
    assert chip_line("und/oder P6") is None


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Nächstes Kapitel »", True),
        ("« Vorheriges Kapitel", True),
        ("‹ Capítulo anterior", True),
        ("« Oui »", False),
        ("»Nächstes Kapitel?«", False),
    ],
)
def test_pager_links_in_other_languages(line: str, chrome: bool) -> None:
    assert is_site_chrome(line) is chrome


def test_ffn_info_line_in_another_language() -> None:
    assert FFN_INFO_RE.fullmatch("Classement : Fiction T - Français - Drama - Chapitres: 2")
    assert not FFN_INFO_RE.fullmatch("Clasificación: la más alta - dijo el profesor")
    story = _read(
        "Mar de Inverno\n"
        "By: gaivota_azul\n"
        "Duas irmãs esperam um navio que não vem.\n"
        "Classificação: Ficção K+ - Português - Drama - Inês M., Clara M. - Palavras: 980 - "
        "Publicado: 03-02-16 - Status: Completa - id: 11830245\n\n"
        "O navio não veio naquele inverno, nem no seguinte.\n"
    )
    meta = story.metadata
    assert meta.rating == "K+"
    assert meta.language == "pt"
    assert list(meta.characters) == ["Inês M.", "Clara M."]
    assert meta.source_url == "https://www.fanfiction.net/s/11830245"


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        # ficbook's pager and buttons, EFP's links under a story.
        ("← Предыдущая часть", True),
        ("Следующая часть →", True),
        ("Отзывы (3)", True),
        ("Нравится 17", True),
        ("Recensioni", True),
        ("Torna all'indice", True),
        ("Отзывы были хорошие.", False),
    ],
)
def test_ficbook_and_efp_links(line: str, chrome: bool) -> None:
    assert is_site_chrome(line) is chrome


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Capitolo primo – Il ponte", 1),
        ("Capítulo segundo: La feria", 2),
        ("Capítulo terceiro", 3),
        ("Chapitre premier", 1),
        ("Chapitre dixième : Le bal", 10),
    ],
)
def test_chapter_words_with_romance_ordinals(line: str, number: int) -> None:
    found = match_heading(line)
    assert found is not None and found.number == number


def test_a_sentence_with_a_romance_ordinal_is_no_heading() -> None:
    assert match_heading("Capítulo tercero de su vida, pensó ella.") is None
    assert match_heading("Capitolo primo della sua storia") is None
    # After an English chapter word the same word is a name, not a number.
    assert match_heading("Chapter Nona") is None
