"""Tests for ``fic2epub inspect`` (outline, JSON, explain) and for conversions end to end."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from cli_helpers import hand_built_story, invoke, run_cli, story_file
from fic2epub import pipeline
from fic2epub.cli_inspect import outline
from fic2epub.model import Chapter, Metadata, Note, Part, Story
from fic2epub.model_json import story_from_dict
from fic2epub.options import ReadOptions

# --- inspect --------------------------------------------------------------------------------


def test_outline_of_a_hand_built_story() -> None:
    assert outline(hand_built_story()) == (
        "Source: lantern.txt\n"
        "Metadata\n"
        '  title: Tom & Jerry: "Quotes" <3\n'
        "  authors: Wren Calloway; M. Ashdown\n"
        "  language: en\n"
        "  fandoms: Lighthouse Keepers\n"
        "  summary: Line one. Line two.\n"
        "  word count: 6\n"
        "  Prompt: a lamp\n"
        "Notes before the story (1)\n"
        '  A/N (before-story), 1 paragraph: "Be gentle."\n'
        "Chapters (2)\n"
        "  1. Chapter 1: The Dark\n"
        '     2 paragraphs, 1 scene break, end marker: "tbc"\n'
        '     note after: AN1 (chapter-end), 2 paragraphs: "one two three four five six seven'
        ' eight…"\n'
        "  2. (untitled)\n"
        "     0 paragraphs, 0 scene breaks, no end marker\n"
    )


def test_outline_shows_titled_parts_and_cuts_long_values() -> None:
    story = Story(
        metadata=Metadata(title="T", summary="word " * 40),
        parts=(
            Part(title="Part One", chapters=(Chapter(title="Ch", number=1, blocks=()),)),
            Part(title=None, chapters=(Chapter(title="Ch2", number=2, blocks=()),)),
        ),
        back_notes=(Note(label="A/N", blocks=(), origin="after-story"),),
    )
    text = outline(story)
    summary = next(line for line in text.splitlines() if line.startswith("  summary: "))
    assert len(summary) == len("  summary: ") + 100
    assert summary.endswith("…")
    assert "  Part: Part One\n    1. Ch\n" in text
    assert "  Part: (untitled)\n    2. Ch2\n" in text
    assert text.endswith("Notes after the story (1)\n  A/N (after-story), 0 paragraphs\n")


def test_inspect_prints_the_outline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[ReadOptions] = []

    def read(path: Path, options: ReadOptions) -> Story:
        seen.append(options)
        return hand_built_story()

    monkeypatch.setattr(pipeline, "read_story", read)
    result = invoke("inspect", str(story_file(tmp_path)), "--title", "Other")
    assert result.exit_code == 0, result.output
    assert result.stdout == outline(hand_built_story())
    assert seen == [ReadOptions(title="Other", fallback_title="Lantern")]


def test_inspect_json_prints_the_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "read_story", lambda path, options: hand_built_story())
    result = invoke("inspect", str(story_file(tmp_path)), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "fic2epub.story/1"
    assert story_from_dict(data) == hand_built_story()


def test_inspect_explain(tmp_path: Path) -> None:
    # Twice in one process: the explanation's module must not shadow the function.
    for _ in range(2):
        result = invoke("inspect", str(story_file(tmp_path)), "--explain")
        assert result.exit_code == 0, result.output
        assert "Chapter 1: The Dark" in result.stdout


# --- end to end -----------------------------------------------------------------------------


def test_convert_to_epub_end_to_end(tmp_path: Path) -> None:
    story = story_file(tmp_path)
    result = run_cli("convert", str(story), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "lantern.epub\n"
    with zipfile.ZipFile(tmp_path / "lantern.epub") as book:
        assert book.namelist()[0] == "mimetype"
        assert book.read("mimetype") == b"application/epub+zip"
        opf = next(name for name in book.namelist() if name.endswith(".opf"))
        package = book.read(opf).decode("utf-8")
    assert "The Lantern at Gull Point" in package
    assert "Wren Calloway" in package


def test_convert_to_html_end_to_end_is_deterministic(tmp_path: Path) -> None:
    story = story_file(tmp_path)
    first = tmp_path / "one.html"
    second = tmp_path / "two.html"
    for output in (first, second):
        result = run_cli("convert", str(story), "-o", str(output), "--title", "Tom & Jerry <3")
        assert result.returncode == 0, result.stderr
    html = first.read_text(encoding="utf-8")
    assert "Tom &amp; Jerry &lt;3" in html
    assert "screaming" in html
    assert first.read_bytes() == second.read_bytes()


def test_inspect_json_end_to_end(tmp_path: Path) -> None:
    result = run_cli("inspect", str(story_file(tmp_path)), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    metadata = data["metadata"]
    assert metadata["title"] == "The Lantern at Gull Point"
    assert metadata["authors"] == ["Wren Calloway"]
    chapters = [chapter for part in data["parts"] for chapter in part["chapters"]]
    assert [chapter["title"] for chapter in chapters] == [
        "Chapter 1: The Dark",
        "Chapter 2: The Light",
    ]
    assert sum(block["type"] == "scene_break" for block in chapters[0]["blocks"]) == 1


def test_inspect_outline_end_to_end(tmp_path: Path) -> None:
    result = run_cli("inspect", str(story_file(tmp_path)))
    assert result.returncode == 0, result.stderr
    assert "  title: The Lantern at Gull Point\n" in result.stdout
    assert "Chapters (2)\n" in result.stdout
    assert "1 scene break" in result.stdout
