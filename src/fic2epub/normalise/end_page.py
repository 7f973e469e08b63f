"""The page a site prints under a story's end mark: the writer's thanks, then the site's.

A story page copied whole (Commaful, Carrd, Ko-fi, a blog) ends the story with its end mark
("~ fin ~", "— fin —", "THE END"), a line or two of the writer's thanks, and then the
page's own blocks: hashtags, buttons, "More from …", comments, an About box, a footer.
Those blocks are many, so the closing rules, which read a chapter's last lines upward,
stop at the first they do not know and never reach the end mark.
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import Chunk, drop_all
from fic2epub.normalise.notes import is_note_like, mark_note_run, talks_to_readers
from fic2epub.normalise.patterns import match_end_marker, match_note
from fic2epub.normalise.tumblr import hashtag_line

# The fewest paragraphs under the end mark for the rule: fewer are the closing rules'.
_FEWEST_AFTER = 3
# The longest paragraph of the writer's thanks, and of a block of the page below it.
_LONGEST_TALK = 400
_LONGEST_BLOCK = 600
# The fewest of the page's blocks under the thanks that must be known chrome.
_FEWEST_CHROME = 2


def page_after_the_end(chunks: list[Chunk], first: int, end: int) -> None:
    """Rule ``page-after-the-end``: under a chapter's last end mark, the writer's thanks
    ("thank you for reading!") is an unlabelled note and every block under it is the
    page's, dropped; the end mark is the chapter's.

    Guards: three paragraphs or more follow the mark, all plain text (no labelled note, no
    heading); the first of them talks to readers; the rest are short, none is a labelled
    note, and at least two open with a line of known chrome or hashtags, the first among
    them."""
    marker = _last_end_mark(chunks, first, end)
    if marker is None:
        return
    after = [i for i in range(marker + 1, end) if chunks[i].role != "dropped"]
    if len(after) < _FEWEST_AFTER or any(chunks[i].role != "text" for i in after):
        return
    talk = 0
    while talk < len(after) and _thanks(chunks[after[talk]], first_talk=not talk):
        talk += 1
    rest = after[talk:]
    if not talk or not rest or not _page_blocks(chunks, rest):
        return
    chunks[marker] = replace(chunks[marker], role="end-marker", rule="end-marker")
    mark_note_run(chunks, after[0], after[talk - 1] + 1, "page-after-the-end")
    drop_all(chunks, rest, "page-after-the-end")


# How many paragraphs above the chapter's end its end mark may stand: a page's blocks under
# it are a few dozen at most, and a long chapter is not walked back to its start.
_REACH = 80


def _last_end_mark(chunks: list[Chunk], first: int, end: int) -> int | None:
    """The index of the chapter's last end mark among its last paragraphs, else None."""
    for index in range(end - 1, max(first, end - _REACH) - 1, -1):
        chunk = chunks[index]
        if (
            chunk.role in ("text", "end-marker")
            and len(chunk.text) <= 60
            and match_end_marker(chunk.text)
        ):
            return index
    return None


def _thanks(chunk: Chunk, *, first_talk: bool) -> bool:
    """Whether a paragraph is the writer talking to readers, not the page's. Past the
    first, only a paragraph that plainly talks ("I …", a smiley) goes on with the note: a
    button's words ("Remix this story") may read as a note's."""
    text = chunk.text
    if len(text) > _LONGEST_TALK or is_site_chrome(text) or hashtag_line(chunk) is not None:
        return False
    return talks_to_readers(text) or (first_talk and is_note_like(text))


def _page_blocks(chunks: list[Chunk], rest: list[int]) -> bool:
    """Whether the paragraphs ``rest`` read as a page's blocks (see the rule's guards)."""
    known = 0
    for position, index in enumerate(rest):
        chunk = chunks[index]
        if len(chunk.text) > _LONGEST_BLOCK or match_note(chunk.text):
            return False
        line = chunk.lines[0] if chunk.lines else chunk.text
        if is_site_chrome(line) or hashtag_line(replace(chunk, text=line)) is not None:
            known += 1
        elif not position:
            return False
    return known >= _FEWEST_CHROME


# A row of a page's tags or buttons: its items, set apart by wide spaces.
_WIDE = lazy(r"\s{2,}")
_FEWEST_ROW_ITEMS = 3
_MOST_ROW_ITEM_WORDS = 3
# The most lines of a block of the page framed by chrome, and the longest of them.
_MOST_FRAMED_LINES = 14
_LONGEST_FRAMED_LINE = 80
# The fewest words of a sentence between the block's ends that makes it prose, not a short
# comment ("the jar!!").
_FEWEST_PROSE_WORDS = 6


def chrome_framed_block(chunks: list[Chunk], index: int, first: int, end: int) -> bool:
    """Rule ``chrome-framed-block``: a block of short lines under a post, with no blank line
    between them, that opens and closes on the page's chrome ("공감 18  댓글 2" over the
    category's other posts and "이전 글  다음 글", Naver; a count row over a list and a
    pager) is the page's, the lines between included: whether the line at ``index`` is in
    such a block.

    Guards: three lines or more, none long, no blank line between them, none between the
    first and the last a sentence of six words or more; the first known chrome or a row of
    short items set apart by wide spaces (the post's tags), the last known chrome (or
    dropped as such)."""
    top = index
    while top > first and not chunks[top].gap and index - top < _MOST_FRAMED_LINES:
        top -= 1
    bottom = index
    while bottom + 1 < end and not chunks[bottom + 1].gap and bottom - top < _MOST_FRAMED_LINES:
        bottom += 1
    if not 2 <= bottom - top < _MOST_FRAMED_LINES:
        return False
    block = chunks[top : bottom + 1]
    if any(len(c.lines) != 1 or len(c.text) > _LONGEST_FRAMED_LINE for c in block):
        return False
    if any(len(c.text.split()) >= _FEWEST_PROSE_WORDS and _sentence(c.text) for c in block[1:-1]):
        return False  # a post's own line of prose between its counters
    last = block[-1]
    opens = is_site_chrome(block[0].text) or _button_row(block[0].text)
    return opens and (last.role == "dropped" or is_site_chrome(last.text))


def _button_row(text: str) -> bool:
    """Whether a line is a row of three short items or more set apart by wide spaces, as a
    page's tag or button row is copied ("Fairy Tales    Fir    Work in Progress")."""
    if "  " not in text:
        return False
    items = [item for item in _WIDE.split(text.strip()) if item]
    return len(items) >= _FEWEST_ROW_ITEMS and all(
        len(item.split()) <= _MOST_ROW_ITEM_WORDS and not _sentence(item) and "," not in item
        for item in items
    )


def _sentence(text: str) -> bool:
    """Whether a line ends as a sentence does: on "!", "?", a closing quote, or a full stop
    after a letter (a date's "15." ends on a figure, a name's "R." on an initial)."""
    line = text.rstrip()
    if line[-1:] in '!?"”’':
        return True
    initial = line[-2:-1].isupper() and line[-3:-2] in ("", " ")
    return line.endswith(".") and line[-2:-1].isalpha() and not initial
