"""A web page saved by a text-mode browser (``w3m -dump``, ``lynx -dump``, ``links -dump``).

Shapes of such a dump read here, line for line (line numbers stay the same), each its own
text step:

- Rule ``dump-top-menu``: the page opens with the site's name, its menu as a column of
  bulleted one- or two-word links ("  • Home", "  • About") and the rule a browser draws for
  the ``<hr>`` under them. Name, menu and rule are the site's, and are dropped. Guards: at
  the top of the file only, three items at least, none with sentence marks, and the rule
  right under them: a story's own short list has no rule under it and is not at the top.
  A notice or two may stand between the menu and the rule (``menu-notice``: "[under
  construction]", as a 1998 home page's menu frame ends).
- Rule ``definition-list-fields``: a definition list (``<dl>``) is dumped as each term on its
  own line and its definition indented under it ("Rating" over "    General Audiences").
  When two or more terms are header labels ("Fandom", "Rating", "Summary"), each such term
  is given its colon, and the reader then reads the indented lines as the field's value. A
  lone word over an indented line in a story (a letter's salutation, a poem) stays.
- Rule ``dot-separated-byline``: a blog theme's "Name · 3 May 2023 · 5 min read" line under
  the post's title is its byline (see :func:`post_byline`).
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.blog import is_reading_time
from fic2epub.normalise.fields import date_line, field_for
from fic2epub.normalise.web_clip import next_filled

# A menu item: a bullet, then one to three words with no sentence marks.
_MENU_ITEM = lazy(r"[ \t]+[•*·◦o-][ \t]+[^\s.,;:!?\"“”]+(?:[ \t][^\s.,;:!?\"“”]+){0,2}[ \t]*")
# The rule a text browser draws for <hr>: a line of one box-drawing or ASCII rule character.
_RULE = lazy(r"[ \t]*(?:━{10,}|─{10,}|_{10,}|-{10,}|={10,})[ \t]*")
# A site name: a short line that does not end like a sentence.
_SITE_NAME = lazy(r"[^\s•*].{0,50}?[^.!?,;:]")
# Rule ``menu-notice``: a notice a home page sets under its menu, above the rule: a short
# bracketed label ("[under construction]", "[new stuff 10/98]") or "Under construction!".
_MENU_NOTICE = lazy(r"[ \t]*(?:\[[^\[\]\n]{1,30}\]|under[ \t]+construction!*)[ \t]*", re.IGNORECASE)
# How many such notices may stand between the menu and its rule.
_NOTICES = 2
_LEAST_ITEMS = 3
# How many lines from the top the site's name, menu and rule may run to.
_TOP_REACH = 40
_NAME_LINES = 2
# A definition list's term: a label alone on its unindented line, its definition indented on
# the line under it.
# Searched after a line break, with possessive runs: this is tried on every file.
_TERM_OVER_VALUE = lazy(r"\n(?P<label>[A-Z][\w'’]*+(?: [\w'’]++){0,3}+)[ \t]*+\n(?:  |\t)[ \t]*\S")
_LEAST_TERMS = 2
_BYLINE_REACH = 30
_BYLINE_SEPARATOR = lazy(r"\s+[·|]\s+")
_FEWEST_PARTS = 2
_MOST_PARTS = 3
# A name: one to four words, no sentence marks or digits.
_NAME = lazy(r"[^\W\d][^\s.,;:!?\"“”\d]*(?:[ \t][^\s.,;:!?\"“”\d]+){0,3}")


def dump_top_menu(text: str) -> str:
    """The text with the site name, menu and rule that open a dumped page blanked out."""
    head = text.split("\n", _TOP_REACH)
    if len(head) <= _LEAST_ITEMS or not _drop_top_menu(head):
        return text
    return "\n".join(head)


def definition_list_fields(text: str) -> str:
    """The text with each header-label term of a dumped definition list given its colon."""
    if "\n  " not in text and ("\t" not in text or "\n\t" not in text):
        return text  # no line is indented as a definition is (one scan, not the pattern's)
    # The break put before the text lets a term on the first line be found too.
    terms = [
        found.end("label") - 1
        for found in _TERM_OVER_VALUE.finditer("\n" + text)
        if field_for(found.group("label")) is not None
    ]
    if len(terms) < _LEAST_TERMS:
        return text
    pieces = []
    start = 0
    for end in terms:
        pieces.append(text[start:end] + ":")
        start = end
    return "".join(pieces) + text[start:]


def post_byline(text: str) -> str:
    """Rule ``dot-separated-byline``: a blog theme's line under a post's title that gives the
    author, the date and the reading time between "·" or "|" ("Name · 3 May 2023 · 5 min
    read") is the post's byline: it becomes "by Name", which the header reads.

    Guards: within the first lines of the file; exactly one part is a date, at most one a
    reading time, and the name part is a few words with no sentence marks ("by Name" when
    there is no reading time: "Tuesday · 3 May" is no byline).
    """
    lines = text.split("\n", _BYLINE_REACH)
    for index, line in enumerate(lines[:_BYLINE_REACH]):
        if ("·" in line or "|" in line) and (name := _byline_name(line)) is not None:
            lines[index] = f"by {name}"
            return "\n".join(lines)
    return text


def _byline_name(line: str) -> str | None:
    """The author's name in a "name · date · reading time" line, else None. Without the
    reading time, the name must be written "by Name"."""
    parts = [part.strip() for part in _BYLINE_SEPARATOR.split(line.strip())]
    if not _FEWEST_PARTS <= len(parts) <= _MOST_PARTS:
        return None
    dates = [part for part in parts if date_line(part) is not None]
    times = [part for part in parts if is_reading_time(part)]
    names = [part for part in parts if part not in dates and part not in times]
    if len(dates) != 1 or len(times) > 1 or len(names) != 1:
        return None
    name = names[0]
    if name[:3].lower() == "by ":
        name = name[3:].strip()
    elif not times:
        return None
    return name if _NAME.fullmatch(name) else None


def _drop_top_menu(lines: list[str]) -> bool:
    """Blank the site name, menu and rule that open the page; whether there were any."""
    name = index = next_filled(lines, 0)
    # The site's name, and perhaps its tagline on the line under it.
    for _ in range(_NAME_LINES):
        if index < len(lines) and _SITE_NAME.fullmatch(lines[index]):
            index += 1
    first = index = next_filled(lines, index)
    while index < len(lines) and _MENU_ITEM.fullmatch(lines[index]):
        index += 1
    if index - first < _LEAST_ITEMS:
        return False
    index = next_filled(lines, index)
    for _ in range(_NOTICES):
        if index < len(lines) and _MENU_NOTICE.fullmatch(lines[index]):
            index = next_filled(lines, index + 1)
    if index >= len(lines) or not _RULE.fullmatch(lines[index]):
        return False
    for blank in range(name, index + 1):
        lines[blank] = ""
    return True
