"""Rule ``ao3-text-save-bullets``: the list bullets of an AO3 page saved by Firefox as text.

Firefox's "Save Page As… → Text Files" writes every list item as "  * item". On an AO3 work
page the lists are the site's: the navigation under the site's name, the Actions bar, each
tag label's values ("Fandom:" over "  * Some Book"), the kudos bar and the footer's links.
The bullet is the list's markup, not the item's text; once it is off, the tag labels read as
AO3's tag block does everywhere else (a label over its indented values) and the navigation
and footer as the site's chrome.

Guards: the file names the Archive near its top, and only a run of items right under one of
the page's list headings (the site's name, "Actions", "Footer", "Navigation", or a header
label such as "Fandom:"; one blank line between them at most) loses its bullets. A list the
author typed in a chapter sits under a line of prose and keeps its bullets.

The line count is kept, so line numbers still point at the file.
"""

from __future__ import annotations

from fic2epub.normalise.fields import is_known_label

# Firefox's item: two spaces, an asterisk and a space, then the item's text.
_ITEM = "  * "
# The site's name, looked for in the page's first characters only.
_SITE_NAME = "archive of our own"
_TOP = 2000
# The page's headings a list of the site's sits under, lower-cased.
_LIST_HEADINGS = frozenset(
    {
        "archive of our own",
        "archive of our own beta",
        "actions",
        "footer",
        "navigation",
        "site navigation",
        "user navigation",
    }
)


def ao3_text_save_bullets(text: str) -> str:
    """The text with the bullets of an AO3 page's own lists taken off (see the module)."""
    if "\n" + _ITEM not in text or _SITE_NAME not in text[:_TOP].lower():
        return text
    lines = text.split("\n")
    index = 1
    while index < len(lines):
        if lines[index].startswith(_ITEM) and _under_list_heading(lines, index):
            while index < len(lines) and lines[index].startswith(_ITEM):
                lines[index] = "  " + lines[index][len(_ITEM) :]
                index += 1
        index += 1
    return "\n".join(lines)


def _under_list_heading(lines: list[str], index: int) -> bool:
    """Whether the list item at ``index`` opens a list under one of the page's headings."""
    above = index - 1
    if not lines[above].strip() and above > 0:
        above -= 1  # one blank line between the heading and its list
    heading = lines[above].strip()
    if heading.lower() in _LIST_HEADINGS:
        return True
    return heading.endswith(":") and is_known_label(heading[:-1])
