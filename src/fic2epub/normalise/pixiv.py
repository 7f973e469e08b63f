"""pixiv's novel page: the series line above a work's title.

A work in a series shows the series' name and the work's place in it above its own title,
"シリーズ名 #2", as a link back to the series. Copied as text it is a line of its own between
the site's menu and the title, and the work's author's name stands under the title above a
"フォローする" (follow) button.
"""

from __future__ import annotations

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
