"""Story pages in other languages: Wattpad in Portuguese, diary.ru, pixiv, fanfiktion.de."""

from __future__ import annotations

import pytest

from fic2epub.model import Chapter, EndMarker, Story
from fic2epub.normalise.bylines import bare_byline
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chrome_i18n import is_single_count
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.foreign_dates import dotted_date
from fic2epub.normalise.labels_i18n import regional_language
from fic2epub.normalise.patterns import match_end_marker, match_note
from fic2epub.normalise.pixiv import series_number
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import plain


def _read(text: str) -> Story:
    return read_text(text.encode(), ReadOptions(), "story.txt")


def _end_marker(chapter: Chapter) -> str | None:
    return next((b.text for b in chapter.blocks if isinstance(b, EndMarker)), None)


def test_brazilian_header() -> None:
    assert regional_language("pt", ["Tags: Contos, Literatura Brasileira"]) == "pt-BR"
    assert regional_language("pt", ["Cadastre-se"]) == "pt-BR"
    assert regional_language("pt", ["Uma história do Porto"]) == "pt"
    assert regional_language("pt", ["Ele cadastrou o livro."]) == "pt"
    # Brazil named in a summary or a note, not in a tag, says nothing of the site.
    assert regional_language("pt", ["Resumo: Uma viagem ao Brasil no verão de 1920."]) == "pt"
    assert regional_language("pt", ["Categorias: Contos Brasileiros"]) == "pt-BR"


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("2,7 mil Leituras", True),
        ("3,1 tys. wyświetleń", True),
        ("Leituras mil", False),
        ("mil e uma noites", False),
    ],
)
def test_count_multiplier(line: str, count: bool) -> None:
    assert is_single_count(line) is count


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Começar a ler", True),
        ("Cadastre-se", True),
        ("Войти", True),
        ("читать дальше", True),
        ("URL записи", True),
        ("@темы: драбблы, зима", True),
        ("@настроение: сонное", True),
        ("комментировать (12)", True),
        ("いいね！", True),
        ("次の作品へ", True),
        ("Ele quis começar a ler o livro de novo.", False),
        ("Читать дальше он не смог.", False),
        ("@Марина, спасибо за бету!", False),
    ],
)
def test_site_chrome_i18n(line: str, chrome: bool) -> None:
    assert is_site_chrome(line) is chrome


def test_dotted_date() -> None:
    assert dotted_date("07.03.2019") == "2019-03-07"
    assert dotted_date("07.03.2019 - 21.04.2019") == "2019-03-07"
    assert dotted_date("31.13.2019") is None
    assert dotted_date("3.14 Pi") is None


def test_series_number() -> None:
    assert series_number("夜話集 #3") == ("夜話集", 3)
    assert series_number("#夜話 #猫") is None
    assert series_number("Wir sind #1") == ("Wir sind", 1)


def test_kanji_afterword_label_and_end_mark() -> None:
    assert match_note("後書き") is not None
    assert match_end_marker("了")
    assert not match_end_marker("了解")


def test_rated_subject_is_no_byline() -> None:
    chunks = [
        Chunk(text=line, lines=(line,), first=at, last=at, gap=0)
        for at, line in enumerate(["Снежный день (PG-13)", "Название: Снежный день"], start=1)
    ]
    assert not bare_byline(chunks, 0)


def test_wattpad_page_in_portuguese() -> None:
    story = _read(
        "Wattpad\nNavegar\nComunidade\nEntrar\nCadastre-se\n"
        "O Farol Apagado\npor maresia_azul\n"
        "3,2 mil Leituras\n98 Votos\n2 Partes\n"
        "Dois irmãos e um farol que ninguém acende há vinte anos.\n"
        "#farol #irmaos\nTodos os direitos reservados\nComeçar a ler\n\n"
        "O Farol Apagado\nUm. A Escada\npor maresia_azul\n\n"
        "Subiram a escada em silêncio, contando os degraus, e não disseram nada um ao outro "
        "até chegarem lá em cima, onde o vento era mais forte do que na praia.\n\n"
        "— Cento e doze — disse Tomé, que sempre contava tudo. — Quando eu era pequeno "
        "eram cento e treze.\n\n"
        "Continuar para a próxima parte\n\n"
        "O Farol Apagado\nDois. A Lente\npor maresia_azul\n\n"
        "A lente estava inteira, coberta de sal.\n\n"
        "Tomé limpou o vidro com a manga da camisa, devagar, como se tivesse medo de que "
        "ele se quebrasse, e a irmã ficou olhando o mar enquanto o sol se punha por trás "
        "das nuvens. Nenhum dos dois tinha coragem de dizer que a luz nunca mais ia voltar, "
        "mas os dois sabiam que iam voltar no dia seguinte para tentar de novo.\n\n"
        "Você chegou ao fim dos capítulos publicados.\nAdicionar à biblioteca\n"
    )
    assert story.metadata.title == "O Farol Apagado"
    assert story.metadata.authors == ("maresia_azul",)
    assert story.metadata.language == "pt-BR"
    assert story.metadata.summary is not None
    assert story.metadata.summary.startswith("Dois irmãos")
    assert [chapter.title for chapter in story.chapters] == ["Um. A Escada", "Dois. A Lente"]
    first = plain(story.chapters[0].blocks)
    assert first.startswith("Subiram a escada") and "por maresia" not in first
    assert "Continuar" not in first and "O Farol" not in first
    last = plain(story.chapters[1].blocks)
    assert last.startswith("A lente estava inteira, coberta de sal.")
    assert last.endswith("tentar de novo.") and "Você chegou" not in last


def test_title_line_in_prose_under_a_heading_is_kept() -> None:
    # The story's title repeated over a heading, with prose (no byline) under the heading.
    story = _read(
        "O Poço\npor cisterna\n\nResumo: um poço.\n\n"
        "O Poço\nCapítulo 1\nO Poço era fundo.\n\nNinguém descia.\n"
    )
    assert "O Poço era fundo." in plain(story.chapters[0].blocks)


def test_diary_post_footer_and_cut() -> None:
    story = _read(
        "Сад камней\nДневник пользователя Сорока\n\n"
        "понедельник, 3 марта 2014\n\n"
        "Ночной сторож (PG)\n"
        "Название: Ночной сторож\n"
        "Автор: Сорока\n"
        "Рейтинг: PG\n"
        "Дисклаймер: герои не мои.\n"
        "Саммари: Сторож музея слышит шаги.\n"
        "читать дальше\n"
        "Шаги раздавались ровно в три часа ночи.\n\n"
        "— Кто здесь? — спросил сторож.\n\n"
        "Конец\n\n"
        "URL записи\n@темы: фики\n@настроение: тревожное\nкомментировать (2)\n"
    )
    assert story.metadata.title == "Ночной сторож"
    assert story.metadata.authors == ("Сорока",)
    assert story.metadata.disclaimer is not None
    assert story.metadata.disclaimer.startswith("герои не мои")
    chapter = story.chapters[0]
    assert _end_marker(chapter) == "Конец"
    text = plain(chapter.blocks)
    assert text.startswith("Шаги раздавались") and text.endswith("спросил сторож.")


def test_pixiv_page_with_series_line() -> None:
    story = _read(
        "pixiv\nホーム\n小説\n作品を投稿\n"
        "夜話集 #3\n猫の帰る道\n灯屋ねむ\nフォローする\n"
        "2022年1月9日 20:15\n#猫 #夜\n"
        "猫が一匹、夜道を帰る話です。\n"
        "閲覧数 310\nいいね！ 12\nブックマーク 5\n\n"
        "第一章\n\n猫は塀の上を歩いた。\n月が出ていた。\n\n"
        "第二章\n\n家の灯りが見えた。\n\n了\n\n"
        "後書き\nお読みいただきありがとうございました。\n\n"
        "いいね！\nコメント\n"
    )
    meta = story.metadata
    assert (meta.title, meta.authors) == ("猫の帰る道", ("灯屋ねむ",))
    assert (meta.series, meta.series_index) == ("夜話集", 3)
    assert [chapter.title for chapter in story.chapters] == ["第一章", "第二章"]
    assert plain(story.chapters[0].blocks).startswith("猫は塀の上を歩いた。")
    last = story.chapters[1]
    assert _end_marker(last) == "了"
    assert [note.label for note in last.notes_after] == ["後書き"]


def test_fanfiktion_de_characters_and_date_lines() -> None:
    story = _read(
        "FanFiktion.de\n"
        "Fanfiction > Bücher > Der Schimmelreiter\n"
        "Der Deich\n"
        "von Marschkind\n"
        "GeschichteDrama / P12 / Gen\n"
        "Hauke Haien Elke Volkerts\n"
        "07.03.2019\n"
        "Kurzbeschreibung\n"
        "Hauke misst den Deich, und Elke zählt mit.\n\n"
        "Disclaimer: Die Figuren gehören Theodor Storm.\n\n"
        "Der Wind kam von Westen.\n"
    )
    assert story.metadata.summary == "Hauke misst den Deich, und Elke zählt mit."
    assert story.metadata.rating == "P12"
    assert story.metadata.published == "2019-03-07"
    assert plain(story.chapters[0].blocks) == "Der Wind kam von Westen."


def test_title_and_by_lines_quoted_once_make_no_part_title() -> None:
    story = _read(
        "Harbour Lights\nby gullwing\n\n"
        "She found the old programme in a drawer:\n"
        "The Tempest\nAn Island Romance\nby William Shakespeare\n\n"
        "She put it back.\n"
    )
    assert [chapter.title for chapter in story.chapters] == [None]
    assert "An Island Romance" in plain(story.chapters[0].blocks)
