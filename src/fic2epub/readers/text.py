"""The plain-text reader: story bytes -> Story, through the named normalisation passes."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from fic2epub.errors import InputError, UsageError
from fic2epub.model import Story
from fic2epub.normalise.announced_parts import notes_announcing_parts
from fic2epub.normalise.body import read_body
from fic2epub.normalise.build import build_story
from fic2epub.normalise.byline_headings import byline_headings
from fic2epub.normalise.calendar_headings import calendar_headings
from fic2epub.normalise.chunks import Chunks
from fic2epub.normalise.decode import strip_illegal
from fic2epub.normalise.google_groups import google_groups
from fic2epub.normalise.groups_io import groups_io_page
from fic2epub.normalise.header import read_header, story_start
from fic2epub.normalise.headings import mark_headings
from fic2epub.normalise.journal_parts import journal_parts
from fic2epub.normalise.layout import layout
from fic2epub.normalise.lettered_headings import lettered_headings
from fic2epub.normalise.note_boxes import notes_above_headings, notes_under_page_tops
from fic2epub.normalise.page_repeats import drop_page_repeats
from fic2epub.normalise.page_top_headings import (
    page_title_headings,
    page_top_headings,
    part_field_chapters,
)
from fic2epub.normalise.piece_blocks import piece_blocks
from fic2epub.normalise.quoted import blockquote_notes, read_quotes
from fic2epub.normalise.request_lines import request_lines
from fic2epub.normalise.series_blocks import series_blocks
from fic2epub.normalise.stanzas import join_stanzas
from fic2epub.normalise.timeline import timeline_headings
from fic2epub.normalise.title_line_repeats import drop_repeated_title_lines
from fic2epub.normalise.tumblr import drop_reblog_additions
from fic2epub.options import ReadOptions


class Pass(NamedTuple):
    """One named step over the chunks."""

    name: str
    run: Callable[[Chunks], Chunks]


def passes(options: ReadOptions) -> tuple[Pass, ...]:
    """The chunk passes in order, configured by the options."""
    chapter = _compile(options.chapter_pattern, "chapter pattern")
    scene = _compile(options.scene_break_pattern, "scene-break pattern")
    return (
        Pass("google-groups", google_groups),
        Pass("groups-io", groups_io_page),
        Pass("headings", lambda chunks: mark_headings(chunks, chapter)),
        Pass("calendar-headings", calendar_headings),
        Pass("lettered-headings", lettered_headings),
        Pass("journal-parts", journal_parts),
        Pass("piece-blocks", piece_blocks),
        Pass("header", read_header),
        Pass("timeline-headings", lambda chunks: timeline_headings(chunks, story_start(chunks))),
        Pass("page-repeats", lambda chunks: drop_page_repeats(chunks, story_start(chunks))),
        Pass("series-blocks", series_blocks),
        Pass("title-line-repeats", lambda c: drop_repeated_title_lines(c, story_start(c))),
        Pass("byline-headings", lambda chunks: byline_headings(chunks, story_start(chunks))),
        Pass("page-titles", lambda chunks: page_title_headings(chunks, story_start(chunks))),
        Pass("page-top-headings", lambda chunks: page_top_headings(chunks, story_start(chunks))),
        Pass("part-field-chapters", lambda c: part_field_chapters(c, story_start(c))),
        Pass("reblogs", lambda chunks: drop_reblog_additions(chunks, story_start(chunks))),
        Pass("request-lines", request_lines),
        Pass("body", lambda chunks: read_body(chunks, story_start(chunks), scene)),
        Pass("note-boxes", notes_above_headings),
        Pass("announced-parts", notes_announcing_parts),
        Pass("page-top-notes", notes_under_page_tops),
        Pass("stanzas", lambda chunks: join_stanzas(chunks, story_start(chunks))),
    )


def classify(data: bytes, options: ReadOptions, source: str) -> Chunks:
    """Decode, lay out and classify: every chunk with its role and the rule that gave it."""
    from fic2epub.normalise.text_steps import decoded_text

    return classify_text(decoded_text(data, source), options)


def classify_text(text: str, options: ReadOptions) -> Chunks:
    """Lay out and classify decoded text that has been through the whole-text steps
    (:data:`~fic2epub.normalise.text_steps.TEXT_STEPS`)."""
    text, quotes = read_quotes(text)
    chunks = layout(text, options.layout)
    for step in passes(options):
        chunks = step.run(chunks)
    # A Markdown blockquote that holds a note holds all of it: settled once notes are known.
    return blockquote_notes(chunks, quotes)


def read_text(data: bytes, options: ReadOptions, source: str = "story") -> Story:
    """Read a plain-text story into the model, or raise InputError naming ``source``."""
    # Imported here: a process handed the decoded text (early_read) never loads the
    # whole-text steps' modules, most of them for sites and tools it will not meet.
    from fic2epub.normalise.text_steps import decoded_text

    return read_decoded(decoded_text(data, source), options, source)


def read_decoded(text: str, options: ReadOptions, source: str = "story") -> Story:
    """Read a story's decoded text (:func:`~fic2epub.normalise.text_steps.decoded_text`) into
    the model, or raise InputError naming ``source``."""
    chunks = classify_text(text, options)
    # The fallback comes from the file name, which may hold anything a file system allows.
    fallback = strip_illegal(options.fallback_title or "").strip() or "Untitled"
    story = build_story(chunks, source=source, fallback_title=fallback)
    if not any(chapter.blocks for chapter in story.chapters):
        raise InputError("no story text found after the header", source=source)
    from fic2epub.normalise.options_pass import apply_options

    return apply_options(story, options)


def _compile(pattern: str | None, what: str) -> re.Pattern[str] | None:
    if not pattern:
        return None
    try:
        return re.compile(pattern.strip())
    except re.error as error:
        raise UsageError(f"invalid {what} {pattern!r}: {error}") from None
