"""The bundled stylesheet leaves type and colour to the reader and documents its class names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from fic2epub.resources import STYLESHEET, bundled_templates_dir

# Keywords that may appear in the value of a property that could carry a colour: anything else
# that looks like a word is taken for a colour name.
NOT_COLOURS = frozenset(
    {"currentcolor", "inherit", "transparent", "initial", "unset", "revert", "none", "hidden"}
    | {"thin", "medium", "thick", "solid", "dashed", "dotted", "double", "groove", "ridge"}
    | {"inset", "outset", "auto", "underline", "overline", "line-through"}
)
GENERIC_FAMILIES = frozenset(
    {"serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui", "inherit"}
)
ABSOLUTE_UNITS = re.compile(r"\d(px|pt|pc|cm|mm|in|q)\b", re.IGNORECASE)
ABSOLUTE_SIZE_KEYWORDS = frozenset(
    {"xx-small", "x-small", "small", "medium", "large", "x-large", "xx-large", "xxx-large"}
)
COLOUR_FUNCTION = re.compile(r"#[0-9a-f]{3,8}\b|\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(")


def stylesheet() -> str:
    return (bundled_templates_dir() / STYLESHEET).read_text(encoding="utf-8")


def declarations(css: str) -> list[tuple[str, str]]:
    """Every ``property: value`` in ``css``, lower-cased, comments removed."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)
    result = []
    for block in re.findall(r"\{([^{}]*)\}", css):
        for declaration in block.split(";"):
            if ":" in declaration:
                name, value = declaration.split(":", 1)
                result.append((name.strip().lower(), value.strip().lower()))
    return result


def test_the_parser_sees_every_rule() -> None:
    found = declarations("a { color: red; /* x: y */ font-size: 12px } b{margin:0}")
    assert found == [("color", "red"), ("font-size", "12px"), ("margin", "0")]
    assert len(declarations(stylesheet())) > 40


@pytest.mark.parametrize(("name", "value"), declarations(stylesheet()))
def test_no_fixed_fonts_sizes_or_colours(name: str, value: str) -> None:
    assert name != "font", "the font shorthand sets a family and size"
    if name == "font-size":
        assert not ABSOLUTE_UNITS.search(value), (name, value)
        assert value not in ABSOLUTE_SIZE_KEYWORDS, (name, value)
    if name == "font-family":
        families = {family.strip().strip("\"'") for family in value.split(",")}
        assert families <= GENERIC_FAMILIES, (name, value)
    if name == "color-scheme":
        return  # says which schemes the book supports; it sets no colour itself
    if "color" in name or name.startswith(("background", "border", "outline", "text-decoration")):
        assert not COLOUR_FUNCTION.search(value), (name, value)
        words = set(re.findall(r"[a-z][a-z-]*", value)) - NOT_COLOURS
        # What is left can only be a unit stuck to a number ("0.5em"), never a colour name.
        assert all(re.search(rf"\d{word}\b", value) for word in words), (name, value)


def test_every_class_the_templates_use_is_documented() -> None:
    css = stylesheet()
    header = css[: css.index("*/")]
    documented = set(re.findall(r"^\s+\.([A-Za-z-]+)", header, flags=re.MULTILINE))
    templates = bundled_templates_dir()
    used: set[str] = set()
    for template in templates.glob("*.jinja"):
        for attribute in re.findall(r'class="([^"{]*)', template.read_text(encoding="utf-8")):
            # "note-{{ where }}" is cut at the brace; its values are named in the header text.
            used.update(word for word in attribute.split() if not word.endswith("-"))
    assert {"note-before", "note-after"} <= set(re.findall(r"\.([a-z-]+)", header))
    kepub = Path(__file__).resolve().parents[1] / "src" / "fic2epub" / "writers" / "kepub.py"
    used.update(re.findall(r'_CLASS = "([A-Za-z-]+)"', kepub.read_text(encoding="utf-8")))
    render = Path(__file__).resolve().parents[1] / "src" / "fic2epub" / "render.py"
    used.update(re.findall(r'"class": "([a-z-]+)"', render.read_text(encoding="utf-8")))
    used.update(re.findall(r'"class", "([a-z-]+)"', render.read_text(encoding="utf-8")))
    assert used, "no class names found: the test no longer reads the templates"
    assert used <= documented, sorted(used - documented)


def test_scene_breaks_and_notes_stand_out_without_colour() -> None:
    rules = dict(
        re.findall(r"([^{}]+)\{([^{}]*)\}", re.sub(r"/\*.*?\*/", "", stylesheet(), flags=re.DOTALL))
    )
    rules = {selector.strip(): body for selector, body in rules.items()}
    scene = rules["hr.scene-break"]
    # A centred rule: unlike blank space, it still shows when the break falls at a page top.
    assert "margin: 1.5em auto" in scene and "border-top: thin solid" in scene
    assert "break-after: avoid" in scene
    assert "border-left" in rules["aside.note"]
    assert "display: none" in rules["nav[hidden],\n.landmarks"]
