"""A blog post's header as Tumblr writers type it: chatter, a title line, an info line.

A fic posted on Tumblr often opens with the writer talking to whoever asked for it ("ok so
@someone asked for …, enjoy!!") before the title; under the title comes one "|"-separated
line of the pairing, the length, the rating and the fandom, in the writer's own words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.bylines import AT_HANDLE
from fic2epub.normalise.chunks import OPENING_QUOTES, Chunk, bracketed_inside, is_glyph_line
from fic2epub.normalise.field_lines import field_line
from fic2epub.normalise.fields import field_for, is_known_label, rating_or_pairing
from fic2epub.normalise.foreign_header import is_post_date
from fic2epub.normalise.notes import is_note_like
from fic2epub.normalise.patterns import FIELD_RE
from fic2epub.normalise.reader_talk import talks_about_writing

# Words of a post answering a request: an @-mention, an anon, an ask or a prompt.
_CHATTER_CUES = lazy(r"@[\w-]{2,}|\b(?:anon|requested|request|asked|ask|prompt)\b", re.I)
# The end of a sentence inside a paragraph or at its end.
_SENTENCE_END = lazy(r"[.!?](?:\s|\)|$)")
# An item naming a pairing: "a & b", "a/b", "a x b".
_PAIR = lazy(r"\S\s*(?:/|\s&\s|\sx\s)\s*\S")
# Rule ``post-info-warning-item``: an info line's content warning, labelled "cw:", "tw:",
# "warnings:", may run to a dozen words or so; it is read as one item of the line. So may
# the writer's "no warnings" with a quip after it ("no warnings, just fluff and a goose",
# "no warnings except for pining"): the words open the item as a label does.
_WARNING_ITEM = lazy(
    r"(?:(?:c\.?w|t\.?w|content\s+warnings?|warnings?)\s*:"
    r"|no\s+(?:archive\s+)?warnings?(?:\s+apply)?"
    r"\s*(?:[,;:(\u2013\u2014-]|\b(?:except|but|besides|unless|other\s+than|just)\b))"
    r"\s*\S.{0,118}$",
    re.I,
)
# Rule ``post-info-dedication-item``: the item that says whom the post is for, by their
# handle, may go on to say what they asked for ("for @name who asked for "something sad but
# with weather""); the "for @handle" that opens it vouches for it as a warning's label does.
_DEDICATION_ITEM = lazy(
    r"(?:for|to|dedicated\s+to|(?:a\s+)?gift\s+for|gifted\s+to)\s+@[\w.-]{1,40}(?:\s.{0,100})?$",
    re.I,
)
# A length: "1.2k", "~900 words", "2,300 words", "about 700 words".
_LENGTH = lazy(
    r"(?:(?:about|around|approx\.?|roughly|under|over|just\s+over|just\s+under)\s+)?"
    r"~?\s*[\d.,]+\s*(?:[kK]\+?(?:\s*words?)?|\+?\s*words?)",
    re.IGNORECASE,
)

# Rule ``post-info-category-item``: AO3's relationship category, as writers name it in their
# own info line ("gen", "m/m", "femslash"): an item an info line names, like a length.
_CATEGORY = lazy(r"gen|het|slash|femslash|f/f|m/m|f/m|m/f|multi|pre-?slash", re.IGNORECASE)


def post_info_line(text: str) -> list[tuple[str, str]] | None:
    """Rule ``post-info-line``: a "|"- or ";"-separated line under a post's title, three to eight
    short items in the writer's own words ("a & b | 1.2k | gen-ish, very soft | fandom"),
    one of them at least a pairing, a length or a rating. Returns the pairing and rating
    found, or None. Each item is a few words that end no sentence, so prose never matches.

    Some writers part the items with semicolons and set the whole line in brackets
    ("[fandom; a & b; ~1k; G]"); the brackets are the line's framing, not an item's.
    """
    if len(text) > 300:
        return None
    line = text.strip()
    line = bracketed_inside(line) or line
    # One kind of separator: "|" where there is one, else ";" (a "|" line's items may hold
    # a ";" of their own), else "," (a microblog post's "a fandom fic, G, ~900 words").
    separator = "|" if "|" in line else ";" if ";" in line else ","
    if separator not in line:
        return None
    items = [item.strip() for item in line.split(separator)]
    if not 3 <= len(items) <= 8 or (separator == "," and _labelled_field(items[0])):
        return None
    # A content warning item runs longer than the others ("cw: grief, a fever, an ending
    # the book already gave"); its label vouches for it.
    plain = [item for item in items if not _WARNING_ITEM.match(item) and not _dedication(item)]
    if any(not item or len(item) > 50 for item in plain):
        return None
    wordy = [item for item in plain if _word_count(item) > _most_words(item)]
    if wordy and not _quip_item(wordy, items):
        return None
    if any(item.endswith((".", "!", "?", ":")) or item[:1] in OPENING_QUOTES for item in items):
        return None
    fields: list[tuple[str, str]] = []
    recognised = 0
    for item in items:
        if _LENGTH.fullmatch(item) or _CATEGORY.fullmatch(item):
            recognised += 1
        elif (field := rating_or_pairing(item, _PAIR)) is not None:
            fields.append(field)
            recognised += 1
    # Semicolons also part a sentence's clauses ("Rain; then wind; then you & me"), and
    # commas part any list, so a ";" or "," line must name two things an info line names
    # (rule ``comma-info-line``: a rating and a length, say), not one.
    return fields if recognised >= (1 if separator == "|" else 2) else None


# Rule ``post-info-quip-item``: the most words the one item of a writer's own quip may hold
# ("a happy ending, because i said so").
_QUIP_WORDS = 10


def _quip_item(wordy: list[str], items: list[str]) -> bool:
    """Rule ``post-info-quip-item``: one item of an info line may run longer than the rest
    when it is the writer's quip on the mood or the ending ("a happy ending, because i said
    so"), as Tumblr writers close the line. Only one such item, of ten words at most (the
    50 characters still bound it), and only when the other items name both a pairing and
    a length ("a x b | 1.1k | …"): a line with two things an info line names is no
    sentence, whatever its last item says."""
    if len(wordy) != 1 or _word_count(wordy[0]) > _QUIP_WORDS:
        return False
    others = [item for item in items if item is not wordy[0]]
    return any(_LENGTH.fullmatch(item) for item in others) and any(
        _PAIR.search(item) for item in others
    )


def _dedication(item: str) -> bool:
    """Whether an info line's item is its dedication to a handle (post-info-dedication-item)."""
    return "@" in item[:20] and _DEDICATION_ITEM.match(item) is not None


def _labelled_field(item: str) -> bool:
    """Rule ``field-led-comma-line``: a ","-parted line that opens on a known "Key: value"
    field ("Rated: K+, Portuguese, Friendship & Drama, …", FanFiction.Net's mobile info line)
    is a line of labelled fields, which the field reader reads from its label; read as a
    writer's info line, its "&" genres and dated items would pass for pairings. Only on
    ","-parted lines: a "|" line's labelled items ("Rating: T | a & b | 2k") are the
    writer's own."""
    found = FIELD_RE.fullmatch(item)
    return found is not None and is_known_label(found.group("key").strip())


# The most a hard-wrapped info line's run-on tail may hold.
_WRAPPED_TAIL = 60


def wrapped_info_line(chunk: Chunk) -> list[tuple[str, str]] | None:
    """Rule ``wrapped-post-info-line``: an info line that a mail program or a text save
    hard-wrapped, so its last item (a dedication, "for @someone who asked for …") runs onto
    a second line of the same paragraph. Returns the fields :func:`post_info_line` reads in
    the first line, or None.

    Guards: two lines exactly, the first an info line by itself; the second short, opening
    in lower case (the item's words carried on, not a sentence of the story) and holding
    no "|" or ";" of a new item.
    """
    if len(chunk.lines) != 2:
        return None
    first, tail = (line.strip() for line in chunk.lines)
    if not tail[:1].islower() or len(tail) > _WRAPPED_TAIL or "|" in tail or ";" in tail:
        return None
    return post_info_line(first)


# The signs that join a pairing's two names: no words of their own.
_PAIR_SIGNS = frozenset({"&", "/", "+"})
# Rule ``pairing-x-sign``: the lower-case "x" Tumblr writers join a pairing's names with ("a
# x b"), no word either, but only in an item that reads as a pairing.
_PAIR_X = "x"


def _word_count(item: str) -> int:
    """Rule ``pairing-sign-no-word``: an info line's item counted in words, leaving out an
    "&", "/" or "+" that stands alone between a pairing's two names ("the miller & the girl
    who kept the geese" is nine words): the sign joins the names and says nothing, so a
    pairing with a long second name is not refused for it. The 50 characters still bound
    the item, and a sentence's words are all counted."""
    signs = _PAIR_SIGNS | {_PAIR_X} if " x " in item and _PAIR.search(item) else _PAIR_SIGNS
    return sum(1 for word in item.split() if word not in signs)


def _most_words(item: str) -> int:
    """The most words an info line's item holds: six, or nine for a pairing of two full
    names ("Margaret Ann Tolley & Thomas Edward Tolley"), still within the 50 characters."""
    joined = "&" in item or "/" in item or " x " in item  # pairing-x-sign
    return 9 if joined and _PAIR.search(item) else 6


def chatter_before_title(
    chunks: list[Chunk],
    index: int,
    header_line: Callable[[Chunk], bool],
    byline_line: Callable[[Chunk], bool] = lambda chunk: False,
) -> int | None:
    """Rule ``chatter-before-title``: one to three paragraphs of the writer talking (note
    words, an @-mention, an anon's ask), then a short title line, then a header line (an
    info line or a known field): the paragraphs are an unlabelled note before the story
    and the short line is the title. Marks them; returns the index of the header line.

    The header line right under the short line is what tells it; a story's first
    paragraphs are not followed by one.

    Rule ``talk-above-byline``: a writer sending a story in a mail or a message talks to
    her friend in her own words before it ("Right, it's done at last, here you are…"), with
    none of a note's stock words. Paragraphs that talk ("I", "my", "you") count as chatter
    when the title under them has its byline ("by Name") right below: a story does not
    open with prose and then its own title and author.

    Rule ``greeting-above-chatter``: a short greeting line above the talk ("Jo!!", "Hi
    Sam,", "Dear all,") opens the same note.

    Rule ``untitled-ask-reply``: an untitled fill answers an ask with the reply and then the
    info line, no title between ("Sure thing!! Coming right up!", "~650 words | gen"). The reply
    is the same note; the index returned is the info line's, and no chunk is the title.
    Only right under the ask, which tells that the paragraph is the writer answering it.

    Rule ``chatter-above-bare-title``: at the very top of a file with no header (a phone's
    notes pasted whole), the writer's talk about the writing ("ok so this is the ghost au
    nobody asked for lol. unbeta'd, typed on the train") over a short capitalised line: the line is
    the title though no header line follows it, since a story does not open by talking
    about its own beta and then set a title under that.
    """
    first = index
    if index + 1 < len(chunks) and _greeting(chunks[index]):
        first = index + 1
    # Whether a paragraph talks with none of a note's words: then only a byline will do.
    loose = False
    # Whether every paragraph so far, at the top of the file, talks about the writing.
    topmost = all(chunk.role == "dropped" for chunk in chunks[:index])
    for count in range(1, 4):
        title_at = first + count
        paragraph = chunks[title_at - 1]
        if title_at + 1 >= len(chunks):
            return None
        topmost = topmost and paragraph.role == "text" and talks_about_writing(paragraph.text)
        bylined = byline_line(chunks[title_at + 1])
        if (
            topmost
            and first == index
            and _bare_title_over_story(chunks, title_at, paragraph, bylined=bylined)
        ):
            # With its byline under it, the title heads a header after all: the chatter is
            # the note before it (``chatter-before-title``) and the header reads on.
            rule = "chatter-before-title" if bylined else "chatter-above-bare-title"
            _mark_chatter(chunks, index, title_at, rule)
            chunks[title_at] = replace(chunks[title_at], role="title", rule="title-after-chatter")
            return title_at + 1
        if not _chatter(paragraph):
            if not _talks(paragraph):
                return None
            loose = True
        candidate = chunks[title_at]
        if (
            first == index
            and index
            and chunks[index - 1].rule == "tumblr-ask"
            and not loose
            and header_line(candidate)
            and chunks[title_at + 1].role == "text"
        ):
            _mark_chatter(chunks, index, title_at, "untitled-ask-reply")
            return title_at
        below = chunks[title_at + 1]
        if not _short_title(candidate, spaced=paragraph.gap >= 1) or header_line(candidate):
            continue  # no title line ("~Title~ X" is a field of the header)
        bylined = byline_line(below)
        subtitled = not bylined and subtitle_over_byline(chunks, title_at + 1, byline_line)
        if bylined or subtitled or (not loose and header_line(below)):
            rule = "talk-above-byline" if loose else "chatter-before-title"
            _mark_chatter(chunks, index, title_at, rule)
            if first != index:
                chunks[index] = replace(chunks[index], rule="greeting-above-chatter")
            chunks[title_at] = replace(candidate, role="title", rule="title-after-chatter")
            if subtitled:
                # The newsletter's subtitle: the post's framing, not the story's text.
                chunks[title_at + 1] = replace(below, role="dropped", rule="subtitle-above-byline")
                return title_at + 2
            return title_at + 1
    return None


def subtitle_over_byline(
    chunks: list[Chunk], index: int, byline_line: Callable[[Chunk], bool], *, spaced: int = 0
) -> bool:
    """Rule ``subtitle-above-byline``: a newsletter sets a subtitle between the title and its
    byline ("A little tale of the harbour", then "by Name"); one short line, right under the
    title and right over the byline, with no sentence's end. A manuscript's title block
    (a word processor's export) sets it the same way, and may space its lines: ``spaced``
    blank lines may then stand around the subtitle (rule ``spaced-subtitle-above-byline``,
    for a caller whose byline test is strict enough to tell the block from prose)."""
    if index + 1 >= len(chunks):
        return False
    line, below = chunks[index], chunks[index + 1]
    text = line.text
    return (
        line.gap <= spaced
        and below.gap <= spaced
        and len(line.lines) == 1
        and len(text) <= 100
        and not text.endswith((".", "!", "?", ":", ","))
        and not _metadata_field(text)
        and byline_line(below)
    )


def _metadata_field(text: str) -> bool:
    """Whether ``text`` is a "Label: value" line whose label names a metadata field
    ("Series: Name, Part 2"): the writer's field, read as one, however it sits between the
    title and the byline. A subtitle after a colon whose head is no field label ("Winter:
    a sequel") is still a subtitle."""
    if ":" not in text:
        return False
    field = field_line(text)
    return field is not None and bool(field[1]) and field_for(field[0]) is not None


def _bare_title_over_story(
    chunks: list[Chunk], title_at: int, above: Chunk, *, bylined: bool = False
) -> bool:
    """A short line that opens with a capital and ends no sentence ("Sweet Things"), with
    story text under it that is no header line: the title of a file with no header; or,
    when ``bylined``, with its byline under it ("by Name")."""
    candidate = chunks[title_at]
    text = candidate.text
    if not _short_title(candidate, spaced=above.gap >= 1) or not text[:1].isupper():
        return False
    if text.endswith(("!", "?")) or len(text.split()) > 8:
        return False
    if bylined:
        return True
    below = chunks[title_at + 1]
    if below.role != "text":
        return False
    field = field_line(below.text)
    return field is None or not is_known_label(field[0])  # a header line is the other rule's


def _mark_chatter(chunks: list[Chunk], index: int, end: int, rule: str) -> None:
    """Mark the paragraphs from ``index`` to ``end`` as one unlabelled note."""
    chunks[index] = replace(chunks[index], role="note", rule=rule, value=chunks[index].text)
    for position in range(index + 1, end):
        chunks[position] = replace(chunks[position], role="note-body", rule=rule)


def _chatter(chunk: Chunk) -> bool:
    """A paragraph in which the writer talks: a note's words or a request's."""
    text = chunk.text
    if chunk.role != "text" or len(text) > 700 or text[:1] in OPENING_QUOTES + "[":
        return False
    if len(text.split()) < 6 or FIELD_RE.fullmatch(text):
        return False  # a subject line ("[FIC] Title (A, B; PG)") or a field, not talk
    if _SENTENCE_END.search(text) is None:
        return False  # talk comes in sentences; a subject line "Title (A/B, G)" has none
    return is_note_like(text) or _CHATTER_CUES.search(text) is not None


# The words of someone talking to a reader: "I", "me", "my", "you", "your".
_TALK = lazy(r"\bI\b|\b(?i:me|my|you|your)\b")
# A greeting line: a name or two and "!" or "," ("Jo!!", "Hi Sam,", "Dear all,").
_GREETING = lazy(r"(?:(?:hi|hey|hello|dear|hiya)\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+)?\s*(?:!+|,)")


def _talks(chunk: Chunk) -> bool:
    """A paragraph of sentences in which someone talks to a reader ("I", "you"): a mail's
    chatter. Only with a byline below the title, which tells it from a story's prose."""
    text = chunk.text
    if chunk.role != "text" or len(text) > 700 or text[:1] in OPENING_QUOTES + "[":
        return False
    if len(text.split()) < 6 or _SENTENCE_END.search(text) is None:
        return False
    return _TALK.search(text) is not None


def _greeting(chunk: Chunk) -> bool:
    """A short greeting line on its own: one or two words after "Hi"/"Dear", and "!" or ","."""
    text = chunk.text.strip()
    if chunk.role != "text" or len(text) > 30 or not text.endswith(("!", ",")):
        return False
    return _GREETING.fullmatch(text) is not None


def _short_title(chunk: Chunk, spaced: bool) -> bool:
    """A short line, set apart, that ends no sentence: a title. In a text whose paragraphs
    are not ``spaced`` by blank lines (a phone's or a blog's copy), every line is apart."""
    text = chunk.text
    return (
        chunk.role == "text"
        and (chunk.gap >= 1 or not spaced)
        and 0 < len(text) <= 80
        and len(text.split()) <= 12
        and not text.endswith((".", ",", ";", ":"))
        and text[:1] not in OPENING_QUOTES
        and not is_glyph_line(text)
        and FIELD_RE.fullmatch(text) is None  # "Title: X" is a field of the header
    )


# The community a post was shared to, under its poster's handle: "Posted to: Name".
_POSTED_TO = lazy(r"posted\s+(?:to|in)\s*:\s*\S", re.IGNORECASE)


def poster_over_handle(chunks: list[Chunk], index: int) -> bool:
    """Rule ``poster-name-over-handle``: a post copied from a social site (Cohost, Bluesky,
    Mastodon) opens with the poster's display name, their ``@handle`` right under it and the
    post's date; the post's headline comes below. The display name is the poster, not the
    story's title, however title-like it reads ("Nell's Lamp Room").

    Guards: a short line with no sentence stop, the handle alone on the very next line, and
    a date line straight under the handle; ordinary prose never stacks the three.

    Rule ``posted-to-under-handle``: a post shared to a community (Pillowfort) names it
    between the handle and the date ("Posted to: Community Name"); the date under it is
    still the post's.
    """
    if index + 2 >= len(chunks):
        return False
    name, handle, date = chunks[index], chunks[index + 1], chunks[index + 2]
    if index + 3 < len(chunks) and not date.gap and _POSTED_TO.match(date.text.strip()) is not None:
        date = chunks[index + 3]
    if handle.gap or date.gap > 1 or not handle.text.startswith("@"):
        return False
    text = name.text.strip()
    if not 0 < len(text) <= 50 or text.endswith((".", "?", "!", ":")):
        return False
    return AT_HANDLE.fullmatch(handle.text.strip()) is not None and is_post_date(date.text)
