"""Tests for render (blocks -> markup, the Jinja environment, filters) and resources."""

from __future__ import annotations

import re
from pathlib import Path

import jinja2
import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from fic2epub.errors import UsageError
from fic2epub.model import (
    Block,
    Emph,
    EndMarker,
    Inline,
    LineBreak,
    Paragraph,
    SceneBreak,
    Strong,
    Text,
)
from fic2epub.render import (
    Method,
    block_markup,
    blocks_markup,
    clean_text,
    format_number,
    format_thousands,
    is_web_url,
    join_names,
    make_environment,
    paragraphs,
    render_template,
    style_markup,
)
from fic2epub.resources import (
    STYLESHEET,
    bundled_templates_dir,
    find_resource,
    template_search_path,
)
from model_strategies import blocks
from story_samples import para

CHECKOUT_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def xml(block: Block) -> str:
    return block_markup(block, "xml")


def test_paragraph_with_nested_emphasis_and_line_break() -> None:
    block = Paragraph(
        content=(
            Text(text="a "),
            Emph(children=(Text(text="b "), Strong(children=(Text(text="c"),)))),
            Text(text=" d"),
            LineBreak(),
            Text(text="e"),
            Strong(children=(Emph(children=(Text(text="f"),)),)),
        )
    )
    assert xml(block) == (
        "<p>a <em>b <strong>c</strong></em> d<br/>e<strong><em>f</em></strong></p>"
    )


def test_centred_paragraph_scene_break_and_end_marker() -> None:
    centred = Paragraph(content=(Text(text="x"),), align="center")
    assert xml(centred) == '<p class="center">x</p>'
    assert xml(SceneBreak(marker="* * *")) == '<hr class="scene-break"/>'
    assert xml(EndMarker(text="fin")) == '<p class="end-marker">fin</p>'


def test_markup_in_text_is_escaped_and_forbidden_characters_dropped() -> None:
    block = para("<script>alert(1)</script> & ]]> \x00\x0b\ufffe ok")
    out = xml(block)
    assert out == "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt;  ok</p>"
    assert etree.fromstring(out).text == "<script>alert(1)</script> & ]]>  ok"


_ANY_TEXT = st.text(st.characters(blacklist_categories=())) | st.text(
    st.sampled_from("a\t\n\r\x00\x0b\x1f\x7f\x85\xa0\xad\u2028\ud800\udfff\ufffd\ufffe\uffff")
)


@given(_ANY_TEXT)
def test_clean_text_drops_what_the_pattern_drops(text: str) -> None:
    # clean_text returns a printable text as it is, without asking the pattern.
    assert clean_text(text) == re.sub(
        "[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]", "", text
    )


def _lxml_block(block: Block) -> etree._Element:
    """The lxml elements the markup must match, built the plain way, with no empty text
    (as parsed: an element parsed from ``<p></p>`` holds no text)."""
    if isinstance(block, SceneBreak):
        return etree.Element("hr", {"class": "scene-break"})
    if isinstance(block, EndMarker):
        marker = etree.Element("p", {"class": "end-marker"})
        marker.text = clean_text(block.text) or None
        return marker
    assert isinstance(block, Paragraph)
    paragraph = etree.Element("p", {"class": "center"} if block.align == "center" else {})
    _lxml_inlines(paragraph, block.content)
    return paragraph


def _lxml_inlines(parent: etree._Element, inlines: tuple[Inline, ...]) -> None:
    for inline in inlines:
        if isinstance(inline, Text):
            if len(parent):
                parent[-1].tail = (parent[-1].tail or "") + clean_text(inline.text) or None
            else:
                parent.text = (parent.text or "") + clean_text(inline.text) or None
        elif isinstance(inline, LineBreak):
            etree.SubElement(parent, "br")
        else:
            name = "em" if isinstance(inline, Emph) else "strong"
            _lxml_inlines(etree.SubElement(parent, name), inline.children)


_TEXTS = st.text(alphabet=st.sampled_from("ab &<>\"'\r\n\t\xa0é—\x00\x0b\ufffe\U0001f600"))
_BLOCKS = blocks(_TEXTS)


@given(block=_BLOCKS, method=st.sampled_from(["xml", "html"]))
def test_block_markup_is_what_lxml_serialises(block: Block, method: Method) -> None:
    expected = etree.tostring(_lxml_block(block), encoding="unicode", method=method)
    assert block_markup(block, method) == expected


def test_blocks_markup_differs_only_in_serialisation() -> None:
    blocks = (Paragraph(content=(Text(text="a"), LineBreak(), Text(text="b"))), SceneBreak())
    assert blocks_markup(blocks, "xml") == '<p>a<br/>b</p>\n<hr class="scene-break"/>'
    assert blocks_markup(blocks, "html") == '<p>a<br>b</p>\n<hr class="scene-break">'


def test_environment_autoescapes_and_is_strict(tmp_path: Path) -> None:
    (tmp_path / "probe.jinja").write_text("<b>{{ value }}</b>{{ blocks }}", encoding="utf-8")
    environment = make_environment(tmp_path)
    out = render_template(
        environment,
        "probe.jinja",
        value='Tom & Jerry: "Quotes" <3',
        blocks=blocks_markup((), "xml"),
    )
    assert out == "<b>Tom &amp; Jerry: &#34;Quotes&#34; &lt;3</b>"
    assert isinstance(environment.undefined(), jinja2.StrictUndefined)
    with pytest.raises(UsageError, match="template error"):
        render_template(environment, "probe.jinja", value="x")


def test_environment_drops_xml_forbidden_characters_from_printed_strings(tmp_path: Path) -> None:
    (tmp_path / "probe.jinja").write_text("[{{ value }}]", encoding="utf-8")
    out = render_template(make_environment(tmp_path), "probe.jinja", value="a\x01b\x1fc")
    assert out == "[abc]"


def test_template_syntax_error_names_the_template(tmp_path: Path) -> None:
    (tmp_path / "chapter.xhtml.jinja").write_text("{% if %}", encoding="utf-8")
    with pytest.raises(UsageError) as raised:
        render_template(make_environment(tmp_path), "chapter.xhtml.jinja")
    assert "chapter.xhtml.jinja" in str(raised.value)
    assert "line 1" in str(raised.value)


def test_missing_template_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="not found"):
        render_template(make_environment(), "no-such.jinja")


def test_override_directory_replaces_single_files(tmp_path: Path) -> None:
    (tmp_path / "toc.xhtml.jinja").write_text("custom", encoding="utf-8")
    environment = make_environment(tmp_path)
    assert render_template(environment, "toc.xhtml.jinja") == "custom"
    bundled = environment.get_template("chapter.xhtml.jinja").filename
    assert bundled is not None
    assert Path(bundled).parent == bundled_templates_dir()


def test_resources_find_the_bundle_and_prefer_overrides(tmp_path: Path) -> None:
    bundled = bundled_templates_dir()
    # An editable install finds the checkout's templates/; a wheel carries a copy of them.
    assert bundled == CHECKOUT_TEMPLATES or bundled.parent.name == "fic2epub"
    for template in CHECKOUT_TEMPLATES.iterdir():
        assert (bundled / template.name).read_bytes() == template.read_bytes()
    assert find_resource(STYLESHEET, None) == bundled / STYLESHEET
    assert find_resource(STYLESHEET, tmp_path) == bundled / STYLESHEET
    (tmp_path / STYLESHEET).write_text("p {}", encoding="utf-8")
    assert find_resource(STYLESHEET, tmp_path) == tmp_path / STYLESHEET
    assert template_search_path(tmp_path) == (tmp_path, bundled)
    with pytest.raises(UsageError, match="does not exist"):
        template_search_path(tmp_path / "missing")
    with pytest.raises(UsageError):
        find_resource("missing.css", None)


def test_every_bundled_template_compiles() -> None:
    environment = make_environment()
    names = sorted(p.name for p in CHECKOUT_TEMPLATES.glob("*.jinja"))
    assert "book.html.jinja" in names and "chapter.xhtml.jinja" in names
    for name in names:
        environment.get_template(name)


def test_stylesheet_documents_its_classes_and_fixes_no_colours() -> None:
    css = (CHECKOUT_TEMPLATES / STYLESHEET).read_text(encoding="utf-8")
    header = css.split("*/", 1)[0]
    for name in ("scene-break", "note", "note-label", "end-marker", "center", "chapter-title"):
        assert f".{name} " in header
    for forbidden in ("#", "rgb(", "hsl(", "font-family", "px", "pt;", "color:"):
        assert forbidden not in css.split("*/", 1)[1], forbidden


def test_style_markup_cannot_close_the_style_element() -> None:
    out = style_markup("p::after { content: '</style><script>x</script>'; } a > b {}")
    assert "</style" not in out.lower()
    assert "<\\/style>" in out
    assert "a > b" in out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("one", [["one"]]),
        ("a\nb\n\n\nc", [["a", "b"], ["c"]]),
        ("\n  x  \n\n", [["x"]]),
        ("", []),
    ],
)
def test_paragraphs(text: str, expected: list[list[str]]) -> None:
    assert paragraphs(text) == expected


def test_small_filters() -> None:
    assert format_number(2.0) == "2"
    assert format_number(2.5) == "2.5"
    assert format_thousands(1234567) == "1,234,567"
    assert join_names(["A"]) == "A"
    assert join_names(["A", "B"]) == "A and B"
    assert join_names(["A", "B", "C"]) == "A, B and C"
    assert is_web_url("https://example.org/x?a=1&b=2")
    assert not is_web_url("javascript:alert(1)")
    assert not is_web_url('https://x.org/"onmouseover')
    assert clean_text("a\x00b\tc\n") == "ab\tc\n"
