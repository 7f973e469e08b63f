"""Rule ``trailing-todo-list``: the writer's own to-do list at the foot of a note, dropped.

Writers who keep a story in a note app or desktop wiki (Zim, Obsidian, Evernote, Joplin) often
end the page with their posting checklist: checkbox items ("[*] posted", "[ ] fix the summary",
"- [x] send the link") or an outliner's tasks ("TODO post it"), sometimes under a heading of
their own. The list is for the writer, not the reader: neither story nor note. It is dropped
only where it cannot be part of the story: two or more short checkbox items that run to the end
of the file, with at most the one heading line above them. A checkbox in the story's middle, or
a lone one, stays.

Dropped lines become empty lines, so line numbers still point at the file.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy
from fic2epub.normalise.line_search import last_filled_line

# "[*] item", "[ ] item", "[x] item", "- [x] item", "* [ ] item", "☐ item", "☑ item".
# An outliner's task keyword counts as a box: "TODO post it", "DONE beta" (Logseq, Org).
_ITEM = lazy(
    r"[ \t]*(?:[-*+•][ \t]+)?(?:\[[ xX*>\-]\]|[☐☑☒]|(?:TODO|DONE|LATER|NOW|DOING|CANCELED))"
    r"[ \t]+\S.*"
)
# The list's own heading: a wiki or Markdown heading, or a short line ending with a colon.
_HEADING = lazy(
    r"[ \t]*(?:=+[ \t]*[^=\n]{1,60}?[ \t]*=+|#{1,6}[ \t]+\S.{0,60}|[^\n:]{1,40}:)[ \t]*"
)
_MAX_ITEM_WORDS = 14
# One of these is in an item; the quick test before the file's lines are split.
_MARKS = ("[", "☐", "☑", "☒", "TODO", "DONE", "LATER", "NOW", "DOING", "CANCELED")


def trailing_todo_list(text: str) -> str:
    """The text with a checklist that ends the file (and its heading) blanked out."""
    tail = text[-4000:]
    if not any(mark in tail for mark in _MARKS):
        return text
    # A bracket near the end is common, a list ending the file is not: its last filled line
    # must be an item before the whole text is split.
    if not _is_item(last_filled_line(text)):
        return text
    lines = text.split("\n")
    end = len(lines)
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    first = end
    while first > 0 and _is_item(lines[first - 1]):
        first -= 1
    if end - first < 2:
        return text
    above = first - 1
    if above >= 0 and not lines[above].strip():
        above -= 1
    if above >= 0 and _HEADING.fullmatch(lines[above]):
        first = above
    for index in range(first, end):
        lines[index] = ""
    return "\n".join(lines)


def _is_item(line: str) -> bool:
    """A short checkbox item."""
    return _ITEM.fullmatch(line) is not None and len(line.split()) <= _MAX_ITEM_WORDS
