"""Header summaries: a story's description where no label names it.

Sites set the description between header lines (Wattpad between its counts and its
hashtags), above FanFiction.Net's "Rated: …" line or a story page's links; an author's file
sets it between the header and "Chapter 1". A poster's chatter in that place is a note, not
a summary, as is an author's word to readers above a page's only heading.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chrome_i18n import is_count_line, is_rights_line, is_single_count
from fic2epub.normalise.chunks import QUOTES, Chunk, is_glyph_line
from fic2epub.normalise.field_lines import field_line
from fic2epub.normalise.fields import field_for, is_known_label
from fic2epub.normalise.foreign_header import is_menu_bar
from fic2epub.normalise.greeting_notes import is_field_block
from fic2epub.normalise.info_sentence import rated_chip_line
from fic2epub.normalise.journal_parts import is_cut_link
from fic2epub.normalise.metadata import is_known_genre
from fic2epub.normalise.note_run_on import PAST_RE, SPEECH_RE, narrates
from fic2epub.normalise.notes import (
    consume_note,
    is_note_like,
    is_structural,
    mark_note_run,
    talks_about_story,
    talks_to_readers,
)
from fic2epub.normalise.patterns import FFN_INFO_RE, match_note
from fic2epub.normalise.posting_plan import states_posting_plan
from fic2epub.normalise.preface import front_matter_section
from fic2epub.normalise.reader_talk import talks_about_writing
from fic2epub.normalise.series_part_line import series_part_line
from fic2epub.normalise.tumblr import (
    is_image_description,
    reblogger_above,
    starts_reblog_addition,
)
from fic2epub.normalise.writing_notes import tells_how_written

# Roles of the header lines an unlabelled description sits between.
_HEADER_ROLES = frozenset({"title", "byline", "info", "field", "field-value", "dropped"})
# A post's link to the text under its cut: "Keep reading", "Read more…", "( Read more )".
_CUT_LINK = lazy(r"\(?\s*(?:keep\s+reading|read\s+more)\s*(?:\.{3}|…)?\s*\)?", re.IGNORECASE)
_HASHTAGS = lazy(r"(?:#[^#\s][^#]*?\s*){2,}")


def before_site_info(chunks: list[Chunk], index: int) -> bool:
    """FanFiction.Net copies put an unlabelled summary just above the "Rated: …" line; an
    item page sets its brief description above its "Rated: E · Short Story · #1234" chips."""
    return any(
        FFN_INFO_RE.fullmatch(ahead.text) or rated_chip_line(ahead.text) is not None
        for ahead in chunks[index + 1 : index + 3]
    )


def summary_sentence_before_info(chunks: list[Chunk], index: int, label: str) -> bool:
    """Rule ``colon-summary-before-info``: FanFiction.Net's unlabelled summary may hold a
    colon ("Tom has two wishes: a dog and a boat."), which reads as "Label: value"; above
    the "Rated: …" line it is the summary when the "label" is no header label but the start
    of a sentence of three words or more."""
    if len(label.split()) < 3 or is_known_label(label) or not before_site_info(chunks, index):
        return False
    return index > 0 and chunks[index - 1].role in ("byline", "title")


def summary_above_links(chunks: list[Chunk], index: int) -> str | None:
    """Rule ``summary-above-story-links``: an archive's story page sets the unlabelled
    summary under the info line and above the story's links ("Reviews | Add to Favorites |
    Printer Friendly"). Guards: the line above is the header's info line, the paragraph is
    short, not dialogue, and the line right under it is site chrome.

    A blog post's teaser above its cut ("Keep reading") is the same: the line the post shows
    before the story is folded away. Under a bare title or byline (a post with no info
    line) only the cut link itself tells it, as a story's first paragraph may be followed
    by any chrome a copy brings along.

    Rule ``teaser-under-link-line``: the post's own links ("masterlist | ao3 | ko-fi"),
    which the header dropped as chrome, may stand between the header and the teaser; the
    header line above them counts, but then only the cut link under the paragraph tells it.

    Rule ``summary-above-chapter-list``: a story's chapter list page (FanFiction.Net's
    mobile site) sets the summary under the info line and over the "Chapters" list the
    headings pass dropped; that list tells it as the links do.

    Returns the rule that reads the paragraph as the summary, or None.
    """
    chunk = chunks[index]
    if index == 0 or len(chunk.text) > 600 or chunk.text[:1] in QUOTES:
        return None
    after = chunks[index + 1] if index + 1 < len(chunks) else None
    if after is None or after.gap > 1:
        return None
    above = chunks[index - 1].role
    if above == "dropped":
        if not _header_above_links(chunks, index):
            return None
        if _read_more(after.text):
            return "teaser-under-link-line"
        # Rule ``summary-under-rating-line``: a writing site's story page (Goodreads) sets
        # its counts line ("rating: 4.2 · 8 ratings · 3 comments") under the byline, which
        # the header dropped as chrome, then the unlabelled description over the
        # "Chapters" list: the list tells it as under an info line.
        return "summary-under-rating-line" if after.rule == _CHAPTER_LIST_LABEL else None
    if above == "info":
        # A picture's description under the first paragraph is no link: the post's art
        # may stand anywhere in the story.
        above_links = (
            is_site_chrome(after.text) and not is_image_description(after.text)
        ) or after.rule == _CHAPTER_LIST_LABEL
    else:
        above_links = above in ("title", "byline") and _read_more(after.text)
    return "summary-above-story-links" if above_links else None


# The rule that dropped a chapter list's "Chapters" label (headings).
_CHAPTER_LIST_LABEL = "chapter-list-label"
# How many dropped lines of links may stand between a post's header and its teaser.
_LINK_LINES = 2
# The rules that drop a post's links in its header ("masterlist | ao3", "ko-fi").
_LINK_RULES = frozenset({"site-chrome", "site-name"})


def _header_above_links(chunks: list[Chunk], index: int) -> bool:
    """Whether one or two lines the header dropped as links, right above ``index``,
    sit under the post's info line, title or byline (``teaser-under-link-line``)."""
    position = index - 1
    while position >= 0 and index - position <= _LINK_LINES:
        chunk = chunks[position]
        if chunk.role != "dropped":
            return chunk.role in ("info", "title", "byline")
        if chunk.rule not in _LINK_RULES:
            return False
        position -= 1
    return position >= 0 and chunks[position].role in ("info", "title", "byline")


def chatter_above_links(chunks: list[Chunk], index: int) -> bool:
    """Rule ``chatter-above-cut``: the line a post shows above its cut ("Keep reading") or
    its links is the poster's word to readers, not a summary, when it talks to them ("here's
    the whole thing in one post since a few of you asked!!", "I finally finished it :)"),
    as the chatter over "Chapter 1" is (``chatter-before-chapter-1``). Marks it as an
    unlabelled note; call only where ``summary_above_links`` holds."""
    if not is_chatter(chunks[index].text):
        return False
    mark_note_run(chunks, index, index + 1, "chatter-above-cut")
    return True


# How many paragraphs of a poster's note may stand between a post's header and its cut.
_NOTE_ABOVE_CUT = 3


def note_above_cut(chunks: list[Chunk], index: int) -> int | None:
    """Rule ``chatter-above-cut``, under a header's fields: a journal post's header ends
    with its fields ("Summary: …"), and the paragraphs the poster writes between them and
    the cut ("( Read more... )") are the poster's own word, an unlabelled note ("I wrote
    this for my sister…"). The story is folded under the cut; what the post shows above it
    is paratext. Returns the index of the cut link, or None.

    Guards: one to three paragraphs right under a field, no dialogue, the first one talking
    to readers (an "I" opening, a smiley, chat's opener, a note's words), and the cut link
    under the last, with no blank-line run between them.
    """
    if index == 0 or chunks[index - 1].role not in ("field", "field-value"):
        return None
    end = index
    while end < len(chunks) and end - index <= _NOTE_ABOVE_CUT:
        chunk = chunks[end]
        text = chunk.text
        if end > index and chunk.gap > 2:
            return None
        if _is_cut(text):
            break
        if chunk.role != "text" or len(text) > 600 or text[:1] in QUOTES or is_structural(chunk):
            return None
        end += 1
    else:
        return None
    first = chunks[index].text
    if end == index or not (is_chatter(first) or talks_about_writing(first) or is_note_like(first)):
        return None
    mark_note_run(chunks, index, end, "chatter-above-cut")
    return end


def _read_more(text: str) -> bool:
    """A post's "read more" link: "( Read more... )", "Keep reading"."""
    return "read" in text.lower() and _CUT_LINK.fullmatch(text.strip()) is not None


def _is_cut(text: str) -> bool:
    """A post's cut link: "( Read more... )", "Keep reading", or the author's own words
    between LiveJournal's spaced brackets."""
    return _read_more(text) or is_cut_link(text)


# The rules that read a chat message's header line, which the headings pass left.
_CHAT_HEADER_RULES = ("forum-poster", "forum-post-header")


def chatter_above_title(chunks: list[Chunk], index: int) -> bool:
    """Rule ``chatter-above-title``: the poster's own message to a chat channel before the
    one that opens with the story's "# Title" ("okay finally posting the new one!!")
    is an unlabelled note, not the page's framing above the title. Only the first line of
    a message (right under its header line) that talks to readers as chatter does, with
    the title within a few lines below; the note takes the message's other lines too."""
    if index == 0 or chunks[index].role != "text":
        return False
    if chunks[index - 1].rule not in _CHAT_HEADER_RULES or not is_chatter(chunks[index].text):
        return False
    end = index + 1
    while end < len(chunks) and chunks[end].role == "text" and not chunks[end].gap:
        end += 1
    if not any(c.role == "title" and c.rule == "markdown-title" for c in chunks[end : end + 3]):
        return False
    mark_note_run(chunks, index, end, "chatter-above-title")
    return True


def summary_inside_header(chunks: list[Chunk], index: int) -> int | None:
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
        if _closes_summary(follower.text) or _count_run(chunks, end):
            break
        end += 1
    if end == index or end >= len(chunks) or chunks[end].gap > 2:
        return None
    if chunks[end].rule == "fedi-post-footer":
        # Rule ``post-footer-not-header``: a microblog post's hashtags and counts close the
        # post (fedi_thread); the paragraphs above them are its text, not a description.
        return None
    closed = _closes_summary(chunks[end].text) or _count_run(chunks, end)
    if not closed or sum(len(c.text) for c in chunks[index:end]) > 900:
        return None
    if not _story_below(chunks, end + 1):
        # Rule ``no-story-below-summary``: with nothing but header lines and chrome under
        # them (a Tumblr post's hashtags and note count), the paragraphs are the story.
        return None
    if is_chatter(chunks[index].text) and _labelled_summary_below(chunks, end):
        # Rule ``chatter-above-fields``: the header below labels its own summary, so a
        # paragraph above it that talks to readers ("Finally finished this! … bullied me
        # into posting it") is the poster's unlabelled note, as a journal post opens.
        mark_note_run(chunks, index, end, "chatter-above-fields")
        return end
    if tells_how_written(chunks[index].text) and all(
        is_cut_link(c.text.strip()) for c in chunks[index + 1 : end]
    ):
        # Rule ``writing-talk-inside-header``: the poster's word on how the pieces came to
        # be, or presenting them ("Here are this round's fills!"), over the pieces' own
        # header is the poster's unlabelled note, as over chapter 1; a journal's cut link
        # under it is the fold's link.
        mark_note_run(chunks, index, index + 1, "writing-talk-inside-header")
        for position in range(index + 1, end):
            chunks[position] = replace(chunks[position], role="dropped", rule="cut-over-heading")
        return end
    if (
        _SALUTATION.match(chunks[index].text)
        and is_note_like(chunks[index].text)
        # Rule ``description-under-counts``: a book page (Wattpad's) sets its description
        # right under the book's counts, greeting or not ("hi!! this is my imagines
        # book"): that slot is the description's.
        and not (index and is_count_line(chunks[index - 1].text))
    ):
        # Rule ``salutation-over-header``: a paragraph that greets the readers ("Good evening
        # all. This is my first story here, be gentle with me.") and reads as the writer's
        # word is the poster's unlabelled note, whatever header lines stand under it: a
        # description never opens with a greeting.
        mark_note_run(chunks, index, end, "salutation-over-header")
        return end
    if not is_chatter(chunks[index].text) and _summary_field_ahead(chunks, end):
        # Rule ``blog-description``: the post's own header, further down, labels its
        # summary; the paragraph up here is a blog's or a community's description under its
        # name, as Blogger prints it over every post: the page's, not the story's.
        for position in range(index, end):
            chunks[position] = replace(chunks[position], role="dropped", rule="blog-description")
        return end
    if _labels_summary(chunks[end].text) and all(_short_line(c.text) for c in chunks[index:end]):
        # Rule ``header-lines-over-summary-label``: the header labels its summary just below
        # ("Summary" alone on its line, as Inkitt's page does), so the short lines above it
        # (genres, an age rating split over two lines) are more of the header, not a
        # description; a paragraph there is left to the rules above.
        for position in range(index, end):
            chunks[position] = replace(
                chunks[position], role="info", rule="header-lines-over-summary-label"
            )
        return end
    first = index
    if end - index == 2 and _name_over_genres(chunks, index):
        # Rule ``name-over-genre-line``: a story page's bare author name under the title,
        # over the genre line ("Winifred Osgood" over "Historical / Romance", as Inkitt
        # prints them): the byline and the genres, no description.
        name = chunks[index].text.strip()
        chunks[index] = replace(
            chunks[index], role="byline", rule="name-over-genre-line", value=name
        )
        chunks[index + 1] = replace(chunks[index + 1], role="info", rule="name-over-genre-line")
        return end
    if end - index > 1 and _category_word(chunks[index].text):
        chunks[index] = replace(chunks[index], role="dropped", rule="category-above-summary")
        first += 1
    for position in range(first, end):
        chunks[position] = replace(chunks[position], role="summary", rule="summary-inside-header")
    return end


# A person's or a user's name: two to four words, each opening with a capital, or one handle.
_NAME_LINE = lazy(r"(?:[A-Z][\w'’.-]{1,20}(?:\s+[A-Z][\w'’.-]{0,20}){1,3}|[\w.-]{3,30})")


def _name_over_genres(chunks: list[Chunk], index: int) -> bool:
    """Whether ``chunks[index]`` is a bare name line right under the title and the line under
    it the story's genres parted by "/", every one of them capitalised and one known."""
    above, name, genres = chunks[index - 1], chunks[index], chunks[index + 1]
    if (
        above.role != "title"
        or name.gap
        or genres.gap
        or not _NAME_LINE.fullmatch(name.text.strip())
    ):
        return False
    items = [item.strip() for item in genres.text.split("/")]
    return (
        2 <= len(items) <= 4
        and all(item[:1].isupper() and item.replace("-", "").isalpha() for item in items)
        and any(is_known_genre(item) for item in items)
    )


# How far below a paragraph a labelled summary is looked for.
_SUMMARY_AHEAD = 16


def _summary_field_ahead(chunks: list[Chunk], start: int) -> bool:
    """Whether a "Summary:" field stands within a few lines from ``start``, before any
    prose paragraph: a header line, not a story's, the lines between being short."""
    for position in range(start, min(len(chunks), start + _SUMMARY_AHEAD)):
        chunk = chunks[position]
        head = chunk.text[:40]
        # The full-width colon too: Japanese and Chinese labels end in it ("キャプション：").
        if ":" not in head and "：" not in head:
            if len(chunk.text) > 120 and not is_field_block(chunks, position + 1):
                return False  # a paragraph of prose: the story has started
            # A poster's greeting right over the header's fields (greeting_notes) is no
            # prose either: the fields under it may still label the summary.
            continue
        field = field_line(chunk.text)
        if field is not None and is_known_label(field[0]) and field_for(field[0]) == "summary":
            return True
    return False


def _labelled_summary_below(chunks: list[Chunk], start: int) -> bool:
    """Whether the run of header fields from ``start`` holds a "Summary:" field."""
    for chunk in chunks[start : start + 16]:
        if chunk.gap > 1:
            return False
        field = field_line(chunk.text)
        if field is None or not is_known_label(field[0]):
            return False
        if field_for(field[0]) == "summary":
            return True
    return False


def _story_below(chunks: list[Chunk], start: int) -> bool:
    """Whether a heading or a line of prose (not a header line, not chrome) lies below.

    Under a reblogged post, the reblogger's name alone starts their own addition (a
    comment on the post), which is not the story, so the search ends there.
    """
    reblogger = reblogger_above(chunks, start)
    for chunk in chunks[start:]:
        if chunk.role in ("heading", "part"):
            return True
        if starts_reblog_addition(chunk, reblogger):
            return False
        text = chunk.text
        if chunk.role == "text" and not _closes_summary(text) and not is_site_chrome(text):
            return True
    return False


def _labels_summary(text: str) -> bool:
    """``text`` is a header field that labels the story's summary ("Summary", "Summary:")."""
    field = field_line(text)
    return field is not None and is_known_label(field[0]) and field_for(field[0]) == "summary"


# A header line of a few words: a genre list, a rating, a label split from its value.
_SHORT_LINE = 40


def _short_line(text: str) -> bool:
    """``text`` is a short header line, not a sentence of a description."""
    line = text.strip()
    return len(line) <= _SHORT_LINE and "\n" not in line and not line.endswith((".", "!", "?"))


def _closes_summary(text: str) -> bool:
    """A header line that may follow an unlabelled description."""
    if is_glyph_line(text):
        return False
    if text.startswith("#"):
        return _HASHTAGS.fullmatch(text) is not None
    field = field_line(text)
    if field is not None and is_known_label(field[0]):
        return True
    # Reader counts, "All rights reserved" and a site's menu bar, as Wattpad and blogs print
    # them around the description; other chrome (a pager, "Page 1 of 2") may follow story
    # text too.
    menu = is_menu_bar(text) and is_site_chrome(text)
    # A story page lists its parts under "Table of Contents" right below the description.
    contents = text[:1] in "Tt" and _CONTENTS_LABEL.fullmatch(text.strip()) is not None
    # "Part 3 of the Name series" under the description is a header line too.
    series = text[:1].isalpha() and series_part_line(text) is not None
    return is_count_line(text) or is_rights_line(text) or menu or contents or series


def _count_run(chunks: list[Chunk], index: int) -> bool:
    """Rule ``summary-above-counts``: reader counts one a line under the description ("閲覧数
    1,204" over "いいね！ 88", as a pixiv page copies) close it as a line of counts does. Two
    in a row at least, with no blank line between: one "2 Years Later" is a story's line."""
    if index + 1 >= len(chunks) or chunks[index + 1].gap:
        return False
    return is_single_count(chunks[index].text) and is_single_count(chunks[index + 1].text)


_CONTENTS_LABEL = lazy(r"table\s+of\s+contents\s*:?", re.IGNORECASE)


def _category_word(text: str) -> bool:
    """One to three words with no punctuation: a site's category name."""
    return (
        len(text) <= 30
        and len(text.split()) <= 3
        and re.fullmatch(r"[^\W\d_][\w ]*", text) is not None
    )


# A post's one-line description: a line, not a paragraph.
_DESCRIPTION_LENGTH = 200
# How many of the story's paragraphs under it are read for their tense.
_STORY_PARAGRAPHS = 4
# A verb in the present tense, as a description speaks of its story ("Everyone is very
# polite", "Jane learns to swim").
_PRESENT = lazy(
    r"\b(?:is|are|has|have|does|do|gets|goes|meets|finds|learns|tries|wants|needs|must"
    r"|isn['’]t|aren['’]t|doesn['’]t|can['’]t|won['’]t)\b"
    # Any verb after "he", "she" or "it" that ends in "s" ("she rings", "it stays").
    r"|\b(?:he|she|it)\s+(?!was\b)[a-z]{2,}s\b",
    re.IGNORECASE,
)


def description_under_info(chunks: list[Chunk], index: int) -> bool:
    """Rule ``description-under-info-line``: a post's one-line description right under its
    info line ("a Liu Yi fic | ~700 words | for @friend"), unlabelled, before the story:
    it speaks of the story in the present tense ("Everyone is very polite and the uncle is
    a disaster."), and the story under it narrates in the past.

    Guards: the info line a post's (``post-info-line``) right above; the line one physical
    line, short, no dialogue, not the writer's talk to readers; a present-tense verb and no
    past-tense one outside speech; and the paragraph under it story narration (past tense,
    long), with no present-tense verb outside speech in the story's first paragraphs, so a
    story told in the present keeps its opening line."""
    chunk = chunks[index]
    text = chunk.text
    if index == 0 or index + 1 >= len(chunks) or chunks[index - 1].rule != "post-info-line":
        return False
    if len(text) > _DESCRIPTION_LENGTH or len(chunk.lines) != 1 or text[:1] in QUOTES:
        return False
    told = SPEECH_RE.sub(" ", text)
    if PAST_RE.search(told) or not _PRESENT.search(told) or is_chatter(text):
        return False
    if talks_to_readers(text) or is_note_like(text):
        return False
    below = chunks[index + 1]
    if below.role != "text" or not narrates(below.text):
        return False
    # A story told in the present may open on a past paragraph (a flashback): the story's
    # first paragraphs must all keep to the past outside their dialogue.
    story = [c for c in chunks[index + 1 : index + 1 + _STORY_PARAGRAPHS] if c.role == "text"]
    return not any(_PRESENT.search(SPEECH_RE.sub(" ", c.text)) for c in story)


def unlabelled_summary(chunks: list[Chunk], index: int) -> None:
    """A short paragraph or two between the header and "Chapter 1" is the story's summary.

    Only in a story with several chapter headings, and only when nothing labelled a summary.
    """
    headings = [i for i, c in enumerate(chunks) if c.role == "heading"]
    if len(headings) == 1:
        _note_above_lone_heading(chunks, index, headings[0])
        return
    if any(c.role in ("summary",) or field_for(c.label) == "summary" for c in chunks[:index]):
        if len(headings) >= 2:
            _note_above_lone_heading(chunks, index, headings[0], "note-above-chapter-1")
        return
    if len(headings) < 2 or not (
        index < headings[0] <= index + 2 or _one_block_above(chunks, index, headings[0])
    ):
        return
    span = chunks[index : headings[0]]
    titles = {c.text.strip() for c in chunks[:index] if c.role == "title"}
    while span and (span[-1].role == "dropped" or span[-1].text.strip() in titles):
        # Chrome dropped right over chapter 1 (a gathered post's date banner) is no part of
        # what stands above the heading; nor is the story's title again, as the chapter's
        # page repeats it over its heading (rule ``page-title-over-chapter-1``).
        span = span[:-1]
    if span and front_matter_section(chunks, index, index + len(span)):
        return
    labelled = next((n for n, c in enumerate(span) if n and match_note(c.text)), None)
    if labelled is not None and all(c.role == "text" for c in span):
        # Rule ``note-under-summary``: a labelled note ("an: …") right over "Chapter 1" is
        # the note it says; only the lines above it may be the summary.
        consume_note(chunks, index + labelled, headings[0])
        span = span[:labelled]
    if all(c.role == "text" for c in span) and sum(len(c.text) for c in span) < 600:
        if is_chatter(span[0].text):
            # Rule ``chatter-before-chapter-1``: the poster's word to the channel ("ok it's
            # finally done!!") is an unlabelled note, not a summary of the story.
            mark_note_run(chunks, index, index + len(span), "chatter-before-chapter-1")
            return
        if _writing_talk(chunks, index, span):
            return
        writer = _writer_note(span) if labelled is None else None
        if writer is not None:
            end = index + len(span)
            mark_note_run(chunks, index + writer, end, "writer-note-before-chapter-1")
            span = span[:writer]
            if not span:
                return
        if len(span) > 1 and (chat := _chatter_below(span)) is not None:
            # Rule ``chatter-under-summary``: the writer's word to readers under a line
            # about the story ("ok this is rough, i wrote it on the train"), as a phone
            # paste sets them with no blank line between, is an unlabelled note; the lines
            # above it may still be the summary.
            mark_note_run(chunks, index + chat, index + len(span), "chatter-under-summary")
            span = span[:chat]
        elif _parenthesised_aside(span[-1].text) and (len(span) > 1 or _chatted(span[0].text)):
            # Rule ``parenthesised-aside-note``: the writer's aside in brackets under the
            # title's lines ("(be kind, it's my first one)") is an unlabelled note; the lines
            # above it may still be the summary. Alone under the title (rule
            # ``lone-parenthesised-aside``) only when it chats in sentences: a list of tags
            # in brackets ("(x fic • y pov • for z)") describes the story instead.
            end = index + len(span)
            mark_note_run(chunks, end - 1, end, "parenthesised-aside-note")
            span = span[:-1]
        for offset, chunk in enumerate(span):
            chunks[index + offset] = replace(chunk, role="summary", rule="summary-before-chapter-1")


def _writing_talk(chunks: list[Chunk], index: int, span: list[Chunk]) -> bool:
    """Rule ``writing-talk-before-chapter-1``: one paragraph in the writer's voice about how
    the pieces were written ("These were written for a ficathon and I never put them
    together until now."), alone but for a rule under it, is the writer's unlabelled front
    note: a summary tells what the story is, not how it came to be."""
    if not tells_how_written(span[0].text) or not all(is_glyph_line(c.text) for c in span[1:]):
        return False
    mark_note_run(chunks, index, index + 1, "writing-talk-before-chapter-1")
    for offset in range(1, len(span)):
        chunks[index + offset] = replace(span[offset], role="separator", rule="note-separator")
    return True


# The most lines one unlabelled description may run to, set as one block.
_BLOCK_LINES = 4


def _one_block_above(chunks: list[Chunk], index: int, heading: int) -> bool:
    """Rule ``summary-block-before-chapter-1``: a description of a few short lines with no
    blank line between them (a pixiv caption's line and its "※" warnings), a blank line
    over "Chapter 1", reads as one paragraph. Only where the text sets its paragraphs
    apart by blank lines (the heading has one over it): in a copy with no blank lines at
    all, every line is a paragraph of its own."""
    return (
        heading - index <= _BLOCK_LINES
        and chunks[heading].gap > 0
        and all(chunk.gap == 0 for chunk in chunks[index + 1 : heading])
    )


# The most paragraphs the author's word above a page's one heading may run to.
_NOTE_ABOVE_HEADING = 3
# The writer's words to the reader: "you", "my", "we" (a story's opening paragraph before
# its heading seldom addresses anyone).
_ADDRESS = lazy(r"\b(?:you|your|you['’](?:re|ve|ll|d)|my|we|us|our|u)\b", re.IGNORECASE)


def _note_above_lone_heading(
    chunks: list[Chunk], index: int, heading: int, rule: str = "note-above-lone-heading"
) -> None:
    """Rule ``note-above-lone-heading``: a page that holds one chapter (an FFN chapter page,
    a one-shot) where the author heads the prose with their own heading ("Part 3 - The Long
    Way Home"): the paragraph or two between the page's header and that heading
    is where authors put their note, and when it talks to readers ("LAST CHAPTER!! Thanks
    to all of you who reviewed… you made my week.") it is an unlabelled front note, not a
    story paragraph above the chapter.

    Guards: the file's only heading lies one to three paragraphs below, none of them
    dialogue or a structural line, short in all; the first holds a note's own words (a
    review, "chapter", "!!", thanks, a smiley) and speaks as the writer (an "I" opening,
    a chat opener, or "you"/"my"/"we"), which a story's opening lines seldom do together.

    Rule ``note-above-chapter-1``: the same paragraph over the first of several headings,
    when the header has labelled its summary ("Summary: …"), so that the paragraph there
    cannot be the summary (``summary-before-chapter-1``): "This is my first fic for the
    list, so be gentle." is the poster's unlabelled front note, under the same guards; a
    paragraph that fails them stays the story's opening, above its first heading.
    """
    if not index < heading <= index + _NOTE_ABOVE_HEADING:
        return
    span = chunks[index:heading]
    if any(c.role != "text" or c.text[:1] in QUOTES or is_structural(c) for c in span):
        return
    if sum(len(c.text) for c in span) > 600:
        return
    first = span[0].text
    if talks_about_story(first) and (is_chatter(first) or _ADDRESS.search(first)):
        mark_note_run(chunks, index, heading, rule)
    elif rule == "note-above-chapter-1" and states_posting_plan(first):
        # The writer's promise of the serial's next part (posting_plan).
        mark_note_run(chunks, index, heading, "posting-plan-note")


# A greeting to the readers opening a paragraph: "Good evening all", "Hello everyone",
# "Greetings, readers", "Hi guys".
_SALUTATION = lazy(
    r"(?:good\s+(?:morning|afternoon|evening|day)|greetings|hello|hi|hey)\b[\s,!.]", re.I
)
# How a poster opens a word to the channel or thread, never a summary of a story: "ok",
# "okay", "hi all", "hey", "finally", "here's part one".
_CHATTER_OPENER = lazy(
    r"(?:ok(?:ay)?|hi|hey|hello|finally|here(?:['’]s|\s+is|\s+it\s+is))\b(?![-'’])", re.I
)


def _parenthesised_aside(text: str) -> bool:
    """A short line wholly in round brackets in which the writer speaks of themselves or to
    the reader ("my", "I", "you"): an aside, not a summary; a bracketed "(a tale of the
    sea)" is not one."""
    stripped = text.strip()
    if not (len(stripped) <= 200 and stripped[:1] == "(" and stripped[-1:] == ")"):
        return False
    inner = stripped[1:-1]
    return "(" not in inner and (
        _ADDRESS.search(inner) is not None or _FIRST_PERSON.search(inner) is not None
    )


_FIRST_PERSON = lazy(r"\b(?:I|I['’](?:m|ve|ll|d)|me)\b")
# A sentence's end inside a bracketed line, with more after it: "(it's the old song. you'll
# see)".
_INNER_STOP = lazy(r"[.!?…]\s+\S")


def _chatted(text: str) -> bool:
    """Rule ``lone-parenthesised-aside``: a bracketed line of two sentences or more, with no
    list marks between items ("•", "|", ";"): the writer chatting, not tagging the story."""
    return _INNER_STOP.search(text) is not None and not any(mark in text for mark in "•|;")


def _writer_note(span: list[Chunk]) -> int | None:
    """Rule ``writer-note-before-chapter-1``: where the writer's word about the piece
    starts among the paragraphs over "Chapter 1" ("this is for …, I kept thinking about
    …. not beta'd."): it is their unlabelled front note, not a summary of the story
    (reader_talk.talks_about_writing: the writer's voice and the fic's making together).
    The paragraphs above it may still be the summary.

    The caller asks only when no labelled note follows: then the writer's note is that one,
    and a line about the fic above it ("kiều fic • for linh") describes the story."""
    for offset, chunk in enumerate(span):
        if (offset == 0 or chunk.gap) and talks_about_writing(chunk.text):
            return offset
    return None


def _chatter_below(span: list[Chunk]) -> int | None:
    """Where the writer's chat starts under the first line of ``span``: the first later line
    that is chatter typed in chat's lower case ("ok this is rough…", "hi guys…"), or talks
    to readers. A capitalised "Finally, the war is over." may be a summary's second
    sentence, so an opener alone counts only in lower case."""
    for offset in range(1, len(span)):
        text = span[offset].text
        if (text[:1].islower() and _CHATTER_OPENER.match(text)) or talks_to_readers(text):
            return offset
    return None


def is_chatter(text: str) -> bool:
    """A paragraph that talks to readers: a smiley, an "I …" opening, or a chat opener."""
    return talks_to_readers(text) or _CHATTER_OPENER.match(text) is not None
