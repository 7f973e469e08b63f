"""The mood and music lines a journal style prints under an entry, above its tags.

LiveJournal's and Dreamwidth's older styles print "Current mood:" and "Current music:"
above the entry's text; many S2 styles print them under it instead, in lower case and
without "Current" ("mood: cold", "music: …"), right above the "Tags:" line and the comment
links. There they describe the poster's evening, not the story: left, they would pass for
the chapter's last lines or for the author's closing note.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import Chunk

# The fields a journal prints about the poster under an entry: "mood: cold", "Current
# music: …", "location: home".
_MOOD = lazy(r"(?:current\s+)?(?:mood|music|location)\s*:\s*\S.{0,120}", re.IGNORECASE)


def entry_mood_lines(chunks: list[Chunk], first: int, end: int) -> None:
    """Rule ``entry-footer-mood``: mood, music and location lines at a chapter's end, one
    under another and right above the entry's footer (its "Tags:" line or comment links,
    already settled or site chrome), are the journal's, and are dropped. Other site chrome
    under them ("Next Chapter") is no such footer.

    Only lines with no blank line between them and the footer under them, so a chapter
    that ends on a line of its own starting "Music:" keeps it."""
    index = end - 1
    footer_below = False
    while index >= first:
        chunk = chunks[index]
        text = chunk.text
        if chunk.label == "Tags" or (
            "comment" in text.lower() and (chunk.role == "dropped" or is_site_chrome(text))
        ):
            footer_below = True
        elif chunk.role == "dropped":
            pass  # other framing under the entry ("Link", "Reply") is read past
        elif (
            footer_below
            and chunk.role == "text"
            and ":" in text[:18]
            and chunks[index + 1].gap == 0
            and _MOOD.fullmatch(text)
        ):
            chunks[index] = replace(chunk, role="dropped", rule="entry-footer-mood")
        else:
            return
        index -= 1
