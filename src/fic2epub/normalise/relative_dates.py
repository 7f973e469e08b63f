"""How long ago a site says something was posted: "Published 4 years ago", "Publié il y a
4 ans", "Actualizado hace 2 meses", "vor 3 Tagen aktualisiert".

Sites print such a line under each entry of a story's chapter list in place of a date; on
a line of its own it is the list's, never a line of the story.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# The verb a site may put before (or, in German, after) the time: published, updated,
# posted, in the languages fan fiction is posted in.
_VERB = (
    r"(?:published|updated|posted|added|publi[ée]e?s?|mis\s+[àa]\s+jour|ajout[ée]e?s?"
    r"|publicad[oa]s?|actualizad[oa]s?|atualizad[oa]s?|pubblicat[oa]|aggiornat[oa]"
    r"|ver[öo]ffentlicht|aktualisiert)"
)
_UNITS = (
    r"(?:secondes?|seconds?|minutes?|heures?|hours?|jours?|days?|semaines?|weeks?|mois"
    r"|months?|ans|années?|years?|an"
    r"|segundos?|minutos?|horas?|d[íi]as?|semanas?|meses|mes|años?|anos?"
    r"|secondi|minuti|ore|giorni|settimane|mesi|anni|anno|mese|giorno|ora"
    r"|sekunden|minuten|stunden|tagen|wochen|monaten|jahren|tag|woche|monat|jahr)"
)
_AMOUNT = r"(?:\d{1,4}|an?|one|un|une|uno|una|um|uma|einem|einer)"
# Rule ``relative-date-line``: the verb (optional) and the time ago: English "4 years ago",
# French "il y a 4 ans", Spanish "hace 4 años", Portuguese "há 4 anos", Italian "4 anni
# fa", German "vor 4 Jahren".
_RELATIVE = lazy(
    rf"(?:{_VERB}\s*:?\s+)?"
    rf"(?:{_AMOUNT}\s+{_UNITS}\s+(?:ago|fa)|(?:il\s+y\s+a|hace|h[áa]|vor)\s+{_AMOUNT}\s+{_UNITS})"
    rf"(?:\s+{_VERB})?\.?",
    re.IGNORECASE,
)


def relative_date_line(text: str) -> bool:
    """Whether a whole line says only how long ago something was posted or updated."""
    line = text.strip()
    return len(line) <= 60 and _RELATIVE.fullmatch(line) is not None
