"""Pass ``headings``: mark chapter and part headings, and numbered headings in sequence."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from itertools import pairwise

from fic2epub.normalise.chrome import (
    chat_message_header,
    is_poster_stat,
    is_site_chrome,
    post_byline,
    reply_subject,
    starts_board_footer,
)
from fic2epub.normalise.chunks import Chunk, Chunks
from fic2epub.normalise.fields import date_line
from fic2epub.normalise.heading_lines import spelled_number_headings, two_line_headings
from fic2epub.normalise.notes import is_note_like, talks_to_readers
from fic2epub.normalise.patterns import (
    FIELD_RE,
    NUMBERED_RE,
    match_heading,
    match_note,
    match_numbered,
)
from fic2epub.normalise.pieces import piece_titles


def mark_headings(chunks: Chunks, pattern: re.Pattern[str] | None = None) -> Chunks:
    """Mark heading chunks; ``pattern`` (the user's override) replaces the built-in rules."""
    if pattern is not None:
        return tuple(
            replace(chunk, role="heading", rule="chapter-pattern-option")
            if _single_line(chunk) and pattern.fullmatch(chunk.text)
            else chunk
            for chunk in chunks
        )
    marked = list(chunks)
    for index, chunk in enumerate(marked):
        if not _single_line(chunk):
            continue
        heading = match_heading(chunk.text)
        if heading is not None:
            rule = f"{heading.kind}-heading"
            if heading.kind == "part":
                marked[index] = replace(chunk, role="part", rule=rule)
            else:
                marked[index] = replace(chunk, role="heading", rule=rule)
    marked_tuple = _word_numbered(_numbered(_forum_posts(tuple(marked))))
    marked_tuple = spelled_number_headings(marked_tuple)
    return piece_titles(two_line_headings(_parts_as_chapters(_chapter_lists(marked_tuple))))


_WORD_NUMBER = re.compile(
    r"[~\-=*#\s]*(?P<word>[A-Z][a-z]{2,11})\s+(?P<num>\d{1,3})[.:]?[~\-=*#\s]*"
)


# --- forum threads ---------------------------------------------------------------------------
#
# A forum thread copied as text (phpBB boards, XenForo's SpaceBattles and Sufficient Velocity)
# or a chat channel (Discord) is a run of posts, each opened by a header of the software's
# lines: the poster's name, the date, the post's number. The story is the posts of one poster;
# the others are readers' replies. These rules run before the numbered-heading rules, which
# then see the story's lines only.

# A forum post's number in its thread: "#57".
_POST_NUMBER = re.compile(r"#\d{1,7}")
# A forum's "Top" / "Back to top" link under each post.
_TOP_LINK = re.compile(r"(?:back\s+to\s+)?top", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Post:
    """One post of a thread: where its header starts, where its text starts, who wrote it."""

    start: int
    body: int
    poster: str
    name_line: int
    """The line that names the poster."""


def _forum_posts(chunks: Chunks) -> Chunks:
    """Rule family ``forum-*``: read a copied forum thread as its author's posts.

    Post headers are dropped (``forum-post-header``), other posters' posts are dropped
    (``forum-reply``), as are poster boxes (``forum-poster-box``), repeats of the thread's
    subject (``thread-subject``) and the board's footer (``board-footer``). The story's
    author is the poster who wrote the most text.
    """
    marked = list(chunks)
    found = _xenforo_posts(chunks, marked) + _phpbb_posts(chunks, marked)
    posts = sorted(found + _chat_posts(chunks, marked), key=_start)
    if not posts:
        return chunks
    ends = [post.start for post in posts[1:]] + [len(chunks)]
    written: dict[str, int] = {}
    for post, end in zip(posts, ends, strict=True):
        size = sum(len(chunk.text) for chunk in chunks[post.body : end])
        written[post.poster] = written.get(post.poster, 0) + size
    author = max(written, key=written.__getitem__)
    for post, end in zip(posts, ends, strict=True):
        if post.poster != author:
            for index in range(post.start, end):
                marked[index] = replace(marked[index], role="dropped", rule="forum-reply")
        else:
            _poster_boxes(marked, post, end)
            _message_marks(marked, post, end)
    _trailing_chatter(marked, posts, ends, author)
    _thread_subjects(marked, posts[0].start)
    _board_footer(marked, posts[-1].body)
    _first_poster(marked, posts[0], author)
    return _notes_open_posts(marked, posts, ends, author)


def _start(post: _Post) -> int:
    return post.start


def _xenforo_posts(chunks: Chunks, marked: list[Chunk]) -> list[_Post]:
    """Rule ``forum-post-header`` (XenForo): the poster, date and button lines above "#57".

    A threadmarked post shows its threadmark's name on the line right above the poster
    ("Snip 3: Dry Land"): that line is the post's chapter heading (``threadmark-heading``).
    """
    posts: list[_Post] = []
    for index, chunk in enumerate(chunks):
        if chunk.role != "text" or not _POST_NUMBER.fullmatch(chunk.text):
            continue
        # Walk up the unbroken block of date and button lines above the post number.
        start, dated = index, False
        while start > 0 and chunks[start].gap == 0:
            above = chunks[start - 1].text
            if date_line(above) is not None:
                dated = True
            elif not is_site_chrome(above):
                break
            start -= 1
        poster = start - 1
        if not dated or poster < 0 or chunks[start].gap or not _poster_like(chunks[poster]):
            continue
        for position in range(poster, index + 1):
            marked[position] = replace(marked[position], role="dropped", rule="forum-post-header")
        first = poster
        title = poster - 1
        if title >= 0 and chunks[poster].gap == 0 and _threadmark_like(chunks[title]):
            marked[title] = replace(marked[title], role="heading", rule="threadmark-heading")
            first = title
        posts.append(_Post(first, index + 1, chunks[poster].text, poster))
    return posts


def _phpbb_posts(chunks: Chunks, marked: list[Chunk]) -> list[_Post]:
    """Rule ``forum-post-header`` (phpBB): "Postby X » date", under the "Re: …" subject."""
    posts: list[_Post] = []
    for index, chunk in enumerate(chunks):
        if chunk.role != "text" or (poster := post_byline(chunk.text)) is None:
            continue
        start = index
        if index and chunk.gap == 0 and reply_subject(chunks[index - 1].text) is not None:
            start = index - 1
        for position in range(start, index + 1):
            marked[position] = replace(marked[position], role="dropped", rule="forum-post-header")
        posts.append(_Post(start, index + 1, poster, index))
    return posts


_RELATIVE_DAY = re.compile(r"\b(?:today|yesterday)\s+at\b", re.IGNORECASE)


def _chat_posts(chunks: Chunks, marked: list[Chunk]) -> list[_Post]:
    """Rule ``forum-post-header`` (chat): "moth_lantern — Today at 9:03 PM" opens a message."""
    posts: list[_Post] = []
    for index, chunk in enumerate(chunks):
        if chunk.role == "text" and (poster := chat_message_header(chunk.text)) is not None:
            posts.append(_Post(index, index + 1, poster, index))
    # One such line may be a story's own timestamp, and a diary's entries may be headed
    # "Captain's log — 04/05/2023 09:00": a pasted channel has a line per message, and either
    # the chat's own "Today at"/"Yesterday at" or more than one sender.
    relative = any(_RELATIVE_DAY.search(chunks[post.start].text) for post in posts)
    if len(posts) < 2 or not (relative or len({post.poster for post in posts}) > 1):
        return []
    for post in posts:
        marked[post.start] = replace(marked[post.start], role="dropped", rule="forum-post-header")
    return posts


# Chat software marks a message changed after sending with "(edited)" after its last word.
_EDITED = " (edited)"
# A reaction's count on a line of its own, under its emoji.
_COUNT_LINE = re.compile(r"\d{1,5}")


def _message_marks(marked: list[Chunk], post: _Post, end: int) -> None:
    """Rules ``chat-reactions`` and ``edited-mark``: what chat software adds to a message.

    Discord shows the reactions under a message as emoji with a count ("👀" over "3");
    copied as text they are lines of their own. A message changed after sending ends in
    "(edited)", which is the software's word, not the writer's.
    """
    for index in range(post.body, end):
        chunk = marked[index]
        if chunk.role != "text":
            continue
        after = marked[index + 1] if index + 1 < end else None
        counted = after is not None and after.gap == 0 and _COUNT_LINE.fullmatch(after.text)
        if _emoji_only(chunk.text) and (counted or any(c.isdigit() for c in chunk.text)):
            marked[index] = replace(chunk, role="dropped", rule="chat-reactions")
            if counted and after is not None:
                marked[index + 1] = replace(after, role="dropped", rule="chat-reactions")
        elif chunk.text.endswith(_EDITED) and len(chunk.text) > len(_EDITED):
            text = chunk.text[: -len(_EDITED)].rstrip()
            last = chunk.lines[-1][: -len(_EDITED)].rstrip()
            lines = (*chunk.lines[:-1], last) if last else chunk.lines[:-1]
            marked[index] = replace(chunk, text=text, lines=lines, rule="edited-mark")


def _emoji_only(text: str) -> bool:
    """A line of emoji (and reaction counts): symbols, joiners and variation selectors."""
    compact = "".join(text.split())
    if not compact or len(compact) > 40:
        return False
    pictures = [c for c in compact if unicodedata.category(c) == "So"]
    rest = (c for c in compact if c not in pictures)
    return bool(pictures) and all(
        c.isdigit() or c in "\u200d\ufe0f" or unicodedata.category(c) in ("Sk", "Mn") for c in rest
    )


# The most a closing reply by the author may hold ("HAHA thank you") to count as chatter.
_CHATTER = 120


def _trailing_chatter(
    marked: list[Chunk], posts: list[_Post], ends: list[int], author: str
) -> None:
    """Rule ``thread-chatter``: the author's short answers to readers after the story ends.

    Once the last instalment is posted, readers react and the author thanks them ("HAHA
    thank you"); those messages come after another poster's, hold no more than a line and
    read as talk to readers. Only the run after the author's last long post counts, so a
    story continued after a reader's interruption keeps every instalment.
    """
    last_long = -1
    for number, (post, end) in enumerate(zip(posts, ends, strict=True)):
        size = sum(len(c.text) for c in marked[post.body : end] if c.role == "text")
        if post.poster == author and size > _CHATTER:
            last_long = number
    for number in range(max(last_long + 1, 1), len(posts)):
        post, end = posts[number], ends[number]
        if post.poster != author or posts[number - 1].poster == author:
            continue
        said = " ".join(c.text for c in marked[post.body : end] if c.role == "text")
        if not said or not (is_note_like(said) or talks_to_readers(said)):
            continue
        for index in range(post.body, end):
            if marked[index].role == "text":
                marked[index] = replace(marked[index], role="dropped", rule="thread-chatter")


def _poster_boxes(marked: list[Chunk], post: _Post, end: int) -> None:
    """Rule ``forum-poster-box``: the poster's name over "Posts: 14" / "Joined: …" lines
    that a board prints beside or under each post, and the "Top" link after it."""
    for index in range(post.body, end - 1):
        if marked[index].text != post.poster or not is_poster_stat(marked[index + 1].text):
            continue
        last = index + 1
        while (
            last + 1 < end and marked[last + 1].gap == 0 and is_poster_stat(marked[last + 1].text)
        ):
            last += 1
        if last + 1 < end and _TOP_LINK.fullmatch(marked[last + 1].text):
            last += 1
        for position in range(index, last + 1):
            marked[position] = replace(marked[position], role="dropped", rule="forum-poster-box")


def _thread_subjects(marked: list[Chunk], first_post: int) -> None:
    """Rule ``thread-subject``: the thread's subject above its first post, which every
    reply's "Re: …" line repeats; a page title, not the story's."""
    subjects = {
        subject
        for chunk in marked
        if chunk.rule == "forum-post-header" and (subject := reply_subject(chunk.text))
    }
    for index in range(first_post):
        if marked[index].role == "text" and marked[index].text in subjects:
            marked[index] = replace(marked[index], role="dropped", rule="thread-subject")


def _board_footer(marked: list[Chunk], last_post: int) -> None:
    """Rule ``board-footer``: from "Who is online", "Jump to: …" or "You must log in or
    register to reply" under the last post, the rest is the board's page footer."""
    for index in range(last_post, len(marked)):
        if marked[index].role == "text" and starts_board_footer(marked[index].text):
            for position in range(index, len(marked)):
                marked[position] = replace(marked[position], role="dropped", rule="board-footer")
            return


def _first_poster(marked: list[Chunk], first: _Post, author: str) -> None:
    """Rule ``forum-poster``: the first post's author, when that post opens with the story's
    header, is the story's author: its post header line stands as the byline."""
    if first.poster != author or any(c.role == "heading" for c in marked[: first.body]):
        return
    line = first.name_line
    marked[line] = replace(marked[line], role="byline", rule="forum-poster", value=author)


def _notes_open_posts(
    marked: list[Chunk], posts: list[_Post], ends: list[int], author: str
) -> Chunks:
    """Rule ``post-opens-chapter``: a note at the top of a post, above the chapter heading the
    post brings, belongs to that chapter; the heading moves up to the post's start.

    An author who posts a story chapter by chapter opens each post with a word to the
    readers ("A/N: Thanks for the replies!") and then the chapter. Without a post boundary
    there, a note above a heading would close the chapter before it.
    """
    moves: dict[int, int] = {}  # heading index -> index it moves to
    for post, end in zip(posts, ends, strict=True):
        if post.poster != author:
            continue
        between = [i for i in range(post.body, end) if marked[i].role != "dropped"]
        heading = next((n for n, i in enumerate(between) if marked[i].role == "heading"), None)
        if not heading or heading > 6 or match_note(marked[between[0]].text) is None:
            continue
        if any(
            FIELD_RE.fullmatch(marked[i].text) and not match_note(marked[i].text)
            for i in between[1:heading]
        ):
            continue
        moves[between[heading]] = between[0]
    if not moves:
        return tuple(marked)
    order = list(range(len(marked)))
    for heading, target in moves.items():
        order.remove(heading)
        order.insert(order.index(target), heading)
    return tuple(marked[i] for i in order)


def _poster_like(chunk: Chunk) -> bool:
    """A user name on a line of its own: short, a few words, no sentence punctuation."""
    text = chunk.text
    return (
        chunk.role == "text"
        and len(text) <= 40
        and len(text.split()) <= 4
        and not text.endswith((".", "!", "?", ",", ":", '"', "”"))
    )


def _threadmark_like(chunk: Chunk) -> bool:
    """A threadmark's name: one short line that does not end as a sentence does."""
    text = chunk.text
    return (
        chunk.role == "text"
        and _single_line(chunk)
        and len(text) <= 100
        and not text.endswith((".", ",", ";", '"', "”"))
    )


_PAGE_LINE = re.compile(r"page\s+\d+(?:\s+of\s+\d+)?", re.IGNORECASE)


def _comment_counts(chunks: Chunks, candidates: list[tuple[int, int]]) -> Chunks:
    """Bare numbers under paragraphs that count nothing in order are a site's inline comment
    counts (Wattpad prints one beside each commented paragraph)."""
    bare = [index for index, _ in candidates if chunks[index].text.strip().isdigit()]
    numbers = [int(chunks[index].text) for index in bare]
    if len(bare) < 2 or (numbers == sorted(numbers) and numbers[0] <= 1):
        return chunks
    marked = list(chunks)
    for index in bare:
        marked[index] = replace(marked[index], role="dropped", rule="comment-count")
    return tuple(marked)


def _page_numbers(chunks: Chunks, indexes: list[int]) -> bool:
    """Bare numbers that cut sentences in two, or sit by a "Page 2 of 5" line, are page
    numbers from a printed copy."""
    for index in indexes:
        near = chunks[max(0, index - 1) : index + 2]
        if any(_PAGE_LINE.fullmatch(chunk.text) for chunk in near):
            return True
    cuts = 0
    for index in indexes:
        before = chunks[index - 1].text if index else ""
        if before and not before.endswith((".", "!", "?", '"', "”", "’", ":", "…")):
            cuts += 1
    return cuts > 0 and cuts * 2 >= len(indexes) and chunks[indexes[0]].text.strip().isdigit()


def _word_numbered(chunks: Chunks) -> Chunks:
    """ "Day 1", "Day 2"… (one word, then numbers climbing from 1) are section headings."""
    if any(chunk.role == "heading" for chunk in chunks):
        return chunks
    found = [
        (index, match)
        for index, chunk in enumerate(chunks)
        if chunk.role == "text"
        and _single_line(chunk)
        and (match := _WORD_NUMBER.fullmatch(chunk.text)) is not None
    ]
    words = {match.group("word") for _, match in found}
    numbers = [int(match.group("num")) for _, match in found]
    # A diary skips days ("Day 1", "Day 2", "Day 9"), so the numbers need only climb from 1.
    climbing = all(a < b for a, b in pairwise(numbers))
    if len(found) < 2 or len(words) != 1 or numbers[:1] not in ([0], [1]) or not climbing:
        return chunks
    marked = list(chunks)
    for index, _ in found:
        marked[index] = replace(marked[index], role="heading", rule="word-number-sequence")
    return tuple(marked)


def _chapter_lists(chunks: Chunks) -> Chunks:
    """Headings listed one under another with no text between are a chapter index, not
    chapters (FanFiction.Net's chapter menu, a table of contents)."""
    marked = list(chunks)
    index = 0
    while index < len(marked):
        end = index + 1 if marked[index].role == "heading" else index
        # Listed means on consecutive lines: a menu or index has no blank lines in it.
        while end < len(marked) and marked[end].role == "heading" and marked[end].gap == 0:
            end += 1
        if end - index >= 2:
            for position in range(index, end):
                marked[position] = replace(marked[position], role="dropped", rule="chapter-list")
        index = max(end, index + 1)
    return tuple(marked)


def _parts_as_chapters(chunks: Chunks) -> Chunks:
    """ "Part 1", "Part 2" with no chapter headings under them are the story's chapters."""
    if any(chunk.role == "heading" for chunk in chunks):
        return chunks
    return tuple(
        replace(chunk, role="heading", rule="part-heading-as-chapter")
        if chunk.role == "part"
        else chunk
        for chunk in chunks
    )


def _single_line(chunk: Chunk) -> bool:
    return len(chunk.lines) == 1 and not chunk.continues


def _numbered(chunks: Chunks) -> Chunks:
    """Mark "1.", "~ 2 ~" lines as headings, but only when they count up 1, 2, 3…

    A lone "1." or numbers out of order are a list or story text, so they stay text.
    """
    candidates = [
        (index, number)
        for index, chunk in enumerate(chunks)
        if chunk.role == "text"
        and _single_line(chunk)
        and (number := match_numbered(chunk.text)) is not None
    ]
    numbers = [number for _, number in candidates]
    if _page_numbers(chunks, [index for index, _ in candidates]):
        marked = list(chunks)
        for index, _ in candidates:
            marked[index] = replace(marked[index], role="dropped", rule="page-number")
        return tuple(marked)
    if not _counts_up(numbers):
        bare = _bare_numbers(chunks, candidates)
        if bare is None:
            return _comment_counts(chunks, candidates)
        candidates = bare
    marked = list(chunks)
    for index, _ in candidates:
        marked[index] = replace(marked[index], role="heading", rule="numbered-heading-sequence")
    return tuple(marked)


def _counts_up(numbers: list[int]) -> bool:
    """Numbers that count up by one from 0 or 1, at least two of them."""
    return (
        len(numbers) >= 2
        and numbers[0] in (0, 1)
        and numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    )


def _bare_numbers(
    chunks: Chunks, candidates: list[tuple[int, int]]
) -> list[tuple[int, int]] | None:
    """Rule ``bare-numbered-headings``: "1.", "2.", "3." alone on lines set apart by blank
    lines count up as headings even when numbered list items ("1. Do not drink …") inside a
    chapter break the count; the items, with text on their lines, stay story text.

    Guards: only bare numbers (nothing after them but punctuation), each with a blank line
    above and below, and they alone must count up 1, 2, 3…"""
    bare = [
        (index, number)
        for index, number in candidates
        if NUMBERED_RE.fullmatch(chunks[index].text)
        and chunks[index].gap >= 1
        and (index + 1 == len(chunks) or chunks[index + 1].gap >= 1)
    ]
    if len(bare) == len(candidates) or not _counts_up([number for _, number in bare]):
        return None
    return bare
