"""Cover images: a generated typographic cover, or the reader's own image made fit for e-readers.

The generated cover is drawn with Pillow's bundled font (Aileron), which has Latin letters only.
A text block it cannot spell (a Cyrillic, Greek, Chinese or Japanese title, say) is drawn with an
installed font that has every glyph it needs, when the machine has one; so covers of such books
may differ between machines, though never between two runs on the same one.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import unicodedata
import warnings
from collections.abc import Sequence
from functools import lru_cache
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from fic2epub.errors import InputError

if TYPE_CHECKING:
    from PIL import Image

COVER_WIDTH = 1600
"""Width of every cover fic2epub writes, in pixels."""
COVER_HEIGHT = 2560
"""Height of every cover fic2epub writes, in pixels (the 1:1.6 shape e-reader stores use)."""
MAX_COVER_BYTES = 300_000
"""Largest JPEG fic2epub writes for a cover."""

RGB = tuple[int, int, int]
Run = tuple[float, str]
"""A piece of a line drawn as one: the x of its left edge and its text."""
Box = tuple[int, int, int, int]
"""A rectangle of the cover in pixels: left, top, right and bottom (exclusive)."""

# Dark, muted backgrounds: against the light ink each keeps a contrast ratio of 10:1 or more,
# in colour and once an e-ink screen has turned it grey alike.
_PALETTE: tuple[RGB, ...] = (
    (31, 42, 68),  # navy
    (35, 55, 47),  # forest
    (74, 31, 36),  # oxblood
    (58, 37, 64),  # aubergine
    (46, 52, 64),  # slate
    (30, 58, 63),  # deep teal
    (58, 58, 36),  # olive
    (59, 42, 32),  # umber
    (43, 43, 43),  # charcoal
    (27, 50, 64),  # petrol
    (64, 38, 52),  # mulberry
    (40, 48, 40),  # moss
)
_INK: RGB = (244, 239, 230)

_MARGIN = 200  # text column starts here, well inside the frame
_FRAME_INSET = 72
_FRAME_WIDTH = 4
_COLUMN = COVER_WIDTH - 2 * _MARGIN

# The bundled font covers ASCII and a little punctuation only; these characters are common in
# titles and have no decomposition that would rescue them.
_FALLBACKS = {
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u201a": ",", "\u201e": '"', "\u2032": "'", "\u2033": '"', "\u00a1": "!",
    "\u00bf": "?", "\u00d7": "x", "\u00df": "ss", "\u00c6": "AE", "\u00e6": "ae", "\u0152": "OE",
    "\u0153": "oe", "\u00d8": "O", "\u00f8": "o", "\u0141": "L", "\u0142": "l", "\u0110": "D",
    "\u0111": "d", "\u00d0": "D", "\u00f0": "d", "\u00de": "Th", "\u00fe": "th", "\u0131": "i",
}  # fmt: skip

# Installed fonts tried, in order, for text the bundled font cannot spell: file names as the
# fonts are installed, which ImageFont.truetype looks up in the platform's font folders
# (XDG data dirs such as /usr/share/fonts, /Library/Fonts, %WINDIR%\\Fonts). Wide-coverage sans
# faces come first, as they look most like the bundled Aileron; CJK faces cover Latin, Greek and
# Cyrillic too, so a mixed title still finds one font for all of it.
_SYSTEM_FONTS = (
    "NotoSans-Regular.ttf",  # Noto Sans (Latin, Greek, Cyrillic): most Linux desktops
    "DejaVuSans.ttf",  # DejaVu Sans: nearly every Linux system
    "FreeSans.ttf",  # GNU FreeFont
    "FreeSans.otf",
    "LiberationSans-Regular.ttf",  # Liberation Sans (metric-compatible with Arial)
    "NotoSansCJK-Regular.ttc",  # Noto Sans CJK (Debian, Ubuntu, Arch)
    "NotoSansCJK-VF.ttc",  # Noto Sans CJK, variable (Fedora)
    "SourceHanSans-Regular.ttc",  # Source Han Sans, the same design as Noto Sans CJK
    "DroidSansFallbackFull.ttf",  # Droid Sans Fallback (Debian fonts-droid-fallback)
    "DroidSansFallback.ttf",
    "wqy-microhei.ttc",  # WenQuanYi Micro Hei
    "wqy-zenhei.ttc",  # WenQuanYi Zen Hei
    "Arial Unicode.ttf",  # macOS (Supplemental), Microsoft Office
    "Hiragino Sans GB.ttc",  # macOS: Chinese, Japanese kana
    "ヒラギノ角ゴシック W3.ttc",  # macOS: Hiragino Sans (Japanese)
    "AppleSDGothicNeo.ttc",  # macOS: Korean
    "segoeui.ttf",  # Windows: Segoe UI (Latin, Greek, Cyrillic)
    "arial.ttf",  # Windows: Arial
    "msyh.ttc",  # Windows: Microsoft YaHei (Chinese)
    "YuGothM.ttc",  # Windows: Yu Gothic (Japanese)
    "msgothic.ttc",  # Windows: MS Gothic (Japanese)
    "malgun.ttf",  # Windows: Malgun Gothic (Korean)
)

# Scripts whose letters change shape or order with their neighbours. Drawn letter by letter
# (the deterministic BASIC layout, without Raqm shaping) they come out as isolated, misjoined or
# reordered letters that read wrong, which is worse than the bundled font's boxes. Python's
# unicodedata has no Script property, so the script is the first words of the character's name.
_SHAPED_SCRIPTS = (
    "DEVANAGARI ", "BENGALI ", "GURMUKHI ", "GUJARATI ", "ORIYA ", "TAMIL ", "TELUGU ",
    "KANNADA ", "MALAYALAM ", "SINHALA ", "THAI ", "LAO ", "TIBETAN ", "MYANMAR ", "KHMER ",
    "MONGOLIAN ", "JAVANESE ", "BALINESE ", "SUNDANESE ", "BATAK ", "BUGINESE ", "LEPCHA ",
    "LIMBU ", "CHAM ", "TAI THAM ", "TAI VIET ", "NEW TAI LUE ", "MEETEI MAYEK ", "SAURASHTRA ",
    "SYLOTI NAGRI ", "KAYAH LI ", "REJANG ", "CHAKMA ", "BRAHMI ", "KAITHI ", "SHARADA ",
    "GRANTHA ", "TIRHUTA ", "SIDDHAM ", "MODI ", "TAKRI ", "NEWA ", "KHOJKI ", "KHUDAWADI ",
)  # fmt: skip


class _Face(Protocol):
    """A font at one pixel size that can measure and draw a single line."""

    size: int
    draws_missing: bool
    """Whether characters without a glyph can be drawn at all (as the font's box)."""

    def length(self, text: str) -> float:
        """Advance width of ``text`` in pixels."""

    def line_height(self) -> int:
        """Distance between the tops of two lines in pixels."""

    def has_glyph(self, char: str) -> bool:
        """Whether ``char`` draws as itself rather than as a missing-glyph box."""

    def draw(self, image: Image.Image, runs: Sequence[Run], top: float, fill: RGB) -> None:
        """Draw each run's text with its left edge at its x and its ascender line at ``top``."""


class _VectorFace:
    """A scalable font rendered by FreeType: Pillow's bundled Aileron, or the installed font file
    at ``path``."""

    def __init__(self, size: int, path: str | None = None) -> None:
        from PIL import ImageFont

        # Basic layout: Raqm shaping depends on system libraries and could shift glyphs.
        basic = ImageFont.Layout.BASIC
        if path is None:
            font = ImageFont.load_default(size=size)
            assert isinstance(font, ImageFont.FreeTypeFont)
        else:
            font = ImageFont.truetype(path, size, layout_engine=basic)
        if font.layout_engine != basic:
            font = font.font_variant(layout_engine=basic)
        self.size = size
        self.path = path
        self.font = font
        self.draws_missing = True
        self._lengths: dict[str, float] = {}

    def length(self, text: str) -> float:
        # Wrapping and balancing measure the same candidate lines again and again.
        if (cached := self._lengths.get(text)) is not None:
            return cached
        if len(self._lengths) > 4096:
            self._lengths.clear()
        self._lengths[text] = length = self.font.getlength(text)
        return length

    def line_height(self) -> int:
        return round(self.size * 1.18)

    def has_glyph(self, char: str) -> bool:
        return _vector_has_glyph(char, self.path)

    def draw(self, image: Image.Image, runs: Sequence[Run], top: float, fill: RGB) -> None:
        from PIL import Image, ImageDraw

        # Pillow rounds a negative position differently from one shifted into a mask.
        if top >= 0 and all(x >= 0 for x, _ in runs):
            row = int(top)
            masked = _text_mask(self, tuple(runs), top - row)
            if masked is not None:
                # Ink pasted through a mask blends with the ground exactly as text drawn on
                # the cover itself does (a test compares the two), in about half the time:
                # Pillow draws text on an RGB image through code that also serves alpha.
                mask, (left, upper) = masked
                image.paste(Image.new("RGB", mask.size, fill), (left, row + upper), mask)
                return
        pen = ImageDraw.Draw(image)
        for x, text in runs:
            pen.text((x, top), text, font=self.font, fill=fill, anchor="la")

    def ink_box(self, x: float, top: float, text: str) -> Box:
        """Where drawing ``text`` at ``x`` and ``top`` may put ink: its glyphs' box, widened by
        a pixel each way for antialiasing and the fraction of a pixel it starts at."""
        left, upper, right, lower = self.font.getbbox(text, anchor="la")
        x0, y0 = int(x), int(top)
        return (
            x0 + math.floor(left) - 1,
            y0 + math.floor(upper) - 1,
            x0 + math.ceil(right) + 2,
            y0 + math.ceil(lower) + 2,
        )


@lru_cache(maxsize=16)
def _text_mask(
    face: _VectorFace, runs: tuple[Run, ...], fraction: float
) -> tuple[Image.Image, tuple[int, int]] | None:
    """The runs drawn in white on black at their x and at ``fraction`` of a pixel below row 0,
    cut to their ink, and where that mask's corner lies; None when two runs' ink may meet.

    Kept for a while: a batch of one fandom's stories (or one author's) draws the same line on
    cover after cover.
    """
    from PIL import Image, ImageDraw

    boxes = [face.ink_box(x, fraction, text) for x, text in runs]
    if _overlapping(boxes):
        return None  # ink two runs share is blended twice on the cover but once in a mask
    ink = (
        min(box[0] for box in boxes),
        min(box[1] for box in boxes),
        max(box[2] for box in boxes),
        max(box[3] for box in boxes),
    )
    # Each run is drawn moved by whole pixels only, and to where it still starts right of and
    # below the mask's corner: Pillow places text at a negative position differently.
    corner = (min(ink[0], *(int(x) for x, _ in runs)), min(ink[1], 0))
    mask = Image.new("L", (ink[2] - corner[0], ink[3] - corner[1]))
    pen = ImageDraw.Draw(mask)
    for x, text in runs:
        pen.text((x - corner[0], fraction - corner[1]), text, font=face.font, fill=255, anchor="la")
    if corner != ink[:2]:
        mask = mask.crop((ink[0] - corner[0], ink[1] - corner[1], *mask.size))
    return mask, (ink[0], ink[1])


def _overlapping(boxes: Sequence[Box]) -> bool:
    """Whether any two of the boxes share a column (rows aside, which is cautious)."""
    reach = None
    for left, _, right, _ in sorted(boxes):
        if reach is not None and left < reach:
            return True
        reach = right if reach is None else max(reach, right)
    return False


class _BitmapFace:
    """Pillow's built-in bitmap font, enlarged by whole pixels, for builds without FreeType."""

    def __init__(self, size: int) -> None:
        from PIL import ImageFont

        self.size = size
        self.draws_missing = False  # the bitmap font cannot even encode them
        self.font = ImageFont.load_default_imagefont()
        self.scale = max(1, round(size / 11))

    def length(self, text: str) -> float:
        return self.font.getlength(text) * self.scale

    def line_height(self) -> int:
        return 13 * self.scale

    def has_glyph(self, char: str) -> bool:
        return " " <= char <= "~"

    def draw(self, image: Image.Image, runs: Sequence[Run], top: float, fill: RGB) -> None:
        from PIL import Image, ImageDraw

        for x, text in runs:
            width = max(1, round(self.font.getlength(text)))
            mask = Image.new("L", (width, 11))  # the font's cell is 11 pixels high
            ImageDraw.Draw(mask).text((0, 0), text, font=self.font, fill=255)
            mask = mask.resize((width * self.scale, 11 * self.scale), Image.Resampling.NEAREST)
            image.paste(fill, (round(x), round(top)), mask)


@lru_cache(maxsize=128)
def _face(size: int, vector: bool, path: str | None = None) -> _Face:
    """A font at ``size`` pixels: the installed font file at ``path`` if given, else the bundled
    font, scalable if ``vector`` and the bitmap one if not."""
    return _VectorFace(size, path) if vector else _BitmapFace(size)


@lru_cache(maxsize=4096)
def _vector_has_glyph(char: str, path: str | None = None) -> bool:
    """Whether a scalable font (the bundled one, or the installed one at ``path``) has a glyph
    of its own for ``char``."""
    face = _face(40, True, path)
    assert isinstance(face, _VectorFace)
    # A noncharacter is in no font's character map, so it draws the missing-glyph box. (Not a
    # private-use code point: some installed fonts put logos or icons there.)
    missing = face.font.getmask("\U0010ffff")
    mask = face.font.getmask(char)
    return mask.size != missing.size or bytes(mask) != bytes(missing)


def _spelling(char: str, face: _Face) -> str | None:
    """How the face shows ``char`` (itself, a close spelling, a space or nothing); None when it
    has no way to spell it."""
    category = unicodedata.category(char)
    if char.isspace() or category == "Zs":
        return " "
    if category in ("Cc", "Cf") or (category.startswith("M") and not face.has_glyph(char)):
        return ""  # controls, joiners, bidi marks and stray accents draw nothing useful
    if face.has_glyph(char):
        return char
    if char in _FALLBACKS:
        return _FALLBACKS[char]
    # "é" -> "e" + combining accent: keep the letter, drop the accent the font lacks.
    parts = [p for p in unicodedata.normalize("NFKD", char) if face.has_glyph(p)]
    bases = [p for p in parts if not unicodedata.category(p).startswith("M")]
    return "".join(bases) or None


def _displayable(text: str, face: _Face) -> str:
    """``text`` on one line with each character the face lacks replaced by a close spelling."""
    out: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        spelled = _spelling(char, face)
        # Scripts the font cannot draw at all keep their code points: the font's
        # missing-glyph box still shows that a title is there.
        out.append(spelled if spelled is not None else (char if face.draws_missing else "?"))
    return " ".join("".join(out).split())


def _unspellable(text: str, face: _Face) -> set[str]:
    """The characters of ``text`` that the face can only draw as missing-glyph boxes."""
    return {c for c in unicodedata.normalize("NFC", text) if _spelling(c, face) is None}


def _needs_shaping(char: str) -> bool:
    """Whether ``char`` belongs to a right-to-left script or one whose letters must be shaped."""
    # R and AL are Hebrew, Arabic, Syriac, Thaana, N'Ko and the like; AN their digits.
    if unicodedata.bidirectional(char) in ("R", "AL", "AN"):
        return True
    return unicodedata.name(char, "").startswith(_SHAPED_SCRIPTS)


def _block_font(text: str) -> str | None:
    """The installed font file to draw the text block ``text`` with, or None for the bundled
    font: only for text the bundled font cannot spell, and never for shaped or RTL scripts."""
    missing = _unspellable(text, _face(40, True))
    if not missing or any(_needs_shaping(c) for c in missing):
        return None
    return _covering_font(text)


@lru_cache(maxsize=64)
def _covering_font(text: str) -> str | None:
    """The first font of ``_SYSTEM_FONTS`` installed here that spells all of ``text``."""
    for name in _SYSTEM_FONTS:
        path = _installed_font(name)
        if path is not None and not _unspellable(text, _face(40, True, path)):
            return path
    return None


@lru_cache(maxsize=len(_SYSTEM_FONTS))
def _installed_font(name: str) -> str | None:
    """Where the font file called ``name`` is installed, or None when it is not."""
    from PIL import ImageFont

    if Path(name).exists():
        # Pillow would open a file of that name in the working directory before looking in
        # the font folders: that file is the reader's, not an installed font, so never use it.
        return None
    try:
        # Pillow searches the platform's font folders for a bare file name.
        path = ImageFont.truetype(name, 40).path
    except OSError:
        return None
    return str(Path(path).resolve()) if isinstance(path, str) else None


def _tracking(face: _Face, tracked: bool) -> int:
    """Extra space between letters: spaced capitals get a sixth of the size."""
    return face.size // 6 if tracked else 0


def _measure(face: _Face, text: str, tracking: int) -> float:
    """Width of ``text`` as drawn; spaced text is placed glyph by glyph, without kerning."""
    if not tracking:
        return face.length(text)
    return sum(face.length(c) for c in text) + tracking * (len(text) - 1)


def _wrap(text: str, face: _Face, width: float, tracking: int = 0) -> tuple[list[str], bool]:
    """Greedy word wrap; also says whether a word had to be broken to fit."""
    lines: list[str] = []
    broke = False
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if _measure(face, candidate, tracking) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = word
        while _measure(face, line, tracking) > width and len(line) > 1:
            # Binary search for the longest prefix that fits: keeps a 200-letter word fast.
            low, high = 1, len(line) - 1
            while low < high:
                mid = (low + high + 1) // 2
                if _measure(face, line[:mid], tracking) <= width:
                    low = mid
                else:
                    high = mid - 1
            cut = low
            lines.append(line[:cut])
            line = line[cut:]
            broke = True
    lines.append(line)
    return lines, broke


def _balance(text: str, face: _Face, lines: list[str], tracking: int) -> list[str]:
    """The same number of lines as greedy wrapping gave, but of similar lengths."""
    low, high = _COLUMN / len(lines), float(_COLUMN)
    best = lines
    while high - low > 4:
        mid = (low + high) / 2
        trial, broke = _wrap(text, face, mid, tracking)
        if len(trial) == len(lines) and not broke:
            high, best = mid, trial
        else:
            low = mid
    return best


def _fit(
    text: str,
    sizes: range,
    *,
    vector: bool,
    max_lines: int,
    max_height: int,
    tracked: bool = False,
) -> tuple[_Face, list[str]]:
    """The largest face from ``sizes`` (descending) at which ``text`` fits the column.

    The face is the bundled font's, or an installed font's when the bundled one cannot spell
    ``text`` (see ``_block_font``).
    """
    path = _block_font(text) if vector else None
    # Shrinking until every word fits whole beats breaking a word; a word too long for the
    # column even at the smallest size is broken at the largest size that then fits.
    for allow_breaks in (False, True):
        for size in sizes:
            face = _face(size, vector, path)
            tracking = _tracking(face, tracked)
            shown = _displayable(text, face)
            lines, broke = _wrap(shown, face, _COLUMN, tracking)
            fits = len(lines) <= max_lines and len(lines) * face.line_height() <= max_height
            if fits and (allow_breaks or not broke):
                return face, lines if broke else _balance(shown, face, lines, tracking)
    # Even the smallest size overflows: keep what fits and end it with an ellipsis.
    face = _face(sizes[-1], vector, path)
    tracking = _tracking(face, tracked)
    lines, _ = _wrap(_displayable(text, face), face, _COLUMN, tracking)
    keep = max(1, min(max_lines, max_height // face.line_height()))
    if len(lines) > keep:
        ellipsis = "\u2026" if face.has_glyph("\u2026") else "..."
        last = lines[keep - 1]
        while last and _measure(face, last.rstrip() + ellipsis, tracking) > _COLUMN:
            last = last[:-1]
        lines = [*lines[: keep - 1], last.rstrip() + ellipsis]
    return face, lines


def _draw_block(
    image: Image.Image, face: _Face, lines: list[str], top: int, fill: RGB, tracked: bool = False
) -> int:
    """Draw centred lines from ``top``; return the y just below the block."""
    tracking = _tracking(face, tracked)
    for line in lines:
        face.draw(image, _runs(face, line, tracking), top, fill)
        top += face.line_height()
    return top


def _runs(face: _Face, line: str, tracking: int) -> list[Run]:
    """The line centred on the cover: one run, or with tracking one run per letter."""
    if not tracking:
        return [((COVER_WIDTH - face.length(line)) / 2, line)]
    runs: list[Run] = []
    x = (COVER_WIDTH - _measure(face, line, tracking)) / 2
    for char in line:
        runs.append((x, char))
        x += face.length(char) + tracking
    return runs


def _byline(authors: Sequence[str]) -> str:
    """The authors as one line, "A, B & C"; "Unknown" when there are none."""
    names = [" ".join(a.split()) for a in authors if a and a.strip()] or ["Unknown"]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} & {names[-1]}"


def _mix(a: RGB, b: RGB, t: float) -> RGB:
    """The colour a fraction ``t`` of the way from ``a`` to ``b``."""
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def make_cover(
    *, title: str, authors: Sequence[str], fandom: str | None = None, series: str | None = None
) -> bytes:
    """A 1600x2560 JPEG cover showing the title, authors, fandom and series; deterministic.

    Text the bundled font cannot spell is drawn with an installed font that has its glyphs, if
    there is one (never for right-to-left or shaped scripts), so the bytes of such a cover are
    the same on one machine but may differ between machines.
    """
    from PIL import Image, ImageDraw, features

    vector = bool(features.check("freetype2"))
    title = " ".join(title.split()) or "Untitled"
    digest = hashlib.sha256(title.encode("utf-8")).digest()
    background = _PALETTE[int.from_bytes(digest[:8], "big") % len(_PALETTE)]
    accent = _mix(background, _INK, 0.62)
    image = Image.new("RGB", (COVER_WIDTH, COVER_HEIGHT), background)
    draw = ImageDraw.Draw(image)
    inset = _FRAME_INSET
    draw.rectangle(
        (inset, inset, COVER_WIDTH - 1 - inset, COVER_HEIGHT - 1 - inset),
        outline=accent,
        width=_FRAME_WIDTH,
    )

    region_top, region_bottom = 360, 2200
    if fandom and fandom.strip():
        face, lines = _fit(
            fandom.upper(),
            range(60, 35, -4),
            vector=vector,
            max_lines=2,
            max_height=170,
            tracked=True,
        )
        region_top = _draw_block(image, face, lines, 230, accent, tracked=True) + 100
    if series and series.strip():
        face, lines = _fit(series, range(60, 35, -4), vector=vector, max_lines=2, max_height=170)
        top = 2330 - len(lines) * face.line_height()
        _draw_block(image, face, lines, top, accent)
        region_bottom = top - 100

    # Title, a short rule, then the byline: one block centred a little above the middle,
    # where the eye expects it and where store thumbnails keep it clear of badges.
    rule_gap = 90
    author_face, author_lines = _fit(
        _byline(authors), range(96, 47, -6), vector=vector, max_lines=3, max_height=360
    )
    author_height = len(author_lines) * author_face.line_height()
    title_room = region_bottom - region_top - author_height - 2 * rule_gap
    title_face, title_lines = _fit(
        title, range(220, 57, -6), vector=vector, max_lines=14, max_height=title_room
    )
    title_height = len(title_lines) * title_face.line_height()
    block = title_height + 2 * rule_gap + author_height
    centre = min(max(1220, region_top + block // 2), region_bottom - block // 2)
    top = _draw_block(image, title_face, title_lines, centre - block // 2, _INK)
    rule_y = top + rule_gap - round(title_face.size * 0.12)
    draw.line((COVER_WIDTH / 2 - 120, rule_y, COVER_WIDTH / 2 + 120, rule_y), fill=accent, width=4)
    _draw_block(image, author_face, author_lines, top + 2 * rule_gap, _INK)
    # The letters are near-white on a muted ground, so halved colour resolution (subsampling
    # 2) costs them nothing visible while encoding several times faster than full colour with
    # optimised tables; a batch of a thousand books makes a thousand covers.
    steps = [(88, 2), (80, 2), (70, 2), (60, 2), (50, 2), (40, 2), (30, 2)]
    return _encode_jpeg(image, steps)


def warm_up() -> None:
    """Load what drawing any cover needs first: Pillow, its JPEG writer, the bundled font and
    the memory of the image.

    A helper process calls this before it knows which cover it will draw, so that the drawing
    itself starts at once (see :mod:`fic2epub.writers.book_cover`).
    """
    import PIL.ImageDraw  # noqa: F401  (loaded for the drawing to come)
    from PIL import Image, features

    # Saving a JPEG loads the common format drivers through this on first use.
    Image.preinit()
    if features.check("freetype2"):
        # Loads the bundled font as every cover first uses it: to see which characters it has.
        _block_font("A")
    # Every cover is drawn on one image of this size. Told to keep a freed image's memory for
    # the next one, Pillow gives the cover the memory of this image, whose pages the system
    # has already mapped: some 4,000 page faults, a quarter of drawing the cover, are taken
    # here while the helper waits, not while the book waits for its cover. (The setting is
    # the one Pillow's PILLOW_BLOCKS_MAX variable gives, which is read only as Pillow loads.)
    Image.core.set_blocks_max(1)  # type: ignore[attr-defined]
    Image.new("RGB", (COVER_WIDTH, COVER_HEIGHT))


def _encode_jpeg(image: Image.Image, steps: Sequence[tuple[int, int]]) -> bytes:
    """JPEG bytes, trying (quality, subsampling) steps in turn until one is small enough.

    Each step is tried first without optimised Huffman tables (faster), then with them.
    """
    data = b""
    for quality, subsampling in steps:
        for optimize in (False, True):
            buffer = BytesIO()
            image.save(buffer, "JPEG", quality=quality, optimize=optimize, subsampling=subsampling)
            data = buffer.getvalue()
            if len(data) <= MAX_COVER_BYTES:
                return data
    return data


def prepare_cover(data: bytes, *, source: str) -> bytes:
    """The reader's image as an upright RGB JPEG within 1600x2560 pixels; deterministic."""
    from PIL import Image, ImageOps

    try:
        with warnings.catch_warnings():
            # Past Pillow's pixel limit the image may be a decompression bomb: refuse it.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            opened = Image.open(BytesIO(data))
            _draft(opened)
            image = _to_rgb(ImageOps.exif_transpose(opened))
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        limit = Image.MAX_IMAGE_PIXELS or 0
        message = f"image is too large to use as a cover (over {limit:,} pixels)"
        raise InputError(message, source=source) from None
    # Pillow's decoders raise many kinds of error on damaged data or modes it cannot convert
    # (LAB TIFFs, say); for the reader they all mean the same.
    except Exception as exc:
        raise InputError("not an image Pillow can read", source=source) from exc
    image.thumbnail((COVER_WIDTH, COVER_HEIGHT), Image.Resampling.LANCZOS)
    steps = [(90, 2), (85, 2), (80, 2), (75, 2), (70, 2), (60, 2), (50, 2)]
    while len(data := _encode_jpeg(image, steps)) > MAX_COVER_BYTES:
        # Noise-like pictures stay too big even at low quality: fewer pixels is the better loss.
        smaller = (max(1, image.width * 4 // 5), max(1, image.height * 4 // 5))
        image = image.resize(smaller, Image.Resampling.LANCZOS)
    return data


def _draft(image: Image.Image) -> None:
    """Let the JPEG decoder scale a large image down while decoding, which saves memory."""
    sideways = image.getexif().get(0x0112) in (5, 6, 7, 8)
    box = (COVER_HEIGHT, COVER_WIDTH) if sideways else (COVER_WIDTH, COVER_HEIGHT)
    fit = min(box[0] / image.width, box[1] / image.height, 1.0)
    # Decode at twice the final size at least, so the last step is a proper resample.
    image.draft(None, (round(image.width * fit * 2), round(image.height * fit * 2)))


def _to_rgb(image: Image.Image) -> Image.Image:
    """RGB in sRGB: ICC profiles applied, 16-bit scaled, transparency flattened onto white."""
    from PIL import Image, ImageCms, features

    profile = image.info.get("icc_profile")
    if image.mode == "I" or image.mode.startswith("I;16"):
        # Pillow clips these to 8 bits on conversion, which turns most pictures white.
        image = image.convert("I") if image.mode != "I" else image
        high = image.getextrema()[1]
        if isinstance(high, int | float) and high > 255:
            image = image.point(lambda v: v * (255 / 65535))
        image = image.convert("L")
    alpha = image.has_transparency_data
    target = "RGBA" if alpha else "RGB"
    if image.mode not in ("RGB", "RGBA", "CMYK", "L"):
        image = image.convert(target)
    if profile and features.check("littlecms2"):
        # A broken or unsuitable profile leaves the plain conversion below as the best there is.
        with contextlib.suppress(ImageCms.PyCMSError, OSError, ValueError, TypeError):
            image = (
                ImageCms.profileToProfile(
                    image,
                    ImageCms.ImageCmsProfile(BytesIO(profile)),
                    ImageCms.createProfile("sRGB"),
                    outputMode=target,
                )
                or image
            )
    image = image.convert(target)
    if alpha:
        white = Image.new("RGBA", image.size, (255, 255, 255, 255))
        image = Image.alpha_composite(white, image).convert("RGB")
    return image
