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
    rf"(?:(?:last\s+)?updated|published|posted(?:\s+on)?|released|submitted)\s*:?\s*(?:on\s+)?"
    rf"{_DATE}"
    # Rule ``chapter-read-count``: a writing site (Booksie) sets the chapter's reads under
    # its date stamp, "Reads: 41": a label and a bare count, nothing after.
    r"|(?:reads|views|hits)\s*:\s*\d[\d,.]*k?",
    re.IGNORECASE,
)


# Rule ``chapter-post-time``: a bare date with its year and the clock time, in any
# language's words ("12 марта 2023, 21:14", "Mar 4, 2023 17:02", "2023-03-04 17:02"), as a
# part's page (ficbook) prints when it went up. The time of day makes it the site's: a
# story's own dated opening ("4 March 1805") gives no minute.
_POSTED_AT = lazy(
    r"(?:(?:\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?,?\s+(?:de\s+)?"
    r"|[^\W\d_]{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+)(?:19|20)\d\d"
    r"|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2})"
    r",?\s+(?:at\s+|в\s+)?\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s*[ap]\.?m\.?)?",
    re.IGNORECASE,
)


def chapter_date_stamp(text: str) -> bool:
    """Rule ``chapter-date-stamp``: a date stamp alone on its line ("Updated: Mar 4, 2023
    17:02", "Published 2021-06-02", "Posted on 4 March 2023") at a chapter's start.

    Only a label and a whole date with its year, nothing after: "Updated: the plan had
    changed" and "Posted on the door was a notice dated May 4, 1850." stay prose. A bare
    date counts with its clock time (``chapter-post-time``)."""
    line = text.strip()
    if len(line) > 50 or not line[:1].isalnum() or not any(c.isdigit() for c in line):
        return False
    if line[:1].isalpha() and _STAMP.fullmatch(line) is not None:
        return True
    return ":" in line and _POSTED_AT.fullmatch(line) is not None
