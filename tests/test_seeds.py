"""Acceptance: the four sample stories read as a careful human would read them.

The samples live outside the project (``../shared/seeds``) and are never copied into it;
without them these tests skip.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fic2epub.model import EndMarker, Paragraph, SceneBreak, Story
from fic2epub.options import ReadOptions
from fic2epub.readers import read_path
from story_text import plain, story_paragraphs

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"the sample stories are not at {SEEDS}")


def _read(prefix: str, **options: object) -> Story:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return read_path(path, ReadOptions(fallback_title="Untitled", **options))  # type: ignore[arg-type]


def _breaks(story: Story) -> int:
    return sum(isinstance(b, SceneBreak) for c in story.chapters for b in c.blocks)


def _all_text(story: Story) -> str:
    return "\n".join(story_paragraphs(story))


def test_000_header_note_and_title() -> None:
    story = _read("000")
    meta = story.metadata
    assert meta.title == "Learning the Hard Way"
    assert meta.authors == ()
    assert [n.label for n in story.front_notes] == ["Author Notes"]
    assert meta.relationships == ("Kakashi/Sakura",)
    assert [(f.label, f.value) for f in meta.extra] == [("Prompt", "K is for Kill")]
    assert meta.word_count > 400
    assert len(story.chapters) == 1
    first = story_paragraphs(story)[0]
    assert first.startswith("Sakura’s kill count")
    for debris in ("Author Notes", "Pairings", "Word Count", "Prompt", "Learning the Hard Way"):
        assert debris not in _all_text(story)


def test_000_author_option_replaces_the_placeholder() -> None:
    assert _read("000", authors=("Someone",)).metadata.authors == ("Someone",)


def test_001_front_matter_blank_line_breaks_and_back_note() -> None:
    story = _read("001")
    meta = story.metadata
    assert meta.title == "Untitled"
    assert meta.disclaimer == "I don’t own Naruto."
    (ages,) = meta.extra
    assert ages.label == "Ages in this fic"
    assert ages.value.splitlines() == ["Sakura, Naruto, Sasuke: 16", "Kakashi: 30"]
    text = _all_text(story)
    assert "Disclaimer" not in text and "Ages in this fic" not in text and "Kakashi: 30" not in text
    assert _breaks(story) == 6
    assert "End of flashback" in story_paragraphs(story)
    assert story_paragraphs(story)[0].startswith("“NO!” cried out Sakura")
    assert [n.label for n in story.back_notes] == ["A/N"]
    assert plain(story.back_notes[0].blocks).startswith("That’s it!")
    assert "That’s it" not in text


def test_002_two_authors_rating_warning_and_breaks() -> None:
    story = _read("002")
    meta = story.metadata
    assert meta.title == "Left Behind"
    assert meta.authors == ("Kuroda Taishi", "Nokito-chan")
    assert meta.rating == "M"
    assert meta.warnings == ("Rated M – don’t like, don’t read",)
    assert meta.disclaimer is not None and meta.disclaimer.startswith("Neither of the")
    assert _breaks(story) == 3
    assert [n.label for n in story.back_notes] == ["a/n"]
    assert plain(story.back_notes[0].blocks).startswith("Review")
    text = _all_text(story)
    for debris in ("By:", "Nokito-chan", "Warnings", "Disclaimer", "Review …"):
        assert debris not in text


def test_003_fields_notes_chapter_breaks_and_end_marker() -> None:
    story = _read("003")
    meta = story.metadata
    assert meta.title == "Teach Me To Love You"
    assert meta.authors == ("nayru-kleinefee",)
    assert meta.fandoms == ("Naruto",)
    assert meta.relationships == ("KakashixIruka",)
    assert meta.rating == "T"
    assert meta.summary is not None and meta.status == "Chapter 1 of ?"
    assert meta.disclaimer == "Don’t own."
    assert [f.label for f in meta.extra] == ["Spoilers"]
    assert [n.label for n in story.front_notes] == ["AN1"]
    assert [n.label for n in story.back_notes] == ["AN2"]
    assert plain(story.back_notes[0].blocks[-1:]) == "Nayru"
    (chapter,) = story.chapters
    assert chapter.title == "Chapter 1 – Do you wish it was a dream?"
    assert _breaks(story) == 9
    assert isinstance(chapter.blocks[-1], EndMarker) and chapter.blocks[-1].text == "tbc"
    paragraphs = [b for b in chapter.blocks if isinstance(b, Paragraph)]
    assert plain(paragraphs[:1]).startswith("Kakashi awoke")
    assert plain(paragraphs[-1:]).endswith("How to be human.")
    text = _all_text(story)
    for debris in ("Teach Me To Love You", "nayru-kleinefee", "AN1", "AN2", "Nayru\n", "tbc"):
        assert debris not in text
