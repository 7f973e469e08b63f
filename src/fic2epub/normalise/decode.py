"""Pass ``decode``: story bytes -> clean Unicode text with ``\\n`` line endings."""

from __future__ import annotations

import codecs
import re

from fic2epub.errors import InputError
from fic2epub.lazy_re import lazy
from fic2epub.normalise.central_european import central_european_reading
from fic2epub.normalise.cjk_guess import is_double_byte, western_reading
from fic2epub.normalise.dos_text import is_cp437, letters_read_as_cp437
from fic2epub.normalise.folio_heads import folio_running_heads
from fic2epub.normalise.macroman import is_mac_roman, mac_reads_cleaner
from fic2epub.normalise.pages import form_feed_splits
from fic2epub.normalise.pdf_columns import advertisement_boxes, layout_columns
from fic2epub.normalise.pdf_foot_pairs import page_foot_pairs
from fic2epub.normalise.pdf_pages import page_edge_furniture
from fic2epub.normalise.print_edges import browser_print_edges
from fic2epub.normalise.running_heads import page_running_heads
from fic2epub.normalise.tab_table import label_tab_table, page_number_tabs, tab_list_values
from fic2epub.normalise.turkish_8bit import turkish_reading

# Signatures of files people save with a .txt name by mistake; naming the kind helps them.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF file (WebP image or audio)"),
    (b"PK\x03\x04", "a zip archive (EPUB, DOCX or ZIP)"),
    (b"%PDF", "a PDF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Characters XML 1.0 forbids (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF), plus
# DEL and the C1 controls, which no story means to contain.
_ILLEGAL_CHARS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff"
_ILLEGAL = lazy(f"[{_ILLEGAL_CHARS}]")
# Invisible characters that break words and matching. ZWJ/ZWNJ are kept: emoji sequences and
# Persian and Indic scripts need them.
_INVISIBLE_CHARS = "\u200b\u2060\ufeff\u00ad"
_SPACE_CHARS = "\u00a0\u2000-\u200a\u202f\u205f\u3000"
# All three in one class, so a long story is scanned once: each is a single character.
_UNTIDY = lazy(f"[{_SPACE_CHARS}{_INVISIBLE_CHARS}{_ILLEGAL_CHARS}]")
_SPACE = lazy(f"[{_SPACE_CHARS}]")
# The ASCII characters _UNTIDY leaves alone: an ASCII text made of them alone has nothing to
# tidy, which its bytes tell eight times faster than the pattern's scan of its characters.
_TIDY_ASCII = bytes(range(0x20, 0x7F)) + b"\t\n\r"
# French typography's no-break spaces stay: inside guillemets and before "; : ! ?", where they
# keep « and ! from being wrapped onto a line of their own.
_FRENCH_SPACE = lazy("(?<=«)[\u00a0\u202f]|[\u00a0\u202f](?=[»;:!?])")
# Mojibake leaves tell-tale pairs: UTF-8 lead bytes read as cp1252 ("â€™", "Ã©").
_MOJIBAKE = lazy(
    "[\u00c2\u00c3\u00e2][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)
# UTF-8 read as Mac OS Roman leaves its own pairs ("‚Äô" for ’, "¬∑" for ·, "√©" for é),
# as a Mac editor opening a UTF-8 file as Western (Mac OS Roman) and saving it writes them:
# a lead byte's Mac letter ("‚" "¬" "√") before a continuation byte's (0x80-0xBF).
_MAC_CONTINUATIONS = bytes(range(0x80, 0xC0)).decode("mac_roman")
_MAC_MOJIBAKE = lazy(f"[\u201a\u00ac\u221a][{re.escape(_MAC_CONTINUATIONS)}]")
_MOJIBAKE_LEADS = ("\u00c2", "\u00c3", "\u00e2")
_MAC_MOJIBAKE_LEADS = ("\u201a", "\u00ac", "\u221a")
# A closing curly quote garbled as "â€\x9d" loses its last byte in cp1252; ftfy cannot know it.
_LOST_CLOSING_QUOTE = lazy("\u00e2\u20ac(?=[\\s.,;:!?)]|$)")
# Scripts whose legacy 8-bit encodings a detector may rightly prefer over cp1252.
_NON_LATIN_HINTS = (
    "1251",
    "koi8",
    "1253",
    "1255",
    "1256",
    "shift_jis",
    "euc",
    "gb",
    "big5",
    "cp932",
    "949",  # Korean (UHC, the superset of EUC-KR the detector names)
    "tis",
    "874",
)


def decode(data: bytes, source: str) -> str:
    """Decode story bytes into text, or raise :class:`InputError` naming ``source``.

    UTF-8 (with or without BOM), UTF-16/32 with a BOM and legacy 8-bit encodings are read;
    mojibake is repaired with ftfy; line endings become ``\\n``; tabs, no-break and
    zero-width characters are tidied; XML-illegal characters are removed.
    """
    # isspace, not strip: the question is whether anything but white space is there, which
    # the first other byte answers, where a strip copies the whole story to answer it.
    if not data or data.isspace():
        raise InputError("the file is empty", source=source)
    text = _to_text(data, source)
    text = _repair_mojibake(text)
    text = _tidy(text)
    if not text or text.isspace():
        raise InputError("the file holds no readable text", source=source)
    return text


def _to_text(data: bytes, source: str) -> str:
    """Pick the encoding: a BOM, else UTF-8, else the best legacy guess."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                # surrogatepass: a lone surrogate is dropped later, like any XML-illegal character.
                return data[len(bom) :].decode(encoding, errors="surrogatepass")
            except UnicodeDecodeError as error:
                raise InputError(
                    f"broken {encoding.upper()} text ({error.reason})", source=source
                ) from None
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"this is {kind}, not a text file", source=source)
    if b"\x00" in data[:65536]:
        return _utf16_without_bom(data, source)
    try:
        # surrogatepass: encoded lone surrogates are dropped later rather than failing UTF-8.
        return data.decode("utf-8", errors="surrogatepass")
    except UnicodeDecodeError:
        return _legacy(data, source)


def _utf16_without_bom(data: bytes, source: str) -> str:
    """Accept BOM-less UTF-16 only when its NUL bytes sit where ASCII text would put them."""
    sample = data[:4096]
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    encoding = None
    if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
        encoding = "utf-16-le"
    elif even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
        encoding = "utf-16-be"
    if encoding:
        try:
            return data.decode(encoding, errors="surrogatepass")
        except UnicodeDecodeError:
            pass
    # A stray NUL or two in otherwise good UTF-8 (a glitch in a copy) is no reason to refuse.
    if data.count(0) <= max(2, len(data) // 1000):
        try:
            return data.replace(b"\x00", b"").decode("utf-8", errors="surrogatepass")
        except UnicodeDecodeError:
            pass
    raise InputError("binary data (NUL bytes), not a text file", source=source)


def _legacy(data: bytes, source: str) -> str:
    """Decode non-UTF-8 bytes; Windows-1252 wins among Latin guesses, since Word saves it.

    Mac OS Roman is taken instead when its reading is cleaner (classic Mac files).
    """
    if (declared := _declared(data)) is not None:
        return declared
    if is_cp437(data) or letters_read_as_cp437(data):
        # A DOS program's drawn rules or its accented letters (dos_text): detectors take
        # them for Latin or Hebrew letters, or for Windows-1252's symbols.
        return data.decode("cp437")
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    guess = (best.encoding if best else "").lower()
    if best is not None and any(hint in guess for hint in _NON_LATIN_HINTS):
        # A few accents in English can pass for Big5 or Shift-JIS; see cjk_guess.
        if not is_double_byte(guess):
            return str(best)
        reading = str(best)
        return western_reading(data, reading) or reading
    turkish = turkish_reading(data)
    if turkish is not None:
        # Turkish ı ş ğ that cp1252 would turn into "ý" "þ" "ð"; detectors hear it as Dutch
        # (turkish_8bit).
        return turkish
    central = central_european_reading(matches)
    if central is not None and not mac_reads_cleaner(data, central):
        # Czech or Romanian letters that cp1252 would turn into "ø" and "þ" (central_european);
        # not a Mac file's quotes and accents, which land on the same capitals (macroman).
        return central
    if is_mac_roman(data):
        # Detectors rarely offer Mac OS Roman (they guess hp-roman8 or cp1252); see macroman.
        return data.decode("mac_roman")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    if best is None:
        raise InputError("undecodable bytes: no text encoding fits", source=source)
    return str(best)


# A charset named near the top: a mail or news post's "Content-Type: text/plain;
# charset=ISO-8859-1", a saved web page's <meta charset="windows-1252">.
_DECLARED = lazy(r"""\bcharset\s*=\s*["']?(?P<name>[a-z][\w.:-]{1,30})""", re.IGNORECASE)


def _declared(data: bytes) -> str | None:
    """Rule ``declared-charset``: non-UTF-8 bytes that name their own 8-bit encoding in the
    first few kilobytes (a news post's MIME header, a page's meta tag) are read in it.

    A detector guesses from the bytes alone, and a Latin-1 post with two accented letters in
    it may well look like Chinese to it; the writer's software knew. Only an encoding Python
    knows that decodes every byte, and never a UTF one (the bytes are not UTF-8).
    """
    head = data[:4096].decode("latin-1")
    if "charset" not in head.lower() or (found := _DECLARED.search(head)) is None:
        return None
    try:
        name = codecs.lookup(found.group("name")).name
    except LookupError:
        return None
    if name.startswith("utf"):
        return None
    # Mail software says ISO-8859-1 for what is often Windows-1252 (its curly quotes sit in
    # the bytes Latin-1 leaves to control codes), so that is tried first.
    names = ("cp1252", name) if name == "iso8859-1" else (name,)
    for encoding in names:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as cp1252 ("â€™" -> "’") or as Mac OS Roman ("‚Äô" -> "’"), only
    where the tell-tale pairs appear (rule ``mac-roman-mojibake`` for the second)."""
    if not _cp1252_mojibake(text) and not _mac_mojibake(text):
        return text
    import ftfy

    config = ftfy.TextFixerConfig(
        unescape_html=False,  # "&amp;" in a story is text the author typed
        uncurl_quotes=False,
        fix_character_width=False,  # full-width forms are deliberate in CJK text
        normalization=None,  # keep combining sequences exactly as written
        explain=False,
    )
    # Before ftfy: it would read the space after a lost "\x9d" as a no-break byte (a dagger).
    text = _LOST_CLOSING_QUOTE.sub("\u201d", text)
    text = ftfy.fix_text(text, config)
    if "\u00e2" in text:
        text = _LEFTOVER_SYMBOL.sub(_symbol_undone, text)
    return text


# Rule ``leftover-symbol-mojibake``: ftfy leaves a symbol's three letters when nothing in its
# badness test flags them, as "â—‹" (○, a ring used as a scene break) on a line of its own.
# In a text whose other mojibake was just repaired, "â" and two letters of the cp1252 bytes
# 0x80-0xBF are one more UTF-8 character read wrongly (U+2000-U+2FFF: punctuation, arrows,
# shapes), undone when the three bytes make one.
_CP1252_CONTINUATIONS = "".join(
    bytes([byte]).decode("cp1252", errors="ignore") for byte in range(0x80, 0xC0)
)
_LEFTOVER_SYMBOL = lazy(f"\u00e2[{re.escape(_CP1252_CONTINUATIONS)}]{{2}}")


def _symbol_undone(found: re.Match[str]) -> str:
    """The character whose UTF-8 bytes the three letters are, read as cp1252."""
    try:
        return found.group().encode("cp1252").decode("utf-8")
    except UnicodeError:
        return found.group()


def _cp1252_mojibake(text: str) -> bool:
    """Whether the text holds UTF-8 read as cp1252: a lead's letter, then a pair's."""
    return any(lead in text for lead in _MOJIBAKE_LEADS) and _MOJIBAKE.search(text) is not None


def _mac_mojibake(text: str) -> bool:
    """Whether the text holds UTF-8 read as Mac OS Roman (mac-roman-mojibake)."""
    return (
        any(lead in text for lead in _MAC_MOJIBAKE_LEADS) and _MAC_MOJIBAKE.search(text) is not None
    )


def _tidy(text: str) -> str:
    """Normalise line endings and spaces; drop invisible and XML-illegal characters."""
    # Each step that the text may not need is asked for by one character first, which is
    # found at memory speed: looking for "\r\n", putting two characters for one and
    # expanding tabs each step through the whole text even when there is nothing to change
    # (the three took 28 of _tidy's 35 M instructions on a 1.2 MB story with none of them).
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n")
    if "\u2029" in text:
        text = text.replace("\u2029", "\n\n")
    text = text.replace("\x85", "\u2026")
    text = tab_list_values(page_number_tabs(label_tab_table(text)))
    # Before the form feeds go with the other control characters: they mark PDF pages.
    text = advertisement_boxes(layout_columns(text))
    text = page_edge_furniture(page_running_heads(browser_print_edges(text)))
    text = folio_running_heads(text)
    text = page_foot_pairs(text)
    text = form_feed_splits(text)
    if "\t" in text:
        text = text.expandtabs(4)
    text = _unligatured(text)
    if text.isascii() and not text.encode("ascii").translate(None, _TIDY_ASCII):
        return text
    if text.replace("\n", " ").isprintable():
        # Every character _UNTIDY takes is one Python does not print (a control, a format
        # character, a space other than " ", a surrogate, a noncharacter), and "\n" is not
        # one of them: a text whose characters but its line breaks all print has nothing to
        # tidy. Python tells so faster than the pattern scans a text it does not match
        # (3.7 against 5.5-7 ms for a 1.2 MB story with curly quotes).
        return text
    return _UNTIDY.sub(_tidy_character, text)


# Rule ``pdf-ligatures``: the typesetter's ligature glyphs a PDF viewer copies as they are
# ("ﬁrst", "ﬂew"), which no writer types: the letters they join.
_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
_LIGATURE_TABLE = str.maketrans(_LIGATURES)


def _unligatured(text: str) -> str:
    """Rule ``pdf-ligatures``: the letters for each ligature glyph. Asked for by the two
    commonest glyphs first, at memory speed, so a text without them is not translated."""
    if "\ufb01" in text or "\ufb02" in text or "\ufb00" in text:
        return text.translate(_LIGATURE_TABLE)
    return text


def _tidy_character(found: re.Match[str]) -> str:
    """An ordinary space for any wide, narrow or no-break space, but French typography's;
    nothing for an invisible or XML-illegal character."""
    character = found.group()
    if not _SPACE.match(character):
        return ""
    if character in "\u00a0\u202f" and _FRENCH_SPACE.match(found.string, found.start()):
        return character
    if character == "\u3000" and _between_cjk(found.string, found.start()):
        return character
    return " "


def _between_cjk(text: str, at: int) -> bool:
    """Rule ``ideographic-space-kept``: an ideographic space between two Chinese or Japanese
    characters on a line ("一　湯殿の火", a chapter's number and title) is Japanese and
    Chinese typography's own word space and stays; one opening a line (an indent) or beside
    Latin text becomes an ordinary space."""
    return 0 < at < len(text) - 1 and _cjk(text[at - 1]) and _cjk(text[at + 1])


def _cjk(character: str) -> bool:
    """A kana, Han or full-width character (the scripts that space with U+3000)."""
    return "\u3040" <= character <= "\u9fff" or "\uff01" <= character <= "\uff60"


def strip_illegal(text: str) -> str:
    """``text`` without XML-illegal characters, lone surrogates and C1 controls.

    Also for text that never went through :func:`decode`: options, file names, sidecar values.
    """
    return _ILLEGAL.sub("", text)
