"""A serial site's date stamp under a chapter heading ("Updated: Mar 4, 2023 17:02").

Chapter pages on web-serial sites (Webnovel, Scribble Hub, Royal Road) print when the
chapter went up right under its heading. Copied, the stamp is the site's, not the
chapter's first line.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# A date in the common web forms: "Mar 4, 2023", "4 March 2023", "2023-03-04", "04/03/2023";
# a time may follow ("17:02", "5:02 PM").
_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})"
    r"(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?"
)
# Rule ``chapter-date-stamp``: the label, then the date and nothing else.
_STAMP = lazy(
    rf"(?:(?:last\s+)?updated|published|posted(?:\s+on)?|released)\s*:?\s*(?:on\s+)?{_DATE}",
    re.IGNORECASE,
)


def chapter_date_stamp(text: str) -> bool:
    """Rule ``chapter-date-stamp``: a date stamp alone on its line ("Updated: Mar 4, 2023
    17:02", "Published 2021-06-02", "Posted on 4 March 2023") at a chapter's start.

    Only a label and a whole date with its year, nothing after: "Updated: the plan had
    changed" and "Posted on the door was a notice dated May 4, 1850." stay prose."""
    line = text.strip()
    if len(line) > 50 or not line[:1].isalpha() or not any(c.isdigit() for c in line):
        return False
    return _STAMP.fullmatch(line) is not None
