"""Rule ``manuscript-word-count``: a manuscript's word count on a line of its own.

Standard manuscript format (as Scrivener's "Manuscript" compile and a writer who follows
it type it) opens the first page with the writer's contact block and a rounded word count,
"About 1,200 words", above the title. The count is for an editor, not a reader, and it is
not the title, which a header read line by line would take it for. So is a bare count,
"1,200 words" or "approx. 3k words", standing alone in a header.

Guards: the whole line is the count, a number of digits and "words" with at most a word of
rounding before it ("about", "approx.", "approximately", "around", "roughly", "circa",
"~"), so "About a thousand words later, she stopped." and "Words: 1,200" (a field, read as
one) are left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk

# "About 1,200 words", "approx. 3.5k words", "~900 words", "1 200 words."
_COUNT = lazy(
    r"(?:(?:about|approx\.?|approximately|around|roughly|circa|ca\.|~)[ \t]*)?"
    r"\d{1,3}(?:[,. ]\d{3})*(?:\.\d)?[ \t]?k?[ \t]+words\.?",
    re.IGNORECASE,
)


def is_word_count_line(text: str) -> bool:
    """Whether the line is only a (perhaps rounded) word count: "About 1,200 words"."""
    line = text.strip()
    # Cheap first: the line is short and names words.
    return len(line) <= 30 and "words" in line.lower() and _COUNT.fullmatch(line) is not None


# Rule ``manuscript-contact-block``: the writer's contact block over a manuscript's title.
# A name (a few words, or a user name), with no digits and no sentence's punctuation.
_NAME = lazy(r"[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3}")
# A contact line under it: an e-mail address or a telephone number, alone on its line.
_MAIL = lazy(r"<?(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?")
_PHONE = lazy(r"(?:(?:tel|phone)\.?:?[ \t]*)?\+?[\d(][\d ()./-]{6,20}\d", re.IGNORECASE)
# The most lines a contact block holds (name, street, town, phone, e-mail), and how many
# chunks below it the word count may stand (it sits on the block's right, or under it).
_BLOCK_LINES = 6
_COUNT_REACH = 2


def contact_block(chunks: list[Chunk], index: int) -> int | None:
    """Rule ``manuscript-contact-block``: standard manuscript format opens with the writer's
    name and contact lines, then the rounded word count, and only then the title and "by"
    line (a Scrivener "Manuscript" compile). The name is the author, not the title a header
    read line by line would take it for; the address, telephone and e-mail lines are for an
    editor. Marks the block and returns the index after it, or None.

    Guards: the block opens the file; its first line reads as a name; the lines under it
    follow with no blank line between, and one of them is only an e-mail address or a
    telephone number; and a word-count line ("About 2,300 words") comes right after the block,
    so a title over an e-mail line in a post's header is not taken for a name."""
    if index != 0 or len(chunks) < 3:
        return None
    name = chunks[index].text.strip()
    if len(name) > 40 or _NAME.fullmatch(name) is None:
        return None
    end = index + 1
    contact = False
    while end < len(chunks) and end - index < _BLOCK_LINES and chunks[end].gap == 0:
        line = chunks[end].text.strip()
        if is_word_count_line(line):
            break  # the count typed right under the block, with no blank line between
        if len(line) > 80:
            return None
        contact = contact or _is_contact(line)
        end += 1
    if not contact:
        return None
    reach = chunks[end : end + _COUNT_REACH]
    if not any(is_word_count_line(chunk.text) for chunk in reach):
        return None
    chunks[index] = replace(
        chunks[index], role="byline", rule="manuscript-contact-block", value=name
    )
    for position in range(index + 1, end):
        chunks[position] = replace(
            chunks[position], role="dropped", rule="manuscript-contact-block"
        )
    return end


def _is_contact(line: str) -> bool:
    """An e-mail address or a telephone number alone on its line."""
    if "@" in line:
        return _MAIL.fullmatch(line) is not None
    return line[-1:].isdigit() and _PHONE.fullmatch(line) is not None
