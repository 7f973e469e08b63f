"""Rule ``bracketed-nav-link``: a page's navigation link on a line of its own, in brackets.

Old home pages (GeoCities, Angelfire, Tripod) and some archives print their whole-line links
in square brackets or parentheses: "[Back to top]" under each chapter, "[Next Chapter]",
"[Return to Index]", "(Back to Fiction)", or a bar of them, "[ Prev | Top | Next ]". The
bare forms of such links are chrome already (:mod:`chrome`); this reads the bracketed ones.

Brackets are also a writer's own mark ("[Three years later]", "[Back to the present]"), so
the link inside must name a page's place (the top, an index, the contents, a fiction page)
or a pager's step (next or previous chapter, part, page), never a place in a story.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# The places of a site a "Back to …" link leads to. A link's name may put a few capitalised
# words before a fiction page ("Back to Ferrier Fiction", "Return to Ozma's Oz Page"), as a
# link is written in Title Case; the other places stand alone, so a story's "[Back to the
# Library]" or "[Back to the Burrow's home]" is never read as a link.
_NAMED_PLACE = r"fan\s*fiction|fanfic(?:tion)?s?|fiction|fics?|stories|page|index"
_PLACE = (
    r"index|contents|table\s+of\s+contents|home\s*page|home|main\s+page|menu|archive"
    r"|story\s+(?:index|list|page)|chapter\s+(?:list|index)|guestbook"
)
_NAV_LINK = lazy(
    # "Back to top", "Top", "Return to top of page", "↑ Top ↑".
    r"(?:[↑^]\s*)?(?:(?:back|return|go\s+back|jump|go|scroll)\s+(?:up\s+)?to\s+)?(?:the\s+)?top"
    r"(?:\s+of\s+(?:the\s+)?(?:page|story|chapter))?(?:\s*[↑^])?"
    # "Back to Fiction", "<< Return to the Index", "Back to Ferrier Fiction page".
    r"|(?:[«<]+\s*)?(?:back|return|go\s+back)\s+to\s+(?:the\s+|my\s+)?"
    rf"(?:(?:(?-i:[A-Z])[\w'’&.-]*\s+){{0,4}}?(?:{_NAMED_PLACE})|{_PLACE})(?:\s+page)?"
    # A pager's step: "Next Chapter", "<< Previous", "Next Part >>". Not with a title after a
    # colon: "[Next chapter: the ball!]" is the author's preview, a note.
    r"|(?:[«<]+\s*)?(?:next|previous|prev)(?:\s+(?:chapter|part|page|story|entry))?(?:\s*[»>]+)?"
    r"|table\s+of\s+contents|contents|chapter\s+(?:index|list)|main\s+page|home(?:\s*page)?|index",
    re.IGNORECASE,
)
# The brackets around a whole line: "[ … ]" or "( … )".
_BRACKETED = lazy(r"\[\s*(?P<square>[^\[\]]{1,100}?)\s*\]|\(\s*(?P<round>[^()]{1,100}?)\s*\)")


def is_bracketed_nav_link(line: str) -> bool:
    """Rule ``bracketed-nav-link``: a whole line that is a navigation link in brackets
    ("[Back to top]", "(Return to Index)", "[Next Chapter]"), or a bar of them inside one
    pair of brackets ("[ Prev | Top | Next ]"). Every item must be such a link."""
    line = line.strip()
    # Cheap first test: a bracketed line of a link's length.
    if len(line) > 104 or line[:1] not in "[(" or line[-1:] not in "])":
        return False
    found = _BRACKETED.fullmatch(line)
    if found is None:
        return False
    inner = found.group("square") or found.group("round")
    return all(_NAV_LINK.fullmatch(item.strip()) for item in inner.split("|"))


# An export's chapter link as its label reads (FicHub's "previous chapter", "next chapter",
# "chapter list").
_CHAPTER_LINK = r"(?:(?:prev(?:ious)?|next)\s+chapter|(?:back\s+to\s+)?chapter\s+list)"
_RUN_TOGETHER_LINKS = lazy(rf"{_CHAPTER_LINK}(?:\s+{_CHAPTER_LINK}){{1,3}}", re.IGNORECASE)


def is_run_together_links(line: str) -> bool:
    """Rule ``run-together-chapter-links``: an export's links around a chapter, one a line
    on the page, that a re-wrap (``fmt``, a mail client) has joined into one line
    ("previous chapter next chapter chapter list"). Two links at least and nothing else, so
    no sentence matches; one link alone is chrome already."""
    line = line.strip()
    # Cheap first test: a line of a few links' length that holds the word "chapter" twice.
    if len(line) > 80 or line.lower().count("chapter") < 2:
        return False
    return _RUN_TOGETHER_LINKS.fullmatch(line) is not None
