"""The writer's word on how the pieces came to be, above the first of several headings.

A collection's opening paragraph often says how its pieces were written rather than what
they are about: "These were written one a week for the winter ficathon and I never put
them together until now." That is the writer's note, not the work's summary.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import QUOTES

# How the pieces came to be: written or posted (in the past), the occasion writers write
# for, or the draft left unread by a beta.
_WRITING = lazy(
    # "I have written", "I've posted": a writer gathering her works ("Everything I have
    # written for this fandom so far").
    r"\b(?:(?:were|was|been|got|have|had|['’]ve)\s+(?:written|posted|drafted)|wrote|posted"
    # Rule ``ever-finished``: "everything I ever finished", a writer gathering her works.
    r"|ever\s+finished"
    r"|ficathon|fic\s?exchange|prompt\s+table"
    r"|(?:not|un-?)\s?beta(?:['’]?d|ed))\b",
    re.IGNORECASE,
)
# The writer as "I" (a phone's lower-case "i" too): "my" and "me" alone are a dedication's
# ("for my lit group"), which a subtitle may hold.
_WRITER_I = lazy(r"\bI\b|(?:^|\s)i(?=\s|['’])")
# Longer than this, an opening paragraph is prose, whatever it mentions.
_LONGEST = 400
# The cheap test: words one of _WRITING's alternatives holds.
_CUES = ("writ", "wrote", "post", "ficathon", "exchange", "prompt", "beta", "finished")


# Rule ``fic-began-as``: how the piece came to be, said of "this" with no "I": "this
# started as a joke in a discord server", "this was supposed to be a drabble". Only with
# the kinds of writing a piece grows out of (a joke, a drabble, a prompt fill, a comment).
_BEGAN_AS = lazy(
    r"\bthis(?:\s+(?:fic|story|one|thing|whole\s+thing))?\s+(?:(?:started|began)(?:\s+out|\s+life)?"
    r"\s+as|was\s+(?:supposed|meant)\s+to\s+be)\s+(?:a\s+|an\s+)?(?:\w+\s+)?"
    r"(?:joke|drabble|ficlet|crack(?:fic)?|prompt|fill|shitpost|bit|meme|one-?shot|comment"
    r"|tweet|thread|post|ask|headcanon|snippet)s?\b",
    re.IGNORECASE,
)
# Rule ``here-are-the-fills``: the poster presenting a round's pieces, "Here are this
# round's fills", "here are the drabbles": no "I", but the pieces named by their fannish
# form (a fill, a drabble, a ficlet), which no story's summary presents so.
_PRESENTS = lazy(
    r"\bhere\s+(?:are|is)\s+(?:the|this\s+\w+['’]s|my|our|your|all)\s+(?:\w+\s+){0,2}?"
    r"(?:fills|drabbles|ficlets|prompt\s+fills|entries)\b",
    re.IGNORECASE,
)
# The reader spoken to ("you"): with it, the piece's making is told to someone.
_READER_YOU = lazy(r"\byou\b", re.IGNORECASE)


def tells_how_written(text: str) -> bool:
    """Rule ``writing-talk-before-chapter-1`` (the words): a short paragraph in which the
    writer says "I" and how the pieces were written or posted ("These were written for a
    ficathon and I never put them together", "I kept thinking about him. not beta'd"), or
    without the "I" how the piece began, to the reader (``fic-began-as``).
    Guards: never dialogue, never long, both the "I" and the words of writing, so a
    summary ("A letter was written that changed everything.") and a subtitle's dedication
    ("a fic for my lit group") stay what they are."""
    if len(text) > _LONGEST or text[:1] in QUOTES:
        return False
    lowered = text.lower()
    if "this" in lowered and _BEGAN_AS.search(text) and _READER_YOU.search(text):
        # Rule ``fic-began-as``: no "I", but the piece's beginnings told to "you".
        return True
    if "here " in lowered and _PRESENTS.search(text):
        return True
    if not any(cue in lowered for cue in _CUES):
        return False
    return _WRITING.search(text) is not None and _WRITER_I.search(text) is not None
