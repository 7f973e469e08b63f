"""Words of an author talking to readers in languages other than English.

notes.py knows the English words ("thanks to my beta", "all mistakes are mine") and the
loanwords every fandom uses ("fic", "review", "fandom"). A note written in Spanish,
Portuguese, Italian, French, German or Dutch thanks its beta reader and owns its mistakes
in its own words: "Gracias a Ana por revisarlo. Los errores que quedan son míos."
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# Rule ``foreign-mistakes-mine``: the author owns the mistakes left ("cualquier error que
# quede es mío", "os erros são meus", "gli errori sono miei", "les fautes sont les miennes",
# "alle Fehler gehören mir", "de fouten zijn van mij"). A story's narrator rarely says it,
# and never in these words about the text itself.
_MISTAKES_MINE = lazy(
    r"\b(?:errore?s?|erros?|errori|erreurs?|fautes?|fehler|fouten)\b[^.!?\n]{0,30}?"
    r"\b(?:es|son|é|são|è|sono|est|sont|ist|sind|gehören|gehört|zijn|is)\s+"
    r"(?:(?:todos|todas|todo|tutti|toutes|tous|alle|allemaal)\s+)?(?:les\s+|van\s+)?"
    r"(?:m[ií]os?|m[ií]as?|meus?|minhas?|mio|miei|mie|mienn?e?s|mir|meine?|mij)\b",
    re.IGNORECASE,
)
# Rule ``foreign-thanks-for``: thanks to someone named for reading or correcting the text
# ("Gracias a Ana por revisarlo", "Obrigada à Ana por revisar", "Grazie a Giulia per",
# "Merci à Léa pour", "Danke an Mia für", "Bedankt aan Sanne voor"). A name follows, so the
# Spanish and Portuguese "gracias a la lluvia" (because of the rain) is not one, and "God"
# is left out: "Gracias a Dios por…" is a character's sigh. Only the thanks word ignores
# case: the name must keep its capital.
_THANKS_FOR = lazy(
    r"\b(?i:gracias|obrigad[ao]s?|grazie|merci|danke|bedankt)\s+(?:a|à|ao|an|aan)\s+"
    r"(?!Dios\b|Deus\b|Dio\b|Dieu\b|Gott\b|God\b)[A-ZÀ-Ý][\w.-]*(?:\s+[A-ZÀ-Ý][\w.-]*)?,?\s+"
    r"(?:por|per|pour|für|voor)\b"
)
# Rule ``foreign-enjoy-reading``: the wish an author sends readers off into the text with,
# the "Enjoy!" of other languages: "Boa leitura!", "Buona lettura!", "¡Buena lectura!",
# "Bonne lecture !", "Viel Spaß beim Lesen!", "Veel leesplezier!", "Miłej lektury!",
# "Selamat membaca!", "Приятного чтения!". Only the set phrase ending its sentence: a
# character who speaks of reading uses the words inside a sentence ("a boa leitura de um
# livro"), never as a wish of its own.
_ENJOY_READING = lazy(
    r"(?:^|[.!?…]\s+)¡?\s*(?:buena\s+lectura|bonne\s+lecture|boa\s+leitura|buona\s+lettura"
    r"|viel\s+spa(?:ß|ss)\s+beim\s+lesen|veel\s+leesplezier|mi[łl]ej\s+lektury"
    r"|selamat\s+membaca|приятного\s+чтения)"
    r"(?:,?\s+(?:a\s+tod[oa]s|a\s+tutti|à\s+tous|pessoal|gente|ragazzi|chicos))?\s*[!.…]*\s*$",
    re.IGNORECASE,
)
# Literal stems one of which every cue holds, tested before either pattern runs.
_STEMS = ("err", "faut", "fehler", "fout", "gracias", "obrigad", "grazie", "merci", "dank")
# The same for the wish to enjoy the read.
_READING_STEMS = "leitura lettura lectur lesen leesplezier lektur membaca чтени".split()


def foreign_note_cue(text: str) -> bool:
    """Whether a paragraph owns its mistakes, thanks a helper or wishes readers a good read
    in another language."""
    lowered = text.lower()
    if any(stem in lowered for stem in _READING_STEMS) and _ENJOY_READING.search(text):
        return True
    if not any(stem in lowered for stem in _STEMS):
        return False
    return bool(_MISTAKES_MINE.search(text) or _THANKS_FOR.search(text))
