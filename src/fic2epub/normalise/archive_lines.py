"""Header lines an archive writes in sentences rather than as "Label: value" fields.

Twisting the Hellmouth puts a story's place in its series above the summary: "This story is
No. 2 in the series "Name". You may wish to read the series introduction…". The sentence
names the series and the index, and the rest of it is the site's.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

_SERIES_SENTENCE = lazy(
    r"this\s+(?:story|fic|work)\s+is\s+(?:no\.?|number|#|part)\s*(?P<index>\d{1,3})\s+"
    r"(?:in|of)\s+(?:the\s+)?series\s+[\"“'‘](?P<name>[^\"“”'‘’]{1,100})[\"”'’]\s*"
    r"(?:[.:,;]\s*.{0,200})?",
    re.IGNORECASE,
)


def series_sentence(text: str) -> str | None:
    """Rule ``series-sentence``: "This story is No. 2 in the series "Name". …" gives the
    series field "Part 2 of Name". Only a line that opens with these words, so a story's
    talk of series never matches; whatever follows the name's sentence is the site's."""
    if text[:4].lower() != "this" or "series" not in text:
        return None
    found = _SERIES_SENTENCE.fullmatch(text.strip())
    if found is None:
        return None
    return f"Part {found.group('index')} of {found.group('name').strip()}"
