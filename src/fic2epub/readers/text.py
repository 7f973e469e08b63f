"""The plain-text reader: story bytes -> Story, through the named normalisation passes."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from fic2epub.errors import InputError, UsageError
from fic2epub.model import Story
from fic2epub.normalise.announced_parts import notes_announcing_parts
from fic2epub.normalise.anticopy import anticopy_strings
from fic2epub.normalise.ao3_lost_glyphs import ao3_lost_glyphs
from fic2epub.normalise.ao3_series_page import ao3_series_page
from fic2epub.normalise.asciidoc import asciidoc_markup
from fic2epub.normalise.banner_box import banner_box
from fic2epub.normalise.body import read_body
from fic2epub.normalise.browser_dump import definition_list_fields, dump_top_menu, post_byline
from fic2epub.normalise.build import build_story
from fic2epub.normalise.bulleted_fields import bulleted_fields
from fic2epub.normalise.byline_headings import byline_headings
from fic2epub.normalise.chat_export import chat_export, chat_messages
from fic2epub.normalise.chunks import Chunks
from fic2epub.normalise.decode import decode, strip_illegal
from fic2epub.normalise.deja_page import deja_page
from fic2epub.normalise.discord import discord_markup
from fic2epub.normalise.discord_export import discord_export
from fic2epub.normalise.doc_comments import doc_comments
from fic2epub.normalise.drawn_table import drawn_table_fields
from fic2epub.normalise.egroups import egroups_mail
from fic2epub.normalise.ffn_split_header import ffn_split_header
from fic2epub.normalise.gdocs_page import published_doc_page
from fic2epub.normalise.google_groups import google_groups
from fic2epub.normalise.groups_io import groups_io_page
from fic2epub.normalise.header import read_header, story_start
from fic2epub.normalise.headings import mark_headings
from fic2epub.normalise.html2text_files import underscored_link_text, xml_declaration_lines
from fic2epub.normalise.journal_parts import journal_parts
from fic2epub.normalise.journal_tags import journal_tags
from fic2epub.normalise.kindle import apple_books_excerpts
from fic2epub.normalise.layout import layout
from fic2epub.normalise.letter_spaced import letter_spaced_lines
from fic2epub.normalise.link_addresses import angle_link_addresses
from fic2epub.normalise.logseq import logseq_page
from fic2epub.normalise.lynx import lynx_dump
from fic2epub.normalise.mail import unescape_mbox
from fic2epub.normalise.markup import html_comment_lines, html_residue
from fic2epub.normalise.md_escapes import markdown_escapes
from fic2epub.normalise.md_image_refs import markdown_image_references
from fic2epub.normalise.mhonarc import mhonarc_page
from fic2epub.normalise.mime import mime_message
from fic2epub.normalise.note_boxes import notes_above_headings, notes_under_page_tops
from fic2epub.normalise.note_footer import note_app_footer
from fic2epub.normalise.notion import callout_icon, notion_export
from fic2epub.normalise.obsidian import obsidian_markup
from fic2epub.normalise.old_reddit import old_reddit
from fic2epub.normalise.org_ascii import org_ascii_export
from fic2epub.normalise.page_repeats import drop_page_repeats
from fic2epub.normalise.page_top_headings import page_title_headings, page_top_headings
from fic2epub.normalise.paste_page import paste_page_frame, paste_raw_copy
from fic2epub.normalise.pdf_pages import typeset_end_marks
from fic2epub.normalise.pocket_article import pocket_article_tags
from fic2epub.normalise.prompt_reply import prompt_reply
from fic2epub.normalise.quoted import blockquote_notes, read_quotes
from fic2epub.normalise.read_later import pocket_reader_frame, read_later_note
from fic2epub.normalise.reference_links import html2text_reference_links
from fic2epub.normalise.rentry import rentry_marks
from fic2epub.normalise.rtf_text import rtf_document
from fic2epub.normalise.setext import setext_headings
from fic2epub.normalise.srt_captions import srt_captions
from fic2epub.normalise.stanzas import join_stanzas
from fic2epub.normalise.textile import textile_markup
from fic2epub.normalise.timeline import timeline_headings
from fic2epub.normalise.title_line_repeats import drop_repeated_title_lines
from fic2epub.normalise.todo_lists import trailing_todo_list
from fic2epub.normalise.tumblr import drop_reblog_additions
from fic2epub.normalise.wayback import wayback_toolbar
from fic2epub.normalise.web_clip import web_clip
from fic2epub.normalise.wiki_article import wiki_article
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
        Pass("journal-parts", journal_parts),
        Pass("header", read_header),
        Pass("timeline-headings", lambda chunks: timeline_headings(chunks, story_start(chunks))),
        Pass("page-repeats", lambda chunks: drop_page_repeats(chunks, story_start(chunks))),
        Pass("title-line-repeats", lambda c: drop_repeated_title_lines(c, story_start(c))),
        Pass("byline-headings", lambda chunks: byline_headings(chunks, story_start(chunks))),
        Pass("page-titles", lambda chunks: page_title_headings(chunks, story_start(chunks))),
        Pass("page-top-headings", lambda chunks: page_top_headings(chunks, story_start(chunks))),
        Pass("reblogs", lambda chunks: drop_reblog_additions(chunks, story_start(chunks))),
        Pass("body", lambda chunks: read_body(chunks, story_start(chunks), scene)),
        Pass("note-boxes", notes_above_headings),
        Pass("announced-parts", notes_announcing_parts),
        Pass("page-top-notes", notes_under_page_tops),
        Pass("stanzas", lambda chunks: join_stanzas(chunks, story_start(chunks))),
    )


# Whole-text steps between decoding and layout, in order. Each undoes what one program or site
# wrapped a story in, where the wrapping is easier to read in the whole text than in classified
# lines: a saved mail's MIME envelope, journal markup and HTML residue, a
# converter's XML declarations and underscored link texts, a browser's text save's
# link addresses, a reading app's citations, a read-later app's note frame and highlights
# or its web reader's menu and buttons, an AO3 series page above its work, a clipper's or
# the Wayback Machine's framing, a note app's record block at the end, AsciiDoc's
# and Textile's marks, published Google Docs, Notion, Logseq, Obsidian, Rentry and Org exports,
# converters' setext headings, Markdown escapes and reference-style images, text browsers'
# menus, reference lists and definition lists, word processors' comment lists, mailboxes'
# escaped "From" lines, Discord and phone chat exports (a WhatsApp export of long messages
# too), old.reddit, paste and wiki pages, anti-copy strings, a typesetter's end mark after a
# piece's last word and a note's closing to-do list. Each module's docstring names its rules.
TEXT_STEPS: tuple[Callable[[str], str], ...] = (
    rtf_document,
    srt_captions,
    mime_message,
    journal_tags,
    html_comment_lines,
    html_residue,
    xml_declaration_lines,
    underscored_link_text,
    angle_link_addresses,
    apple_books_excerpts,
    read_later_note,
    pocket_reader_frame,
    pocket_article_tags,
    ao3_series_page,
    web_clip,
    wayback_toolbar,
    ao3_lost_glyphs,
    published_doc_page,
    callout_icon,
    notion_export,
    banner_box,
    note_app_footer,
    asciidoc_markup,
    textile_markup,
    org_ascii_export,
    drawn_table_fields,
    bulleted_fields,
    setext_headings,
    markdown_escapes,
    markdown_image_references,
    html2text_reference_links,
    lynx_dump,
    dump_top_menu,
    ffn_split_header,
    definition_list_fields,
    post_byline,
    doc_comments,
    unescape_mbox,
    logseq_page,
    obsidian_markup,
    rentry_marks,
    discord_markup,
    discord_export,
    chat_messages,
    chat_export,
    old_reddit,
    prompt_reply,
    paste_page_frame,
    paste_raw_copy,
    deja_page,
    egroups_mail,
    mhonarc_page,
    wiki_article,
    anticopy_strings,
    letter_spaced_lines,
    typeset_end_marks,
    trailing_todo_list,
)


def classify(data: bytes, options: ReadOptions, source: str) -> Chunks:
    """Decode, lay out and classify: every chunk with its role and the rule that gave it."""
    text = decode(data, source)
    try:
        for text_step in TEXT_STEPS:
            text = text_step(text)
    except InputError as error:  # a step that cannot read the text (a damaged RTF file)
        raise InputError(error.message, source=source) from error
    return classify_text(text, options)


def classify_text(text: str, options: ReadOptions) -> Chunks:
    """Lay out and classify decoded text that has been through :data:`TEXT_STEPS`."""
    text, quotes = read_quotes(text)
    chunks = layout(text, options.layout)
    for step in passes(options):
        chunks = step.run(chunks)
    # A Markdown blockquote that holds a note holds all of it: settled once notes are known.
    return blockquote_notes(chunks, quotes)


def read_text(data: bytes, options: ReadOptions, source: str = "story") -> Story:
    """Read a plain-text story into the model, or raise InputError naming ``source``."""
    chunks = classify(data, options, source)
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
