"""pixiv's novel page: the series line above a work's title, and the novel's own marks.

A work in a series shows the series' name and the work's place in it above its own title,
"シリーズ名 #2", as a link back to the series. Copied as text it is a line of its own between
the site's menu and the title, and the work's author's name stands under the title above a
"フォローする" (follow) button.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# Rule ``series-number-line``: the series' name, a space and "#" with the work's number.
# The name has no "#" of its own (a hashtag line has several) and no sentence's end.
_SERIES_NUMBER = lazy(r"(?P<name>[^#\s][^#]{0,60}?)\s*[#＃](?P<index>\d{1,3})")


def series_number(text: str) -> tuple[str, int] | None:
    """The series' name and the work's number of a line like "シリーズ名 #2", else None."""
    if "#" not in text and "＃" not in text:
        return None
    found = _SERIES_NUMBER.fullmatch(text.strip())
    if found is None or found.group("name").rstrip()[-1:] in ".!?。！？":
        return None
    return found.group("name").strip(), int(found.group("index"))


# Rule ``pixiv-chapter-mark``: pixiv's novel editor heads a chapter "[chapter:title]" and
# breaks a page with "[newpage]"; a novel copied from the page, or exported as text, keeps
# the marks raw. The chapter's title is the text after the colon (full-width or not).
_CHAPTER_MARK = lazy(r"\[\s*chapter\s*[:：]\s*(?P<title>[^\[\]]{1,100}?)\s*\]", re.IGNORECASE)
_NEWPAGE_MARK = lazy(r"\[\s*newpage\s*\]", re.IGNORECASE)


def pixiv_chapter_title(text: str) -> str | None:
    """The title of a "[chapter:title]" line, else None."""
    if text[:1] != "[":
        return None
    found = _CHAPTER_MARK.fullmatch(text.strip())
    return found.group("title") if found else None


def is_pixiv_newpage(text: str) -> bool:
    """Whether a line is pixiv's "[newpage]" page break (``pixiv-chapter-mark``)."""
    return text[:1] == "[" and _NEWPAGE_MARK.fullmatch(text.strip()) is not None


# Rule ``pixiv-tab-title``: the browser tab's title a copy of a pixiv novel page opens with,
# "<title> - <author>の小説 - pixiv" ("a novel by <author>"): the work's title is its first
# part.
_TAB_TITLE = lazy(
    r"(?P<title>.{1,100}?)\s[-–]\s[^-–]{1,60}?の(?:小説|作品|シリーズ)\s[-–]\spixiv", re.I
)


def pixiv_tab_title(text: str) -> str | None:
    """The work's title in a pixiv page's tab title, else None."""
    if text[-5:].lower() != "pixiv":
        return None
    found = _TAB_TITLE.fullmatch(text.strip())
    return found.group("title") if found else None
