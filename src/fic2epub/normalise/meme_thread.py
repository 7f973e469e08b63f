"""A journal prompt meme's comment thread: the fill is the story, the rest is the thread's.

On a LiveJournal or Dreamwidth prompt meme (kink memes, anon memes) readers leave prompts
as comments and writers answer them as replies, often anonymously. Copied from the browser,
each comment is its subject line, a header line "(Anonymous) 2011-03-02 09:41 pm
(UTC)(link)" (or "username 2011-… (UTC)(link)"), its text and the links under it, "(Reply)
(Parent) (Thread)". A fill names itself in its subject ("FILL: Title (1/2)"); a fill too long
for one comment goes on in the next, "(cont. in next comment)".
LiveJournal's newer comment pages set the commenter's name and the time on lines of their
own, with the subject under them.

The fill's comments hold the story, their first subject its title. The prompt post above
them, the prompt, the readers' replies ("Re: FILL: …"), each comment's header and links and
the continuation notes are the thread's, not the story's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, Chunks, drop_all
from fic2epub.normalise.patterns import word_key

# A comment's time in UTC, with the comment's permalink: "2009-03-15 02:40 pm (UTC) (Link)".
_UTC_TIME = (
    r"\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*\(?\s*utc\s*\)?"
    r"\s*(?:\(\s*link\s*\))?"
)
# A comment's header line: the commenter (anonymous, a user name, or a profile link) and the
# time.
_HEADER = lazy(
    r"(?:\(\s*anonymous\s*\)|anonymous|(?:\[\s*(?:personal|community)\s+profile\s*\]\s*)?"
    r"(?P<name>[\w.-]{2,40}))\s+" + _UTC_TIME,
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


# LiveJournal's newer comment pages split the header over two lines: the commenter's name
# alone, then the time alone, "2009-03-15 02:40 pm (UTC)", with the subject under it.
_TIME_ONLY = lazy(_UTC_TIME, re.IGNORECASE)
# The commenter's name alone on the line above such a time.
_COMMENTER = lazy(r"\(?\s*anonymous\s*\)?|[\w.-]{2,40}", re.IGNORECASE)


class _Comment(NamedTuple):
    start: int  # the subject line, or the header line when it has no subject
    header: int
    end: int  # after the links line, or the next comment's start
    subject: str
    subject_at: int  # the subject's line, or -1
    commenter: str  # the commenter's user name; "" when anonymous
    poster_at: int  # the line that names the commenter


def meme_thread(chunks: Chunks) -> Chunks:
    """Rules ``meme-fill-title``, ``meme-thread``, ``comment-header``, ``comment-links``
    and ``continued-in-next-comment``: a prompt meme thread read as its fill.

    Only a thread of two or more comments with a fill among them (a subject "FILL: …"), so
    a story that quotes one timestamp is left alone.
    """
    # "U" before "UTC": one character is found at memory speed, and few paragraphs hold a
    # capital U, while a search for three characters reads every one (see line_search).
    if not any(
        ("U" in chunk.text and "UTC" in chunk.text) or "utc" in chunk.text for chunk in chunks
    ):
        return chunks
    comments = _comments(chunks)
    fills = [c for c in comments if c.subject and _fill_subject(c.subject)]
    if len(comments) < 2 or not fills:
        return chunks
    marked = list(chunks)
    drop_all(marked, range(0, fills[0].start), "meme-thread")
    for comment in comments:
        if comment not in fills:
            drop_all(marked, range(comment.start, comment.end), "meme-thread")
            continue
        # The comment's subject and header lines (the subject above or under the header).
        framing = sorted({*range(comment.start, comment.header + 1), comment.subject_at} - {-1})
        if comment is fills[0]:
            title = _title(comment.subject)
            marked[comment.subject_at] = replace(
                marked[comment.subject_at], role="title", rule="meme-fill-title", value=title
            )
            framing.remove(comment.subject_at)
            if comment.commenter:
                # Rule ``meme-fill-poster``: a fill posted under a user name (not
                # anonymously) is that user's: the commenter is the author.
                marked[comment.poster_at] = replace(
                    marked[comment.poster_at],
                    role="byline",
                    rule="meme-fill-poster",
                    value=comment.commenter,
                )
                framing.remove(comment.poster_at)
            _fill_intro(marked, comment, title)
        drop_all(marked, framing, "comment-header")
        _fill_tail(marked, comment)
    if not any(fill.commenter for fill in fills):
        _de_anon(marked, comments, fills[0])
    return tuple(marked)


# An instalment marker with no brackets after a fill's title: "Title 1/3".
_BARE_INSTALMENT = lazy(r"\s+\d{1,2}\s*(?:/|of)\s*\d{1,2}\s*$", re.IGNORECASE)
# A writer's reply that owns an anonymous fill: "(de-anon)", "de-anoning", "deanon".
_DE_ANON = lazy(r"\bde-?anon", re.IGNORECASE)


def _de_anon(marked: list[Chunk], comments: list[_Comment], first: _Comment) -> None:
    """Rule ``meme-de-anon``: a fill posted anonymously is owned later by its writer, who
    replies to it logged in and says so in the reply's subject ("Re: FILL: Title (de-anon)")
    or its first words ("De-anoning now that the round is closed"). That commenter is the
    author; the fill's anonymous header line carries the name, as a named fill's does
    (``meme-fill-poster``), so the byline stands above the story.

    Guards: only a reply to the fill (its subject "Re:" and the fill's title), only a
    named commenter, and only the first such reply."""
    key = word_key(_BARE_INSTALMENT.sub("", _title(first.subject)))
    for comment in comments:
        if comment.start <= first.start or not comment.commenter or not key:
            continue
        subject = comment.subject
        if subject[:3].lower() != "re:" or key not in word_key(subject):
            continue
        opening = marked[comment.header + 1].text if comment.header + 1 < comment.end else ""
        if not (_DE_ANON.search(subject) or _DE_ANON.match(opening)):
            continue
        marked[first.header] = replace(
            marked[first.header], role="byline", rule="meme-de-anon", value=comment.commenter
        )
        return


def _comments(chunks: Chunks) -> list[_Comment]:
    """The thread's comments, in order, each from its subject (or its commenter's line) to
    its links line."""
    # Each header's index, its comment's first line and the commenter.
    headers: list[tuple[int, int, str]] = []
    for index, chunk in enumerate(chunks):
        text = chunk.text
        if chunk.role != "text" or len(text) > 120 or ("UTC" not in text and "utc" not in text):
            continue
        if found := _HEADER.fullmatch(text):
            headers.append((index, index, found.group("name") or ""))
        elif index and chunk.gap == 0 and _TIME_ONLY.fullmatch(text):
            # Rule ``comment-header`` (two lines): the commenter's name alone above the time.
            named = chunks[index - 1].text.strip()
            if chunks[index - 1].role == "text" and _COMMENTER.fullmatch(named):
                name = "" if "anonymous" in named.lower() else named
                headers.append((index, index - 1, name))
    # The subject above a one-line header; under a two-line one.
    starts: list[tuple[int, int, str]] = []
    for header, first, _ in headers:
        above = chunks[first - 1] if first == header and header else None
        below = chunks[header + 1] if first < header and header + 1 < len(chunks) else None
        if (
            above is not None
            and chunks[header].gap == 0
            and len(above.text) <= 150
            and not _LINKS.fullmatch(above.text)
            and not _HEADER.fullmatch(above.text)
        ):
            starts.append((header - 1, header - 1, above.text))
        elif below is not None and below.gap == 0 and _subject_below(below.text):
            starts.append((first, header + 1, below.text))
        else:
            starts.append((first, -1, ""))
    comments: list[_Comment] = []
    for number, ((header, first, commenter), (start, subject_at, subject)) in enumerate(
        zip(headers, starts, strict=True)
    ):
        limit = starts[number + 1][0] if number + 1 < len(starts) else len(chunks)
        links = [i for i in range(header + 1, limit) if _LINKS.fullmatch(chunks[i].text)]
        end = links[-1] + 1 if links else limit
        if number + 1 < len(headers):
            end = limit  # what lies between two comments is the thread's
        comments.append(_Comment(start, header, end, subject, subject_at, commenter, first))
    return comments


# How far into a fill's first comment its title line may sit, under the writer's words.
_INTRO_REACH = 4


def _fill_intro(marked: list[Chunk], comment: _Comment, title: str) -> None:
    """Rule ``meme-fill-intro``: a writer who fills a prompt often talks first ("Ohh, yes.
    It ran long, so it's in two comments.") and then sets the fill's title on its own line,
    as at the top of any post. The title line repeats the subject's title: it is dropped,
    and the lines above it are the writer's unlabelled note. Without such a line within
    the comment's first few lines, its first line is the story's; a title line right under
    the subject is dropped with no note."""
    body = max(comment.header, comment.subject_at) + 1
    key = word_key(title)
    if not key:
        return
    for at in range(body, min(body + 1 + _INTRO_REACH, comment.end)):
        if (
            marked[at].role == "text"
            and len(marked[at].text) <= 150
            and (word_key(marked[at].text) == key)
        ):
            break
    else:
        return
    if any(marked[i].role != "text" for i in range(body, at)):
        return
    marked[at] = replace(marked[at], role="dropped", rule="meme-fill-title")
    # The writer's words above it, one note however many paragraphs.
    for index in range(body, at):
        chunk = marked[index]
        if index == body:
            marked[index] = replace(
                chunk, role="note", rule="meme-fill-intro", label="", value=chunk.text
            )
        else:
            marked[index] = replace(chunk, role="note-body", rule="meme-fill-intro")


def _subject_below(text: str) -> bool:
    """Whether the line under a two-line comment header is the comment's subject: a fill's
    ("Fill: Title (1/2)") or a reply's ("Re: Fill: …"). Any other line there is its text."""
    return len(text) <= 150 and (_fill_subject(text) or text[:3].lower() == "re:")


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
    drop_all(marked, range(links, comment.end), "comment-links")
    above = links - 1
    text = marked[above].text
    if above > comment.header and len(text) <= 60 and _CONTINUED.fullmatch(text):
        drop_all(marked, [above], "continued-in-next-comment")
