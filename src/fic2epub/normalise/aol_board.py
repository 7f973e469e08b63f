"""AOL's message boards (1990s): the board's and the folder's lines over a saved post.

An AOL member who saved a board's posts as text kept the lines AOL printed over them: the
board's name ("Books & Writers Board"), the folder's ("Folder: Fan Fiction Corner") and
the post's place in it ("Message 14 of 31 in this folder"), then each post's
"Subject:", "Date:" and "From:" lines. The board's lines are the service's, not the
story's; left in, the board's name reads as the title and the place line as prose. The
posts' own header lines are left to the thread rules, which read each post's poster.

The lines become blank, so line numbers still point at the file.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# How many of the text's first lines may hold the board's lines.
_TOP_LINES = 8
# The longest board name.
_NAME_LONGEST = 60
# The post's place in the folder, as AOL wrote it.
_PLACE = lazy(r"message\s+\d{1,6}\s+of\s+\d{1,6}\s+in\s+this\s+folder", re.IGNORECASE)
# The folder's line: "Folder:" and its name.
_FOLDER = lazy(r"folder\s*:\s*\S.{0,60}", re.IGNORECASE)
# A post's first header line, which closes the board's lines.
_SUBJECT = lazy(r"subject\s*:\s*\S.*", re.IGNORECASE)


def aol_board_head(text: str) -> str:
    """Rule ``aol-board-head``: ``text`` without the board's name, folder line and
    "Message 14 of 31 in this folder" line over the first post's "Subject:" line; else as
    it is.

    Guards: the place line in AOL's own words ("… in this folder") stands among the text's
    first lines, with a "Folder:" line right above it, and a "Subject:" line follows within
    a few lines; the one line above the folder line is taken as the board's name only when
    it is short and does not end like a sentence. A story that says "in this folder" in a
    sentence has no such lines round it."""
    if "in this folder" not in text[:1000].lower():
        return text  # the cheap question first
    lines = text.split("\n")
    filled = [index for index, line in enumerate(lines[: _TOP_LINES * 2]) if line.strip()]
    filled = filled[:_TOP_LINES]
    for position, index in enumerate(filled):
        if not _PLACE.fullmatch(lines[index].strip()):
            continue
        if position == 0 or not _FOLDER.fullmatch(lines[filled[position - 1]].strip()):
            return text
        if not _subject_follows(lines, filled[position + 1 :]):
            return text
        drop = [filled[position - 1], index]
        if position >= 2 and _board_name(lines[filled[position - 2]]):
            drop.append(filled[position - 2])
        if min(drop) != filled[0]:
            return text  # something else stands above the board's lines
        for at in drop:
            lines[at] = ""
        return "\n".join(lines)
    return text


def _subject_follows(lines: list[str], after: list[int]) -> bool:
    """Whether the first filled line under the place line is a post's "Subject:" line."""
    return bool(after) and _SUBJECT.fullmatch(lines[after[0]].strip()) is not None


def _board_name(line: str) -> bool:
    """Whether ``line`` may be a board's name: short, with letters, no sentence's end."""
    name = line.strip()
    return (
        0 < len(name) <= _NAME_LONGEST
        and any(char.isalpha() for char in name)
        and not name.endswith((".", "!", "?", ",", ";", ":"))
    )
