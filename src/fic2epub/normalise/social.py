"""Social-media posts (Reddit, Facebook) copied from the browser or the app.

A Reddit post brings its subreddit ("r/FanFiction"), "Posted by u/name", its age ("3 yr.
ago") and, under the post, "142 comments", "Share", "Save", "Hide", "96% Upvoted". A
Facebook group post brings the reaction count ("👍❤️ 42"), "17 comments 3 shares", the
"Like"/"Comment"/"Share" bar and the comment thread ("Like · Reply · 5y", "Write a comment…").
None of it is the story's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk

# "r/FanFiction", alone or with the post's line after it ("r/FanFiction • 3y").
_SUBREDDIT = lazy(r"r/[A-Za-z0-9_]{2,21}(?:\s*[•·]\s*\S.{0,60})?")
# "Posted by u/name", maybe with the age after it ("Posted by u/name 3 yr. ago").
_REDDIT_POSTER = lazy(r"(?:posted\s+by\s+)?u/(?P<name>[A-Za-z0-9_-]{3,20})(?:\s+.{0,30})?", re.I)
# How long ago, as Reddit and Facebook print it: "3 yr. ago", "5y", "2h", "11 mo. ago".
# Spelled-out units need "ago": "3 years." alone may be a story's time skip.
POST_AGE = lazy(
    r"\d{1,3}\s*(?:y|yr|yrs|mo|w|wk|d|h|hr|hrs|m|min|mins)\.?(?:\s+ago)?"
    r"|\d{1,3}\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\s+ago",
    re.IGNORECASE,
)
_SOCIAL_LINE = lazy(
    # Reddit's footer: "96% Upvoted"; Facebook's: "17 comments 3 shares", "Most relevant".
    r"\d{1,3}%\s+upvoted|\d[\d.,]*[kK]?\s+comments?(?:\s+\d[\d.,]*[kK]?\s+shares?)?"
    r"|most\s+relevant|newest|all\s+comments|write\s+a\s+(?:comment|public\s+comment)\s*(?:…|\.\.\.)?"
    # Under each Facebook comment: "Like · Reply · 5y", "Like · Reply · Share · 2w".
    r"|like\s*·\s*reply(?:\s*·\s*(?:share|see\s+translation|edited))*\s*·\s*\S{1,10}",
    re.IGNORECASE,
)
# A reaction count: emoji and a number ("👍❤️ 42", "😂 7").
_REACTIONS = lazy(r"[^\w\s]{1,8}\s*\d[\d.,]*[kK]?")


def is_social_chrome(line: str) -> bool:
    """Rule ``social-chrome``: a line of Reddit's or Facebook's framing: the subreddit, the
    poster, the post's age, the upvote share, comment and share counts, reactions and the
    comment thread's "Like · Reply · 5y". Each is a shape no sentence has."""
    if len(line) > 80 or not line:
        return False
    first = line[0]
    if first in "ru" and "/" in line[:3]:
        return bool(_SUBREDDIT.fullmatch(line) or _REDDIT_POSTER.fullmatch(line))
    if first.isdigit() and POST_AGE.fullmatch(line):
        return True
    if first in "PpUu" and _REDDIT_POSTER.fullmatch(line):
        return True
    if _SOCIAL_LINE.fullmatch(line):
        return True
    return not first.isalnum() and _REACTIONS.fullmatch(line) is not None


def reddit_poster(line: str) -> str | None:
    """Rule ``reddit-poster``: the user named by "Posted by u/name", else None."""
    if "u/" not in line[:16] or len(line) > 80:
        return None
    # Rule ``reddit-poster-bullet``: new Reddit sets a bullet between the subreddit and the
    # poster; copied one a line, it opens the poster's line ("• Posted by u/name").
    found = _REDDIT_POSTER.fullmatch(line.strip().lstrip("•·").lstrip())
    return found.group("name") if found else None


# The buttons under a post: Facebook's "Like", "Comment", "Share" (one a line or on one
# line), and Reddit's "Share", "Save", "Hide", "Report", "Award".
_BUTTON = lazy(r"like|comment|share|save|hide|report|award|give\s+award|reply", re.IGNORECASE)
# Rule ``dotted-action-bar``: reading apps (Movellas, Wattpad's web page) set the same three
# buttons apart with middle dots or bars, "Like · Comment · Share": the same bar, and what
# follows it on the page is the comment thread and the site's recommendations.
_ACTION_BAR = lazy(r"like\s*[·•|]?\s*comment\s*[·•|]?\s*share", re.IGNORECASE)


def _action_bar(chunks: list[Chunk], index: int, end: int) -> bool:
    """Whether Facebook's Like/Comment/Share bar starts at ``index``."""
    text = chunks[index].text.strip()
    if _ACTION_BAR.fullmatch(text):
        return True
    words = [chunk.text.strip().lower() for chunk in chunks[index : min(end, index + 3)]]
    return words == ["like", "comment", "share"]


# Reddit's sort menu over a post's comments: "Sort by: best", "Sorted by: new".
_REDDIT_SORT = lazy(
    r"sort(?:ed)?\s+by:?\s*(?:best|top|new|controversial|old|q\s*&\s*a)", re.IGNORECASE
)


def _sorts_comments(chunks: list[Chunk], index: int, end: int) -> bool:
    """Rule ``reddit-sorted-thread``: Reddit's "Sort by: best" line under a post's footer
    (its count of comments or "97% Upvoted" already read) opens the comment thread, so
    every line from it to the end is the page's, whatever the comments say.

    Guards: the sort line's exact words, only after the footer's counts; and no comment in
    the thread is tagged "OP" (a line of its own under the commenter's name), since the
    poster may go on with the story there.
    """
    if not _REDDIT_SORT.fullmatch(chunks[index].text.strip()):
        return False
    return not any(chunk.text.strip() == "OP" for chunk in chunks[index + 1 : end])


def social_footer_start(
    chunks: list[Chunk], first: int, end: int, is_chrome: Callable[[str], bool]
) -> int:
    """Rule ``social-footer``: the framing under a Reddit or Facebook post, to the end.

    From the first of a run of buttons and counts ("142 comments", "Share", "Save", "96%
    Upvoted"; "👍❤️ 42", "17 comments 3 shares") to the end, when every line is such
    framing, or when Facebook's Like/Comment/Share bar is among them: then what follows
    the bar is the comment thread, whatever its words. Marks it dropped; returns where it
    starts. A story line such as "Share" among prose leaves the run unfinished, so it stays.
    """
    start = max(first, end - 80)
    if not _could_end_in_footer(chunks, start, end, is_chrome):
        return end
    for index in range(start, end):
        position = index
        anchored = False
        while position < end:
            chunk = chunks[position]
            text = chunk.text.strip()
            if _action_bar(chunks, position, end):
                position = end
                anchored = True
                break
            if anchored and _sorts_comments(chunks, position, end):
                position = end  # Reddit's thread under its "Sort by:" line
                break
            if chunk.role == "dropped" or _BUTTON.fullmatch(text) or is_social_chrome(text):
                anchored = anchored or _SOCIAL_LINE.fullmatch(text) is not None
                position += 1
                continue
            if is_chrome(text):
                position += 1
                continue
            break
        if position < end or not anchored or position == index:
            continue
        for later in range(index, end):
            if chunks[later].role != "dropped":
                chunks[later] = replace(chunks[later], role="dropped", rule="social-footer")
        return index
    return end


def _could_end_in_footer(
    chunks: list[Chunk], start: int, end: int, is_chrome: Callable[[str], bool]
) -> bool:
    """Whether a footer may run to ``end``: the chapter's last line is framing, or a line
    from ``start`` on could open Facebook's bar (which takes in every line after it).

    A cheap test first, because most chapters end in prose and trying a run from each of
    their last lines would ask every chrome pattern of each of them.
    """
    if end <= start:
        return False
    for index in range(start, end):
        # The bar is "Like" alone on its line (Comment and Share follow) or all three on one.
        text = chunks[index].text
        is_like = len(text) < 40 and text.lstrip()[:4].lower() == "like"
        if is_like and _action_bar(chunks, index, end):
            return True
    last = chunks[end - 1]
    text = last.text.strip()
    return (
        last.role == "dropped"
        or _BUTTON.fullmatch(text) is not None
        or is_social_chrome(text)
        or is_chrome(text)
    )


_FLAIR_PUNCTUATION = lazy(r"[.!?,;:\"“”]")


def reddit_flair(chunks: list[Chunk], index: int) -> bool:
    """Rule ``reddit-flair``: the flair under a Reddit post's title ("Fic Share", "Prompt"),
    a short label of one to three words with no sentence marks, right after the title of a
    post whose subreddit line opens the copy."""
    text = chunks[index].text.strip()
    if index < 1 or index > 12 or len(text) > 30 or len(text.split()) > 3:
        return False
    if chunks[index - 1].role != "title" or _FLAIR_PUNCTUATION.search(text):
        return False
    return any(_SUBREDDIT.fullmatch(chunk.text.strip()) for chunk in chunks[:index])
