"""A mailing list's archive page written by MHonArc, saved as text.

MHonArc, the archiver behind many lists' web archives, prints one page a message: the bar
"[Date Prev][Date Next][Thread Prev][Thread Next][Date Index][Thread Index]", the subject as
the page's heading, the mail's header as a bulleted list ("* To: …", "* Subject: …",
"* From: …", "* Date: …"), the mail's text, and under it the bulleted follow-up links
("* Prev by Date: …", "* Next by thread: …", "* Index(es):" over "o Date", "o Thread").
The bar, the heading and the links are the archive's; the header is the mail's, and is
read as a mail's header is once its bullets are off.

The line count is kept, so line numbers still point at the file.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.line_search import holds

# The navigation bar: bracketed "Date Prev", "Thread Next", "Date Index" … items only.
_BAR = lazy(r"(?:\[\s*(?:date|thread|author|subject)\s+(?:prev|next|index)\s*\]\s*){2,}", re.I)
# The mail's header as MHonArc lists it, one bulleted field a line.
_HEADER_ITEM = lazy(
    r"[ \t]*[*•o-][ \t]+(?P<field>(?:to|cc|subject|from|date|reply-to|message-id)[ \t]*:.*)",
    re.IGNORECASE,
)
# A field of the header once its bullet is off.
_HEADER_FIELD = lazy(r"(?:to|cc|subject|from|date|reply-to|message-id)[ \t]*:.*", re.I)
# The follow-up links under the mail, and the index list's items.
_LINK_ITEM = lazy(
    r"[*•o-]\s+(?:(?:prev(?:ious)?|next)\s+by\s+(?:date|thread|author|subject)\s*:.*"
    r"|index(?:\(es\)|es)?\s*:)",
    re.IGNORECASE,
)
_INDEX_ITEM = lazy(r"[*•o-]\s+(?:date|thread|author|subject)", re.IGNORECASE)
# How far above the bulleted header the page's heading (the subject) may stand.
_HEADING_REACH = 4


def mhonarc_page(text: str) -> str:
    """Rule ``mhonarc-page``: ``text`` without MHonArc's bar, its subject heading and its
    follow-up links, and with the bullets off the mail's bulleted header; else as it is.

    Guards: the text must hold the bar or a "Prev by Date:"/"Next by thread:" link; the
    heading goes only when it repeats the "* Subject:" line under it; an "o Date" line goes
    only under an "Index(es):" link."""
    # "[" before the bar: one character is found at memory speed (see line_search); the
    # links are looked for from the text's colons, which a story holds few of.
    if ("[" not in text or "[Date Prev]" not in text) and not holds(text, " by Date:", ":"):
        # No MHonArc mark anywhere: skip the split. (Its "by thread:" links come with "by
        # Date:" ones, so that search, a millisecond in a long story, is spared.)
        return text
    lines = text.split("\n")
    in_index = False
    for index, line in enumerate(lines):
        stripped = line.strip()
        if _BAR.fullmatch(stripped) or _LINK_ITEM.fullmatch(stripped):
            lines[index] = ""
            in_index = stripped.lower().rstrip(":").endswith(("index(es)", "indexes", "index"))
            continue
        if in_index and _INDEX_ITEM.fullmatch(stripped):
            lines[index] = ""
            continue
        in_index = False
        found = _HEADER_ITEM.fullmatch(line)
        if found is not None and _in_header_run(lines, index):
            field = found.group("field")
            lines[index] = field
            if field[:8].lower() == "subject:":
                _drop_heading(lines, index, field[8:].strip())
    return "\n".join(lines)


def _in_header_run(lines: list[str], index: int) -> bool:
    """Whether the bulleted field at ``index`` has another beside it: a header is a list of
    fields, so a lone "* From: mum" in a story's list is left as typed. The line above may
    already have lost its bullet."""
    above = lines[index - 1] if index else ""
    below = lines[index + 1] if index + 1 < len(lines) else ""
    return bool(
        _HEADER_ITEM.fullmatch(below)
        or _HEADER_ITEM.fullmatch(above)
        or _HEADER_FIELD.fullmatch(above)
    )


def _drop_heading(lines: list[str], subject_at: int, subject: str) -> None:
    """Blank the page's heading above the bulleted header: a line that repeats the subject."""
    for above in range(subject_at - 1, max(-1, subject_at - _HEADING_REACH - 1), -1):
        if lines[above].strip() == subject and subject:
            lines[above] = ""
            return
