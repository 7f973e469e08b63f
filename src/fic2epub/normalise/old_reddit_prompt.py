"""Rule ``old-reddit-prompt-reply``: a story written as a reply under a writing prompt, in a
copy of the thread from old.reddit.com.

On r/WritingPrompts and its kin the post is someone else's prompt, its title tagged "[WP]",
"[IP]", "[EU]" and so on, and "submitted 2 years ago by name" names the prompter; the
stories are the comments. The old design heads each comment "[–]name 412 points 2 years
ago* (6 children)" and closes it with its links ("permalink", "embed", "save", "report",
"give award", "reply"). So the story is the longest comment that is neither the moderator
bot's nor the prompter's; the site's bars, the prompt, its byline, the bot's sticky, the
other comments and the footer are the page's, not the story's (nor its title or author).

Rule ``old-reddit-reply-continued``: a reply longer than Reddit lets one comment be goes on
in the writer's own comment right under it, the first ending "(cont. below)" or the second
opening "(cont.)"; the two are one story, read on as from one paragraph to the next, and the
markers are the site's, not the story's.

Guards: the prompt tag on the post's title line right above "submitted … by", at least one
old-design comment header, and a reply of a story's length; anything else is left to
:mod:`old_reddit` (a story posted as the post itself). Lines outside the story are blanked,
so line numbers still point at the file, but for the thread between two parts of the reply,
which closes up.
"""

from __future__ import annotations

from fic2epub.normalise.old_reddit import (
    STORY_WORDS,
    SUBMITTED,
    blank_onward_lines,
    comment_header,
    goes_on,
    is_button,
    joined_parts,
    submitted_line,
    title_line,
)
from fic2epub.normalise.prompt_reply import PROMPT_TITLE, RESUMED

# A continued comment's first line: "(cont.)", "(continued)" (prompt_reply's).
_RESUMED = RESUMED
_BOTS = frozenset({"automoderator"})


def old_reddit_prompt_reply(text: str) -> str:
    """The story of an old.reddit writing-prompt thread: the longest reply and the writer's
    own comments going on with it, the rest blanked (see the module)."""
    # The prompt tag first: "[" is found at memory speed in the head (see line_search),
    # where "submitted " is a search of the whole text.
    if "[" not in text[:5000] or "submitted " not in text or "point" not in text:
        return text  # the cheap tests first: the prompt tag, the byline, a comment's score
    lines = text.split("\n")
    submitted = submitted_line(lines)
    if submitted is None:
        return text
    title = title_line(lines, submitted)
    if title is None or not PROMPT_TITLE.fullmatch(title):
        return text
    byline = SUBMITTED.fullmatch(lines[submitted].strip())
    assert byline is not None
    runs = _reply_runs(lines, submitted + 1, byline.group("name"))
    if not runs:
        return text
    best = max(runs, key=lambda run: sum(_words(lines, start, end) for start, end in run))
    if sum(_words(lines, start, end) for start, end in best) < STORY_WORDS:
        return text
    # The "(cont. below)" that ends each part the writer's next comment goes on from.
    blank_onward_lines(lines, best)
    keep = {index for start, end in best for index in range(start, end)}
    lines = [line if index in keep else "" for index, line in enumerate(lines)]
    return "\n".join(joined_parts(lines, best))


def _reply_runs(lines: list[str], start: int, prompter: str) -> list[list[tuple[int, int]]]:
    """The replies after ``start``, neither the bot's nor the prompter's, each as the spans
    (first text line, end) of its comments: one comment, or several in a row by one writer
    where each goes on with the one above (rule ``old-reddit-reply-continued``)."""
    headers = [
        (i, found.group("name"))
        for i in range(start, len(lines))
        if "point" in lines[i] and (found := comment_header(lines[i])) is not None
    ]
    runs: list[list[tuple[int, int]]] = []
    previous = ""
    for number, (index, name) in enumerate(headers):
        end = headers[number + 1][0] if number + 1 < len(headers) else len(lines)
        span, resumed = _body(lines, index + 1, end)
        if name.lower() in _BOTS or name == prompter:
            previous = ""
            continue
        if name == previous and runs and _goes_on(lines, runs[-1][-1], span, resumed=resumed):
            runs[-1].append(span)
        else:
            runs.append([span])
        previous = name
    return runs


def _body(lines: list[str], start: int, end: int) -> tuple[tuple[int, int], bool]:
    """A comment's text, from ``start`` to its closing links, and whether it opens on
    "(cont.)" (that line blanked: the site's marker, not the story's)."""
    while end > start and (not lines[end - 1].strip() or is_button(lines[end - 1])):
        end -= 1
    first = next((i for i in range(start, end) if lines[i].strip()), None)
    resumed = first is not None and _RESUMED.fullmatch(lines[first].strip()) is not None
    if resumed and first is not None:
        lines[first] = ""
    return (start, end), resumed


def _goes_on(
    lines: list[str], above: tuple[int, int], span: tuple[int, int], *, resumed: bool
) -> bool:
    """Whether a writer's comment goes on with her comment right above: it opens on
    "(cont.)", or as old_reddit's submitter's comment does (the one above ends on "(cont.
    below)", or this one runs to a story's length; a short one answers a reader)."""
    return resumed or goes_on(lines, above, span[0] - 1, span[1])


def _words(lines: list[str], start: int, end: int) -> int:
    return sum(len(line.split()) for line in lines[start:end])
