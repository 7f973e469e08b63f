"""Tell classic Mac OS Roman bytes from Windows-1252/Latin-1 ones.

Both encodings share ASCII and differ above 0x7F. A Mac file read as cp1252 turns its curly
quotes into capital letters in odd places ("ÒCount?Ó", "doesnÕt"), its bullets into yen signs
and its "é" into a capital "Ž" inside a word; a Windows file read as Mac Roman shows the same
kind of damage the other way ("saidÖ", "ìHello"). So each reading is scored by how many of its
non-ASCII characters sit where no writer would put them, and the cleaner one wins.
"""

from __future__ import annotations

import unicodedata

from fic2epub.lazy_re import lazy

# Symbols that stories really use; any other symbol from the upper half (¥ ‡ ˆ ∞ ≠ ◊ ¬) is
# far more likely a misread quote, bullet or accented letter.
_PLAIN_SYMBOLS = frozenset("£€¢$©®°™§¶×÷±µ")
# Punctuation that a closing quote follows and a word never does ("?Ó" for ?”); a hyphen or
# an opening bracket may well precede a capital ("Champs-Élysées").
_CLOSING_PUNCTUATION = frozenset(".,;:!?")
_UPPER_HALF = lazy("[^\x00-\x7f]")


def is_mac_roman(data: bytes) -> bool:
    """True when ``data`` (not UTF-8) reads better as Mac OS Roman than as Windows-1252.

    Bare CR line endings (classic Mac OS) settle a tie: a SimpleText file with no tell-tale
    bytes reads the same either way except for its accented letters.
    """
    if data.isascii():
        return False
    mac = _oddities(data.decode("mac_roman"))
    windows = _oddities(data.decode("cp1252", errors="replace"))
    if mac != windows:
        return mac < windows
    return bare_cr(data)


def mac_reads_cleaner(data: bytes, reading: str) -> bool:
    """Rule ``mac-roman-over-central-european``: ``data`` reads cleaner as Mac OS Roman than
    as another code page's ``reading`` (a detector's Windows-1250 guess, say).

    A Mac file's curly quotes and accented letters land on Windows-1250's capitals ("ŇThat,Ó"
    for “That,”, "DegarŽ" for Degaré), which are real Czech and Slovak letters, so the
    Central European guess passes its letter count; their places in the words give it away.
    """
    if data.isascii():
        return False
    return _oddities(data.decode("mac_roman")) < _oddities(reading)


def bare_cr(data: bytes) -> bool:
    """Lines end in CR alone, as classic Mac OS saved them (not CRLF, not LF)."""
    bare = data.count(b"\r") - data.count(b"\r\n")
    return bare > 0 and bare > data.count(b"\n")


def _oddities(text: str) -> int:
    """How many non-ASCII characters of ``text`` sit where a misread byte would put them."""
    count = 0
    for found in _UPPER_HALF.finditer(text):  # only these differ between the two readings
        index, char = found.start(), found.group()
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        if _odd(char, before, after) and not _break_glyph(text, index, char):
            count += 1
    return count


def _break_glyph(text: str, index: int, char: str) -> bool:
    """The symbol at ``index`` is one of a line made of that symbol alone ("¤ ¤ ¤", "§§§").

    A scene-break line reads as a break in either encoding (Windows "¤ ¤ ¤" is Mac "§ § §"),
    so it cannot tell them apart and must not vote; the words around it decide.
    """
    if unicodedata.category(char)[0] != "S":
        return False
    start = max(text.rfind("\n", 0, index), text.rfind("\r", 0, index)) + 1
    ends = [end for end in (text.find("\n", index), text.find("\r", index)) if end >= 0]
    line = text[start : min(ends) if ends else len(text)]
    return line.count(char) > 1 and not line.replace(char, "").strip()


def _odd(char: str, before: str, after: str) -> bool:
    """One upper-half character is out of place between ``before`` and ``after``."""
    category = unicodedata.category(char)
    if char == "\ufffd" or category[0] == "C":
        return True  # a byte the encoding leaves undefined, or a control character
    if category[0] == "S":
        return char not in _PLAIN_SYMBOLS
    if category == "Lu":
        # A capital inside a word ("doesnÕt", "cafŽ") or straight after punctuation ("?Ó").
        return before.islower() or before in _CLOSING_PUNCTUATION
    if category == "Ll":
        # A small letter stuck to the front of a capitalised word ("ìHello" for “Hello).
        return after.isupper() and after.isascii()
    return False


def odd_upper_half(run: str, before: str, after: str) -> bool:
    """Some character of ``run`` (upper-half characters between ``before`` and ``after``)
    sits where a misread byte would put it; shared with the CJK guess check (cjk_guess)."""
    padded = before + run + after
    return any(_odd(padded[i], padded[i - 1], padded[i + 1]) for i in range(1, len(run) + 1))
