"""Rule ``keep-labels-footer``: Google Keep's label chips at the end of a Takeout note.

A Google Keep note exported by Takeout is an HTML page: the note's edit time on its first line
("Mar 14, 2023, 9:14:07 PM"), the note's title and text, and under them the labels the writer
filed it under, a ``Labels`` heading over one short chip a line ("fic", "odia lit
exchange"). Copied from the browser, the chips end the file. They are the app's filing, not
the story's words or a note to readers: read as text they make the chapter's last paragraphs.

Only when the file opens with Keep's time stamp (date, year and a time with seconds) and the
``Labels`` line is followed only by a few short chips with no sentence's end: a story whose
last scene has a line "Labels" over prose keeps it.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy

# Keep's edit time as Takeout writes it: "Mar 14, 2023, 9:14:07 PM" (or a 24-hour time).
_KEEP_STAMP = lazy(
    r"[ \t]*[A-Z][a-z]{2}\s\d{1,2},\s\d{4},\s\d{1,2}:\d{2}:\d{2}(?:\s?[AP]M)?[ \t]*",
)
# One label chip: a few words, no sentence's end, no longer than Keep lets a label be.
_CHIP = lazy(r"[ \t]*[^\s.!?:][^.!?:]{0,48}[ \t]*")
# The most chips a note's label list holds here.
_MOST_CHIPS = 12


def keep_labels_footer(text: str) -> str:
    """``text`` without a Keep note's trailing ``Labels`` block; else as it is.

    The block's lines become blank, so line numbers still point at the file."""
    if "Labels" not in text[-1000:]:
        return text  # the heading must be near the end: skip the rest
    head = text.lstrip("\ufeff\n\r \t")
    if not _KEEP_STAMP.fullmatch(head[: head.find("\n")] if "\n" in head else head):
        return text
    lines = text.split("\n")
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start = end - 1
    while start > 0 and end - start <= _MOST_CHIPS and lines[start].strip() != "Labels":
        if not _CHIP.fullmatch(lines[start]):
            return text
        start -= 1
    if lines[start].strip() != "Labels" or start == end - 1:
        return text
    for position in range(start, end):
        lines[position] = ""
    return "\n".join(lines)
