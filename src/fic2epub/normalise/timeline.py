"""Pass ``timeline-headings``: a story told in two times, its sections headed "Then" and "Now".

A fic that cuts between two times heads each section with a bare word for its time, on a
line of its own: "Then" / "Now", "Before" / "After", "Past" / "Present", sometimes
alternating all the way through ("Now", "Then", "Now", "Then"…). The words are the
sections' names, so each heads a chapter, titled as written. A one-word line of narration
("Now." or "Then.") or a lone "Then" in a poem is not one: see ``timeline_headings``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, Chunks

# The words a time section is headed by, lower case. "present day" is one of them.
_TIME_WORDS = frozenset(
    "then now before after during past present future earlier later today yesterday".split()
)
# The heading: one time word, then at most a date or place in brackets or after a dash or
# colon, starting with a capital or a digit ("Then (1761)", "Now — Shepperton, 1791");
# no sentence's end, so "Now." and "Then, quietly" stay prose.
_TIME_HEADING = lazy(
    r"(?P<word>present\s+day|[a-z]{3,9})"
    r"(?:\s*\(\s*[A-Z0-9][^()\n.!?\"“”]{0,38}\)|\s*[:\-–—|]\s*[A-Z0-9][^()\n.!?\"“”]{0,38})?",
    re.IGNORECASE,
)
# The decoration a heading may wear: "~ Then ~", "**Now**", "-- Before --", "[After]".
_DECOR = "~*=#_+•·<>[]{}|-–— \t"


def _time_word(chunk: Chunk) -> str | None:
    """The time word a lone heading line names ("then", "now", "present day"), else None."""
    text = chunk.text
    # Cheap tests first: a short single line whose first letter after decoration may start
    # a time word.
    if len(text) > 60 or len(chunk.lines) != 1 or chunk.continues:
        return None
    core = text.strip(_DECOR)
    if not core or core[0].lower() not in "tnbadpfely":
        return None
    found = _TIME_HEADING.fullmatch(core)
    if found is None:
        return None
    word = " ".join(found.group("word").lower().split())
    if word not in _TIME_WORDS and word != "present day":
        return None
    return "present" if word == "present day" else word


def _prose(chunk: Chunk) -> bool:
    """A paragraph of story prose: several words ending as a sentence ends."""
    text = chunk.text.rstrip()
    return (
        chunk.role == "text"
        and len(text.split()) >= 5
        and text.endswith((".", "!", "?", "…", '"', "”", "’", "'"))
    )


def timeline_headings(chunks: Chunks, start: int) -> Chunks:
    """Rule ``timeline-heading``: bare lines naming a time ("Then", "Now", "Before",
    "After", "Past", "Present") that head the sections of a story told in two times are
    chapter headings, titled as written.

    Guards, against "Now" or "Then" as a one-word paragraph of prose or a poem's line:
    the story has no other headings; the very first line of the story is one of them; there
    are two or more, naming at least two different times, and no two in a row name the
    same one (a timeline alternates); each stands apart, with a blank line above and below
    (or the story has no blank lines at all), and has a paragraph of prose straight under
    it; the word has no sentence mark after it ("Now." is narration)."""
    if start >= len(chunks) or not (chunks[start].role == "text" or _title_time(chunks[start])):
        return chunks
    if _bare_title_time(chunks, start):
        # With no header, the header took the first section's "Then" for the story's title.
        start -= 1
    # The story opens with a time word, or this is no timeline: one test for most stories.
    elif _time_word(chunks[start]) is None:
        return chunks
    story = chunks[start:]
    if any(chunk.role in ("heading", "part") and not _title_time(chunk) for chunk in story):
        return chunks
    spaced = any(chunk.gap for chunk in story)
    found: list[tuple[int, str]] = []
    for index in range(start, len(chunks) - 1):
        chunk = chunks[index]
        if chunk.role not in ("text", "title", "heading") or (word := _time_word(chunk)) is None:
            continue
        following = chunks[index + 1]
        if spaced and ((chunk.gap < 1 and index > 0) or following.gap < 1):
            continue  # a line run into its neighbours: a poem's or a list's line
        if not _prose(following):
            continue
        found.append((index, word))
    words = [word for _, word in found]
    if (
        len(found) < 2
        or found[0][0] != start
        or len(set(words)) < 2
        or any(a == b for a, b in pairwise(words))
    ):
        return chunks
    marked = list(chunks)
    for index, _ in found:
        marked[index] = replace(
            marked[index], role="heading", rule="timeline-heading", label="", value=""
        )
    return tuple(marked)


# The headings pass's rules for chapters headed by a bare title, which may have read some of
# a timeline's words ("~ Now ~") but not the others ("~ Then (1799) ~", with its digits).
_TITLE_RULES = frozenset({"caps-title-sequence", "decorated-title-sequence"})


def _title_time(chunk: Chunk) -> bool:
    """A heading that a bare-title rule read and that names a time: the timeline's to read."""
    return chunk.rule in _TITLE_RULES and _time_word(chunk) is not None


def _bare_title_time(chunks: Chunks, start: int) -> bool:
    """Rule ``timeline-heading``: a file with no header that opens on "Then" over the
    first section's prose: the header read that first line as the story's title, but it
    is the first time heading when the rest of the story bears the pattern out."""
    if start != 1 or (chunks[0].role, chunks[0].rule) != ("title", "bare-title-line"):
        return False
    return _time_word(chunks[0]) is not None
