"""Rule ``repeated-share-lines``: an app's share line pasted again inside the story.

A reader who saves a story from a phone app often presses Share before each part and pastes
what the app gives ('I'm reading "2. Chestnuts" on Wattpad! https://…?utm_source=android…')
above the part, and once more at the end. The first such line, at the top of the file, is
the header's to read (it names the story: rule ``app-share-line``); every later one is the
app's text for the reader's friends, neither story nor note, so it is taken out.

Rule ``share-line-author``: the app's share text of the story itself may leave the author
out ('I'm reading "Title" on #Wattpad …') where the share text of a part names them ('Read
"Part Two" from "Title" by name on #Wattpad …'). The name the later line gives, for the same
title, is written into the first line, so that the header reads the story's author there.

Only a whole line that is an app's share text (the quoted title, "on" and a fiction site's
name: :func:`~fic2epub.normalise.share_text.app_share_line`) carrying its link: a story's
sentence about reading something on Wattpad has no address glued to it.
"""

from __future__ import annotations

from fic2epub.normalise.line_search import holds
from fic2epub.normalise.share_text import app_share_line

# The link the app appends to its share text.
_LINK_MARKS = ("https://", "http://", "www.")


def repeated_share_lines(text: str) -> str:
    """``text`` without the app share lines after the first line of text (see the module's
    docstring)."""
    # Cheap test first: two links at least, and a quoted title. A link is looked for from
    # the text's slashes, which a story holds few of (see line_search), before they are
    # counted in a search of the whole text.
    if (
        not holds(text, "://", "/")
        or text.count("://") < 2
        or ('"' not in text and "“" not in text)
    ):
        return text
    lines = text.split("\n")
    kept: list[str] = []
    seen_text = False
    dropped = False
    authors: dict[str, str] = {}
    for index, line in enumerate(lines):
        if seen_text and _is_share_line(line):
            dropped = True
            shared = app_share_line(line.strip())
            if shared is not None and shared[1]:
                authors.setdefault(shared[0], shared[1])
            if (
                kept
                and not kept[-1].strip()
                and index + 1 < len(lines)
                and not lines[index + 1].strip()
            ):
                kept.pop()  # one of the blank lines around it goes with it
            continue
        seen_text = seen_text or bool(line.strip())
        kept.append(line)
    if authors:
        _name_author(kept, authors)
    return "\n".join(kept) if dropped else text


def _name_author(lines: list[str], authors: dict[str, str]) -> None:
    """Rule ``share-line-author``: write the author a later share line names into the first
    share line of the same title, when that one names none."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return
    line = lines[first]
    shared = app_share_line(line.strip().lstrip("\ufeff"))
    if shared is None or shared[1] or shared[0] not in authors:
        return
    title = shared[0]
    for quoted in (f'"{title}"', f"“{title}”"):
        at = line.find(quoted)
        if at >= 0:
            cut = at + len(quoted)
            lines[first] = f"{line[:cut]} by {authors[title]}{line[cut:]}"
            return


def _is_share_line(line: str) -> bool:
    """Whether the line is an app's share text with its link."""
    stripped = line.strip()
    if stripped[:1] not in "CcRrIi" or not any(mark in stripped for mark in _LINK_MARKS):
        return False
    return app_share_line(stripped) is not None
