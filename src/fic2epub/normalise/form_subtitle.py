"""A subtitle under the title that names the kind of work: "A "Twelve Towers" round robin".

Under a title a writer often says what the piece is, with the fandom: "a Zi Bu Yu drabble
collection", "A 'Twelve Towers' round robin", "an Emma ficlet", "a Persuasion fic", "a
canon fix-it". The line describes the work; it is neither the story's first line nor a
summary.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# "a"/"an", a few words (the fandom, perhaps quoted), and the kind of work last.
_FORM_SUBTITLE = lazy(
    r"an?\s+(?:[^\s.!?]+\s+){0,8}?"
    r"(?:round[-\s]robin|(?:drabble|ficlet|fic|oneshot|one-shot)\s+(?:collection|cycle|set|series"
    # Rule ``dump-subtitle``: Tumblr's "a drabble dump", a post emptying a drafts folder.
    r"|dump)"
    r"|drabble|ficlet|fanfic|fic|fix-?it|one-?shot|crossover|remix"
    # Rule ``zine-subtitle``: a zine's cover line under its name, "a Kathasaritsagara
    # fanzine", "an Emma zine", "a charity anthology".
    r"|(?:fan)?zine|anthology"
    # Rule ``exchange-subtitle``: a fic exchange's collection names its exchange under the
    # cover title, "A Le Bel Inconnu / Renaut fic exchange", "a Persuasion gift exchange".
    r"|(?:fic|gift|holiday)\s+exchange)"
    # Rule ``form-subtitle-issue``: the issue or season after a spaced dot or bar, "a zine ·
    # autumn 2024", "a fanzine | issue two", as a cover line runs on.
    r"(?:\s+[·•|]\s+[^\s.!?][^.!?]{0,30})?",
    re.IGNORECASE,
)
# Rule ``form-colon-title``: the form first, then what the pieces are about: "drabble dump:
# the lighthouse keeper", "Ficlet collection: Salt and Smoke". Only a collection's name
# (a form of short pieces and a word for many), which no header field is labelled with.
_FORM_LEAD = lazy(
    r"(?:drabble|ficlet|fic|oneshot|one-shot)s?\s+(?:collection|cycle|set|series|dump)",
    re.IGNORECASE,
)


def form_lead(label: str) -> bool:
    """Rule ``form-colon-title``: whether a "label:" before a colon names a collection of
    short pieces ("drabble dump"), the line then being a title, not a field."""
    return len(label) <= 24 and _FORM_LEAD.fullmatch(label.strip()) is not None


# Rule ``collected-works-subtitle``: "The Collected Works" (or "Complete Works") under an
# anthology's cover title says what the book is, as the forms above do.
_WORKS_SUBTITLE = lazy(r"(?:the\s+)?(?:collected|complete)\s+works", re.IGNORECASE)


def form_subtitle(text: str) -> bool:
    """Rule ``form-subtitle``: a short line, right under the title, that says what kind of
    work this is: "a" or "an", a few words, and the form last ("round robin", "drabble
    collection", "ficlet", "one-shot"). No sentence's stop, so prose stays prose."""
    line = text.strip()
    if line[:1] in "TtCc" and _WORKS_SUBTITLE.fullmatch(line) is not None:
        return True
    if len(line) > 80 or line[:1] not in "aA" or line.endswith((".", "!", "?", ",")):
        return False
    return _FORM_SUBTITLE.fullmatch(line) is not None


# Rule ``complete-works-owner``: a writer's export of all her works titled "complete works —
# inkwell_fox", "Collected Works of Ann Rowe", "Ann Rowe's Complete Works" or, the name
# first, "inkwell_fox -- complete works" names her.
_WORKS_OWNER = lazy(
    r"(?:the\s+)?(?:complete|collected)\s+works\s*(?:[—–:|-]|\s(?:of|by))\s*(?P<name>\S.{0,40}?)"
    r"|(?P<owner>\S.{0,40}?)['’]s?\s+(?:complete|collected)\s+works"
    r"|(?P<lead>\S.{0,40}?)\s+(?:--?|[—–:|])\s+(?:the\s+)?(?:complete|collected)\s+works",
    re.IGNORECASE,
)


def works_owner(title: str) -> str | None:
    """The writer a "complete works" title names (``complete-works-owner``), else None: a
    name of a few words or a handle, no sentence's end."""
    if "works" not in title.lower():
        return None  # the cheap test first
    found = _WORKS_OWNER.fullmatch(title.strip())
    if found is None:
        return None
    name = (found.group("name") or found.group("owner") or found.group("lead")).strip()
    if len(name.split()) > 4 or name.endswith((".", "!", "?", ",")):
        return None
    return name
