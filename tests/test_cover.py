"""Tests for the generated cover and for preparing the reader's own cover image."""

from __future__ import annotations

import subprocess
import sys
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageStat, features

from fic2epub import cover
from fic2epub.cover import RGB, make_cover, prepare_cover
from fic2epub.errors import InputError

LIMIT = 300_000

TITLES = {
    "short": "Hi",
    "plain": "The Long Way Home",
    "hostile": 'Tom & Jerry: "Quotes" <3',
    "accents": "Café Noir — Pokémon Straße",
    "cjk": "忍者の道",
    "cyrillic": "Война и мир",
    "rtl": "\u05e9\u05dc\u05d5\u05dd \u200f\u05e2\u05d5\u05dc\u05dd",
    "emoji": "Love \U0001f496 and \u200dzero-width\u00ad joiners",
    "words200": ("The Thing About Being Caught Between Two Worlds " * 5)[:200],
    "letters200": "W" * 200,
    "blank": "   \n\t ",
}


def _open(data: bytes) -> Image.Image:
    image = Image.open(BytesIO(data))
    image.load()
    return image


def _encode(image: Image.Image, fmt: str, **params: Any) -> bytes:
    buffer = BytesIO()
    image.save(buffer, fmt, **params)
    return buffer.getvalue()


def _ink_rows(image: Image.Image) -> list[int]:
    """Rows inside the frame where the light ink of title and byline appears."""
    grey = image.convert("L").crop((100, 100, 1500, 2460))
    pixels, width = grey.tobytes(), grey.width
    brightest = [max(pixels[y * width : (y + 1) * width]) for y in range(grey.height)]
    return [y + 100 for y, value in enumerate(brightest) if value > 200]


def _groups(rows: list[int], gap: int = 40) -> list[tuple[int, int]]:
    """Runs of rows no more than ``gap`` apart, as (first, last)."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and row - runs[-1][1] <= gap:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


# --- make_cover ---------------------------------------------------------------------------


LONG_NAMES: dict[str, Any] = {
    "authors": ["An Author With A Very Long Pen Name Indeed " * 6, "Another"],
    "fandom": "Marvel Cinematic Universe, The Avengers (Marvel Movies), Agent Carter " * 3,
    "series": "A Series Name That Goes On And On And On " * 4,
}


@pytest.mark.parametrize("title", TITLES.values(), ids=TITLES.keys())
@pytest.mark.parametrize("long_names", [False, True], ids=["short-names", "long-names"])
def test_cover_is_a_small_jpeg_of_the_right_size(title: str, long_names: bool) -> None:
    names = LONG_NAMES if long_names else {"authors": ["Someone"], "fandom": "Original Work"}
    data = make_cover(title=title, **names)
    image = _open(data)
    assert image.format == "JPEG"
    assert image.mode == "RGB"
    assert image.size == (1600, 2560)
    assert len(data) <= LIMIT


def test_cover_is_deterministic() -> None:
    metadata: dict[str, Any] = {
        "title": "The Long Way Home",
        "authors": ["Quillfeather", "Mossglen"],
        "fandom": "Original Work",
        "series": "Homeward",
    }
    assert make_cover(**metadata) == make_cover(**metadata)


def test_different_metadata_gives_different_covers() -> None:
    base = make_cover(title="The Long Way Home", authors=["Quillfeather"])
    assert make_cover(title="The Short Way Home", authors=["Quillfeather"]) != base
    assert make_cover(title="The Long Way Home", authors=["Mossglen"]) != base
    assert make_cover(title="The Long Way Home", authors=["Quillfeather"], fandom="X") != base
    assert make_cover(title="The Long Way Home", authors=["Quillfeather"], series="Y") != base


def test_missing_authors_read_unknown() -> None:
    unknown = make_cover(title="Orphan", authors=["Unknown"])
    assert make_cover(title="Orphan", authors=[]) == unknown
    assert make_cover(title="Orphan", authors=["", "  "]) == unknown


@pytest.mark.parametrize("title", TITLES.values(), ids=TITLES.keys())
def test_title_and_byline_are_drawn(title: str) -> None:
    image = _open(make_cover(title=title, authors=["Someone"]))
    groups = _groups(_ink_rows(image))
    # Title first, byline last; the short rule between them is drawn in the dimmer accent.
    assert len(groups) >= 2
    first, last = groups[0]
    assert last - first >= 40
    title_area = image.convert("L").crop((200, first, 1400, last + 1))
    assert ImageStat.Stat(title_area).stddev[0] > 20


@pytest.mark.parametrize("key", ["words200", "letters200", "hostile", "cjk"])
def test_text_stays_inside_the_column(key: str) -> None:
    image = _open(make_cover(title=TITLES[key], **LONG_NAMES))
    assert image.size == (1600, 2560)
    grey = image.convert("L")
    # Between the frame (x 72-75, 1524-1527) and the text column (x 200-1400) nothing is drawn.
    for box in ((90, 90, 170, 2470), (1430, 90, 1510, 2470), (90, 90, 1510, 140)):
        assert max(grey.crop(box).tobytes()) < 110, box


def test_long_title_shrinks_rather_than_overflowing() -> None:
    short = _groups(_ink_rows(_open(make_cover(title="Hi", authors=["A"]))))[0]
    long = _groups(_ink_rows(_open(make_cover(title=TITLES["words200"], authors=["A"]))))[0]
    assert long[1] - long[0] > 2 * (short[1] - short[0])  # several lines …
    assert long[0] > 150 and long[1] < 2300  # … all inside the frame


def test_text_the_font_lacks_is_spelled_with_what_it_has() -> None:
    face = cover._face(40, features.check("freetype2"))
    assert cover._displayable("Café — Straße\u200b\tØre", face) == "Cafe - Strasse Ore"
    assert cover._displayable('Tom & Jerry: "Quotes" <3', face) == 'Tom & Jerry: "Quotes" <3'


# --- drawing text through a mask ---------------------------------------------------------

# Letters with descenders, overhangs and accents, spaces, and a character the font lacks.
_DRAWN = st.text(alphabet="AWjfgy Qé…,.'\u65e5", min_size=1, max_size=12)
# Lines are placed at a 64th of a pixel (FreeType's unit), but any fraction must work.
_POSITION = st.one_of(
    st.integers(-3 * 64, 1400 * 64).map(lambda units: units / 64),
    st.floats(min_value=-3, max_value=1400, allow_nan=False),
)
_COLOUR = st.tuples(*[st.integers(0, 255)] * 3)


@given(
    size=st.sampled_from([36, 60, 97, 220]),
    runs=st.lists(st.tuples(_POSITION, _DRAWN), min_size=1, max_size=6),
    top=st.one_of(st.integers(-40, 500), st.floats(-40, 500, allow_nan=False)),
    fill=_COLOUR,
    ground=_COLOUR,
)
def test_text_drawn_through_a_mask_matches_text_drawn_on_the_cover(
    size: int, runs: list[tuple[float, str]], top: float, fill: RGB, ground: RGB
) -> None:
    """The mask (and the fallback for runs whose ink may meet) blends exactly as Pillow draws
    text on the cover itself, overlapping runs, fractions of a pixel and the edges included."""
    if not features.check("freetype2"):
        pytest.skip("this Pillow has no FreeType")
    face = cover._face(size, True)
    assert isinstance(face, cover._VectorFace)
    expected = Image.new("RGB", (1600, 800), ground)
    pen = ImageDraw.Draw(expected)
    for x, text in runs:
        pen.text((x, top), text, font=face.font, fill=fill, anchor="la")
    drawn = Image.new("RGB", (1600, 800), ground)
    face.draw(drawn, runs, top, fill)
    same = drawn.tobytes() == expected.tobytes()  # (not compared in the report: 5 MB each)
    assert same


def test_spaced_letters_are_drawn_through_one_mask() -> None:
    if not features.check("freetype2"):
        pytest.skip("this Pillow has no FreeType")
    face = cover._face(60, True)
    assert isinstance(face, cover._VectorFace)
    runs = tuple(cover._runs(face, "LANTERNFALL", cover._tracking(face, True)))
    masked = cover._text_mask(face, runs, 0.0)
    assert masked is not None
    assert cover._text_mask(face, runs, 0.0) is masked  # the next cover's fandom reuses it
    # Runs drawn on top of each other cannot share one mask.
    assert cover._text_mask(face, ((10.0, "A"), (12.5, "V")), 0.0) is None


# --- installed fonts for text the bundled font cannot spell -------------------------------


def _bundled_font_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """From here on the search for an installed font finds nothing, as on a bare machine."""
    monkeypatch.setattr(cover, "_covering_font", lambda text: None)


@pytest.mark.parametrize("title", ["Война и мир", "Η Οδύσσεια"], ids=["cyrillic", "greek"])
def test_non_latin_title_is_drawn_with_an_installed_font(
    monkeypatch: pytest.MonkeyPatch, title: str
) -> None:
    if not features.check("freetype2"):
        pytest.skip("this Pillow has no FreeType, so no installed font can be used")
    path = cover._block_font(title)
    if path is None:
        pytest.skip(f"no installed font has glyphs for {title!r}")
    face = cover._face(120, True, path)
    assert isinstance(face, cover._VectorFace)
    assert cover._displayable(title, face) == title
    # Real glyphs: every letter draws differently, where missing-glyph boxes would all match.
    letters = set(title) - {" "}
    assert len({bytes(face.font.getmask(c)) for c in letters}) == len(letters)

    drawn = _open(make_cover(title=title, authors=["Someone"]))
    _bundled_font_only(monkeypatch)
    boxed = _open(make_cover(title=title, authors=["Someone"]))
    first, last = _groups(_ink_rows(drawn))[0]
    box = (200, first, 1400, last + 1)
    assert drawn.crop(box).tobytes() != boxed.crop(box).tobytes()


SHAPED = {
    "arabic": "\u0645",
    "hebrew": "\u05e9",
    "arabic-digit": "\u0663",
    "devanagari": "\u0915",
    "virama": "\u094d",
    "thai": "\u0e2a",
    "bengali": "\u0995",
    "tamil": "\u0b95",
    "khmer": "\u1780",
}


@pytest.mark.parametrize("char", SHAPED.values(), ids=SHAPED.keys())
def test_right_to_left_and_shaped_scripts_are_recognised(char: str) -> None:
    assert cover._needs_shaping(char)


@pytest.mark.parametrize("char", ["a", "\u00e9", "\u0416", "\u03a9", "\u5fcd", "\u306e", "\ud55c"])
def test_scripts_drawn_letter_by_letter_need_no_shaping(char: str) -> None:
    assert not cover._needs_shaping(char)


RIGHT_TO_LEFT = {
    "arabic": "\u0645\u0631\u062d\u0628\u0627 \u0628\u0643\u0645",
    "hebrew": TITLES["rtl"],
}


@pytest.mark.parametrize("title", RIGHT_TO_LEFT.values(), ids=RIGHT_TO_LEFT.keys())
def test_right_to_left_title_keeps_the_bundled_font(
    monkeypatch: pytest.MonkeyPatch, title: str
) -> None:
    # DejaVu Sans has Arabic and Hebrew letters, but drawn unshaped and left to right they
    # would read wrong.
    assert cover._block_font(title) is None
    today = make_cover(title=title, authors=["Someone"])
    _bundled_font_only(monkeypatch)
    assert make_cover(title=title, authors=["Someone"]) == today


def test_latin_cover_does_not_look_for_an_installed_font(monkeypatch: pytest.MonkeyPatch) -> None:
    # Accents, ligatures and dashes the bundled font lacks but can spell without them.
    metadata: dict[str, Any] = {
        "title": "Café Noir — Pokémon Straße",
        "authors": ["Zoë Ångström", "Łukasz"],
        "fandom": "Pokémon",
        "series": "Œuvres – Tome 2",
    }
    with_search = make_cover(**metadata)

    def no_search(text: str) -> None:
        raise AssertionError(f"looked for an installed font for {text!r}")

    monkeypatch.setattr(cover, "_covering_font", no_search)
    assert make_cover(**metadata) == with_search


@pytest.mark.skipif(not features.check("freetype2"), reason="this Pillow has no FreeType")
def test_installed_fonts_are_looked_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import ImageFont

    looked_up: list[str] = []
    truetype = ImageFont.truetype

    def counting(font: Any, *args: Any, **kwargs: Any) -> ImageFont.FreeTypeFont:
        looked_up.append(str(font))
        return truetype(font, *args, **kwargs)

    monkeypatch.setattr(ImageFont, "truetype", counting)
    cover._installed_font.cache_clear()
    cover._covering_font.cache_clear()
    for title in ("Война и мир", "Η Οδύσσεια", "忍者の道"):
        make_cover(title=title, authors=["Кто-то"], fandom="Фэндом", series="Σειρά")
    names = [name for name in looked_up if name in cover._SYSTEM_FONTS]
    assert names  # the search ran …
    assert len(names) == len(set(names))  # … and asked for each font file at most once


def _contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    """WCAG contrast ratio of two sRGB colours."""

    def luminance(rgb: tuple[int, int, int]) -> float:
        r, g, b = (c / 255 / 12.92 if c <= 10 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in rgb)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _grey(rgb: tuple[int, int, int]) -> tuple[int, int, int]:
    """The colour as a greyscale e-ink screen shows it."""
    value = Image.new("RGB", (1, 1), rgb).convert("L").getpixel((0, 0))
    assert isinstance(value, int)
    return (value, value, value)


@pytest.mark.parametrize("background", cover._PALETTE)
def test_palette_keeps_contrast_in_colour_and_grey(background: tuple[int, int, int]) -> None:
    assert _contrast(cover._INK, background) >= 10
    assert _contrast(_grey(cover._INK), _grey(background)) >= 10


def test_cover_without_freetype_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    with_freetype = make_cover(title="Fallback", authors=["Someone"], fandom="Fandom")
    check = features.check
    monkeypatch.setattr(features, "check", lambda name: name != "freetype2" and check(name))
    data = make_cover(title="Fallback \u00e9 \u65e5", authors=["Someone"], fandom="Fandom")
    image = _open(data)
    assert image.size == (1600, 2560)
    assert len(data) <= LIMIT
    assert data != with_freetype
    assert len(_groups(_ink_rows(image))) >= 2


def test_importing_cover_does_not_import_pillow() -> None:
    code = "import sys, fic2epub.cover; sys.exit('PIL' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


# --- prepare_cover ------------------------------------------------------------------------


def _prepared(data: bytes) -> Image.Image:
    out = prepare_cover(data, source="cover.img")
    assert len(out) <= LIMIT
    assert out == prepare_cover(data, source="cover.img")  # deterministic
    image = _open(out)
    assert image.format == "JPEG"
    assert image.mode == "RGB"
    assert 0x0112 not in image.getexif()
    return image


def _near(pixel: Any, expected: tuple[int, int, int], tolerance: int = 24) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, expected, strict=True))


def test_png_alpha_is_flattened_onto_white() -> None:
    source = Image.new("RGBA", (200, 100), (0, 0, 0, 0))
    source.paste((0, 0, 0, 255), (100, 0, 200, 100))
    image = _prepared(_encode(source, "PNG"))
    assert image.size == (200, 100)
    assert _near(image.getpixel((40, 50)), (255, 255, 255))
    assert _near(image.getpixel((160, 50)), (0, 0, 0))


@pytest.mark.parametrize("fmt", ["PNG", "GIF"])
def test_palette_transparency_is_flattened_onto_white(fmt: str) -> None:
    source = Image.new("P", (60, 40), 0)
    source.putpalette([10, 20, 30, 200, 0, 0])
    source.paste(1, (30, 0, 60, 40))
    image = _prepared(_encode(source, fmt, transparency=0))
    assert _near(image.getpixel((10, 20)), (255, 255, 255))
    assert _near(image.getpixel((50, 20)), (200, 0, 0), tolerance=40)


def test_cmyk_jpeg_becomes_rgb() -> None:
    image = _prepared(_encode(Image.new("CMYK", (200, 100), (0, 255, 255, 0)), "JPEG"))
    assert _near(image.getpixel((100, 50)), (255, 0, 0), tolerance=40)


@pytest.mark.skipif(not features.check("webp"), reason="this Pillow has no WebP support")
def test_webp_is_read() -> None:
    image = _prepared(_encode(Image.new("RGB", (120, 80), (0, 90, 0)), "WEBP", lossless=True))
    assert image.size == (120, 80)
    assert _near(image.getpixel((60, 40)), (0, 90, 0))


def test_sixteen_bit_grey_keeps_its_tone() -> None:
    image = _prepared(_encode(Image.new("I;16", (64, 64), 32768), "PNG"))
    assert _near(image.getpixel((32, 32)), (128, 128, 128), tolerance=8)


def test_tiny_image_is_not_upscaled() -> None:
    assert _prepared(_encode(Image.new("RGB", (10, 20), (1, 2, 3)), "PNG")).size == (10, 20)


@pytest.mark.parametrize(
    ("size", "expected"),
    [((3000, 6000), (1280, 2560)), ((5000, 1000), (1600, 320)), ((3200, 5120), (1600, 2560))],
)
def test_large_image_is_downscaled_keeping_its_shape(
    size: tuple[int, int], expected: tuple[int, int]
) -> None:
    source = Image.linear_gradient("L").resize(size).convert("RGB")
    assert _prepared(_encode(source, "JPEG", quality=80)).size == expected


def test_noise_that_no_quality_can_squeeze_is_made_smaller() -> None:
    # Random pixels do not compress: even the lowest quality step is over the limit here.
    noise = Image.merge("RGB", [Image.effect_noise((1000, 1600), 90) for _ in range(3)])
    image = _prepared(_encode(noise, "PNG"))  # checks the byte limit
    assert image.width < 1000
    assert abs(image.width / image.height - 1000 / 1600) < 0.01


def test_exif_orientation_is_applied() -> None:
    # Stored sideways: red on the left, blue on the right; orientation 6 turns it clockwise.
    source = Image.new("RGB", (300, 100), (255, 0, 0))
    source.paste((0, 0, 255), (150, 0, 300, 100))
    exif = source.getexif()
    exif[0x0112] = 6
    image = _prepared(_encode(source, "JPEG", exif=exif.tobytes()))
    assert image.size == (100, 300)
    assert _near(image.getpixel((50, 40)), (255, 0, 0), tolerance=40)
    assert _near(image.getpixel((50, 260)), (0, 0, 255), tolerance=40)


def _truncated_png() -> bytes:
    data = _encode(Image.linear_gradient("L").resize((400, 400)), "PNG")
    return data[: len(data) // 2]


@pytest.mark.parametrize(
    "data",
    [b"", b"not an image at all", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, _truncated_png()],
    ids=["empty", "text", "png-signature-only", "truncated"],
)
def test_unreadable_data_is_an_input_error(data: bytes) -> None:
    with pytest.raises(InputError) as caught:
        prepare_cover(data, source="my-cover.png")
    assert caught.value.source == "my-cover.png"
    assert str(caught.value) == "my-cover.png: not an image Pillow can read"


@pytest.mark.parametrize("side", [40, 100], ids=["over-limit", "over-twice-limit"])
def test_decompression_bomb_is_refused(monkeypatch: pytest.MonkeyPatch, side: int) -> None:
    data = _encode(Image.new("RGB", (side, side)), "PNG")
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)
    with pytest.raises(InputError, match="too large") as caught:
        prepare_cover(data, source="bomb.png")
    assert "\n" not in str(caught.value)


def test_a_font_file_in_the_working_directory_is_not_taken_for_an_installed_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cover._installed_font.cache_clear()
    installed = cover._installed_font("DejaVuSans.ttf")
    if installed is None:
        pytest.skip("DejaVu Sans is not installed here")
    monkeypatch.chdir(tmp_path)
    cover._installed_font.cache_clear()
    try:
        # A real font under that name, so only the guard keeps Pillow from opening it.
        (tmp_path / "DejaVuSans.ttf").write_bytes(Path(installed).read_bytes())
        assert cover._installed_font("DejaVuSans.ttf") is None
    finally:
        cover._installed_font.cache_clear()
