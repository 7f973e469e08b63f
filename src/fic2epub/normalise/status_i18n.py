"""A story's status in the words of sites in other languages: finished or still running.

Rule ``foreign-status-word``: a status field's value in the site's own language ("Статус:
завершён", "Capitoli: 2 - Completa", "Estado: En curso") says the same as "Complete" or "In
progress", and reads as it, as an English site's "Completed" does. Only the whole value (a
chip's brackets and a full stop aside), so a status the site words otherwise ("заморожен",
frozen; "Pausiert") stays as written.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy

# The words sites use for a finished story, lower case.
_COMPLETE_WORDS = frozenset(
    # Spanish and Portuguese (FanFiction.Net's own interfaces, Spirit, Nyah, Wattpad).
    "completa|completo|completada|completado|terminada|terminado|finalizada|finalizado"
    "|concluída|concluído|concluida|concluido"
    # Italian (EFP), French, German (Fanfiktion.de), Dutch.
    "|completata|completato|conclusa|concluso|terminata|terminato"
    "|terminé|terminée|complète|complet|achevé|achevée|finie|fini"
    "|abgeschlossen|beendet|fertig|vollständig|komplett|voltooid|compleet|afgerond"
    # Russian and Ukrainian (Ficbook), Polish, Turkish, Indonesian, Vietnamese.
    "|завершён|завершен|завершено|закончен|закончено|окончен|завершений"
    "|закінчено|закінчений"
    "|zakończone|zakończony|zakończona|ukończone|ukończony|ukończona"
    "|tamamlandı|tamamlandi|selesai|tamat|lengkap|hoàn thành|đã hoàn thành"
    # Chinese, Japanese and Korean serial sites.
    "|完结|已完结|完結|已完結|完成|已完成|完結済み|完結済|완결".split("|")
)
# The words for a story still being written.
_RUNNING_WORDS = frozenset(
    "en curso|en progreso|en proceso|em andamento|em progresso|em curso|in corso"
    "|in lavorazione|en cours|in arbeit|in bearbeitung|fortlaufend|unvollständig|lopend"
    "|в процессе|в работе|не закончен|триває|w trakcie|w toku|niezakończone"
    "|devam ediyor|berlanjut|bersambung|đang tiến hành|đang ra|chưa hoàn thành"
    "|连载中|连载|連載中|連載|연재중|연재 중".split("|")
)


def foreign_status(value: str) -> str | None:
    """ "Complete" or "In progress" for a status value in another language, else None."""
    word = value.strip().strip(" []()*_.!").casefold()
    if word in _COMPLETE_WORDS:
        return "Complete"
    if word in _RUNNING_WORDS:
        return "In progress"
    return None


# The first cell of a line whose cells wide or ideographic spaces set apart.
_FIRST_CELL = lazy(r"[\u3000]|\s{2,}")


def status_word_line(text: str) -> str | None:
    """Rule ``status-word-line``: a story page's status chip alone on its line in the site's
    language ("Đã hoàn thành" under a Wattpad app's counts), or as the first cell of a
    count line ("完結済　全2話", Kakuyomu): "Complete" or "In progress", else None. The
    header asks only under the title or byline; a sentence is never a status word."""
    if len(text) > 80:
        return None
    return foreign_status(_FIRST_CELL.split(text.strip(), maxsplit=1)[0])
