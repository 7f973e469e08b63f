"""Rule ``central-european-8bit``: Czech, Polish, Romanian... text in Windows-1250 or ISO-8859-2.

Both code pages put the letters of Central European languages (ř ě č ů ş ţ ă ł ő) on bytes
that Windows-1252 gives to Western letters and symbols, so a Czech blog post read as cp1252
comes out as "Koøeny" and "ještì", and a Romanian one as "Mioriþa" and "prozã". A detector
tells the two apart by the words; it is trusted only when it hears a language written in
these code pages and its reading holds several letters that cp1252 has not, so a
Western story with a few accents keeps its cp1252 reading.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from fic2epub.lazy_re import lazy

if TYPE_CHECKING:
    from charset_normalizer.models import CharsetMatches

# The names the detector gives the two code pages (and the Mac's Central European one).
_CENTRAL_CODE_PAGES = frozenset({"cp1250", "iso8859_2", "mac_latin2"})
# Languages written in them; the detector names the language it found the words of.
_CENTRAL_LANGUAGES = frozenset(
    {
        "Czech",
        "Slovak",
        "Polish",
        "Hungarian",
        "Romanian",
        "Croatian",
        "Slovene",
        "Serbian",
        "Bosnian",
    }
)
# Letters of these languages that Windows-1252 has not: their bytes are what it misreads.
_CENTRAL_LETTERS = frozenset("ěščřžťďňůĚŠČŘŽŤĎŇŮąęłńśźżĄĘŁŃŚŹŻőűŐŰăşţșțĂŞŢȘȚĺľŕĹĽŔćđĆĐ")
_CENTRAL_LETTER = lazy(f"[{''.join(sorted(_CENTRAL_LETTERS))}]")
# Enough of them that a chance guess on a few accented names cannot pass.
_MIN_LETTERS = 5


def central_european_reading(matches: CharsetMatches) -> str | None:
    """The detector's Central European reading, when one is worth trusting.

    Its first choice is trusted when it names a Central European language among the three
    it hears most (short Czech passes for Spanish by its word counts). The detector may rank
    a Nordic or Baltic code page first when a Central European one reads as cleanly (Polish
    fits ISO-8859-10 as well by its measure): such a tied reading is taken only when the
    language it hears first is Central European, as an Italian story's few accents read as
    cleanly in cp1250 as in cp1252, with Croatian third.
    """
    best = matches.best()
    if best is None:
        return None
    for match in matches:
        if match.chaos > best.chaos or match.encoding not in _CENTRAL_CODE_PAGES:
            continue
        heard = match.languages[:3] if match is best else match.languages[:1]
        if _CENTRAL_LANGUAGES.intersection(heard) and _has_letters(str(match)):
            return str(match)
    return None


def _has_letters(reading: str) -> bool:
    """Whether ``reading`` holds enough of the letters cp1252 has not."""
    # A pattern's scan, not a loop over every character of a whole file in Python.
    found = _CENTRAL_LETTER.finditer(reading)
    return sum(1 for _ in itertools.islice(found, _MIN_LETTERS)) >= _MIN_LETTERS
