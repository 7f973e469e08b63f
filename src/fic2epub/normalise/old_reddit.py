"""Rule ``old-reddit-page``: a post on old.reddit.com copied with its comments.

The old design frames a post with the site's bars ("jump to content", "my subreddits", the
subreddit's name), the post's title and flair, and "submitted 2 years ago by name"; under the
post come its buttons ("42 comments", "share", "save", "hide", "report") and the comment
thread, each comment opened by "[-]name 31 points 2 years ago" ("[S]" after the name marks
the post's submitter) and closed by its links ("permalink", "embed", "save", "parent",
"report", "reply"). Reddit Enhancement Suite adds a "source" button under each, and a copy
of the source view keeps Reddit's Markdown as typed, with its superscript ``^(…)``.

A story too long for one post goes on in the submitter's own comments, the post ending on
a word that it does ("(cont. in comments)"). So the post's text and the submitter's comments
are the story, in order; the framing, the continuation line, the buttons and the other
commenters' comments are not. The "submitted … by name" line is kept as the byline.

Only in a copy that has both the "submitted … by" line and a comment header. Line breaks
are kept, so line numbers still point at the file, but for the thread between the post and
the submitter's comment, which closes up.
"""

from __future__ import annotations

import re
from itertools import pairwise

from fic2epub.lazy_re import lazy
from fic2epub.normalise.patterns import match_heading, word_key
from fic2epub.normalise.prompt_reply import PROMPT_TITLE

# "submitted 2 years ago * (last edited 2 years ago) by some_user".
SUBMITTED = lazy(r"submitted\s+.{1,80}?\s+by\s+(?P<name>[\w-]{3,20})(?:\s+to\s+r/\w+)?", re.I)
# A comment's header: "[-]some_user[S] 31 points 2 years ago", "[–]name 1 point".
_COMMENT = lazy(
    r"\[[-–+]\]\s*(?P<name>[\w-]{3,20})(?P<submitter>\s*\[S\])?(?:\s*\[\w\])*"
    r"\s+(?:-?\d[\d,.]*k?\s+points?|\[score\s+hidden\])\b.{0,60}",
    re.I,
)
# The buttons under a post or a comment, one a line, and the thread's own lines.
_BUTTON = lazy(
    r"source|permalink|embed|save|unsave|parent|report|reply|hide|share|edit|delete"
    r"|give\s+award|crosspost|\d[\d,.]*k?\s+comments?|all\s+\d[\d,.]*k?\s+comments?"
    # The post's score under its buttons: "100% Upvoted", "92% upvoted".
    r"|\d{1,3}%\s+upvoted"
    r"|sorted\s+by:?\s*\w+(?:\s+\w+)?|load\s+more\s+comments.{0,30}|continue\s+this\s+thread",
    re.I,
)
# The post's last line saying the story goes on below: "*(cont. in comments -- sorry!)*".
_ONWARD = lazy(
    r"[*_]*[(\[]?\s*(?:cont(?:inued|'d|’d|\.)?|story\s+continues)\s+(?:in|below)\b"
    r"(?:\s+(?:the\s+)?(?:comments?|replies|reply|below))?[^()\[\]\n]{0,80}[)\]]?[*_]*",
    re.I,
)
# Reddit's superscript: "^(A/N: thanks!)" over several words, "^word" over one.
_SUPER_GROUP = lazy(r"\^\((?P<text>[^()\n]{1,2000})\)")
_SUPER_WORD = lazy(r"\^(?=\w)")
# A prompt's tag before its words: "[WP] ".
_PROMPT_TAG = lazy(r"\s*\[[A-Z]{2}\]\s*")


# The skip link that opens every old.reddit page, the first line of its copy.
_PAGE_TOP = "jump to content"


def old_reddit(text: str) -> str:
    """The story of an old.reddit page: the post's text and the submitter's comments.

    Rule ``old-reddit-pages``: a series posted as several self-posts, each page copied whole
    and pasted one after the other, is read page by page: each page from its "jump to
    content" line is framed as one page is, so the second page's bars, title and comments
    go as the first page's do. Only where each of the pages has its own "submitted … by"
    line under its top line; otherwise the text is read as one page.
    """
    if "submitted " not in text or "point" not in text:
        return text
    if _PAGE_TOP in text and len(pages := _pages(text)) > 1:
        return "\n".join(_one_page(page) for page in pages)
    return _one_page(text)


def _pages(text: str) -> list[str]:
    """The old.reddit pages of a copy, each from its "jump to content" line; the whole text
    as one page unless every page found holds a "submitted … by" line."""
    lines = text.split("\n")
    tops = [i for i, line in enumerate(lines) if line.strip().lower() == _PAGE_TOP]
    if len(tops) < 2 or any(line.strip() for line in lines[: tops[0]]):
        return [text]
    bounds = [*tops, len(lines)]
    pages = ["\n".join(lines[start:end]) for start, end in pairwise(bounds)]
    for page in pages:
        if submitted_line(page.split("\n")) is None:
            return [text]
    return pages


# How far into a page its post's "submitted … by" line may stand.
_SUBMITTED_WITHIN = 40


def submitted_line(lines: list[str]) -> int | None:
    """Where the post's "submitted … by name" line stands among a page's first lines."""
    return next(
        (
            index
            for index, line in enumerate(lines[:_SUBMITTED_WITHIN])
            if SUBMITTED.fullmatch(line.strip())
        ),
        None,
    )


def _one_page(text: str) -> str:
    """The story of one old.reddit page (see :func:`old_reddit`)."""
    lines = text.split("\n")
    submitted = submitted_line(lines)
    if submitted is None:
        return text
    author = SUBMITTED.fullmatch(lines[submitted].strip())
    assert author is not None
    poster = author.group("name")
    # A comment's header comes under the post; one above "submitted" is no comment of it.
    headers = [
        i
        for i, line in enumerate(lines)
        if i > submitted and "point" in line and comment_header(line)
    ]
    if not headers:
        return text
    # The frame above the post, but its title line: the page's bars and the flair.
    title = title_line(lines, submitted)
    _clear(lines, 0, submitted)
    prompt = title is not None and PROMPT_TITLE.fullmatch(_DOMAIN.sub("", title)) is not None
    if title is not None and not prompt:
        lines[submitted - 1] = title
    lines[submitted] = f"by {poster}"
    _clear(lines, submitted + 1, _post_start(lines, submitted + 1))
    if _flair_under_byline(lines, submitted + 1):
        lines[submitted + 1] = ""
        _clear(lines, submitted + 2, _post_start(lines, submitted + 2))
    if prompt and title is not None:
        _prompt_repeat(lines, _post_start(lines, submitted + 1), _DOMAIN.sub("", title))
    kept = [(submitted, headers[0])]
    for number, start in enumerate(headers):
        end = headers[number + 1] if number + 1 < len(headers) else len(lines)
        found = comment_header(lines[start])
        assert found is not None
        if found.group("name") == poster and goes_on(lines, kept[-1], start, end):
            lines[start] = ""
            _clear(lines, start + 1, _post_start(lines, start + 1))
            kept.append((start, end))
        else:
            _clear(lines, start, end)
    for start, end in kept:
        _trim_buttons(lines, start, end)
    blank_onward_lines(lines, kept)
    result = "\n".join(joined_parts(lines, kept))
    if "^" in result:
        result = _SUPER_WORD.sub("", _SUPER_GROUP.sub(r"(\g<text>)", result))
    return result


# The flair beside a post's title ("Fic", "Prompt Response") and its domain "(self.Name)".
_FLAIR = lazy(r"[\w'’ -]{1,30}|\(self\.\w+\)")
_FLAIR_WORDS = 3
# The domain after a self-post's title: "(self.SomeSub)".
_DOMAIN = lazy(r"\s*\(self\.\w+\)\s*$")


def _flair_under_byline(lines: list[str], index: int) -> bool:
    """Rule ``old-reddit-flair-under-byline``: the post's flair ("Prompt Response", "Fic")
    copied on the line right under "submitted … by", over the blank line that opens the
    post: a short run of words, no heading and no sentence."""
    if index + 1 >= len(lines) or lines[index + 1].strip():
        return False
    line = lines[index].strip()
    return (
        bool(line)
        and _FLAIR.fullmatch(line) is not None
        and len(line.split()) <= _FLAIR_WORDS
        and match_heading(line) is None
    )


def _prompt_repeat(lines: list[str], start: int, prompt: str) -> None:
    """Rule ``old-reddit-prompt-post``: a writer who answers a writing prompt in a post of
    her own titles the post with the prompt ("[WP] …"), which names no story, and quotes it
    again at the top of the post (a rendered quote, no ">" left). The title is no title and
    the quote no text: both go. The repeat may drop its tag or keep it."""
    if start >= len(lines):
        return
    first = lines[start].strip().lstrip(">").strip()
    untagged = _PROMPT_TAG.sub("", prompt, count=1)
    if word_key(first) in (word_key(prompt), word_key(untagged)):
        lines[start] = ""


# The least words of a submitter's comment read as the story going on, when the part above
# does not say it goes on in the comments: a reply to a reader is shorter.
STORY_WORDS = 150


def goes_on(lines: list[str], above: tuple[int, int], start: int, end: int) -> bool:
    """Rule ``submitter-reply``: the submitter's comment goes on with the story when the part
    above it ends on "(cont. in comments)" or the comment runs to a story's length; a short
    one ("thank you!! more tomorrow") is the submitter answering a reader, and goes with
    the thread."""
    last = next(
        (
            line
            for line in reversed(lines[above[0] : above[1]])
            if line.strip() and not is_button(line)
        ),
        "",
    )
    if _ONWARD.fullmatch(last.strip()):
        return True
    return sum(len(line.split()) for line in lines[start + 1 : end]) >= STORY_WORDS


def title_line(lines: list[str], submitted: int) -> str | None:
    """The post's title: the first line above "submitted …" that is no flair or domain."""
    for index in range(submitted - 1, max(-1, submitted - 5), -1):
        line = lines[index].strip()
        if not line:
            continue
        if _FLAIR.fullmatch(line) and len(line.split()) <= _FLAIR_WORDS:
            continue
        return line
    return None


def comment_header(line: str) -> re.Match[str] | None:
    """A comment's header line ("[–]name 412 points 2 years ago"), matched, else None."""
    return _COMMENT.fullmatch(line.strip()) if line.lstrip()[:1] == "[" else None


def _clear(lines: list[str], start: int, end: int) -> None:
    for index in range(start, end):
        lines[index] = ""


def _post_start(lines: list[str], index: int) -> int:
    """Past the "source" button under a post's or a comment's header."""
    while index < len(lines) and (not lines[index].strip() or is_button(lines[index])):
        index += 1
    return index


def is_button(line: str) -> bool:
    """Whether ``line`` is one of the buttons under a post or a comment, or a row of them."""
    return (len(line) <= 40 and _BUTTON.fullmatch(line.strip()) is not None) or _button_row(line)


# The one-word buttons old.reddit sets in a row under a post or a comment.
_ROW_WORDS = frozenset(
    (
        "source permalink embed save unsave parent report reply hide share edit delete crosspost"
    ).split()
)
# The comment count that opens the row under a post: "16 comments".
_COUNT_WORDS = lazy(r"\d[\d,.]*k?\s+comments?", re.I)


def _button_row(line: str) -> bool:
    """Rule ``old-reddit-button-row``: the buttons under a post or a comment copied as one
    row ("16 comments share save hide report crosspost", "permalink embed save report
    reply"): two buttons or more after the post's comment count, and no other word, so a
    sentence that says "share" or "report" never matches."""
    if len(line) > 100:
        return False
    words = _COUNT_WORDS.sub("", line.strip(), count=1).lower().split()
    return len(words) >= 2 and all(word in _ROW_WORDS for word in words)


def _trim_buttons(lines: list[str], start: int, end: int) -> None:
    """Blank the run of buttons that closes a post or a comment (from ``end`` up)."""
    index = end - 1
    while index > start and (not lines[index].strip() or is_button(lines[index])):
        lines[index] = ""
        index -= 1


def joined_parts(lines: list[str], kept: list[tuple[int, int]]) -> list[str]:
    """The lines with the thread between two kept parts closed up to one blank line: the
    story goes on from the post into the comment as from one paragraph to the next, not
    across a run of blank lines that would read as a break. (The comment's lines move up.)"""
    drop: set[int] = set()
    for (_, end), (start, _) in pairwise(kept):
        last = next((i for i in range(end - 1, -1, -1) if lines[i].strip()), end)
        first = next((i for i in range(start, len(lines)) if lines[i].strip()), start)
        drop.update(range(last + 2, first))
    return [line for index, line in enumerate(lines) if index not in drop]


def blank_onward_lines(lines: list[str], kept: list[tuple[int, int]]) -> None:
    """Blank the "(cont. in comments)" line that ends a part the submitter's comment goes on
    from: the last written line of every kept part but the last."""
    for start, end in kept[:-1]:
        last = next((i for i in range(end - 1, start, -1) if lines[i].strip()), None)
        if last is not None and _ONWARD.fullmatch(lines[last].strip()):
            lines[last] = ""
