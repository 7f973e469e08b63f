"""A Dreamwidth comment thread copied with its fill: the fill is the story, the rest the
thread's.

On a comment-fic community (Dreamwidth's comment_fic, a prompt post's "leave prompts as
comments") readers leave prompts as comments and writers fill them in replies. The thread
view prints each comment as its subject line ("Fandom, Character, "prompt"", "Re: …"), a
"Date: 2013-06-14 02:12 pm (UTC)" line, a "From: [personal profile] name" (or "From:
(Anonymous)") line, its text, and the links under it, "Link  Reply  Thread  Parent
Expand". Copied whole, the page brings the post's head and rules above the thread, the
prompt, the fill, the prompter's thanks and the writer's answer.

The fill is the reply that runs to a story's length, many times longer than any other
comment; its "From:" line names the writer. The post above the thread, every other comment,
each comment's subject, date and links are the thread's: neither story nor notes, even the
writer's own answers to readers. The fill's first paragraph, when it is one short line of
the writer talking ("Ahh, this prompt! I couldn't resist."), is the writer's unlabelled
note before the story.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, Chunks, drop_all
from fic2epub.normalise.notes import is_note_like

# A comment's date line: "Date: 2013-06-14 02:12 pm (UTC)".
_DATE = lazy(
    r"date\s*:\s*\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"\s*(?:\(\s*utc\s*\)|utc)?",
    re.IGNORECASE,
)
# The commenter's line under it: anonymous, a profile link and a user name, or a name.
_FROM = lazy(
    r"from\s*:\s*(?:\(\s*anonymous\s*\)|anonymous"
    r"|(?:\[\s*(?:personal|community|syndicated)\s+profile\s*\]\s*)?(?P<name>[\w.-]{2,40}))"
    r"(?:\s*\(\s*(?:screened|frozen)\s*\))?",
    re.IGNORECASE,
)
# The links under a comment: "Link  Reply  Thread  Parent  Expand", "(Reply) (Thread)". Each
# link is one word, the links set apart by spaces or bars.
_LINK = (
    r"[(\[]?(?:link|reply|thread|parent|expand|collapse|flag|edit|delete|freeze|unfreeze"
    r"|screen|unscreen|track|untrack)[)\]]?"
)
_LINKS = lazy(rf"{_LINK}(?:[\s|·•]+{_LINK}){{0,9}}", re.IGNORECASE)
# The longest line read as a comment's links.
_LINKS_LENGTH = 80
# The fewest words a fill holds, and how many times the longest other comment it outruns.
_STORY_WORDS = 150
_OUTRUNS = 3
# The longest line read as the writer's lead-in, and the fewest paragraphs of story under it.
_LEAD_IN_LENGTH = 200
_STORY_PARAGRAPHS = 3


class _Comment(NamedTuple):
    start: int  # the subject line, or the date line when the comment has no subject
    date: int
    body: int  # the first line of the comment's text
    end: int  # the links line, or the next comment's start
    commenter: str  # the user name on the "From:" line; "" when anonymous


def comment_fill(chunks: Chunks) -> Chunks:
    """Rules ``comment-fill-thread``, ``comment-fill-header``, ``comment-fill-poster`` and
    ``comment-fill-intro``: a comment thread with "Date:"/"From:" headers read as its fill.

    Only a thread of two or more such comments in which one, the fill, runs to a story's
    length and outruns every other comment several times over: a story that quotes a "From:"
    line, or a thread of talk, is left alone. Rule ``comment-fill-continued``: a fill too
    long for one comment goes on in the writer's next replies, each of a story's length
    too; their text is the fill's, their headers and links the thread's."""
    if not any(chunk.text[:5] in ("Date:", "DATE:", "date:") for chunk in chunks):
        return chunks  # the cheap test first: no line opens a comment's header
    comments = _comments(chunks)
    if len(comments) < 2:
        return chunks
    words = [_words(chunks, comment) for comment in comments]
    longest = words.index(max(words))
    parts = _fill_parts(comments, words, longest)
    others = [count for at, count in enumerate(words) if at not in parts] or [0]
    if words[longest] < _STORY_WORDS or words[longest] < _OUTRUNS * max(others):
        return chunks
    marked = list(chunks)
    drop_all(marked, range(comments[0].start), "comment-fill-thread")
    for at, comment in enumerate(comments):
        after = comments[at + 1].start if at + 1 < len(comments) else len(marked)
        if at not in parts:
            drop_all(marked, range(comment.start, after), "comment-fill-thread")
            continue
        drop_all(marked, range(comment.start, comment.body), "comment-fill-header")
        drop_all(marked, range(comment.end, after), "comment-fill-thread")
    fill = comments[parts[0]]
    if fill.commenter:
        poster = fill.body - 1
        marked[poster] = replace(
            marked[poster], role="byline", rule="comment-fill-poster", value=fill.commenter
        )
    _lead_in(marked, fill)
    return tuple(marked)


def _fill_parts(comments: list[_Comment], words: list[int], longest: int) -> list[int]:
    """The fill's comments: the longest, and the same writer's replies right before and
    after it that run to a story's length too (rule ``comment-fill-continued``)."""
    writer = comments[longest].commenter

    def part(at: int) -> bool:
        return comments[at].commenter == writer and words[at] >= _STORY_WORDS

    first = longest
    while first > 0 and part(first - 1):
        first -= 1
    last = longest
    while last + 1 < len(comments) and part(last + 1):
        last += 1
    return list(range(first, last + 1))


def _comments(chunks: Chunks) -> list[_Comment]:
    """The thread's comments, in order: each a date line with a "From:" line right under it,
    the subject right above it, and its text down to the links line under it."""
    heads: list[tuple[int, int, str]] = []  # the start, the date line, the commenter
    for index, chunk in enumerate(chunks[:-1]):
        if chunk.role != "text" or chunk.text[:1] not in "Dd" or len(chunk.text) > 60:
            continue
        below = chunks[index + 1]
        if below.gap or not _DATE.fullmatch(chunk.text.strip()):
            continue
        found = _FROM.fullmatch(below.text.strip())
        if found is None:
            continue
        start = index
        if index and chunk.gap == 0 and _subject(chunks[index - 1]):
            start = index - 1
        heads.append((start, index, found.group("name") or ""))
    comments = []
    for number, (start, date, commenter) in enumerate(heads):
        limit = heads[number + 1][0] if number + 1 < len(heads) else len(chunks)
        links = next(
            (i for i in range(date + 2, limit) if _links_line(chunks[i].text)),
            limit,
        )
        comments.append(_Comment(start, date, date + 2, links, commenter))
    return comments


def _subject(chunk: Chunk) -> bool:
    """Whether the line above a date line is the comment's subject: short, one line, and
    not the links of the comment above."""
    text = chunk.text.strip()
    return (
        chunk.role == "text"
        and len(chunk.lines) == 1
        and 0 < len(text) <= 200
        and not _links_line(text)
    )


def _links_line(text: str) -> bool:
    """Whether a line is a comment's links and nothing else."""
    line = text.strip()
    return len(line) <= _LINKS_LENGTH and _LINKS.fullmatch(line) is not None


def _words(chunks: Chunks, comment: _Comment) -> int:
    return sum(len(chunks[i].text.split()) for i in range(comment.body, comment.end))


def _lead_in(marked: list[Chunk], fill: _Comment) -> None:
    """Rule ``comment-fill-intro``: the writer opens the fill with a word to the prompter
    ("Ahh, this prompt! I couldn't resist. It ran long, sorry."), then the story. The first
    paragraph is that word, an unlabelled note, when it is one short line that talks as
    an author does, with the story's paragraphs under it."""
    body = [i for i in range(fill.body, fill.end) if marked[i].role == "text"]
    if len(body) <= _STORY_PARAGRAPHS:
        return
    first = marked[body[0]]
    text = first.text.strip()
    if len(first.lines) != 1 or len(text) > _LEAD_IN_LENGTH or not is_note_like(text):
        return
    marked[body[0]] = replace(first, role="note", rule="comment-fill-intro", label="", value=text)
