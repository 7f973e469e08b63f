"""Anthologies: many stories in one book, from the command line (manifests: test_manifest.py)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from lxml import etree

from cli_helpers import LANTERN_STORY, invoke, one_line, story_file
from conftest import EpubCheckQueue
from fic2epub.anthology import (
    common_series,
    compile_anthology,
    series_order,
    shared_disclaimers,
    with_notes_placed,
)
from fic2epub.assemble import assemble, toc_tree
from fic2epub.model import Metadata, Story
from fic2epub.options import WriteOptions
from fic2epub.pipeline import render_book
from story_samples import notes_story, one_shot, parts_story
from writer_helpers import EPUB_TYPE, Epub, text_of, xp

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
SEEDS = ROOT.parent / "shared" / "seeds"

Tree = list[tuple[str, str, "Tree"]]


def series_story(title: str, part: int, *, author: str = "Marram Vane") -> str:
    """A short original story that says it is part ``part`` of the series "The Tide Book"."""
    return (
        f"Title: {title}\nAuthor: {author}\nSeries: The Tide Book, Part {part}\n"
        "Disclaimer: Every harbour in this is invented.\n\n"
        f"The tide came in for the {part} time that week, and Nell counted the boats again. "
        "There were always eleven, and she always hoped for twelve.\n"
    )


def nav_tree(epub: Epub) -> Tree:
    """The table of contents of the navigation document, as (label, href, children)."""

    def walk(ol: etree._Element) -> Tree:
        tree: Tree = []
        for li in xp(ol, "x:li"):
            a = xp(li, "x:a")[0]
            sub = xp(li, "x:ol")
            tree.append((text_of(a), str(a.get("href")), walk(sub[0]) if sub else []))
        return tree

    nav = epub.xml("EPUB/nav.xhtml")
    return walk(xp(nav, "//x:nav[@id='toc']/x:ol")[0])


def ncx_tree(epub: Epub) -> Tree:
    """The table of contents of the NCX, in the same shape."""

    def walk(parent: etree._Element) -> Tree:
        return [
            (
                text_of(xp(point, "ncx:navLabel")[0]),
                str(xp(point, "ncx:content/@src")[0]),
                walk(point),
            )
            for point in xp(parent, "ncx:navPoint")
        ]

    return walk(xp(epub.xml("EPUB/toc.ncx"), "ncx:navMap")[0])


# --- the four sample stories and the examples -------------------------------------------------


def test_seeds_and_examples_make_one_valid_book(
    tmp_path: Path, checked_epubs: EpubCheckQueue
) -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"the sample stories are not at {SEEDS}")
    seeds = sorted(SEEDS.glob("*.txt"))
    assert len(seeds) == 4
    book = tmp_path / "collected.epub"
    stories = [*seeds, *EXAMPLES]
    result = invoke(
        "anthology", *map(str, stories), "-o", str(book), "--title", "Collected", "--editor", "Ed"
    )
    assert result.exit_code == 0, result.output
    epub = Epub(book.read_bytes())
    checked_epubs.save(book.read_bytes(), "anthology-seeds-and-examples.epub")
    tree = nav_tree(epub)
    assert tree == ncx_tree(epub)
    assert tree[0][:2] == ("Title Page", "titlepage.xhtml")
    # Book -> story -> chapter (or notes): never deeper than Kindle's two levels.
    assert all(not grandchildren for _, _, children in tree for _, _, grandchildren in children)
    assert [href for _, href, _ in tree[1:]] == [
        f"s{number}-titlepage.xhtml" for number in range(1, len(stories) + 1)
    ]
    listed = xp(epub.document("titlepage"), "//x:ol[@class='story-list']/x:li/x:a")
    assert [text_of(a) for a in listed] == [label for label, _, _ in tree[1:]]
    for number, (label, _, children) in enumerate(tree[1:], start=1):
        page = epub.document(f"s{number}-titlepage")
        [section] = xp(page, "//x:section")
        assert section.get(EPUB_TYPE) == "titlepage"
        assert text_of(xp(section, "x:h1")[0]) == label
        chapters = [href for _, href, _ in children if "-ch" in href]
        # A one-chapter story is one entry: its title page leads straight to the text.
        assert len(chapters) != 1
        assert all(href.startswith(f"s{number}-") for _, href, _ in children)
    names = epub.names
    assert len(names) == len(set(names))
    orchard = next(number for number, item in enumerate(tree) if item[0] == "The Orchard Wall")
    assert [label for label, _, _ in tree[orchard][2]] == [
        "Author's Note",
        "Chapter 1: The Bonnet",
        "Chapter 2",
        "Author's Note",
    ]


# --- order, titles, disclaimers, notes, metadata ----------------------------------------------


@pytest.mark.parametrize("given", [("2", "1"), ("1", "2")])
def test_a_series_is_put_in_part_order_and_titles_the_book(
    tmp_path: Path, checked_epubs: EpubCheckQueue, given: tuple[str, str]
) -> None:
    paths = {
        "1": story_file(tmp_path, "first.txt", series_story("Slack Water", 1)),
        "2": story_file(tmp_path, "second.txt", series_story("Spring Tide", 2)),
    }
    book = tmp_path / "book.epub"
    result = invoke("anthology", *(str(paths[part]) for part in given), "-o", str(book))
    assert result.exit_code == 0, result.output
    epub = Epub(book.read_bytes())
    checked_epubs.save(book.read_bytes(), f"anthology-series-{''.join(given)}.epub")
    assert xp(epub.opf, "//dc:title/text()") == ["The Tide Book"]
    assert [label for label, _, _ in nav_tree(epub)] == ["Title Page", "Slack Water", "Spring Tide"]
    # The disclaimer both parts share is on the book's title page only.
    assert "Every harbour in this is invented." in text_of(epub.document("titlepage"))
    for number in (1, 2):
        assert "invented" not in text_of(epub.document(f"s{number}-titlepage"))


def test_a_title_flag_wins_over_the_series_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = story_file(tmp_path, "a.txt", series_story("Slack Water", 1))
    second = story_file(tmp_path, "b.txt", series_story("Spring Tide", 2))
    monkeypatch.chdir(tmp_path)
    result = invoke("anthology", "b.txt", "a.txt", "--title", "Tides: 1/2", "--format", "html")
    assert result.exit_code == 0, result.output
    # Named after the book's title, made safe for every file system.
    assert result.stdout == "Tides 1 2.html\n"
    text = (tmp_path / "Tides 1 2.html").read_text(encoding="utf-8")
    assert "<title>Tides: 1/2</title>" in text
    assert first.is_file() and second.is_file()
    assert text.index("Slack Water") < text.index("Spring Tide")


def _story(title: str, **fields: object) -> Story:
    return dataclasses.replace(one_shot("en"), metadata=Metadata(title=title, **fields))  # type: ignore[arg-type]


def test_series_order_keeps_other_stories_in_place() -> None:
    stories = [
        _story("B2", series="B", series_index=2.0),
        _story("Loose"),
        _story("b1", series=" b ", series_index=1.0),
        _story("B?", series="B"),
    ]
    ordered = [story.metadata.title for story in series_order(stories)]
    assert ordered == ["b1", "Loose", "B2", "B?"]
    assert common_series(stories) is None
    assert common_series([stories[0], stories[2]]) == "B"


def test_disclaimers_repeated_by_some_stories_stay_on_the_first() -> None:
    same = "Not mine.\nNever was."
    stories = [
        _story("One", disclaimer=same),
        _story("Two", disclaimer="Mine, all mine."),
        _story("Three", disclaimer="Not   mine. Never was."),
    ]
    shared, cleaned = shared_disclaimers(stories)
    assert shared == ()
    assert [story.metadata.disclaimer for story in cleaned] == [same, "Mine, all mine.", None]
    everywhere, cleaned = shared_disclaimers([stories[0], stories[2]])
    assert everywhere == (same,)
    assert [story.metadata.disclaimer for story in cleaned] == [None, None]


def test_each_story_can_place_its_own_notes() -> None:
    book = compile_anthology(
        [notes_story(), notes_story()], WriteOptions(notes="front"), notes=["omit", None]
    )
    kinds = [(section.story_index, section.kind) for section in book.sections]
    assert (0, "preface") not in kinds and (0, "afterword") not in kinds
    assert (1, "preface") in kinds and (1, "afterword") not in kinds
    every = [notes for section in book.sections for notes in (section.notes,) if notes]
    assert len(every) == 1
    # Moving the notes first and laying out with "auto" gives the book "back" itself gives.
    for mode in ("front", "back", "inline", "omit"):
        options = WriteOptions(notes=mode, format="html")  # type: ignore[arg-type]
        alone = render_book(assemble([notes_story()], options), options)
        moved = [with_notes_placed(notes_story(), mode)]  # type: ignore[arg-type]
        assert render_book(assemble(moved, WriteOptions(format="html")), options) == alone


def test_metadata_credits_every_author_and_merges_subjects() -> None:
    book = compile_anthology([notes_story(), one_shot(), parts_story()], WriteOptions())
    meta = book.metadata
    assert meta.title == "Anthology"
    assert meta.authors == ("Ines Okafor", "Luc Marchand", "Sam Lee")
    for story in (notes_story(), one_shot(), parts_story()):
        assert set(story.metadata.fandoms) <= set(meta.subjects)
    assert len(meta.subjects) == len(set(meta.subjects))
    assert toc_tree(book)[0].title == "Title Page"


def test_creators_in_the_package(tmp_path: Path, checked_epubs: EpubCheckQueue) -> None:
    first = story_file(tmp_path, "a.txt", series_story("Slack Water", 1, author="Ann Ash"))
    second = story_file(tmp_path, "b.txt", LANTERN_STORY)
    third = story_file(tmp_path, "c.txt", series_story("Spring Tide", 2, author="Ann Ash"))
    book = tmp_path / "out.epub"
    args = ("anthology", str(first), str(second), str(third), "-o", str(book))
    result = invoke(*args, "--editor", "Ed One", "--author", "Ed Two", "--language", "en-GB")
    assert result.exit_code == 0, result.output
    opf = Epub(book.read_bytes()).opf
    checked_epubs.save(book.read_bytes(), "anthology-creators.epub")
    assert xp(opf, "//dc:creator/text()") == ["Ann Ash", "Wren Calloway"]
    assert xp(opf, "//dc:contributor/text()") == ["Ed One", "Ed Two"]
    assert xp(opf, "//dc:language/text()") == ["en-GB"]
    assert "Lighthouse Keepers" in xp(opf, "//dc:subject/text()")
    # Not one series: the stories keep their order and the book its default title.
    assert xp(opf, "//dc:title/text()") == ["Anthology"]


def test_html_anthology_has_unique_ids(tmp_path: Path) -> None:
    stories = [str(path) for path in EXAMPLES]
    book = tmp_path / "all.html"
    assert invoke("anthology", *stories, "-o", str(book)).exit_code == 0
    document = etree.HTML(book.read_bytes())
    ids = [str(value) for value in document.xpath("//@id")]
    assert len(ids) == len(set(ids))
    assert {f"s{number}-titlepage" for number in range(1, len(stories) + 1)} <= set(ids)


def test_anthology_usage_errors(tmp_path: Path) -> None:
    story = story_file(tmp_path)
    nothing = invoke("anthology")
    assert nothing.exit_code == 2
    assert one_line(nothing.stderr) == "fic2epub: name the story files, or give --manifest FILE"
    manifest = tmp_path / "a.toml"
    manifest.write_text('[[stories]]\npath = "lantern.txt"\n', encoding="utf-8")
    both = invoke("anthology", str(story), "--manifest", str(manifest))
    assert both.exit_code == 2
    missing = invoke("anthology", str(story), str(tmp_path / "gone.txt"), "-o", "x.epub")
    assert missing.exit_code == 1
    assert one_line(missing.stderr) == f"fic2epub: {tmp_path / 'gone.txt'}: no such file"
    over = invoke("anthology", str(story), str(story), "-o", str(story))
    assert over.exit_code == 1
    assert story.read_text(encoding="utf-8") == LANTERN_STORY


@pytest.mark.parametrize("output_format", ["epub", "kepub", "html"])
def test_an_anthology_is_reproducible(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, output_format: str
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    stories = [str(path) for path in EXAMPLES]
    made = []
    for run in ("one", "two"):
        target = tmp_path / f"{run}.{output_format}"
        args = ("anthology", *stories, "-o", str(target), "--format", output_format)
        assert invoke(*args).exit_code == 0
        made.append(target.read_bytes())
    assert made[0] == made[1]
