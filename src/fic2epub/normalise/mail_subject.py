"""The story's title in its mail's subject, when the writer's header gives none.

A writer who posts a story to a newsgroup or a list in parts often puts no "Title:" line
under the later parts: the subject says it all ("[FIC] Bread and Wax (2/5) [G]"), and the
part opens with a pointer back ("Headers and disclaimer in part one."). A reader who saved
that one article has the subject as the only place the title stands.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.mail import subject_only
from fic2epub.normalise.patterns import FIELD_RE
from fic2epub.normalise.repeated_headers import is_header_pointer

# A subject that announces a story: a fiction tag before the title ("[FIC]", "FIC:",
# "NEW:", "[NEW FIC]") or a part count after it ("(2/5)", "[1/1]", "Part 2 of 5"). A
# subject with neither ("Re: the March challenge", "tickets for Saturday") is talk.
_FIC_TAG = lazy(
    r"^\s*(?:\[[^\[\]]{1,40}\]\s*)?(?:\[\s*(?:new\s+)?(?:fic|fanfic|fanfiction|story)\s*\]"
    r"|(?:new\s+)?(?:fic|story)\s*:|new\s*:|\(\s*fic\s*\))",
    re.IGNORECASE,
)
_PART_COUNT = lazy(
    r"[(\[]\s*(?:part\s+)?\d{1,3}\s*(?:/|\bof\b)\s*(?:\d{1,3}|\?)\s*[)\]]"
    r"|\bpart\s+\d{1,3}\s*(?:/|\bof\b)\s*\d{1,3}\b",
    re.IGNORECASE,
)
# What frames the title in a subject and is cleaned off before it is read: the list's or
# the post's bracketed tags in front ("[tidefic]", "[FIC]"), a fiction tag ("FIC:",
# "NEW:"), and a part count set off by a comma or a dash at the end (", Part 1/2"). A part
# count in brackets and a rating after it are read with the title (metadata).
_LEADING_TAGS = lazy(
    r"^\s*(?:\[[^\[\]]{1,40}\]\s*)*(?:(?:new\s+)?(?:fic|story)\s*:|new\s*:|\(\s*fic\s*\))?\s*",
    re.IGNORECASE,
)
_TRAILING_PART = lazy(r"[\s,;:–—-]*\bpart\s+\d{1,3}\s*(?:/|\bof\b)\s*\d{1,3}\s*$", re.IGNORECASE)
# A reply's subject: the story is the subject of the post it answers, not of this one.
_REPLY = lazy(r"\s*(?:re|aw|sv|fwd?)\s*:", re.IGNORECASE)
# How many of the post's first chunks may hold the writer's own "Title:" line.
_HEADER_REACH = 12


def subject_title(marked: list[Chunk], subject_at: int, body: int, end: int) -> None:
    """Rules ``mail-subject-title`` and ``lone-part-pointer``: the story's first mail.

    Its subject titles the story when it announces one (a fiction tag or a part count) and
    the writer's header under it has no "Title:" line; the tags and count are cleaned off
    when the title is read. A line at the top of the text that only sends the reader to an
    earlier part's header ("Headers and disclaimer in part one.") is dropped: that part is
    not in the file.
    """
    kept = [i for i in range(body, min(end, body + _HEADER_REACH)) if marked[i].role != "dropped"]
    if kept and is_header_pointer(marked[kept[0]].text):
        marked[kept[0]] = replace(marked[kept[0]], role="dropped", rule="lone-part-pointer")
    if any(chunk.role == "title" for chunk in marked) or any(
        _title_field(marked[i].text) for i in kept
    ):
        return
    line, subject = subject_only(marked[subject_at])
    if not subject or _REPLY.match(subject):
        return
    if not (_FIC_TAG.search(subject) or _PART_COUNT.search(subject)):
        return
    title = _TRAILING_PART.sub("", _LEADING_TAGS.sub("", subject, count=1)).strip()
    if title and not any(_titles_alike(marked[i].text, title) for i in kept):
        marked[subject_at] = replace(
            line, role="title", rule="mail-subject-title", value=title, label=""
        )


# Everything but letters and digits, for comparing a title line with the subject's title.
_NON_WORD = lazy(r"[\W_]+")
# What may follow the title in a subject: a part count ("1/2", "2 of 3").
_COUNT_ONLY = lazy(r"[\d\s]*(?:of[\d\s]+)?")


def _titles_alike(line: str, title: str) -> bool:
    """Rule ``title-line-under-subject``: whether ``line`` is the writer's own title line
    under the subject, the subject's title in other capitals ("THE BOWL" under "FIC: The
    Bowl, 1/2"). The writer's line is the title as written; the header pass reads it, so
    the subject does not title the story. Only a whole short line of the same words, so a
    sentence that opens with the title's words stays prose."""
    text = line.strip()
    if not text or len(text) > len(title) + 2 or "\n" in text:
        return False
    words = _NON_WORD.sub(" ", text).strip().casefold()
    wanted = _NON_WORD.sub(" ", title).strip().casefold()
    return (
        bool(words)
        and wanted.startswith(words)
        and bool(_COUNT_ONLY.fullmatch(wanted[len(words) :]))
    )


def _title_field(text: str) -> bool:
    """Whether a line is the writer's own "Title: …" field."""
    if ":" not in text[:12]:
        return False
    found = FIELD_RE.match(text)
    return found is not None and found.group("key").strip().lower() == "title"
