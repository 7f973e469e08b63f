"""Rule ``prompt-reply``: a story written as a reply under a writing prompt on new Reddit.

On r/WritingPrompts and its kin the post is someone else's prompt, tagged "[WP]", "[IP]",
"[EU]" and so on; the stories are the replies. A copy of the thread holds the page's bars,
the prompt, its vote bar, the moderator bot's stickied welcome, the reply that is the story
and the other comments, each comment headed by its writer's name, "•", its age ("3y ago")
and perhaps "Edited 3y ago", and closed by its vote bar ("Upvote", the score, "Downvote",
"Reply", "Award", "Share"). The story is the longest reply that is neither the bot's nor
the prompter's and runs to a story's length; everything else is the page's.

Rule ``prompt-reply-levels``: the redesign Reddit had before it (2018 to 2023) copies each
comment under a "level 1" (its depth in the thread), then the writer's name, "OP" when the
poster wrote it, "·" and a bare age ("3y"), and closes it with its score over its buttons
("Reply", "Share", "Report", "Save", "Follow"). The story is read from those heads alike.

Only in a copy whose post title opens with a prompt tag and that has such comment heads.
Lines outside the story are blanked, so line numbers still point at the file.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.reddit_comments import AGE, AGE_TEXT, HANDLE

# A prompt's title: "[WP] Every ghost …", "[IP] …", "[EU] …", "[TT] …".
PROMPT_TITLE = lazy(r"\[(?:WP|IP|EU|TT|PI|CW|RF|PM|MP|SP|FF)\]\s+\S.{10,}")
# What may stand between a comment's name and its text: the dots, the age, the marks.
_HEAD_PART = lazy(rf"[•·]|OP|MOD|Mod|Top\s+\d+%\s+Commenter|(?:Edited\s+)?{AGE_TEXT}")
# The redesign's comment depth over each comment's name: "level 1".
_LEVEL = lazy(r"level\s+\d{1,2}")
# The redesign's bare age under the name ("3y", "5mo", "2 hr. ago"), and what it sets
# between the name and the age.
_SHORT_AGE = lazy(rf"\d{{1,3}}\s?(?:y|yr|mo|w|d|h|hr|m|min)\.?|{AGE_TEXT}", re.IGNORECASE)
_LEVEL_PART = lazy(r"[•·]|OP|MOD|Mod|Edited|edited")
# The score over a comment's buttons: "2.1k", "118", "Vote", "Score hidden".
_SCORE = lazy(r"-?\d[\d,.]*[km]?|vote|score\s+hidden", re.IGNORECASE)
_BOTS = frozenset({"automoderator"})
# How far into the copy the prompt's title may stand.
_TITLE_WINDOW = 30
# The least words of a reply read as the story.
_STORY_WORDS = 150


def prompt_reply(text: str) -> str:
    """The story of a writing-prompt thread: its longest reply, the rest blanked."""
    if "]" not in text[:3000]:
        return text
    if ("ago" not in text or "Upvote" not in text) and "level 1" not in text:
        return text
    lines = text.split("\n")
    title = next(
        (
            i
            for i, line in enumerate(lines[:_TITLE_WINDOW])
            if line[:1] == "[" and PROMPT_TITLE.fullmatch(line.strip())
        ),
        None,
    )
    if title is None:
        return text
    prompter = _name_above(lines, title)
    replies = [
        (name, body, end)
        for name, body, end in _comments(lines, title + 1)
        if name.lower() not in _BOTS and name != prompter
    ]
    words = [sum(len(line.split()) for line in lines[body:end]) for _, body, end in replies]
    if not words or max(words) < _STORY_WORDS:
        return text
    _, body, end = replies[words.index(max(words))]
    return "\n".join(line if body <= i < end else "" for i, line in enumerate(lines))


def _name_above(lines: list[str], index: int) -> str | None:
    """The poster's name on the line right above the prompt's title, if it is one."""
    above = lines[index - 1].strip() if index else ""
    return above if HANDLE.fullmatch(above) else None


def _comments(lines: list[str], start: int) -> list[tuple[str, int, int]]:
    """Each comment after ``start``: its writer, the index of its text's first line and
    the index of its vote bar (the text's end)."""
    found: list[tuple[str, int, int]] = []
    index = start
    while index < len(lines):
        if (level := _level_comment(lines, index)) is not None:
            found.append(level)
            index = level[2]
            continue
        head = _head_end(lines, index)
        if head is None:
            index += 1
            continue
        end = head
        while end < len(lines) and lines[end].strip() != "Upvote":
            end += 1
        found.append((lines[index].strip(), head, end))
        index = end
    return found


def _head_end(lines: list[str], index: int) -> int | None:
    """The index after a comment's head (name, then dots, age, "Edited …", "OP", "MOD", one a
    line, an age among them) at ``index``, else None."""
    if not HANDLE.fullmatch(lines[index].strip()):
        return None
    position, aged = index + 1, False
    while position < len(lines) and _HEAD_PART.fullmatch(part := lines[position].strip()):
        aged = aged or AGE.fullmatch(part.removeprefix("Edited").strip()) is not None
        position += 1
    return position if aged and position > index + 1 else None


def _level_comment(lines: list[str], index: int) -> tuple[str, int, int] | None:
    """Rule ``prompt-reply-levels``: a redesign comment at ``index`` ("level 1", the name,
    "OP" or "·", a bare age), as (writer, index of its text's first line, index of its
    score or "Reply" line); else None. The age must be there: a story's own line "level
    1" over a name-like word is not a comment's head."""
    if not lines[index].startswith("level") or not _LEVEL.fullmatch(lines[index].strip()):
        return None
    if index + 1 >= len(lines) or not HANDLE.fullmatch(name := lines[index + 1].strip()):
        return None
    position = index + 2
    while position < len(lines) and _LEVEL_PART.fullmatch(lines[position].strip()):
        position += 1
    if position >= len(lines) or not _SHORT_AGE.fullmatch(lines[position].strip()):
        return None
    body = end = position + 1
    while end < len(lines) and lines[end].strip() != "Reply":
        if _LEVEL.fullmatch(lines[end].strip()):
            break  # a comment with no buttons copied: the next one's head ends it
        end += 1
    buttons = end < len(lines) and lines[end].strip() == "Reply"
    if buttons and end > body and _SCORE.fullmatch(lines[end - 1].strip()):
        end -= 1
    return name, body, end
