"""An author's labelled aside in the middle of a chapter that sends readers back to it.

Writers break into their own chapter with a one-paragraph note ("A/N: yes, this bit is
really in the play, I promise. Back to it!") and then go on with the story. A chapter's
notes come before or after its story, so such an aside is neither: it stays where the
writer typed it, and the story under it is the chapter's, not the note's body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fic2epub.lazy_re import lazy
from fic2epub.normalise.bracket_notes import story_sentence
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.patterns import match_note
from fic2epub.normalise.previews import is_preview_intro

# The words that close such an aside by sending readers back to the story: "Back to it!",
# "Anyway, back to the story.", "Now back to the fic", "On with the chapter!". They must end
# the paragraph, so "…and I went back to it later" in a note's middle is no hand-back.
_BACK_TO_STORY = lazy(
    r"(?:^|[.!?…,;]\s+|\b(?:anyway|ok(?:ay)?|so|now|right)\W+)"
    r"(?:(?:now|anyway)\W+)?(?:back\s+to|on\s+with)\s+"
    r"(?:it|the\s+(?:story|fic|chapter|plot|show)|our\s+(?:story|regularly\s+scheduled\s+\w+))"
    r"[\s!.…~]*$",
    re.IGNORECASE,
)
# An aside is one paragraph of a few sentences, never a long one.
_LONGEST_ASIDE = 600


def aside_back_to_story(chunks: Sequence[Chunk], index: int, first: int, end: int) -> bool:
    """Rule ``aside-back-to-story``: a labelled note ("A/N: …") written on one paragraph in
    the middle of a chapter, which ends by sending readers back to the story ("Back to
    it!"), with a paragraph of the story right above it and right under it, is the author's
    aside; the story goes on under it.

    Guards: the label's text is on its own line and the paragraph is short; the paragraph
    above is story text and not the chapter's first line; the one under it, with at most
    one blank line between, is a sentence of prose (no note, no end marker, no break); the
    aside announces no preview of the next chapter, whose text under it is the note's; and
    the hand-back closes the paragraph.
    """
    if index <= first or index + 1 >= end:
        return False
    text = chunks[index].text
    note = match_note(text)
    if note is None or not note.rest or len(text) > _LONGEST_ASIDE:
        return False
    if is_preview_intro(note.rest) or _BACK_TO_STORY.search(note.rest) is None:
        return False
    above, below = chunks[index - 1], chunks[index + 1]
    if above.role != "text" or below.role != "text" or below.gap > 1:
        return False
    return story_sentence(below.text)
