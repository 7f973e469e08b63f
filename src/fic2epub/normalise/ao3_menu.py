"""AO3's menus copied open from a desktop browser.

Each shape is blanked (line numbers stay the same) by a text step of the rule's name.

Rule ``ao3-open-menu``: AO3's desktop page heads every work with its site navigation,
"Fandoms", "Browse", "Search" and "About". A reader who selects the whole page copies the
drop-down lists under those four as well, one item a line: "All Fandoms", "Anime & Manga",
"Books & Literature" … under Fandoms, "Works", "Bookmarks", "Tags" under Browse and Search,
"About Us", "FAQ", "Donate or Volunteer" under About. The four names themselves are read as
the site's chrome already; the items under them are short, title-like lines that the header
would otherwise take for the work's title and byline.

Guards: only in the run of lines from a "Fandoms" line near the top of the file, under a
"Site Navigation" line or the site's name ("Archive of Our Own"); the run ends at the first
line that is none of the menu's names or items (blank lines between them aside), and is
blanked only when it holds AO3's own fandom list ("All Fandoms" or "Uncategorized
Fandoms"), so a story's list of "Works" or "Tags", or another site's menu, stays.

Rule ``ao3-download-formats``: the Actions bar's "Download" button opens the list of
formats, "AZW3", "EPUB", "MOBI", "PDF", "HTML", copied one a line right under it. Guards:
two formats at least, each alone on its line, in a run (blank lines between them aside)
that starts right under a "Download" line; a story's lone "PDF" stays.

Rule ``ao3-full-page-index``: a chapter page's "Chapter Index" button opens the chapter
drop-down with its "Go" button and, under them, the link "Full-page index". Only that whole
line, within a few lines under a "Chapter Index" line, so it is never taken for the title.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy
from fic2epub.normalise.line_search import holds

# The four top-level names of the menu, read as chrome on their own.
_MENU_NAMES = frozenset({"fandoms", "browse", "search", "about"})
# The items of the four drop-down lists, as AO3 prints them.
_MENU_ITEMS = frozenset(
    {
        "all fandoms",
        "anime & manga",
        "books & literature",
        "cartoons & comics & graphic novels",
        "celebrities & real people",
        "movies",
        "music & bands",
        "other media",
        "theater",
        "tv shows",
        "video games",
        "uncategorized fandoms",
        "works",
        "bookmarks",
        "tags",
        "collections",
        "people",
        "about us",
        "news",
        "faq",
        "wrangling guidelines",
        "donate or volunteer",
    }
)
# Items only AO3's fandom list holds: the proof that the run is its menu.
_FANDOM_LIST = frozenset({"all fandoms", "uncategorized fandoms"})
# How many lines from the top the menu's "Fandoms" may stand (under the site's name, its
# skip link, "Log In" and "Site Navigation"), in lines and in characters.
_TOP_REACH = 15
_TOP_CHARS = 800
# How many lines the open menu may run to, blank lines between its items included.
_MENU_REACH = 3 * (len(_MENU_ITEMS) + len(_MENU_NAMES))


# AO3's download formats, as its Download list names them.
_FORMATS = frozenset({"AZW3", "EPUB", "MOBI", "PDF", "HTML"})
_LEAST_FORMATS = 2
# The cheap question asked first: a line that opens with the list's first format (one
# search from the line break: quicker over a long story than two substring tests).
_FORMAT_LINE = lazy(r"\n[ \t]*(?:AZW3|EPUB)")
# How far under "Chapter Index" its "Full-page index" link may stand: past the drop-down's
# options (one a chapter) and its "Go" button.
_INDEX_REACH = 300


def ao3_open_menu(text: str) -> str:
    """The text with the items of AO3's open site menu blanked (``ao3-open-menu``)."""
    if "Fandoms" not in text[:_TOP_CHARS]:
        return text
    lines = text.split("\n", _TOP_REACH + _MENU_REACH + 1)
    top = [line.strip().lower() for line in lines[:_TOP_REACH]]
    if "fandoms" not in top:
        return text
    first = top.index("fandoms")
    if not any(line == "site navigation" or "archive of our own" in line for line in top[:first]):
        return text
    return "\n".join(lines) if _blank_items(lines, first) else text


def _blank_items(lines: list[str], first: int) -> bool:
    """Blank the menu items in the run of menu lines from ``first`` ("Fandoms"); whether the
    run was AO3's."""
    end = first
    # The last piece is the rest of the text, never a line of the menu.
    while end < len(lines) - 1 and (_menu_line(lines[end]) or not lines[end].strip()):
        end += 1
    run = [line.strip().lower() for line in lines[first:end]]
    if not _FANDOM_LIST.intersection(run):
        return False
    for index in range(first, end):
        if lines[index].strip().lower() in _MENU_ITEMS:
            lines[index] = ""
    return True


def _menu_line(line: str) -> bool:
    """Whether a line is one of the menu's names or items."""
    word = line.strip().lower()
    return word in _MENU_NAMES or word in _MENU_ITEMS


def ao3_download_formats(text: str) -> str:
    """The text with the formats listed under "Download" blanked (``ao3-download-formats``)."""
    # A format's name first, looked for from the text's capitals "Z" and "U", which prose
    # holds few of (see line_search): the pattern tries every line break.
    if not holds(text, "AZW3", "Z") and not holds(text, "EPUB", "U"):
        return text
    if _FORMAT_LINE.search(text) is None:
        return text
    lines = text.split("\n")
    changed = False
    for index, line in enumerate(lines):
        if line.strip().lower() != "download":
            continue
        end = index + 1
        # A copy may set a blank line between the list's items.
        while end < len(lines) and (lines[end].strip() in _FORMATS or not lines[end].strip()):
            end += 1
        formats = [at for at in range(index + 1, end) if lines[at].strip()]
        if len(formats) >= _LEAST_FORMATS:
            for at in formats:
                lines[at] = ""
            changed = True
    return "\n".join(lines) if changed else text


def ao3_full_page_index(text: str) -> str:
    """The text with "Full-page index" under "Chapter Index" blanked (``ao3-full-page-index``)."""
    # Looked for from the text's capital "F"s, which prose holds few of (see line_search).
    if not holds(text, "Full-page index", "F"):
        return text
    lines = text.split("\n")
    changed = False
    index_line = -_INDEX_REACH - 1
    for index, line in enumerate(lines):
        word = line.strip().lower()
        if word == "chapter index":
            index_line = index
        elif word == "full-page index" and index - index_line <= _INDEX_REACH:
            lines[index] = ""
            changed = True
    return "\n".join(lines) if changed else text
