"""The FanFiction app's info line in its shared text: "Fandom · T · English · Genre · Complete".

The app's Share gives the story's title, "by" and the author, then one line of the story's
info set apart by middle dots: the fandom (or the crossover's name), the rating, the
language, the genres and characters if any, and "Complete" for a finished story. The desktop
page's "Rated: T - English - …" line carries the same facts with labels; this one has none,
so the rating and the language in second and third place are what mark it.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# The separator: a middle dot or a bullet with spaces around it.
_SEPARATOR = lazy(r"\s+[·•]\s+")
# The site's ratings, the old "Fiction" before them or not.
_RATING = lazy(r"(?:fiction\s+)?(?:k\+?|t|m|ma)", re.IGNORECASE)
# A language's name: one or two words of letters ("English", "Português", "Bahasa Indonesia").
_LANGUAGE = lazy(r"[^\W\d_]{3,20}(?:\s[^\W\d_]{3,20})?")
# The status at the end, when the story is finished (a work in progress may print it too).
_STATUS = lazy(r"complete[d]?|in-?\s?progress", re.IGNORECASE)
# The longest item: a crossover's name or a list of characters.
_ITEM = 120


def app_info_line(text: str) -> list[tuple[str, str]] | None:
    """Rule ``ffn-app-info-line``: the fields of the FanFiction app's dotted info line,
    "Fandom · T · English · Romance/Drama · Complete": the fandom, the rating, the language
    and the status when the last item gives one; else None.

    Guards: three items at least, the second a site rating alone and the third a language's
    name of one or two capitalised words (the first and the second when the line opens with
    the rating, the fandom left out), none with a sentence's end; so a line of prose or a
    menu of dotted links does not match.
    """
    if len(text) > 300 or ("·" not in text and "•" not in text):
        return None  # the cheap question first
    items = _SEPARATOR.split(text.strip())
    if len(items) < 3 or any(not item or len(item) > _ITEM for item in items):
        return None
    # Rule ``ffn-app-info-no-fandom``: a share may leave the fandom out, the line then
    # opening with the rating ("T · English · Romance/Humor · Complete").
    fandom = "" if _RATING.fullmatch(items[0]) else items[0]
    rating, language = items[1:3] if fandom else items[:2]
    if not _RATING.fullmatch(rating) or not language[:1].isupper():
        return None
    if not _LANGUAGE.fullmatch(language) or fandom.endswith((".", "!", "?")):
        return None
    fields = [("Fandom", fandom)] if fandom else []
    fields += [("Rating", rating), ("Language", language)]
    if len(items) > 3 and _STATUS.fullmatch(items[-1]):
        fields.append(("Status", items[-1]))
    return fields
