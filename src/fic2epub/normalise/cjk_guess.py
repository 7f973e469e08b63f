"""Tell a Latin-1/Windows-1252 text with a few accents from a double-byte CJK one.

Shift-JIS, GBK, Big5 and EUC-KR take a byte from the upper half followed by almost any byte
from 0x40 up, ASCII letters included. So an English page with "Télémaque" in Latin-1 (E9 6C
E9 6D) is also valid Big5, and a detector that sees only four high bytes may well call it
Chinese: "T幨幦aque". The Latin reading of such a text is plain: a few accented letters inside
ordinary words. The Latin reading of real CJK text is not: runs of symbols, capitals inside
words, and far more of the upper half than a few names would use.
"""

from __future__ import annotations

import contextlib
import unicodedata

from fic2epub.lazy_re import lazy
from fic2epub.normalise.macroman import bare_cr, is_mac_roman, odd_upper_half

# Detector names of the double-byte East Asian encodings (ISO-2022 is 7-bit, never guessed
# for bytes with the high bit set, and single-byte Cyrillic or Greek have their own tests).
_DOUBLE_BYTE = ("shift_jis", "cp932", "euc", "gb", "big5", "johab", "cp949", "hz")
_UPPER_HALF_RUN = lazy("[^\x00-\x7f]+")
# A few names and loan words, not a text in another script: at most one character in ten.
_MOST_NON_ASCII = 0.1


def is_double_byte(encoding: str) -> bool:
    """``encoding`` (a detector's lower-case name) is a double-byte CJK encoding."""
    return any(name in encoding for name in _DOUBLE_BYTE)


def western_reading(data: bytes, reading: str) -> str | None:
    """The Western reading of ``data`` when a double-byte CJK ``reading`` of it garbles a
    Western text, else None: a classic Mac file's Mac OS Roman first (its accents read as
    Windows-1252 letters too, "LŸtzen"), then Windows-1252 with accents inside words, then
    Mac OS Roman, then Windows-1252 where the CJK reading's characters stand one by one."""
    mac = mac_roman_reading(data)
    if mac is not None and bare_cr(data):
        return mac
    if (latin := latin_reading(data) or mac) is not None:
        return latin
    if scattered_reading(reading):
        with contextlib.suppress(UnicodeDecodeError):
            return data.decode("cp1252")
    return None


def latin_reading(data: bytes) -> str | None:
    """Rule ``latin-over-cjk-guess``: the Windows-1252 reading of ``data`` when it is plain
    Western text that a CJK guess would garble, else None.

    Plain means: mostly ASCII; no upper-half character out of place (a stray symbol, a
    capital inside a word, a control byte); no run of three upper-half characters holding
    anything but letters; and at least one accented letter inside an ASCII word ("Hélène"),
    which is exactly what a double-byte reading swallows as lead and trail byte.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None  # bytes cp1252 leaves undefined: not a Western file
    runs = list(_UPPER_HALF_RUN.finditer(text))
    if sum(len(run.group()) for run in runs) > _MOST_NON_ASCII * len(text):
        return None
    inside_word = False
    for run in runs:
        chars, start, end = run.group(), run.start(), run.end()
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if len(chars) > 2 and not chars.isalpha():
            return None  # "“ú–" is how two kanji read, not how accents or quotes sit
        if odd_upper_half(chars, before, after):
            return None
        if _ascii_letter(before) and _ascii_letter(after) and chars.isalpha():
            inside_word = inside_word or _latin(chars)
    return text if inside_word else None


def scattered_reading(text: str) -> bool:
    """Rule ``scattered-cjk-guess``: a double-byte reading that is mostly ASCII and whose
    other characters stand one by one (or are halfwidth katakana) is a Windows-1252 text
    whose few symbols and dashes a detector took for Japanese or Chinese.

    Japanese and Chinese prose is written in runs of such characters. A Western text's
    symbols come out of a Shift-JIS reading one at a time: a lone byte from A1 to DF as a
    halfwidth katakana ("§" as "ｧ", "»" as "ｻ"), a byte and the ASCII character after it as
    one kanji ("–]" as "望").
    """
    upper = [i for i, char in enumerate(text) if char >= "\x80"]
    if not upper or len(upper) > _MOST_NON_ASCII * len(text):
        return False
    return all(
        "\uff61" <= text[i] <= "\uff9f"
        or ((i == 0 or text[i - 1] < "\x80") and (i + 1 == len(text) or text[i + 1] < "\x80"))
        for i in upper
    )


def mac_roman_reading(data: bytes) -> str | None:
    """Rule ``mac-roman-over-cjk-guess``: the Mac OS Roman reading of ``data`` when it is
    plain Western text that a Shift-JIS guess would garble, else None.

    TextEdit's "Western (Mac OS Roman)" puts curly quotes at 0xD2-0xD5, which Shift-JIS
    reads as lone half-width katakana ("ﾒIt is clean,ﾓ"), so a detector may call an English
    story Japanese. Plain means: mostly ASCII (a Japanese text is not), no upper-half
    character of the Mac reading out of place, and Mac Roman reads cleaner than cp1252
    (see macroman), which needs at least one tell-tale quote or letter.
    """
    text = data.decode("mac_roman")
    runs = list(_UPPER_HALF_RUN.finditer(text))
    if not runs or sum(len(run.group()) for run in runs) > _MOST_NON_ASCII * len(text):
        return None
    for run in runs:
        start, end = run.start(), run.end()
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if odd_upper_half(run.group(), before, after):
            return None
    return text if is_mac_roman(data) else None


def _ascii_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _latin(chars: str) -> bool:
    """Every character is a Latin letter (cp1252 has no other, but "ª" and "µ" are not)."""
    return all(unicodedata.name(char, "").startswith("LATIN") for char in chars)
