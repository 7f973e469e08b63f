"""Pass ``body``: in each chapter, notes at its start and end, end markers and scene breaks."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.ao3_page import chapter_summary, page_footer_start, related_works_start
from fic2epub.normalise.blog import blog_footer_start
from fic2epub.normalise.chapter_pages import (
    chapter_page_footer_start,
    is_piracy_notice,
    page_author_block,
    page_title_block,
)
from fic2epub.normalise.chrome import POST_TAGS_RE, is_site_chrome, lone_button_among_chrome
from fic2epub.normalise.chunks import Chunk, Chunks, is_break_words, is_glyph_line
from fic2epub.normalise.comments import post_date_line
from fic2epub.normalise.deviantart import work_info_block
from fic2epub.normalise.ffn_page import ffn_footer_start
from fic2epub.normalise.fields import field_for
from fic2epub.normalise.header import byline_names, ends_header_note, same_text
from fic2epub.normalise.metadata import clean_title
from fic2epub.normalise.notes import (
    consume_note,
    disclaimer_field,
    is_disclaimer_field,
    is_note_like,
    is_signature,
)
from fic2epub.normalise.page_footers import bare_updated_line, page_footer
from fic2epub.normalise.pages import page_furniture, rejoin_page_splits
from fic2epub.normalise.patterns import (
    AO3_POSTED_RE,
    FFN_INFO_RE,
    FIELD_RE,
    MORE_TO_COME_RE,
    POINTER_RE,
    REVIEW_PLEA_RE,
    match_end_marker,
    match_note,
)
from fic2epub.normalise.pieces import is_word_count
from fic2epub.normalise.sign_off import chat_sign_off, is_emoji
from fic2epub.normalise.social import social_footer_start
from fic2epub.normalise.tumblr import hashtag_lines
from fic2epub.normalise.wattpad import (
    is_dedication,
    page_stats_block,
    stat_count_line,
    wattpad_footer_start,
)

_CHAPTER_FIELD_LABELS = lazy(
    r"disclaimer|disclaimers|rating|rated|warnings?|summary|pairings?|word count|beta|notes?",
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
    for first, end in chapter_regions(chunks, start):
        head = chunks[first - 1].text if first > start else None
        if head is not None:
            first = page_title_block(marked, first, end, byline_names, title)
            named = page_author_block(marked, first, end, authored=authored)
            authored = authored or named > first
            first = named
            named = page_stats_block(marked, first, end, byline_names, authored=authored)
            authored = authored or named > first
            first = named
        body_first = _leading(marked, first, end, head)
        end = page_footer_start(marked, body_first, end)
        end = blog_footer_start(marked, body_first, end)
        end = chapter_page_footer_start(marked, body_first, end)
        end = ffn_footer_start(marked, body_first, end)
        end = related_works_start(marked, body_first, end)
        end = wattpad_footer_start(marked, body_first, end)
        end = social_footer_start(marked, body_first, end, is_site_chrome)
        body_end = _trailing(marked, body_first, end)
        _closing(marked, body_first, body_end, title)
        _breaks(marked, body_first, body_end, scene_pattern, chunks[:start])
        rejoin_page_splits(marked, body_first, body_end)
    return _blank_runs(tuple(marked), start)


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


# Roles an earlier pass gives lines at a chapter's start, which the body pass keeps.
_SETTLED = ("dropped", "note", "field")


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
        elif is_dedication(text):
            chunks[index] = replace(chunk, role="dropped", rule="wattpad-dedication")
        elif heading is not None and stat_count_line(chunks, index):
            chunks[index] = replace(chunk, role="dropped", rule="bare-stat-counts")
        elif AO3_POSTED_RE.fullmatch(text) or FFN_INFO_RE.fullmatch(text):
            chunks[index] = replace(chunk, role="info", rule="site-info-line")
        elif match_note(text):
            index = consume_note(chunks, index, end, stop_when=ends_header_note)
            continue
        elif heading is not None and (after := chapter_summary(chunks, index, end)) is not None:
            index = after
            continue
        elif heading is not None and _heading_word(text, heading):
            chunks[index] = replace(chunk, role="dropped", rule="heading-word-marker")
        elif heading is not None and is_word_count(text):
            # Rule chapter-word-count: "Words: 176" under a piece's heading counts the piece,
            # as a header's word count does the story's; it is not story text.
            chunks[index] = replace(chunk, role="dropped", rule="chapter-word-count")
        elif (found := FIELD_RE.fullmatch(text)) and _CHAPTER_FIELD_LABELS.fullmatch(
            found.group("key").strip()
        ):
            label, value = found.group("key").strip(), found.group("value").strip()
            chunks[index] = replace(
                chunk, role="field", rule="chapter-header-field", label=label, value=value
            )
        else:
            break
        index += 1
    return index


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
        if match_note(chunks[index].text) and _is_tail(chunks, index, end):
            position = index
            while position < end:
                if match_note(chunks[position].text):
                    position = consume_note(chunks, position, end, to_end=True)
                    continue
                if chunks[position].role != "dropped":
                    chunks[position] = _between_notes(chunks[position])
                position += 1
            return index
    return end


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

    After a separator or a run of blank lines, only notes, note-like lines, signatures and
    end markers may follow; story prose there means the note sat in the middle.
    """
    broken = False
    for chunk in chunks[index + 1 : end]:
        text = chunk.text
        if chunk.role == "dropped" or is_site_chrome(text):
            continue  # a converter's or site's last line ("End file.") ends no note
        if is_glyph_line(text) or chunk.gap >= 2:
            broken = True
            if is_glyph_line(text):
                continue
        if match_note(text) or match_end_marker(text):
            broken = False
            continue
        if broken and not (is_note_like(text) or is_signature(text)):
            return False
    return True


def _closing(chunks: list[Chunk], first: int, end: int, title: str | None) -> None:
    """What closes a chapter after its prose: end markers, separators (a break there is
    dropped), a disclaimer, the title repeated above the next chapter, site debris, and an
    unlabelled plea for reviews, which is the author's note it would have been labelled."""
    _mail_footer(chunks, first, end)
    work_info_block(chunks, first, end, title, same_text)
    _post_tags(chunks, first, end)
    _after_the_end(chunks, first, end)
    index = end - 1
    while index >= first:
        chunk = chunks[index]
        text = chunk.text
        if chunk.role in ("dropped", "field"):
            pass  # settled by an earlier rule (a forum's poster box, a mail footer, tags)
        elif is_glyph_line(text):
            chunks[index] = replace(chunk, role="separator", rule="break-at-chapter-end")
        elif (footer := page_footer(text)) is not None:
            # Before end markers: an instalment's "(end of part one)" is the poster's pointer.
            chunks[index] = replace(chunk, role="dropped", rule=footer)
        elif match_end_marker(text):
            chunks[index] = replace(chunk, role="end-marker", rule="end-marker")
        elif bare_updated_line(text):
            chunks[index] = replace(chunk, role="dropped", rule="page-updated-line")
        elif is_site_chrome(text) or post_date_line(text) or (title and _repeats(text, title)):
            chunks[index] = replace(chunk, role="dropped", rule="debris-at-chapter-end")
        elif _ruled_chrome(chunk):
            chunks[index] = replace(chunk, role="dropped", rule="ruled-chrome")
        elif lone_button_among_chrome(
            text,
            [c.text for c in chunks[max(first, index - 2) : index]],
            [c.text for c in chunks[index + 1 : index + 3]],
        ):
            chunks[index] = replace(chunk, role="dropped", rule="lone-button")
        elif (disclaimer := disclaimer_field(chunk, "chapter-header-field")) is not None:
            chunks[index] = disclaimer
        elif chunk.role == "text" and _closing_plea(text):
            chunks[index] = replace(chunk, role="note", rule="review-plea", value=text)
        elif chunk.role == "text" and _more_to_come(text):
            chunks[index] = replace(chunk, role="note", rule="more-to-come", value=text)
        elif chunk.role == "text" and chat_sign_off(
            text, _text_above(chunks, index, first), above_tags=_above_tags(chunks, index, end)
        ):
            chunks[index] = replace(chunk, role="note", rule="chat-sign-off", value=text)
        elif chunk.role == "text" and _signed_note(chunks, index, first):
            index -= 1  # the signed paragraph above is the note's start
        elif chunk.role == "text":
            return
        index -= 1


def _above_tags(chunks: list[Chunk], index: int, end: int) -> bool:
    """Whether only a post's tags and its chrome follow a chapter's closing line."""
    after = chunks[index + 1 : end]
    return any(c.label == "Tags" for c in after) and all(
        c.role in ("field", "dropped") for c in after
    )


def _text_above(chunks: list[Chunk], index: int, first: int) -> str:
    """The story paragraph above a closing line ("" when there is none)."""
    for above in range(index - 1, first - 1, -1):
        if chunks[above].role == "text":
            return chunks[above].text
    return ""


def _repeats(text: str, title: str) -> bool:
    """Rule ``debris-at-chapter-end``: the title repeated above the next chapter, also as a
    blog heads each post of a story in parts ("Title (2/3)")."""
    if len(text) > len(title) + _REPEAT_EXTRA:
        # Too long to be the title and its tags; a long paragraph would only make
        # clean_title's patterns work hard for nothing.
        return False
    return same_text(text, title) or same_text(clean_title(text), title)


# What a repeated title may carry beyond the title: "[FIC] … (2/3) PG", or a page title's
# chapter, fandom and site ("Title Chapter 3: Name, a Fandom fanfic | FanFiction").
_REPEAT_EXTRA = 240


# A dashed sign-off under a note: "- Harriet", "~ Mel", "— K.".
_DASHED_SIGNATURE = lazy(r"[-–—~]+\s*\S.{0,30}")


def _signed_note(chunks: list[Chunk], index: int, first: int) -> bool:
    """Rule ``signed-closing-note``: the chapter's last paragraph talks to readers ("Thanks
    for reading…", "I wrote this on a train") and a dashed sign-off ("- Harriet") follows it:
    the author's unlabelled note, signed. Without the dashed signature under it, a
    first-person paragraph at the end is the story's own; with it, only when it reads as a
    note."""
    signature = chunks[index]
    above = index - 1
    if above < first or signature.gap > 1 or chunks[above].role != "text":
        return False
    if not _DASHED_SIGNATURE.fullmatch(signature.text) or not is_signature(signature.text):
        return False
    note = chunks[above]
    if len(note.text) > 600 or not is_note_like(note.text):
        return False
    chunks[above] = replace(note, role="note", rule="signed-closing-note", value=note.text)
    chunks[index] = replace(signature, role="note-body", rule="signed-closing-note")
    return True


# Mailing-list software appends its footer after the post: from its first line, all is chrome.
_FOOTER_START = lazy(r".*\byahoo!?\s+groups\s+(?:sponsor|links)\b.*|-- ?", re.IGNORECASE)


def _mail_footer(chunks: list[Chunk], first: int, end: int) -> None:
    """Drop a mailing list's footer (sponsor block, group links) and everything after it."""
    for index in range(max(first, end - 12), end):
        if chunks[index].role == "text" and _FOOTER_START.fullmatch(chunks[index].lines[0]):
            # The "--" signature rule goes with the signature under it: left as a separator,
            # it would stand between a closing "THE END" and the author's words above it.
            # With nothing under it, it is read as a separator.
            alone = is_glyph_line(chunks[index].text) and index + 1 == end
            for later in range(index + 1 if alone else index, end):
                chunks[later] = replace(chunks[later], role="dropped", rule="mail-footer")
            return


# The longest line read as one tag in a list of one tag a line.
_LONGEST_TAG = 60
_HASHTAGS = lazy(r"(?:#[^#\s][^#]*?\s*){2,}")


def _post_tags(chunks: list[Chunk], first: int, end: int) -> None:
    """The tag lines that close a blog post.

    Tumblr's "#fluff #my fic" line holds the story's tags; a LiveJournal or Dreamwidth
    "Tags:" line (and its indented continuation) files the post, and is dropped.
    """
    for index in hashtag_lines(chunks, first, end, is_site_chrome):
        # Tumblr's tags copied one to a line.
        tag = chunks[index].text.strip().lstrip("#").strip()
        chunks[index] = replace(
            chunks[index], role="field", rule="hashtag-lines", label="Tags", value=tag
        )
    # The last six lines that an earlier rule has not dropped (a comment thread under a post).
    for index in _last(chunks, first, end, 6, lambda i: chunks[i].role != "dropped"):
        chunk = chunks[index]
        text = chunk.text
        if chunk.role != "text":
            continue
        if _HASHTAGS.fullmatch(text):
            tags = ", ".join(tag.strip() for tag in text.split("#") if tag.strip())
            chunks[index] = replace(
                chunk, role="field", rule="hashtag-line", label="Tags", value=tags
            )
        elif POST_TAGS_RE.fullmatch(text):
            # A bare "Tags:" label heads Dreamwidth's list of one tag a line ("fic",
            # "length: oneshot"), down to the blank line under it.
            listed = text.rstrip(" *_").endswith(":")
            for position in range(index, end):
                later = chunks[position]
                if position > index and not (
                    later.indent > 0
                    or ":" in later.text
                    or (listed and later.gap == 0 and len(later.text) <= _LONGEST_TAG)
                ):
                    break
                chunks[position] = replace(later, role="dropped", rule="post-tags")
            return


def _after_the_end(chunks: list[Chunk], first: int, end: int) -> None:
    """Short lines after a closing "THE END" are the author talking: an unlabelled note.

    The page's own footer under them (share links, "Top") is not the author's, and is left
    for the chapter's closing rules to drop.
    """
    tail = _last(
        chunks, first, end, 4, lambda i: chunks[i].role == "text" and not _chrome(chunks, i, first)
    )
    for position, index in enumerate(tail):
        if not match_end_marker(chunks[index].text) or position == len(tail) - 1:
            continue
        after = _above_page_links(chunks, index, tail[position + 1 :], first)
        # A "Disclaimer:" line there is the story's metadata (read as such below), not the
        # author talking: the note starts under it.
        after = [i for i in after if not is_disclaimer_field(chunks[i].text)]
        if not after:
            return
        if all(len(chunks[i].text) <= 300 and not is_glyph_line(chunks[i].text) for i in after):
            chunks[index] = replace(chunks[index], role="end-marker", rule="end-marker")
            # Rule ``disclaimer-after-the-end``: a "Disclaimer:" there is the story's
            # disclaimer, put last; the talk is what follows it.
            talk = []
            for later in after:
                if (
                    disclaimer := disclaimer_field(chunks[later], "disclaimer-after-the-end")
                ) is None:
                    talk.append(later)
                else:
                    chunks[later] = disclaimer
            if not talk:
                return
            first_note = chunks[talk[0]]
            # A labelled note after "The End" keeps its label ("Note de l'auteure : …").
            found = match_note(first_note.text)
            label, value = (found.label, found.rest) if found else ("", first_note.text)
            chunks[talk[0]] = replace(
                first_note, role="note", rule="talk-after-the-end", label=label, value=value
            )
            for later in talk[1:]:
                chunks[later] = replace(chunks[later], role="note-body", rule="talk-after-the-end")
            return


def _above_page_links(chunks: list[Chunk], marker: int, after: list[int], first: int) -> list[int]:
    """Rule ``footer-below-page-links``: of the lines after "THE END", those under the page's
    own links ("<< Back to Authors | Next in Series: … >>") are the site's footer ("The Hoard
    is a non-profit fan archive…"), not the author talking, and are dropped; the author's
    words stand above the links. A plea or a labelled note there is still the author's, and
    a "Disclaimer:" line is left to be read as one.
    Returns the lines above the links."""
    kept: list[int] = []
    linked = False
    for index in after:
        linked = linked or any(_chrome(chunks, i, first) for i in range(marker + 1, index))
        text = chunks[index].text
        if linked and not (match_note(text) or _closing_plea(text) or is_disclaimer_field(text)):
            chunks[index] = replace(chunks[index], role="dropped", rule="footer-below-page-links")
        else:
            kept.append(index)
    return kept


def _last(
    chunks: list[Chunk], first: int, end: int, count: int, wanted: Callable[[int], bool]
) -> list[int]:
    """The last ``count`` indexes in ``first``..``end`` that are ``wanted``, in order; looked
    for from the end, as only the chapter's last lines are."""
    found: list[int] = []
    for index in range(end - 1, first - 1, -1):
        if wanted(index):
            found.append(index)
            if len(found) == count:
                break
    return found[::-1]


def _chrome(chunks: list[Chunk], index: int, first: int) -> bool:
    """A site's line at the chapter's end: chrome, or a lone button beside chrome."""
    text = chunks[index].text
    before = [c.text for c in chunks[max(first, index - 2) : index]]
    return (
        is_site_chrome(text)
        or lone_button_among_chrome(text, before)
        or _ruled_chrome(chunks[index])
    )


def _ruled_chrome(chunk: Chunk) -> bool:
    """Rule ``ruled-chrome``: a page's footer set under a rule with no blank line between
    ("=====" over "Back to my fic page | Email me | Sign my guestbook!"), which the layout
    reads as one paragraph. Every line is a rule or site chrome, and one at least is chrome,
    so a story's own line under a rule stays."""
    lines = chunk.lines
    if len(lines) < 2 or len(lines) > 6 or not any(is_glyph_line(line) for line in lines):
        return False
    chrome = [line for line in lines if not is_glyph_line(line)]
    return all(is_site_chrome(line) for line in chrome)


def _closing_plea(text: str) -> bool:
    """ "Please review!!", "Thanks for reading! Comments make my day": a short plea at the end."""
    if REVIEW_PLEA_RE.fullmatch(text):
        return True
    if len(text) <= 200 and bool(REVIEW_PLEA_RE.match(text)) and is_note_like(text):
        return True
    return _chatty_plea(text) or _mail_plea(text)


# Asking readers to write: "email me", "e-mail me", "drop me a line", "write to me".
_WRITE_TO_ME = lazy(
    r"\b(?:e-?mail\s+me|drop\s+me\s+a\s+(?:line|note)|write\s+(?:to\s+)?me)\b", re.I
)


def _mail_plea(text: str) -> bool:
    """Rule ``mail-plea``: an old home page's plea under the story, "Did you like it? Please
    email me and tell me what you thought!": a short paragraph asking readers to write that
    reads as the author's word: a note's cue ("please", a smiley) or the readers addressed
    ("tell me what you thought"). Never dialogue: a quoted line is a character's."""
    return (
        len(text) <= 300
        and text[:1] not in "\"“‘'"
        and "me" in text
        and _WRITE_TO_ME.search(text) is not None
        and (is_note_like(text) or _YOU.search(text) is not None)
    )


_YOU = lazy(r"\byou\b", re.I)


_PLEA_WORDS = lazy(
    r"\b(?:vote|votes|voting|comment|comments|review|reviews|kudos|next\s+update"
    r"|(?:thanks?|thank\s+you)\s+(?:so\s+much\s+)?for\s+reading"
    # The same asks in the languages Wattpad writers use: Spanish and Portuguese, Italian,
    # French, German, Indonesian, Turkish.
    r"|votar|vote[mn]?|votad|comentar|comenten|comentem|comentad|votate|commentate"
    r"|commentez|kommentiert|kommentare|komentar|yorum\s+yap\w*|oy\s+ver\w*)\b",
    re.IGNORECASE,
)


def _more_to_come(text: str) -> bool:
    """Rule ``more-to-come``: "More next week!", "Next chapter soon, I promise!" on its own
    under the prose is the author promising readers more, an unlabelled note like a plea
    for reviews. The whole line must be the promise, so "More ships came the next week."
    stays story text.

    The promise may carry a plea after it ("Chapter two on Thursday! Reviews make me
    happy :)"): a second sentence that asks for reviews, comments or votes and reads as
    the author's word (a smiley, "please", "me"), so a sentence of story after a promise
    never passes."""
    if len(text) <= 80 and MORE_TO_COME_RE.fullmatch(text) is not None:
        return True
    if len(text) > 200 or text[:1] in "\"“‘'":
        return False
    promise, _, plea = text.partition("! ")
    if not plea or MORE_TO_COME_RE.fullmatch(promise + "!") is None:
        return False
    return bool(REVIEW_PLEA_RE.fullmatch(plea)) or (
        _PLEA_WORDS.search(plea) is not None and _AUTHOR_ASKS.search(plea) is not None
    )


# The author's own word in a plea: a smiley or heart, "please", "me"/"my" ("make me happy").
_AUTHOR_ASKS = lazy(r"\b(?:me|my|please|pls|plz)\b|[:;]-?[)D]|<3|\^\^", re.I)


def _chatty_plea(text: str) -> bool:
    """Rule ``chatty-plea``: the author's sign-off under the prose in chat style ("ok that's
    it for today!! vote and comment if u liked it 💖"), unlabelled as Wattpad writers leave it.

    Guards: short, not dialogue, asks for votes, comments or reviews (or promises the next
    update), and is written as chat: a lower-case start, "!!" or an emoji."""
    if len(text) > 300 or not _PLEA_WORDS.search(text):
        return False
    # Emoji: the pictographs, and the older stars and hearts (⭐ U+2B50, ❤ U+2764). With
    # one, a plea needs no English cue ("⭐ ¡No olvides votar! ⭐").
    emoji = any(is_emoji(c) for c in text)
    if not (emoji or is_note_like(text)):
        return False
    return text[:1].islower() or "!!" in text or emoji


def _breaks(
    chunks: list[Chunk],
    first: int,
    end: int,
    pattern: re.Pattern[str] | None,
    header: Chunks = (),
) -> None:
    """Glyph lines (and lines the user's pattern matches) inside a chapter are scene breaks.

    A break right after another break, or before the first prose, collapses away.
    """
    previous = "start"
    furniture = page_furniture(chunks[first:end], (c.text for c in header))
    for index in range(first, end):
        chunk = chunks[index]
        if chunk.role != "text":
            continue
        if (rule := furniture(chunk.text)) is not None:
            chunks[index] = replace(chunk, role="dropped", rule=rule)
            continue
        if is_piracy_notice(chunk.text):
            chunks[index] = replace(chunk, role="dropped", rule="anti-piracy-notice")
            continue
        glyphs = is_glyph_line(chunk.text) or bool(pattern and pattern.fullmatch(chunk.text))
        if previous == "text" and _spaced_x_break(chunks, index, end):
            chunks[index] = replace(chunk, role="scene-break", rule="spaced-x-break")
            previous = "break"
        elif glyphs:
            if previous == "text":
                rule = "typed-break-words" if is_break_words(chunk.text) else "glyph-line"
                chunks[index] = replace(chunk, role="scene-break", rule=rule)
            else:
                chunks[index] = replace(chunk, role="separator", rule="repeated-break")
            previous = "break"
        else:
            previous = "text"


def _spaced_x_break(chunks: list[Chunk], index: int, end: int) -> bool:
    """Rule ``spaced-x-break``: "x x x" on a line of its own between two paragraphs of the
    story is a scene break, as LiveJournal writers typed one.

    The glyph test leaves a spaced "x x x" alone, as kisses under a note may be written so;
    here the line stands apart, with a blank line on both sides, and story text follows it
    as well as precedes it (the caller checks the text above).
    """
    chunk = chunks[index]
    if chunk.text[:1] not in "xX" or len(chunk.text) > 20 or chunk.gap == 0:
        return False
    words = chunk.text.split()
    if len(words) < 3 or any(word not in ("x", "X") for word in words):
        return False
    after = chunks[index + 1] if index + 1 < end else None
    return (
        after is not None
        and after.role == "text"
        and after.gap > 0
        and not is_glyph_line(after.text)
        and len(after.text) > 40
    )


def _blank_runs(chunks: Chunks, start: int) -> Chunks:
    """Mark scene breaks made of blank lines: gaps wider than the usual paragraph gap.

    The usual gap is the most common one between two story paragraphs (1 in blank-line
    separated text, 0 in a phone paste). When wide gaps are common rather than rare, they are
    the author's habit, not breaks, and none is marked.
    """
    pairs = [
        (i, chunks[i].gap)
        for i in range(max(start, 1), len(chunks))
        if chunks[i].role == "text" and chunks[i - 1].role == "text" and not chunks[i].continues
    ]
    if not pairs:
        return chunks
    usual = Counter(gap for _, gap in pairs).most_common(1)[0][0]
    # Rule ``grouped-lines``: text written a line per paragraph whose scenes are parted by
    # glyphs ("◇", "* * *") uses single blank lines to group its lines, as pixiv novels
    # do; there only a wider run of blank lines is a break.
    if usual == 0 and any(c.role == "scene-break" for c in chunks[start:]):
        usual = 1
    wide = [i for i, gap in pairs if gap > usual]
    if len(wide) > 2 and len(wide) > 0.3 * len(pairs):
        return chunks
    marked = list(chunks)
    for i in _isolated(wide):
        marked[i] = replace(marked[i], break_before=True, rule="blank-run-break")
    return tuple(marked)


def _isolated(wide: list[int]) -> list[int]:
    """Rule ``spaced-stretch``: wide gaps between three or more paragraphs in a row are how
    that stretch is spaced (prose set between lines of chat typed without blank lines), not
    scene breaks; a break is a wide gap on its own among usual ones."""
    kept: list[int] = []
    run: list[int] = []
    for i in [*sorted(wide), -2]:  # -2 closes the last run
        if run and i != run[-1] + 1:
            kept += run if len(run) < 3 else []
            run = []
        run.append(i)
    return kept
