"""eGroups (1997-2000, then Yahoo! Groups): the ads and the footer it put in every mail.

An eGroups list sent each mail out with an advertisement set between two long dashed rules,
above the writer's text or under it ("Shop for long-distance plans in one place." over
"http://click.egroups.com/1/…"), and its footer at the end: the unsubscribe address, then
"eGroups.com home: http://www.egroups.com/group/NAME" over "http://www.egroups.com -
Simplifying group communications". A reader who saved the mail kept all of it; none is the
story's.

The lines become blank, so line numbers still point at the file.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# A rule around the ad: a line of dashes only, as long as a mail's line nearly.
_RULE = lazy(r"-{40,}")
# The most lines an ad holds between its rules.
_AD_LINES = 6
# The footer's own lines: the home link, the slogan, the unsubscribe lines.
_FOOTER_LINE = lazy(
    r"egroups\.com\s+home\s*:\s*(?:https?://)?\S+"
    r"|(?:https?://)?www\.egroups\.com/?\s*[-–—]\s*simplifying\s+group\s+communications?"
    r"|to\s+unsubscribe\s+from\s+this\s+group,\s+send\s+an\s+e-?mail\s+to\s*:?"
    r"|[\w.+-]+-unsubscribe@egroups\.com",
    re.IGNORECASE,
)


def egroups_mail(text: str) -> str:
    """Rule ``egroups-mail``: ``text`` without eGroups' ruled ad blocks and its footer lines,
    in a text that names eGroups; else as it is.

    Guards: the text must name egroups.com; an ad block is one to six lines between two
    rules of 40 dashes or more, with no blank line inside and a web address among its
    lines, so a writer's own ruled note (no address) or a rule around the header stays."""
    if "groups.com" not in text:
        # No eGroups address anywhere ("eGroups.com", "egroups.com"): skip the split. One
        # search, as each costs about a millisecond in a long story.
        return text
    if "egroups.com" not in text.lower():
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if _FOOTER_LINE.fullmatch(line.strip()):
            lines[index] = ""
    index = 0
    while index < len(lines):
        close = _ad_end(lines, index)
        if close is None:
            index += 1
            continue
        for position in range(index, close + 1):
            lines[position] = ""
        index = close + 1
    return "\n".join(lines)


def _ad_end(lines: list[str], start: int) -> int | None:
    """The index of the closing rule of an ad block that opens at ``start``, or None."""
    if not _RULE.fullmatch(lines[start].strip()):
        return None
    for close in range(start + 1, min(len(lines), start + _AD_LINES + 2)):
        line = lines[close].strip()
        if not line:
            return None
        if _RULE.fullmatch(line):
            inside = lines[start + 1 : close]
            linked = any("http://" in item or "www." in item for item in inside)
            return close if inside and linked else None
    return None
