"""Story pages in other languages, second round: FanFiction.Net's Spanish comma line,
Wattpad's Indonesian status, a Swedish byline, diary.ru's comments, Spirit's table, EFP's
sections and AO3 with its interface in French."""

from __future__ import annotations

from fic2epub.model import Chapter, EndMarker, Story
from fic2epub.normalise.ao3_interface_i18n import is_chapter_text_marker, points_to_chapter_end
from fic2epub.normalise.ao3_pointers import is_pointer_line
from fic2epub.normalise.breadcrumbs import breadcrumb_fandom
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.field_lines import field_line
from fic2epub.normalise.fields import field_for, split_list
from fic2epub.normalise.foreign_header import foreign_byline
from fic2epub.normalise.patterns import POINTER_RE
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import plain


def _read(text: str) -> Story:
    return read_text(text.encode(), ReadOptions(), "story.txt")


def _end_marker(chapter: Chapter) -> str | None:
    return next((b.text for b in chapter.blocks if isinstance(b, EndMarker)), None)


def test_ffn_spanish_comma_info_line() -> None:
    story = _read(
        "FanFiction\nBooks » La Gaviota\nEl faro\nBy: pluma_gris\n"
        "Una noche de tormenta en la costa.\n"
        "Clasificación: K+, Español, Drama, palabras: 2k+, favs: 4, publicado: mar 9, 2020,"
        " Completo\n\n"
        "Capítulo uno\n\nEl farero subió la escalera contando los peldaños.\n\n"
        "Capítulo dos\n\nAbajo, el mar seguía golpeando las rocas.\n"
    )
    meta = story.metadata
    assert (meta.rating, meta.status, meta.language) == ("K+", "Complete", "es")
    assert meta.published == "2020-03-09"
    # The date's comma before its year parts no item: "2020" is nobody's name.
    assert "2020" not in meta.characters


def test_bare_status_lengkap_and_nordic_labels() -> None:
    assert field_line("Lengkap") == ("Status", "Lengkap")
    # Indonesian end marks are no status line.
    assert field_line("Tamat") is None
    assert foreign_byline("av Nyponros") == "Nyponros"
    assert foreign_byline("af Hyldeblomst") == "Hyldeblomst"
    assert field_for("Sammanfattning") == "summary"
    assert field_for("Краткое содержание") == "summary"
    assert field_for("Auteurs") == "authors"
    assert field_for("Statistiques") == "stats"


def test_writer_comma_work_is_one_fandom() -> None:
    assert split_list("А. С. Грибоедов, «Горе от ума»", titles=True) == (
        "А. С. Грибоедов, «Горе от ума»",
    )
    assert split_list("T. Hood, “The Bridge of Sighs”", titles=True) == (
        "T. Hood, “The Bridge of Sighs”",
    )
    # Two plain titles, or a writer named by no initial, still split.
    assert split_list("Emma, Persuasion", titles=True) == ("Emma", "Persuasion")
    assert split_list("Hood, «Bridge»", titles=True) == ("Hood", "«Bridge»")


def test_diary_topic_line_and_comments_under_post() -> None:
    story = _read(
        "Сад камней\n\n"
        "Название: Ночной сторож\nАвтор: Сорока\nРейтинг: PG\n"
        "Краткое содержание: Сторож музея слышит шаги.\n"
        "читать дальше\n"
        "Шаги раздавались ровно в три часа ночи.\n\n"
        "— Кто здесь? — спросил сторож.\n\n"
        "Конец\n\n"
        "URL записи\nТема: фики, зима\nкомментировать (2)\n"
        "Галка 03.03.2014 в 10:15\nОчень страшно, спасибо!\n"
        "Сорока 03.03.2014 в 11:02\n@Галка, рада, что понравилось.\n"
    )
    assert story.metadata.summary is not None
    assert story.metadata.summary.startswith("Сторож музея")
    chapter = story.chapters[-1]
    assert _end_marker(chapter) == "Конец"
    text = plain(chapter.blocks)
    assert text.endswith("спросил сторож.")
    assert "Галка" not in text and "URL записи" not in text


def test_spirit_table_status_answer_and_notice_disclaimer() -> None:
    story = _read(
        "Spirit Fanfics e Histórias\nInício\nHistórias\nEntrar\nCadastrar\n"
        "História A ilha - Capítulo 1\nEscrita por vento_sul\n"
        "Postado 03/04/2021 às 10:00\nIdioma Português\n"
        "Visualizações 120\nCurtidas 14\nComentários 3\nPalavras 900\n"
        "Terminada Sim\nCategorias Iracema\nPersonagens Iracema, Martim\n"
        "Sinopse:\nA jovem guarda o segredo da jurema.\n"
        "Aviso: Iracema é um romance de José de Alencar. Nenhum personagem é meu.\n"
        "Capítulo 1 - A praia\n\n"
        "A areia estava quente quando ela desceu até o rio.\n\n"
        "Capítulo 2 - O rio\n\nMartim não voltou naquela noite.\n"
    )
    meta = story.metadata
    assert meta.status == "Complete"
    assert meta.fandoms == ("Iracema",)
    assert meta.disclaimer is not None and meta.disclaimer.startswith("Iracema é um romance")
    assert meta.warnings == ()


def test_notice_that_warns_stays_a_warning() -> None:
    story = _read(
        "Título: A ilha\nAutor: vento_sul\nAviso: violência e linguagem imprópria.\n\n"
        "Capítulo 1\n\nA areia estava quente.\n\nCapítulo 2\n\nMartim não voltou.\n"
    )
    assert story.metadata.disclaimer is None
    assert story.metadata.warnings == ("violência e linguagem imprópria.",)


def test_efp_section_trail_names_the_fandom() -> None:
    assert breadcrumb_fandom("Teatro e Musical > Il ventaglio") == "Il ventaglio"
    assert breadcrumb_fandom("Anime e Manga > Candy Candy") == "Candy Candy"
    assert breadcrumb_fandom("Cucina > Torte") is None


def test_ao3_french_interface_landmarks() -> None:
    assert is_pointer_line("(Voir la fin de l’œuvre pour plus de notes.)")
    assert POINTER_RE.fullmatch("(Voir la fin du chapitre pour plus de notes.)")
    assert points_to_chapter_end("(Voir la fin du chapitre pour plus de notes.)")
    assert is_chapter_text_marker("Texte du chapitre")
    assert is_site_chrome("Texte du chapitre")
    assert not is_chapter_text_marker("Le texte du chapitre était long.")


def test_ao3_french_work_page() -> None:
    story = _read(
        "Archive of Our Own bêta\nParcourir\nRechercher\nSe connecter\n"
        "Œuvre entière\nChapitre suivant →\nKudos ♥\nCommentaires\nMarque-page\nPartager\n"
        "Fandom :\nLes Fables - La Fontaine\nLangue :\nFrançais\n"
        "Statistiques :\nPublié le :2021-05-01Terminé le :2021-05-08Mots :600Chapitres :2/2\n"
        "Le héron pressé\nplume_de_heron\n"
        "Résumé :\nLe héron a faim, mais il fait le difficile.\n"
        "Notes :\nUne petite variation sur la fable.\n"
        "(Voir la fin de l’œuvre pour plus de notes.)\n"
        "Chapitre 1 : La rivière\nTexte du chapitre\n"
        "Le héron marchait au bord de l’eau sans se presser.\n\n"
        "Chapitre 2 : Le soir\nTexte du chapitre\n"
        "Le soir venu, il n’y avait plus qu’un limaçon.\n\n"
        "Notes :\nMerci d’avoir lu cette variation !\n"
        "Actions\n↑ Haut de page\nKudos ♥\nCommentaires (2)\n"
        "lecteur_un et lectrice_deux ont laissé des kudos à cette œuvre !\n"
        "Archive of Our Own\nConditions d’utilisation\n"
    )
    meta = story.metadata
    assert (meta.title, meta.authors) == ("Le héron pressé", ("plume_de_heron",))
    assert meta.status == "Complete"
    first, second = story.chapters
    assert plain(first.blocks).startswith("Le héron marchait")
    assert plain(second.blocks).startswith("Le soir venu")
    assert not second.notes_after
    assert [note.label for note in story.back_notes] == ["Notes"]
    assert "kudos" not in plain(story.back_notes[0].blocks)
