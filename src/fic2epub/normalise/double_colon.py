"""Rule ``double-colon-field``: a header field written with a doubled colon.

Some journal posters set every header line as "Title :: The Long Road", "Rating :: G",
"Disclaimer :: …", the "::" spaced or not, where others write one colon. The line is the
same field. Only a label header blocks use is read this way: an archive's banner "The Quill
Cellar :: Fan Fiction" or a line of code keeps its doubled colon as text.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy
from fic2epub.normalise.fields import is_known_label

_DOUBLE_COLON_FIELD = lazy(r"[*_]*(?P<key>[A-Z][\w'’/& ]{0,30}?)[*_]*\s*::\s*(?P<value>.*)")


def double_colon_field(text: str) -> tuple[str, str] | None:
    """The label and value of a "Label :: value" line with a known label, or None."""
    if "::" not in text:
        return None
    found = _DOUBLE_COLON_FIELD.fullmatch(text)
    if found is None or not is_known_label(label := found.group("key").strip()):
        return None
    return label, found.group("value").strip()
