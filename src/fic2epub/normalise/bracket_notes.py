"""The author's word to readers set in brackets, with no label, at a chapter's edge.

Many writers set their notes apart by brackets instead of an "A/N:" label: "[Sorry this is
late, the move took all month. Thanks for every comment!]" over a chapter, "[ok more soon,
comment if u want the next bit - pip]" under it. The brackets frame the note; what tells it
from a story's own bracketed line ("[Redacted]", "[Enter the Ghost]", "[Text from Sam: where
r u]", a signed letter "[Come alone. —J]") is that it talks to the readers about the
writing: a note's words (comments, thanks, "this chapter"), or the writer's "I" and "you".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.bracket_thanks import thanks_readers
from fic2epub.normalise.chunks import OPENING_QUOTES, Chunk, is_glyph_line
from fic2epub.normalise.dedication import dedicates
from fic2epub.normalise.note_run_on import narrates
from fic2epub.normalise.notes import is_note_like, talks_about_story
from fic2epub.normalise.patterns import match_end_marker, match_note
from fic2epub.normalise.previews import is_preview_intro
from fic2epub.normalise.reader_talk import talks_about_writing

# The longest bracketed note, all its paragraphs together: a story's bracketed document
# (a letter, a transcript) runs longer.
_LONGEST = 1200
# The most paragraphs one pair of brackets may hold as a note.
_MOST_PARAGRAPHS = 5
# The fewest words of a note told only by the writer's "I": "[I love you]" is a message.
_FEWEST_WORDS = 6

# The writer's own person: "I", "me", "my" (a story's bracketed line is most often a stage
# direction, a caption or a redaction, in no person at all).
_FIRST_PERSON = lazy(r"\b(?:I|I['’](?:m|ve|d|ll)|(?i:me|my))\b")
# Where one sentence ends and the next begins.
_SENTENCE_BREAK = lazy(r"[.!?…][\"”’)]?\s+[\"“‘(]?[A-Z]")
# A message or a transcript's line: the sender's or speaker's name and a colon ("Sam: where r
# u", "Text from Mum: call me", "11:42 PM"); also a label the note rules did not take
# ("Warning: …"), which is left alone.
_MESSAGE = lazy(r"[\w.'’ -]{1,30}:\s|\d{1,2}:\d{2}")
# A dashed signature closing the note inside its brackets, after a sentence's end: "… soon!
# - K.", "… I promise. ~pip", "… -- Ros". Only after a stop, so a story's bracketed line
# that ends on a dashed word ("[The door shut - for good]") is not signed.
_SIGNED = lazy(r"[.!?…][\"”’)]?\s*[-–—~]{1,2}\s?[^\W\d][\w.'’]{0,20}(?:\s[A-Z][\w.'’]{0,20})?\.?$")
# Talk about posting the story, which a narrator's aside in round brackets never holds:
# updates, the next or last chapter.
_POSTING = lazy(
    r"\b(?:updat(?:e|es|ed|ing)|(?:next|last|this|new)\s+(?:chapter|part|update)s?)\b",
    re.IGNORECASE,
)
# Rule ``bracketed-posting-schedule``: when the parts come out, "part 1 below, part 2
# tomorrow", "ch 3 next week": a part's number with the time or place of its posting, which
# a narrator's aside never gives, so it needs no "I" or "you" beside it. The number may be
# spelled out ("part two tomorrow") or Roman, as the headings of such posts are.
_SCHEDULE = lazy(
    r"\b(?:part|chapter|ch|pt)\.?\s*(?:\d{1,3}|(?:one|two|three|four|five|six|seven|eight|nine"
    r"|ten|[ivx]{1,5})(?=\s))\s+(?:is\s+)?(?:below|tomorrow|tmrw|tonight"
    r"|next\s+(?:week|time)|soon|(?:coming\s+)?(?:up\s+)?(?:on\s+)?(?:monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday))\b",
    re.IGNORECASE,
)
# Rule ``bracketed-source-pointer``: the writer telling readers about the book the story
# retells, in the present tense: how old it is or where to read it ("the book is from 1867
# and it's free online if you want …", "the original's in the public domain"). A narrator's
# aside speaks of the story's world, not of a book's date and where it is to be had.
_SOURCE_POINTER = lazy(
    r"\b(?:the\s+(?:book|novel|original|poems?|play|source|canon)|it)\s+(?:is|['’]s)\s+"
    r"(?:from\s+1[5-9]\d\d|(?:all\s+)?free\s+(?:online|to\s+read)|(?:in\s+the\s+)?public\s+domain"
    r"|on\s+(?:project\s+)?gutenberg)\b",
    re.IGNORECASE,
)
# Rule ``bracketed-fic-self-reference``: the paragraph calls itself a fic, "(This is sort of
# fan fiction of …)", "(this was a drabble for …)": what no narrator's aside says.
_SELF_FIC = lazy(
    r"\bthis\s+(?:is|was)\s+(?:[\w-]+\s+){0,3}?(?:fan\s*-?fic(?:tion)?|fic|ficlet|drabble"
    r"|one-?shot)\b",
    re.IGNORECASE,
)
# The author talking to readers in person: "I", "my", "you".
_READER_VOICE = lazy(r"\bI\b|\bI['’](?:m|ve|d|ll)\b|\b(?i:my|you|your|u|ur|guys)\b")


def is_bracketed_talk(text: str) -> bool:
    """Rule ``bracketed-note``: a paragraph (or paragraphs, joined) wholly in brackets that
    talks to readers.

    In square brackets, which a narrator seldom uses, a note's own words (comments, thanks,
    "this chapter", a smiley) will do. In round brackets, where a narrator's aside stands
    ("(He never did forgive her.)"), only words about the writing or its posting (reviews,
    updates, "this chapter") spoken in the author's "I" or "you" will, or when the parts come
    out ("part 2 tomorrow": ``bracketed-posting-schedule``), or thanks for the reading or
    the ask (``bracketed-thanks``, bracket_thanks), or the book the story retells, its date
    or where to read it, told to "you" (``bracketed-source-pointer``), or the paragraph
    calling itself a fic (``bracketed-fic-self-reference``), or a note's words
    with a dashed signature at the end ("… thanks! - K."). A signature alone never does: a
    story's letter or message is signed too ("[Come alone. —J]"). In square brackets, the
    writer's "I", "me" or "my" in two sentences or more of six words at least will also do
    ("[This one is mostly the cat talking. I regret nothing.]"), unless the sentences narrate
    in the past tense ("[Years earlier. I was nine and the house still stood.]").

    Guards: never a message or transcript line ("Sam: …", a time), never quoted speech,
    never a one-sentence message ("[I know what you did]"), never longer than a note runs."""
    if len(text) < 4 or len(text) > _LONGEST or text[0] not in "[(":
        return False
    closer = "]" if text[0] == "[" else ")"
    if text[-1] != closer or text.count(text[0]) != 1 or text.count(closer) != 1:
        return False  # one pair of brackets round the whole, not "[1] … [2]"
    inner = text[1:-1].strip()
    if not inner or inner[0] in OPENING_QUOTES or _MESSAGE.match(inner):
        return False
    signed = _SIGNED.search(inner[-50:]) is not None
    if closer == "]" or signed:
        if talks_about_story(inner):
            return True
    elif (
        talks_about_writing(inner)
        or (_POSTING.search(inner) and _READER_VOICE.search(inner))
        or _SCHEDULE.search(inner) is not None
        or thanks_readers(inner)
        or (_SOURCE_POINTER.search(inner) and _READER_VOICE.search(inner))
        or _SELF_FIC.search(inner) is not None
    ):
        return True
    if signed:
        return False  # signed, yet none of a note's words: a letter or message in the story
    if dedicates(inner):
        return True  # whom the story is for: "(this one's for my aunt, who …)"
    if closer == ")" or len(inner.split()) < _FEWEST_WORDS:
        return False
    # The writer's own voice, over more than one sentence: a story's bracketed message or
    # caption is a single line, and a narrator's bracketed flashback tells in the past tense.
    sentences = len(_SENTENCE_BREAK.findall(inner)) + 1
    if sentences < 2 or _FIRST_PERSON.search(inner) is None:
        return False
    return not narrates(inner, shortest=0)


def leading_bracket_note(chunks: list[Chunk], index: int, end: int) -> int | None:
    """Rule ``bracketed-note`` at a chapter's start: the paragraph at ``index`` opens a
    bracket that it, or one of the next few paragraphs, closes, and the whole talks to
    readers. Marks the run a note labelled ""; returns the index after it, or None."""
    text = chunks[index].text
    if text[:1] not in "[(":
        return None
    closer = "]" if text[0] == "[" else ")"
    last = index
    while not chunks[last].text.endswith(closer):
        last += 1
        if last >= end or last - index >= _MOST_PARAGRAPHS or not _plain(chunks[last]):
            return None
    if not _mark(chunks, index, last):
        return None
    return last + 1


def trailing_bracket_note(chunks: list[Chunk], index: int, first: int) -> int | None:
    """Rule ``bracketed-note`` at a chapter's end: the paragraph at ``index`` closes a
    bracket that it, or one of the few paragraphs above, opens, and the whole talks to
    readers. Marks the run a note labelled ""; returns the index of its first paragraph,
    or None."""
    text = chunks[index].text
    if text[-1:] not in "])":
        return None
    opener = "[" if text[-1] == "]" else "("
    top = index
    while not chunks[top].text.startswith(opener):
        top -= 1
        if top < first or index - top >= _MOST_PARAGRAPHS or not _plain(chunks[top]):
            return None
    if not _mark(chunks, top, index):
        return None
    return top


def _plain(chunk: Chunk) -> bool:
    """A story paragraph no rule has read yet."""
    return chunk.role == "text"


def _mark(chunks: list[Chunk], top: int, last: int) -> bool:
    """Mark ``top``..``last`` a note when their text, joined, talks to readers."""
    run: Sequence[Chunk] = chunks[top : last + 1]
    if not all(_plain(chunk) for chunk in run):
        return False
    if not is_bracketed_talk(" ".join(chunk.text for chunk in run)):
        return False
    head = run[0]
    # The brackets frame the note as a label would: the note is what they hold. The last
    # paragraph's closing bracket of a longer run is dropped when the note is built.
    value = head.text[1:-1].strip() if top == last else head.text[1:].lstrip()
    chunks[top] = replace(head, role="note", rule="bracketed-note", label="", value=value)
    for later in range(top + 1, last + 1):
        chunks[later] = replace(chunks[later], role="note-body", rule="bracketed-note")
    return True


def bracketed_aside(chunks: Sequence[Chunk], index: int, first: int, end: int) -> bool:
    """Rule ``bracketed-aside-note``: a labelled note closed inside its own brackets on one
    paragraph ("(A/N: yes, I know she would never say this.)", "[AN: …]"), with a
    paragraph of the story right above it and right under it, is the author's aside in the
    middle of the chapter. The brackets end the note, so the prose under it is the story
    going on, not the note's; and a chapter's notes come before or after its story, so the
    aside stays in the text where the author typed it.

    Guards: the bracket opened first closes at the paragraph's end; the paragraph above is
    story text and not the chapter's first; the one under it, with no break between, is a
    sentence of prose that neither talks to readers, nor labels a note, nor ends the
    chapter; the aside does not announce a preview (whose text under it is the note's).

    Rule ``aside-over-dialogue``: the story may go on in short lines of dialogue ("“That's
    wrong,” said Anni.") too short to tell as prose alone; a few such quoted lines, then a
    paragraph of prose, are the scene going on all the same."""
    text = chunks[index].text
    if text[:1] not in "([" or index <= first or index + 1 >= end:
        return False
    note = match_note(text)
    if note is None or not _closed_at_end(text) or is_preview_intro(note.rest):
        return False
    if chunks[index - 1].role != "text":
        return False
    return _story_goes_on(chunks, index + 1, end)


# The most short lines of dialogue under an aside before the prose it waits for.
_DIALOGUE_LINES = 3


def _story_goes_on(chunks: Sequence[Chunk], index: int, end: int) -> bool:
    """Whether the paragraphs from ``index`` go on with the story: a sentence of prose,
    after at most a few short quoted lines (``aside-over-dialogue``), none past a break."""
    for position in range(index, min(end, index + _DIALOGUE_LINES + 1)):
        chunk = chunks[position]
        if chunk.role != "text" or chunk.gap > 1:
            return False
        if story_sentence(chunk.text):
            return True
        if not _dialogue_line(chunk.text):
            return False
    return False


def _dialogue_line(text: str) -> bool:
    """A short paragraph of quoted speech, with or without its tag ("“It's only
    different.”", "“No,” she said."), that is none of a note's lines."""
    if text[:1] not in OPENING_QUOTES or not text.rstrip().endswith(_PROSE_STOPS):
        return False
    return not (match_note(text) or is_note_like(text))


def _closed_at_end(text: str) -> bool:
    """Whether the bracket that opens the paragraph closes at its very end, and no sooner."""
    opener = text[0]
    closer = "]" if opener == "[" else ")"
    if not text.endswith(closer):
        return False
    depth = 0
    for position, char in enumerate(text):
        if char == opener:
            depth += 1
        elif char == closer:
            depth -= 1
            if depth == 0:
                return position == len(text) - 1
    return False


# The fewest words of the story's paragraph under an aside.
_ASIDE_PROSE_WORDS = 5


def story_sentence(text: str) -> bool:
    """A paragraph of the story's prose: several words ending on a sentence's stop, and
    none of a note's, an end marker's or a break's looks."""
    if len(text.split()) < _ASIDE_PROSE_WORDS or not text.rstrip().endswith(_PROSE_STOPS):
        return False
    if is_glyph_line(text) or match_end_marker(text) or match_note(text):
        return False
    return not is_note_like(text)


_PROSE_STOPS = (".", "!", "?", "…", '"', "”", "’")
