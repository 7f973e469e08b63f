"""The chunk passes (layout, headings, header, body), on fixture cases.

Each expected line is one chunk: its role, ``[label]`` for fields and notes, ``+break`` when
a run of blank lines before it marks a scene break, ``|`` between the lines of a chunk, ``>``
for a chunk that continues the one above after a deliberate line break.
"""

from __future__ import annotations

import pytest

from fic2epub.normalise.body import read_body
from fic2epub.normalise.chunks import Chunks
from fic2epub.normalise.header import read_header, story_start
from fic2epub.normalise.headings import mark_headings
from fic2epub.normalise.layout import layout
from fic2epub.options import ReadOptions
from fixture_cases import Case, read_cases


def _describe(chunks: Chunks) -> str:
    rows = []
    for chunk in chunks:
        role = chunk.role + (f"[{chunk.label}]" if chunk.label else "")
        role += " +break" if chunk.break_before else ""
        role += " >" if chunk.continues else ""
        role += " centred" if chunk.centred else ""
        rows.append(f"{role}: {' | '.join(chunk.lines)}")
    return "\n".join(rows)


def _classify(text: str) -> Chunks:
    chunks = mark_headings(layout(text))
    chunks = read_header(chunks)
    return read_body(chunks, story_start(chunks))


@pytest.mark.parametrize("case", read_cases("layout"), ids=str)
def test_layout(case: Case) -> None:
    assert _describe(layout(case.source)) == case.expected


@pytest.mark.parametrize("case", read_cases("headings"), ids=str)
def test_headings(case: Case) -> None:
    assert _describe(mark_headings(layout(case.source))) == case.expected


@pytest.mark.parametrize("case", read_cases("header"), ids=str)
def test_header(case: Case) -> None:
    assert _describe(read_header(mark_headings(layout(case.source)))) == case.expected


@pytest.mark.parametrize("case", read_cases("body"), ids=str)
def test_body(case: Case) -> None:
    assert _describe(_classify(case.source)) == case.expected


@pytest.mark.parametrize("case", read_cases("pages"), ids=str)
def test_pages(case: Case) -> None:
    """Whole-page copies, read by the text steps (a wiki's page, a clipper's framing) and then
    every chunk pass."""
    from fic2epub.readers.text import classify

    chunks = classify(case.source.encode("utf-8"), ReadOptions(), "fixture")
    assert _describe(chunks) == case.expected


def test_ffn_page_title() -> None:
    """FanFiction.Net's page title gives the story's title; other lines give None."""
    from fic2epub.normalise.ffn_page import ffn_page_title

    assert ffn_page_title("Low Tide, a Moby Dick fanfic | FanFiction") == "Low Tide"
    assert ffn_page_title("Low Tide Chapter 2: Ebb, a Moby Dick fanfic | FanFiction") == "Low Tide"
    assert ffn_page_title("Low Tide | a story of the sea") is None


def test_ffn_page_fandoms() -> None:
    """FanFiction.Net's page title names the fandom (ffn-page-title-fandom), both of a
    crossover's; FictionPress's names a genre, and other lines name nothing."""
    from fic2epub.normalise.ffn_page import ffn_page_fandoms

    assert ffn_page_fandoms("Low Tide Chapter 2, a Moby Dick fanfic | FanFiction") == ("Moby Dick",)
    crossover = "Low Tide, a Moby Dick + Treasure Island Crossover fanfic | FanFiction"
    assert ffn_page_fandoms(crossover) == ("Moby Dick", "Treasure Island")
    assert ffn_page_fandoms("Low Tide, a romance fiction | FictionPress") == ()
    assert ffn_page_fandoms("Low Tide | a Moby Dick story") == ()


def test_ffn_page_title_fandom_waits_for_the_header() -> None:
    """The page title's fandom is the story's when nothing else names one; a breadcrumb
    under it names the fandom as the site files it (ffn-page-title-fandom)."""
    from fic2epub.readers.text import read_text

    page = "Low Tide Chapter 1, a Moby Dick fanfic | FanFiction\n\nThe sea was grey.\n"
    assert read_text(page.encode(), ReadOptions()).metadata.fandoms == ("Moby Dick",)
    filed = page.replace("\n\n", "\nBooks » Moby-Dick\n\n", 1)
    assert read_text(filed.encode(), ReadOptions()).metadata.fandoms == ("Moby-Dick",)


def test_ffn_link_card_names_the_story() -> None:
    """A share sheet's link card under the story gives the title and fandom when no header
    named them (ffn-link-card); a header's title line wins over it."""
    from fic2epub.readers.text import read_text

    card = "Low Tide Chapter 1, a Moby Dick fanfic | FanFiction\nm.fanfiction.net\n"
    pasted = "The sea was grey.\nThe gulls said nothing.\n" + card
    meta = read_text(pasted.encode(), ReadOptions()).metadata
    assert (meta.title, meta.fandoms) == ("Low Tide", ("Moby Dick",))
    titled = "High Water\n\nThe sea was grey.\n\nThe gulls said nothing.\n\n" + card
    assert read_text(titled.encode(), ReadOptions()).metadata.title == "High Water"


def test_ffn_page_chapter() -> None:
    """A lone chapter page with no heading is named by FFN's page title (ffn-page-chapter);
    a one-shot's page title names no chapter."""
    from fic2epub.normalise.ffn_page import page_chapter_heading

    def heading(first_line: str) -> str | None:
        chunks = read_header(mark_headings(layout(f"{first_line}\n\nThe sea was grey.\n")))
        found = page_chapter_heading(chunks[: story_start(chunks)])
        return found.value if found is not None else None

    long_title = "Low Tide Chapter 2: Ebb and Flow, a moby dick fanfic | FanFiction"
    assert heading(long_title) == "Chapter 2: Ebb and Flow"
    assert heading("Low Tide, a Moby Dick fanfic | FanFiction") is None
    assert heading("Low Tide") is None


def test_ffn_page_title_chapters() -> None:
    """Chapter pages pasted from a reader view, each under its page title line, are chapters
    named by those lines (ffn-page-title-chapter, and ffn-page-chapter for the first); the
    same page title twice is one chapter copied twice, not two."""
    from fic2epub.readers.text import read_text

    def page(number: int, name: str, text: str) -> str:
        title = f"Low Tide Chapter {number}: {name}, a Moby Dick fanfic | FanFiction"
        return f"{title}\nwww.fanfiction.net\n\n{text}\n\nThe gulls said nothing.\n\n"

    two = page(1, "Ebb", "The sea was grey.") + page(2, "Flow", "The sea came back.")
    story = read_text(two.encode(), ReadOptions())
    assert [chapter.title for chapter in story.chapters] == ["Chapter 1: Ebb", "Chapter 2: Flow"]
    again = page(1, "Ebb", "The sea was grey.") + page(1, "Ebb", "The sea came back.")
    story = read_text(again.encode(), ReadOptions())
    assert [chapter.title for chapter in story.chapters] == ["Chapter 1: Ebb"]


def test_byline_names_under_the_title() -> None:
    """A lower-case "by" line gives the names after "by" (lower-case-by-names); a name that
    opens with "By" is the whole name (by-is-a-word); a summary sentence under "By:" is not
    part of the names (names-end-on-their-line)."""
    from fic2epub.readers.text import read_text

    def authors(header: str) -> tuple[str, ...]:
        story = f"{header}\n\nRating: K\n\nThe lamp was lit at dusk, and nobody saw who lit it.\n"
        return read_text(story.encode(), ReadOptions()).metadata.authors

    assert authors("the quiet house\nby hverdag hanne") == ("hverdag hanne",)
    assert authors("Byron's Lamp\nByron Vale") == ("Byron Vale",)
    assert authors("The Lamp\nBy: kesti laine\nA widow keeps a lamp burning for her son.") == (
        "kesti laine",
    )


def test_byline_names_in_a_markdown_link() -> None:
    """A converter's Markdown byline links the name to its profile (markdown-link-byline):
    the name is the link's text, the address goes."""
    from fic2epub.normalise.bylines import byline_names

    assert byline_names("by [fen_lantern](https://archiveofourown.org/users/fen_lantern)") == (
        "fen_lantern",
    )
    assert byline_names("by [Ivo Marsh](/users/ivo)") == ("Ivo Marsh",)


def test_spaced_title_under_heading() -> None:
    """A bare "Chapter N" with its name a paragraph below gives one heading, "Chapter N:
    Name" (title-under-heading-spaced); a line of prose there leaves the heading bare."""
    chunks = mark_headings(
        layout(
            "Chapter 1\n\nThe Orchard Gate\n\nThe apples were late that year.\n\n"
            "Chapter 2\n\nRain again\n\nThe apples rotted.\n"
        )
    )
    headings = [chunk.value or chunk.text for chunk in chunks if chunk.role == "heading"]
    assert headings == ["Chapter 1: The Orchard Gate", "Chapter 2"]


def test_slash_box_heading_named_without_slashes() -> None:
    """Rule ``slash-box-heading``: the chapter is named by the framed line without its "//";
    a box holding a paragraph of prose is no heading box."""
    rule = "//" + "-" * 20 + "//"
    chunks = mark_headings(
        layout(f"{rule}\n// Second Frost\n{rule}\n\nThe pond froze twice that year.\n")
    )
    headings = [chunk.value for chunk in chunks if chunk.role == "heading"]
    assert headings == ["Second Frost"]
    long = "// " + "the pond froze and the ducks walked on it " * 4
    chunks = mark_headings(layout(f"{rule}\n{long}\n{rule}\n\nThe ice held.\n"))
    assert not any(chunk.role == "heading" for chunk in chunks)


def test_go_without_chapter_index_stays() -> None:
    """Rule ``chapter-dropdown-lines``: "Go" counts as AO3's button only under the options
    that "Chapter Index" opens; under a countdown in the story it is the story's word."""
    from fic2epub.normalise.ffn_page import drop_chapter_dropdowns

    chunks = list(layout("The starter raised his flag.\n1. Take your marks\n2. Get set\nGo\n"))
    drop_chapter_dropdowns(chunks)
    assert all(chunk.rule != "chapter-dropdown-lines" for chunk in chunks)
    menu = list(layout("Chapter Index\n1. The Lamp Room\n2. Last Watch\nGo\n"))
    drop_chapter_dropdowns(menu)
    assert [chunk.rule for chunk in menu] == ["chapter-dropdown-lines"] * 4
