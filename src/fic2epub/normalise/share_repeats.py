"""Rule ``repeated-share-lines``: an app's share line pasted again inside the story.

A reader who saves a story from a phone app often presses Share before each part and pastes
what the app gives ('I'm reading "2. Chestnuts" on Wattpad! https://…?utm_source=android…')
above the part, and once more at the end. The first such line, at the top of the file, is
the header's to read (it names the story: rule ``app-share-line``); every later one is the
app's text for the reader's friends, neither story nor note, so it is taken out.

Only a whole line that is an app's share text (the quoted title, "on" and a fiction site's
name: :func:`~fic2epub.normalise.share_text.app_share_line`) carrying its link: a story's
sentence about reading something on Wattpad has no address glued to it.
"""

from __future__ import annotations

from fic2epub.normalise.share_text import app_share_line

# The link the app appends to its share text.
_LINK_MARKS = ("https://", "http://", "www.")


def repeated_share_lines(text: str) -> str:
    """``text`` without the app share lines after the first line of text (see the module's
    docstring)."""
    # Cheap test first: two links at least, and a quoted title.
    if text.count("://") < 2 or ('"' not in text and "“" not in text):
        return text
    lines = text.split("\n")
    kept: list[str] = []
    seen_text = False
    dropped = False
    for index, line in enumerate(lines):
        if seen_text and _is_share_line(line):
            dropped = True
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
    return "\n".join(kept) if dropped else text


def _is_share_line(line: str) -> bool:
    """Whether the line is an app's share text with its link."""
    stripped = line.strip()
    if stripped[:1] not in "CcRrIi" or not any(mark in stripped for mark in _LINK_MARKS):
        return False
    return app_share_line(stripped) is not None
