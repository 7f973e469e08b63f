"""Rule ``full-stop-info-line``: a header line of unlabelled items parted by full stops.

An author's own file often sums the story up on one line under the byline, each item a
"sentence" of its own: "Mansfield Park. Fanny, Edmund. Rated G." There are no labels, so the
items are read by their shape, as the "|"- and comma-separated lines are (pipe_fields.py).
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.fields import date_line, exact_rating

# Items are parted by a full stop and a space; "Mrs." and an initial do not end one.
_ITEM_END = lazy(r"\.\s+")
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "rev", "capt"})
_PAIR = lazy(r"\S\s*(?:/|&)\s*\S")
_STATUS = lazy(r"complete[d]?|wip|in\s+progress|ongoing|one-?shot", re.IGNORECASE)
# Small words a fandom's or a name list's title case leaves in lower case.
_SMALL_WORDS = frozenset({"and", "of", "the", "in", "on", "a", "an", "at", "to", "x", "&", "/"})


def full_stop_info_line(text: str) -> list[tuple[str, str]] | None:
    """The fields of an info line parted by full stops, or None if it is not one.

    Guards against a sentence: a short line of two to six items, one of them a rating and
    nothing else ("Rated G", "PG-13", a bare letter only last); every other item a few
    words in title case (a fandom, a list of names, a pairing, a status), so no item reads
    as a clause of prose.
    """
    if len(text) > 160 or ". " not in text:
        return None
    items = _items(text.rstrip("."))
    if not 2 <= len(items) <= 6:
        return None
    fields: list[tuple[str, str]] = []
    rated = False
    for position, item in enumerate(items):
        # A bare letter ("T") may be an initial: a one-letter code needs its "Rated".
        if exact_rating(item) is not None and (len(item) > 1 or position == len(items) - 1):
            fields.append(("Rating", item))
            rated = True
        elif not _title_case(item):
            return None
        elif _STATUS.fullmatch(item):
            fields.append(("Status", item))
        elif _PAIR.search(item):
            fields.append(("Pairing", item))
        elif "," in item:
            fields.append(("Characters", item))
        elif position == 0:
            fields.append(("Fandom", item))
        else:
            return None
    return fields if rated else None


def _items(text: str) -> list[str]:
    """The items, with an abbreviation's or an initial's full stop kept inside its item."""
    items: list[str] = []
    for piece in _ITEM_END.split(text):
        previous = items[-1].split()[-1].lower() if items and items[-1] else ""
        if previous in _ABBREVIATIONS or (len(previous) == 1 and previous.isalpha()):
            items[-1] = f"{items[-1]}. {piece}"
        else:
            items.append(piece.strip())
    return items


def _title_case(item: str) -> bool:
    """A few words, each capitalised (or a small joining word): a name, not a clause."""
    words = re.split(r"[\s,]+", item.strip())
    words = [word for word in words if word]
    if not 0 < len(words) <= 8 or len(item) > 60:
        return False
    return all(word[0].isupper() or word[0].isdigit() or word in _SMALL_WORDS for word in words)


# The labels a story page's stats line gives its dates and status by, unlabelled by a colon.
_STATS_LABELS = {"updated": "Updated", "published": "Published", "status": "Status"}
# One item: the label, then its value bare or in brackets ("Status [Completed]").
_STATS_ITEM = lazy(
    r"(?P<label>updated|published|status)\s*:?\s*(?:\[\s*(?P<chip>[^\[\]]{1,30}?)\s*\]"
    r"|(?P<value>[\w ,./-]{1,30}?))",
    re.IGNORECASE,
)
# Items are set apart by wide spaces or a bar.
_STATS_SEPARATOR = lazy(r"\s{3,}|\s*[|·•]\s*")


def stats_chip_line(text: str) -> list[tuple[str, str]] | None:
    """Rule ``stats-chip-line``: a story page's line of its dates and its status chip, set
    apart by wide spaces ("Updated Jun 12, 2016   Status [Completed]", as Asianfanfics prints
    it under the byline). The fields it gives, or None.

    Every item must be one of those labels with its value, and one must be the status, so
    a sentence ("Status was all he cared about") never matches. Rule ``status-chip-line``:
    the chip may stand alone on its line ("Status [Completed]", when the page's dates sit on
    lines of their own); its brackets, which no sentence has, are then the guard, and a
    "Status: [Completed]" with its colon is left to the field test."""
    if len(text) > 120 or "tatus" not in text:
        return None
    fields: list[tuple[str, str]] = []
    chips = 0
    for item in _STATS_SEPARATOR.split(text.strip()):
        found = _STATS_ITEM.fullmatch(item)
        if found is None:
            return None
        chips += found.group("chip") is not None
        value = found.group("chip") or found.group("value") or ""
        fields.append((_STATS_LABELS[found.group("label").lower()], value.strip()))
    if not any(label == "Status" for label, _ in fields):
        return None
    if len(fields) < 2 and not (fields[0][0] == "Status" and chips and ":" not in text):
        return None
    return fields


# Wattpad's story page: the status chip and the first date on one line, parted by a comma
# or a dot ("Complete, First published Jun 14, 2021", "Ongoing • First published …").
_STATUS_PUBLISHED = lazy(
    r"(?P<status>complete[d]?|ongoing|in\s+progress)\s*[,·•|-]\s*"
    r"(?:first\s+)?published\s*:?\s+(?P<date>\S.{4,38})",
    re.IGNORECASE,
)


def status_published_line(text: str) -> list[tuple[str, str]] | None:
    """Rule ``status-published-line``: a story page's status with its first-published date
    ("Complete, First published Jun 14, 2021"). The fields it gives, or None.

    The rest after "published" must be a date and only that, so a sentence ("Complete,
    published and forgotten") never matches."""
    if len(text) > 70 or "ublished" not in text:
        return None
    found = _STATUS_PUBLISHED.fullmatch(text.strip())
    if found is None or (date := date_line(found.group("date"))) is None:
        return None
    return [("Status", found.group("status")), ("Published", date)]


# Rule ``bracket-stats-line``: Twisting the Hellmouth's stats line under a story's summary,
# each item a label with its value in brackets, parted by bullets: "Rating: FR13 • Chapters
# [4] • Words [6,118] • Recs [0] • Reviews [4] • Hits [1,203] • Published [12 Feb 13] •
# Updated [5 Mar 13] • Completed [No]". The rating may take a colon instead of brackets.
# A one-shot's line names no chapter count and gives its language bare, with no label:
# "Rating: FR15 • English • Words [2,040] • … • Completed [Yes]".
_BRACKET_LABELS = {
    "rating": "Rating",
    "rated": "Rating",
    "published": "Published",
    "updated": "Updated",
    "completed": "Completed",
    "complete": "Completed",
    "status": "Status",
}
_COUNT_LABELS = frozenset("chapters words recs reviews hits views kudos favs comments".split())
_BRACKET_ITEM = lazy(
    r"(?P<label>[a-z]{3,12})\s*(?:\[\s*(?P<chip>[^\[\]]{1,30}?)\s*\]|:\s*(?P<value>[\w+-]{1,10}))",
    re.IGNORECASE,
)
_BULLETS = lazy(r"\s*[•·|]\s*")
# The languages an archive's stats line may name bare, as English names them.
_LANGUAGE_ITEMS = frozenset(
    "english french german spanish italian portuguese dutch russian polish swedish".split()
)


def bracket_stats_line(text: str) -> list[tuple[str, str]] | None:
    """The fields of a bracketed stats line (see ``_BRACKET_LABELS``), or None.

    Every item must be a known label with its value, three of them at least, two of them
    bracketed counts or dates, so a sentence with a bracket in it never matches."""
    if len(text) > 300 or "[" not in text or ("•" not in text and "|" not in text):
        return None
    fields: list[tuple[str, str]] = []
    chips = 0
    items = _BULLETS.split(text.strip())
    for item in items:
        if item.lower() in _LANGUAGE_ITEMS and item[:1].isupper():
            fields.append(("Language", item))
            continue
        found = _BRACKET_ITEM.fullmatch(item)
        if found is None:
            return None
        label = found.group("label").lower()
        chips += found.group("chip") is not None
        if label in _BRACKET_LABELS:
            value = found.group("chip") or found.group("value") or ""
            fields.append((_BRACKET_LABELS[label], value.strip()))
        elif label not in _COUNT_LABELS:
            return None
    return fields if len(items) >= 3 and chips >= 2 else None


# Rule ``wide-stats-line``: an archive's stats line with its items as "Label: value" set
# apart by wide spaces, the rating first in bare brackets: "[ FR13 ] Chapters: 2  Words:
# 1,512  Hits: 388  Published: 14 Mar 04  Complete: Yes". The rating may be an item of its
# own ("Rating: PG"), as the other items are.
_WIDE_ITEM = lazy(
    r"(?P<label>[a-z]{3,12})\s*:\s*(?P<value>[\w,./-]{1,12}(?:\s[\w,./-]{1,8}){0,2})",
    re.IGNORECASE,
)
_WIDE_SEPARATOR = lazy(r"\s{2,}|\s*[•·|]\s*")
_BARE_BRACKET = lazy(r"\[\s*(?P<code>[\w+-]{1,8})\s*\]\s*")


def wide_stats_line(text: str) -> list[tuple[str, str]] | None:
    """The fields of a wide-spaced stats line (``wide-stats-line``), or None.

    Every item must be a known label with a short value, four items at least, two of them
    counts, so a sentence with a colon in it never matches; a bracketed code opening the
    line must be a known rating."""
    line = text.strip()
    if len(line) > 300 or line.count(":") < 3 or "  " not in line:
        return None
    fields: list[tuple[str, str]] = []
    if (bracket := _BARE_BRACKET.match(line)) is not None:
        if (rating := exact_rating(bracket.group("code"))) is None:
            return None
        fields.append(("Rating", rating))
        line = line[bracket.end() :]
    counts = 0
    items = _WIDE_SEPARATOR.split(line)
    for item in items:
        found = _WIDE_ITEM.fullmatch(item)
        if found is None:
            return None
        label = found.group("label").lower()
        if label in _BRACKET_LABELS:
            fields.append((_BRACKET_LABELS[label], found.group("value")))
        elif label in _COUNT_LABELS:
            counts += 1
        else:
            return None
    return fields if len(items) + (bracket is not None) >= 4 and counts >= 2 else None


# A web-serial page's status badge, first on the line of its category and tags or counts.
_BADGE = lazy(r"complete[d]?|ongoing|hiatus|on\s+hiatus|dropped|stub", re.IGNORECASE)
# The badge line's items: set apart by wide spaces, a middle dot, a bullet or a bar.
_BADGE_SEPARATOR = lazy(r"\s{3,}|\s+[·•|]\s+")
_BADGE_ITEM_MARKS = lazy(r"[.!?,;:\"“”]")
# Badge words that are common words of prose as well: taken only in capitals or by a count.
_PROSE_BADGES = frozenset({"dropped", "stub"})


def status_badge_line(text: str) -> list[tuple[str, str]] | None:
    """Rule ``status-badge-line``: a web-serial page's status badge first on the line of
    the story's category, tags or counts, which the badge's separators set apart:
    "COMPLETED   Fan Fiction   Adventure" (Royal Road), "Completed · Books · 4.1K Views"
    (Webnovel). Gives the status; the tags and counts are the site's.

    The first item must be a status word alone and every other item a short label of at
    most four words with no sentence marks, opening as a tag (a capital) or a count (a
    figure) does, so "Completed, she said" or a line of prose never matches. "Dropped" and
    "Stub" are words of prose too ("Dropped   everything   and ran"): only in capitals, as a
    badge prints them, or with a count on the line."""
    if len(text) > 200 or text[:1] not in "CcOoHhDdSs":
        return None
    items = _BADGE_SEPARATOR.split(text.strip())
    if len(items) < 2 or not _BADGE.fullmatch(items[0]):
        return None
    # "4.1K Views" keeps its decimal point; no other item may hold a sentence mark.
    rest = [re.sub(r"(?<=\d)[.,](?=\d)", "", item) for item in items[1:]]
    if any(not item or len(item.split()) > 4 or _BADGE_ITEM_MARKS.search(item) for item in rest):
        return None
    if not all(item[0].isupper() or item[0].isdigit() for item in rest):
        return None  # a tag opens with a capital, a count with its figure
    status = items[0]
    if (
        status.lower() in _PROSE_BADGES
        and not status.isupper()
        and not any(i[0].isdigit() for i in rest)
    ):
        return None  # "Dropped" or "Stub" as prose's first word, with no count to vouch
    return [("Status", status)]


# The rating an item page heads its line with: "Rated: E", "Rated: 13+", "Rating: PG-13".
_RATED_ITEM = lazy(r"(?:rated|rating)\s*:\s*(?P<rating>[\w+-]{1,8})", re.IGNORECASE)
# An item's id on the line: "#2291457", "ID 2291457".
_ITEM_ID = lazy(r"(?:#|id\s*:?\s*)\d{3,10}", re.IGNORECASE)


def rated_chip_line(text: str) -> list[tuple[str, str]] | None:
    """Rule ``rated-chip-line``: an item page's line that opens with its rating and goes on
    with its kind, genre and id as chips: "Rated: E · Short Story · Fan Fiction · #1234567",
    "Rated: 13+ | Poetry | Nature". Gives the rating; the other chips are the site's.

    Every chip after the rating must be a short label (at most four words, opening with a
    capital) or the item's id, with no sentence marks, so "Rated: PG · she hated that" or a
    field's sentence never matches."""
    if len(text) > 160 or text[:4].lower() not in ("rate", "rati"):
        return None
    items = [item.strip() for item in _BADGE_SEPARATOR.split(text.strip())]
    found = _RATED_ITEM.fullmatch(items[0]) if len(items) >= 3 else None
    if found is None:
        return None
    for item in items[1:]:
        if _ITEM_ID.fullmatch(item):
            continue
        if not item or len(item.split()) > 4 or not item[0].isupper():
            return None
        if _BADGE_ITEM_MARKS.search(item):
            return None
    return [("Rating", found.group("rating"))]
