"""Pass ``header``: the lines above the story: fields, title, byline, front notes, separators.

The pass walks down from the top and gives each chunk a role until it meets a chapter
heading or the first paragraph of story prose, where the story starts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.ao3_page import (
    browser_tag_field,
    is_chapter_position,
    is_preface_heading,
    is_search_tip,
)
from fic2epub.normalise.archive_lines import series_sentence
from fic2epub.normalise.blog import is_reading_time, posted_line
from fic2epub.normalise.chrome import (
    breadcrumb_fandom,
    breadcrumb_fandoms,
    is_site_chrome,
    is_site_name,
    journal_poster,
    pipe_metadata,
    thread_starter,
)
from fic2epub.normalise.chrome_i18n import is_count_line, is_rights_line
from fic2epub.normalise.chunks import Chunk, Chunks, is_glyph_line
from fic2epub.normalise.fields import (
    LONG_FIELDS,
    UNWRAPPED_FIELDS,
    date_line,
    dated_label,
    field_for,
    is_known_label,
    split_authors,
)
from fic2epub.normalise.foreign_header import cjk_field, foreign_header_line, is_menu_bar
from fic2epub.normalise.indented import indented_note_body
from fic2epub.normalise.info_sentence import full_stop_info_line
from fic2epub.normalise.journal_entry import drop_entry_preamble
from fic2epub.normalise.journal_parts import author_field_below, is_cut_link
from fic2epub.normalise.notes import (
    consume_note,
    is_structural,
    note_closed_by_heading,
    note_closed_by_rule,
    talks_to_readers,
)
from fic2epub.normalise.page_repeats import page_title
from fic2epub.normalise.pages import is_masthead
from fic2epub.normalise.patterns import (
    AO3_POSTED_RE,
    BYLINE_RE,
    COAUTHOR_RE,
    DASH_FIELD_RE,
    FFN_INFO_RE,
    FIELD_RE,
    POINTER_RE,
    TILDE_FIELD_RE,
    TITLE_BY_RE,
    match_note,
    undecorate,
)
from fic2epub.normalise.post_header import chatter_before_title, post_info_line
from fic2epub.normalise.preface import foreword_note
from fic2epub.normalise.share_text import ao3_share_title, app_share_line
from fic2epub.normalise.site_banner import site_banner
from fic2epub.normalise.social import reddit_flair, reddit_poster
from fic2epub.normalise.subtitle import bracketed_subtitle, chatty_subtitle
from fic2epub.normalise.tumblr import ask_end

# "by the river…" is prose; "by fernwhistle and …" is a byline.
_PROSE_AFTER_BY = lazy(
    r"(?:the|a|an|his|her|my|their|our|its|this|that|then|now|way|far|far|now|all|some|one|"
    r"himself|herself|themselves|myself|midnight|morning|evening|noon|dawn|dusk)\b",
)
# A user name: one lower-case token with a digit, "-" or "_" in it.
_HANDLE = lazy(r"(?=\S*[-_\d])[a-z0-9][a-z0-9_.-]{2,39}")
# A line set wholly in emphasis: "*by X*", "_by X_", "**by X**".
_EMPHASISED_LINE = lazy(r"(?P<mark>\*{1,2}|_{1,2})(?P<inner>[^\s*_].*?[^\s*_]|[^\s*_])(?P=mark)")
# A story's status on a line of its own, as Wattpad shows it.
_BARE_STATUS = lazy(r"(?:ongoing|completed?|in\s+progress|wip|hiatus)", re.IGNORECASE)
# Rule ``complete-question``: "Complete? No", "Finished? Yes": the status asked and
# answered on one line, with no colon. Only a yes/no answer, so a sentence never matches.
_COMPLETE_QUESTION = lazy(
    r"[*_]*(?P<label>complete[d]?|finished)[*_]*\s*\?[*_]*\s*:?\s*(?P<answer>yes|no|not\s+yet)[.!]?",
    re.IGNORECASE,
)
# "Rated G" or "Rated: T" on a line of its own.
_RATED = lazy(r"rated\s*:?\s+(\S{1,5})", re.IGNORECASE)
# AO3 heads its summary with a bare "Summary" line, no colon.
_BARE_LABELS = frozenset({"summary", "description"})
# A header line longer than this is a story pasted onto one line, not a field.
_LONGEST_FIELD = 3000
_QUOTES = "\"“”‘’'«»„"
_NOT_A_LABEL = lazy(
    r"^(?:he|she|they|it|we|i|you|but|and|so|then|when|because|the\s+\w+\s+\w+\s+\w+)\b",
    re.IGNORECASE,
)


def read_header(chunks: Chunks) -> Chunks:
    """Give roles to the header chunks; the first chunk left as ``text`` starts the story."""
    marked = list(chunks)
    drop_entry_preamble(marked)
    title: str | None = None
    bylined = False
    index = 0
    while index < len(marked):
        chunk = marked[index]
        text = chunk.text
        if chunk.role in ("heading", "part"):
            if (after := foreword_note(marked, index)) is not None:
                index = after
                continue
            break
        if chunk.role == "title" and title is None:
            # A Markdown file's "# Title", settled by the headings pass; it may name the
            # author too ("# Title by Name").
            if (both := _title_and_byline(marked, index)) is not None:
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
        if title is None and _framing_above_title(marked, index):
            marked[index] = replace(chunk, role="dropped", rule="framing-above-title")
            index += 1
            continue
        if is_glyph_line(text):
            marked[index] = replace(chunk, role="separator", rule="header-separator")
        elif (fandoms := breadcrumb_fandoms(text)) is not None:
            value = "\n".join(f"Fandom: {fandom}" for fandom in fandoms)
            marked[index] = replace(chunk, role="info", rule="pipe-header-line", value=value)
        elif title is None and (shared := _shared_title(marked, index)) is not None:
            # A Share button's text names the title and author; a title line repeated under
            # it is dropped as a repeat.
            title = shared[0]
            marked[index] = replace(
                chunk, role="title", rule=shared[2], value=shared[0], label=shared[1]
            )
            bylined = bylined or bool(shared[1])
        elif (date := date_line(text)) is not None:
            value = f"Published: {date}"
            marked[index] = replace(chunk, role="info", rule="pipe-header-line", value=value)
        elif is_site_name(text) and not _byline_next(marked, index):
            marked[index] = replace(chunk, role="dropped", rule="site-name")
        elif (poster := reddit_poster(text)) is not None:
            # Reddit's "Posted by u/name": the poster, most likely the author.
            marked[index] = replace(chunk, role="byline", rule="reddit-poster", value=poster)
            bylined = True
        elif reddit_flair(marked, index):
            marked[index] = replace(chunk, role="dropped", rule="reddit-flair")
        elif (
            title is not None
            and "|" in text
            and pipe_metadata(text) is None
            and (fields := post_info_line(text)) is not None
        ):
            # Before the chrome test: its short "|"-parted items look like a menu bar. A line
            # the stricter pipe_metadata reads is left to it, below.
            marked[index] = _as_info(chunk, "post-info-line", fields)
        elif (poster := journal_poster(text)) is not None:
            # Before the chrome test, which drops LiveJournal's "… wrote in …" line. When the
            # post's header names the author, the poster (who may post for someone else) is
            # the journal's framing.
            if author_field_below(marked, index):
                marked[index] = replace(chunk, role="dropped", rule="journal-poster")
            else:
                marked[index] = replace(chunk, role="byline", rule="journal-poster", value=poster)
                bylined = True
        elif POINTER_RE.fullmatch(text) or (is_site_chrome(text) and not is_site_name(text)):
            marked[index] = replace(chunk, role="dropped", rule="site-chrome")
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
        elif (fields := pipe_metadata(text)) is not None:
            marked[index] = _as_info(chunk, "pipe-header-line", fields)
        elif (
            title is not None
            and index
            and marked[index - 1].role == "title"
            and (subtitle := _subtitle(text, title)) is not None
        ):
            marked[index] = _as_info(chunk, *subtitle)
        elif (title is not None or bylined) and (fields := full_stop_info_line(text)):
            # Only under a title or byline: the line sums up the story announced above it.
            marked[index] = _as_info(chunk, "full-stop-info-line", fields)
        elif AO3_POSTED_RE.fullmatch(text) or FFN_INFO_RE.fullmatch(text):
            marked[index] = replace(chunk, role="info", rule="site-info-line")
        elif title is None and (after := ask_end(marked, index)) is not None:
            for position in range(index, after):
                marked[position] = replace(marked[position], role="dropped", rule="tumblr-ask")
            index = after
            continue
        elif match_note(text):
            stops = (title,) if title else ()
            note_at = index
            index = consume_note(
                marked, index, len(marked), stop_at=stops, stop_when=ends_header_note
            )
            index = indented_note_body(marked, note_at, index)
            index = note_closed_by_rule(marked, index, len(marked))
            index = note_closed_by_heading(marked, index, len(marked))
            continue
        elif (starter := thread_starter(text)) is not None:
            # A forum thread's "Thread starter X  Start date …" line names its author.
            marked[index] = replace(chunk, role="byline", rule="thread-starter", value=starter)
            bylined = True
        elif _byline(text) is not None:
            index = _consume_byline(marked, index)
            bylined = True
            continue
        elif (field := _field(text)) is not None:
            label, value = field
            if _chrome_value(label, value):
                # "Author: Follow/Fav": a site's buttons under a label, not a value.
                marked[index] = replace(chunk, role="dropped", rule="site-chrome")
                index += 1
                continue
            rule = "tilde-label-field" if text.startswith("~") else "header-field"
            marked[index] = replace(chunk, role="field", rule=rule, label=label, value=value)
            if field_for(label) == "title" and value:
                title = value
            index = _consume_value(marked, index, label, value)
            continue
        elif (title is not None or bylined) and _tag_words_line(text):
            marked[index] = replace(chunk, role="dropped", rule="tag-words-line")
        elif title is not None and (same_text(text, title) or same_text(text, page_title(title))):
            # Also under a chapter page's title line ("Story X - Chapter 1 - Y"), which
            # holds the title.
            marked[index] = replace(chunk, role="dropped", rule="repeated-title")
        elif title is None and is_preface_heading(marked, index):
            marked[index] = replace(chunk, role="dropped", rule="preface-heading")
        elif title is None and _menu_above_title(marked, index):
            marked[index] = replace(chunk, role="dropped", rule="menu-above-title")
        elif title is None and _menu_between_chrome(marked, index):
            marked[index] = replace(chunk, role="dropped", rule="menu-between-chrome")
        elif title is None and (both := _title_and_byline(marked, index)) is not None:
            title = both[0]
            marked[index] = replace(
                chunk, role="title", rule="title-with-byline", value=both[0], label=both[1]
            )
            bylined = True
        elif title is None and (after := chatter_before_title(marked, index, _info_line)):
            title = marked[after - 1].text
            index = after
            continue
        elif title is None and not bylined and _handle_line(marked, index):
            # A lone user name above the post (a Tumblr blog, an LJ journal) is its author.
            marked[index] = replace(chunk, role="byline", rule="handle-line", value=text)
            bylined = True
        elif title is None and index <= 8 and site_banner(marked, index, _title_like, _byline):
            # A home page's banner over the story's title block (site_banner).
            continue
        elif title is None and _title_like(chunk):
            marked[index] = replace(chunk, role="title", rule="bare-title-line")
            title = text
        elif title is not None and not bylined and _bare_byline(marked, index):
            names = "\n".join(split_authors(text))
            marked[index] = replace(chunk, role="byline", rule="bare-byline", value=names)
        elif index and marked[index - 1].role == "byline" and _AT_HANDLE.fullmatch(text.strip()):
            # Rule ``name-above-handle``: the handle under the display name is the same
            # person's user name, not more of the header.
            marked[index] = replace(chunk, role="dropped", rule="name-above-handle")
        elif _before_site_info(marked, index):
            marked[index] = replace(chunk, role="summary", rule="summary-before-info-line")
        elif _summary_above_links(marked, index):
            marked[index] = replace(chunk, role="summary", rule="summary-above-story-links")
        elif _header_resumes(marked, index):
            marked[index] = replace(chunk, role="dropped", rule="unknown-line-above-header")
        elif (after := _summary_inside_header(marked, index)) is not None:
            index = after
            continue
        else:
            _unlabelled_summary(marked, index)
            break
        index += 1
    return tuple(marked)


# Words that only a site's tag list writes run together or in lower case.
_TAG_WORDS = frozenset(
    "oneshot xreader readerinsert imagine imagines fluff angst smut drabble fanfic fanfiction"
    " romance hurtcomfort au".split()
)


def _framing_above_title(chunks: list[Chunk], index: int) -> bool:
    """Rule ``framing-above-title``: the few short lines the headings pass left above a
    Markdown file's "# Title" (a chat's channel and thread names) are the page's framing."""
    return any(
        chunk.role == "title" and chunk.rule == "markdown-title"
        for chunk in chunks[index + 1 : index + 5]
    )


def _chrome_value(label: str, value: str) -> bool:
    """A field whose value is a site's buttons or links ("Author: Follow/Fav"), not a value.

    A status chip ("Status: [Completed]") and a category path naming the fandom ("Category:
    Books › X") look like chrome and are values all the same.
    """
    return (
        bool(value)
        and is_site_chrome(value)
        and field_for(label) != "status"
        and breadcrumb_fandom(value) is None
    )


def _byline_next(chunks: list[Chunk], index: int) -> bool:
    """Whether a byline follows at once: then a line such as "Royal Road" is a story's title,
    not the site's name."""
    after = chunks[index + 1] if index + 1 < len(chunks) else None
    return after is not None and after.gap <= 1 and _byline(after.text) is not None


def _tag_words_line(text: str) -> bool:
    """Rule ``tag-words-line``: a Quotev or Wattpad tag line copied as plain words, all lower
    case and run together ("phantomoftheopera erik xreader oneshot romance").

    At least three words, nothing but lower-case letters and digits, and at least one word
    that no sentence has: a tag word ("oneshot", "xreader") or a run-together name of
    thirteen letters or more.
    """
    words = text.split()
    if len(words) < 3 or len(text) > 200 or not all(w.isalnum() and w.islower() for w in words):
        return False
    return any(w in _TAG_WORDS or len(w) >= 13 for w in words)


def _menu_above_title(chunks: list[Chunk], index: int) -> bool:
    """Rule ``menu-above-title``: a site's menu copied one item a line ("Just In",
    "Community", "Forum") above the story's title and its "By: name" line.

    Only near the top, only for a short item of at most three words with no sentence
    punctuation, and only when every line down to the title is such an item (or already
    known framing) and the title is followed at once by a byline.
    """
    if index > 12 or not _menu_item(chunks[index].text):
        return False
    for ahead in range(index + 1, min(index + 12, len(chunks) - 1)):
        chunk = chunks[ahead]
        if chunk.role == "dropped" or is_site_chrome(chunk.text):
            continue
        if breadcrumb_fandom(chunk.text) is not None:
            continue
        following = chunks[ahead + 1]
        if _title_like(chunk) and _byline(following.text) and following.gap <= 1:
            # A menu has two items at least: one line above "Title / by X" is the title
            # over its subtitle ("A <fandom> story").
            return ahead > index + 1
        if not _menu_item(chunk.text):
            return False
    return False


def _menu_between_chrome(chunks: list[Chunk], index: int) -> bool:
    """Rule ``menu-between-chrome``: near the top, a site's menu copied one item a line has
    items no list can name ("Quizzes", "Polls") among ones it can ("Home", "Search", "Log
    In"). An unknown item counts when a known one stands both above and below it, with only
    menu items between and no blank line in the run.

    The known items must be plain words ("Search", not "Fanfiction · Mystery"): a story's
    title right under the menu has the page's category or info line under it, not a menu
    item.
    """
    if index > 15 or not _menu_item(chunks[index].text):
        return False
    return _chrome_reached(chunks, index, -1) and _chrome_reached(chunks, index, 1)


def _chrome_reached(chunks: list[Chunk], index: int, step: int) -> bool:
    """Whether walking from ``index`` by ``step`` over menu items with no blank line between
    reaches a known chrome line within eight lines."""
    position = index
    for _ in range(8):
        nearer, position = position, position + step
        if position < 0 or position >= len(chunks):
            return False
        if chunks[max(nearer, position)].gap > 0:
            return False
        chunk = chunks[position]
        if chunk.role == "dropped" or is_site_chrome(chunk.text):
            return _PLAIN_MENU_ITEM.fullmatch(chunk.text.strip()) is not None
        if not _menu_item(chunk.text):
            return False
    return False


# A menu item in plain words: "Log In", "Sign Up", "Latest Series".
_PLAIN_MENU_ITEM = lazy(r"[A-Za-z]+(?: [A-Za-z]+){0,2}")


def _menu_item(text: str) -> bool:
    """A short menu label: one to three words, no sentence punctuation."""
    return 0 < len(text) <= 30 and len(text.split()) <= 3 and not _MENU_PUNCTUATION.search(text)


_MENU_PUNCTUATION = lazy(r"[.!?,;:\"“”‘’']")


def _header_resumes(chunks: list[Chunk], index: int) -> bool:
    """A short unknown line near the top, with the story's header a few lines below it.

    Page copies carry framing no list can name (a blog's menu, a post's date in another
    language); when known header fields follow within four lines, it is framing, not story.
    """
    text = chunks[index].text
    if index > 15 or len(text) > 80 or text[:1] in _QUOTES:
        return False
    for ahead in [c for c in chunks[index + 1 : index + 9] if c.role != "dropped"][:4]:
        field = _field(ahead.text)
        if field is not None and field_for(field[0]) in _STRONG_FIELDS:
            return True
    return False


# Fields that only a story's header has (a disclaimer or note may sit anywhere).
_STRONG_FIELDS = frozenset({"title", "authors", "fandoms", "rating", "relationships", "characters"})


# Roles of the header lines an unlabelled description sits between.
_HEADER_ROLES = frozenset({"title", "byline", "info", "field", "field-value", "dropped"})
_HASHTAGS = lazy(r"(?:#[^#\s][^#]*?\s*){2,}")


def _summary_inside_header(chunks: list[Chunk], index: int) -> int | None:
    """Rule ``summary-inside-header``: a paragraph or two with header lines on both sides is
    the story's unlabelled description, as Wattpad prints it between its counts and its
    disclaimer or hashtags. Returns the index after it, or None.

    Only when no summary was labelled, only under a title, a byline or fields, and only when
    a header line (a known field, a hashtag line, site chrome) follows: story prose is never
    followed by those. A leading line of one to three words without punctuation is the
    site's category for the story ("Fan Fiction"), not part of the description.
    """
    if index == 0 or chunks[index - 1].role not in _HEADER_ROLES:
        return None
    if any(c.role == "summary" or field_for(c.label) == "summary" for c in chunks[:index]):
        return None
    end = index
    while end < len(chunks) and end - index < 4 and chunks[end].role == "text":
        follower = chunks[end]
        if (end > index and follower.gap > 2) or is_structural(follower):
            # A scene break or a heading inside: this is the story, not a description.
            return None
        if _closes_summary(follower.text):
            break
        end += 1
    if end == index or end >= len(chunks) or chunks[end].gap > 2:
        return None
    if not _closes_summary(chunks[end].text) or sum(len(c.text) for c in chunks[index:end]) > 900:
        return None
    if not _story_below(chunks, end + 1):
        # Rule ``no-story-below-summary``: with nothing but header lines and chrome under
        # them (a Tumblr post's hashtags and note count), the paragraphs are the story.
        return None
    first = index
    if end - index > 1 and _category_word(chunks[index].text):
        chunks[index] = replace(chunks[index], role="dropped", rule="category-above-summary")
        first += 1
    for position in range(first, end):
        chunks[position] = replace(chunks[position], role="summary", rule="summary-inside-header")
    return end


def _story_below(chunks: list[Chunk], start: int) -> bool:
    """Whether a heading or a line of prose (not a header line, not chrome) lies below."""
    for chunk in chunks[start:]:
        if chunk.role in ("heading", "part"):
            return True
        text = chunk.text
        if chunk.role == "text" and not _closes_summary(text) and not is_site_chrome(text):
            return True
    return False


def _closes_summary(text: str) -> bool:
    """A header line that may follow an unlabelled description."""
    if is_glyph_line(text):
        return False
    if text.startswith("#"):
        return _HASHTAGS.fullmatch(text) is not None
    field = _field(text)
    if field is not None and is_known_label(field[0]):
        return True
    # Reader counts, "All rights reserved" and a site's menu bar, as Wattpad and blogs print
    # them around the description; other chrome (a pager, "Page 1 of 2") may follow story
    # text too.
    menu = is_menu_bar(text) and is_site_chrome(text)
    # A story page lists its parts under "Table of Contents" right below the description.
    contents = text[:1] in "Tt" and _CONTENTS_LABEL.fullmatch(text.strip()) is not None
    return is_count_line(text) or is_rights_line(text) or menu or contents


_CONTENTS_LABEL = lazy(r"table\s+of\s+contents\s*:?", re.IGNORECASE)


def _category_word(text: str) -> bool:
    """One to three words with no punctuation: a site's category name."""
    return (
        len(text) <= 30
        and len(text.split()) <= 3
        and re.fullmatch(r"[^\W\d_][\w ]*", text) is not None
    )


def _unlabelled_summary(chunks: list[Chunk], index: int) -> None:
    """A short paragraph or two between the header and "Chapter 1" is the story's summary.

    Only in a story with several chapter headings, and only when nothing labelled a summary.
    """
    if any(c.role in ("summary",) or field_for(c.label) == "summary" for c in chunks[:index]):
        return
    headings = [i for i, c in enumerate(chunks) if c.role == "heading"]
    if len(headings) < 2 or not index < headings[0] <= index + 2:
        return
    span = chunks[index : headings[0]]
    labelled = next((n for n, c in enumerate(span) if n and match_note(c.text)), None)
    if labelled is not None and all(c.role == "text" for c in span):
        # Rule ``note-under-summary``: a labelled note ("an: …") right over "Chapter 1" is
        # the note it says; only the lines above it may be the summary.
        consume_note(chunks, index + labelled, headings[0])
        span = span[:labelled]
    if all(c.role == "text" for c in span) and sum(len(c.text) for c in span) < 600:
        if _chatter(span[0].text):
            # Rule ``chatter-before-chapter-1``: the poster's word to the channel ("ok it's
            # finally done!!") is an unlabelled note, not a summary of the story.
            chunks[index] = replace(
                span[0], role="note", rule="chatter-before-chapter-1", label="", value=span[0].text
            )
            for offset, chunk in enumerate(span[1:], start=1):
                chunks[index + offset] = replace(
                    chunk, role="note-body", rule="chatter-before-chapter-1"
                )
            return
        for offset, chunk in enumerate(span):
            chunks[index + offset] = replace(chunk, role="summary", rule="summary-before-chapter-1")


# How a poster opens a word to the channel or thread, never a summary of a story: "ok",
# "okay", "hi all", "hey", "finally", "here's part one".
_CHATTER_OPENER = lazy(
    r"(?:ok(?:ay)?|hi|hey|hello|finally|here(?:['’]s|\s+is|\s+it\s+is))\b(?![-'’])", re.I
)


def _chatter(text: str) -> bool:
    """A paragraph that talks to readers: a smiley, an "I …" opening, or a chat opener."""
    return talks_to_readers(text) or _CHATTER_OPENER.match(text) is not None


def _info_line(chunk: Chunk) -> bool:
    """A header line under a post's title: an info line or a known field."""
    text = chunk.text
    field = _field(text)
    return (
        pipe_metadata(text) is not None
        or post_info_line(text) is not None
        or (field is not None and is_known_label(field[0]))
    )


def starts_header_line(chunk: Chunk) -> bool:
    """A chunk that opens a header line (a known field or a byline): it ends a note."""
    field = _field(chunk.text)
    return (field is not None and is_known_label(field[0])) or _byline(chunk.text) is not None


def ends_header_note(chunks: Sequence[Chunk], index: int) -> bool:
    """A chunk that ends a note: a header line, or a title over its byline.

    Rule ``note-ends-at-title``: a note set above the story's title ("Author's Note: …",
    then "The Title" and "by Name" under it) ends at the title, however the title reads
    (a title may hold a note's word, "chapter"). Guards: a blank line above the title, a
    short title-like line, and the byline right under it.
    """
    chunk = chunks[index]
    if starts_header_line(chunk):
        return True
    after = chunks[index + 1] if index + 1 < len(chunks) else None
    return (
        after is not None
        and chunk.gap >= 1
        and after.gap == 0
        and _title_like(chunk)
        and _byline(after.text) is not None
    )


def _field(text: str) -> tuple[str, str] | None:
    """A "Key: value" header line (or "Prompt – value" for well-known labels)."""
    if undecorate(text).lower() in _BARE_LABELS or _bare_summary_label(text):
        return undecorate(text), ""
    if (rated := _RATED.fullmatch(text)) is not None:
        return "Rated", rated.group(1)
    if _BARE_STATUS.fullmatch(text):
        return "Status", text
    if text[:1] in "UuPpCcWwLl" and (dated := dated_label(text)) is not None:
        return dated
    found = TILDE_FIELD_RE.fullmatch(text) if text.startswith("~") else None
    if found and is_known_label(found.group("key")):
        return found.group("key").strip(), found.group("value").strip()
    if (answer := _COMPLETE_QUESTION.fullmatch(text)) is not None:
        return answer.group("label"), answer.group("answer")
    found = FIELD_RE.fullmatch(text) if len(text) <= _LONGEST_FIELD else None
    if found:
        label = found.group("key").strip()
        if len(label.split()) <= 6 and not _NOT_A_LABEL.match(label):
            return label, found.group("value").strip()
    found = DASH_FIELD_RE.fullmatch(text)
    if found:
        label = found.group("key").strip()
        if is_known_label(label):
            return label, found.group("value").strip()
    return cjk_field(text)


def _bare_summary_label(text: str) -> bool:
    """Rule ``bare-summary-label``: a summary label alone on its line, no colon, in any
    language ("Sinopse", "Beschreibung"), as sites head their summary box."""
    word = text.strip()
    return (
        len(word) <= 30
        and " " not in word
        and word[-1:] not in ":："
        and field_for(word) == "summary"
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
    # A date, count or word field given on its line is finished there (unwrapped-field).
    unwrapped = field_for(label) in UNWRAPPED_FIELDS
    index += 1
    taken = 0
    while index < len(chunks):
        chunk = chunks[index]
        text = chunk.text
        if is_structural(chunk) or chunk.gap >= 2:
            break
        field = _field(text)
        if field is not None and (is_known_label(field[0]) or value):
            break
        if is_site_chrome(text):
            break
        # AO3 puts values on indented lines right under their label.
        indented = chunk.indent > head.indent and chunk.gap == 0
        # "Summary: …" may wrap onto an unindented line when more header lines follow it.
        wrapped_on = (
            chunk.gap == 0
            and not unwrapped
            and _header_follows(chunks, index)
            and not chunks[index - 1].text.endswith((".", "!", "?", ")", '"', "”"))
            and date_line(text) is None
        )
        if value and not indented and (not (chunk.continues or wrapped_on) or unwrapped):
            break
        loose = taken and not indented and not chunk.continues
        if loose and not (long_form and _short_value_line(text)):
            break
        chunks[index] = replace(chunk, role="field-value", rule="field-continues", label=label)
        taken += 1
        index += 1
    return index


def _header_follows(chunks: list[Chunk], index: int) -> bool:
    """Whether the chunk after ``index`` opens another header line."""
    after = chunks[index + 1] if index + 1 < len(chunks) else None
    return after is not None and after.gap <= 1 and starts_header_line(after)


def _short_value_line(text: str) -> bool:
    """A short list-like line ("Kakashi: 30") that a multi-line value can hold."""
    return len(text) <= 80 and text[:1] not in _QUOTES


def byline_names(text: str) -> tuple[str, ...] | None:
    """The names a byline line gives ("by X", "By: X and Y"), else None."""
    return _byline(text)


def _as_info(chunk: Chunk, rule: str, fields: Sequence[tuple[str, str]]) -> Chunk:
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


def _byline(text: str) -> tuple[str, ...] | None:
    """The names of a byline ("by X", "By: X and Y", a bare "By:"), else None.

    Rule ``emphasised-byline``: a Markdown file sets its byline in emphasis ("*by X*",
    "_by X_", "**By: X**"); the markers wrap the whole line and are not part of the names.
    """
    if (wrapped := _EMPHASISED_LINE.fullmatch(text)) is not None:
        text = wrapped.group("inner")
    found = BYLINE_RE.fullmatch(text)
    if not found:
        return None
    names = found.group("names").strip()
    if not names:
        return () if re.search(r"by\s*:?\s*$", text, re.IGNORECASE) else None
    if len(names) > 80 or len(names.split()) > 8 or _PROSE_AFTER_BY.match(names):
        return None
    # Handles are often lower case, but a run of lower-case words is a sentence ("By day I
    # weave the shroud"), not a list of names.
    plain_words = [w for w in names.split() if w.islower() and w not in ("and", "with", "&")]
    if len(plain_words) >= 2 and not _handle_list(names):
        return None
    if names.endswith((".", ",", ";")) and not re.search(r"\b\w\.$", names):
        return None
    return split_authors(names)


def _handle_list(names: str) -> bool:
    """Rule ``byline-handle-list``: co-creators' user names listed with commas ("by
    wrenfield, ash_and_ember"), each one lower-case token, at least one a handle (with a
    "_", "-" or digit), as AO3 writes a shared byline; a sentence's words are never so.
    Two co-authors may be joined by a spaced "&" instead ("by wren_x & sparrow"): a
    sentence joins words with "and", seldom with "&" after a handle."""
    items = [item.strip() for item in _LIST_SPLIT.split(names)]
    if not 2 <= len(items) <= 6 or not all(_LIST_ITEM.fullmatch(item) for item in items):
        return False
    return ("," in names or " & " in names) and any(_HANDLE.fullmatch(item) for item in items)


_LIST_SPLIT = lazy(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")
_LIST_ITEM = lazy(r"[\w.-]{2,40}")


def _consume_byline(chunks: list[Chunk], index: int) -> int:
    """Mark a byline and the lines that carry on its names ("and", "Y", "Co-written with Z")."""
    names = _byline(chunks[index].text) or ()
    emphasised = _EMPHASISED_LINE.fullmatch(chunks[index].text) is not None
    rule = "emphasised-byline" if emphasised else "byline"
    chunks[index] = replace(chunks[index], role="byline", rule=rule, value="\n".join(names))
    index += 1
    pending = not names
    while index < len(chunks):
        chunk = chunks[index]
        text = undecorate(chunk.text)
        if chunk.gap >= 2 or is_structural(chunk) or _field(text) is not None:
            break
        if text.lower() in ("and", "&", "with", "+"):
            value, pending = "", True
        elif (found := COAUTHOR_RE.fullmatch(text)) and len(text) <= 80:
            value, pending = "\n".join(split_authors(found.group("names"))), False
        elif pending and _name_like(text):
            value, pending = "\n".join(split_authors(text)), False
        else:
            break
        chunks[index] = replace(chunk, role="byline", rule="byline-continues", value=value)
        index += 1
    return index


def _bare_byline(chunks: list[Chunk], index: int) -> bool:
    """Names alone under the title ("wren & sparrow"), with header matter, not prose, next."""
    text = chunks[index].text
    if not _name_like(text) or text[:1] in _QUOTES:
        return False
    if text.endswith((")", "]")) and _PART_COUNT_END.search(text):
        # Rule ``part-count-not-byline``: "Crumbs (1/2)" is a post's title counting the
        # story's instalments, as a blog heads each part; no pen name counts parts.
        return False
    after = chunks[index + 1] if index + 1 < len(chunks) else None
    if after is None:
        return False
    if _byline(after.text):
        # A line above "by X" is the title (or a subtitle), not more names.
        return False
    if re.search(r"\s(?:&|and)\s", text) and len(text.split()) <= 6:
        return True
    if after.gap == 0 and _AT_HANDLE.fullmatch(after.text.strip()):
        # Rule ``name-above-handle``: a site shows the author's display name over their
        # "@handle" (Quotev, Wattpad's profile card); the name is the byline.
        return True
    # A browser's reader view sets the post's byline just above its reading time.
    reading_time = is_reading_time(after.text, in_header=True)
    return is_structural(after) or starts_header_line(after) or reading_time


# A user's handle alone on its line, as a profile card prints it under the display name.
_AT_HANDLE = lazy(r"@[\w.-]{2,40}")
# An instalment count closing a line: "(1/2)", "[2 of 3]", "(part 1/4)".
_PART_COUNT_END = lazy(
    r"[(\[]\s*(?:part\s+)?\d{1,3}\s*(?:/|\bof\b)\s*(?:\d{1,3}|\?)\s*[)\]]$", re.IGNORECASE
)


# An archive's reviews link closing a line: "[Reviews - 5]", "[Reviews: 12]".
_REVIEWS_LINK = lazy(r"\s+\[\s*reviews?\s*[-:]\s*\d{1,6}\s*\]$", re.IGNORECASE)


def _name_like(text: str) -> bool:
    """A short line that can be a pen name: a few words, no sentence punctuation."""
    return 0 < len(text) <= 60 and len(text.split()) <= 5 and not text.endswith((".", "!", "?"))


def _shared_title(chunks: list[Chunk], index: int) -> tuple[str, str, str] | None:
    """The title, authors and rule name of a Share button's text at ``index``, else None."""
    text = chunks[index].text
    if (found := app_share_line(text)) is not None:
        return found[0], "\n".join(split_authors(found[1])), "app-share-line"
    if (names := ao3_share_title(chunks, index)) is not None:
        return names[0], names[1], "ao3-share-title"
    return None


def _title_and_byline(chunks: list[Chunk], index: int) -> tuple[str, str] | None:
    """ "Title by Author" on one line, at the top or above more header lines."""
    chunk = chunks[index]
    text = chunk.text
    if text.endswith("]"):
        # eFiction's all-chapters page sets the reviews link beside the byline ("Title by
        # name [Reviews - 5]"): the link is the site's, not part of the name.
        text = _REVIEWS_LINK.sub("", text)
    found = TITLE_BY_RE.fullmatch(text)
    if found is None or chunk.continues:
        return None
    after = _next_unframed(chunks, index)
    header_follows = after is not None and (is_structural(after) or _field(after.text) is not None)
    if index > 0 and not header_follows:
        return None
    title = found.group("title").strip().strip('"“”')
    names = found.group("names").strip()
    if not _name_like(names) or not title or (names[:1].islower() and " " in names):
        return None
    return title, "\n".join(split_authors(names))


def _next_unframed(chunks: list[Chunk], index: int) -> Chunk | None:
    """The next chunk below ``index`` that is not site framing, looking three chunks ahead.

    An archive's chapter page puts its links ("[Reviews - 6]  Printer") and controls ("- Text
    Size +") between "Title by Author" and the story's info block.
    """
    for after in chunks[index + 1 : index + 4]:
        if after.role != "dropped" and not is_site_chrome(after.text):
            return after
    return None


def _handle_line(chunks: list[Chunk], index: int) -> bool:
    """A lone user name: "kit-writes", or "thimbleandthistle" above a "Follow" link."""
    text = chunks[index].text
    if _HANDLE.fullmatch(text):
        return True
    after = chunks[index + 1] if index + 1 < len(chunks) else None
    plain = re.fullmatch(r"[a-z][a-z0-9]{4,39}", text) is not None
    return plain and after is not None and is_site_chrome(after.text)


def _title_like(chunk: Chunk) -> bool:
    """A short line that reads as a title, not as the first sentence of the story."""
    text = chunk.text
    if len(text) > 100 or len(text.split()) > 15 or chunk.continues:
        return False
    if text.endswith((".", ",", ";", ":")) and not text.endswith(("...", "…")):
        return False
    if text[:1] in _QUOTES and not (text[-1:] in _QUOTES and len(text) < 60):
        return False
    return chunk.centred or not talks_to_readers(text)


def same_text(text: str, title: str) -> bool:
    """Whether a line repeats the title, ignoring case, decoration and punctuation."""

    def key(value: str) -> str:
        return re.sub(r"\W+", " ", undecorate(value)).strip().lower()

    return key(text) == key(title)


def _before_site_info(chunks: list[Chunk], index: int) -> bool:
    """FanFiction.Net copies put an unlabelled summary just above the "Rated: …" line."""
    return any(FFN_INFO_RE.fullmatch(ahead.text) for ahead in chunks[index + 1 : index + 3])


def _summary_above_links(chunks: list[Chunk], index: int) -> bool:
    """Rule ``summary-above-story-links``: an archive's story page sets the unlabelled
    summary under the info line and above the story's links ("Reviews | Add to Favorites |
    Printer Friendly"). Guards: the line above is the header's info line, the paragraph is
    short, not dialogue, and the line right under it is site chrome."""
    chunk = chunks[index]
    if index == 0 or chunks[index - 1].role != "info" or len(chunk.text) > 600:
        return False
    after = chunks[index + 1] if index + 1 < len(chunks) else None
    return (
        chunk.text[:1] not in _QUOTES
        and after is not None
        and after.gap <= 1
        and is_site_chrome(after.text)
    )


def story_start(chunks: Chunks) -> int:
    """Index of the first chunk of the story: the first one the header pass left as text."""
    for index, chunk in enumerate(chunks):
        if chunk.role in ("text", "heading", "part"):
            return index
    return len(chunks)
