"""Rule ``review-form``: the form a story page prints under the story for a reader's review.

An old archive's page, saved as text, keeps its review box under the story as the bare
labels of its fields and its button, one a line::

    Name:
    Email:
    Review:
    [ Submit Review ]

None of it is the writer's. A bare label alone could be a line of a story's own form, so a
label counts only beside another label or the button, with no blank line between; the
button, a bracketed "Submit …", "Post …" or "Send …", counts alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk

_LABEL = lazy(
    r"(?:your\s+)?(?:name|e-?mail(?:\s+address)?|review|comments?|subject|message|website"
    r"|homepage|url|rating)\s*:\s*\*?",
    re.IGNORECASE,
)
_BUTTON = lazy(
    r"\[\s*(?:submit|post|send|add)(?:\s+(?:a\s+|your\s+)?(?:review|comment|feedback|reply))?"
    r"\s*!?\s*\]",
    re.IGNORECASE,
)
# Longer than this, a line is no bare label or button.
_LONGEST = 30


def _form_label(text: str) -> bool:
    line = text.strip()
    return len(line) <= _LONGEST and line.endswith((":", "*")) and bool(_LABEL.fullmatch(line))


def _form_button(text: str) -> bool:
    line = text.strip()
    return len(line) <= _LONGEST and line.startswith("[") and bool(_BUTTON.fullmatch(line))


def review_form_line(chunks: Sequence[Chunk], index: int) -> bool:
    """Whether the chunk at ``index`` is a line of a page's review form (see above)."""
    text = chunks[index].text
    if _form_button(text):
        return True
    if not _form_label(text):
        return False
    # The lines right above and below, with no blank line between.
    near = []
    if index > 0 and not chunks[index].gap:
        near.append(chunks[index - 1].text)
    if index + 1 < len(chunks) and not chunks[index + 1].gap:
        near.append(chunks[index + 1].text)
    return any(_form_label(text) or _form_button(text) for text in near)
