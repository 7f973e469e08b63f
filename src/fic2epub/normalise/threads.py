"""Pass part ``threads``: a copied forum thread, chat channel or mailing-list digest.

A forum thread copied as text (phpBB boards, XenForo's SpaceBattles and Sufficient Velocity),
a chat channel (Discord) or a mailing list's messages (a digest, or mails saved one after
another) is a run of posts, each opened by a header of the software's lines: the poster's
name, the date, the post's number or the mail's From/Date/Subject. The story is the posts of
one poster; the others are readers' replies. :func:`mark_threads` runs before the
numbered-heading rules, which then see the story's lines only.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from itertools import pairwise
from typing import NamedTuple

from fic2epub.lazy_re import lazy
from fic2epub.normalise.bylines import byline_names, same_user_name
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import Chunk, Chunks
from fic2epub.normalise.closing_thanks import closing_thanks
from fic2epub.normalise.collection_threads import collection_piece
from fic2epub.normalise.fedi_thread import (
    clean_fedi_post,
    fedi_posts,
    mark_fedi_headers,
    strip_counters,
)
from fic2epub.normalise.fields import date_line
from fic2epub.normalise.forum_lines import (
    chat_message_header,
    is_poster_stat,
    post_byline,
    reply_subject,
    starts_board_footer,
)
from fic2epub.normalise.gmail_print import gmail_print_headers
from fic2epub.normalise.journal_parts import is_author_field
from fic2epub.normalise.mail import (
    date_only,
    digest_index,
    forwarded_mail,
    is_forward_line,
    is_mbox_separator,
    is_rule_chunk,
    mail_headers,
    quoted_follow_up,
    split_at_rules,
    trim_message,
)
from fic2epub.normalise.mail_subject import subject_title
from fic2epub.normalise.notes import is_note_like, talks_to_readers
from fic2epub.normalise.patterns import FIELD_RE, match_note
from fic2epub.normalise.phpbb2_posts import board_head as phpbb2_board_head
from fic2epub.normalise.phpbb2_posts import is_post_buttons as is_phpbb2_buttons
from fic2epub.normalise.phpbb2_posts import (
    page_title_subject,
    phpbb2_headers,
    post_subject,
    subject_of,
)
from fic2epub.normalise.pleas import closing_plea, more_to_come
from fic2epub.normalise.post_signatures import post_buttons, repeated_signatures
from fic2epub.normalise.posted_field_posts import posted_field_headers
from fic2epub.normalise.proboards import board_footer_line, is_button, mini_profile
from fic2epub.normalise.qualifier_posts import page_head, post_framing, qualifier_headers
from fic2epub.normalise.repeated_headers import repeated_headers
from fic2epub.normalise.smf import clean_topic, logged_signatures, nameless_headers, post_headers
from fic2epub.normalise.subject_posts import board_head, subject_headers
from fic2epub.normalise.telegram import telegram_messages
from fic2epub.normalise.thread_counters import strip_counters_either_end
from fic2epub.normalise.vbulletin import (
    archive_headers,
    post_title_line,
    poster_name,
    vbulletin_header,
)
from fic2epub.normalise.vbulletin import thread_head as vbulletin_thread_head
from fic2epub.normalise.xenforo import (
    apart_name_lines,
    clean_post,
    is_post_chrome,
    mark_bars,
    name_lines,
    post_footer,
    poster_box,
    repeated_titles,
    story_header_end,
    thread_head,
    thread_line,
    threadmark_bar,
)

# A forum post's number in its thread: "#57".
_POST_NUMBER = lazy(r"#\d{1,7}")
# A forum's "Top" / "Back to top" link under each post.
_TOP_LINK = lazy(r"(?:back\s+to\s+)?top", re.IGNORECASE)


class _Post(NamedTuple):
    """One post of a thread: where its header starts, where its text starts, who wrote it."""

    start: int
    body: int
    poster: str
    name_line: int
    """The line that names the poster."""
    mail: bool = False
    """A mailing list's message rather than a forum's or a chat's post."""
    dated: int | None = None
    """A mail's Date line."""
    subject: int | None = None
    """A mail's Subject line."""
    xenforo: bool = False
    """A XenForo forum's post (with threadmarks, reactions, quoted posts)."""
    smf: bool = False
    """A Simple Machines Forum post (:mod:`smf`)."""
    fedi: bool = False
    """A microblog's post (Mastodon, Bluesky: :mod:`fedi_thread`)."""
    chat: bool = False
    """A chat channel's message (Discord and its like: ``chat_message_header``)."""


def mark_threads(chunks: Chunks) -> Chunks:
    """Rule family ``forum-*``: read a copied forum thread as its author's posts.

    Post headers are dropped (``forum-post-header``), other posters' posts are dropped
    (``forum-reply``), as are poster boxes (``forum-poster-box``), repeats of the thread's
    subject (``thread-subject``) and the board's or list's footer (``board-footer``). The
    story's author is the poster who wrote the most text, among the posters of threadmarked
    posts when the thread has threadmarks (``threadmark-author``); XenForo's own lines are
    read in :mod:`xenforo`. A forwarded mail's forward line,
    header and the forwarder's comment go first (:func:`forwarded_mail`).
    """
    chunks = telegram_messages(split_at_rules(forwarded_mail(chunks)))
    marked = list(chunks)
    found = _xenforo_posts(chunks, marked) + _phpbb_posts(chunks, marked)
    found += _chat_posts(chunks, marked) + _mail_posts(chunks, marked)
    found += _posted_on_posts(chunks, marked) + _vbulletin_posts(chunks, marked)
    found += _smf_posts(chunks, marked) + _proboards_posts(chunks, marked)
    found += _fedi_posts(chunks, marked) + _posted_field_posts(chunks, marked)
    found += _qualifier_posts(chunks, marked) + _subject_posts(chunks, marked)
    found += _phpbb2_posts(chunks, marked) + _vbulletin_archive_posts(chunks, marked)
    posts = sorted(found, key=_start)
    if not posts:
        return chunks
    ends = [post.start for post in posts[1:]] + [len(chunks)]
    written: dict[str, int] = {}
    for post, end in zip(posts, ends, strict=True):
        size = sum(len(chunk.text) for chunk in chunks[post.body : end])
        written[post.poster] = written.get(post.poster, 0) + size
    # Rule ``threadmark-author``: a story thread's author is the poster whose posts carry its
    # threadmarks (a reader's long reply or omake does not make its poster the author).
    threadmarked = {
        post.poster
        for post, end in zip(posts, ends, strict=True)
        if marked[post.start].rule == "threadmark-heading"
        or any(chunk.rule == "threadmark-bar" for chunk in marked[post.start : post.body])
        or (post.xenforo and mark_bars(marked, post.body, end))
    }
    candidates = {name: size for name, size in written.items() if name in threadmarked}
    author = max(candidates or written, key=(candidates or written).__getitem__)
    authors = _chat_coauthors(chunks, posts) or {author}
    moves: dict[int, int] = {}  # heading index -> index it goes before (-1: the first heading)
    head = _thread_head_lines(chunks, posts[0].start)
    for post, end in zip(posts, ends, strict=True):
        if post.poster not in authors:
            for index in range(post.start, end):
                marked[index] = replace(marked[index], role="dropped", rule="forum-reply")
        else:
            _poster_boxes(marked, post, end)
            _signature(marked, post, end)
            _message_marks(marked, post, end)
            if post.fedi:
                clean_fedi_post(marked, post.body, end)
            if post.xenforo:
                clean_post(marked, post.body, end, head, post.poster)
                _threadmark_titles(marked, post, end, moves)
    thread_head(marked, posts[0].start)
    if (piece := collection_piece(marked)) is not None:
        # The threadmark titles the story now: it is no chapter heading to move.
        moves.pop(piece, None)
    if any(post.smf for post in posts):
        clean_topic(marked, posts[0].start, posts[-1].body)
        logged_signatures(
            marked, [(post.body, end) for post, end in zip(posts, ends, strict=True) if post.smf]
        )
    bodies = [
        (post.body, end) for post, end in zip(posts, ends, strict=True) if post.poster == author
    ]
    strip_counters(marked, bodies)
    # Counters at a post's end, or changing ends halfway (thread_counters), where none of
    # the above opened every post.
    strip_counters_either_end(marked, bodies)
    _trailing_chatter(marked, posts, ends, author)
    _answer_before_more(marked, posts, ends, author)
    _thread_subjects(marked, posts[0].start)
    _board_footer(marked, posts[-1].body)
    own_posts = [
        (post.body, end) for post, end in zip(posts, ends, strict=True) if post.poster == author
    ]
    post_buttons(marked, [(post.body, end) for post, end in zip(posts, ends, strict=True)])
    repeated_signatures(marked, own_posts)
    last = posts[-1]
    if last.xenforo and last.poster == author:
        # The chrome under the last post, read again up from the board's footer above it.
        clean_post(marked, last.body, len(marked), head)
    if any(post.mail for post in posts):
        digest_index(marked, posts[0].start)
        _first_mail_date(marked, chunks, posts, author)
    for post, end in zip(posts, ends, strict=True):
        if post.mail and post.poster == author:
            trim_message(marked, post.body, end, post.poster)
            quoted_follow_up(marked, post.body, end)
    own = [(post, end) for post, end in zip(posts, ends, strict=True) if post.poster == author]
    repeated_headers(marked, own)
    if _first_poster(marked, posts[0], author):
        _reader_chat_after(marked, own[1:])
    first, first_end = own[0] if own else (None, 0)
    if first is not None and first.mail and first.subject is not None:
        subject_title(marked, first.subject, first.body, first_end)
    moves.pop(-1, None)
    return _notes_open_posts(marked, posts, ends, author, moves)


def _thread_head_lines(chunks: Chunks, first_post: int) -> frozenset[str]:
    """The lines above a thread's first post when they hold its starter line ("Thread
    starter X Start date …"): the head a copy of the thread's next page repeats."""
    above = [chunk.text.strip() for chunk in chunks[:first_post] if chunk.text.strip()]
    if not any(thread_line(line) for line in above):
        return frozenset()
    return frozenset(above)


def _threadmark_titles(marked: list[Chunk], post: _Post, end: int, moves: dict[int, int]) -> None:
    """A threadmarked post's title repeated inside it (``repeated-threadmark-title``), and
    the story's header opening the first one (``threadmark-below-header``): the chapter's
    heading moves below the header, into ``moves`` (heading index -> index it goes before)."""
    heading = next(
        (i for i in range(post.start, min(end, post.body + 4)) if marked[i].role == "heading"),
        None,
    )
    if heading is None:
        return
    repeated_titles(marked, heading, end)
    if moves.get(-1) is not None:
        return  # only the first threadmarked post opens with the story's header
    moves[-1] = heading
    below = story_header_end(marked, max(heading, post.body - 1) + 1, end)
    if below is not None and below < end:
        moves[heading] = below


def _start(post: _Post) -> int:
    return post.start


def _mail_posts(chunks: Chunks, marked: list[Chunk]) -> list[_Post]:
    """Rule ``mail-header``: a list's mail opens with its From/Date/Subject lines."""
    posts: list[_Post] = []
    for header in mail_headers(chunks) or gmail_print_headers(chunks):
        for position in range(header.start, header.end):
            chunk = marked[position]
            rule = "mbox-separator" if is_mbox_separator(chunk.text) else header.rule
            marked[position] = replace(chunk, role="dropped", rule=rule)
        above = header.start - 1
        if above >= 0 and not chunks[header.start].gap and is_rule_chunk(chunks[above]):
            # A LISTSERV log's "=====" line over the header (split_at_rules).
            marked[above] = replace(marked[above], role="dropped", rule="mail-separator")
        elif above >= 0 and not chunks[header.start].gap and is_forward_line(chunks[above].text):
            # Rule ``mail-quote-line``: Outlook's "-----Original Message-----" over the header
            # of the message a reply quotes below its own text: the mail program's, not a
            # line of the reply (nor of a note closing it).
            marked[above] = replace(marked[above], role="dropped", rule="mail-quote-line")
        post = _Post(
            header.start,
            header.end,
            header.poster,
            header.from_line,
            mail=True,
            dated=header.date_line,
            subject=header.subject_line,
        )
        posts.append(post)
    return posts


def _xenforo_posts(chunks: Chunks, marked: list[Chunk]) -> list[_Post]:
    """Rule ``forum-post-header`` (XenForo): the poster, date and button lines above "#57".

    In a thread's own view the name comes twice (the avatar's text, then the name), maybe
    with a user title under it (``forum-doubled-name``); XenForo 1 opens a post with a poster
    box of "Joined:"/"Messages:" lines instead and puts the date and "#57" under the post
    (``forum-post-footer``). In reader mode the name comes once, and a threadmarked post
    shows its threadmark's name on the line right above it ("Snip 3: Dry Land"): that line
    is the post's chapter heading (``threadmark-heading``).
    """
    found: list[tuple[int, int, int, int | None]] = []  # header start, body, name, "#N"
    numbers: list[tuple[int, int, bool]] = []  # "#N", the date block's start, dated
    bodies: dict[int, int] = {}  # where a post's text starts, past a threadmark box
    for index, chunk in enumerate(chunks):
        if chunk.role == "text" and chunk.text[:1] == "#" and _POST_NUMBER.fullmatch(chunk.text):
            if vbulletin_header(chunks, index) is not None:
                continue  # a vBulletin post's number (_vbulletin_posts)
            numbers.append((index, *_date_block(chunks, index)))
        elif (box_end := _threadmark_box(chunks, index)) is not None:
            numbers.append((index, *_date_block(chunks, index)))
            bodies[index] = box_end
        elif chunk.role == "text" and (after := poster_box(chunks, index)) is not None:
            found.append((index, after, index + 1, None))
    doubled = bool(found)
    single: list[tuple[int, int, int, int | None]] = []
    starter = _starter(chunks, numbers[0][1]) if numbers else None
    titled: set[int] = set()  # posts whose name has a user title under it
    for index, start, dated in numbers:
        if dated and (name := apart_name_lines(chunks, start)) is not None:
            found.append((name, bodies.get(index, index + 1), name, index))
            doubled = True
            continue
        if not dated or chunks[start].gap:
            continue
        if (names := name_lines(chunks, start)) is not None:
            found.append((names[0], bodies.get(index, index + 1), names[1], index))
            doubled = True
        elif start > 1 and not chunks[start - 1].gap and chunks[start - 2].text == starter:
            # Rule ``forum-user-title``: the thread starter's name over a user title.
            single.append((start - 2, bodies.get(index, index + 1), start - 2, index))
            titled.add(start - 2)
        elif start > 0 and _poster_like(chunks[start - 1]):
            single.append((start - 1, bodies.get(index, index + 1), start - 1, index))
    posts: list[_Post] = []
    claimed = {number for _, _, _, number in found}
    if doubled:
        # The thread's own view: a "#57" under no name block closes a post (XenForo 1).
        for index, _, _ in numbers:
            if index not in claimed and (first := post_footer(chunks, index)) is not None:
                for position in (first, index):
                    marked[position] = replace(
                        marked[position], role="dropped", rule="forum-post-footer"
                    )
    else:
        found = single
    for first, body, poster, _ in found:
        for position in range(first, body):
            marked[position] = replace(marked[position], role="dropped", rule="forum-post-header")
            if (mark := threadmark_bar(chunks[position].text)) is not None:
                # Rule ``threadmark-in-post-header``: reader mode may set the threadmark's
                # label and name among the post's header lines ("Threadmark: 1. The Chart"
                # between the poster and the date): the post's chapter heading still.
                marked[position] = replace(
                    chunks[position], role="heading", rule="threadmark-bar", text=mark, value=mark
                )
        title = first - 1
        # Reader mode only (one name, no user title); a button or page link above the name
        # ("Report", "Next") closes the post before.
        if (
            not doubled
            and first not in titled
            and title >= 0
            and chunks[first].gap == 0
            and _threadmark_like(chunks[title])
            and not is_post_chrome(chunks[title].text)
        ):
            marked[title] = replace(marked[title], role="heading", rule="threadmark-heading")
            first = title
        posts.append(_Post(first, body, chunks[poster].text, poster, xenforo=True))
    return posts


def _date_block(chunks: Chunks, index: int) -> tuple[int, bool]:
    """Walk up the unbroken block of date and button lines above a post's number (or
    reader mode's threadmark box) at ``index``: where it starts and whether a date is in it."""
    start, dated = index, False
    while start > 0 and chunks[start].gap == 0:
        above = chunks[start - 1].text
        if date_line(above) is not None:
            dated = True
        elif not is_site_chrome(above):
            break
        start -= 1
    return start, dated


# The longest a lone "Threadmarks" line may be, the spaces around it included.
_THREADMARKS_LINE = 40


def _threadmark_box(chunks: Chunks, index: int) -> int | None:
    """Rule ``reader-mode-threadmark-box``: in a XenForo thread's reader mode a threadmarked
    post may print no "#57" at all; under the poster's name and the date comes the
    threadmark box instead, "Threadmarks" over the threadmark's name and its "Prev"/"Next"
    links. The box's "Threadmarks" line then stands where the post number would: it closes
    the post's header. Only a lone "Threadmarks" line right under a date line, with the
    threadmark's name right under it, so a story's line never reads so. Returns where the
    box ends (past the name and its links), else None."""
    chunk = chunks[index]
    if len(chunk.text) > _THREADMARKS_LINE or chunk.role != "text":
        return None  # the cheap test first: it runs on every chunk of a thread
    if chunk.text.strip().lower() != "threadmarks":
        return None
    if index == 0 or index + 1 >= len(chunks) or chunk.gap or chunks[index + 1].gap:
        return None
    if date_line(chunks[index - 1].text) is None or not _threadmark_like(chunks[index + 1]):
        return None
    end = index + 2
    while end < len(chunks) and not chunks[end].gap and _BOX_LINK.fullmatch(chunks[end].text):
        end += 1
    return end


# The threadmark box's links under the threadmark's name.
_BOX_LINK = lazy(r"\s*(?:prev(?:ious)?|next)(?:\s+threadmark)?\s*", re.IGNORECASE)


def _starter(chunks: Chunks, before: int) -> str | None:
    """The thread starter named in a thread's head, above its first post."""
    for chunk in chunks[:before]:
        if chunk.text[:1] in "TtDd" and (name := thread_line(chunk.text)) is not None:
            return name
    return None


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


def _vbulletin_posts(chunks: Chunks, marked: list[Chunk]) -> list[_Post]:
    """Rule ``forum-post-header`` (vBulletin): "#N", the date, the poster's name, a user
    title and the poster's statistics open each post (:func:`vbulletin_header`). The
    first post's title line, which repeats the thread's title over a rule, goes with the
    header (``vbulletin-post-title``)."""
    posts: list[_Post] = []
    for index, chunk in enumerate(chunks):
        if chunk.role != "text" or chunk.text[:1] != "#" or not _POST_NUMBER.fullmatch(chunk.text):
            continue
        if (header := vbulletin_header(chunks, index)) is None:
            continue
        start, name, body = header
        for position in range(start, body):
            marked[position] = replace(marked[position], role="dropped", rule="forum-post-header")
        posts.append(_Post(start, body, poster_name(chunks[name].text), name, xenforo=True))
    if posts:
        head = [chunk.text for chunk in chunks[: posts[0].start] if chunk.role == "text"]
        for position in vbulletin_thread_head(chunks, posts[0].start):
            marked[position] = replace(
                marked[position], role="dropped", rule="vbulletin-thread-head"
            )
        ends = [post.start for post in posts[1:]] + [len(chunks)]
        for post, end in zip(posts, ends, strict=True):
            for position in range(post.body, post_title_line(marked, post.body, end, head)):
                marked[position] = replace(
                    marked[position], role="dropped", rule="vbulletin-post-title"
                )
    return posts


def _vbulletin_archive_posts(chunks: Chunks, marked: list[Chunk]) -> list[_Post]:
    """Rule ``vbulletin-archive``: a thread copied from vBulletin's archive view, each post
    opened by the poster's name and the date (:func:`archive_headers`). The page's lines
    down to its "View Full Version : Title" line go with it (``vbulletin-archive-head``)."""
    head, found = archive_headers(chunks)
    if not found:
        return []
    for index in range(head + 1):
        if marked[index].role != "dropped":
            marked[index] = replace(marked[index], role="dropped", rule="vbulletin-archive-head")
    for start, body, _ in found:
        for index in range(start, body):
            marked[index] = replace(marked[index], role="dropped", rule="forum-post-header")
    return [_Post(start, body, poster, start) for start, body, poster in found]


def _smf_posts(chunks: Chunks, marked: list[Chunk]) -> list[_Post]:
    """Rule ``forum-post-header`` (SMF): the poster's name, the poster box, the post's
    subject and its "« on: date »" line open each post (:func:`smf.post_headers`)."""
    posts: list[_Post] = []
    for start, body in post_headers(chunks):
        for position in range(start, body):
            marked[position] = replace(marked[position], role="dropped", rule="forum-post-header")
        # The header opens on the poster's name line.
        posts.append(_Post(start, body, chunks[start].text, start, smf=True))
    if posts:
        return posts
    for start, body, poster in nameless_headers(chunks):
        for position in range(start, body):
            marked[position] = replace(marked[position], role="dropped", rule="forum-post-header")
        posts.append(_Post(start, body, poster, start, smf=True))
    return posts


def _proboards_posts(chunks: Chunks, marked: list[Chunk]) -> list[_Post]:
    """Rule ``forum-post-header`` (ProBoards): the poster's mini-profile, its name, member
    title and counts over the post's zoned time (:func:`mini_profile`), set apart from the
    line above it."""
    posts: list[_Post] = []
    for index, chunk in enumerate(chunks):
        if chunk.role != "text" or (index and not chunk.gap) or ":" in chunk.text:
            continue
        if (found := mini_profile(chunks, index)) is None:
            continue
        for position in range(index, found[1]):
            marked[position] = replace(marked[position], role="dropped", rule="forum-post-header")
        posts.append(_Post(index, found[1], chunk.text, index))
    return posts


# Invision-style boards (ForumFree, ForumCommunity) open each post with "Posted on <date>",
# which a copy may prefix with the post icon's alt text "CAT_IMG".
_POSTED_ON = lazy(r"(?:cat_img\s+)?posted\s+on\s+(?=\S*\d)\S.{4,40}", re.IGNORECASE)


def _fedi_posts(chunks: Chunks, marked: list[Chunk]) -> list[_Post]:
    """Rules ``fedi-post-header`` and ``fedi-top-bar``: a microblog thread's posts
    (:mod:`fedi_thread`), each under its poster's name and handle."""
    found = fedi_posts(chunks)
    if found:
        mark_fedi_headers(marked, found)
    return [_Post(start, body, poster, start, fedi=True) for start, body, poster in found]


def _posted_field_posts(chunks: Chunks, marked: list[Chunk]) -> list[_Post]:
    """Rule ``posted-field-post-header``: the poster's name, "Posted: date" and the post's
    buttons, one a line, open each post (:func:`posted_field_headers`)."""
    posts: list[_Post] = []
    for start, body, poster in posted_field_headers(chunks):
        for position in range(start, body):
            marked[position] = replace(
                marked[position], role="dropped", rule="posted-field-post-header"
            )
        posts.append(_Post(start, body, poster, start))
    return posts


def _phpbb2_posts(chunks: Chunks, marked: list[Chunk]) -> list[_Post]:
    """Rule ``phpbb2-post-header``: phpBB 2's classic topic page, each post opened by the
    poster's name and box, "Post subject:" and "Posted:" (:func:`phpbb2_headers`). The
    board's lines above the first post go (``phpbb2-board-head``); so does the topic's
    title among them when the first post's own header gives a "Title:" field
    (``phpbb2-topic-title``), since the topic's subject carries the fandom and rating too."""
    found = phpbb2_headers(chunks)
    if not found:
        return []
    for start, body, _, _ in found:
        for index in range(start, body):
            marked[index] = replace(marked[index], role="dropped", rule="phpbb2-post-header")
    board, title = phpbb2_board_head(chunks, found[0][0])
    titled = _title_field(chunks, found[0][1])
    for index in board:
        subject = page_title_subject(chunks[index].text)
        if subject is not None and not titled and title is None:
            # Rule ``phpbb2-page-title``: with no "Title:" field in the first post and no
            # topic title line, the page title's subject names the story.
            marked[index] = replace(
                marked[index], role="title", rule="phpbb2-page-title", value=subject
            )
        else:
            marked[index] = replace(marked[index], role="dropped", rule="phpbb2-board-head")
    if title is not None and titled:
        marked[title] = replace(marked[title], role="dropped", rule="phpbb2-topic-title")
    named = titled or title is not None or any(marked[i].role == "title" for i in board)
    start, body = found[0][0], found[0][1]
    if not named and (at := post_subject(chunks, start, body)) is not None:
        # Rule ``phpbb2-subject-title``: with no "Title:" field, no topic title line and no
        # page title, the first post's subject names the story.
        value = subject_of(chunks[at].text)
        marked[at] = replace(marked[at], role="title", rule="phpbb2-subject-title", value=value)
    for index in range(found[0][1], len(chunks)):
        if marked[index].role == "text" and is_phpbb2_buttons(chunks[index].text):
            marked[index] = replace(marked[index], role="dropped", rule="phpbb2-post-buttons")
    return [_Post(start, body, poster, name) for start, body, poster, name in found]


def _title_field(chunks: Chunks, body: int) -> bool:
    """Whether a post's text opens with a labelled header that gives a "Title:" field."""
    for chunk in chunks[body : body + 8]:
        found = FIELD_RE.match(chunk.text) if ":" in chunk.text[:30] else None
        if found is None:
            return False
        if found.group("key").strip().lower() == "title":
            return True
    return False


def _qualifier_posts(chunks: Chunks, marked: list[Chunk]) -> list[_Post]:
    """Rule ``forum-post-header`` (qualifier timeline): "name says" over each response
    (:func:`qualifier_headers`); the site's bar above the first post and each post's time
    stamp and counts row go too (:func:`page_head`, :func:`post_framing`)."""
    found = qualifier_headers(chunks)
    if not found:
        return []
    for index, _ in found:
        marked[index] = replace(marked[index], role="dropped", rule="forum-post-header")
    for index in page_head(chunks, found[0][0]):
        marked[index] = replace(marked[index], role="dropped", rule="qualifier-page-head")
    ends = [index for index, _ in found[1:]] + [len(chunks)]
    for (start, _), end in zip(found, ends, strict=True):
        for index in range(start + 1, end):
            if marked[index].role == "text" and post_framing(marked[index].text):
                marked[index] = replace(marked[index], role="dropped", rule="qualifier-post-stamp")
    return [_Post(index, index + 1, poster, index) for index, poster in found]


def _subject_posts(chunks: Chunks, marked: list[Chunk]) -> list[_Post]:
    """Rule ``forum-post-header`` (subject line): "Subject by name(f): 8:14pm On Mar 03,
    2019" heads each post (:func:`subject_headers`). The board's lines above the first post
    go (``subject-board-head``), and the first header, which names the thread, is the
    story's title over its poster (``subject-title-line``)."""
    found = subject_headers(chunks)
    if not found:
        return []
    for index, _, _ in found:
        marked[index] = replace(marked[index], role="dropped", rule="forum-post-header")
    for index in board_head(chunks, found[0][0]):
        marked[index] = replace(marked[index], role="dropped", rule="subject-board-head")
    first, poster, subject = found[0]
    marked[first] = replace(
        marked[first], role="title", rule="subject-title-line", value=subject, label=poster
    )
    return [_Post(index, index + 1, name, index) for index, name, _ in found]


def _posted_on_posts(chunks: Chunks, marked: list[Chunk]) -> list[_Post]:
    """Rule ``forum-post-header`` (Invision): a "Posted on <date>" line over the poster's
    name and the poster box ("Group: Member", "Posts: 214"). Only when the board's shape
    is there twice or more: one "Posted on" line may be a story's own."""
    found: list[tuple[int, str]] = []
    for index, chunk in enumerate(chunks[:-2]):
        if chunk.role != "text" or "osted on" not in chunk.text[:20]:
            continue
        name, stat = chunks[index + 1], chunks[index + 2]
        if not _POSTED_ON.fullmatch(chunk.text) or name.gap or len(name.text) > 40:
            continue
        if stat.gap <= 1 and is_poster_stat(stat.text):
            found.append((index, name.text))
    if len(found) < 2:
        return []
    for index, _ in found:
        marked[index] = replace(marked[index], role="dropped", rule="forum-post-header")
    return [_Post(index, index + 1, poster, index + 1) for index, poster in found]


# The least text one post of a story's instalments holds: a paragraph or two.
_INSTALMENT = 300
_RELATIVE_DAY = lazy(r"\b(?:today|yesterday)\s+at\b", re.IGNORECASE)


def _chat_posts(chunks: Chunks, marked: list[Chunk]) -> list[_Post]:
    """Rule ``forum-post-header`` (chat): "moth_lantern — Today at 9:03 PM" opens a message."""
    posts: list[_Post] = []
    for index, chunk in enumerate(chunks):
        if chunk.role == "text" and (poster := chat_message_header(chunk.text)) is not None:
            posts.append(_Post(index, index + 1, poster, index, chat=True))
    # One such line may be a story's own timestamp, and a diary's entries may be headed
    # "Captain's log — 04/05/2023 09:00": a pasted channel has a line per message, and either
    # the chat's own "Today at"/"Yesterday at" or more than one sender.
    relative = any(_RELATIVE_DAY.search(chunks[post.start].text) for post in posts)
    senders = len({post.poster for post in posts})
    if len(posts) < 2 or not (relative or senders > 1 or _edited_message(chunks, posts)):
        return []
    # A story posted in a channel comes in instalments of paragraphs, and readers react to
    # it; a chatfic, a story told as a chat, is all one-line messages, every one the story's.
    ends = [post.start for post in posts[1:]] + [len(chunks)]
    if not any(_instalment(chunks[post.body : end]) for post, end in zip(posts, ends, strict=True)):
        return []
    for post in posts:
        marked[post.start] = replace(marked[post.start], role="dropped", rule="forum-post-header")
    return posts


# How far above the first message a byline naming the players may stand.
_COAUTHOR_REACH = 8
# The word that opens a byline's names: "by", "rp by", "written by".
_BY = lazy(r"\bby\s", re.IGNORECASE)


def _chat_coauthors(chunks: Chunks, posts: list[_Post]) -> set[str]:
    """Rule ``chat-coauthors``: a roleplay or a story written together in a chat channel
    is headed by a byline naming its writers ("a roleplay by quill & ember"); when two or
    more of the chat's senders are named after its "by", each one's messages are the
    story, not readers' replies. Returns those senders, or an empty set.

    Only a chat's posts (no forum's, where one poster threadmarks the story), only a line
    above the first message, and only names after "by" as whole words, so a "thanks to
    quill for the beta" line names no writer."""
    if not posts or not all(post.chat for post in posts):
        return set()
    senders = {post.poster for post in posts}
    if len(senders) < 2:
        return set()
    for chunk in chunks[max(0, posts[0].start - _COAUTHOR_REACH) : posts[0].start]:
        text = chunk.text
        if len(text) > 200 or (found := _BY.search(text)) is None:
            continue
        after = text[found.end() :].lower()
        named = {
            name for name in senders if re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", after)
        }
        if len(named) >= 2:
            return named
    return set()


def _edited_message(chunks: Chunks, posts: list[_Post]) -> bool:
    """Rule ``chat-edited-mark``: a channel of one sender's messages is still a chat when a
    message line under a header ends in the software's "(edited)": a diary's dated entries
    ("Captain's log — 04/05/2023 9:00 PM") never carry that mark."""
    return any(
        chunk.role == "text" and chunk.text.endswith(_EDITED) for chunk in chunks[posts[0].body :]
    )


def _instalment(body: Chunks) -> bool:
    """Whether a chat message reads as part of a story posted in a channel rather than as a
    line of a chat: paragraphs set apart by blank lines, a long text, or the chat's own marks
    (reactions, "(edited)") under it."""
    return (
        any(chunk.gap for chunk in body[1:])
        or sum(len(chunk.text) for chunk in body) >= _INSTALMENT
        or any(chunk.text.endswith(_EDITED) for chunk in body)
        or any(
            _emoji_only(chunk.text) and _COUNT_LINE.fullmatch(after.text)
            for chunk, after in pairwise(body)
        )
    )


# Chat software marks a message changed after sending with "(edited)" after its last word.
_EDITED = " (edited)"
# A reaction's count on a line of its own, under its emoji.
_COUNT_LINE = lazy(r"\d{1,5}")


def _message_marks(marked: list[Chunk], post: _Post, end: int) -> None:
    """Rules ``chat-reactions`` and ``edited-mark``: what chat software adds to a message.

    Discord shows the reactions under a message as emoji with a count ("👀" over "3");
    copied as text they are lines of their own. A message changed after sending ends in
    "(edited)", which is the software's word, not the writer's.

    Rule ``chat-ooc-line``: a roleplay's out-of-character aside, a message line wholly in
    double brackets ("((back in five))"), is the players talking, not the story; only in a
    thread's messages, and only a whole line, so a story's own "((" inside a sentence stays.
    """
    for index in range(post.body, end):
        chunk = marked[index]
        if chunk.role != "text":
            continue
        if chunk.text.startswith("((") and _OOC_LINE.fullmatch(chunk.text):
            marked[index] = replace(chunk, role="dropped", rule="chat-ooc-line")
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


# A roleplayer's out-of-character line: "((brb, dinner))", "(( ok that's it for tonight ))".
_OOC_LINE = lazy(r"\(\([^()\n]{1,300}\)\)")


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
    thank you") or answers one by name ("@reader ha, yes"); those messages come after
    another poster's, hold no more than a line and read as talk to readers. Only the run
    after the author's last long post counts, so a story continued after a reader's
    interruption keeps every instalment.
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
        if not said or not (is_note_like(said) or talks_to_readers(said) or _mentions(said)):
            continue
        for index in range(post.body, end):
            if marked[index].role == "text":
                marked[index] = replace(marked[index], role="dropped", rule="thread-chatter")


def _answer_before_more(
    marked: list[Chunk], posts: list[_Post], ends: list[int], author: str
) -> None:
    """Rule ``chat-answer-before-more``: in a chat, a reader's question breaks into the
    story, and the author answers in a message of one short line in the chat's lower case
    ("shh keep reading") before she posts the next stretch of story in her next message. The
    answer is her talk to the reader, not a line of the story. Only the first line of the
    author's turn right after another sender's, only one short line, and only with more of
    the story under it that is not in lower case (a break's glyphs, a capitalised
    paragraph), so a story typed all in lower case keeps its lines."""
    for number in range(1, len(posts)):
        post, end = posts[number], ends[number]
        if not post.chat or post.poster != author or posts[number - 1].poster == author:
            continue
        said = [i for i in range(post.body, end) if marked[i].role != "dropped"]
        if len(said) < 2 or marked[said[0]].role != "text" or marked[said[1]].text[:1].islower():
            continue
        answer = marked[said[0]]
        if len(answer.lines) == 1 and len(answer.text) <= _ANSWER and answer.text[:1].islower():
            marked[said[0]] = replace(answer, role="dropped", rule="chat-answer-before-more")
    _answer_between_postings(marked, posts, ends, author)


def _answer_between_postings(
    marked: list[Chunk], posts: list[_Post], ends: list[int], author: str
) -> None:
    """Rule ``chat-answer-between-postings``: between two instalments in a chat, readers
    react and the author answers them in a message of its own, one short line in the chat's
    lower case ("ha, he never learns"), before her next message opens the next instalment
    with its heading. The answer is her talk to readers, not the last line of the
    instalment above. Only a whole message of one line right after another sender's, with
    the author's next message opening on a heading, and no note's words (a promise of the
    next part, a plea, thanks)."""
    for number in range(1, len(posts) - 1):
        post, end = posts[number], ends[number]
        after, after_end = posts[number + 1], ends[number + 1]
        if not post.chat or post.poster != author or posts[number - 1].poster == author:
            continue
        if after.poster != author:
            continue
        said = [i for i in range(post.body, end) if marked[i].role != "dropped"]
        opening = next(
            (i for i in range(after.body, after_end) if marked[i].role != "dropped"), None
        )
        if len(said) != 1 or opening is None or marked[opening].role not in ("heading", "part"):
            continue
        answer = marked[said[0]]
        if (
            answer.role == "text"
            and len(answer.lines) == 1
            and len(answer.text) <= _CHATTER
            and answer.text[:1].islower()
            # A word about the story's posting ("ok bed. part 2 tmrw") is the writer's note
            # closing the instalment above (more-to-come), not an answer.
            and not (more_to_come(answer.text) or closing_plea(answer.text))
            and not (is_note_like(answer.text) or closing_thanks(answer.text))
        ):
            marked[said[0]] = replace(answer, role="dropped", rule="chat-answer-between-postings")


# The longest one-line answer to a reader in a chat.
_ANSWER = 60


def _mentions(said: str) -> bool:
    """A message that opens by naming whom it answers ("@moth_lantern ha, yes"): a reply
    in the chat, not a line of the story."""
    return said.startswith("@") and (said[1:2].isalnum() or said[1:2] == "_")


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


# The rule a board sets between a post and its writer's signature: phpBB's and vBulletin's
# run of underscores.
_SIGNATURE_RULE = lazy(r"_{8,}")
# The most lines, and the longest line, a signature under it holds.
_SIGNATURE_LINES = 3
_SIGNATURE_LINE = 200
# vBulletin's button under every post, the signature over it.
_QUOTE_BUTTON = lazy(r"reply\s+with\s+quote|quote\s*&\s*reply", re.IGNORECASE)


def _signature(marked: list[Chunk], post: _Post, end: int) -> None:
    """Rule ``forum-signature``: under a post's text, the board's underscore rule and the
    writer's signature under it ("Fic index: …", a quotation), down to the "Top" link (or,
    under the last post, the board's footer).

    Only at the post's foot: a few short lines right under the rule (no blank line
    between, as the board prints them), then the "Top" link, the poster box or the board's
    footer, so a scene break drawn with underscores, the story going on under it, stays."""
    for index in range(post.body, end):
        chunk = marked[index]
        if (
            chunk.role == "dropped"
            or chunk.text[:1] != "_"
            or not _SIGNATURE_RULE.fullmatch(chunk.text)
        ):
            continue
        stop = index + 1
        # One line past the most a signature holds is enough to rule it out.
        limit = min(end, index + 2 + _SIGNATURE_LINES)
        while (
            stop < limit
            and marked[stop].role != "dropped"
            and not _TOP_LINK.fullmatch(marked[stop].text)
            and not starts_board_footer(marked[stop].text)
            and not is_button(marked[stop].text)
        ):
            stop += 1
        lines = marked[index + 1 : stop]
        if not lines or len(lines) > _SIGNATURE_LINES or lines[0].gap:
            continue
        if any(len(line.text) > _SIGNATURE_LINE for line in lines):
            continue
        if stop < end and _TOP_LINK.fullmatch(marked[stop].text):
            stop += 1
        elif stop < end and starts_board_footer(marked[stop].text):
            pass  # the board's footer ("Who is online") closes the last post
        elif stop < end and marked[stop].rule == "phpbb2-post-buttons":
            pass  # phpBB 2's buttons under the post ("Back to top  Profile  PM")
        elif stop == end and end < len(marked) and lines[-1].gap == 0:
            # Rule ``signature-over-next-post``: boards with no "Top" link (Invision) close
            # the post with the next post's header, which the header rule dropped.
            pass
        elif stop < end and _QUOTE_BUTTON.fullmatch(marked[stop].text) is not None:
            # Rule ``signature-over-quote-button``: vBulletin 4 closes a post with its
            # "Reply With Quote" button under the signature.
            pass
        elif stop == end or marked[stop].rule != "forum-poster-box":
            continue  # neither the "Top" link nor the poster box closes the post
        for position in range(index, stop):
            marked[position] = replace(marked[position], role="dropped", rule="forum-signature")
        return


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
        text = marked[index].text
        if marked[index].role == "text" and (starts_board_footer(text) or board_footer_line(text)):
            for position in range(index, len(marked)):
                marked[position] = replace(marked[position], role="dropped", rule="board-footer")
            return


def _first_mail_date(marked: list[Chunk], chunks: Chunks, posts: list[_Post], author: str) -> None:
    """The Date line of the writer's first mail stays, for the header to read as the day the
    story was published; the other header lines are the mail program's."""
    first = next((post for post in posts if post.poster == author), None)
    if first is not None and first.mail and first.dated is not None:
        marked[first.dated] = date_only(chunks[first.dated])


def _first_poster(marked: list[Chunk], first: _Post, author: str) -> bool:
    """Rule ``forum-poster``: the first post's author, when that post opens with the story's
    header, is the story's author: its post header line stands as the byline. Returns
    whether the post pastes another author's story instead (:func:`_pasted_by_reader`)."""
    if first.poster != author or any(c.role == "heading" for c in marked[: first.body]):
        return False
    if _author_field(marked, first.body):
        # Rule ``poster-beside-author-field``: the post's own header names its author
        # ("Author: Jane Smith"); the mail's sender ("Jane S.") is the same person
        # as the list shows her, not a second author.
        return False
    if _pasted_by_reader(marked, first):
        return True
    line = first.name_line
    if marked[line].role == "title" and marked[line].label == author:
        return False  # the header line is the title and names its poster (subject-title-line)
    marked[line] = replace(marked[line], role="byline", rule="forum-poster", value=author)
    return False


def _pasted_by_reader(marked: list[Chunk], post: _Post) -> bool:
    """Rule ``reader-paste-chatter``: a chat message that pastes someone else's story.

    A reader keeping a story in a channel of her own pastes it whole, header and all: its
    "by Name" line names an author who is not the message's sender. Then the sender is no
    author, and what she says at the top of the message before the story's title (lines in
    the chat's lower case: "saving this here bc the blog…") is her chat, not the story's
    nor a note of its author's: those lines are dropped. Returns whether the message names
    another author. Guards: a chat message (not a forum post or a mail), the byline among
    its first lines above any heading.
    """
    if post.mail or post.xenforo or post.fedi:
        return False
    named: tuple[str, ...] = ()
    for chunk in marked[post.body : post.body + _BYLINE_WITHIN]:
        if chunk.role in _HEADINGS:
            break
        if chunk.role == "text" and chunk.text[:3].lower() == "by ":
            named = byline_names(chunk.text) or ()
            break
    if not named or any(same_user_name(name, post.poster) for name in named):
        return False
    for index in range(post.body, min(len(marked), post.body + _BYLINE_WITHIN)):
        chunk = marked[index]
        if chunk.role == "dropped":
            continue
        if chunk.role != "text" or not chunk.text[:1].islower():
            break
        marked[index] = replace(chunk, role="dropped", rule="reader-paste-chatter")
    return True


def _reader_chat_after(marked: list[Chunk], later: list[tuple[_Post, int]]) -> None:
    """Rule ``reader-paste-chatter``, later messages: once a reader has pasted someone
    else's story, her own short messages after it ("ok bed") are her chat too. A message
    goes when it holds a line or two in the chat's lower case and no more than a reply's
    length, so a later instalment of the pasted story stays."""
    for post, end in later:
        said = [i for i in range(post.body, end) if marked[i].role != "dropped"]
        if not said or len(said) > 2 or any(marked[i].role != "text" for i in said):
            continue
        texts = [marked[i].text for i in said]
        if sum(map(len, texts)) > _CHATTER or not all(t[:1].islower() for t in texts):
            continue
        for index in said:
            marked[index] = replace(marked[index], role="dropped", rule="reader-paste-chatter")


# How far down a pasted story's byline may stand in its message.
_BYLINE_WITHIN = 8


def _author_field(marked: list[Chunk], body: int) -> bool:
    """Whether an "Author:" field stands among the first lines of a post's text."""
    for chunk in marked[body : body + 12]:
        if chunk.role in _HEADINGS:
            return False
        if is_author_field(chunk.text):
            return True
    return False


# A post's chapter or part heading ("Part Two" is a part until no chapters turn up under it).
_HEADINGS = ("heading", "part")


def _notes_open_posts(
    marked: list[Chunk],
    posts: list[_Post],
    ends: list[int],
    author: str,
    moves: dict[int, int],
) -> Chunks:
    """Rule ``post-opens-chapter``: a note at the top of a post, above the chapter heading the
    post brings, belongs to that chapter; the heading moves up to the post's start.

    An author who posts a story chapter by chapter opens each post with a word to the
    readers ("A/N: Thanks for the replies!") and then the chapter. Without a post boundary
    there, a note above a heading would close the chapter before it.
    """
    later = False  # past the writer's first post: a chat there is the story's front note
    for post, end in zip(posts, ends, strict=True):
        if post.poster != author:
            continue
        first_post, later = not later, True
        between = [i for i in range(post.body, end) if marked[i].role != "dropped"]
        heading = next((n for n, i in enumerate(between) if marked[i].role in _HEADINGS), None)
        if not heading or heading > 6:
            continue
        if first_post:
            # Rule ``first-post-front-note``: a note or chat that opens the writer's first
            # post, above the story's first heading, is the story's, as at a file's top.
            continue
        if match_note(marked[between[0]].text) is None:
            if not _chat_over_heading(marked, between[:heading]):
                continue
            for index in between[:heading]:
                chunk = marked[index]
                marked[index] = replace(
                    chunk, role="note", rule="post-opens-with-chat", label="", value=chunk.text
                )
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


def _chat_over_heading(marked: list[Chunk], opening: list[int]) -> bool:
    """Rule ``post-opens-with-chat``: a later post of the writer's that opens with an
    unlabelled word to readers ("Here is the end, as I promised. Thank you all!") over the
    chapter heading it brings. Only one or two short paragraphs, each talking to readers
    (:func:`is_note_like`), so a post that opens on story prose keeps it."""
    return 0 < len(opening) <= 2 and all(
        marked[i].role == "text"
        and len(marked[i].text) <= _LONGEST_CHAT
        and is_note_like(marked[i].text)
        for i in opening
    )


# The longest paragraph read as a post's opening word to readers.
_LONGEST_CHAT = 400


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
        chunk.role in ("text", "heading")
        and len(chunk.lines) == 1
        and not chunk.continues
        and len(text) <= 100
        and not text.endswith((".", ",", ";", '"', "”"))
    )
