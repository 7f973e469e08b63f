"""An old home page's background music line: "Now playing: "Song" (song.mid)".

Personal fan-fiction sites of the late 1990s and 2000s played a MIDI file while the page was
open and said so under the banner ("Now playing: "The Ash Grove" (ashgrove.mid) -- enjoy!",
"Background music: Scarborough Fair (fair.mid)", "MIDI: theme.mid"). Copied as
text, the line sits between the site's banner and the story's title block; it is the page's,
not a header field or a note.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, is_glyph_line

# A MIDI file's name ("ashgrove.mid", "theme.midi") or the word MIDI itself.
_MIDI = lazy(r"\b[\w-]{1,40}\.midi?\b|\bmidi\b", re.IGNORECASE)
# The labels such a line opens with.
_MUSIC_LABEL = lazy(
    r"(?:now\s+playing|background\s+music|music|midi|song|you\s+are\s+listening\s+to)\s*[:-]",
    re.IGNORECASE,
)
# The longest such line: a label, a song's name, a file name and a word to the visitor.
_LONGEST = 160


def is_music_line(text: str) -> bool:
    """Rule ``background-music-line``: a page's line naming its background music: a music
    label ("Now playing:", "Background music:", "MIDI:") and a MIDI file or the word MIDI.

    Both, so "Music: the song she hummed" in a header (a songfic's field) and a sentence
    that mentions a file stay as they were."""
    line = text.strip()
    if len(line) > _LONGEST or "mid" not in line.lower():
        return False
    return _MUSIC_LABEL.match(line) is not None and _MIDI.search(line) is not None


def music_chunk(chunk: Chunk) -> bool:
    """Whether every line of a chunk is the page's: its music line, with the rule the page
    draws under it ("______") on the next line, as a copy with no blank line between keeps
    it."""
    lines = chunk.lines
    return (
        chunk.role == "text"
        and any(is_music_line(line) for line in lines)
        and all(is_music_line(line) or is_glyph_line(line) for line in lines)
    )
