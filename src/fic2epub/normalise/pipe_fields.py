"""Header fields from one info line of "|"-, " - "- or comma-separated items.

"pairing: A/B | rating: G | words: 1.1k", "Fandom | A & B | G | ~600 words", FicWad's
"Category: Books - Rating: PG - 1146 words - Complete", a chat post's "original, rated G,
~900 words". :func:`pipe_metadata` gives the header its fields; the navigation-bar rule
asks it too, so that an info line is never read as a menu.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.fields import field_for, rating_or_pairing

_PAIR = lazy(r"\S\s*(?:/|&|\sx\s)\s*\S")
# Rule ``info-sentence``: the count may be hedged in words, "about 600 words".
_WORDS = lazy(
    r"(?:~|about|around|approx(?:\.|imately)?|roughly)?\s*[\d.,]+\s*[kK]?\+?\s+words?",
    re.IGNORECASE,
)
# A comma between the items, not one inside a figure ("2,000").
_ITEM_COMMA = lazy(r",(?!\d{3}\b)")
# Rule ``info-sentence``: the comma line written as a sentence, its first item naming the
# fandom with the kind of work, "An Arthurian fic, rated G, about 600 words.": the fandom is
# what stands between the article and the kind.
_FANDOM_KIND = lazy(
    r"(?:an?\s+)(?P<fandom>\S.{0,60}?)\s+(?:fic|fanfic|fan\s*fic|one-?shot|drabble|ficlet)",
    re.IGNORECASE,
)


# Original fiction named where a fandom would stand: "original, rated G, ~900 words".
_ORIGINAL = lazy(r"orig(?:inal)?(?:\s+(?:fiction|work|story|fic))?", re.IGNORECASE)


def _dotted_fields(line: str) -> list[tuple[str, str]] | None:
    """Rule ``dotted-info-line``: "Fandom: X · Rating: G · Words: 1,050", the one-line
    header a journal writer sets with spaced middle dots or bullets for bars. Only when every
    item is labelled and one names the story (its fandom, rating, characters …), so a
    byline's "Name · 3 May 2023 · 5 min read" and a site's counts stay as they were."""
    items = [item.strip() for item in re.split(r" [·•] ", line) if item.strip()]
    if len(items) < 2 or not all(_LABELLED.fullmatch(item) for item in items):
        return None
    pairs = [item.partition(":") for item in items]
    if not any(field_for(label.strip()) in _STORY_FIELDS for label, _, _ in pairs):
        return None  # a site's counts ("Reads: 900 · Hearts: 40") are read as they were
    return [(label.strip(), value.strip()) for label, _, value in pairs]


# The fields that name the story, one of which a dotted header line holds.
_STORY_FIELDS = frozenset(
    {"fandoms", "rating", "characters", "relationships", "authors", "title", "warnings"}
)
# A labelled item: a short label, a colon, a value.
_LABELLED = lazy(r"[^\W\d][\w '’-]{0,30}:\s*\S.*")


def pipe_metadata(line: str) -> list[tuple[str, str]] | None:
    """Header fields from one line of "|"-separated items, or None if it is not such a line.

    "pairing: A/B | rating: G | words: 1.1k" gives labelled fields; "Fandom | A & B | G | ~600
    words" gives the fandom (first item), the pairing and the rating by their shape. Chat
    and blog posts write the same line with commas ("original, rated G, ~900 words"); a
    comma-separated line counts only when its items are all short and none is labelled.
    """
    if len(line) > 300:
        return None
    if " - " in line and "|" not in line and (dashed := _dashed_fields(line)) is not None:
        return dashed
    if "|" in line:
        items = [item.strip() for item in line.split("|") if item.strip()]
    elif " · " in line or " • " in line:
        return _dotted_fields(line)
    elif "," in line and ":" not in line and len(line) <= 100:
        # Written as a sentence, the line ends on a full stop (``info-sentence``).
        # A thousands comma ("2,000 words") parts no items.
        parts = _ITEM_COMMA.split(line.removesuffix("."))
        items = [item.strip() for item in parts if item.strip()]
        # A fandom named with its kind ("An Erec and Enide fic") may run a little longer.
        longest = [
            8 if not at and _FANDOM_KIND.fullmatch(item) else 4 for at, item in enumerate(items)
        ]
        if any(len(item.split()) > most for item, most in zip(items, longest, strict=True)):
            return None
    else:
        return None
    if len(items) < 2:
        return None
    labelled = [item for item in items if ":" in item]
    if len(labelled) == len(items) or ("|" in line and _mostly_labelled(items, labelled)):
        # An archive's info bar may hold a few unlabelled counters among its fields
        # ("Rated: G | Reviews (12) | Chapters: 2"): only the labelled items are fields.
        pairs = (item.partition(":") for item in labelled)
        return [(label.strip(), value.strip()) for label, _, value in pairs] + _bare_status(items)
    if "|" in line and (with_status := _fields_with_status(items, labelled)) is not None:
        return with_status
    fields: list[tuple[str, str]] = []
    recognised = 0
    for position, item in enumerate(items):
        if _WORDS.fullmatch(item):
            recognised += 1
        elif (field := rating_or_pairing(item, _PAIR)) is not None:
            fields.append(field)
            recognised += 1
        elif position == 0 and _ORIGINAL.fullmatch(item):
            pass  # original fiction: no fandom to name
        elif position == 0 and (kind := _FANDOM_KIND.fullmatch(item)) is not None:
            fields.append(("Fandom", kind.group("fandom")))
        elif position == 0:
            fields.append(("Fandom", item))
        else:
            return None
    return fields if recognised >= 2 else None


# A story's status as the last item of an info line: "… - 1146 words - Complete".
_STATUS_ITEM = lazy(r"complete[d]?|in\s+progress|incomplete|wip|abandoned", re.IGNORECASE)


def dashed_info_line(line: str) -> list[tuple[str, str]] | None:
    """The fields of an archive's " - "-separated info line (``dashed-info-line``), else
    None."""
    if len(line) > 300 or " - " not in line or "|" in line:
        return None
    return _dashed_fields(line)


def _dashed_fields(line: str) -> list[tuple[str, str]] | None:
    """Rule ``dashed-info-line``: an archive's info line with its fields set apart by " - "
    ("Category: Books - Rating: PG - Genres: Drama - 1146 words - Complete"), as FicWad and
    other archives write it. Three labelled items at least, and every item labelled or a
    word count or status, so a sentence with dashes never matches (nor FanFiction.Net's
    line, with its unlabelled genre and characters, read by its own rule)."""
    items = [item.strip() for item in line.split(" - ") if item.strip()]
    fields: list[tuple[str, str]] = []
    other = 0
    for item in items:
        label, colon, value = item.partition(":")
        if colon and value.strip() and 0 < len(label.split()) <= 3 and label[:1].isalpha():
            fields.append((label.strip(), value.strip()))
        elif _STATUS_ITEM.fullmatch(item):
            fields.append(("Status", item))
        elif not _WORDS.fullmatch(item):
            other += 1
    labelled = sum(1 for label, _ in fields if label != "Status")
    return fields if labelled >= 3 and not other else None


def _fields_with_status(items: list[str], labelled: list[str]) -> list[tuple[str, str]] | None:
    """Rule ``pipe-fields-with-status``: an archive's info bar of labelled fields with the
    story's status as a bare item among them ("Chapters: 3 | Complete | Words: 1,960").
    Every other item must be labelled, two at least, and only one bare item, a status word,
    so a line of prose with a "|" in it never matches."""
    bare = [item for item in items if ":" not in item]
    if len(bare) != 1 or len(labelled) < 2 or not _STATUS_ITEM.fullmatch(bare[0]):
        return None
    pairs = [item.partition(":") for item in labelled]
    if any(not 0 < len(label.split()) <= 3 for label, _, _ in pairs):
        return None
    return [(label.strip(), value.strip()) for label, _, value in pairs] + [("Status", bare[0])]


def _bare_status(items: list[str]) -> list[tuple[str, str]]:
    """Rule ``pipe-status-among-counters``: the story's status as a bare item of an info bar
    read by ``pipe-fields-with-counters`` ("Fandom: X | Rating: G | Words: 1,010 |
    Complete"), as eFiction prints it last; only a whole item that is a status word, and
    only one."""
    bare = [item for item in items if ":" not in item and _STATUS_ITEM.fullmatch(item)]
    return [("Status", bare[0])] if len(bare) == 1 else []


def _mostly_labelled(items: list[str], labelled: list[str]) -> bool:
    """Rule ``pipe-fields-with-counters``: three or more of the items are "Label: value"
    fields with short labels, and they are more than half of the items."""
    short = [item for item in labelled if 0 < len(item.partition(":")[0].split()) <= 3]
    return len(short) >= 3 and len(short) * 2 > len(items)
