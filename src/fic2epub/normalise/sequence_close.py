"""The closing section after a run of word-numbered headings.

A fic headed "The First Night", "The Second Night", "The Third Night" (or "Day 1" … "Day 5")
often ends with one more section that does not count on: "Morning", "After", "Home". The
numbered-headings rule cannot see it, as its words break the sequence, yet the author set it
apart the way the numbered headings are set apart, and prose runs under it as under them.

A story also sets a dramatic word apart as a paragraph of its own ("Silence", "Nothing"),
so a one-word line needs more: the run's headings centred as it is, or a word that names
the next stretch of time or the way home after a counted run ("Morning", "After", "Home",
"Holidays" after school terms).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from fic2epub.normalise.chunks import Chunk, is_glyph_line
from fic2epub.normalise.patterns import match_end_marker, match_heading, match_note

# Short words a Title Case heading leaves in lower case ("Return to the Farm").
_SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to with upon".split())
# What a heading does not end with: a sentence's or a clause's end, a quote, a dash.
_NOT_HEADING_ENDS = (".", ",", ";", ":", "!", "?", '"', "”", "'", "’", "-", "—", "–", "…")
# The one-word sections that close a counted run of days or nights: the time after it, or
# the return. A single word outside these, set apart, is as often the story's own ("Silence").
# A run of school terms or weeks ("First Term" … "Third Term") closes on the break or the
# season after it ("Holidays", "Summer"), as a run of days closes on "Morning".
_CLOSING_WORDS = frozenset(
    "morning dawn daybreak sunrise noon evening dusk nightfall night after afterwards afterward "
    "aftermath later now today tomorrow home homecoming return ending last coda".split()
)
# The break or season after a run of terms or weeks only: after "Day One" … "Day Three" a
# "Summer" set apart is as likely the story's own line.
_TERM_CLOSING_WORDS = frozenset(
    "holidays holiday hols vacation christmas easter midsummer summer winter spring autumn "
    "weekend".split()
)
_TERM_WORDS = ("term", "week", "semester", "half")
# What a heading does not open with: dialogue's quotes, a bracketed aside, a list's dash.
_NOT_HEADING_STARTS = ('"', "“", "'", "‘", "(", "[", "-", "—", "*", "#")


def sequence_closing_heading(chunks: list[Chunk], run: Sequence[int]) -> None:
    """Rule ``sequence-closing-heading``: after the last of a run of word-numbered headings,
    the one line that stands like them (a blank line above and below, centred if they are),
    reads as a short Title Case heading, and has story text between it and the last heading
    and under it, is the run's closing heading. A single word needs centred headings or a
    word that closes a counted run (``_CLOSING_WORDS``): "Silence" alone is the story's.

    Only one such line may follow the run: two or more are a list or a verse, not a last
    section. Ending words ("The End") and note labels are not sections.
    """
    if len(run) < 2 or not all(_set_apart(chunks, index) for index in run):
        return
    centred = all(chunks[index].centred for index in run)
    last = run[-1]
    found: int | None = None
    seen_text = False
    for index in range(last + 1, len(chunks)):
        chunk = chunks[index]
        if chunk.role in ("heading", "part"):
            return  # another heading: the run's reach ends, and the rule keeps out
        if chunk.role != "text":
            continue
        text = chunk.text
        # Cheap tests first: a heading is short and opens with a capital.
        if len(text) > 40 or not text[:1].isupper():
            seen_text = seen_text or len(text) > 40
            continue
        if match_end_marker(text):
            break  # the story ends here; what follows is the author's
        if not _heading_shaped(text) or not _set_apart(chunks, index):
            continue
        if chunk.centred != centred or not seen_text or not _prose_under(chunks, index):
            continue
        if found is not None:
            return  # a second candidate: a list or verse, not one closing section
        found = index
    terms = all(any(word in chunks[index].text.lower() for word in _TERM_WORDS) for index in run)
    if found is not None and _one_word_closes(chunks[found].text, centred=centred, terms=terms):
        chunks[found] = replace(chunks[found], role="heading", rule="sequence-closing-heading")


def _one_word_closes(text: str, *, centred: bool, terms: bool) -> bool:
    """Whether the candidate may close the run: two words or more, or a single word under
    centred headings (set apart as they are) or one that names what follows a counted run
    ("Morning", "After", "Home"; "Holidays" after a run of ``terms`` or weeks). A single word
    set apart like any paragraph is as often a dramatic line of the story's ("Silence")."""
    word = text.strip().lower()
    if " " in word or centred or word in _CLOSING_WORDS:
        return True
    return terms and word in _TERM_CLOSING_WORDS


def _heading_shaped(text: str) -> bool:
    """A short Title Case line of words, without a sentence's or a quote's ends."""
    if text.startswith(_NOT_HEADING_STARTS) or text.endswith(_NOT_HEADING_ENDS):
        return False
    if is_glyph_line(text) or match_note(text) is not None or match_heading(text) is not None:
        return False
    words = text.split()
    if not 1 <= len(words) <= 5:
        return False
    return all(
        word[:1].isupper() or word[:1].isdigit() or (position and word in _SMALL_WORDS)
        for position, word in enumerate(words)
    )


def _set_apart(chunks: Sequence[Chunk], index: int) -> bool:
    """A single line with a blank line (or the start) above it and one (or the end) below."""
    chunk = chunks[index]
    above = index == 0 or chunk.gap >= 1
    below = index + 1 == len(chunks) or chunks[index + 1].gap >= 1
    return len(chunk.lines) == 1 and above and below


def _prose_under(chunks: Sequence[Chunk], index: int) -> bool:
    """Whether the next paragraph is story prose: a long line of text."""
    following = chunks[index + 1] if index + 1 < len(chunks) else None
    return following is not None and following.role == "text" and len(following.text) > 40
