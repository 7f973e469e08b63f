"""Pass ``body``: in each chapter, notes at its start and end, end markers and scene breaks."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.addressed_notes import story_addressees
from fic2epub.normalise.ao3_chapter_byline import is_chapter_byline
from fic2epub.normalise.ao3_page import chapter_summary, page_footer_start, related_works_start
from fic2epub.normalise.blog import blog_footer_start
from fic2epub.normalise.blogger_post import blogger_footer_start, blogger_labels
from fic2epub.normalise.board_followups import board_followups_start
from fic2epub.normalise.bracket_notes import bracketed_aside, leading_bracket_note
from fic2epub.normalise.breadcrumbs import is_media_category
from fic2epub.normalise.bylines import byline_names
from fic2epub.normalise.canon_notes import notes_naming_canon
from fic2epub.normalise.chapter_counter import chapter_counter
from fic2epub.normalise.chapter_pages import (
    chapter_page_footer_start,
    page_author_block,
    page_title_block,
    shown_title,
    title_over_counts,
)
from fic2epub.normalise.chapter_stamps import chapter_date_stamp
from fic2epub.normalise.chrome import is_site_chrome, lone_button_among_chrome
from fic2epub.normalise.chunks import Chunk, Chunks, is_glyph_line
from fic2epub.normalise.closing_disclaimer import disclaimer_box_last, disclaimer_under_label
from fic2epub.normalise.closing_header import header_at_end
from fic2epub.normalise.closings import chapter_closing
from fic2epub.normalise.colophon import zine_colophon_start
from fic2epub.normalise.comment_section import comment_section_start
from fic2epub.normalise.copyright_footer import copyright_page_footer
from fic2epub.normalise.crosspost_footer import crosspost_footer_start
from fic2epub.normalise.deviantart import deviation_details
from fic2epub.normalise.deviation_page import deviation_footer_start
from fic2epub.normalise.efp_page import efp_footer_start
from fic2epub.normalise.entry_footer import entry_footer_line
from fic2epub.normalise.ffn_page import ffn_footer_start
from fic2epub.normalise.fields import field_for
from fic2epub.normalise.header import as_info, ends_header_note
from fic2epub.normalise.header_chrome import menu_between_chrome
from fic2epub.normalise.info_sentence import bracket_stats_line
from fic2epub.normalise.links_footer import links_footer
from fic2epub.normalise.newsletter_post import newsletter_footer_start
from fic2epub.normalise.notes import (
    consume_note,
    disclaimer_field,
    is_note_like,
    is_signature,
)
from fic2epub.normalise.page_footers import page_footer
from fic2epub.normalise.pages import rejoin_page_splits
from fic2epub.normalise.part_epigraphs import part_epigraphs
from fic2epub.normalise.patterns import (
    AO3_POSTED_RE,
    FFN_INFO_RE,
    FIELD_RE,
    POINTER_RE,
    match_end_marker,
    match_note,
)
from fic2epub.normalise.pieces import is_word_count
from fic2epub.normalise.pipe_fields import dashed_info_line
from fic2epub.normalise.previews import is_preview_intro
from fic2epub.normalise.prose_labels import (
    STORY_LABEL_RULES,
    label_in_prose,
    label_read_as_story,
)
from fic2epub.normalise.reader_talk import opening_note
from fic2epub.normalise.reddit_comments import reddit_comment_thread
from fic2epub.normalise.repeated_headings import drop_repeated_headings
from fic2epub.normalise.resumed_story import aside_back_to_story
from fic2epub.normalise.scene_breaks import blank_run_breaks, chapter_breaks
from fic2epub.normalise.site_sidebar import sidebar_footer_start
from fic2epub.normalise.social import social_footer_start
from fic2epub.normalise.tab_table import table_row_fields
from fic2epub.normalise.title_first import title_first_headings
from fic2epub.normalise.tumblr import drop_image_descriptions
from fic2epub.normalise.tumblr_notes import notes_list_start
from fic2epub.normalise.wattpad import (
    author_under_counts,
    bare_counts_line,
    is_dedication,
    page_stats_block,
    stat_count_line,
    wattpad_footer_start,
)
from fic2epub.normalise.wattpad_overview import note_part
from fic2epub.normalise.writing_tallies import DRAFTING_RULES, drop_writing_tallies

_CHAPTER_FIELD_LABELS = lazy(
    r"disclaimer|disclaimers|rating|rated|warnings?|summary|pairings?|word count|beta|notes?"
    # Rule ``chapter-page-synopsis``: a story site's first chapter page sets the story's
    # "Synopsis:" under the chapter line (Storiesonline); it is the summary, as "Summary:" is.
    r"|synopsis"
    # An archive's chapter page repeats the story's category path under the chapter line
    # (Twisting the Hellmouth's "Categories: Non-BtVS/AtS Stories > Literature").
    r"|categories|category",
    re.IGNORECASE,
)


def chapter_regions(chunks: Chunks, start: int) -> list[tuple[int, int]]:
    """(first, end) index ranges of chapter text: after each heading, and any text before it."""
    heads = [i for i in range(start, len(chunks)) if chunks[i].role in ("heading", "part")]
    regions: list[tuple[int, int]] = []
    first = heads[0] if heads else len(chunks)
    if start < first:
        regions.append((start, first))
    for position, head in enumerate(heads):
        end = heads[position + 1] if position + 1 < len(heads) else len(chunks)
        regions.append((head + 1, end))
    return regions


def read_body(chunks: Chunks, start: int, scene_pattern: re.Pattern[str] | None = None) -> Chunks:
    """Mark every chapter's notes, end markers, separators and scene breaks."""
    marked = list(chunks)
    title = _known_title(chunks[:start])
    authored = _known_author(chunks[:start])
    handles = _author_handles(chunks[:start])
    addressees = story_addressees(chunks[:start], chunks[start:])
    title_first_headings(marked, start, title)
    drop_repeated_headings(marked, start, title)
    reddit_comment_thread(marked, start)
    # A drafting writer's tallies and reminders, before any rule reads them as story.
    drop_writing_tallies(marked, start)
    regions = chapter_regions(tuple(marked), start)
    # A header under the story is sought only where none stood above it (header-at-end).
    unheaded = title is None and not authored
    # The story's title as shown above the text, for the pages that repeat it.
    shown: str | None = None
    for position, (first, end) in enumerate(regions):
        head = chunks[first - 1].text if first > start else None
        if head is not None:
            block = page_title_block(marked, first, end, byline_names, title)
            shown = shown or title or shown_title(marked, first, block)
            first = title_over_counts(marked, block, end, shown)
            named = page_author_block(marked, first, end, authored=authored)
            authored = authored or named > first
            first = named
            named = page_stats_block(marked, first, end, byline_names, authored=authored)
            authored = authored or named > first
            first = named
            named = author_under_counts(marked, first, end, authored=authored)
            authored = authored or named > first
            first = named
        body_first = _leading(marked, first, end, head)
        end = page_footer_start(marked, body_first, end)
        end = crosspost_footer_start(marked, body_first, end)
        end = blog_footer_start(marked, body_first, end)
        end = blogger_footer_start(marked, body_first, end)
        blogger_labels(marked, first, end)
        end = sidebar_footer_start(marked, body_first, end)
        end = chapter_page_footer_start(marked, body_first, end)
        end = deviation_footer_start(marked, body_first, end)
        end = ffn_footer_start(marked, body_first, end)
        end = related_works_start(marked, body_first, end)
        end = wattpad_footer_start(marked, body_first, end, title)
        end = social_footer_start(marked, body_first, end, is_site_chrome)
        end = comment_section_start(marked, body_first, end)
        end = notes_list_start(marked, body_first, end)
        end = board_followups_start(marked, body_first, end)
        end = efp_footer_start(marked, body_first, end)
        end = newsletter_footer_start(marked, body_first, end)
        end = zine_colophon_start(marked, body_first, end)
        # The site's paragraphs under the page's pager are neither note nor story.
        links_footer(marked, body_first, end)
        # Before the closing notes are read: a note above the page's copyright line ends there.
        # DeviantArt's details over its copyright line go with the footer (deviantart).
        deviation_details(marked, body_first, end)
        copyright_page_footer(marked, body_first, end)
        body_end = _trailing(marked, body_first, end)
        drop_image_descriptions(marked, body_first, body_end)
        disclaimer_box_last(marked, body_first, body_end)
        if unheaded and position == len(regions) - 1:
            header_at_end(marked, body_first, body_end)
        chapter_closing(marked, body_first, body_end, title, handles, addressees)
        # A bare "Disclaimer:" the closing rules read takes the line under it as its text.
        disclaimer_under_label(marked, body_first, end)
        chapter_breaks(marked, body_first, body_end, scene_pattern, chunks[:start])
        rejoin_page_splits(marked, body_first, body_end)
    notes_naming_canon(marked, start)
    note_part(marked)
    part_epigraphs(marked, start)
    return blank_run_breaks(tuple(marked), start)


def _known_title(header: Chunks) -> str | None:
    """The title the header gave, to recognise it repeated above later chapters.

    A "Title:" field names it more surely than a bare line above it (a blog's name)."""
    bare = None
    for chunk in header:
        if chunk.role == "title" and bare is None:
            bare = chunk.value or chunk.text
        if chunk.role == "field" and field_for(chunk.label) == "title" and chunk.value:
            return chunk.value
    return bare


def _known_author(header: Chunks) -> bool:
    """Whether the header named the story's author (a byline, an "Author:" field)."""
    return any(
        chunk.role == "byline"
        or (chunk.role == "title" and bool(chunk.label))
        or (chunk.role == "field" and field_for(chunk.label) == "authors")
        for chunk in header
    )


def _author_handles(header: Chunks) -> frozenset[str]:
    """The user names (one word, no spaces) the header's bylines name as the author."""
    names = (chunk.value or chunk.text for chunk in header if chunk.role == "byline")
    return frozenset(name.strip() for name in names if name.strip() and " " not in name.strip())


# Roles an earlier pass gives lines at a chapter's start, which the body pass keeps. A
# forum post's poster under its threadmark heading is a "byline": the author's note that
# opens the post comes after it, so reading goes on past it.
# A field's value on the lines under its label (piece-field-value-indented) is settled too,
# and so is a note's text an earlier pass read with its label (ao3-pasted-work-notes).
_SETTLED = ("dropped", "note", "note-body", "field", "field-value", "byline", "separator")


def _leading(chunks: list[Chunk], index: int, end: int, heading: str | None = None) -> int:
    """Mark notes, separators and header lines at a chapter's start; return where prose starts."""
    while index < end:
        chunk = chunks[index]
        text = chunk.text
        if chunk.role in _SETTLED:
            pass  # settled by an earlier pass (a forum post's header, a piece's own header)
        elif is_glyph_line(text):
            chunks[index] = replace(chunk, role="separator", rule="break-at-chapter-start")
        elif POINTER_RE.fullmatch(text) or is_site_chrome(text):
            chunks[index] = replace(chunk, role="dropped", rule="site-chrome")
        elif heading is not None and lone_button_among_chrome(
            text,
            [c.text for c in chunks[max(0, index - 2) : index]],
            [c.text for c in chunks[index + 1 : index + 3]],
        ):
            # A pager's middle button ("Index") between "Previous" and "Next".
            chunks[index] = replace(chunk, role="dropped", rule="lone-button")
        elif (
            heading is None
            and _under_dropped(chunks, index)
            and menu_between_chrome(chunks, index, near_top=False)
        ):
            # A pasted page's top before the first heading: its logo, then "Menu" over
            # "Search" (header_chrome).
            chunks[index] = replace(chunk, role="dropped", rule="page-top-menu-in-body")
        elif is_dedication(text):
            chunks[index] = replace(chunk, role="dropped", rule="wattpad-dedication")
        elif heading is not None and _byline_again(chunks, index):
            chunks[index] = replace(chunk, role="dropped", rule="byline-under-heading")
        elif heading is not None and is_chapter_byline(chunks, index):
            # AO3's credit for a chapter of a co-created work (ao3_chapter_byline).
            chunks[index] = replace(chunk, role="dropped", rule="ao3-chapter-byline")
        elif (heading is not None or _under_byline(chunks, index)) and stat_count_line(
            chunks, index
        ):
            chunks[index] = replace(chunk, role="dropped", rule="bare-stat-counts")
        elif bare_counts_line(text) and _under_byline(chunks, index):
            # Rule ``bare-counts-one-line``: the reads, votes and comments side by side.
            chunks[index] = replace(chunk, role="dropped", rule="bare-stat-counts")
        elif AO3_POSTED_RE.fullmatch(text) or FFN_INFO_RE.fullmatch(text):
            chunks[index] = replace(chunk, role="info", rule="site-info-line")
        elif heading is not None and (story_rule := label_read_as_story(chunks, index)):
            # A character's notebook line or a lawyer's summary opening the chapter, which
            # the prose under it writes or names: the story starts here.
            chunks[index] = replace(chunk, rule=story_rule)
            break
        elif match_note(text):
            index = consume_note(chunks, index, end, stop_when=ends_header_note)
            continue
        elif heading is not None and (after := chapter_summary(chunks, index, end)) is not None:
            index = after
            continue
        elif heading is not None and chapter_counter(text, heading):
            chunks[index] = replace(chunk, role="dropped", rule="chapter-counter-under-heading")
        elif heading is not None and _heading_word(text, heading):
            chunks[index] = replace(chunk, role="dropped", rule="heading-word-marker")
        elif heading is not None and chapter_date_stamp(text):
            chunks[index] = replace(chunk, role="dropped", rule="chapter-date-stamp")
        elif heading is not None and is_word_count(text):
            # Rule chapter-word-count: "Words: 176" under a piece's heading counts the piece,
            # as a header's word count does the story's; it is not story text.
            chunks[index] = replace(chunk, role="dropped", rule="chapter-word-count")
        elif heading is not None and (fields := bracket_stats_line(text) or table_row_fields(text)):
            # Rule ``bracket-stats-line``: an archive's chapter page repeats the story's
            # stats line under the chapter line (Twisting the Hellmouth's "Rating: FR13 •
            # Chapters [2] • … • Completed [Yes]"): the story's details, not its text. Its
            # stats table's values row (tab_table) gives them too.
            chunks[index] = as_info(chunk, "bracket-stats-line", fields)
        elif heading is not None and (fields := dashed_info_line(text)) is not None:
            # Rule ``dashed-info-under-heading``: an archive's info line under the chapter's
            # title, as FicWad prints it below its chapter select ("Category: Books -
            # Rating: PG-13 - … - Complete"): the story's details, every field of them.
            # Its "Category: Books" names the site's shelf only, no fandom (breadcrumbs).
            kept = [(label, value) for label, value in fields if not is_media_category(value)]
            chunks[index] = as_info(chunk, "dashed-info-under-heading", kept)
        elif (found := FIELD_RE.fullmatch(text)) and _CHAPTER_FIELD_LABELS.fullmatch(
            found.group("key").strip()
        ):
            label, value = found.group("key").strip(), found.group("value").strip()
            chunks[index] = replace(
                chunk, role="field", rule="chapter-header-field", label=label, value=value
            )
        elif text[:1] in "[(" and (after := leading_bracket_note(chunks, index, end)) is not None:
            # An unlabelled note in brackets over the chapter (or over the story's first
            # heading): the author's word, as an "A/N:" would be.
            index = after
            continue
        elif (after := opening_note(chunks, index, end, heading=heading is not None)) > index:
            # The author's note with no label, talking to readers about the writing.
            index = after
            continue
        elif heading is not None and text[:1] == ">" and _quoted_prompt(chunks, index, end):
            chunks[index] = replace(chunk, role="dropped", rule="quoted-prompt-under-heading")
        else:
            break
        index += 1
    return index


# The longest "by name" line a page repeats under each part's heading.
_BYLINE_AGAIN_MAX = 80


def _byline_again(chunks: list[Chunk], index: int) -> bool:
    """Rule ``byline-under-heading``: a part page's "by name" line under the part's heading
    (Wattpad's website prints the writer under every part's title and counts) naming only
    the writers the story's header already named: the page's, not the story's first line.

    Guards: a "by" line alone, short, every name in it one of the header's bylines."""
    text = chunks[index].text
    if len(text) > _BYLINE_AGAIN_MAX or text[:2].lower() != "by":
        return False
    names = byline_names(text)
    if not names:
        return False
    known: set[str] = set()
    for chunk in itertools.islice(chunks, index):
        if chunk.role == "byline":
            known.update(name.strip().lower() for name in (chunk.value or chunk.text).split("\n"))
        elif chunk.role == "heading":
            break  # the header is over
    return all(name.lower() in known for name in names)


def _quoted_prompt(chunks: list[Chunk], index: int, end: int) -> bool:
    """Rule ``quoted-prompt-under-heading``: a prompt meme's fill quotes its prompt under the
    fill's heading, each line opened by a mail-style "> ", and the story follows. The prompt
    is the prompter's words, neither story nor the writer's note: dropped. Guards: every
    line of the paragraph quoted, and a paragraph that is not quoted after it."""
    if not all(line[:1] == ">" for line in chunks[index].lines):
        return False
    return index + 1 < end and chunks[index + 1].text[:1] != ">"


def _under_byline(chunks: list[Chunk], index: int) -> bool:
    """Rule ``bare-stat-counts-under-byline``: a one-part story has no part heading, but
    its page sets the reader counts right under the header's "by name" line all the same.
    Only there, with no blank line between: the counts stand under the byline or under
    counts already dropped there."""
    while index > 0 and not chunks[index].gap:
        above = chunks[index - 1]
        if above.role == "byline":
            return True
        if above.rule not in _COUNT_RULES:
            return False
        index -= 1
    return False


# What an earlier pass calls a bare count under a byline (a page number, a comment count).
_COUNT_RULES = frozenset({"bare-stat-counts", "comment-count", "page-number"})


def _heading_word(text: str, heading: str) -> bool:
    """Rule ``heading-word-marker``: the heading's first word alone at the chapter's start.

    Forum posters wrap each instalment in a spoiler box or mark it with a bare "Snip",
    "Chapter" or "Omake" line under the threadmark "Snip 3: Dry Land"; copied as text, the
    box's label is a marker of the heading above, not the instalment's first line.
    """
    word = text.strip().rstrip(":")
    if not word.isalpha() or len(word) > 20:
        return False
    first = heading.split(maxsplit=1)[0].strip(":.-–—~*#[]()")
    return len(heading.split()) > 1 and word.lower() == first.lower()


def _trailing(chunks: list[Chunk], first: int, end: int) -> int:
    """Mark the notes at a chapter's end; returns where they (or the chapter) start."""
    for index in range(first, end):
        if (
            _in_comments(chunks[index])
            or chunks[index].rule in DRAFTING_RULES
            or chunks[index].rule == "repeated-page-note"
        ):
            # A comment section's, or a draft's mark for its writer ("[beta note: …]"),
            # which is no note to the reader (writing_tallies). A repeated entry header's
            # dropped "Notes:" may still be the chapter's note.
            continue
        if not match_note(chunks[index].text) or chunks[index].rule in STORY_LABEL_RULES:
            continue  # no label, or one _leading read as the story's line
        if label_in_prose(chunks, index, first):
            # A story line quoting a notebook or a memo: the chapter's notes, if any, are later.
            chunks[index] = replace(chunks[index], rule="label-introduced-by-prose")
            continue
        if bracketed_aside(chunks, index, first, end):
            # The author's aside between two paragraphs: the story goes on under it.
            chunks[index] = replace(chunks[index], role="text", rule="bracketed-aside-note")
            continue
        if aside_back_to_story(chunks, index, first, end):
            # The author's "A/N: … Back to it!" between two paragraphs: the story goes on.
            chunks[index] = replace(chunks[index], role="text", rule="aside-back-to-story")
            continue
        if _is_tail(chunks, index, end):
            position = index
            while position < end:
                if not _in_comments(chunks[position]) and match_note(chunks[position].text):
                    position = consume_note(chunks, position, end, to_end=True)
                    continue
                if chunks[position].role != "dropped":
                    chunks[position] = _between_notes(chunks[position])
                position += 1
            return index
    return end


def _under_dropped(chunks: list[Chunk], index: int) -> bool:
    """Whether the line right above, with no blank line between, was dropped as chrome: a
    lone button there is the same page block's even before any heading."""
    return index > 0 and not chunks[index].gap and chunks[index - 1].role == "dropped"


def _in_comments(chunk: Chunk) -> bool:
    """Rule ``dropped-label-no-note``: a line of the comment section under the story (an
    author's "a/n for you: …" reply in a journal's comment thread) opens no closing note;
    the thread is chrome, whoever wrote in it. Other dropped lines may still (a journal
    entry's repeated header keeps its "A/N:" as the entry's note).

    Rule ``pointer-opens-no-note``: nor does a later entry's line that only sends the reader
    back to the first entry's header ("Notes: see part one."), which an earlier pass dropped
    as such: it holds no note of its own, whatever its label."""
    return chunk.role == "dropped" and (chunk.rule in _COMMENT_RULES or chunk.rule in _POINTERS)


# The rules that drop a comment section (comments).
_COMMENT_RULES = frozenset(("comment-thread", "comment-after-reply-links"))
# The rules that drop a later entry's pointer back to the first entry's header.
_POINTERS = frozenset(("header-pointer",))


def _between_notes(chunk: Chunk) -> Chunk:
    """A line among closing notes that no note took: an end marker, a separator, a
    disclaimer, site chrome, or more note."""
    if (disclaimer := disclaimer_field(chunk, "disclaimer-after-note")) is not None:
        return disclaimer
    if (footer := page_footer(chunk.text)) is not None:
        return replace(chunk, role="dropped", rule=footer)
    if is_site_chrome(chunk.text):
        return replace(chunk, role="dropped", rule="site-chrome")
    if match_end_marker(chunk.text):
        return replace(chunk, role="end-marker", rule="end-marker-after-note")
    if is_glyph_line(chunk.text):
        return replace(chunk, role="separator", rule="note-separator")
    return replace(chunk, role="note-body", rule="note-after-story")


def _is_tail(chunks: list[Chunk], index: int, end: int) -> bool:
    """Whether a note label starts the chapter's closing notes, with no story after them.

    After a separator or a run of blank lines, only notes, note-like lines, signatures,
    end markers and a preview of the next chapter may follow; story prose there means the
    note sat in the middle.
    """
    broken = False
    for chunk in chunks[index + 1 : end]:
        text = chunk.text
        if chunk.role == "dropped" or is_site_chrome(text) or entry_footer_line(text):
            # A converter's or site's last line ("End file.") ends no note, nor does a
            # journal entry's footer ("Tags: …", "Current Mood: …") under it.
            continue
        if is_glyph_line(text) or chunk.gap >= 2:
            broken = True
            if is_glyph_line(text):
                continue
        if match_note(text) or match_end_marker(text):
            broken = False
            continue
        if is_preview_intro(text):
            # Rule ``preview-after-note``: "Sneak peek:" or "Next time:" under the closing
            # note, even past a break, opens the next chapter's preview: what follows it is
            # the note's, however much it reads like story (a quoted line of dialogue).
            return True
        if broken and not (is_note_like(text) or is_signature(text)):
            return False
    return True
