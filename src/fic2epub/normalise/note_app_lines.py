"""The lines a note-taking app writes under what was pasted into a page.

OneNote signs every block pasted from a browser with the address it came from, on a line of
its own under the block: "Pasted from <https://…>". A page that gathers a story's parts from
the web (a reader's copy, one post pasted under another) so carries one such line under each
part. Neither is the writer's text nor a note: it is the app's, as a mail client's "Sent from
my iPhone" is.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# Rule ``pasted-from-line``: OneNote's source line, "Pasted from <https://…>", and its kin
# for a file's printout, "Inserted from <file:///…>". The whole line must be the words and
# one address, in OneNote's angle brackets or bare, so "Pasted from the old album, the
# photograph curled." stays prose.
_PASTED_FROM = lazy(
    r"(?:pasted|inserted)\s+from\s*:?\s*"
    r"(?:<\s*(?:https?|file|onenote)://[^\s<>]+\s*>|(?:https?|file|onenote)://\S+)",
    re.IGNORECASE,
)


def note_app_line(text: str) -> str | None:
    """The rule naming ``text`` as a note app's source line (``pasted-from-line``), else None."""
    line = text.strip()
    if len(line) > 300 or line[:1] not in "PpIi" or "://" not in line:
        return None
    return "pasted-from-line" if _PASTED_FROM.fullmatch(line) else None
