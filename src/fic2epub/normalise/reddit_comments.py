"""New-layout Reddit's comment section under a post, where the poster may go on with the story.

The post ends at its vote bar, copied one button a line ("Upvote", the score, "Downvote",
"Go to comments", "Share"). The comment section follows: "Sort by:", the search box, then
each comment as its author's name, an "OP" tag when the poster wrote it, "•", its age
("2y ago"), its text and its own vote bar ("Upvote", "Downvote", "Reply", "Award",
"Share"). A poster who hit the post's length limit puts the next part in a comment of
their own. Readers' comments, the poster's short replies and the page's footer are not the
story.

The phone app prints each vote bar on one line, "↑ 214 ↓  💬 23  Share" under the post and
"↑ 96 ↓  Reply" under a comment, and a comment's head on one line, "u/name OP • 3y".
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.patterns import CHAPTER_RE, PART_RE, number_value, ordinal_value

# A Reddit user name, and a comment's age ("2y ago", "5 mo. ago"); prompt_reply reads a
# thread's comment heads with them too.
HANDLE = lazy(r"[A-Za-z0-9][A-Za-z0-9_-]{2,19}")
AGE_TEXT = r"\d{1,3}\s*(?:y|yr|mo|w|d|h|hr|m|min)\.?\s+ago"
AGE = lazy(AGE_TEXT, re.IGNORECASE)
_DOT = frozenset({"•", "·"})
# The least words of the poster's comment that goes on with the story, when no chapter
# heading stands in it: a thank-you reply is shorter.
_STORY_WORDS = 150


# Rule ``reddit-redesign-bars``: the 2018 redesign prints no "Upvote"/"Downvote" words: a
# post's bar is its bare score over "47 Comments", a comment's its bare score over "Reply".
_SCORE = lazy(r"-?\d[\d,.]*[kK]?|vote")
_UNDER_SCORE = lazy(r"\d[\d,.]*[kK]?\s+comments?|reply", re.IGNORECASE)


# Rule ``reddit-app-bars``: the app's vote bar on one line, its arrows round the score and
# its buttons after them ("↑ 214 ↓  💬 23  Share", "↑ 96 ↓  Reply", "↑ Vote ↓").
_APP_BAR = lazy(r"↑\s*(?:-?\d[\d,.]*[kK]?|vote)?\s*↓(?:\s+.{0,40})?", re.IGNORECASE)
# The app's comment head on one line: "u/name OP • 3y", "u/name • 5mo".
_APP_HEAD = lazy(
    r"u/(?P<name>[A-Za-z0-9][A-Za-z0-9_-]{2,19})(?P<op>\s+OP)?\s*[•·]\s*"
    r"\d{1,3}\s*(?:y|yr|mo|w|d|h|hr|m|min)\.?(?:\s+ago)?",
    re.IGNORECASE,
)


def _vote_bar(chunks: list[Chunk], index: int) -> bool:
    """Whether new Reddit's vote bar starts at ``index``: "Upvote", at most a score, then
    "Downvote", with no blank line between; or the redesign's bare score over "47
    Comments" or "Reply"; or the app's one line (reddit-app-bars)."""
    text = chunks[index].text.strip()
    if text[:1] == "↑":
        return _APP_BAR.fullmatch(text) is not None
    if text[:1].isdigit() or text[:1] == "-":
        after = index + 1
        return (
            _SCORE.fullmatch(text) is not None
            and after < len(chunks)
            and not chunks[after].gap
            and _UNDER_SCORE.fullmatch(chunks[after].text.strip()) is not None
        )
    if text.lower() != "upvote":
        return False
    for later in chunks[index + 1 : index + 3]:
        text = later.text.strip()
        if later.gap:
            return False
        if text.lower() == "downvote":
            return True
        if later.role != "dropped" and not text.replace(",", "").replace(".", "").isdigit():
            return False
    return False


# The redesign's upvote share under a post's buttons, "96% Upvoted".
_UPVOTED = lazy(r"\d{1,3}%\s+upvoted", re.IGNORECASE)
# How far under the score the upvote share may stand (the count, the buttons).
_UPVOTED_REACH = 10


def _post_bar(chunks: list[Chunk], index: int) -> bool:
    """Whether the post's vote bar starts at ``index``: "Upvote"/"Downvote", or the
    redesign's bare score over "47 Comments" with "96% Upvoted" under its buttons, so a
    story's count over a line "Reply" opens no comment section."""
    if not _vote_bar(chunks, index):
        return False
    text = chunks[index].text.strip()
    if text[:1] == "↑":
        # A comment's bar ends in "Reply"; the post's has the comment count and "Share".
        return not text.lower().endswith("reply")
    if not text[:1].isdigit():
        return True
    after = chunks[index + 1].text.strip().lower()
    return after != "reply" and any(
        _UPVOTED.fullmatch(chunk.text.strip())
        for chunk in chunks[index + 2 : index + 2 + _UPVOTED_REACH]
    )


def _comment_head(chunks: list[Chunk], index: int) -> tuple[bool, int] | None:
    """A comment's head at ``index`` (name, "OP"?, "•"?, age): whether the poster wrote
    it, and the index after the head; else None."""
    text = chunks[index].text.strip()
    if text[:2] == "u/" and (app := _APP_HEAD.fullmatch(text)) is not None:
        return app.group("op") is not None, index + 1
    # The redesign writes the name with its "u/" and the age after a dot, "· 3 yr. ago".
    if not HANDLE.fullmatch(chunks[index].text.strip().removeprefix("u/")):
        return None
    position, op = index + 1, False
    if position < len(chunks) and chunks[position].text.strip() == "OP":
        position, op = position + 1, True
    if position < len(chunks) and chunks[position].text.strip() in _DOT:
        position += 1
    if position >= len(chunks) or not AGE.fullmatch(
        chunks[position].text.strip().lstrip("•·").lstrip()
    ):
        return None
    if any(chunk.gap for chunk in chunks[index + 1 : position + 1]):
        return None
    return op, position + 1


def reddit_comment_thread(chunks: list[Chunk], start: int) -> None:
    """Rule ``reddit-comment-thread``: from a Reddit post's vote bar to the end, all is the
    page's (dropped) but the comments in which the poster (tagged "OP") goes on with the
    story: those that hold a chapter heading, or run to a story's length.

    Rule ``op-comment-intro``: such a comment's lines above its heading ("Part two, as
    promised!") introduce the part, so the heading is moved above them and they become the
    part's opening note.

    Guards: the vote bar's exact shape ("Upvote", a score, "Downvote", one a line), so a
    story that says "upvote" is left alone; a reader's comment is never kept."""
    bar = next(
        (
            index
            for index in range(start, len(chunks))
            if (chunks[index].text[:1] in "Uu↑" or chunks[index].text[:1].isdigit())
            and _post_bar(chunks, index)
        ),
        None,
    )
    if bar is None:
        return
    kept: list[tuple[int, int]] = []
    index = bar
    while index < len(chunks):
        head = _comment_head(chunks, index) if chunks[index].role != "dropped" else None
        if head is None:
            index += 1
            continue
        op, body = head
        end = body
        while end < len(chunks) and not _vote_bar(chunks, end):
            end += 1
        region = chunks[body:end]
        words = sum(len(chunk.text.split()) for chunk in region)
        if op and (any(c.role == "heading" for c in region) or words >= _STORY_WORDS):
            kept.append((body, end))
        index = end
    keep = {position for first, end in kept for position in range(first, end)}
    for position in range(bar, len(chunks)):
        if position not in keep and chunks[position].role != "dropped":
            chunks[position] = replace(
                chunks[position], role="dropped", rule="reddit-comment-thread"
            )
    for first, end in kept:
        heading = next((p for p in range(first, end) if chunks[p].role == "heading"), None)
        if heading is None or heading == first:
            continue
        intro = [
            replace(chunk, role="note-body", rule="op-comment-intro")
            for chunk in chunks[first:heading]
        ]
        intro[0] = replace(intro[0], role="note", label="", value=intro[0].text)
        chunks[first : heading + 1] = [chunks[heading], *intro]
    _reading_order(chunks, bar, kept)


def _part_number(chunks: list[Chunk], first: int, end: int) -> int | None:
    """The number of the first part or chapter heading in ``chunks[first:end]``."""
    for chunk in chunks[first:end]:
        if chunk.role == "heading":
            found = PART_RE.fullmatch(chunk.text) or CHAPTER_RE.fullmatch(chunk.text)
            if found is None:
                return None
            if found.group("ordinal"):
                return ordinal_value(found.group("ordinal"))
            return number_value(found.group("num")) if found.group("num") else None
    return None


def _reading_order(chunks: list[Chunk], bar: int, kept: list[tuple[int, int]]) -> None:
    """Rule ``op-comments-reading-order``: sorted by "Best" or "Top", the poster's comments
    that hold the later parts may stand out of order (part 3 above part 2): they are put
    in the order of their headings' numbers. Guards: every kept comment has a numbered
    heading, the numbers all differ, and they are not in order already."""
    numbers = [_part_number(chunks, first, end) for first, end in kept]
    if len(kept) < 2 or None in numbers or len(set(numbers)) != len(numbers):
        return
    order = sorted(range(len(kept)), key=lambda k: numbers[k] or 0)
    if order == list(range(len(kept))):
        return
    inside = {position for first, end in kept for position in range(first, end)}
    head = [chunks[p] for p in range(bar, kept[0][0]) if p not in inside]
    rest = [chunks[p] for p in range(kept[0][0], len(chunks)) if p not in inside]
    ordered = [chunk for k in order for chunk in chunks[kept[k][0] : kept[k][1]]]
    chunks[bar:] = [*head, *ordered, *rest]
