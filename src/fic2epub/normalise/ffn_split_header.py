"""FanFiction.Net's story header as a browser's select-all copies it, one element a line.

Chrome's select-all of a desktop chapter page (pasted into Notepad) can put each element
of the header on a line of its own: the category crumb as "Books", "»", "Orlando
Innamorato", and the byline as "By:" over the pen name. Read line by line, the lone "»" and
"By:" are nothing and the name reads as a title. Rejoined, they are the crumb and the
"By: name" field that every other copy of the page gives.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy
from fic2epub.normalise.line_search import holds

# FanFiction.Net's info line under the summary: what makes the lines above its header.
_INFO_LINE = lazy(r"rated:\s*fiction\s+\S.{0,400}")
# The crumb's mark alone on its line.
_CRUMB_MARKS = frozenset({"»", "›"})
# A site category over the mark: one or two words ("Books", "TV Shows", "Anime/Manga").
_CATEGORY = lazy(r"[A-Z][\w/&-]{1,20}(?: [\w/&-]{1,20})?")
# How many lines under the crumb's mark, and under "By:", the info line may be: the crumb is
# followed by "Follow/Fav", the title, "By:", the name and the summary; "By:" by the name
# and the summary.
_CRUMB_REACH = 8
_BYLINE_REACH = 4
# The longest fandom and pen name taken.
_LONGEST_FANDOM = 80
_LONGEST_NAME = 40
_MOST_NAME_WORDS = 4


def ffn_split_header(text: str) -> str:
    """Rule ``ffn-split-header``: ``text`` with FanFiction.Net's
    crumb mark and "By:" label, each copied alone on its line, joined to the lines they
    belong to ("Books" / "»" / "Fandom" gives "Books » Fandom"; "By:" / "name" gives "By:
    name").

    Guards: cheap substring tests first (a lone mark or a lone "By:", and "Rated:"); the
    pieces stand one under another with no blank line between; the category is one or two
    capitalised words, the fandom and the name short lines with no sentence's end; and
    FanFiction.Net's "Rated: Fiction …" info line follows within a few lines, so only the
    site's own header is touched."""
    # "Rated:" looked for from the text's colons, which a story holds few of (line_search).
    if not holds(text, "Rated:", ":"):
        return text
    if not any(f"\n{mark}" in text for mark in (*_CRUMB_MARKS, "By:")):
        return text
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        if _split_crumb(lines, index):
            category, mark, fandom = (line.strip() for line in lines[index - 1 : index + 2])
            out[-1] = f"{category} {mark} {fandom}"
            index += 2
            continue
        if _split_byline(lines, index):
            out.append(f"By: {lines[index + 1].strip()}")
            index += 2
            continue
        out.append(lines[index])
        index += 1
    return "\n".join(out)


def _split_crumb(lines: list[str], index: int) -> bool:
    """Whether the line is the crumb's mark alone, between its category and its fandom."""
    if lines[index].strip() not in _CRUMB_MARKS or not 0 < index < len(lines) - 1:
        return False
    category, fandom = lines[index - 1].strip(), lines[index + 1].strip()
    if _CATEGORY.fullmatch(category) is None or not _short_value(fandom, _LONGEST_FANDOM):
        return False
    return _info_line_below(lines, index + 2, _CRUMB_REACH)


def _split_byline(lines: list[str], index: int) -> bool:
    """Whether the line is "By:" alone, over the pen name and then the summary."""
    if lines[index].strip() != "By:" or index + 1 >= len(lines):
        return False
    name = lines[index + 1].strip()
    if not _short_value(name, _LONGEST_NAME) or len(name.split()) > _MOST_NAME_WORDS:
        return False
    return _info_line_below(lines, index + 2, _BYLINE_REACH)


def _short_value(text: str, longest: int) -> bool:
    """A short line with no sentence's end."""
    return 0 < len(text) <= longest and not text.endswith((".", ",", ";", ":", "!", "?"))


def _info_line_below(lines: list[str], start: int, reach: int) -> bool:
    """Whether FanFiction.Net's info line follows within ``reach`` lines of ``start``, with
    no blank line between (the header is one block in such a copy)."""
    for line in lines[start : start + reach]:
        stripped = line.strip()
        if not stripped:
            return False
        if stripped[:6] == "Rated:" and _INFO_LINE.fullmatch(stripped.lower()):
            return True
    return False
