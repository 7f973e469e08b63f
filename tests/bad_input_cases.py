"""The bad-input corpus: files fic2epub must refuse with one clean line, or convert intact.

Each case is held here as bytes, because an editor or a git setting would quietly repair them,
and written to ``tests/bad_input/`` by running this module; the files are committed:

    python tests/bad_input_cases.py          # rewrite tests/bad_input/
    python tests/bad_input_cases.py --check  # exit 1 if a committed file differs

``tests/test_bad_input.py`` reads the committed files and checks each against its case here.
"""

from __future__ import annotations

import codecs
import gzip
import io
import struct
import sys
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent / "bad_input"


@dataclass(frozen=True)
class Refused:
    """A file that must fail: exit code 1 and this reason after ``fic2epub: FILE: ``."""

    data: bytes
    reason: str


@dataclass(frozen=True)
class Kept:
    """A file that must convert, with every string in ``kept`` present in the book's text and
    none of ``dropped``."""

    data: bytes
    kept: tuple[str, ...]
    dropped: tuple[str, ...] = ()


# --- binary files ---------------------------------------------------------------------------


def _png() -> bytes:
    """A real 1x1 PNG, built by hand so the bytes never depend on an imaging library."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x80\x00", 9)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _gif() -> bytes:
    """A 1x1 GIF89a: header, screen, two-colour table, image and the smallest LZW data."""
    return (
        b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00"
        b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
    )


def _jpeg_start() -> bytes:
    """The start of a JFIF file (SOI and APP0), then bytes that look like compressed data."""
    app0 = b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    return b"\xff\xd8" + app0 + bytes((n * 37 + 11) % 256 for n in range(300)) + b"\xff\xd9"


def _zip() -> bytes:
    """A zip archive holding a story, as someone who zipped their download might send it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        info = zipfile.ZipInfo("story.txt", date_time=(2020, 1, 1, 0, 0, 0))
        archive.writestr(info, "Chapter 1\n\nThe tide came in.\n" * 20)
    return buffer.getvalue()


def _nul_bytes() -> bytes:
    """Text with NUL bytes at random places, which UTF-16 would put at every other byte."""
    return b"She ran\x00 to the\x00\x00 door\x00 and \x00\x01\x02 stopped.\n" * 10


# --- text that converts ---------------------------------------------------------------------

CONTROL_STORY = (
    "Title: Static on the Line\n\n"
    "The radio\x01 crackled\x08 and\x0b went\x0c quiet.\x1b She\x7f waited.\n\n"
    "Someone\u0080 had\u009f pasted\ufffe this\uffff from a terminal.\n"
)
CONTROL_KEPT = ("The radio crackled and went quiet. She waited.", "Someone had pasted this from")
CONTROL_DROPPED = ("\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x80", "\x9f")

SURROGATE_STORY = "Title: Half a Pair\n\nThe first\ud800 half of the moon, and\udfff the other.\n"
SURROGATE_KEPT = ("The first half of the moon, and the other.",)

# Right-to-left scripts, emoji sequences and combining characters: all kept exactly.
WORLD_SAMPLES = (
    "שלום עליכם, אמרה הספרנית",  # Hebrew
    "مرحبا بكم في المكتبة",  # Arabic
    "\u200fبالعربية\u200f",  # with right-to-left marks
    "👩\u200d👩\u200d👧\u200d👦",  # a ZWJ family
    "👋🏽 🇫🇷 🏳\ufe0f\u200d🌈",  # skin tone, flag, rainbow flag
    "Cafe\u0301 de\u0301ja\u0300 vu",  # decomposed accents
    "Z\u0351\u0352\u0353a\u0354\u0355l\u0356g\u0357o",  # stacked combining marks
    "नमस्ते दुनिया",  # Devanagari with virama
    "ภาษาไทยง่ายนิดเดียว",  # Thai, no spaces
    "日本語の文章です",  # Japanese
)
WORLD_STORY = (
    "Title: Many Voices\n\nChapter 1\n\n"
    + "\n\n".join(f"{sample} (line {n})." for n, sample in enumerate(WORLD_SAMPLES, 1))
    + "\n"
)

ONE_LINE = (
    "The ferry left at dawn and she was on it, a bag on each shoulder and no plan beyond the far "
    "shore, which was fine, because the far shore had never needed her to have a plan."
)

CASES: dict[str, Refused | Kept] = {
    # Nothing to read.
    "empty.txt": Refused(b"", "the file is empty"),
    "whitespace-only.txt": Refused(b"  \t\r\n\n   \r\n\t\n", "the file is empty"),
    "unicode-whitespace-only.txt": Refused(
        "\u00a0\u3000\u2003\n\u200b\ufeff\u2060\n\n".encode(), "the file holds no readable text"
    ),
    "controls-only.txt": Refused(
        b"\x01\x02\x1b\x7f\x0c\x0b\n\x08\n", "the file holds no readable text"
    ),
    # Not text at all.
    "nul-bytes.txt": Refused(_nul_bytes(), "binary data (NUL bytes), not a text file"),
    # Word-processor files that cannot be read: an RTF document that holds no text, one whose
    # character number overflows, and one in a code page that does not exist.
    "rtf-without-text.txt": Refused(b"{\\rtf1 }", "an RTF document with no text in it"),
    "rtf-huge-character.txt": Refused(
        b"{\\rtf1\\ansi \\u99999999999? hello \\par", "not a readable RTF document"
    ),
    "rtf-unknown-code-page.txt": Refused(
        b"{\\rtf1\\ansi\\ansicpg99999 \\'e9 word\\par}",
        "not a readable RTF document",
    ),
    "image.png.txt": Refused(_png(), "this is a PNG image, not a text file"),
    "image.gif.txt": Refused(_gif(), "this is a GIF image, not a text file"),
    "image.jpg.txt": Refused(_jpeg_start(), "this is a JPEG image, not a text file"),
    "archive.zip.txt": Refused(
        _zip(), "this is a zip archive (EPUB, DOCX or ZIP), not a text file"
    ),
    "archive.gz.txt": Refused(
        gzip.compress(b"Chapter 1\n\nHello.\n", mtime=0), "this is a gzip archive, not a text file"
    ),
    "document.pdf.txt": Refused(
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n",
        "this is a PDF document, not a text file",
    ),
    # Bytes no encoding explains.
    "undecodable.txt": Refused(
        bytes(range(0x80, 0x100)) * 8, "undecodable bytes: no text encoding fits"
    ),
    "truncated-utf16.txt": Refused(
        codecs.BOM_UTF16_LE + "Chapter 1\n\nThe end.".encode("utf-16-le") + b"x",
        "broken UTF-16-LE text (truncated data)",
    ),
    # A header, notes or headings, but no story.
    "header-only.txt": Refused(
        b"Title: The Lantern\nAuthor: Wren Calloway\nFandom: Lighthouse Keepers\nRating: T\n"
        b"Summary: A lamp goes out.\n",
        "no story text found after the header",
    ),
    "header-and-notes.txt": Refused(
        b"Title: The Lantern\nAuthor: Wren Calloway\n\nA/N: Thanks to my beta!\n\n"
        b"A/N: Chapter two is coming soon, promise.\n",
        "no story text found after the header",
    ),
    "title-only.txt": Refused(
        b"The Lantern at Gull Point\n", "no story text found after the header"
    ),
    "headings-only.txt": Refused(
        b"Chapter 1\n\nChapter 2\n\n* * *\n", "no story text found after the header"
    ),
    "prologue-only.txt": Refused(b"Prologue\n", "no story text found after the header"),
    # Converts, with the unwanted characters removed and everything else kept.
    "control-characters.txt": Kept(CONTROL_STORY.encode(), CONTROL_KEPT, CONTROL_DROPPED),
    "lone-surrogates-utf8.txt": Kept(
        SURROGATE_STORY.encode("utf-8", errors="surrogatepass"), SURROGATE_KEPT
    ),
    "lone-surrogates-utf16.txt": Kept(
        codecs.BOM_UTF16_LE + SURROGATE_STORY.encode("utf-16-le", errors="surrogatepass"),
        SURROGATE_KEPT,
    ),
    "rtl-emoji-combining.txt": Kept(WORLD_STORY.encode(), WORLD_SAMPLES),
    "one-line-no-newline.txt": Kept(ONE_LINE.encode(), (ONE_LINE.removesuffix("."),)),
}


def main(argv: list[str]) -> int:
    """Write every case into ``tests/bad_input/``, or with ``--check`` compare them."""
    check = "--check" in argv
    HERE.mkdir(exist_ok=True)
    stale = []
    for name, case in CASES.items():
        path = HERE / name
        if check:
            if not path.is_file() or path.read_bytes() != case.data:
                stale.append(name)
        else:
            path.write_bytes(case.data)
    for name in stale:
        print(f"{HERE / name} differs from its case in {Path(__file__).name}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
