"""Rule ``contact-field-after-the-end``: where to send comments, repeated under the story.

A list poster often closes her last part as she opened the first, with the line that says
where comments go: "Comments to: anke@example.org", "Feedback: me@example.net", "C&C to
<x@example.org>". It is her header's contact field, not a note to readers: nothing in it
but the label and an address.

Rule ``contact-line-under-note``: the same line under a header's note ("Notes: For Sam.",
then "Feedback welcome at me@example.net"), as a list post's header ends, is that contact
field too, not the note's last line; the note pass drops it (notes).
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# The label ("Comments to", "Feedback", "Send feedback to", "C&C"), maybe said as a welcome
# ("Feedback welcome at", "Comments are always appreciated:"), a colon or "to", and one mail
# address or web address, bare or in angle brackets, and nothing else.
_CONTACT = lazy(
    r"(?:(?:send\s+)?(?:comments?|feedback|c\s*&\s*c|con?crit|replies)"
    r"(?:\s*(?:and|&)\s*(?:criticism|feedback))?"
    r"(?:(?:\s+(?:is|are))?(?:\s+(?:always|very|much|gratefully))?"
    r"\s+(?:welcome[ds]?|appreciated|received|loved))?"
    r"(?:\s+(?:to|at)\s*:?|\s*:)\s*(?:please\s+)?)"
    r"<?\s*(?:mailto:)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+)\s*>?\s*\.?",
    re.IGNORECASE,
)


def contact_line(text: str) -> bool:
    """Whether ``text`` is only a contact field: a comments label and one address."""
    line = text.strip()
    if len(line) > 120 or ("@" not in line and "://" not in line):
        return False
    return _CONTACT.fullmatch(line) is not None
