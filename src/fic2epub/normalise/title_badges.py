"""Badges a story page prints one a line between the title and the header's fields.

A work page (ficbook, and archives built like it) sets small badges under the title: the
kind of story ("Джен", "Слэш"; "Gen", "Het"), the rating ("G", "PG-13") and the status
("завершён", "Complete"). Copied as text they stand one a line, each a word or two, between
the title and "Автор:". They are the page's chips: not a title, nor a menu.
"""

from __future__ import annotations

from fic2epub.normalise.fields import exact_rating
from fic2epub.normalise.status_i18n import foreign_status

# The kinds of story ficbook's direction badge names ("Направленность"), and AO3's and the
# archives' category words in English.
_KINDS = frozenset(
    "джен|гет|слэш|слеш|фемслэш|фемслеш|смешанная|другие|другое|статья"
    "|gen|het|slash|femslash|multi|f/f|f/m|m/m".split("|")
)
# English status badges.
_STATUS = frozenset({"complete", "completed", "ongoing", "in progress", "finished", "wip"})
# The longest badge.
_LONGEST = 20


def is_title_badge(text: str) -> bool:
    """Rule ``title-badge``: a line that is nothing but one badge (kind, rating, status)."""
    word = text.strip()
    if not word or len(word) > _LONGEST:
        return False
    folded = word.casefold()
    if folded in _KINDS or folded in _STATUS:
        return True
    return foreign_status(word) is not None or exact_rating(word) is not None
