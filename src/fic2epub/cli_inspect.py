"""The plain-text outline ``fic2epub inspect`` prints: metadata, notes and chapters."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator

from fic2epub.model import (
    Block,
    Chapter,
    EndMarker,
    Field,
    Metadata,
    Note,
    Paragraph,
    SceneBreak,
    Story,
    plain_text,
)

MAX_VALUE = 100
"""Longer metadata values are cut to this many characters (``--json`` shows them whole)."""
FIRST_WORDS = 8
"""How many words of a note the outline quotes."""


def _one_line(text: str, limit: int = MAX_VALUE) -> str:
    """Whitespace collapsed to single spaces, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _plural(count: int, noun: str) -> str:
    """``1 paragraph``, ``2 paragraphs``."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _count(blocks: Iterable[Block], kind: type) -> int:
    """How many of ``blocks`` are of ``kind``."""
    return sum(1 for block in blocks if isinstance(block, kind))


def first_words(blocks: Iterable[Block], count: int = FIRST_WORDS) -> str:
    """The first ``count`` words of the first paragraph, with an ellipsis if there are more."""
    for block in blocks:
        if isinstance(block, Paragraph):
            words = plain_text(block.content).split()
            if words:
                more = "…" if len(words) > count else ""
                return " ".join(words[:count]) + more
    return ""


def _metadata_lines(metadata: Metadata) -> Iterator[str]:
    """One line per non-empty field, in model order; extra fields under their own labels."""
    for f in dataclasses.fields(metadata):
        value = getattr(metadata, f.name)
        if value is None or value in ("", ()):
            continue
        label = f.name.replace("_", " ")
        if f.name == "extra":
            extra: tuple[Field, ...] = value
            for item in extra:
                yield f"{item.label}: {_one_line(item.value)}"
        elif isinstance(value, tuple):
            yield f"{label}: {_one_line('; '.join(value))}"
        else:
            yield f"{label}: {_one_line(str(value))}"


def _title(title: str | None) -> str:
    """A chapter or part heading on one line, or ``(untitled)``."""
    return "(untitled)" if title is None else _one_line(title)


def _note_line(note: Note) -> str:
    """``A/N (chapter-end), 2 paragraphs: "First words…"``."""
    words = first_words(note.blocks)
    quoted = f': "{words}"' if words else ""
    paragraphs = _plural(_count(note.blocks, Paragraph), "paragraph")
    return f"{note.label} ({note.origin}), {paragraphs}{quoted}"


def _chapter_lines(chapter: Chapter) -> Iterator[str]:
    """The chapter's heading, its counts and its notes."""
    yield f"{chapter.number}. {_title(chapter.title)}"
    counts = [
        _plural(_count(chapter.blocks, Paragraph), "paragraph"),
        _plural(_count(chapter.blocks, SceneBreak), "scene break"),
    ]
    markers = [block.text for block in chapter.blocks if isinstance(block, EndMarker)]
    counts.append(
        "end marker: " + ", ".join(f'"{m}"' for m in markers) if markers else "no end marker"
    )
    yield "   " + ", ".join(counts)
    for note in chapter.notes_before:
        yield "   note before: " + _note_line(note)
    for note in chapter.notes_after:
        yield "   note after: " + _note_line(note)


def _indent(lines: Iterable[str], by: str = "  ") -> Iterator[str]:
    """Each line with ``by`` in front."""
    return (by + line for line in lines)


def outline(story: Story) -> str:
    """The readable outline of a story, one item per line, ending with a newline."""
    lines: list[str] = []
    if story.source:
        lines.append(f"Source: {story.source}")
    lines.append("Metadata")
    lines.extend(_indent(_metadata_lines(story.metadata)))
    if story.front_notes:
        lines.append(f"Notes before the story ({len(story.front_notes)})")
        lines.extend(_indent(_note_line(note) for note in story.front_notes))
    lines.append(f"Chapters ({len(story.chapters)})")
    titled_parts = any(part.title is not None for part in story.parts)
    for part in story.parts:
        chapter_lines = (line for chapter in part.chapters for line in _chapter_lines(chapter))
        if titled_parts:
            lines.append(f"  Part: {_title(part.title)}")
            if part.epigraph:
                lines.append(f'    epigraph: "{first_words(part.epigraph)}"')
            lines.extend(_indent(chapter_lines, "    "))
        else:
            lines.extend(_indent(chapter_lines))
    if story.back_notes:
        lines.append(f"Notes after the story ({len(story.back_notes)})")
        lines.extend(_indent(_note_line(note) for note in story.back_notes))
    return "\n".join(lines) + "\n"
