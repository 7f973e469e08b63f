"""Story lines that open with a note's label ("Notes: …", "Note: …") but belong to the prose.

A story may show a line from a character's notebook, a memo or a ledger as it was written,
label and all. Three rules tell such a line from the author's note or the chapter's header
field it looks like: the prose above introduces it (``label-introduced-by-prose``), the
prose below has it written (``label-written-in-story``), or the prose below names it by its
label as someone's ("That was Mr. Hale's summary", ``label-named-by-prose``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.fields import is_known_label, opens_with_rating
from fic2epub.normalise.notes import is_note_like, is_structural
from fic2epub.normalise.patterns import FIELD_RE, match_note

# Fewest words a paragraph needs to be the prose sentence that introduces a line, rather
# than a short label of its own ("Edit:", "Update 2:").
_INTRO_WORDS = 4
# Only a plain "Note:"/"Notes:" can be a character's: "A/N", "Author's Note" or "AN1" name
# the author, and are the author's wherever they stand.
_PLAIN_LABELS = frozenset({"note", "notes"})


def _plain_label(text: str) -> bool:
    found = match_note(text)
    return found is not None and found.label.lower() in _PLAIN_LABELS


def _story_follows(chunks: Sequence[Chunk], index: int) -> Chunk | None:
    """The story paragraph right under ``chunks[index]``: text, no blank-line run before it,
    nothing structural, and no words of an author talking to readers; None otherwise."""
    position = index + 1
    while position < len(chunks) and chunks[position].role == "dropped":
        position += 1
    below = chunks[position] if position < len(chunks) else None
    if (
        below is None
        or below.role != "text"
        or below.gap >= 2
        or is_structural(below)
        or is_note_like(below.text)
    ):
        return None
    return below


def label_in_prose(chunks: Sequence[Chunk], index: int, first: int) -> bool:
    """Rule ``label-introduced-by-prose``: a "Notes: …" line that a story sentence ending in
    a colon introduces ("I wrote in my book that night:") and that story prose follows is
    a line the story quotes (a character's notebook, a memo), not the author's note.

    Why it is safe: an author's note follows a heading, a site's marker ("Chapter Text"),
    a header field or the story's last line, never a prose sentence that ends in a colon to
    announce what comes next. Guards: a plain "Note"/"Notes" label; the paragraph above is
    story text of a few words ending in ":" with no blank-line run between; the paragraph
    below is story text that does not talk to readers, so a cliffhanger ending in a colon
    with the author's note under it stays a note.
    """
    if index <= first or index + 1 >= len(chunks):
        return False
    above = chunks[index - 1]
    if above.role != "text" or chunks[index].gap >= 2:
        return False
    intro = above.text.rstrip(" *_")
    if not intro.endswith(":") or len(intro.split()) < _INTRO_WORDS:
        return False
    return _plain_label(chunks[index].text) and _story_follows(chunks, index) is not None


# Words of putting something down on paper: "underlined", "wrote", "jotted", "crossed out".
_WRITING = lazy(
    r"\b(?:wrote|written|writing|underlin(?:ed|ing)|scribbl(?:ed|ing)|jott(?:ed|ing)"
    r"|blott(?:ed|ing)|crossed\s+out|struck\s+out|copied|pencill?ed|inked|circled)\b",
    re.IGNORECASE,
)
# A short phrase in quotation marks inside the narration: “free”, "dear", ‘the sea air’.
_QUOTED_PHRASE = lazy(r"[“\"‘]([^“”\"‘’]{1,40})[”\"’]")
# How much of the paragraph under the line is searched for the echo: its opening.
_ECHO_SPAN = 240


def label_written_in_story(chunks: Sequence[Chunk], index: int) -> bool:
    """Rule ``label-written-in-story``: a "Note: …" line (a notebook entry opening a chapter)
    whose next paragraph has someone write or mark it, quoting a word of it ("He underlined
    the word “free” twice and closed the book"), is the character's line, not the author's.

    Why: an author's note is never written down inside the story, nor quoted back by the
    narration as something set on paper. Guards: a plain "Note"/"Notes" label with text of
    its own and no words of an author talking to readers; the paragraph under it is story
    text (see ``_story_follows``) that, in its opening, both names writing (``_WRITING``)
    and quotes a word or phrase found in the line. A story's first paragraph that only
    mentions writing ("She wrote to him every week") leaves an author's note alone.
    """
    text = chunks[index].text
    found = match_note(text)
    if found is None or found.label.lower() not in _PLAIN_LABELS or not found.rest:
        return False
    if is_note_like(found.rest):
        return False
    below = _story_follows(chunks, index)
    if below is None:
        return False
    opening = below.text[:_ECHO_SPAN]
    if _WRITING.search(opening) is None:
        return False
    line = found.rest.lower()
    return any(_echoes(quoted.group(1), line) for quoted in _QUOTED_PHRASE.finditer(opening))


def _echoes(phrase: str, line: str) -> bool:
    """Whether a quoted phrase repeats words of the line (whole words, any case)."""
    words = phrase.lower().strip(" .,;:!?").split()
    if not words:
        return False
    return re.search(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", line) is not None


# The rules that read a labelled line at a chapter's start as the story's (see below).
STORY_LABEL_RULES = ("label-written-in-story", "label-named-by-prose", "label-on-story-sentence")


def label_read_as_story(chunks: Sequence[Chunk], index: int) -> str | None:
    """The rule that reads a labelled line opening a chapter ("Note: …", "Summary: …") as
    the story's own first line, or None when it is the author's note or header field."""
    if label_written_in_story(chunks, index):
        return "label-written-in-story"
    if label_named_by_prose(chunks, index):
        return "label-named-by-prose"
    if label_on_story_sentence(chunks, index):
        return "label-on-story-sentence"
    return None


# The label words the rule takes up: one word of letters, as "Summary", "Note", "Warning".
_LABEL_WORD = lazy(r"[A-Za-z]{4,20}")
# How much of the paragraph under the line is searched for the label word: its opening
# sentence or so ("That was Mr. Swinton's summary, written small…").
_NAMING_SPAN = 120
# What points the label word back at the line above as someone's or as that very one:
# a demonstrative ("that", "this", "such"), a possessive ("his", "the clerk's"), and at
# most two words between ("That was the whole summary", "Such was the warning").
_BACK_REFERENCE = (
    r"\b(?:(?i:that|this|such|these|those|his|her|their|its|my|our)"
    r"|[\w.-]+['’]s?)\s+(?:[\w.'’-]+\s+){{0,2}}?{label}s?\b"
)


def label_named_by_prose(chunks: Sequence[Chunk], index: int) -> bool:
    """Rule ``label-named-by-prose``: a "Summary: …" (or "Note: …", "Warning: …") line
    opening a chapter that the next paragraph names by its label word as someone's or as
    that very one ("That was Mr. Swinton's summary, written small in pencil…", "Such was
    the warning on the gate") is a line of the story (a lawyer's summary, a notice), not
    the chapter's summary or the author's note.

    Why it is safe: an author never goes on to talk about their own chapter summary or
    note in the story's first sentence, and the narration points back at the line with a
    demonstrative or a possessive right before the label word. Guards: a one-word label
    with text of its own and no words of an author talking to readers; the paragraph under
    it is story text (see ``_story_follows``) whose opening holds the label word with
    "that", "this", "such", "his" or a name's possessive at most two words before it. A
    story's first paragraph that only uses the word ("She summed it up in one summary")
    leaves the line alone.
    """
    text = chunks[index].text
    if ":" not in text[:24]:
        return False  # cheap: no label in the line's opening
    found = FIELD_RE.fullmatch(text)
    if found is None:
        return False
    label, rest = found.group("key").strip(), found.group("value").strip()
    if not _LABEL_WORD.fullmatch(label) or not rest or is_note_like(rest):
        return False
    below = _story_follows(chunks, index)
    if below is None:
        return False
    opening = below.text[:_NAMING_SPAN]
    if label.lower() not in opening.lower():
        return False  # cheap: the label word is not in the opening at all
    pattern = _BACK_REFERENCE.format(label=f"(?i:{re.escape(label)})")
    return re.search(pattern, opening) is not None


# The header labels whose value is a code, a count, a name or a short list ("Rating: T",
# "Warnings: none", "Pairing: A/B", "Beta: name"), never a sentence of prose. A summary's,
# a disclaimer's or a note's value is one, so those labels are not read here.
_SHORT_VALUE_LABELS = frozenset(
    {"rating", "rated", "warning", "warnings", "pairing", "pairings", "beta", "word count"}
)
# Fewest words of a value read as a sentence of the story.
_SENTENCE_WORDS = 12
# Fewest words in one stretch of the value with no comma, "and" or "or" in it: a list of
# warnings ("mild violence, swearing and a major character death at the end") is made of
# shorter items; a clause of prose runs on.
_CLAUSE_WORDS = 9
# The author talking to readers in person: "you", "I", "my". A warning to readers says "if
# you are squeamish…"; a notice or a minute the story quotes speaks of no one in person.
_READER_TALK = lazy(r"\bI\b|\bI['’](?:m|ve|d|ll)\b|\b(?i:you|your|you['’](?:re|ve|ll|d)|my)\b")
# What parts a list's items: commas, semicolons, slashes, "and", "or", a sentence's end.
_LIST_PARTS = lazy(r"[,;/.!?]|\b(?:and|or|&)\b", re.IGNORECASE)


def label_on_story_sentence(chunks: Sequence[Chunk], index: int) -> bool:
    """Rule ``label-on-story-sentence``: a line that opens a chapter with a short field's
    label ("Rating:", "Warning:") but goes on with a long sentence of prose ("Warning:
    whosoever shelters the outlaw shall hang for it, by order of the governor.", a town
    council's "Rating: every cottage on the lane to pay a shilling a year …") is the story's
    first line, a notice or a minute the story quotes, not the chapter's header field.

    Why it is safe: a label belongs to a header only where a header stands and when its
    value looks like a field's. A rating is a code, a warning a short list or a word to
    readers, a pairing a few names; none is a long clause of narration. Guards: one of the
    short-valued labels (``_SHORT_VALUE_LABELS``); a value of twelve words or more ending
    a sentence, with a stretch of nine words or more that no comma, "and" or "or" breaks,
    and no words of an author talking to readers ("this chapter", "you", "I", "my"); a
    rating's value that opens with a rating ("T for language and …") stays a field; the paragraph
    under it is story text, not another header field.
    """
    text = chunks[index].text
    if ":" not in text[:16]:
        return False  # cheap: no short label in the line's opening
    found = FIELD_RE.fullmatch(text)
    if found is None:
        return False
    label, value = found.group("key").strip(), found.group("value").strip()
    if label.lower() not in _SHORT_VALUE_LABELS or not _sentence_value(label, value):
        return False
    below = _story_follows(chunks, index)
    if below is None:
        return False
    # A header block goes on with its next label ("Warnings: …" over "Pairing: …").
    field = FIELD_RE.fullmatch(below.text)
    return field is None or not is_known_label(field.group("key"))


def _sentence_value(label: str, value: str) -> bool:
    """Whether a field's value is a long sentence of prose rather than a field's value."""
    if len(value.split()) < _SENTENCE_WORDS or value.rstrip("\"”’'*_)")[-1:] not in ".!?":
        return False
    if label.lower().startswith("rat") and opens_with_rating(value):
        return False
    if is_note_like(value) or _READER_TALK.search(value):
        return False  # the author's word to readers: the field's own value
    return max(len(part.split()) for part in _LIST_PARTS.split(value)) >= _CLAUSE_WORDS
