"""An old fan shrine's footer lines under a fic: its link buttons, its browser line, its
copyright line.

A 1990s fan page (GeoCities, Angelfire, Tripod) closes each fic with a few lines of its
own under the author's last word:
- rule ``bracket-link-row``: its buttons copied as bracketed labels on one line, "[ e-mail
  me! ]   [ sign my guestbook! ♥ ]", "[ Home ] [ Fanfics ]";
- rule ``page-best-viewed``: the page's word on the browser it was made for, "This page is
  best viewed at 800x600 with Internet Explorer 5.";
- rule ``fics-copyright-line``: whose the page's fics are, with the plea not to take them,
  "All fanfics (c) their authors. Please don't take without asking!".

Each is read as a whole line only, and only where the page's footer is looked for (a
chapter's closing lines, :func:`fic2epub.normalise.page_footers.page_footer`): a row of
bracketed stage directions ("[ sighs ]  [ looks away ]"), a story's "This dress is best
seen in candlelight." or "All rights to the mill (c) the brothers." stay prose.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# One bracketed button: its label inside "[ … ]".
_BUTTON = lazy(r"\[\s*(?P<label>[^\[\]]{1,40}?)\s*\]")
# What may stand between two buttons: spaces, a bar, a dot.
_BETWEEN = lazy(r"\s*[|·•-]?\s*")
# A button's label: a link of the page (mail, guestbook, the site's own pages).
_LINK_LABEL = lazy(
    r"(?:e-?mail|mail|write(?:\s+to)?|contact)(?:\s+(?:me|us|the\s+author|author))?"
    r"|(?:sign|view|read)\s+(?:my|the)\s+guestbook|guestbook"
    r"|(?:back|return|go\s+back)\s+to\s+[\w' ’-]{1,30}"
    r"|home(?:\s+page)?|main(?:\s+page)?|index|top|links?|about(?:\s+me)?|fan\s*fics?|fics"
    r"|fan\s*fiction|fan\s*art|fanart|stories|updates|(?:next|prev(?:ious)?)(?:\s+(?:fic|page|part))?",
    re.IGNORECASE,
)
# What a label may carry after its words: "!", a heart, a smiley, a star.
_LABEL_TAIL = "!~*^_ ♥♡❤☆★<3"

# The browser line. The page or site must be its subject, so a story's sentence about a
# painting or a dress is none.
_BEST_VIEWED = lazy(
    r"(?:this\s+)?(?:web\s*)?(?:page|site|shrine)\s+(?:is\s+)?(?:best|optimi[sz]ed)\s+"
    r"(?:viewed|seen|for\s+viewing)\s+(?:in|at|with|using|by|on)\s+"
    r"[\w .,/+&()-]{2,80}?[.!]?",
    re.IGNORECASE,
)
# The copyright line: the page's fics (or art), "(c)" or "©", their authors; then, in
# the same line, the plea not to take them.
_FICS_COPYRIGHT = lazy(
    r"(?:all\s+)?(?:fan\s*fics?|fics|fan\s*fiction|stories|fan\s*art|fanart|art(?:work)?"
    r"|works|graphics)(?:\s+(?:and|&)\s+(?:fan\s*art|fanart|art(?:work)?|graphics|fics))?"
    r"\s+(?:©|\(c\)|copyright)\s+(?:(?:of|to|by)\s+)?(?:their|the|its)\s+"
    r"(?:respective\s+|own\s+)?(?:authors|writers|artists|creators|owners)[.!]?"
    r"(?:\s+(?:please\s+)?(?:don['’]t|do\s+not|never)\s+(?:take|steal|copy|repost|post|archive|use)"
    r"(?:\s+(?:them|anything|it))?(?:\s+(?:anywhere|elsewhere))?\s+without\s+"
    r"(?:asking|permission|(?:my\s+|their\s+)?(?:permission|asking))[.!]*)?",
    re.IGNORECASE,
)


def shrine_footer_line(text: str) -> str | None:
    """The rule naming the line as a fan shrine's footer line, else None."""
    line = text.strip()
    if len(line) > 160:
        return None
    if line[:1] == "[" and line[-1:] == "]" and _link_row(line):
        return "bracket-link-row"
    lower = line.lower()
    viewed = "viewed" in lower or "seen" in lower or "optimi" in lower
    if viewed and _BEST_VIEWED.fullmatch(line):
        return "page-best-viewed"
    if ("(c)" in lower or "©" in line or "copyright" in lower) and _FICS_COPYRIGHT.fullmatch(line):
        return "fics-copyright-line"
    return None


def _link_row(line: str) -> bool:
    """Whether the line is wholly two or more bracketed buttons, each a link of the page."""
    labels: list[str] = []
    at = 0
    while at < len(line):
        found = _BUTTON.match(line, at)
        if found is None:
            return False
        labels.append(found.group("label").rstrip(_LABEL_TAIL))
        at = found.end()
        between = _BETWEEN.match(line, at)
        at = between.end() if between else at
    return len(labels) >= 2 and all(_LINK_LABEL.fullmatch(label) for label in labels)
