"""Rule ``archive-notice-above-header``: an archive's notice over a story file's header.

An old archive's plain-text file opens with the archive's word about itself, then the
writer's header block::

    This story is archived at the Quill Shelf, an archive of sea stories.
    http://quill.example.org/
    File: wren/tides.txt   Archived: 02/03/99

    Title: …

The paragraph sits where a poster's greeting would (greeting_notes), but it is the
archive's, not the writer's: chrome, not a front note.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# The notice opens as the credit under a story does ("This story is archived at …",
# "Archived at …", "This file was archived by …").
_OPENING = lazy(
    r"(?:this\s+(?:story|fic|file|page|work)\s+(?:is|was|has\s+been)\s+)?"
    r"archived\s+(?:at|on|by|in|with)\s+\S",
    re.IGNORECASE,
)
# Either the archive's address or its filing stamp ("Archived: 04/11/98") must be there too,
# so a greeting that merely says where else the story lives stays the writer's.
_PROOF = lazy(
    r"https?://|www\.|\barchived\s*:\s*\d",
    re.IGNORECASE,
)


def archive_notice(text: str) -> bool:
    """Whether a paragraph is an archive's notice about the file it keeps."""
    head = text[:60].lower()
    return "archived" in head and bool(_OPENING.match(text)) and bool(_PROOF.search(text))
