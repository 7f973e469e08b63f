"""Rule ``tapas-episode-page``: novel episode pages copied from Tapas, one after another.

Each episode page repeats the site's menu, the series title, the creator and "Subscribe",
then gives the episode's own line as the creator titled it ("Ep. 1 - The Snowstorm") over
the page's date and counts, one a line ("Mar 3, 2024", "♥ 152", "👁 2.1k"). Under the
text and the creator's note come the page's buttons and its comment section: "♥ Like",
"Share", "Comments 9", the sort tabs, each comment's name, age, text and "Reply 4",
"Next episode"; under the last page, "You might also like" and other series.

The date and count lines under an episode line, and everything from a page's like button
to the next page's top (or to the end), are the page's; they are blanked, so line numbers
still point at the file. The episode line, the text and the creator's note stay for the
heading and note rules; the repeated menu and series block go as repeated page headers.

Guards: an episode line ("Ep." or "Episode", a number, a dash or colon and a title) with,
right under it, a count line carrying the site's heart or eye glyph; the comment section
only from a like button with "Comments" and a count within the three lines under it.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# The episode's line: "Ep. 1 - The Snowstorm", "Episode 12: Homecoming".
_EPISODE = lazy(r"(?:ep\.|episode)\s?\d{1,4}(?:\s+[-–—:]|:)\s+\S.{0,100}", re.IGNORECASE)
# The page's counts under it: likes beside a heart, views beside an eye, comments beside a
# speech bubble: "♥ 152", "👁 2.1k", "💬 9".
_ONE_COUNT = r"(?:[♥❤♡]|\U0001f441\ufe0f?|\U0001f4ac)\s*\d[\d.,]*\s*[kKmM]?"
# Rule ``tapas-count-row``: the counts may share one line, set apart by wide spaces
# ("♥ 1.2k   👁 8,440   💬 57").
_COUNT = lazy(rf"{_ONE_COUNT}(?:\s+{_ONE_COUNT})*")
# The date line: "Mar 3, 2024", "3 Mar 2024", "2024-03-03", "03/03/2024".
_DATE = lazy(
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}"
    r"|\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})"
)
# The like button that opens the page's foot, and the comment count under it.
_LIKE = lazy(r"(?:[♥❤♡]\s*)?like", re.IGNORECASE)
_COMMENTS = lazy(r"comments?\s*\(?\d[\d.,]*[kK]?\)?", re.IGNORECASE)
_BUTTON_ROW = lazy(
    r"(?:[♥❤♡]\s*)?like(?:\s{2,}\S{0,2}\s*(?:comments?|share|subscribe))+", re.IGNORECASE
)
# The follow button over the episode line, and the most words of a menu item above it.
_SUBSCRIBE = lazy(r"subscribed?|\+\s*subscribe", re.IGNORECASE)
_MENU_WORDS = 3
# How many lines under an episode line its date and counts may take.
_HEAD_LINES = 4
# How many lines under the like button the comment count may stand.
_COMMENTS_WITHIN = 3


def tapas_episode_pages(text: str) -> str:
    """The episode pages' text, their date and count lines and their foot (buttons,
    comments, what to read next) blanked (see the module)."""
    # The heart counted, not looked for: "in" looks for its low byte with memchr, and that
    # is an "e", which fills a text of Latin letters (see instagram's invisible blanks).
    if not text.count("\u2665") and "\U0001f441" not in text:
        return text  # the cheap test first: no heart or eye glyph, no counts of a page
    lines = text.split("\n")
    episodes = [i for i, line in enumerate(lines) if line[:1] in "EeÉ" and _episode(lines, i)]
    if not episodes:
        return text
    top = next((line.strip().lstrip("\ufeff") for line in lines if line.strip()), "")
    creator = _creator_in_foot(lines, episodes[-1])
    for number, index in enumerate(episodes):
        _blank_counts(lines, index)
        _blank_page_top(lines, index, first=number == 0)
        end = episodes[number + 1] if number + 1 < len(episodes) else len(lines)
        foot = next((i for i in range(index + 1, end) if _like_button(lines, i)), None)
        if foot is None:
            continue
        stop = next((i for i in range(foot, end) if lines[i].strip() == top), end)
        lines[foot:stop] = [""] * (stop - foot)
    if creator is not None:
        _name_under_title(lines, episodes[0], creator)
    return "\n".join(lines)


# Rule ``tapas-creator-foot``: the creator's card under the last page's comments, "by name".
_BY_CREATOR = lazy(r"by\s+(?P<name>[\w.-]{2,40})", re.IGNORECASE)


def _creator_in_foot(lines: list[str], last: int) -> str | None:
    """Rule ``tapas-creator-foot``: the creator named in the last page's foot ("by
    ondol_ink" over the site's footer), the only place a page copied without its top names
    them; else None. Only a "by" and one name alone on a line, under the like button."""
    foot = next((i for i in range(last + 1, len(lines)) if _like_button(lines, i)), None)
    if foot is None:
        return None
    for line in lines[foot:]:
        found = _BY_CREATOR.fullmatch(line.strip())
        if found is not None:
            return found.group("name")
    return None


def _name_under_title(lines: list[str], first: int, creator: str) -> None:
    """Rule ``tapas-creator-foot``: the series title line over the first episode line
    (above its date and counts) gets "by" and the creator, the byline the header reads
    ("THE BORROWED CLOUD by ondol_ink"), when no line above the episode names anyone."""
    above = [i for i in range(first) if lines[i].strip()]
    if not above or any(_BY_CREATOR.match(lines[i].strip()) for i in above):
        return
    title = lines[above[-1]].rstrip()
    # A title line: short, no sentence's end, not a menu's items set apart by wide spaces.
    if len(title) > 100 or title[-1:] in ".!?,;:" or "  " in title.strip():
        return
    lines[above[-1]] = f"{title} by {creator}"


def _episode(lines: list[str], index: int) -> bool:
    """Whether an episode line stands at ``index``, a count line among the lines under it."""
    if not _EPISODE.fullmatch(lines[index].strip()):
        return False
    under = lines[index + 1 : index + 1 + _HEAD_LINES]
    return any(_COUNT.fullmatch(line.strip()) for line in under)


def _blank_page_top(lines: list[str], index: int, *, first: bool) -> None:
    """Rule ``tapas-page-top``: blank the site's menu over the series title, the creator
    and "Subscribe" above the episode line at ``index`` (a menu line is short: three words
    at most, no sentence's end), and on every page but the first the series block too, which
    the first page's header has given already.

    Guard: "Subscribe" right above the episode line, with the creator and the series title
    right above it; a page without them is left alone."""
    above = [i for i in range(index - 1, max(-1, index - 6), -1) if lines[i].strip()][:3]
    if len(above) < 3 or _SUBSCRIBE.fullmatch(lines[above[0]].strip()) is None:
        return
    title = above[2]
    position = title - 1
    while position >= 0 and _menu_item(lines[position]):
        lines[position] = ""
        position -= 1
    if not first:
        for position in range(title, index):
            lines[position] = ""


def _menu_item(line: str) -> bool:
    text = line.strip().lstrip("\ufeff")
    return bool(text) and len(text.split()) <= _MENU_WORDS and text[-1:] not in ".!?,;:"


def _blank_counts(lines: list[str], index: int) -> None:
    """Blank the date and count lines right under the episode line at ``index``."""
    for position in range(index + 1, min(len(lines), index + 1 + _HEAD_LINES)):
        line = lines[position].strip()
        if not (_COUNT.fullmatch(line) or _DATE.fullmatch(line)):
            return
        lines[position] = ""


def _like_button(lines: list[str], index: int) -> bool:
    """Whether the page's like button stands at ``index``, the comment count under it.

    Rule ``tapas-button-row``: the buttons may share one line, the like button first and
    the comment or share button after it ("♥ Like   💬 Comment   ↗ Share"); the row is the
    page's foot with no count under it."""
    if "ike" in lines[index] and _BUTTON_ROW.fullmatch(lines[index].strip()):
        return True
    if len(lines[index]) > 12 or not _LIKE.fullmatch(lines[index].strip()):
        return False
    under = lines[index + 1 : index + 1 + _COMMENTS_WITHIN]
    return any(_COMMENTS.fullmatch(line.strip()) for line in under)
