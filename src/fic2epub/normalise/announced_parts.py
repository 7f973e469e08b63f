"""Rule ``note-announces-next-part``: the poster's note that names the part under it
("Part two!! sorry it's late") opens that part, not closes the one above.

A story posted in instalments to a chat, a forum or a comment thread has the poster's word
before each later instalment: they announce it by its name, as its heading then spells it.
The note rules read such a line at the end of the chapter above (it comes after that
chapter's text); the heading is moved above it, so the note opens the part it announces.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunks

# A promise of the part for later ("part two tomorrow", "after dinner"): the note closes the
# part above it, posted well before the next.
_LATER = lazy(
    r"\b(?:later|tomorrow|tonight|soon|after\s+(?:dinner|lunch|work|school)|next\s+week"
    r"|coming\s+up|to\s+come|in\s+a\s+(?:bit|while))\b",
    re.IGNORECASE,
)
# Words only, in lower case, to compare a note's opening with a heading.
_WORD = lazy(r"[^\W_]+")


def notes_announcing_parts(chunks: Chunks) -> Chunks:
    """Move a heading above the unlabelled note right over it that opens with the heading's
    own words ("part two!! …" over "PART TWO").

    Guards: the note is unlabelled, one paragraph, and directly above the heading (nothing
    but dropped lines between); its first words are all the heading's words, in order,
    and the heading holds a number or a numeral word, so a thank-you that happens to start
    with a word of a named heading stays where it is; and it promises nothing for later
    ("part two tomorrow!" closes the part above, posted well before the next).
    """
    marked = list(chunks)
    for head, chunk in enumerate(chunks):
        if chunk.role not in ("heading", "part") or head == 0:
            continue
        above = head - 1
        while above > 0 and marked[above].role == "dropped":
            above -= 1
        note = marked[above]
        if note.role != "note" or note.label or not _names(note.text, chunk.text):
            continue
        if _LATER.search(note.text):
            continue  # "part two tomorrow": a promise closing the part above
        if above + 1 < len(marked) and marked[above + 1].role == "note-body":
            continue
        marked.insert(above, marked.pop(head))
    return tuple(marked)


def _names(note: str, heading: str) -> bool:
    """Whether ``note`` opens with every word of ``heading``, which counts something."""
    words = _WORD.findall(heading.lower())
    opening = _WORD.findall(note.lower())[: len(words)]
    return bool(words) and opening == words and len(words) <= 4 and _counts(words)


# A heading that counts: a figure, a numeral word or a Roman numeral among its words.
_COUNTING = lazy(
    r"\d+|[ivxlc]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|first|second|third|fourth|fifth|last|final",
    re.IGNORECASE,
)


def _counts(words: list[str]) -> bool:
    return any(_COUNTING.fullmatch(word) for word in words)
