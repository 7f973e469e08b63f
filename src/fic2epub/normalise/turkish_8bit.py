"""Rule ``turkish-8bit``: Turkish text in Windows-1254 (or ISO-8859-9) is not read as cp1252.

The two code pages differ only in six letters: Turkish puts ı İ ş Ş ğ Ğ on the bytes where
Windows-1252 has ý Ý þ Þ ð Ð, so a story saved by Notepad on Turkish Windows and read as
cp1252 comes out as "yýrtýk perde" and "teþekkürler". Detectors hear such short Turkish
as Dutch or Swedish, so the choice is made by the letters: the cp1254 reading must hold
several of the six, dotless ı among them (the commonest Turkish letter), and few of the
accents Turkish does not write (á é í ó ú æ ø è ì) that Icelandic, Faroese and Czech, whose
ý þ ð sit on the same bytes, write far more often than those.
"""

from __future__ import annotations

import itertools

from fic2epub.lazy_re import lazy

# Bytes the six letters sit on: a cp1252 reading has none of them unless one is there.
_TURKISH_BYTES = (b"\xd0", b"\xdd", b"\xde", b"\xf0", b"\xfd", b"\xfe")
_TURKISH_LETTER = lazy("[ıİşŞğĞ]")
_DOTLESS_I = "ı"
# Accents of the languages whose own letters share the six bytes, and which Turkish lacks.
_OTHER_ACCENT = lazy("[áéíóúæøèìåÁÉÍÓÚÆØÈÌÅ]")
# Enough letters that a few accented names cannot pass, and a dotless ı among them.
_MIN_LETTERS = 5
_MIN_DOTLESS = 2
# At most one foreign accent for this many Turkish letters.
_ACCENT_RATIO = 4
# Counting stops here: a long story's first few hundred letters settle it.
_ENOUGH = 400


def turkish_reading(data: bytes) -> str | None:
    """The cp1254 reading of ``data`` when its letters are Turkish, else None."""
    if not any(byte in data for byte in _TURKISH_BYTES):
        return None
    try:
        reading = data.decode("cp1254")
    except UnicodeDecodeError:
        # A byte cp1254 leaves undefined (cp1252's ž at 0x9E): not a Turkish file.
        return None
    letters = [
        found.group() for found in itertools.islice(_TURKISH_LETTER.finditer(reading), _ENOUGH)
    ]
    if len(letters) < _MIN_LETTERS or letters.count(_DOTLESS_I) < _MIN_DOTLESS:
        return None
    accents = sum(1 for _ in itertools.islice(_OTHER_ACCENT.finditer(reading), _ENOUGH))
    if accents * _ACCENT_RATIO > len(letters):
        return None
    return reading
