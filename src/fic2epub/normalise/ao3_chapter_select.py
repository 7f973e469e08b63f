"""Text step ``ao3-chapter-select``: the chapter picker's value in AO3's Actions bar, dropped.

A chapter page of a work on AO3 has, among its Actions buttons, a drop-down that names the
chapter shown ("Chapter 2: Snow on the Bridge") beside "Chapter Index". Copied from the
browser it becomes a line of its own between the chapter buttons and "Chapter Index":

    Entire Work
    ← Previous Chapter
    Next Chapter →
    Chapter 2: Snow on the Bridge
    Chapter Index

That copy is the site's control, not the chapter's heading (which AO3 prints again above
the chapter's text): read as a heading it opens a chapter above the work's header, and the
page's title line is lost among its tags.

Only a line right between one of AO3's chapter buttons ("Entire Work", "← Previous
Chapter", "Next Chapter →") and "Chapter Index", and only a short one: a story's line is
never wedged between those two buttons. A bare "Chapter 2 of 3" there is left to the
header's ``chapter-position-line``, which reads it wherever AO3 prints it.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy

# The buttons AO3 prints just above the picker, as a browser copies them.
_BUTTONS_ABOVE = frozenset({"Entire Work", "← Previous Chapter", "Next Chapter →"})
# The button just under it.
_INDEX = "Chapter Index"
# The page's place in the work, "Chapter 2 of 3" (``chapter-position-line`` reads it).
_POSITION = lazy(r"Chapter \d{1,4} of \d{1,4}")
# The longest chapter name the picker shows (AO3 caps a chapter title at 255 characters).
_LONGEST = 270


def ao3_chapter_select(text: str) -> str:
    """``text`` without the chapter picker's value in AO3's Actions bar (``ao3-chapter-select``)."""
    if "\nChapter Index" not in text:
        return text  # the cheap question first: no Actions bar of a chapter page
    lines = text.split("\n")
    # Only the line over each "Chapter Index" is asked about.
    drop = {
        at - 1
        for at, line in enumerate(lines)
        if line.strip() == _INDEX and _picker_value(lines, at - 1)
    }
    if not drop:
        return text
    return "\n".join(line for index, line in enumerate(lines) if index not in drop)


def _picker_value(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` is the picker's value: a short line under a chapter button
    and over "Chapter Index"."""
    if index < 1:
        return False
    value = lines[index].strip()
    return (
        lines[index - 1].strip() in _BUTTONS_ABOVE
        and 0 < len(value) <= _LONGEST
        and value not in _BUTTONS_ABOVE
        and _POSITION.fullmatch(value) is None
    )
