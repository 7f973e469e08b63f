"""Pass ``header``: the lines above the story: fields, title, byline, front notes, separators.

The pass walks down from the top and gives each chunk a role until it meets a chapter
heading or the first paragraph of story prose, where the story starts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.ao3_collection import collection_navigation
from fic2epub.normalise.ao3_index import chapter_index
from fic2epub.normalise.ao3_page import (
    browser_tag_field,
    creator_under_title,
    is_chapter_position,
    is_preface_heading,
    is_search_tip,
)
from fic2epub.normalise.ao3_page_title import ao3_page_title, creator_under_page_title
from fic2epub.normalise.ao3_preface_summary import summary_runs_on
from fic2epub.normalise.archive_banner import ruled_archive_banner
from fic2epub.normalise.archive_lines import series_sentence
from fic2epub.normalise.art_credits import art_credit
from fic2epub.normalise.ask_answer import ask_lead_in
from fic2epub.normalise.blog import is_reading_time, posted_line
from fic2epub.normalise.blog_address import name_of_address
from fic2epub.normalise.blogger_top import blogger_post_top, drop_mobile_pager
from fic2epub.normalise.breadcrumbs import (
    breadcrumb_fandoms,
    breadcrumb_title,
    fan_section_fandom,
    subcategory_fandom,
)
from fic2epub.normalise.byline_headings import byline_heading_ends_note
from fic2epub.normalise.bylines import (
    AT_HANDLE,
    bare_byline,
    byline_names,
    byline_next,
    consume_byline,
    handle_line,
    handle_over_chrome,
    issue_line,
    pair_byline_over_header,
    shared_title,
    starts_header_line,
    title_and_byline,
    title_cased_over_byline,
    title_like,
    title_under_site_name,
)
from fic2epub.normalise.caps_title_tagline import caps_title_tagline
from fic2epub.normalise.chat_intro import chatter_over_title
from fic2epub.normalise.chrome import is_site_chrome, lone_button_among_chrome
from fic2epub.normalise.chunks import QUOTES, Chunk, Chunks, is_glyph_line
from fic2epub.normalise.colon_titles import colon_title
from fic2epub.normalise.colonless_fields import wide_spaced_field
from fic2epub.normalise.converter_comments import drop_unrtf_comments
from fic2epub.normalise.creator_pages import creator_name_block, post_headline
from fic2epub.normalise.credit_lines import credit_line
from fic2epub.normalise.dedication import dedication_first
from fic2epub.normalise.downloader_lines import credit_date, downloader_line
from fic2epub.normalise.entry_header import is_dedication_under_header, is_entry_time
from fic2epub.normalise.episode_pages import description_above_episode_list
from fic2epub.normalise.ffn_app_info import app_info_line
from fic2epub.normalise.ffn_byline import ffn_account_bylines
from fic2epub.normalise.ffn_community import drop_community_listing
from fic2epub.normalise.ffn_page import category_under_logo, ffn_page_title
from fic2epub.normalise.fic_tag_line import announced_title
from fic2epub.normalise.ficbook_page import (
    ficbook_dedication,
    ficbook_note_rest,
    ficbook_part_title,
)
from fic2epub.normalise.field_lines import field_line, serial_entry_below
from fic2epub.normalise.fields import (
    LONG_FIELDS,
    UNWRAPPED_FIELDS,
    WORD_COUNT_LABELS,
    bracket_rating_line,
    date_line,
    field_for,
    is_known_label,
    split_authors,
)
from fic2epub.normalise.foreign_header import count_under_counts, foreign_header_line
from fic2epub.normalise.form_subtitle import form_subtitle
from fic2epub.normalise.forum_lines import thread_starter
from fic2epub.normalise.genre_chips import genre_chip_run
from fic2epub.normalise.greeting_notes import greeting_above_fields
from fic2epub.normalise.header_chrome import (
    chrome_value,
    chrome_value_lines,
    community_name_line,
    community_over_join,
    framing_above_title,
    header_resumes,
    menu_above_title,
    menu_between_chrome,
    sign_up_beside_log_in,
    tag_words_line,
    tagline_under_site_name,
)
from fic2epub.normalise.header_summary import (
    before_site_info,
    chatter_above_links,
    chatter_above_title,
    description_under_info,
    note_above_cut,
    summary_above_links,
    summary_inside_header,
    summary_sentence_before_info,
    unlabelled_summary,
)
from fic2epub.normalise.heading_over_header import heading_over_header
from fic2epub.normalise.indented import indented_note_body
from fic2epub.normalise.info_sentence import (
    bracket_stats_line,
    full_stop_info_line,
    rated_chip_line,
    stats_chip_line,
    status_badge_line,
    status_published_line,
    wide_stats_line,
)
from fic2epub.normalise.journal_entry import drop_entry_preamble
from fic2epub.normalise.journal_lines import journal_poster
from fic2epub.normalise.journal_parts import author_field_below, is_cut_link, other_author_below
from fic2epub.normalise.manuscript import contact_block, is_word_count_line
from fic2epub.normalise.markdown_header import header_heading_rule
from fic2epub.normalise.metadata import clean_title
from fic2epub.normalise.nabble import nabble_thread
from fic2epub.normalise.narou_page import narou_page
from fic2epub.normalise.newsletter_post import newsletter_headline
from fic2epub.normalise.nota_bene import match_nota_bene
from fic2epub.normalise.note_info import drop_note_info, drop_note_title
from fic2epub.normalise.notes import (
    consume_note,
    is_structural,
    note_closed_by_heading,
    note_closed_by_rule,
)
from fic2epub.normalise.page_music import music_chunk
from fic2epub.normalise.page_repeats import page_title
from fic2epub.normalise.page_trail import trail_above_page_title, trail_over_title
from fic2epub.normalise.pages import is_masthead
from fic2epub.normalise.patterns import (
    AO3_POSTED_RE,
    FFN_INFO_RE,
    POINTER_RE,
    match_note,
    same_text,
)
from fic2epub.normalise.pipe_fields import pipe_metadata
from fic2epub.normalise.post_header import (
    chatter_before_title,
    post_info_line,
    poster_over_handle,
    subtitle_over_byline,
    wrapped_info_line,
)
from fic2epub.normalise.postype import series_over_post_title
from fic2epub.normalise.preface import foreword_note
from fic2epub.normalise.round_robin import round_writer_list
from fic2epub.normalise.ruled_notes import note_between_rules
from fic2epub.normalise.serial_page import description_above_counters
from fic2epub.normalise.series_part_line import series_part_line
from fic2epub.normalise.share_text import story_url_line
from fic2epub.normalise.sidebar_nav import sidebar_nav
from fic2epub.normalise.site_banner import framed_banner, site_banner
from fic2epub.normalise.site_names import is_site_name
from fic2epub.normalise.social import reddit_flair, reddit_poster
from fic2epub.normalise.stacked_fields import read_stacked_field
from fic2epub.normalise.status_i18n import status_word_line
from fic2epub.normalise.submission_letter import cover_letter_above_header
from fic2epub.normalise.subtitle import bracketed_subtitle, chatty_subtitle, kind_subtitle
from fic2epub.normalise.title_badges import is_title_badge
from fic2epub.normalise.title_block import centred_name_under_title
from fic2epub.normalise.transcriber_credit import drop_transcriber_credit
from fic2epub.normalise.tumblr import ask_end, blog_sidebar_end
from fic2epub.normalise.tumblr_trail import colon_poster
from fic2epub.normalise.wattpad import stacked_counts
from fic2epub.normalise.wrapped_values import value_runs_to_field
from fic2epub.normalise.writing_tallies import drop_beta_comments, nano_status_line


def read_header(chunks: Chunks) -> Chunks:
    """Give roles to the header chunks; the first chunk left as ``text`` starts the story."""
    marked = list(chunks)
    ruled_archive_banner(marked)
    drop_unrtf_comments(marked)
    drop_note_info(marked)
    drop_note_title(marked)
    # A typist's bracketed word about a story typed in from print (transcriber_credit).
    drop_transcriber_credit(marked)
    # A beta's comments to the writer, in the header and the chapters (writing_tallies).
    drop_beta_comments(marked)
    # A submission's letter to the editors over its header fields (submission_letter).
    cover_letter_above_header(marked)
    nabble_thread(marked)
    drop_entry_preamble(marked)
    drop_community_listing(marked)
    drop_mobile_pager(marked)
    blogger_post_top(marked)
    narou_page(marked)
    newsletter_headline(marked)
    stacked_counts(marked)
    title: str | None = None
    bylined = False
    # An untitled fill's reply to its ask has been read: the post has no title line.
    untitled_post = False
    index = 0
    while index < len(marked):
        chunk = marked[index]
        text = chunk.text
        if chunk.role in ("heading", "part"):
            if count_under_counts(marked, index):
                marked[index] = replace(chunk, role="dropped", rule="header-count-line")
                index += 1
                continue
            if (rule := header_heading_rule(marked, index, title)) is not None:
                # calibre's Markdown "## Preface" and "# Title" over the byline
                # (markdown_header): the header's framing, not chapters.
                marked[index] = replace(chunk, role="dropped", rule=rule)
                index += 1
                continue
            if (after := foreword_note(marked, index)) is not None:
                index = after
                continue
            if title is None and heading_over_header(marked, index):
                # Chapter 1's heading typed above the header block: it still heads chapter 1.
                marked[index] = replace(chunk, rule="heading-over-header")
                index += 1
                continue
            break
        if chunk.role == "title" and title is None:
            # A Markdown file's "# Title", settled by the headings pass; it may name the
            # author too ("# Title by Name").
            if (both := title_and_byline(marked, index)) is not None:
                marked[index] = replace(chunk, value=both[0], label=both[1])
                bylined = True
            title = marked[index].value or text
            index += 1
            continue
        if chunk.role in ("dropped", "byline"):
            # Already settled by the headings pass (a chapter menu, a page number, a forum
            # post's header): framing the header reads past, not the story's first line.
            bylined = bylined or chunk.role == "byline"
            index += 1
            continue
        if chunk.role == "note" and chunk.rule == "comment-fill-intro":
            # A fill's lead-in the headings pass read as the writer's note (comment_fill):
            # no title, however short; the story starts under it.
            index += 1
            continue
        if serial_entry_below(marked, index):
            break  # header-again-below: the first entry's story starts here
        if title is None and (after := sidebar_nav(marked, index)) is not None:
            # A site builder's menu that holds the page's title, the line it returns
            # (sidebar_nav).
            marked[after] = replace(marked[after], role="title", rule="sidebar-nav")
            title = marked[after].text.strip()
            index = after + 1
            continue
        if title is None and (
            (after := creator_name_block(marked, index)) is not None
            or (after := post_headline(marked, index)) is not None
        ):
            # A creator page's name block, a post's headline over its date (creator_pages);
            # the headline may be the title (post-headline-title).
            if marked[index].role == "title":
                title = marked[index].text.strip()
            index = after
            continue
        if title is None and chatter_above_title(marked, index):
            index += 1
            continue
        if title is None and chatter_over_title(marked, index):
            index += 1
            continue
        if title is None and framing_above_title(marked, index):
            marked[index] = replace(chunk, role="dropped", rule="framing-above-title")
            index += 1
            continue
        if title is not None and ficbook_part_title(marked, index):
            continue  # the part's heading: the header ends above it
        if (after := note_between_rules(marked, index)) is not None:
            # The writer's thank-you fenced off under the header by its separator (ruled_notes).
            index = after
            continue
        if title is None and not bylined and (after := contact_block(marked, index)) is not None:
            # A manuscript's contact block over its word count and title (manuscript).
            bylined = True
            index = after
            continue
        if is_glyph_line(text):
            marked[index] = replace(chunk, role="separator", rule="header-separator")
        elif title is None and (after := collection_navigation(marked, index)) is not None:
            # A collection's name and menu over the work's own header (ao3_collection).
            index = after
            continue
        elif title is None and (after := chapter_index(marked, index)) is not None:
            # AO3's Chapter Index page copied above the work page (ao3_index).
            index = after
            continue
        elif (after := read_stacked_field(marked, index)) is not None:
            # A page's info box, each label over its value (stacked_fields).
            index = after
            continue
        elif title is None and (
            fandom := fan_section_fandom(text, [c.text for c in marked[index + 1 : index + 7]])
        ):
            # A trail down from the site's fan fiction section names the fandom last
            # (breadcrumbs).
            value = f"Fandom: {fandom}"
            marked[index] = replace(chunk, role="info", rule="fan-section-trail", value=value)
        elif (
            title is None
            and "›" in text
            and (
                fandom := subcategory_fandom(text, [c.text for c in marked[index + 1 : index + 7]])
            )
        ):
            # A site section's trail down through a subcategory ("Fanfiction › Bücher ›
            # Klassiker › Fandom") names the fandom last, not the title (breadcrumbs).
            value = f"Fandom: {fandom}"
            marked[index] = replace(chunk, role="info", rule="subcategory-breadcrumb", value=value)
        elif (fandoms := breadcrumb_fandoms(text)) is not None:
            value = "\n".join(f"Fandom: {fandom}" for fandom in fandoms)
            marked[index] = replace(chunk, role="info", rule="pipe-header-line", value=value)
        elif title is None and (found := category_under_logo(marked, index)) is not None:
            # A site's category line under its logo (ffn_page); FictionPress's names a genre.
            if found:
                value = "\n".join(f"Fandom: {fandom}" for fandom in found)
                rule = "ffn-crossover-name" if len(found) > 1 else "ffn-category-under-logo"
                marked[index] = replace(chunk, role="info", rule=rule, value=value)
            else:
                marked[index] = replace(chunk, role="dropped", rule="fictionpress-genre-line")
        elif title is None and (fandom := trail_above_page_title(marked, index)) is not None:
            # A trail down to the fandom over the page's own title and "By:" line (page_trail).
            value = f"Fandom: {fandom}"
            marked[index] = replace(chunk, role="info", rule="trail-above-page-title", value=value)
        elif title is None and (trail := breadcrumb_title(text, _next_line(marked, index))):
            # The trail's last item is the story's title; build reads the fandom from it.
            marked[index] = replace(chunk, role="title", rule="breadcrumb-title", value=trail[1])
            title = trail[1]
        elif title is None and (fandom := trail_over_title(marked, index)) is not None:
            # The page's trail over the title line, which repeats its last item (page_trail).
            if fandom:
                value = f"Fandom: {fandom}"
                marked[index] = replace(chunk, role="info", rule="trail-over-title", value=value)
            else:
                marked[index] = replace(chunk, role="dropped", rule="trail-over-title")
        elif title is None and (
            fandom := subcategory_fandom(text, [c.text for c in marked[index + 1 : index + 7]])
        ):
            # A trail through the site's subcategory to the fandom (breadcrumbs).
            value = f"Fandom: {fandom}"
            marked[index] = replace(chunk, role="info", rule="subcategory-breadcrumb", value=value)
        elif title is None and "|" in text and ffn_page_title(text) is not None:
            # Rule ``ffn-page-title``: FanFiction.Net's page title ("Title Chapter 2: Name, a
            # Fandom fanfic | FanFiction", as Reader View heads its copy) is the title line,
            # however long; before the field test, which would read "Title Chapter 2:".
            marked[index] = replace(chunk, role="title", rule="ffn-page-title")
            title = text
        elif title is None and text.endswith("]") and (page := ao3_page_title(marked, index)):
            # AO3's page title over a Reader View copy: framing that names the fandom; the
            # work's own title line follows it. Where none does, the page title names the
            # title and the creator (ao3-page-title-over-creator).
            marked[index] = page
            if page.value and page.value.startswith("Title: "):
                title = page.value.partition("\n")[0].removeprefix("Title: ")
                bylined = "\nAuthor: " in page.value
        elif bylined and creator_under_page_title(marked, index):
            marked[index] = replace(chunk, role="dropped", rule="ao3-page-title-creator")
        elif title is None and (shared := shared_title(marked, index)) is not None:
            # A Share button's text names the title and author; a title line repeated under
            # it is dropped as a repeat.
            title = shared[0]
            marked[index] = replace(
                chunk, role="title", rule=shared[2], value=shared[0], label=shared[1]
            )
            bylined = bylined or bool(shared[1])
        elif (url := story_url_line(text)) is not None:
            # A lone address in the header is the story's own (share_text).
            value = f"URL: {url}"
            marked[index] = replace(chunk, role="info", rule="story-url-line", value=value)
        elif (date := date_line(text)) is not None:
            value = f"Published: {date}"
            marked[index] = replace(chunk, role="info", rule="pipe-header-line", value=value)
        elif is_entry_time(marked, index):
            # The entry's posting time under its date (entry_header).
            marked[index] = replace(chunk, role="dropped", rule="entry-time-line")
        elif is_site_name(text) and not byline_next(marked, index):
            marked[index] = replace(chunk, role="dropped", rule="site-name")
        elif title is None and tagline_under_site_name(marked, index):
            marked[index] = replace(chunk, role="dropped", rule="site-tagline")
        elif title is None and (covered := community_name_line(marked, index)) is not None:
            # A community's name and tagline over the entry's "… wrote in comm," line.
            for position in range(index, index + covered):
                marked[position] = replace(
                    marked[position], role="dropped", rule="community-name-over-poster"
                )
            index += covered
            continue
        elif title is None and community_over_join(marked, index):
            marked[index] = replace(chunk, role="dropped", rule="community-over-join")
        elif (poster := reddit_poster(text)) is not None:
            # Reddit's "Posted by u/name": the poster, most likely the author.
            marked[index] = replace(chunk, role="byline", rule="reddit-poster", value=poster)
            bylined = True
        elif reddit_flair(marked, index):
            marked[index] = replace(chunk, role="dropped", rule="reddit-flair")
        elif (
            (title is not None or untitled_post)
            and ("|" in text or ";" in text or "," in text)
            and pipe_metadata(text) is None
            and (fields := post_info_line(text)) is not None
        ):
            # Before the chrome test: its short "|"-parted items look like a menu bar. A line
            # the stricter pipe_metadata reads is left to it, below.
            marked[index] = as_info(chunk, "post-info-line", fields)
        elif (title is not None or untitled_post) and (fields := wrapped_info_line(chunk)):
            marked[index] = as_info(chunk, "wrapped-post-info-line", fields)
        elif (poster := journal_poster(text)) is not None:
            # Before the chrome test, which drops LiveJournal's "… wrote in …" line. When the
            # post's header names the author, the poster (who may post for someone else) is
            # the journal's framing.
            if author_field_below(marked, index):
                marked[index] = replace(chunk, role="dropped", rule="journal-poster")
            else:
                marked[index] = replace(chunk, role="byline", rule="journal-poster", value=poster)
                bylined = True
        elif (title is not None or bylined) and art_credit(text):
            # The artist's credit under the title block (art_credits): furniture.
            marked[index] = replace(chunk, role="dropped", rule="illustration-credit")
        elif (credit := downloader_line(text)) is not None:
            # A download tool's own line above the story (downloader_lines).
            marked[index] = replace(chunk, role="dropped", rule=credit)
            after = index + 1
            if after < len(marked) and marked[after].gap == 0 and credit_date(marked[after].text):
                marked[after] = replace(marked[after], role="dropped", rule="downloader-date")
                index = after
        elif (fields := app_info_line(text)) is not None:
            # Before the chrome test, which reads the dotted items as a menu (ffn_app_info).
            marked[index] = as_info(chunk, "ffn-app-info-line", fields)
        elif (
            (title is not None or bylined)
            and not _badge_under_title(marked, index)  # its badge row keeps it (title-badge)
            and (status := status_word_line(text)) is not None
        ):
            marked[index] = as_info(chunk, "status-word-line", [("Status", status)])
        elif (fields := stats_chip_line(text)) is not None:
            # Before the chrome test, which reads the wide-spaced items as a menu.
            rule = "stats-chip-line" if len(fields) > 1 else "status-chip-line"
            marked[index] = as_info(chunk, rule, fields)
        elif (title is not None or bylined) and (cells := wide_spaced_field(text)) is not None:
            # Before the chrome test, which reads the two wide-spaced cells as a menu; only
            # under the page's title or byline, where its table of fields stands.
            label, value = cells
            marked[index] = replace(
                chunk, role="field", rule="wide-spaced-field", label=label, value=value
            )
        elif (fields := status_published_line(text)) is not None:
            marked[index] = as_info(chunk, "status-published-line", fields)
        elif title is not None and (rating := bracket_rating_line(text)) is not None:
            # Before the byline test, which would read the bracketed code as a name.
            marked[index] = as_info(chunk, "bracket-rating-line", [("Rating", rating)])
        elif (fields := rated_chip_line(text)) is not None:
            # Before the chrome test, which reads the chips as a menu bar.
            marked[index] = as_info(chunk, "rated-chip-line", fields)
        elif (fields := status_badge_line(text)) is not None:
            # Before the chrome test, which reads the badge and tags as a menu.
            marked[index] = as_info(chunk, "status-badge-line", fields)
        elif "[" in text and (fields := bracket_stats_line(text)) is not None:
            # Before the field test, which would drop "Rating: FR13 • Chapters [4] • …" as a
            # field whose value is chrome.
            marked[index] = as_info(chunk, "bracket-stats-line", fields)
        elif ":" in text and (fields := wide_stats_line(text)) is not None:
            # Before the chrome test, which reads the wide-spaced items as a menu.
            marked[index] = as_info(chunk, "wide-stats-line", fields)
        elif POINTER_RE.fullmatch(text) or (is_site_chrome(text) and not is_site_name(text)):
            marked[index] = replace(chunk, role="dropped", rule="site-chrome")
        elif title is None and lone_button_among_chrome(
            text, [above.text for above in marked[max(0, index - 2) : index]]
        ):
            # A button's label alone under the site's menu ("Printer" under eFiction's
            # bar), before the title test takes the short line for the title.
            marked[index] = replace(chunk, role="dropped", rule="lone-button")
        elif music_chunk(chunk):
            # An old home page's background music line, before the field test (page_music).
            marked[index] = replace(chunk, role="dropped", rule="background-music-line")
        elif is_chapter_position(marked, index):
            marked[index] = replace(chunk, role="dropped", rule="chapter-position-line")
        elif (title is not None or bylined) and is_cut_link(text):
            # Only under a header that has named the story: the link folds its text.
            marked[index] = replace(chunk, role="dropped", rule="journal-cut-text")
        elif (
            foreign := foreign_header_line(marked, index, titled=title is not None, bylined=bylined)
        ) is not None:
            # Header lines of pages in other languages (foreign_header).
            marked[index] = foreign
            bylined = bylined or foreign.role == "byline"
        elif index <= 2 and is_masthead(text):
            marked[index] = replace(chunk, role="dropped", rule="zine-masthead")
        elif is_reading_time(text, in_header=True):
            marked[index] = replace(chunk, role="dropped", rule="reading-time")
        elif is_word_count_line(text):
            # A manuscript's "About 1,200 words" above its title (manuscript).
            marked[index] = replace(chunk, role="dropped", rule="manuscript-word-count")
        elif nano_status_line(text):
            # A NaNoWriMo draft's result over the story (writing_tallies).
            marked[index] = replace(chunk, role="dropped", rule="nano-status-line")
        elif (posted := posted_line(text)) is not None:
            # A blog post's "Posted on <date> by <author>" line names its author and date.
            value = "\n".join(
                [f"Author: {posted[0]}"] + ([f"Published: {posted[1]}"] if posted[1] else [])
            )
            marked[index] = replace(chunk, role="info", rule="posted-on-line", value=value)
            bylined = True
        elif is_search_tip(marked, index):
            marked[index] = replace(chunk, role="dropped", rule="ao3-search-tip")
        elif (after := browser_tag_field(marked, index)) is not None:
            index = after
            continue
        elif (series := series_sentence(text)) is not None:
            value = f"Series: {series}"
            marked[index] = replace(chunk, role="info", rule="series-sentence", value=value)
        elif (series := series_part_line(text)) is not None:
            value = f"Series: {series}"
            marked[index] = replace(chunk, role="info", rule="series-part-line", value=value)
        elif (fields := pipe_metadata(text)) is not None:
            marked[index] = as_info(chunk, "pipe-header-line", fields)
        elif (
            title is not None
            and index
            and marked[index - 1].role == "title"
            and (subtitle := _subtitle(text, title)) is not None
        ):
            marked[index] = as_info(chunk, *subtitle)
        elif title is not None and (after := round_writer_list(marked, index)) is not None:
            # The rounds' writers listed in a round robin's header (round_robin).
            bylined = True
            index = after
            continue
        elif (
            title is not None
            and not bylined
            and marked[index - 1].role == "title"
            and _subtitle_over_byline(marked, index)
        ):
            # Rule ``subtitle-above-byline`` in a title block ("The Title", "a tale of two
            # towns", "by Name"): the subtitle is the title's, so it neither starts an
            # unlabelled summary that swallows the byline nor hides the author. Two writers
            # named bare under it ("Ann Lowe & Ben Hart") are such a byline too.
            marked[index] = replace(chunk, role="dropped", rule="subtitle-above-byline")
        elif title is not None and _over_form_subtitle(marked, index):
            # A cover's tagline between its title and the form line (_over_form_subtitle).
            marked[index] = replace(chunk, role="dropped", rule="tagline-over-form-subtitle")
        elif (
            title is not None
            # A second such line under the first ("The Collected Works", "a … fic exchange").
            and (marked[index - 1].role == "title" or marked[index - 1].rule == "form-subtitle")
            and form_subtitle(text)
        ):
            # The kind of work under the title ("A "X" round robin"): the title's (form_subtitle).
            marked[index] = replace(chunk, role="dropped", rule="form-subtitle")
        elif (
            title is not None
            and not bylined
            and chunk.gap == 0
            and (marked[index - 1].role == "title" or marked[index - 1].rule == "form-subtitle")
            and issue_line(text)
        ):
            # The issue's number and date under a zine's cover title (issue-line-not-byline).
            marked[index] = replace(chunk, role="dropped", rule="issue-line-under-title")
        elif (
            title is not None
            and index
            and marked[index - 1].role == "byline"
            and len(chunk.lines) == 1
            and (kind := kind_subtitle(text)) is not None
        ):
            # Rule ``subtitle-under-byline`` (subtitle): "a Der Oberhof story" under the byline,
            # or in brackets, "(a fic for Ada Finch's 'The Lamp')".
            marked[index] = replace(chunk, role="dropped", rule=kind)
        elif (
            title is not None
            and marked[index - 1].role in _HEADER_LINES
            and (fields := bracketed_subtitle(text)) is not None
        ):
            # Rule ``bracketed-description``: the bracketed description may come under the
            # header's other lines rather than right under the title ("Title", "Summary: …",
            # "(fandom, gen, ~1k, for the exchange)"), as a phone draft's header runs.
            marked[index] = as_info(chunk, "bracketed-description", fields)
        elif (title is not None or bylined) and (fields := full_stop_info_line(text)):
            # Only under a title or byline: the line sums up the story announced above it.
            marked[index] = as_info(chunk, "full-stop-info-line", fields)
        elif AO3_POSTED_RE.fullmatch(text) or FFN_INFO_RE.fullmatch(text):
            marked[index] = replace(chunk, role="info", rule="site-info-line")
        elif title is None and (after := ask_end(marked, index)) is not None:
            for position in range(index, after):
                marked[position] = replace(marked[position], role="dropped", rule="tumblr-ask")
            index = after
            continue
        elif (
            note := match_note(text) or match_nota_bene(text) or ficbook_dedication(marked, index)
        ) is not None:
            stops = (title,) if title else ()
            note_at = index
            index = consume_note(
                marked, index, len(marked), stop_at=stops, stop_when=ends_header_note, label=note
            )
            index = ficbook_note_rest(marked, note_at, index)
            index = indented_note_body(marked, note_at, index)
            index = note_closed_by_rule(marked, index, len(marked))
            index = note_closed_by_heading(marked, index, len(marked))
            continue
        elif (starter := thread_starter(text)) is not None:
            # A forum thread's "Thread starter X  Start date …" line names its author.
            marked[index] = replace(chunk, role="byline", rule="thread-starter", value=starter)
            bylined = True
        elif byline_names(text) is not None:
            index = consume_byline(marked, index)
            bylined = True
            continue
        elif title is None and _post_title(marked, index):
            # Rule ``post-title-over-posted-line``: a blog post's title over its "Posted on
            # <date> by <author>" line, a blank line between, is the title even when it reads
            # as "Label: value" ("The Glass Orchard, Chapter 3: The Temple"); a serial's post
            # names the story before its chapter.
            title = page_title(text)
            marked[index] = replace(
                chunk, role="title", rule="post-title-over-posted-line", value=title
            )
        elif title is None and not bylined and colon_title(marked, index):
            # A title with a subtitle after its colon, over its byline (colon_titles).
            marked[index] = replace(chunk, role="title", rule="colon-title")
            title = text
        elif title is None and colon_poster(marked, index):
            # A theme's "some-blog:" over the reblogged post names its poster (tumblr_trail).
            marked[index] = replace(chunk, role="dropped", rule="tumblr-trail-poster")
        elif (field := field_line(text)) is not None:
            label, value = field
            if summary_sentence_before_info(marked, index, label):
                marked[index] = replace(chunk, role="summary", rule="colon-summary-before-info")
                index += 1
                continue
            if chrome_value(label, value):
                # "Author: Follow/Fav": a site's buttons under a label, not a value.
                index = chrome_value_lines(marked, index)
                continue
            rule = "tilde-label-field" if text.startswith("~") else "header-field"
            marked[index] = replace(chunk, role="field", rule=rule, label=label, value=value)
            if field_for(label) == "title" and value:
                title = value
            index = _consume_value(marked, index, label, value)
            continue
        elif (title is not None or bylined) and (chips := genre_chip_run(marked, index)):
            for position in range(index, chips):
                marked[position] = replace(
                    marked[position], role="dropped", rule="genre-chip-lines"
                )
            index = chips
            continue
        elif (title is not None or bylined) and tag_words_line(text, titled=title is not None):
            marked[index] = replace(chunk, role="dropped", rule="tag-words-line")
        elif title is not None and (
            same_text(text, title)
            or same_text(text, page_title(title))
            or _same_clean_title(text, title)
        ):
            # Also under a chapter page's title line ("Story X - Chapter 1 - Y"), which
            # holds the title.
            marked[index] = replace(chunk, role="dropped", rule="repeated-title")
        elif title is None and is_preface_heading(marked, index):
            marked[index] = replace(chunk, role="dropped", rule="preface-heading")
        elif title is None and menu_above_title(marked, index):
            marked[index] = replace(chunk, role="dropped", rule="menu-above-title")
        elif title is None and menu_between_chrome(marked, index):
            marked[index] = replace(chunk, role="dropped", rule="menu-between-chrome")
        elif title is None and sign_up_beside_log_in(marked, index):
            marked[index] = replace(chunk, role="dropped", rule="sign-up-beside-log-in")
        elif (
            title is None
            and index <= 8
            and framed_banner(text)
            and site_banner(marked, index, title_like, byline_names, title_and_byline)
        ):
            # A framed banner naming the site's owner over the story's title block, before
            # the "Title by Name" test would take it for the title (site_banner).
            continue
        elif title is None and (both := title_and_byline(marked, index)) is not None:
            title = both[0]
            marked[index] = replace(
                chunk, role="title", rule="title-with-byline", value=both[0], label=both[1]
            )
            bylined = True
        elif title is None and (
            after := chatter_before_title(marked, index, _info_line, _byline_line)
        ):
            if marked[after - 1].role == "title":
                title = marked[after - 1].text
            else:
                # An untitled fill's reply to its ask: the info line under it is the post's.
                untitled_post = True
            if marked[index].rule == "chatter-above-bare-title":
                break  # a file with no header: the story starts under the title
            index = after
            continue
        elif title is None and ask_lead_in(marked, index):
            # The writer's line to the asker over the fill, when no title or info line
            # follows it to tell it as chatter (ask_answer).
            marked[index] = replace(chunk, role="note", rule="ask-answer-lead-in", value=text)
            untitled_post = True  # the post's info line may still follow, with no title
        elif title is None and not bylined and handle_line(marked, index):
            # A lone user name above the post (a Tumblr blog, an LJ journal) is its author.
            if _first_kept(marked, index) and other_author_below(marked, index):
                # Rule ``poster-not-author``: as with a "… wrote in …" poster line, the
                # post's own "Author:" field names the writer; the journal or blog whose
                # name heads the page only posted it (a fest's journal, a friend's, a
                # community's). The site's bar over it (dropped) may stand above.
                marked[index] = replace(chunk, role="dropped", rule="poster-not-author")
            else:
                marked[index] = replace(chunk, role="byline", rule="handle-line", value=text)
                bylined = True
        elif title is None and (after := blog_sidebar_end(marked, index)) is not None:
            # A Tumblr blog's description and links under its name (tumblr).
            for position in range(index, after):
                marked[position] = replace(
                    marked[position], role="dropped", rule="tumblr-blog-sidebar"
                )
            index = after
            continue
        elif (
            title is None
            and index <= 8
            and site_banner(marked, index, title_like, byline_names, title_and_byline)
        ):
            # A home page's banner over the story's title block (site_banner).
            continue
        elif (
            title is not None
            and index <= 2
            and marked[0].role == "title"
            and (after := blog_sidebar_end(marked, index, titled=True)) is not None
        ):
            # A custom theme's blog title over the description and links (tumblr): the
            # blog's name, not the story's title, which is still to come.
            marked[0] = replace(marked[0], role="dropped", rule="tumblr-theme-blog-title")
            for position in range(index, after):
                marked[position] = replace(
                    marked[position], role="dropped", rule="tumblr-blog-sidebar"
                )
            title = None
            index = after
            continue
        elif title_like(chunk) and _posted_line_below(marked, index):
            # Rule ``post-title-above-posted-line``: a blog post's title stands right over its
            # "Posted on <date> by <author>" line; a line taken for the title above it was
            # the blog's name or tagline (``blog-name``).
            for position in range(index):
                if marked[position].role == "title":
                    marked[position] = replace(marked[position], role="dropped", rule="blog-name")
            marked[index] = replace(chunk, role="title", rule="post-title-above-posted-line")
            title = text
        elif title is None and dedication_first(marked, index):
            # Whom the story is for, on the file's first line: a note before the story; a
            # title may still follow it.
            marked[index] = replace(chunk, role="note", rule="dedication-first-line", value=text)
        elif title is None and not bylined and poster_over_handle(marked, index):
            # The poster's display name over the handle; the handle is the same person.
            value = chunk.text.strip()
            marked[index] = replace(
                chunk, role="byline", rule="poster-name-over-handle", value=value
            )
            marked[index + 1] = replace(marked[index + 1], role="dropped", rule="name-above-handle")
            bylined = True
            index += 2
            continue
        elif title is None and (announced := announced_title(text)) is not None:
            # A post's "[fic] Title (Source) ~1k, G, …" line (fic_tag_line).
            marked[index] = replace(
                chunk, role="title", rule="fic-tag-announcement", value=announced
            )
            title = announced
        elif (
            bylined
            and (title is None or _right_under_title(marked, index))
            and _named_already(marked, index, text)
        ):
            # Rule ``byline-name-again``: the author's name once more before any title (a
            # Tumblr post's poster under the blog's own name and Follow button) is the byline
            # repeated; the title is still to come. So is the name right under the title (a
            # Postype post's channel name over its date).
            marked[index] = replace(chunk, role="dropped", rule="byline-name-again")
        elif title is None and bylined and series_over_post_title(marked, index):
            # The series' name over the post's title (postype): the title is the next line.
            marked[index] = replace(chunk, role="dropped", rule="series-over-post-title")
        elif title is None and (caption_title := caps_title_tagline(text)) is not None:
            # A caption's "TITLE ✧ tagline" first line (caps_title_tagline).
            marked[index] = replace(
                chunk, role="title", rule="caps-title-tagline", value=caption_title
            )
            title = caption_title
        elif title is None and title_like(chunk):
            marked[index] = replace(chunk, role="title", rule="bare-title-line")
            title = text
        elif title is None and title_cased_over_byline(marked, index):
            marked[index] = replace(chunk, role="title", rule="title-cased-over-byline")
            title = text
        elif title is not None and not bylined and handle_over_chrome(marked, index):
            marked[index] = replace(chunk, role="byline", rule="handle-over-chrome", value=text)
            bylined = True
        elif title is not None and not bylined and creator_under_title(marked, index):
            value = chunk.text.strip()
            marked[index] = replace(
                chunk, role="byline", rule="ao3-creator-under-title", value=value
            )
            bylined = True
        elif title is not None and not bylined and centred_name_under_title(marked, index):
            # A typeset title block's name, centred under the title with no "by" (title_block).
            value = chunk.text.strip()
            marked[index] = replace(
                chunk, role="byline", rule="centred-name-under-title", value=value
            )
            bylined = True
        elif not bylined and (both := title_under_site_name(marked, index)) is not None:
            # The line taken for the title was the archive's name (bylines).
            marked[index - 1] = replace(
                marked[index - 1], role="dropped", rule="site-name-over-title-by"
            )
            title = both[0]
            marked[index] = replace(
                chunk, role="title", rule="site-name-over-title-by", value=both[0], label=both[1]
            )
            bylined = True
        elif title is not None and _badge_under_title(marked, index):
            marked[index] = replace(chunk, role="dropped", rule="title-badge")
        elif title is not None and not bylined and (credits := credit_line(text)) is not None:
            # The writers credited under the title in their own words (credit_lines).
            value = "\n".join(credits)
            marked[index] = replace(chunk, role="byline", rule="credit-line", value=value)
            bylined = True
        elif title is not None and not bylined and bare_byline(marked, index):
            # Rule ``lower-case-by-names``: a "by" line that byline_names leaves alone, as a
            # run of lower-case words may be a sentence ("by hverdag hanne"), is a byline all
            # the same where it stands alone under the title with the header below it: the
            # names are what follows "by".
            names = "\n".join(split_authors(_BY_WORD.sub("", text, count=1)))
            marked[index] = replace(chunk, role="byline", rule="bare-byline", value=names)
        elif index and marked[index - 1].role == "byline" and AT_HANDLE.fullmatch(text.strip()):
            # Rule ``name-above-handle``: the handle under the display name is the same
            # person's user name, not more of the header.
            marked[index] = replace(chunk, role="dropped", rule="name-above-handle")
        elif not bylined and name_of_address(marked, index):
            # The blog's name under its address, over a copied post (blog_address).
            value = text.strip()
            marked[index] = replace(
                chunk, role="byline", rule="blog-name-under-address", value=value
            )
            bylined = True
        elif before_site_info(marked, index):
            marked[index] = replace(chunk, role="summary", rule="summary-before-info-line")
        elif title is not None and (after := description_above_counters(marked, index)):
            # A web-serial fiction page's description over its reader counts (serial_page).
            index = after
            continue
        elif (cut := note_above_cut(marked, index)) is not None:
            index = cut
            continue
        elif (teaser := summary_above_links(marked, index)) is not None:
            if not chatter_above_links(marked, index):
                marked[index] = replace(chunk, role="summary", rule=teaser)
        elif (first_field := greeting_above_fields(marked, index)) is not None:
            # The poster's word to the readers above the header fields (greeting_notes): in
            # sentences, so asked before the short unknown lines a page frames them with.
            index = first_field
            continue
        elif header_resumes(marked, index):
            marked[index] = replace(chunk, role="dropped", rule="unknown-line-above-header")
        elif (after := summary_inside_header(marked, index)) is not None:
            index = after
            continue
        elif title is not None and (after := description_above_episode_list(marked, index)):
            # A reading app's series page: its description over the episode list.
            index = after
            continue
        elif is_dedication_under_header(marked, index):
            # Whom the story is for, under the fields: a header line (entry_header).
            value = text.strip()
            marked[index] = replace(
                chunk, role="field", rule="dedication-under-header", label="Dedication", value=value
            )
        elif description_under_info(marked, index):
            marked[index] = replace(chunk, role="summary", rule="description-under-info-line")
        else:
            unlabelled_summary(marked, index)
            break
        index += 1
    # FanFiction.Net's "By:" line over its info line names one account (ffn_byline).
    ffn_account_bylines(marked)
    return tuple(marked)


# The roles of the header's lines a bracketed description may come under.
_HEADER_LINES = ("field", "field-value", "info", "byline")


def _first_kept(marked: list[Chunk], index: int) -> bool:
    """Whether every line above ``index`` is dropped already (the site's bar, its menu)."""
    return all(chunk.role == "dropped" for chunk in marked[:index])


def _info_line(chunk: Chunk) -> bool:
    """A header line under a post's title: an info line or a known field."""
    text = chunk.text
    field = field_line(text)
    return (
        pipe_metadata(text) is not None
        or post_info_line(text) is not None
        or (field is not None and is_known_label(field[0]))
    )


def _byline_line(chunk: Chunk) -> bool:
    """A byline that names someone ("by Name"), under a title: still text, or a "By: Name"
    line the headings pass has already read as the byline."""
    return chunk.role in ("text", "byline") and bool(byline_names(chunk.text))


def _subtitle_over_byline(chunks: list[Chunk], index: int) -> bool:
    """A subtitle under the title, over a byline: "by Name", or two writers named bare
    (rule ``subtitle-above-pair-byline``)."""
    pair = pair_byline_over_header(chunks, index + 1)
    if pair and subtitle_over_byline(chunks, index, lambda _below: True, spaced=1):
        # Rule ``spaced-subtitle-above-byline``: a word processor's title block, a blank line
        # between each of its lines. The pair byline, with the header's notes or a heading
        # under it, is the guard.
        return True
    return subtitle_over_byline(chunks, index, lambda below: pair or _byline_line(below))


def ends_header_note(chunks: Sequence[Chunk], index: int) -> bool:
    """A chunk that ends a note: a header line, or a title over its byline.

    Rule ``note-ends-at-title``: a note set above the story's title ("Author's Note: …",
    then "The Title" and "by Name" under it) ends at the title, however the title reads
    (a title may hold a note's word, "chapter"). Guards: a blank line above the title, a
    short title-like line, and the byline right under it.
    """
    chunk = chunks[index]
    if starts_header_line(chunk) or byline_heading_ends_note(chunks, index):
        return True
    after = chunks[index + 1] if index + 1 < len(chunks) else None
    return (
        after is not None
        and chunk.gap >= 1
        and after.gap == 0
        and title_like(chunk)
        and byline_names(after.text) is not None
    )


def _consume_value(chunks: list[Chunk], index: int, label: str, value: str) -> int:
    """Mark the lines that carry on a field's value; return the index after them.

    A field with an empty value takes its value from the following lines ("Summary:" and a
    paragraph; AO3's "Rating:" and an indented line; a label such as "Ages in this fic:"
    over a little list). Lines stop at another known field, a structural line, a run of
    blank lines or story prose.
    """
    head = chunks[index]
    long_form = field_for(label) in LONG_FIELDS or field_for(label) is None
    # A date, count or word field given on its line is finished there (unwrapped-field), and
    # so is any field whose value is a bare count ("Words: 612", "Kudos: 40"): a number never
    # wraps onto the next line (``count-value-ends``).
    unwrapped = field_for(label) in UNWRAPPED_FIELDS or _count_value(value)
    index += 1
    taken = 0
    while index < len(chunks):
        chunk = chunks[index]
        text = chunk.text
        if is_structural(chunk) or chunk.gap >= 2:
            break
        field = field_line(text)
        if field is not None and (is_known_label(field[0]) or value):
            break
        if not value and _counts(label) and not text.lstrip("~≈ ")[:1].isdigit():
            # Rule ``empty-count-field``: a count label left empty ("Word Count:") takes no
            # line but a count as its value; the writer meant to fill it in later, and the
            # line under it (the title again, a byline) is more of the header.
            break
        if is_site_chrome(text) or lone_button_among_chrome(
            text, [], [after.text for after in chunks[index + 1 : index + 3]]
        ):
            break  # a button over the site's other buttons ("Read" over "Add to Library")
        if _byline_ends_value(label, value, chunk):
            break
        if taken and status_word_line(text) is not None:
            # Rule ``status-line-ends-value``: a status chip's line ("完結済　全2話 …") under a
            # value's lines is the page's next header line, not more of the value.
            break
        # AO3 puts values on indented lines right under their label.
        indented = chunk.indent > head.indent and chunk.gap == 0
        if indented and value and _paragraph_under_value(head, value, chunks, index):
            break
        # "Summary: …" may wrap onto an unindented line when more header lines follow it.
        wrapped_on = (
            chunk.gap == 0
            and not unwrapped
            and (
                _header_follows(chunks, index)
                or _block_tail(chunks, index)
                or (long_form and value_runs_to_field(chunks, index - taken - 1, index))
            )
            and not chunks[index - 1].text.endswith((".", "!", "?", ")", '"', "”"))
            and date_line(text) is None
            # Rule ``names-end-on-their-line``: a byline field's names given on its line do
            # not wrap onto a sentence (an FFN mobile page's summary right under "By:").
            and not (value and field_for(label) == "authors" and _sentence_line(text))
        )
        if value and not indented and (not (chunk.continues or wrapped_on) or unwrapped):
            break
        loose = taken and not indented and not chunk.continues
        if (
            loose
            and not (long_form and _short_value_line(text))
            and not summary_runs_on(chunks, index - taken - 1, index)
        ):
            break
        chunks[index] = replace(chunk, role="field-value", rule="field-continues", label=label)
        taken += 1
        index += 1
    return index


def _paragraph_under_value(head: Chunk, value: str, chunks: Sequence[Chunk], index: int) -> bool:
    """Rule ``indented-paragraph-under-value``: a line indented as a paragraph's first
    line (a tab, a few spaces, a full-width space), right under a field whose value was
    given on its own line and ends a sentence ("Summary: … a few words about it."), starts
    the story: a file with no blank lines sets its first paragraph straight under the
    header. A value carried on under its label is indented to the value's column (a
    hanging indent) or sits under an empty label (AO3's); a paragraph's indent stands
    short of where the value starts.

    Guards: a stop after an initial ("belong to R. D.") ends no sentence, and a field line
    under the indented line ("FEEDBACK - …") shows the header going on: a list post's
    values run on over lines indented a few columns, whatever their sentences."""
    chunk, above = chunks[index], chunks[index - 1].text.rstrip()
    column = head.indent + head.text.find(value)
    if chunk.indent >= column - _HANGING_SLACK or chunk.continues:
        return False
    if not above.endswith(_VALUE_STOPS) or _INITIAL_END.search(above):
        return False
    below = chunks[index + 1] if index + 1 < len(chunks) else None
    return below is None or field_line(below.text) is None


# A stop after a lone capital, an initial's: "R. D.", "by J."
_INITIAL_END = lazy(r"(?:^|\W)[A-Z]\.$")


# How far left of a value's column a hanging indent may stand; a sentence's end on a value.
_HANGING_SLACK = 2
_VALUE_STOPS = (".", "!", "?", "…", '."', ".”", "!”", "?”")


# A count as a header prints it: "612", "1,234", "12.5K", "3/5", "2/?".
_COUNT_VALUE = lazy(r"\d[\d,.\u202f\u00a0]*[kKmM]?(?:\s*/\s*(?:\d+|\?))?")


def _counts(label: str) -> bool:
    """Whether a header label names a count of words or chapters, never words
    (``empty-count-field``)."""
    key = label.strip(" *_:").lower()
    return key in WORD_COUNT_LABELS or key == "chapters"


def _count_value(value: str) -> bool:
    """Whether a field's value is nothing but a count."""
    return value[:1].isdigit() and _COUNT_VALUE.fullmatch(value) is not None


def _byline_ends_value(label: str, value: str, chunk: Chunk) -> bool:
    """Rule ``byline-ends-value``: a short field given on its line ("Series: Name, Part 2",
    "Fandom: Name") does not wrap onto a byline set flush under it ("by Name"); the byline
    is the header's next line, as a writer sets "by" under the title block. Not for a
    summary, a disclaimer or a label of the writer's own ("Dedication:"), whose wrapped
    sentence may run on with "by …"; and only a line that reads as a byline whole ("by the
    sea" names no one)."""
    field = field_for(label)
    return (
        bool(value)
        and field is not None
        and field not in LONG_FIELDS
        and chunk.text[:2].lower() == "by"
        and byline_names(chunk.text) is not None
    )


# The most lines a header block's lower-case tail may run to (``field-tail-lines``).
_TAIL_LINES = 3


def _block_tail(chunks: list[Chunk], index: int) -> bool:
    """Rule ``field-tail-lines``: a header block's last field wrapped onto the block's last
    lines, unindented, when nothing marks the wrap (a page copy read line by line): the
    lines under it up to the blank line that ends the block open in lower case and hold no
    field, and no earlier pass has read them (a chat poster's line). A story's prose opens a
    paragraph with a capital, and is set apart by a blank line; a few lines only, so a
    whole paragraph run on under the header is not taken."""
    if chunks[index].role != "text" or not chunks[index].text[:1].islower():
        return False
    end = index
    while end + 1 < len(chunks) and not chunks[end + 1].gap:
        end += 1
        below = chunks[end]
        if end - index >= _TAIL_LINES or below.role != "text" or field_line(below.text):
            return False
    return True


def _header_follows(chunks: list[Chunk], index: int) -> bool:
    """Whether the chunk after ``index`` opens another header line."""
    after = chunks[index + 1] if index + 1 < len(chunks) else None
    return after is not None and after.gap <= 1 and starts_header_line(after)


def _short_value_line(text: str) -> bool:
    """A short list-like line ("Kakashi: 30") that a multi-line value can hold."""
    return len(text) <= 80 and text[:1] not in QUOTES


def _next_line(chunks: Sequence[Chunk], index: int) -> str | None:
    """The text of the line under ``index``, if any."""
    return chunks[index + 1].text if index + 1 < len(chunks) else None


def as_info(chunk: Chunk, rule: str, fields: Sequence[tuple[str, str]]) -> Chunk:
    """The chunk as a line of story info that ``rule`` read into ``fields``."""
    value = "\n".join(f"{label}: {item}" for label, item in fields)
    return replace(chunk, role="info", rule=rule, value=value)


def _subtitle(text: str, title: str) -> tuple[str, list[tuple[str, str]]] | None:
    """The rule and fields of a line under the title that describes the fic: in brackets
    (``bracketed-subtitle``) or, under a lower-case title, in chat (``chatty-subtitle``)."""
    if (fields := bracketed_subtitle(text)) is not None:
        return "bracketed-subtitle", fields
    if (fields := chatty_subtitle(text, title)) is not None:
        return "chatty-subtitle", fields
    return None


def story_start(chunks: Chunks) -> int:
    """Index of the first chunk of the story: the first one the header pass left as text."""
    for index, chunk in enumerate(chunks):
        if chunk.role in ("text", "heading", "part"):
            return index
    return len(chunks)


def _post_title(chunks: list[Chunk], index: int) -> bool:
    """Whether the line at ``index`` is a blog post's title: a title-like line, not a known
    header field, over the post's "Posted on" line (a blank line may stand between)."""
    chunk = chunks[index]
    if not _posted_line_below(chunks, index, blank=True) or not title_like(chunk):
        return False
    field = field_line(chunk.text)
    return field is None or not is_known_label(field[0])


def _posted_line_below(chunks: list[Chunk], index: int, *, blank: bool = False) -> bool:
    """Whether the next line, with no blank line between (or one, when ``blank``), is a
    blog post's "Posted on <date> by <author>" line."""
    after = index + 1
    if after >= len(chunks) or chunks[index].lines != (chunks[index].text,):
        return False
    if chunks[after].gap > int(blank):
        return False
    text = chunks[after].text
    return text[:6].lower() in ("posted", "publis") and posted_line(text) is not None


def _right_under_title(chunks: Sequence[Chunk], index: int) -> bool:
    """Whether the line at ``index`` sits right under the title, no blank line between."""
    return index > 0 and not chunks[index].gap and chunks[index - 1].role == "title"


def _named_already(chunks: Sequence[Chunk], index: int, text: str) -> bool:
    """Whether a byline above ``index`` named exactly ``text`` (byline-name-again)."""
    name = text.strip()
    return any(
        chunk.role == "byline" and (chunk.value or chunk.text).strip() == name
        for chunk in chunks[:index]
    )


# "by " opening a byline that bare_byline took as names (lower-case-by-names).
_BY_WORD = lazy(r"\Aby\s+(?=\S)", re.IGNORECASE)


def _sentence_line(text: str) -> bool:
    """Whether a line reads as a sentence: several words, closed by its stop."""
    return len(text.split()) >= _SENTENCE_WORDS and text.rstrip().endswith((".", "!", "?", "…"))


# Words a line must have to read as a sentence rather than a name ("Jo M. Smith.").
_SENTENCE_WORDS = 5


def _badge_under_title(marked: list[Chunk], index: int) -> bool:
    """Rule ``title-badge``: a page's badge ("Джен", "G", "завершён") on its line right under
    the title or the badge above it, no blank line between (title_badges)."""
    chunk = marked[index]
    if not index or chunk.gap or not is_title_badge(chunk.text):
        return False
    return marked[index - 1].role == "title" or marked[index - 1].rule in _BADGE_RULES


# Rules that leave a line over a badge as the title's: the title's badges before it, or the
# menu run the foreign header read them into.
_BADGE_RULES = frozenset({"title-badge", "unknown-line-above-header"})


def _same_clean_title(text: str, title: str) -> bool:
    """Rule ``repeated-clean-title``: a later post's title line names the story as the
    first post did once both are cleaned of their framing, kind and part count ("Title
    (part 1/3)" under "✦ Title — masterlist ✦")."""
    if len(text) > len(title) + 20 or text[:1] in "\"“‘'":
        return False
    cleaned = clean_title(text)
    return cleaned != text.strip() and same_text(cleaned, clean_title(title))


def _over_form_subtitle(chunks: list[Chunk], index: int) -> bool:
    """Rule ``tagline-over-form-subtitle``: a cover's tagline right under the title and
    right over the line that says what kind of work this is ("A FATHER'S ADVICE" / "little
    tales from an old book" / "a zine · autumn 2024"): the three lines are one title block,
    so the tagline is the title's, not the story's first line. One short line, touching
    both, no sentence's end, no byline."""
    chunk = chunks[index]
    if index == 0 or index + 1 >= len(chunks) or chunks[index - 1].role != "title":
        return False
    below = chunks[index + 1]
    text = chunk.text.strip()
    if chunk.gap or below.gap or len(chunk.lines) != 1 or not 0 < len(text) <= 80:
        return False
    if text.endswith((".", "!", "?", ",", ":", ";")) or byline_names(text) is not None:
        return False  # a sentence, or the byline ("by mitali") over the form line
    return form_subtitle(below.text)
