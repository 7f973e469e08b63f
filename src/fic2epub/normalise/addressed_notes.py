"""Rule ``closing-word-to-addressee``: the last word to the friend the front matter spoke to.

A story shared with one reader first (a Google Doc sent to a friend, a gift fic) often opens
with a line to that reader above the title ("Sam — read this first!") or a dedication ("for
Sam, who dared me"), and closes, with no label, with a line to the same reader: "Sam, I did
it. You owe me a coffee." That closing line is the author's note, as the opening one is. What
tells it from the story's last paragraph is whom it speaks to: a name the header addressed
and the story itself never names, called by name at the paragraph's start, in the writer's
"I" or "you".

Guards: the name must be addressed in the header (a vocative at a header line's start, or a
dedication's "for NAME"), not be its title, byline or a field; the story must never use the
name but to call someone by it at a paragraph's start (else it is a character's); the
paragraph opens with the name and a comma, dash or "!" and holds "I" or "you" after it; it
is no longer than a note runs.
"""

from __future__ import annotations

from collections.abc import Sequence

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.notes import TALK_RE

# A name as it is written: one capitalised word (no digits).
_NAME = r"[A-Z][^\W\d_]{1,20}"
# A header line that opens by calling someone: "Sam — read this first!", "Dear Sam, here it
# is", "Sam: finally".
_HEADER_VOCATIVE = lazy(rf"(?:(?:dear|hi|hey)\s+)?(?P<name>{_NAME})\s*(?:,|[—–]|-\s|:|!)")
# A dedication: "for Sam, who dared me", "written for Sam".
_DEDICATION = lazy(rf"\bfor\s+(?P<name>{_NAME})\b")
# The closing paragraph's opening: "Sam, I did it.", "Sam — thank you."
_CLOSING_VOCATIVE = lazy(rf"(?:(?:dear|hi|hey)\s+)?(?P<name>{_NAME})\s*(?:,|[—–]|!)")
# Words that open a header line the way a name would, but call nobody.
_NOT_NAMES = frozenset(
    "Note Notes Warning Warnings Summary Disclaimer Author Title Rating Fandom Thanks Please"
    " Also Okay Ok So Well Yes No Oh Hello Sorry Update Edit Chapter Part".split()
)
# The longest closing word to a friend.
_LONGEST = 400


def story_addressees(header: Sequence[Chunk], story: Sequence[Chunk]) -> frozenset[str]:
    """The names the header's lines call or dedicate the story to, less any the ``story``
    names but in a paragraph that opens by calling them (a character is named in the
    telling; a friend is only spoken to)."""
    names = _header_names(header)
    if not names:
        return names
    named: set[str] = set()
    for chunk in story:
        called = _CLOSING_VOCATIVE.match(chunk.text)
        rest = chunk.text[called.end() :] if called is not None else chunk.text
        named.update(name for name in names if name in rest)
    return names - named


def _header_names(header: Sequence[Chunk]) -> frozenset[str]:
    """The names the header's lines (not its title, byline or fields) call or dedicate the
    story to."""
    names: set[str] = set()
    for chunk in header:
        if chunk.role in _NAMED_ROLES:
            continue
        text = chunk.text.strip()
        if (called := _HEADER_VOCATIVE.match(text)) is not None:
            names.add(called.group("name"))
        if "for " in text:
            names.update(found.group("name") for found in _DEDICATION.finditer(text))
    return frozenset(names - _NOT_NAMES)


# Header lines that name the story or its author, not whom it is for.
_NAMED_ROLES = frozenset(("title", "byline", "field", "field-value"))


def addresses_reader(text: str, addressees: frozenset[str]) -> bool:
    """Whether ``text`` (a chapter's last paragraph) speaks to one of ``addressees`` by
    name, in the writer's voice."""
    if not addressees or len(text) > _LONGEST:
        return False
    called = _CLOSING_VOCATIVE.match(text)
    if called is None or called.group("name") not in addressees:
        return False
    return TALK_RE.search(text[called.end() :]) is not None
