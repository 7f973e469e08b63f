"""ficbook.net's work page, copied from the browser.

ficbook prints a work's header as labels and values, then the author's own blocks in the
same style: "Описание:" (the summary), "Посвящение:" (the dedication) and "Примечания:"
(the notes), then "Публикация на других ресурсах:" (whether the work may be reposted) and a
row of buttons with their counts above the text ("Нравится 38   Отзывы 6   В сборник
Скачать"). Those two lines are the page's alone: an author who types a ficbook-style header
by hand elsewhere never writes them, so they tell the page from such a header.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, is_glyph_line
from fic2epub.normalise.foreign_header import is_post_date
from fic2epub.normalise.notes import is_structural
from fic2epub.normalise.patterns import NoteLabel

# The page's own lines: the repost-permission field, and the counts row above (and below)
# the text, its first button "Нравится" ("Like") with its count.
_PAGE_LINE = lazy(
    r"публикация\s+на\s+других\s+ресурсах\s*:.*|нравится\s+\d[\d\s]*(?:\s{2,}\S.*)?", re.I
)
# The longest part title the page prints over the part's date.
_PART_TITLE = 80
# The dedication block's label, with or without its text on the same line.
_DEDICATION = lazy(r"(?P<label>посвящение)\s*:\s*(?P<rest>.*)", re.I | re.S)
# How far from a header line the page's own lines may be.
_REACH = 40
# How many paragraphs a note block may run to before the page's next line.
_PARAGRAPHS = 6


def is_page_line(text: str) -> bool:
    """Whether a line is one only ficbook's page prints (the repost field, the counts row)."""
    return text[:1] in "ПпНн" and _PAGE_LINE.fullmatch(text.strip()) is not None


def _on_page(chunks: Sequence[Chunk], index: int) -> bool:
    """Whether the page's own lines lie near ``index``: the header is a ficbook page's."""
    return any(
        is_page_line(chunk.text) for chunk in chunks[max(0, index - _REACH) : index + _REACH]
    )


def ficbook_dedication(chunks: Sequence[Chunk], index: int) -> NoteLabel | None:
    """Rule ``ficbook-dedication``: on a ficbook page, the "Посвящение:" block is the
    author's own words to someone, printed in the same box as the "Примечания:" under it: a
    front note, labelled as written.

    Guards: only near the page's own lines (see the module). A dedication the author typed
    into a header of their own ("Посвящение: Маше") stays a header field, as a typed
    "Dedication:" does.
    """
    text = chunks[index].text
    if text[:1] not in "Пп" or (found := _DEDICATION.fullmatch(text)) is None:
        return None
    if not _on_page(chunks, index):
        return None
    return NoteLabel(found.group("label"), found.group("rest").strip())


def ficbook_note_rest(chunks: list[Chunk], note: int, index: int) -> int:
    """Rule ``ficbook-note-block``: a header note's later paragraphs on a ficbook page run
    on to the page's next own line (the repost field or the counts row), which ficbook
    always prints between the author's blocks and the text. The note's rule stops at a
    paragraph that does not read as talk to readers, but nothing of the story comes before
    those lines. Returns the index after the note.

    Guards: the page line within a few paragraphs, and only plain paragraphs before it (no
    heading, rule, other note or run of blank lines), so the story is never taken.
    """
    if chunks[note].role != "note" or index >= len(chunks):
        return index
    end = index
    while end < len(chunks) and end - index <= _PARAGRAPHS:
        chunk = chunks[end]
        if is_page_line(chunk.text):
            break
        if chunk.role != "text" or chunk.gap >= 2 or is_structural(chunk):
            return index
        end += 1
    else:
        return index
    if end == index or end == len(chunks):
        return index
    for position in range(index, end):
        chunks[position] = replace(chunks[position], role="note-body", rule="ficbook-note-block")
    return end


def ficbook_part_title(chunks: list[Chunk], index: int) -> bool:
    """Rule ``ficbook-part-title``: a part's page prints the part's own title under the
    work's header and the pager ("← Предыдущая часть", "Содержание"), with the part's date
    right under it ("22 марта 2020, 18:41"). The title is the chapter's heading, and the
    date is the page's (``ficbook-part-date``). Marks both and returns True when it applies.

    Guards: only near the page's own lines (see the module); a short line with no sentence
    end and no label, the date on the very next line, and the line above it part of the
    header, not the story.
    """
    chunk = chunks[index]
    text = chunk.text.strip()
    if not 0 < len(text) <= _PART_TITLE or text[-1] in ".,;:!?…" or is_glyph_line(text):
        return False
    after = index + 1
    if after >= len(chunks) or chunks[after].gap or not is_post_date(chunks[after].text):
        return False
    if not index or chunks[index - 1].role == "text" or not _on_page(chunks, index):
        return False
    chunks[index] = replace(chunk, role="heading", rule="ficbook-part-title")
    chunks[after] = replace(chunks[after], role="dropped", rule="ficbook-part-date")
    return True
