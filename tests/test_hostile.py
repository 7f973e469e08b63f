"""Hostile content: markup in story text and metadata is shown as text, never run as code.

Every book written here is checked member by member (no script element, no event handler, no
``javascript:`` URL, every XML member well-formed) and saved for EPUBCheck.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from book_checks import EpubReport, check_epub, check_html, raw_markup_problems, text_of, xp
from cli_helpers import invoke
from conftest import EpubCheckQueue
from fic2epub import pipeline
from fic2epub.model import (
    Chapter,
    Emph,
    EndMarker,
    Field,
    Metadata,
    Note,
    Paragraph,
    Part,
    SceneBreak,
    Story,
    Text,
)
from fic2epub.options import OutputFormat, WriteOptions
from fic2epub.render import make_environment

# Markup a story's author might type, or paste, into prose: each must come out as these
# characters, as text. (No straight quotes or double hyphens: typography would change them.)
HOSTILE_PROSE = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "<a href=javascript:alert(3) onclick=alert(4)>a link</a>",
    "javascript:alert(5)",
    "]]>",
    "<!",
    "<b>not bold</b>",
    "&amp; &lt; &#60; &nbsp;",
    "<![CDATA[ raw ]]>",
    "<?xml-stylesheet href=x?>",
    "<style>p{display:none}</style>",
    "<iframe src=https://example.org/></iframe>",
    "<svg onload=alert(6)>",
    "&",
)
STORY = f"""\
Title: Tom & Jerry <script>alert(1)</script>
Author: Pat <img src=x onerror=alert(2)>
Fandom: <b>Cartoons</b> & Co
Rating: T

A/N: A note with <b>markup</b> & an <iframe src=x>.

Chapter 1: <script>alert(7)</script>

{HOSTILE_PROSE[0]} was typed & then {HOSTILE_PROSE[1]} too.

{" / ".join(HOSTILE_PROSE[2:8])}

{" / ".join(HOSTILE_PROSE[8:])}

Chapter 2: <b onmouseover=alert(8)>Two</b>

*<i>nested</i>* and **<u>strong</u>** and the end.

A/N: <style>body{{display:none}}</style> bye & thanks.
"""

FORMATS: tuple[OutputFormat, ...] = ("epub", "kepub", "html")
SUFFIX = {"epub": ".epub", "kepub": ".kepub.epub", "html": ".html"}


def xhtml_text(report: EpubReport) -> str:
    """All text of the book's section documents, in reading order."""
    return "\n".join(text_of(report.documents[path]) for path in report.spine)


def written(tmp_path: Path, fmt: OutputFormat, *args: str) -> bytes:
    """Convert the hostile story with the CLI (in this process) and return the book."""
    story = tmp_path / "hostile.txt"
    story.write_text(STORY, encoding="utf-8")
    output = tmp_path / f"hostile-{len(args)}{SUFFIX[fmt]}"
    result = invoke("convert", str(story), "-o", str(output), "--format", fmt, *args)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    return output.read_bytes()


@pytest.mark.parametrize("fmt", ["epub", "kepub"])
def test_hostile_story_text_is_shown_as_text(
    fmt: OutputFormat, tmp_path: Path, checked_epubs: EpubCheckQueue
) -> None:
    data = written(tmp_path, fmt)
    checked_epubs.save(data, f"hostile-story.{fmt}.epub")
    report = check_epub(data)
    for member, content in report.members.items():
        assert not raw_markup_problems(content), member
    text = xhtml_text(report)
    for piece in HOSTILE_PROSE:
        assert piece in text, piece
    chapter = report.members["EPUB/s1-ch001.xhtml"]
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in chapter
    assert b"&lt;img src=x onerror=alert(2)&gt;" in chapter
    assert b"]]&gt;" in chapter
    assert "Chapter 1: <script>alert(7)</script>" in text
    assert "<b onmouseover=alert(8)>Two</b>" in text
    assert "A note with <b>markup</b> & an <iframe src=x>." in text


def test_hostile_story_text_in_html(tmp_path: Path) -> None:
    data = written(tmp_path, "html")
    assert not raw_markup_problems(data)
    root = check_html(data)
    text = text_of(root)
    for piece in HOSTILE_PROSE:
        assert piece in text, piece
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in data
    # The only elements are the book's own: nothing the story typed became one.
    tags = {element.tag for element in root.iter() if isinstance(element.tag, str)}
    assert not tags & {"script", "img", "iframe", "svg", "style", "b", "u", "i"} - {"style"}


# --- metadata -------------------------------------------------------------------------------

TITLE = "Salt & \"Iron\" <script>alert(1)</script> ]]> 'q'"
AUTHORS = ('Ann <img src=x onerror=alert(2)> "A"', "Bob & Co")
LABEL = '<b>Beta "reader"</b>'
VALUE = "<i>Jo</i> & javascript:alert(3)"
FLAGS = (
    *("--title", TITLE, "--author", AUTHORS[0], "--author", AUTHORS[1]),
    *("--set", f"{LABEL}={VALUE}", "--set", 'tags=<u>one</u>, a&b, "c"'),
    *("--set", "series=<em>Tides</em> & Co #2", "--set", "summary=<p>Sum</p> & ]]>"),
)


def _opf_texts(report: EpubReport, path: str) -> list[str]:
    opf = etree.fromstring(report.members[report.opf_path])
    return [str(text) for text in xp(opf, path)]


@pytest.mark.parametrize("fmt", ["epub", "kepub"])
def test_hostile_metadata_is_escaped_everywhere_in_an_epub(
    fmt: OutputFormat, tmp_path: Path, checked_epubs: EpubCheckQueue
) -> None:
    data = written(tmp_path, fmt, *FLAGS)
    checked_epubs.save(data, f"hostile-metadata.{fmt}.epub")
    report = check_epub(data)
    assert _opf_texts(report, "//dc:title/text()") == [TITLE]
    assert _opf_texts(report, "//dc:creator/text()") == list(AUTHORS)
    assert {"<u>one</u>", "a&b"} <= set(_opf_texts(report, "//dc:subject/text()"))
    assert "<em>Tides</em> & Co" in _opf_texts(report, "//opf:meta/text()")
    ncx = etree.fromstring(report.members["EPUB/toc.ncx"])
    assert xp(ncx, "ncx:docTitle/ncx:text/text()") == [TITLE]
    assert xp(ncx, "ncx:docAuthor/ncx:text/text()") == list(AUTHORS)
    nav = report.documents["EPUB/nav.xhtml"]
    labels = [text_of(a) for a in xp(nav, "//x:nav[@id='toc']//x:a")]
    assert "Chapter 1: <script>alert(7)</script>" in labels
    title_page = report.documents["EPUB/titlepage.xhtml"]
    assert [text_of(h) for h in xp(title_page, "//x:h1")] == [TITLE]
    page_text = text_of(title_page)
    for shown in (*AUTHORS, LABEL, VALUE, "<p>Sum</p> & ]]>"):
        assert shown in page_text, shown
    for member, content in report.members.items():
        assert not raw_markup_problems(content), member


def test_hostile_metadata_is_escaped_in_html(tmp_path: Path) -> None:
    data = written(tmp_path, "html", *FLAGS)
    root = check_html(data)
    assert root.findtext("head/title") == TITLE
    [heading] = [h for h in root.iter("h1") if h.get("class") == "title"]
    assert heading.text_content() == TITLE
    text = root.text_content()
    for shown in (*AUTHORS, LABEL, VALUE, "<p>Sum</p> & ]]>"):
        assert shown in text, shown
    assert not raw_markup_problems(data)


# --- every field of the model, built by hand ------------------------------------------------

EVIL = "<script>alert(\"x\")</script> & ]]> <img src=x onerror=alert(1)> 'q'"


def _para(text: str) -> Paragraph:
    return Paragraph(content=(Text(text=text),))


def evil_story(n: int) -> Story:
    """A story with hostile markup in every field a writer shows, notes labels included."""

    def note(origin: str) -> Note:
        return Note(label=f"A/N {EVIL}", blocks=(_para(f"{origin}: {EVIL}"),), origin=origin)  # type: ignore[arg-type]

    chapter = Chapter(
        title=f"Chapter 1: {EVIL}",
        number=1,
        blocks=(
            _para(EVIL),
            Paragraph(content=(Emph(children=(Text(text=EVIL),)),), align="center"),
            SceneBreak(marker=EVIL),
            EndMarker(text=EVIL),
        ),
        notes_before=(note("chapter-start"),),
        notes_after=(note("chapter-end"),),
    )
    return Story(
        metadata=Metadata(
            title=f"{n}: {EVIL}",
            authors=(EVIL, "B & <b>C</b>"),
            language="en",
            fandoms=(EVIL,),
            relationships=(f"A/{EVIL}",),
            characters=(EVIL,),
            rating=EVIL,
            warnings=(EVIL,),
            categories=(EVIL,),
            tags=(EVIL, 'javascript:alert("t")'),
            summary=f"{EVIL}\n\n{EVIL}",
            status=EVIL,
            series=EVIL,
            series_index=2.0,
            disclaimer=EVIL,
            word_count=10,
            published="2021-03-04",
            source_url="javascript:alert(1)",
            extra=(Field(label=EVIL, value=EVIL), Field(label="Prompt", value=f"{EVIL}\n{EVIL}")),
        ),
        front_notes=(note("before-story"),),
        parts=(Part(title=f"Part One: {EVIL}", chapters=(chapter,)),),
        back_notes=(note("after-story"),),
        source="evil.txt",
    )


@pytest.mark.parametrize("notes", ["auto", "front", "back", "inline"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("count", [1, 2])
def test_every_field_is_escaped(
    count: int, fmt: OutputFormat, notes: str, checked_epubs: EpubCheckQueue
) -> None:
    from fic2epub.assemble import assemble

    options = WriteOptions(format=fmt, notes=notes)  # type: ignore[arg-type]
    stories = [evil_story(n) for n in range(1, count + 1)]
    extra = {"title": f"Anthology {EVIL}", "editors": (EVIL,)} if count > 1 else {}
    book = assemble(stories, options, **extra)  # type: ignore[arg-type]
    data = pipeline.render_book(book, options)
    if fmt == "html":
        assert not raw_markup_problems(data)
        text = check_html(data).text_content()
    else:
        checked_epubs.save(data, f"evil-{count}-{notes}.{fmt}.epub")
        report = check_epub(data)
        for member, content in report.members.items():
            assert not raw_markup_problems(content), member
        text = xhtml_text(report)
        # The javascript: source URL is shown (or not) as text, never as a link.
        assert not any("javascript" in str(h).lower() for h in _all_hrefs(report))
    # The model is written as given (no typography), so the markup survives character for
    # character, in every section that shows it.
    assert text.count(EVIL) >= 8


def _all_hrefs(report: EpubReport) -> list[str]:
    return [str(h) for root in report.documents.values() for h in xp(root, "//@href")]


def test_templates_autoescape() -> None:
    environment = make_environment()
    assert environment.autoescape is True
    rendered = environment.from_string("<p title='{{ x }}'>{{ x }}</p>").render(x=EVIL)
    assert "<script>" not in rendered and "<img" not in rendered
    assert rendered.count("&lt;script&gt;") == 2
    assert "&#39;q&#39;" in rendered
