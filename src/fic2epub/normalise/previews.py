"""Previews: the author's taste of the next chapter under this one's closing note.

FanFiction.Net authors close a chapter with "Sneak peek at chapter three:", "Preview:",
"Next time: …" or "Next chapter:" and a line or two of the chapter to come, often a quoted
line of dialogue. The lines read as story prose, but they are the author showing readers a
piece of another chapter: the note's, not this chapter's text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import Chunk, is_glyph_line
from fic2epub.normalise.patterns import match_heading, match_note

# Rule ``preview-intro``: the words that announce a preview, at the paragraph's start, with
# at most a short "at/of/for chapter three" or "on Title" after them, then the colon that
# hands over to the preview: "Sneak peek at chapter three:", "A little preview:", "Next
# time: the creditors call.", "Coming up next:", "Teaser for the next chapter:". The colon is
# required, so "Next time, she would take the coach." stays prose. ``strong`` holds the words
# only an author uses; "Next time:" alone could open a character's list ("Next time: rope").
_INTRO = lazy(
    r"[*_~\[(-]*\s*(?:(?:a|and|here['’]?s|here\s+is|now)\s+(?:an?\s+)?)?"
    r"(?:little\s+|small\s+|tiny\s+)?"
    r"(?:(?P<strong>sneak\s*-?\s*peeks?|previews?|teasers?|next\s+chapter"
    r"|coming\s+up(?:\s+next)?|in\s+the\s+next\s+chapter)|next\s+time)"
    r"(?:\s+(?:at|of|for|from|on|in)\s+[^:.!?\"“]{1,40}?)?[*_~\])]*\s*[:：]",
    re.IGNORECASE,
)
# A preview's first letter after any markup: s(neak), p(review), t(easer), n(ext), c(oming),
# i(n the next), a/l/h (a little, here's).
_FIRST_LETTERS = frozenset("sptncialhSPTNCIALH")
# The most paragraphs a preview runs to after its intro line.
_PREVIEW_PARAGRAPHS = 3


def is_preview_intro(text: str, *, strong: bool = False) -> bool:
    """Rule ``preview-intro``: whether a paragraph opens by announcing a preview of the next
    chapter ("Sneak peek at chapter three:", "Next time: …"); ``strong`` asks for the words
    only an author uses (not "Next time:")."""
    lead = text.lstrip("*_~[(- ")[:1]
    if lead not in _FIRST_LETTERS or len(text) > 400:
        return False
    found = _INTRO.match(text)
    return found is not None and (not strong or found.group("strong") is not None)


def unlabelled_preview(chunks: list[Chunk], first: int, end: int) -> int:
    """Rule ``unlabelled-preview``: a preview written under the story with no "A/N:" label
    ("Next chapter: the ball!", or "Sneak peek:" over a quoted line) is the author's note
    all the same, labelled "". Marks it; returns where it starts (``end`` when there is none).

    Guards: the intro opens one of the chapter's last few paragraphs, after at least one
    paragraph of prose, and nothing under it to the chapter's end is a heading, a note, a
    break line or more than a few paragraphs: the preview is the chapter's last word.
    """
    last = end
    while last > first and chunks[last - 1].role == "dropped":
        last -= 1
    for index in range(last - 1, max(first, last - 1 - _PREVIEW_PARAGRAPHS) - 1, -1):
        chunk = chunks[index]
        text = chunk.text
        if chunk.role != "text" or is_glyph_line(text) or match_heading(text) or match_note(text):
            return end
        if index > first and is_preview_intro(text, strong=True):
            later_kept = [i for i in range(index + 1, last) if chunks[i].role != "dropped"]
            if later_kept and all(is_site_chrome(chunks[i].text) for i in later_kept):
                # Rule ``next-chapter-box``: "Next Chapter: The Gourds" over the site's own
                # lines ("Estimated time remaining: 7 Minutes", "Return to Story
                # Description") is the chapter page's box pointing on, not the author's
                # preview: the site's.
                for position in (index, *later_kept):
                    chunks[position] = replace(
                        chunks[position], role="dropped", rule="next-chapter-box"
                    )
                return index
            chunks[index] = replace(
                chunk, role="note", rule="unlabelled-preview", label="", value=text
            )
            for later in range(index + 1, last):
                if chunks[later].role != "dropped":
                    chunks[later] = replace(
                        chunks[later], role="note-body", rule="unlabelled-preview"
                    )
            return index
    return end
