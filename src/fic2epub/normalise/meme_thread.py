"""A journal prompt meme's comment thread: the fill is the story, the rest is the thread's.

On a LiveJournal or Dreamwidth prompt meme (kink memes, anon memes) readers leave prompts
as comments and writers answer them as replies, often anonymously. Copied from the browser,
each comment is its subject line, a header line "(Anonymous) 2011-03-02 09:41 pm
(UTC)(link)" (or "username 2011-… (UTC)(link)"), its text and the links under it, "(Reply)
(Parent) (Thread)". A fill names itself in its subject ("FILL: Title (1/2)"); a fill too long
for one comment goes on in the next, "(cont. in next comment)".

The fill's comments hold the story, their first subject its title. The prompt post above
them, the prompt, the readers' replies ("Re: FILL: …"), each comment's header and links and
the continuation notes are the thread's, not the story's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, Chunks

# A comment's header line: the commenter (anonymous, a user name, or a profile link) and the
# time in UTC, with the comment's permalink.
_HEADER = lazy(
    r"(?:\(\s*anonymous\s*\)|anonymous|(?:\[\s*(?:personal|community)\s+profile\s*\]\s*)?"
    r"[\w.-]{2,40})\s+\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*"
    r"\(?\s*utc\s*\)?\s*(?:\(\s*link\s*\))?",
    re.IGNORECASE,
)
# The links under a comment: "(Reply) (Parent) (Thread)", "(Reply) (Thread) (Expand)".
_LINKS = lazy(
    r"(?:\(\s*(?:reply|parent|thread|expand|collapse|link|frozen|screened|unscreen|delete"
    r"|edit|track|untrack)\s*\)\s*){1,8}",
    re.IGNORECASE,
)
# A fill's subject: "FILL: Title (1/2)", "Fill - Title", "[FILL] Title", "fill 2/2".
_FILL = lazy(r"[\[(]?\s*fill(?:ed)?\s*(?:[\])]\s*)?(?:[:\-–—]\s*)?(?P<title>.*)", re.I)
# The writer's note that the text goes on in the next comment.
_ONWARD = (
    r"(?:(?:in|into|on)\s+(?:the\s+)?(?:next|following)\s+(?:comment|reply|part)"
    r"|below|in\s+(?:the\s+)?(?:reply|replies|thread))"
)
_CONTINUED = lazy(
    rf"[\[(]?\s*(?:cont(?:inued|'d|’d|\.)?\s*(?:{_ONWARD})?|more\s+{_ONWARD})\s*[.…]*\s*[\])]?",
    re.IGNORECASE,
)
# An instalment marker after a title: "(1/2)", "[2/3]", "part 2".
_INSTALMENT = lazy(r"\s*[\[(]\s*(?:part\s*)?\d+\s*(?:/|of)\s*\d+\s*[\])]\s*$", re.I)


@dataclass(frozen=True, slots=True)
class _Comment:
    start: int  # the subject line, or the header line when it has no subject
    header: int
    end: int  # after the links line, or the next comment's start
    subject: str


def meme_thread(chunks: Chunks) -> Chunks:
    """Rules ``meme-fill-title``, ``meme-thread``, ``comment-header``, ``comment-links``
    and ``continued-in-next-comment``: a prompt meme thread read as its fill.

    Only a thread of two or more comments with a fill among them (a subject "FILL: …"), so
    a story that quotes one timestamp is left alone.
    """
    if not any("UTC" in chunk.text or "utc" in chunk.text for chunk in chunks):
        return chunks
    comments = _comments(chunks)
    fills = [c for c in comments if c.subject and _fill_subject(c.subject)]
    if len(comments) < 2 or not fills:
        return chunks
    marked = list(chunks)
    _drop(marked, range(0, fills[0].start), "meme-thread")
    for comment in comments:
        if comment not in fills:
            _drop(marked, range(comment.start, comment.end), "meme-thread")
            continue
        if comment is fills[0]:
            title = _title(comment.subject)
            marked[comment.start] = replace(
                marked[comment.start], role="title", rule="meme-fill-title", value=title
            )
        elif comment.start != comment.header:
            _drop(marked, [comment.start], "comment-header")
        _drop(marked, [comment.header], "comment-header")
        _fill_tail(marked, comment)
    return tuple(marked)


def _comments(chunks: Chunks) -> list[_Comment]:
    """The thread's comments, in order, each from its subject to its links line."""
    headers = [
        i
        for i, c in enumerate(chunks)
        if ("UTC" in c.text or "utc" in c.text)
        and c.role == "text"
        and len(c.text) <= 120
        and _HEADER.fullmatch(c.text)
    ]
    comments: list[_Comment] = []
    for number, header in enumerate(headers):
        subject = ""
        start = header
        above = chunks[header - 1] if header else None
        if (
            above is not None
            and chunks[header].gap == 0
            and len(above.text) <= 150
            and not _LINKS.fullmatch(above.text)
            and not _HEADER.fullmatch(above.text)
        ):
            start, subject = header - 1, above.text
        limit = len(chunks)
        if number + 1 < len(headers):
            following = headers[number + 1]
            limit = following - 1 if chunks[following].gap == 0 else following
        links = [i for i in range(header + 1, limit) if _LINKS.fullmatch(chunks[i].text)]
        end = links[-1] + 1 if links else limit
        if number + 1 < len(headers):
            end = limit  # what lies between two comments is the thread's
        comments.append(_Comment(start, header, end, subject))
    return comments


def _fill_subject(subject: str) -> bool:
    """A fill's subject, not a reply to one ("Re: FILL: …")."""
    return subject[:1] in "[(Ff" and _FILL.fullmatch(subject) is not None


def _title(subject: str) -> str:
    found = _FILL.fullmatch(subject)
    title = found.group("title") if found else subject
    return _INSTALMENT.sub("", title).strip() or subject


def _fill_tail(marked: list[Chunk], comment: _Comment) -> None:
    """The links under a fill's comment, the thread's lines after them, and the writer's
    "(cont. in next comment)" right above them."""
    links = next(
        (i for i in range(comment.header + 1, comment.end) if _LINKS.fullmatch(marked[i].text)),
        None,
    )
    if links is None:
        return
    _drop(marked, range(links, comment.end), "comment-links")
    above = links - 1
    text = marked[above].text
    if above > comment.header and len(text) <= 60 and _CONTINUED.fullmatch(text):
        _drop(marked, [above], "continued-in-next-comment")


def _drop(marked: list[Chunk], indexes: range | list[int], rule: str) -> None:
    for index in indexes:
        if marked[index].role != "dropped":
            marked[index] = replace(marked[index], role="dropped", rule=rule)
