"""Tests for the sidecar override file and its merge with command-line flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from fic2epub.errors import InputError, UsageError
from fic2epub.options import ReadOptions
from fic2epub.overrides import (
    Overrides,
    load_sidecar,
    merge,
    parse_assignment,
    resolve,
    sidecar_path,
    title_from_stem,
)

FULL_SIDECAR = """\
title = "Salt & Iron"
authors = ["Wren Calloway", "M. Ashdown"]
language = "en-GB"
notes = "back"
layout = "indented"
chapter_pattern = '^Part \\d+$'
scene_break_pattern = '^~+$'

[metadata]
fandoms = ["Lighthouse Keepers (TV)", "Tide Tables"]
rating = "T"
series = "Salt Roads"
series_index = 2
word_estimate = 1.5
published = 2021-03-04
"Ages in this fic" = "Ada 19, Brann 21"
"""


def _write(tmp_path: Path, text: str, name: str = "story.fic2epub.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- the sidecar file -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("story", "sidecar"),
    [
        ("story.txt", "story.fic2epub.toml"),
        ("dir/my.story.txt", "dir/my.story.fic2epub.toml"),
        ("noext", "noext.fic2epub.toml"),
    ],
)
def test_sidecar_sits_next_to_the_story(story: str, sidecar: str) -> None:
    assert sidecar_path(Path(story)) == Path(sidecar)


def test_full_sidecar_is_read(tmp_path: Path) -> None:
    got = load_sidecar(_write(tmp_path, FULL_SIDECAR))
    assert got == Overrides(
        title="Salt & Iron",
        authors=("Wren Calloway", "M. Ashdown"),
        language="en-GB",
        notes="back",
        layout="indented",
        chapter_pattern=r"^Part \d+$",
        scene_break_pattern="^~+$",
        metadata=(
            ("fandoms", "Lighthouse Keepers (TV), Tide Tables"),
            ("rating", "T"),
            ("series", "Salt Roads"),
            ("series_index", "2"),
            ("word_estimate", "1.5"),
            ("published", "2021-03-04"),
            ("Ages in this fic", "Ada 19, Brann 21"),
        ),
    )


def test_empty_sidecar_sets_nothing(tmp_path: Path) -> None:
    assert load_sidecar(_write(tmp_path, "")) == Overrides()


def test_a_single_author_may_be_text(tmp_path: Path) -> None:
    assert load_sidecar(_write(tmp_path, 'authors = "Wren"\n')).authors == ("Wren",)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('titel = "x"\n', "unknown key 'titel'"),
        ("title = 3\n", "title: expected text, found a number"),
        ("language = true\n", "language: expected text, found a boolean"),
        ("authors = [1, 2]\n", "authors: expected a list of text, found a list of other values"),
        ("authors = {a = 1}\n", "authors: expected a list of text, found a table"),
        ('notes = "sideways"\n', "notes: 'sideways' is not one of auto, front, back, inline, omit"),
        ('layout = "zigzag"\n', "layout: 'zigzag' is not one of auto, blank, lines"),
        ('metadata = "x"\n', "metadata: expected a table, found text"),
        ("[metadata]\nrating = true\n", "metadata.rating: expected text, a number or a list"),
        (
            "[metadata]\nx = {a = 1}\n",
            "metadata.x: expected text, a number or a list of text, found a table",
        ),
        ("[metadata]\nx = [1]\n", "metadata.x: expected text, a number or a list of text"),
        ('[metadata]\ntitle = "x"\n', "metadata.title: set 'title' with its own setting"),
        ('[metadata]\nAuthors = "x"\n', "metadata.Authors: set 'authors' with its own setting"),
        ('[metadata]\n" " = "x"\n', "empty field name"),
        (
            "chapter_pattern = '(Chapter'\n",
            "chapter_pattern: invalid regular expression '(Chapter'",
        ),
        ("scene_break_pattern = '[*'\n", "scene_break_pattern: invalid regular expression"),
        ("title = \n", "not valid TOML"),
    ],
)
def test_bad_sidecar_is_one_usage_error_naming_file_and_key(
    tmp_path: Path, text: str, message: str
) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(UsageError) as caught:
        load_sidecar(path)
    line = str(caught.value)
    assert line.startswith(f"{path}: ")
    assert message in line
    assert "\n" not in line
    assert caught.value.exit_code == 2


def test_sidecar_that_is_not_utf8_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "story.fic2epub.toml"
    path.write_bytes(b'title = "caf\xe9"\n')
    with pytest.raises(UsageError, match="not UTF-8"):
        load_sidecar(path)


def test_unreadable_sidecar_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "story.fic2epub.toml"
    path.mkdir()
    with pytest.raises(InputError, match="cannot read the override file"):
        load_sidecar(path)


# --- --set ----------------------------------------------------------------------------------


def test_assignment_splits_at_the_first_equals_sign() -> None:
    assert parse_assignment("summary=a=b ") == ("summary", "a=b")
    assert parse_assignment(" Prompt = lamp") == ("Prompt", "lamp")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("rating", "expected FIELD=VALUE"),
        ("=T", "empty field name"),
        ("title=X", "set 'title' with its own setting"),
    ],
)
def test_bad_assignment_is_a_usage_error(text: str, message: str) -> None:
    with pytest.raises(UsageError, match=message) as caught:
        parse_assignment(text)
    assert str(caught.value).startswith("--set ")


# --- merging --------------------------------------------------------------------------------


def test_flags_win_and_the_sidecar_fills_the_rest() -> None:
    sidecar = Overrides(
        title="Sidecar",
        authors=("A",),
        language="de",
        notes="back",
        layout="lines",
        chapter_pattern="^C$",
        scene_break_pattern="^S$",
        metadata=(("rating", "M"), ("Prompt", "lamp")),
    )
    flags = Overrides(authors=("B", "C"), layout="blank", metadata=(("RATING", "T"),))
    assert merge(sidecar, flags) == Overrides(
        title="Sidecar",
        authors=("B", "C"),
        language="de",
        notes="back",
        layout="blank",
        chapter_pattern="^C$",
        scene_break_pattern="^S$",
        metadata=(("Prompt", "lamp"), ("RATING", "T")),
    )


def test_flags_alone_merge_to_themselves() -> None:
    flags = Overrides(title="T", notes="omit", metadata=(("a", "1"), ("a", "2")))
    assert merge(Overrides(), flags) == Overrides(title="T", notes="omit", metadata=(("a", "2"),))


def test_resolve_without_sidecar_uses_flags_and_file_name(tmp_path: Path) -> None:
    story = tmp_path / "001_2c387c95435a4b2a_the_long-way.txt"
    read, notes = resolve(story, Overrides(language="fr"))
    assert read == ReadOptions(language="fr", fallback_title="The Long Way")
    assert notes == "auto"


def test_resolve_merges_the_sidecar(tmp_path: Path) -> None:
    story = tmp_path / "salt.txt"
    _write(tmp_path, FULL_SIDECAR, "salt.fic2epub.toml")
    read, notes = resolve(story, Overrides(title="From Flag", notes="omit"))
    assert read.title == "From Flag"
    assert read.authors == ("Wren Calloway", "M. Ashdown")
    assert read.layout == "indented"
    assert read.chapter_pattern == r"^Part \d+$"
    assert ("rating", "T") in read.metadata
    assert read.fallback_title == "Salt"
    assert notes == "omit"


def test_resolve_names_the_flag_of_a_bad_pattern(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as caught:
        resolve(tmp_path / "s.txt", Overrides(scene_break_pattern="(*"))
    assert str(caught.value).startswith("--scene-break-pattern: invalid regular expression '(*'")


def test_resolve_reports_a_bad_sidecar(tmp_path: Path) -> None:
    _write(tmp_path, "notes = 1\n", "s.fic2epub.toml")
    with pytest.raises(UsageError, match=r"s\.fic2epub\.toml: notes: expected text"):
        resolve(tmp_path / "s.txt", Overrides())


# --- titles from file names -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("stem", "title"),
    [
        ("my_story-v2", "My Story V2"),
        ("the long way home", "The Long Way Home"),
        ("001_2c387c95435a4b2a", "Untitled"),
        ("003_fb6cf01391b8e67a_salt_roads", "Salt Roads"),
        ("42-answers", "Answers"),
        ("deadbeef", "Deadbeef"),
        ("café.au.lait", "Café Au Lait"),
        ("", "Untitled"),
        ("__", "Untitled"),
    ],
)
def test_title_from_stem(stem: str, title: str) -> None:
    assert title_from_stem(stem) == title
