"""Review replies written line by line under a note that thanks for reviews.

FanFiction.Net authors answer last chapter's reviewers at the top of the next one, often
with no "Review replies:" heading: "A/N: Thanks for all the reviews!" and under it, with no
blank line, one line per reviewer ("Guest: thanks!", "To Kestrel: yes, soon."). Those lines
are the note's, not the story's first paragraphs. AO3 and journal writers answer comments
the same way, and many set each reply off as a paragraph of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk

# A reply's head: FFN's name for an unsigned reviewer ("Guest:", "Anon:"), or "To" and a
# handle of one to three words ("To Kestrel:", "To night owl 7:"), then the colon and text.
_ADDRESSED = lazy(
    r"(?:guests?|anon(?:ymous)?|to\s+[^\s:]{1,30}(?:\s[^\s:]{1,30}){0,2})\s*:\s+\S",
    re.IGNORECASE,
)
# What the note says to count as answering reviews: the word itself (or AO3's and a
# journal's "comments"), or a guest's reply.
_REVIEWS = lazy(r"\b(?:review|comment)(?:s|ers?|ing|ed)?\b|^guests?\s*:", re.IGNORECASE)
# An unsigned reviewer's name, which no letter or script line is addressed to.
_GUEST = lazy(r"(?:to\s+(?:the\s+)?)?(?:guests?|anon(?:ymous)?)\b", re.IGNORECASE)
# The rules that read a line above as a reply.
_REPLY_RULES = frozenset({"review-reply-run", "review-reply-paragraphs"})
# How many of the note's lines above are read for that word.
_REACH = 8


def reply_run_line(chunks: Sequence[Chunk], start: int, index: int) -> str | None:
    """Rule ``review-reply-run``: the rule that reads the line at ``index``, in the note
    opened at ``start``, as a reply to a reviewer, else None: "Guest: …" or "To <handle>:
    …" written right under the note's line above (no blank line), in a note that speaks of
    reviews ("Thank you for the reviews!") or already answered a guest.

    Guards: the line above is the note's, so a script's "To Mara: …" further down stays
    the story's; the note must speak of reviews; a bare handle ("Kestrel: …") is not
    enough, as a script's speaker reads the same. Rule ``review-reply-paragraphs``: with
    one blank line above, the reply must be one of a run (:func:`_in_reply_run`), so a
    letter opening the story ("To my sister: …") under such a note stays the story's.
    """
    chunk = chunks[index]
    if chunk.gap > 1 or chunk.role != "text" or len(chunk.lines) != 1:
        return None
    if chunks[index - 1].role not in ("note", "note-body"):
        return None
    if _ADDRESSED.match(chunk.text) is None:
        return None
    if chunk.gap and not _in_reply_run(chunks, index):
        return None
    above = chunks[max(start, index - _REACH) : index]
    if not any(_REVIEWS.search(c.text) for c in above if c.role in ("note", "note-body")):
        return None
    return "review-reply-paragraphs" if chunk.gap else "review-reply-run"


def _in_reply_run(chunks: Sequence[Chunk], index: int) -> bool:
    """Whether the addressed paragraph at ``index`` is one of a run of replies: a reply
    stands above it, another follows it (one blank line down), or it answers a guest
    ("To Guest: …"), whom only a reviewer is."""
    if chunks[index - 1].rule in _REPLY_RULES or _GUEST.match(chunks[index].text):
        return True
    if index + 1 >= len(chunks):
        return False
    after = chunks[index + 1]
    return after.gap <= 1 and after.role == "text" and _ADDRESSED.match(after.text) is not None
