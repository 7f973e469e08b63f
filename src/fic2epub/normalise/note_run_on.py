"""Where an author's note runs straight into the story with no blank line between them.

FanFiction.Net's editor (and other editors that paste a note above a chapter) now and then
drops the blank line between the note's last paragraph and the story's first, in a text
whose paragraphs are otherwise set apart by blank lines. The line break then is the only
boundary left, and the two voices tell which side a paragraph is on: the note thanks,
apologises and talks about the writing to "you"; the story narrates, in the past tense.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import OPENING_QUOTES, Chunk

# A story's opening paragraph is a long one; a line an author adds under a note ("I was so
# nervous about this one.") is short.
_PROSE_LENGTH = 80
# Verbs in the past tense: the regular "-ed" (not "-eed": "need", "indeed", "speed") and the
# irregular ones narration can hardly do without.
PAST_RE = lazy(
    r"\b(?:[a-z]{2,}(?<!e)ed"
    r"|was|were|had|did|said|came|went|saw|took|got|made|sat|stood|felt|knew|thought|found"
    r"|left|ran|told|gave|began|kept|held|heard|brought|dug|grew|fell|wore|spoke|lay|rose"
    r"|led|met|paid|sent|spent|struck|threw|woke|wrote|drew|drove|ate|sang|slept|caught)\b",
    re.IGNORECASE,
)
# An author talks to readers in the second person and about the present ("you guys", "I
# hope", "I know", "I'm"); a story's narrator does so only inside its dialogue.
_TALK = lazy(
    r"\b(?:you|your|you['’](?:re|ve|ll|d)|guys|everyone|y['’]all)\b"
    r"|\bI\s+(?:hope|know|think|promise|guess|love|swear|apologi[sz]e|wanted\s+to\s+write)\b"
    r"|\bI['’](?:m|ve|ll)\b|\b(?:lol|haha|omg)\b|[!?]{2}",
    re.IGNORECASE,
)
# Dialogue, which a narrator and a note alike may hold: left out before the tenses are read.
SPEECH_RE = lazy(r"\"[^\"]*\"?|“[^”]*”?")
# How many blank-line-separated paragraphs under the joined one show the text's layout.
_SPACED_AFTER = 2


def narrates(text: str, *, shortest: int = _PROSE_LENGTH) -> bool:
    """Whether a paragraph reads as story narration: long (``shortest`` characters at
    least), two past-tense verbs or more outside its dialogue, and no talk to readers
    ("you", "I hope", "I'm", "lol")."""
    if len(text) < shortest:
        return False
    told = SPEECH_RE.sub(" ", text)
    if _TALK.search(told):
        return False
    verbs = {found.group(0).lower() for found in PAST_RE.finditer(told)}
    return len(verbs) >= 2


# An author's words to readers that carry none of a note's other cues: a reply that opens
# on the guest reviewer it answers ("To the Guest who asked about X: …", "Anon: …"), an
# answer's "yes" after a reply's opening ("To Wren: yes", "@wren: no"), and the openings
# that hand a chapter over ("Okay, here is the map.", "So here's part two"). Not
# "guests" anywhere: "The guests arrived late."; not a "yes" or "no" after any colon: "The
# answer was simple: no." narrates; not "Right here" or "Now here": "Right here is where
# the road ends." is the story's.
_READER_TALK = lazy(
    r"^(?:to\s+)?(?:the\s+|my\s+|all\s+(?:the\s+|my\s+)?)?(?:guest|anon(?:ymous)?)\b[^:]{0,60}:"
    r"|^(?:to\s+|@)[^:]{1,60}:\s*(?:yes|no|yep|nope|yeah)\b"
    r"|^(?:okay|ok|so|alright|all\s+right|anyway)\b[,.!]?\s+"
    r"here(?:\s+(?:is|are)|['’]s)\b",
    re.IGNORECASE,
)
# A note's closing line is a line or two, never a long paragraph.
_CLOSING_LINE = 250


def talks_to_readers_briefly(text: str) -> bool:
    """Whether a short paragraph is the author's word to readers though it holds none of a
    note's usual cues: it talks to "you", answers a guest ("To the Guest who asked: yes, …")
    or hands the chapter over ("Okay, here is the map."), and does not narrate (two
    past-tense verbs or more outside speech). Never dialogue."""
    if len(text) > _CLOSING_LINE or text[:1] in OPENING_QUOTES:
        return False
    if _TALK.search(text) is None and _READER_TALK.search(text) is None:
        return False
    return not narrates(text, shortest=0)


def joined_in_spaced_text(chunks: Sequence[Chunk], index: int) -> bool:
    """Whether ``chunks[index]`` follows the note paragraph above it on the very next line,
    where the note paragraph and the paragraphs under it are each set apart by a blank line:
    a blank line lost between two paragraphs, not a note written line by line (nor a phone
    paste with no blank lines at all, nor a wrapped paragraph's next line).

    The note must show that its own paragraphs are set apart by blank lines: the paragraph
    above is a later paragraph of the note ("note-body"), a blank line under the note's
    first. Right under a note's first line ("A/N: This one is for my aunt."), the next line
    may as well be the note's second line, written line by line, as the story's first."""
    chunk, above = chunks[index], chunks[index - 1]
    if chunk.gap or chunk.continues or above.role != "note-body" or above.gap < 1:
        return False
    if above.text.rstrip().endswith((":", ",")):
        return False
    return prose_spaced_below(chunks, index)


def joined_below(chunks: Sequence[Chunk], index: int, stop: int) -> Chunk | None:
    """The paragraph on the very next line under ``chunks[index]``, when ``chunks[index]``
    is a paragraph one blank line under the note above it and both are plain text, neither
    a wrapped line's continuation: the pair that ``note-last-line-over-prose`` and
    ``note-aside-over-prose`` read as the note's last paragraph over the story's first.
    None for any other line."""
    chunk = chunks[index]
    if chunk.gap != 1 or chunk.continues or chunk.role != "text" or index + 1 >= stop:
        return None
    after = chunks[index + 1]
    if after.gap or after.continues or after.role != "text":
        return None
    return after


def written_line_by_line(chunks: Sequence[Chunk], index: int) -> bool:
    """Rule ``note-line-by-line``: ``chunks[index]`` is on the very next line under a note's
    first paragraph (or under a line already read so), in a text whose paragraphs are set
    apart by blank lines. The note is written line by line ("A/N: This one is for my
    aunt." over "She taught me to read."), and the line is its own, whatever it says: a
    lost blank line is only read where the note shows blank lines of its own (see
    :func:`joined_in_spaced_text`)."""
    chunk, above = chunks[index], chunks[index - 1]
    if chunk.gap or chunk.continues or chunk.role != "text":
        return False
    if above.role == "note":
        if above.gap < 1 and index > 1:
            return False  # the note's label is joined to what is above it: no spaced text
    elif above.rule != "note-line-by-line":
        return False
    return _spaced_below(chunks, index)


def _spaced_below(chunks: Sequence[Chunk], index: int) -> bool:
    """Whether the paragraphs under ``chunks[index]`` are set apart by blank lines."""
    spaced = 0
    for later in chunks[index + 1 : index + 1 + _SPACED_AFTER]:
        if later.gap < 1:
            return False
        spaced += 1
    return spaced > 0


# How many paragraphs under the story's first one show that the story's paragraphs are set
# apart by blank lines, and how many of them at least must be.
_PROSE_WINDOW = 4
_PROSE_SPACED = 2


def prose_spaced_below(chunks: Sequence[Chunk], index: int) -> bool:
    """Whether the story under its first paragraph ``chunks[index]`` sets its paragraphs
    apart by blank lines: the next one is, and half of the few under it. A block of short
    lines kept together (a verse, a sign on a door: "CLOSED" over two lines) may come
    right after the first paragraph; a text with no blank lines at all never passes."""
    below = chunks[index + 1 : index + 1 + _PROSE_WINDOW]
    if not below or below[0].gap < 1:
        return False
    return sum(later.gap >= 1 for later in below) >= min(_PROSE_SPACED, len(below))
