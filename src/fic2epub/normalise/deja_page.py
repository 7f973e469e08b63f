"""Deja News (Deja.com), the Usenet archive of 1995-2001: its footer and its thread pages.

A post sent from Deja's web form carried the site's footer under the writer's text, "Sent
via Deja.com http://www.deja.com/" over the slogan "Before you buy." ("Share what you know.
Learn what you don't." later; "-----== Posted via Deja News, The Discussion Network ==-----"
over "http://www.dejanews.com/  Search, Read, Discuss, or Start Your Own" before), and it
stays in every copy of the post. A reader who copied a thread from Deja's web page also
took the page around the posts: the ">> Forum:", ">> Thread:" and ">> Message 1 of 2"
lines, the link bars ("Subject | Date | Author | Reply | Printer-friendly | View original
Usenet format") and the site's copyright lines. None of it is the story's.

The lines become blank, so line numbers still point at the file.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.line_search import holds

# Rule ``deja-page``, footer: the line Deja put under a post, and the slogan or address line
# under it.
_SENT_VIA = lazy(
    r"(?:sent|posted)\s+via\s+deja(?:\.com|\s*news)\b.{0,80}"
    r"|-+\s*=+\s*posted\s+via\s+deja\s*news\b.{0,60}",
    re.IGNORECASE,
)
_SLOGAN = lazy(
    r"before\s+you\s+buy\.?|share\s+what\s+you\s+know\.\s+learn\s+what\s+you\s+don[’']t\.?"
    r"|(?:https?://)?www\.deja(?:news)?\.com/?\s*(?:search,\s+read,\s+discuss.{0,40})?",
    re.IGNORECASE,
)
# Rule ``deja-page``, page chrome: a thread page's own lines, on a page that names Deja: the
# ">>" pointers, a link bar of three or more short items between "|", and the site's
# copyright line.
_POINTER = lazy(r">>\s*(?:forum|thread)\s*:.{0,120}|>>\s*message\s+\d+\s+of\s+\d+", re.I)
_COPYRIGHT = lazy(r"copyright\s+(?:©|\(c\))?\s*(?:19|20)\d\d\s+deja\b.{0,80}", re.IGNORECASE)
_BAR_ITEM = lazy(r"[^|.?!]{1,40}[.!]?")
_BAR_ITEMS = 3
# The site's name as its footer and copyright line write it. It opens with a literal, which
# the engine looks for first, so one search of a long text costs what a plain "in" does.
_DEJA_NAME = lazy(r"eja(?:\.com|\.COM|[ \t]*[Nn]ews)")


def _bar(line: str) -> bool:
    """Whether ``line`` is a link bar: three or more short items set between "|"."""
    items = [item.strip() for item in line.split("|")]
    return len(items) >= _BAR_ITEMS and all(_BAR_ITEM.fullmatch(item) for item in items)


def deja_page(text: str) -> str:
    """Rule ``deja-page``: ``text`` without Deja's post footer and, on a page that names
    Deja (the footer, or the site's copyright line), its thread page's chrome; else as it
    is. Only those lines: a page without the footer or the copyright line is left alone,
    so a story's own "|" line or ">>" line elsewhere stays."""
    if not holds(text, "eja", "j"):
        # No Deja mark anywhere ("Deja.com", "deja.com", "Deja News"): skip the split. One
        # search, from the text's "j"s (holds), as a plain one costs about a millisecond in
        # a long story; a page in capitals alone ("DEJA") is not worth another.
        return text
    if _DEJA_NAME.search(text) is None:
        # "deja" is a word too ("te deja", "déjà" typed without its accents): only the site's
        # own name, "Deja.com" or "Deja News", makes the lines worth reading one by one.
        return text
    lines = text.split("\n")
    footers = [i for i, line in enumerate(lines) if _SENT_VIA.fullmatch(line.strip())]
    if not footers and not any(_COPYRIGHT.fullmatch(line.strip()) for line in lines):
        return text
    for index in footers:
        lines[index] = ""
        if index + 1 < len(lines) and _SLOGAN.fullmatch(lines[index + 1].strip()):
            lines[index + 1] = ""
    for index, line in enumerate(lines):
        stripped = line.strip()
        if (
            (stripped.startswith(">>") and _POINTER.fullmatch(stripped))
            or ("|" in stripped and _bar(stripped))
            or _COPYRIGHT.fullmatch(stripped)
        ):
            lines[index] = ""
    return "\n".join(lines)
