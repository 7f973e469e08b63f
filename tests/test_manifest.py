"""The anthology manifest: parsing, globs, relative paths, precedence and one-line errors."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image

from cli_helpers import LANTERN_STORY, invoke, one_line, story_file
from conftest import EpubCheckQueue
from fic2epub.errors import UsageError
from fic2epub.manifest import load_manifest
from fic2epub.overrides import Overrides
from writer_helpers import Epub, text_of, xp

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE_MANIFEST = ROOT / "examples" / "anthology.toml"


def short_story(title: str, note: str = "") -> str:
    """An original two-paragraph story, with a closing note when ``note`` is given."""
    closing = f"\nA/N: {note}\n" if note else ""
    return (
        f"Title: {title}\nAuthor: Oriel Fenn\n\n"
        f"The ferry to {title} left at six, and Maud was always on it, with her basket of eggs "
        "and her opinions about the weather.\n\n"
        "Nobody ever saw her come back. Everyone agreed that was her business.\n" + closing
    )


def make_library(root: Path) -> Path:
    """Stories in ``root/stories`` (one in a subfolder) and the folder of the manifest."""
    stories = root / "stories"
    (stories / "more").mkdir(parents=True)
    for name in ("b-harrow", "a-calder", "c-lune"):
        story_file(stories, f"{name}.txt", short_story(name.split("-")[1].title(), "bye!"))
    story_file(stories / "more", "d-skerry.txt", short_story("Skerry"))
    (stories / "a-calder.fic2epub.toml").write_text('title = "From Sidecar"\n', encoding="utf-8")
    shelf = root / "shelf"
    shelf.mkdir()
    return shelf


def write_manifest(folder: Path, text: str) -> Path:
    path = folder / "anthology.toml"
    path.write_text(text, encoding="utf-8")
    return path


# --- parsing --------------------------------------------------------------------------------


def test_paths_resolve_against_the_manifest_and_globs_expand(tmp_path: Path) -> None:
    shelf = make_library(tmp_path)
    manifest = write_manifest(
        shelf,
        'title = "Ferries"\neditor = "Ed Solo"\ncover = "art/cover.png"\nnotes = "back"\n'
        'language = "en-GB"\n'
        '[[stories]]\npath = "../stories/c-lune.txt"\ntitle = "Moon Ferry"\nnotes = "omit"\n'
        '[[stories]]\npath = "../stories/*.txt"\nauthors = "Someone Else"\n'
        '[[stories]]\npath = "../stories/**/d-*.txt"\n',
    )
    parsed = load_manifest(manifest)
    assert parsed.title == "Ferries"
    assert parsed.editors == ("Ed Solo",)
    assert parsed.cover == shelf / "art" / "cover.png"
    assert (parsed.notes, parsed.language) == ("back", "en-GB")
    stories = tmp_path / "stories"
    assert [(story.path.resolve(), story.key) for story in parsed.stories] == [
        ((stories / "c-lune.txt").resolve(), "stories[1]"),
        # The glob skips the story listed already and sidecar files; matches sort by name.
        ((stories / "a-calder.txt").resolve(), "stories[2]"),
        ((stories / "b-harrow.txt").resolve(), "stories[2]"),
        ((stories / "more" / "d-skerry.txt").resolve(), "stories[3]"),
    ]
    assert parsed.stories[0].overrides == Overrides(title="Moon Ferry", notes="omit")
    assert parsed.stories[1].overrides == Overrides(authors=("Someone Else",))


def test_absolute_paths_and_editor_lists(tmp_path: Path) -> None:
    shelf = make_library(tmp_path)
    story = tmp_path / "stories" / "b-harrow.txt"
    manifest = write_manifest(
        shelf, f'editors = ["A", "B", "A"]\neditor = "C"\n[[stories]]\npath = "{story}"\n'
    )
    parsed = load_manifest(manifest)
    assert parsed.editors == ("A", "B", "C")
    assert [entry.path for entry in parsed.stories] == [story]


ERRORS = [
    ('colour = "red"\n', "unknown key 'colour'"),
    ("title = 3\n[[stories]]\npath = 'x.txt'\n", "title: expected text, found a number"),
    ('title = "  "\n', "title: is empty"),
    ("editors = [1]\n", "editors: expected text or a list of text"),
    ('notes = "sideways"\n', "notes: 'sideways' is not one of auto, front, back, inline, omit"),
    ('title = "T"\n', "stories: missing; add a [[stories]] table with a path"),
    ('stories = "all"\n', "stories: expected [[stories]] tables, found text"),
    ("stories = []\n", "stories: the list is empty"),
    ('[[stories]]\ntitle = "T"\n', "stories[1].path: missing; every story needs a path"),
    ('[[stories]]\npath = "nope.txt"\n', "stories[1].path: no such file 'nope.txt'"),
    ('[[stories]]\npath = "../stories/*.md"\n', "stories[1].path: '../stories/*.md' matches no"),
    ('[[stories]]\npath = "../stories"\n', "stories[1].path: '../stories' is a folder"),
    (
        '[[stories]]\npath = "../stories/b-harrow.txt"\n[[stories]]\npath = "../stories/b-*"\n'
        '[[stories]]\npath = "../stories/b-harrow.txt"\n',
        "stories[3].path: ",
    ),
    (
        '[[stories]]\npath = "../stories/*.txt"\ntitle = "One"\n',
        "stories[1].title: one title for 3 stories",
    ),
    ('[[stories]]\npath = "../stories/c-lune.txt"\ncolour = 1\n', "stories[1]: unknown key"),
    ('[[stories]]\npath = "../stories/c-lune.txt"\nauthors = 5\n', "stories[1].authors: "),
    (
        '[[stories]]\npath = "../stories/c-lune.txt"\nnotes = "up"\n',
        "stories[1].notes: 'up' is not one of",
    ),
    (
        '[[stories]]\npath = "../stories/c-lune.txt"\n[stories.metadata]\ntitle = "x"\n',
        "stories[1].metadata.title: set 'title' with its own setting",
    ),
    ('[[stories]\npath = "x"\n', "not valid TOML: "),
]


@pytest.mark.parametrize(("text", "message"), ERRORS, ids=[m for _, m in ERRORS])
def test_a_bad_manifest_is_one_line_naming_file_and_key(
    tmp_path: Path, text: str, message: str
) -> None:
    manifest = write_manifest(make_library(tmp_path), text)
    with pytest.raises(UsageError) as caught:
        load_manifest(manifest)
    assert str(caught.value).startswith(f"{manifest}: {message}")
    assert "\n" not in str(caught.value)
    result = invoke("anthology", "--manifest", str(manifest))
    assert result.exit_code == 2
    assert one_line(result.stderr).startswith(f"fic2epub: {manifest}: {message}")


def test_a_missing_or_binary_manifest(tmp_path: Path) -> None:
    gone = invoke("anthology", "--manifest", str(tmp_path / "gone.toml"))
    assert gone.exit_code == 1
    assert one_line(gone.stderr) == f"fic2epub: {tmp_path / 'gone.toml'}: no such file"
    binary = tmp_path / "b.toml"
    binary.write_bytes(b"\xff\xfe\x00")
    result = invoke("anthology", "--manifest", str(binary))
    assert result.exit_code == 2
    assert one_line(result.stderr) == f"fic2epub: {binary}: the manifest is not UTF-8 text"


# --- the book a manifest makes ----------------------------------------------------------------


def test_settings_apply_in_order_of_precedence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, checked_epubs: EpubCheckQueue
) -> None:
    shelf = make_library(tmp_path)
    cover = shelf / "art" / "cover.png"
    cover.parent.mkdir()
    buffer = io.BytesIO()
    Image.new("RGB", (600, 900), (20, 60, 90)).save(buffer, format="PNG")
    cover.write_bytes(buffer.getvalue())
    manifest = write_manifest(
        shelf,
        'title = "Ferries"\neditors = ["Ed Solo"]\ncover = "art/cover.png"\nnotes = "omit"\n'
        '[[stories]]\npath = "../stories/b-harrow.txt"\nnotes = "back"\n'
        '[[stories]]\npath = "../stories/a-*.txt"\n'
        '[[stories]]\npath = "../stories/c-lune.txt"\ntitle = "Moon Ferry"\n',
    )
    monkeypatch.chdir(tmp_path)
    result = invoke("anthology", "--manifest", str(manifest))
    assert result.exit_code == 0, result.output
    assert result.stdout == "Ferries.epub\n"
    data = (tmp_path / "Ferries.epub").read_bytes()
    checked_epubs.save(data, "manifest-precedence.epub")
    epub = Epub(data)
    toc = [text_of(a) for a in xp(epub.xml("EPUB/nav.xhtml"), "//x:nav[@id='toc']/x:ol/x:li/x:a")]
    # Entry title > sidecar title > the text's; entry notes > manifest notes ("omit").
    assert toc == ["Title Page", "Harrow", "From Sidecar", "Moon Ferry"]
    assert "EPUB/s1-afterword.xhtml" in epub.names
    assert not any(name.startswith(("EPUB/s2-after", "EPUB/s3-after")) for name in epub.names)
    assert xp(epub.opf, "//dc:contributor/text()") == ["Ed Solo"]
    [image] = [name for name in epub.names if name.endswith((".jpg", ".png"))]
    with Image.open(io.BytesIO(epub.raw(image))) as shown:
        assert shown.getpixel((5, 5))[:3] == pytest.approx((20, 60, 90), abs=6)
    # The command line wins over the manifest.
    flags = ("--title", "Other", "--notes", "back", "--editor", "Ed Flag", "--no-cover")
    again = invoke("anthology", "--manifest", str(manifest), *flags, "-o", str(tmp_path))
    assert again.exit_code == 0, again.output
    other = Epub((tmp_path / "Other.epub").read_bytes())
    assert xp(other.opf, "//dc:contributor/text()") == ["Ed Flag"]
    assert {"EPUB/s2-afterword.xhtml", "EPUB/s3-afterword.xhtml"} <= set(other.names)
    assert not any(name.startswith("EPUB/cover") for name in other.names)


def test_the_example_manifest(tmp_path: Path, checked_epubs: EpubCheckQueue) -> None:
    book = tmp_path / "small-hours.epub"
    result = invoke("anthology", "--manifest", str(EXAMPLE_MANIFEST), "-o", str(book))
    assert result.exit_code == 0, result.output
    checked_epubs.save(book.read_bytes(), "example-manifest.epub")
    epub = Epub(book.read_bytes())
    assert xp(epub.opf, "//dc:title/text()") == ["Small Hours: Six Stories"]
    titles = [
        text_of(a) for a in xp(epub.document("titlepage"), "//x:ol[@class='story-list']/x:li/x:a")
    ]
    assert titles == [
        "The Stopped Watch",
        "The Orchard Wall",
        "Night Watch on the Roof",
        "The Twelfth Slipper",
        "Low Water",
        "High Water",
    ]
    # "High Water" sorts first but is Part 2; the shared disclaimer stays with Part 1 only.
    assert "Saltmouth" in text_of(epub.document("s5-titlepage"))
    assert "Saltmouth" not in text_of(epub.document("s6-titlepage"))
    assert "Saltmouth" not in text_of(epub.document("titlepage"))
    assert "EPUB/s2-afterword.xhtml" in epub.names and "EPUB/s2-preface.xhtml" not in epub.names


def test_a_manifest_moved_elsewhere_still_finds_its_stories(tmp_path: Path) -> None:
    moved = tmp_path / "copy"
    shutil.copytree(ROOT / "examples", moved)
    story_file(moved, "extra.txt", LANTERN_STORY)
    result = invoke("anthology", "--manifest", str(moved / "anthology.toml"), "-o", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "Small Hours Six Stories.epub").is_file()
