"""Dates written out in the languages of fan fiction blogs and sites outside English.

Blog software prints a post's date in the blog's language: "21 kwietnia 2017" (Polish, the
month in the genitive), "3 de marzo de 2019", "12. März 2014", "5 maart 2020". The English
reader (:func:`fields.read_date`) knows English month names only.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# Month names, lower case, each language's list in calendar order: Spanish, Portuguese,
# French, German, Italian, Dutch, Polish (genitive, as dates write it), Indonesian, Catalan,
# Czech (genitive), Romanian and Turkish.
_MONTH_LISTS = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "januari februari maart april mei juni juli augustus september oktober november december",
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada"
    " grudnia",
    "januari februari maret april mei juni juli agustus september oktober november desember",
    "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "ledna února března dubna května června července srpna září října listopadu prosince",
    "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie"
    " decembrie",
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
)
_MONTHS: dict[str, int] = {
    name: number for names in _MONTH_LISTS for number, name in enumerate(names.split(), start=1)
}
_MONTHS["setiembre"] = 9

# "21 kwietnia 2017", "3 de marzo de 2019", "12. März 2014", "1er janvier 2020", maybe
# with a time after it ("o 22:05", "às 14:10", "um 9:12", "alle 9:12", Catalan "a les 9:12",
# Czech "v 18:40"); Catalan elides "de" before a vowel ("3 d’abril de 2016").
_DATE = lazy(
    r"(?P<d>\d{1,2})(?:\.|er)?\s+(?:de\s+|d['’])?(?P<m>[^\W\d_]{3,12})\.?,?\s+(?:de\s+)?"
    r"(?P<y>(?:19|20)\d\d)(?:\s*,?\s*(?:o|às|as|um|alle|à|a\s+las|a\s+les|v|pukul|om)?\s*"
    r"\d{1,2}[:.]\d{2})?",
    re.IGNORECASE,
)


def foreign_date(text: str) -> str | None:
    """Rule ``foreign-date``: the ISO date of "21 kwietnia 2017" (a day, a month named in one
    of the languages above and a year, nothing more but a time), else None."""
    if len(text) > 45 or not text[:1].isdigit():
        return None
    found = _DATE.fullmatch(text.strip())
    if found is None:
        return None
    month = _MONTHS.get(found.group("m").lower())
    day, year = int(found.group("d")), int(found.group("y"))
    if month is None or not 1 <= day <= 31:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


# Rule ``dotted-date``: a date written day first with full stops, as German, Russian and
# Polish sites print it: "01.11.2016", maybe with a time ("01.11.2016 21:04") or a second
# date after a dash, the last update ("01.11.2016 - 03.12.2016").
_DOTTED = lazy(
    r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?:,?\s+\d{1,2}:\d{2})?"
    r"(?:\s*[-–—]\s*\d{1,2}\.\d{1,2}\.(?:19|20)\d\d(?:,?\s+\d{1,2}:\d{2})?)?"
)


def dotted_date(text: str) -> str | None:
    """The ISO date of a line holding nothing but "01.11.2016" (see the rule above), the
    first date when there are two, else None."""
    if len(text) > 45 or not text[:1].isdigit():
        return None
    found = _DOTTED.fullmatch(text.strip())
    if found is None:
        return None
    day, month, year = int(found.group("d")), int(found.group("m")), int(found.group("y"))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
