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

Rule ``prompt-reply-buttons-first``: the 2023 page copied without its vote words sets a
comment's head on one line ("• 2y ago • Edited 2y ago") and closes the comment with
"Reply" and "Share" over its score. A reply longer than one comment goes on in the writer's
next comment, the first ending "(cont. in reply)" and the next opening "(cont.)": the two
are one story, and the markers are the site's. The writer's name over the reply is kept,
alone on its line, as the story's byline: on a prompt thread the replier is the author.

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
    if ("ago" not in text or ("Upvote" not in text and "\nReply" not in text)) and (
        "level 1" not in text
    ):
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
    runs = _runs(lines, replies)
    words = [sum(len(line.split()) for b, e in run for line in lines[b:e]) for run in runs]
    if not words or max(words) < _STORY_WORDS:
        return text
    best = words.index(max(words))
    spans = runs[best]
    name = next(writer for writer, body, _ in replies if body == spans[0][0])
    body = spans[0][0]
    keep = {i for first, last in spans for i in range(first, last)}
    if len(spans) > 1:
        _blank_markers(lines, spans)
    if "\nReply" in text and "Upvote" not in text and "level 1" not in text:
        # The writer's name, kept over the story as its byline (prompt-reply-buttons-first);
        # the head's other lines (its age) stay blank.
        head = next(
            (i for i in range(body - 1, max(-1, body - 4), -1) if lines[i].strip() == name), None
        )
        if head is not None:
            keep.add(head)
    kept = [line if i in keep else "" for i, line in enumerate(lines)]
    if len(spans) > 1:
        # The thread between the parts closes up, as old_reddit's does: the story reads on
        # from one comment into the next as from one paragraph to the next. (Imported here:
        # old_reddit reads this module's prompt tag.)
        from fic2epub.normalise.old_reddit import joined_parts

        kept = joined_parts(kept, spans)
    return "\n".join(kept)


# A continued comment's first line: "(cont.)", "(continued)", "[cont'd from above]".
RESUMED = lazy(
    r"[*_]*[(\[]\s*(?:cont(?:inued|'d|’d|\.)?|continuing)(?:\s+from\s+(?:above|the\s+last"
    r"\s+comment|previous\s+comment))?\s*[)\]][*_]*",
    re.IGNORECASE,
)
# The last line of a comment the writer goes on from: "(cont. in reply)", "(cont. below)".
_ONWARD = lazy(
    r"[(\[]\s*cont(?:inued|'d|’d|\.)?\s+(?:in\s+(?:the\s+)?(?:reply|replies|comments?)"
    r"|below)\s*[)\]]",
    re.IGNORECASE,
)


def _runs(lines: list[str], replies: list[tuple[str, int, int]]) -> list[list[tuple[int, int]]]:
    """The replies as runs of comments: a comment by the writer of the one right above it
    that opens on "(cont.)" goes on with it (rule ``prompt-reply-buttons-first``)."""
    runs: list[list[tuple[int, int]]] = []
    previous = ""
    for writer, body, end in replies:
        first = next((i for i in range(body, end) if lines[i].strip()), None)
        resumed = first is not None and RESUMED.fullmatch(lines[first].strip()) is not None
        if runs and resumed and writer == previous:
            runs[-1].append((body, end))
        else:
            runs.append([(body, end)])
        previous = writer
    return runs


def _blank_markers(lines: list[str], spans: list[tuple[int, int]]) -> None:
    """Blank the "(cont. in reply)" ending each part and the "(cont.)" opening the next."""
    for index, (body, end) in enumerate(spans):
        written = [i for i in range(body, end) if lines[i].strip()]
        if not written:
            continue
        if index and RESUMED.fullmatch(lines[written[0]].strip()):
            lines[written[0]] = ""
        if index + 1 < len(spans) and _ONWARD.fullmatch(lines[written[-1]].strip()):
            lines[written[-1]] = ""


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
        while end < len(lines) and lines[end].strip() not in _COMMENT_ENDS:
            if end > head and _head_end(lines, end) is not None:
                break  # a comment copied with no buttons (the bot's): the next head ends it
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
    while position < len(lines) and (parts := _head_parts(lines[position])) is not None:
        aged = aged or any(AGE.fullmatch(part.removeprefix("Edited").strip()) for part in parts)
        position += 1
    return position if aged and position > index + 1 else None


def _head_parts(line: str) -> list[str] | None:
    """The parts of a comment head's line, one ("2y ago") or several on one line between
    dots ("• 2y ago • Edited 2y ago"); None when the line is not one."""
    text = line.strip()
    if _HEAD_PART.fullmatch(text):
        return [text]
    if "•" not in text and "·" not in text:
        return None
    parts = [part.strip() for part in re.split(r"[•·]", text) if part.strip()]
    return parts if parts and all(_HEAD_PART.fullmatch(part) for part in parts) else None


# The line that closes a comment's text: the vote bar's first word, or the buttons' first.
_COMMENT_ENDS = frozenset({"Upvote", "Reply"})


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
