"""Pass group ``text steps``: story bytes -> decoded text, through the whole-text steps.

Kept apart from :mod:`fic2epub.readers.text` (layout and the chunk passes) so that a process
can decode a story without loading the passes: a one-story conversion decodes in one child
while another loads them (:mod:`fic2epub.early_read`).
"""

from __future__ import annotations

from collections.abc import Callable

from fic2epub.errors import InputError
from fic2epub.normalise.anticopy import anticopy_strings
from fic2epub.normalise.ao3_lost_glyphs import ao3_lost_glyphs
from fic2epub.normalise.ao3_menu import (
    ao3_download_formats,
    ao3_full_page_index,
    ao3_open_menu,
)
from fic2epub.normalise.ao3_series_page import ao3_series_page
from fic2epub.normalise.ao3_text_save import ao3_text_save_bullets
from fic2epub.normalise.aol_board import aol_board_head
from fic2epub.normalise.asciidoc import asciidoc_markup
from fic2epub.normalise.banner_box import banner_box
from fic2epub.normalise.bbcode import bbcode_emphasis
from fic2epub.normalise.browser_dump import definition_list_fields, dump_top_menu, post_byline
from fic2epub.normalise.bulleted_fields import bulleted_fields
from fic2epub.normalise.chat_export import chat_export, chat_messages
from fic2epub.normalise.cohost_post import cohost_post
from fic2epub.normalise.commaful_page import commaful_page
from fic2epub.normalise.comment_thread_tail import comment_thread_tail
from fic2epub.normalise.decode import decode
from fic2epub.normalise.deja_page import deja_page
from fic2epub.normalise.discord import discord_markup
from fic2epub.normalise.discord_export import discord_export
from fic2epub.normalise.discourse import discourse_topic
from fic2epub.normalise.doc_comments import doc_comments
from fic2epub.normalise.drawn_table import drawn_table_fields
from fic2epub.normalise.efiction_info import efiction_report_link
from fic2epub.normalise.egroups import egroups_mail
from fic2epub.normalise.ffn_split_header import ffn_split_header
from fic2epub.normalise.friends_only import friends_only_sticky
from fic2epub.normalise.gdocs_page import published_doc_page
from fic2epub.normalise.gutenberg import gutenberg_frame
from fic2epub.normalise.home_page_top import home_page_top
from fic2epub.normalise.html2text_files import underscored_link_text, xml_declaration_lines
from fic2epub.normalise.inkitt_page import inkitt_pages
from fic2epub.normalise.instagram import instagram_posts, invisible_blank_lines
from fic2epub.normalise.instagram_app import dot_spacer_lines, instagram_app_posts
from fic2epub.normalise.itch_page import itch_io_page
from fic2epub.normalise.journal_tags import journal_tags
from fic2epub.normalise.keep_note import keep_labels_footer
from fic2epub.normalise.kindle import apple_books_excerpts
from fic2epub.normalise.lemmy_page import lemmy_post_page
from fic2epub.normalise.letter_spaced import letter_spaced_lines
from fic2epub.normalise.link_addresses import angle_link_addresses
from fic2epub.normalise.lj_xml_export import lj_xml_export
from fic2epub.normalise.logseq import logseq_page
from fic2epub.normalise.lynx import lynx_dump
from fic2epub.normalise.mail import unescape_mbox
from fic2epub.normalise.markup import html_comment_lines, html_residue
from fic2epub.normalise.md_escapes import markdown_escapes
from fic2epub.normalise.md_footnotes import markdown_footnotes
from fic2epub.normalise.md_image_refs import markdown_image_references
from fic2epub.normalise.media_placeholders import media_placeholder_lines
from fic2epub.normalise.mhonarc import mhonarc_page
from fic2epub.normalise.mime import mime_message
from fic2epub.normalise.newest_first import newest_first_entries
from fic2epub.normalise.newsletter_sections import newsletter_sections
from fic2epub.normalise.note_footer import note_app_footer
from fic2epub.normalise.notion import callout_icon, notion_export
from fic2epub.normalise.obsidian import obsidian_markup
from fic2epub.normalise.old_reddit import old_reddit
from fic2epub.normalise.old_reddit_prompt import old_reddit_prompt_reply
from fic2epub.normalise.org_ascii import org_ascii_export
from fic2epub.normalise.paste_page import paste_page_frame, paste_raw_copy
from fic2epub.normalise.pdf_pages import typeset_end_marks
from fic2epub.normalise.pocket_article import pocket_article_tags
from fic2epub.normalise.posted_to_head import posted_to_head
from fic2epub.normalise.prompt_reply import prompt_reply
from fic2epub.normalise.quizilla_page import quizilla_part_pages
from fic2epub.normalise.quotev_page import quotev_chapter_pages
from fic2epub.normalise.quotev_parts import quotev_part_pages
from fic2epub.normalise.read_later import pocket_reader_frame, read_later_note
from fic2epub.normalise.reference_links import html2text_reference_links
from fic2epub.normalise.rentry import rentry_marks
from fic2epub.normalise.rtf_text import rtf_document
from fic2epub.normalise.setext import setext_headings
from fic2epub.normalise.share_repeats import repeated_share_lines
from fic2epub.normalise.srt_captions import srt_captions
from fic2epub.normalise.story_page_list import story_page_chapter_list
from fic2epub.normalise.tapas_page import tapas_episode_pages
from fic2epub.normalise.textile import textile_markup
from fic2epub.normalise.todo_lists import trailing_todo_list
from fic2epub.normalise.translate_bar import translate_bar
from fic2epub.normalise.tumblr_app import split_reblog_header
from fic2epub.normalise.wayback import wayback_toolbar
from fic2epub.normalise.web_clip import web_clip
from fic2epub.normalise.wiki_article import wiki_article
from fic2epub.normalise.wix_post import wix_blog_post
from fic2epub.normalise.yahoo_groups import yahoo_groups_page

# Whole-text steps between decoding and layout, in order. Each undoes what one program or site
# wrapped a story in, where the wrapping is easier to read in the whole text than in classified
# lines: a saved mail's MIME envelope, journal markup and HTML residue, a
# converter's XML declarations and underscored link texts, a browser's text save's
# link addresses, a reading app's citations, a read-later app's note frame and highlights
# or its web reader's menu and buttons, an AO3 series page above its work, AO3's open
# menus and the list bullets of its Firefox text save, a clipper's or
# the Wayback Machine's framing, a page translator's bar, a note app's record block at the
# end, AsciiDoc's
# and Textile's marks, published Google Docs, Notion, Logseq, Obsidian, Rentry and Org exports,
# converters' setext headings, Markdown escapes and reference-style images, text browsers'
# menus, reference lists and definition lists, word processors' comment lists, mailboxes'
# escaped "From" lines, Discord and phone chat exports (a WhatsApp export of long messages
# too), old.reddit, paste and wiki pages, Project Gutenberg's frame, anti-copy strings, a
# typesetter's end mark after a piece's last word and a note's closing to-do list. Each
# module's docstring names its rules.
TEXT_STEPS: tuple[Callable[[str], str], ...] = (
    rtf_document,
    srt_captions,
    mime_message,
    # LiveJournal's XML export and a journal page's friends-only notice, before the
    # journal tags and HTML they hold are read.
    lj_xml_export,
    friends_only_sticky,
    journal_tags,
    html_comment_lines,
    html_residue,
    bbcode_emphasis,
    xml_declaration_lines,
    underscored_link_text,
    angle_link_addresses,
    apple_books_excerpts,
    read_later_note,
    pocket_reader_frame,
    pocket_article_tags,
    # Firefox's list bullets off an AO3 page's own lists, before the AO3 steps read them.
    ao3_text_save_bullets,
    ao3_series_page,
    ao3_open_menu,
    ao3_download_formats,
    ao3_full_page_index,
    web_clip,
    wayback_toolbar,
    translate_bar,
    ao3_lost_glyphs,
    published_doc_page,
    callout_icon,
    notion_export,
    comment_thread_tail,
    banner_box,
    note_app_footer,
    keep_labels_footer,
    asciidoc_markup,
    textile_markup,
    org_ascii_export,
    drawn_table_fields,
    bulleted_fields,
    setext_headings,
    markdown_escapes,
    markdown_image_references,
    markdown_footnotes,
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
    # A prompt's thread before old_reddit, which reads the post itself as the story.
    old_reddit_prompt_reply,
    old_reddit,
    lemmy_post_page,
    discourse_topic,
    prompt_reply,
    paste_page_frame,
    paste_raw_copy,
    repeated_share_lines,
    invisible_blank_lines,
    instagram_posts,
    instagram_app_posts,
    dot_spacer_lines,
    split_reblog_header,
    media_placeholder_lines,
    quotev_chapter_pages,
    quotev_part_pages,
    posted_to_head,
    quizilla_part_pages,
    inkitt_pages,
    tapas_episode_pages,
    cohost_post,
    story_page_chapter_list,
    commaful_page,
    wix_blog_post,
    itch_io_page,
    home_page_top,
    deja_page,
    efiction_report_link,
    egroups_mail,
    newsletter_sections,
    # A page of entries newest first, put in reading order before the journal rules read it.
    newest_first_entries,
    yahoo_groups_page,
    aol_board_head,
    mhonarc_page,
    gutenberg_frame,
    wiki_article,
    anticopy_strings,
    letter_spaced_lines,
    typeset_end_marks,
    trailing_todo_list,
)


def decoded_text(data: bytes, source: str) -> str:
    """Decode a story's bytes and run :data:`TEXT_STEPS`; an InputError names ``source``."""
    text = decode(data, source)
    try:
        for text_step in TEXT_STEPS:
            text = text_step(text)
    except InputError as error:  # a step that cannot read the text (a damaged RTF file)
        raise InputError(error.message, source=source) from error
    return text
