"""A personal site's footer lines under the story: its link row, its credits, its webring.

A hand-made fan site (Neocities, an old GeoCities page, a Carrd or a plain host) closes each
fic's page with a few lines of its own, each a row of short items:
- rule ``home-page-nav-row``: the page's links, set apart by wide spaces or bars, "<< back to
  fic index    ^ top    next fic: Title >>";
- rule ``home-page-credits``: who made the site and with what, and when it was updated,
  set apart by "*", "|", "·" or "~": "site by Jo * made in notepad * last updated
  2023-04-11", "hosted on neocities · best viewed at 800x600";
- rule ``webring-links``: a webring's own bar, "[ old books webring: << prev | random | next
  >> ]", "<- Fanfic Ring: previous | list | next ->".

Each line must be wholly such items, two at least (a webring bar names the ring and two of
its links), so a story's "She went back to the index cards." or "made in haste" stays prose.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.shrine_footer import shrine_footer_line

_OPEN = r"(?:<<|<-|«|<|←)?\s*"
_CLOSE = r"\s*(?:>>|->|»|>|→)?"
# A link of the page's row: back to a page of the site, the top, the next or previous fic.
_NAV_ITEM = lazy(
    rf"{_OPEN}(?:back|return|go\s+back)\s+to\s+[^<>|^]{{1,40}}?{_CLOSE}"
    r"|[\^↑]?\s*(?:back\s+to\s+)?top\s*[\^↑]?"
    rf"|{_OPEN}(?:next|prev(?:ious)?)\s+(?:fic|story|stories|chapter|part|page|work)"
    rf"(?:\s*:\s*[^<>|^]{{1,60}}?)?{_CLOSE}"
    rf"|{_OPEN}(?:home|index|guestbook|sign\s+(?:the|my)\s+guestbook){_CLOSE}",
    re.IGNORECASE,
)
_NAV_SPLIT = lazy(r"\s{3,}|\s*\|\s*")

# One credit of the site's footer.
_CREDIT_ITEM = lazy(
    r"(?:site|page|layout|design|html|graphics|code)\s+(?:(?:made|built|coded|designed)\s+)?"
    r"by\s+[\w@.'’&-]+(?:\s+[\w@.'’&-]+){0,2}"
    r"|(?:made|built|coded|written|hand-?coded)\s+(?:in|with|on|using)\s+[\w+.#'’-]+"
    r"(?:\s+[\w+.#'’-]+){0,2}"
    r"|(?:hosted|powered)\s+(?:on|by)\s+[\w.-]+"
    r"|(?:page\s+|site\s+)?last\s+(?:updated|modified)\s*:?\s*(?:on\s+)?"
    r"(?=[\w ,/.-]*\d)[\w ,/.-]{4,30}"
    r"|best\s+viewed\s+(?:in|at|with)\s+[\w. ]{2,30}"
    # Rule ``home-page-counter-credit``: the hit counter set among the credits,
    # "last updated 2 May 2023 · visitors: 004417".
    r"|(?:visitors|visits|hits)\s*:?\s*[\d,]{1,12}"
    r"|(?:©|\(c\)|copyright)\s*[\w .,&'’-]{1,40}",
    re.IGNORECASE,
)
_CREDIT_SPLIT = lazy(r"\s+[*|·•~]\s+")

# A webring's bar: its name ending on "webring" (or "web ring", "ring"), then its links.
_RING_LINK = (
    r"(?:<<|<-|«|<|←)?\s*(?:prev(?:ious)?|next|random|list|index|join|hub|home|skip)"
    r"\s*(?:>>|->|»|>|→)?"
)
# Rule ``webring-bracketed-links``: the links may stand in brackets after the ring's name,
# "The Kaidan Webring  [ << Prev | Random | List | Next >> ]".
_WEBRING = lazy(
    r"[\[(]?\s*(?:[\w'’&.-]+\s+){0,5}?(?:web\s*ring|ring)\s*:?\s*[\[(]?\s*"
    rf"{_RING_LINK}(?:\s*[|·•*]?\s*{_RING_LINK}){{1,5}}\s*[\])]?",
    re.IGNORECASE,
)


# Rule ``home-page-back-link``: the page's one link back, drawn with its arrow, alone on its
# line: "← back to fics", "<- return to the index". The arrow marks it as a link; a story's
# "Back to the fics, then." has none.
_ARROW_BACK = lazy(r"(?:<<|<-|«|←)\s*(?:back|return|go\s+back)\s+to\s+[^<>|^.!?]{1,40}", re.I)
# Rule ``home-page-made-line``: the site's own line about its making, "this site is
# hand-made on a tablet ♡", "this page was hand-coded in notepad": the site or page as the
# subject, made by hand or coded (a plain "made" or "built" may be a story's place), and
# symbols at most after it.
_MADE_LINE = lazy(
    r"(?:this|my)\s+(?:little\s+)?(?:site|page|website|archive)\s+(?:is|was)\s+"
    r"(?:lovingly\s+)?(?:hand-?made|hand-?coded|hand-?built|coded)\s+"
    r"(?:with|in|on|by|using)\s+[^.!?]{1,50}[.!]?\W{0,4}",
    re.IGNORECASE,
)


def home_footer_line(text: str) -> str | None:
    """The rule naming the line as a personal site's footer row, else None."""
    line = text.strip()
    if len(line) > 160:
        return None
    lower = line.lower()
    if "ring" in lower and _WEBRING.fullmatch(line):
        return "webring-links"
    if (" * " in line or "|" in line or " · " in line or " • " in line or " ~ " in line) and (
        _all_items(_CREDIT_SPLIT.split(line), _CREDIT_ITEM)
    ):
        return "home-page-credits"
    if ("back to" in lower or "top" in lower or "next" in lower) and _all_items(
        _NAV_SPLIT.split(line), _NAV_ITEM
    ):
        return "home-page-nav-row"
    if line[:1] in "<«←" and _ARROW_BACK.fullmatch(line):
        return "home-page-back-link"
    if ("site" in lower or "page" in lower or "archive" in lower) and _MADE_LINE.fullmatch(line):
        return "home-page-made-line"
    # An old fan shrine's buttons, browser line and copyright line (shrine_footer).
    return shrine_footer_line(line)


def _all_items(items: list[str], pattern: re.Pattern[str]) -> bool:
    """Whether there are two items or more, and each is wholly one of ``pattern``'s."""
    kept = [item.strip() for item in items if item.strip()]
    return len(kept) >= 2 and all(pattern.fullmatch(item) for item in kept)
