"""A bracketed line under a story's title that sums the story up in tag words.

Phone and Tumblr writers put what their story is under its title in brackets, in lower
case: "(pride and prejudice modern au, rated t)", "[canon divergence, one-shot]". It is
neither the story's text nor a note to readers but the header's description of the work.
A phone draft may leave the brackets off and chat instead, all in lower case under a
lower-case title: "emma but it's a modern au!! for sam".
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import bracketed_inside
from fic2epub.normalise.fields import exact_rating

# The words that say what kind of fic it is; one of them must be among the items, so an
# aside in brackets ("(Three years later)") is never taken for a description.
_FIC_WORDS = lazy(
    r"\b(?:au|a\.u\.|rated\s+\S+|one-?shot|drabble|ficlet|crack(?:fic)?|fluff|angst"
    r"|canon[\s-]divergen\w+|post[\s-]canon|pre[\s-]canon|missing\s+scene|gen|x\s*reader)\b",
    re.IGNORECASE,
)
# Rule ``fic-word-subtitle``: in brackets, "fic" itself names the kind ("(some fandom fic!!
# for jo)"); unbracketed, a lower-case line with it may be the writer's chat (chatty-subtitle
# leaves it to the note rules).
_FIC_NOUN = lazy(r"\b(?:fan)?fics?\b", re.IGNORECASE)
# Chat's emphasis: two or more "!" or "?" together ("au!!", "why??", "!?!").
_CHAT_MARKS = lazy(r"[!?]{2,}")
_RATED = lazy(r"rated\s+(?P<rating>\S+)", re.IGNORECASE)
# An item that names the pairing, two names joined by "/", "+", "&" or " x " ("anna +
# ben", "Harry/Draco"), or the friend the story is for ("for jo bc she asked
# nicely", "gift for @sam"): the other things a writer puts in the brackets under a title.
_NAME = r"[^\W\d]{2,}(?: [^\W\d]{2,})?"
_PAIRING_ITEM = lazy(rf"{_NAME}\s*(?:/|\s[+&x]\s)\s*{_NAME}")
_GIFT_ITEM = lazy(
    r"(?:a\s+)?(?:gift\s+)?for\s+(?!(?:now|ever|good|once|real|sure|a|an|the|some|all|me|us|you"
    r"|him|her|them|it|years?|days?|weeks?|months?|hours?|a\s+while)\b)@?[^\W\d]\S*(?:\s.*)?",
    re.IGNORECASE,
)


# What parts a bracketed description's items: commas, semicolons, bars, or spaced dashes as
# a phone writer types them ("(some fandom - anna/ben - for jo)").
_ITEM_GAP = lazy(r"\s*[,;|]\s*|\s+[-–—]\s+")


def bracketed_subtitle(text: str) -> list[tuple[str, str]] | None:
    """Rule ``bracketed-subtitle``: a short line wholly in round or square brackets that
    names the kind of fic ("modern au", "rated g", "one-shot"). Returns the fields it
    gives (its rating), or None when the line is not such a description.

    Guards: the caller takes it only right under the title; the line opens and closes
    with its bracket and holds no sentence end inside (chat's doubled "!!" is emphasis, not
    an end; a line with no capital letter is chat and may run on with full stops), and a
    fic word must be in it."""
    inner = bracketed_inside(text) if len(text) <= 100 else None
    if inner is None:
        return None
    # A chat writer's doubled "!!" or "??" is emphasis, not a sentence end ("(emma modern
    # au!! for my sister)"); a single mark or a full stop still makes the line an aside.
    # Wholly in lower case, the brackets are a phone writer's chat, which runs its remarks
    # on with full stops ("(emma modern au. she is a vet now. gen)"); an aside of prose in
    # brackets starts with a capital. Quotation marks always make it prose.
    marks = '"“”' if inner == inner.lower() else '.!?"“”'
    if not inner or any(mark in _CHAT_MARKS.sub(" ", inner) for mark in marks):
        return None
    items = _ITEM_GAP.split(inner)
    if not _FIC_WORDS.search(inner) and not _FIC_NOUN.search(inner) and not _describes(items):
        return None
    fields: list[tuple[str, str]] = []
    for item in items:
        if (found := _RATED.fullmatch(item)) and exact_rating(item) is not None:
            fields.append(("Rating", found.group("rating")))
    return fields


def _describes(items: list[str]) -> bool:
    """Rule ``bracketed-subtitle``: with no fic word, the brackets still describe the fic
    when they list two items or more and one names the pairing or the friend it is for
    ("(some fandom, anna + ben, for jo)"). An aside in brackets under a title
    ("(Three years later)", "(Whitby, 1796)") names neither."""
    if len(items) < 2:
        return False
    return any(_PAIRING_ITEM.fullmatch(item) or _GIFT_ITEM.fullmatch(item) for item in items)


def chatty_subtitle(text: str, title: str) -> list[tuple[str, str]] | None:
    """Rule ``chatty-subtitle``: under a lower-case title, a short line with no capital
    letter at all that names the kind of fic ("modern au", "one-shot", "rated t"), as a
    phone draft describes its story without brackets ("persuasion but it's an au!! for
    kit"). Returns the fields it gives (its rating), or None.

    Guards: the title itself is lower case (a phone or chat writer's header); the line
    has no capital, so a story's first sentence never passes; a fic word must be in it."""
    if len(text) > 160 or title != title.lower() or text != text.lower() or not title.strip():
        return None
    if text[:1] in "([" or not _FIC_WORDS.search(text):
        return None
    rated = _RATED.search(text)
    if rated is not None and exact_rating(rated.group(0)) is not None:
        return [("Rating", rated.group("rating"))]
    return []


# Rule ``subtitle-under-byline``: a lower-case line naming what kind of work the story is
# ("a Der Oberhof story", "an Emma fic"): an article, a few words, a word for a story.
_KIND_PHRASE = (
    r"an?\s(?:[^\s.!?]+\s){0,6}(?:story|tale|fic|fanfic|fanfiction|one-?shot|drabble"
    r"|ficlet|vignette|romance|fable|crossover|fix-?it|retelling|au)"
)
# Rule ``subtitle-naming-work``: the phrase may name the book the story comes from, in
# quotes and with its year: 'a story of "The Old Book" (1801)', 'a tale after "The Lay"'.
# The quotes are the guard: a story's "a story of love and loss" does not take them.
_KIND_SUBTITLE = lazy(
    _KIND_PHRASE + r"(?:\s(?:of|from|after|for|based\s+on|inspired\s+by)\s+"
    r"[\"“][^\"“”]{1,80}[\"”](?:\s*\(\d{4}\))?)?"
)


def kind_subtitle(text: str) -> str | None:
    """Rule ``subtitle-under-byline``: a zine or a manuscript sets a subtitle under the
    byline that says what the story is, in lower case with an article ("a Der Oberhof
    story"). It is the title block's, neither story text nor a fandom field. Only a short
    line of that form, with no sentence's end: a story's first line under the byline
    ("a story was told there.") ends like a sentence. Returns the rule that found it
    (``bracketed-subtitle-under-byline`` for the form in brackets), or None."""
    if len(text) <= 80 and _KIND_SUBTITLE.fullmatch(text) is not None:
        return "subtitle-under-byline"
    return "bracketed-subtitle-under-byline" if _bracketed_kind_subtitle(text) else None


# Rule ``bracketed-subtitle-under-byline``: the kind phrase, then the work or person it is
# for or after ("a fic for Ada Finch's 'The Lamp'", "a story after the old ballad").
# In brackets a capital may open it: "(A story after the ballad)".
_KIND_IN_BRACKETS = lazy(
    _KIND_PHRASE + r"(?:\s(?:for|after|on|from|based\s+on|inspired\s+by)\s.+)?",
    re.IGNORECASE,
)


def _bracketed_kind_subtitle(text: str) -> bool:
    """Rule ``bracketed-subtitle-under-byline``: the same subtitle in round brackets,
    which may name what the story is written for or after ("(a fic for Ada Finch's
    'The Lamp')", "(a drabble after the ballad)"). The brackets set it apart as the title
    block's; the inside must open on the kind phrase and end with no sentence's stop, so a
    bracketed aside of story ("(a story she told often.)") stays text."""
    inner = bracketed_inside(text) if len(text) <= 100 and text.startswith("(") else None
    if not inner or inner.rstrip("\"”’'").endswith((".", "!", "?")):
        return False
    return _KIND_IN_BRACKETS.fullmatch(inner) is not None
