"""Site chrome: the lines a page copy brings along that are neither story nor notes.

Navigation bars, site names, "Log In", reader counts ("214 notes", "3.1K reads"), comment
links, LiveJournal cut tags and mood lines, mailing-list headers and footers. Each rule is
about how a site frames a story, never about a story's own words.

:func:`is_site_chrome` is the entry point: it asks the rules in their own modules, by what
they recognise: whole chrome lines (``chrome_lines``), reader counts (``chrome_counts``),
mail and blog labels (``chrome_labels``), buttons (``chrome_buttons``), navigation bars
and pagers (``nav_bars``), site names (``site_names``) and category trails
(``breadcrumbs``). The rules that read a line by the chrome around it stay here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from fic2epub.lazy_re import lazy
from fic2epub.normalise.blog import blog_chrome
from fic2epub.normalise.breadcrumbs import BOARD_INDEX_TRAIL, GT_BREADCRUMB, YOU_ARE_HERE
from fic2epub.normalise.chrome_buttons import BUTTON_WORDS, button_row, share_bar
from fic2epub.normalise.chrome_counts import COUNTS
from fic2epub.normalise.chrome_i18n import is_foreign_chrome
from fic2epub.normalise.chrome_labels import CHROME_LABELS, POSTED_AT, is_posted_at
from fic2epub.normalise.chrome_lines import CHROME_LINE, LOCKED_ENTRY
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.journal_pager import is_journal_pager, is_style_footer
from fic2epub.normalise.nav_bars import (
    BACK_LINK,
    BRACKET_LINKS,
    MENU_WORDS,
    PAGER,
    is_bracket_pager,
    is_chapter_pager,
    is_colon_menu,
    link_bar,
    navigation_bar,
)
from fic2epub.normalise.nav_links import is_bracketed_nav_link, is_run_together_links
from fic2epub.normalise.page_footers import page_footer
from fic2epub.normalise.post_pointers import is_post_pointer
from fic2epub.normalise.site_names import is_site_name
from fic2epub.normalise.social import is_social_chrome
from fic2epub.normalise.tumblr import is_image_description, is_taglist, is_tumblr_chrome


# Kept: the header, body and closing rules each ask about the same lines near a chapter's
# ends (three times a line, on average), and the answer depends on the line alone.
@lru_cache(maxsize=4096)
def is_site_chrome(text: str) -> bool:
    """Whether a whole line is site framing (navigation, counts, comment links, mail headers)."""
    line = text.strip()
    if len(line) > 200:
        # A picture's description may run long; it is still the page's, not the story's.
        return is_image_description(line)
    if is_site_name(line):
        return True
    if CHROME_LINE.fullmatch(line) or COUNTS.fullmatch(line) or CHROME_LABELS.fullmatch(line):
        return True
    if ("🔒" in line or "review" in line.lower()) and LOCKED_ENTRY.fullmatch(line):
        return True
    if button_row(line) or is_taglist(line) or share_bar(line):
        return True
    if POSTED_AT.fullmatch(line) or blog_chrome(line, is_posted_at):
        return True
    if line.startswith("[") and BRACKET_LINKS.fullmatch(line):
        return True
    if is_bracketed_nav_link(line) or is_run_together_links(line):
        return True
    if line.startswith(("<", "«")) and (PAGER.fullmatch(line) or BACK_LINK.fullmatch(line)):
        return True
    if is_chapter_pager(line) or is_bracket_pager(line):
        return True
    if "|" in line and link_bar(line):
        return True
    if (" > " in line or " :: " in line) and GT_BREADCRUMB.fullmatch(line):
        return True
    if line[:1] in "Yy" and YOU_ARE_HERE.fullmatch(line):
        return True
    if line[:1] in "BbFf" and BOARD_INDEX_TRAIL.fullmatch(line):
        return True
    if " :: " in line and _chrome_items_bar(line):
        return True
    if "::" in line and is_colon_menu(line):
        return True
    if line[:1].isupper() and MENU_WORDS.fullmatch(line):
        return True
    if is_social_chrome(line) or is_tumblr_chrome(line) or page_footer(line) is not None:
        return True
    if is_post_pointer(line):
        return True  # a journal post's "Also on AO3." or its art post's link (post_pointers)
    if is_journal_pager(line) or is_style_footer(line):
        return True  # a journal page's pager and its style's footer links (journal_pager)
    if navigation_bar(line) or is_foreign_chrome(line):
        return True
    return "  " in line and _wide_spaced_chrome(line)


# Rule ``wide-spaced-chrome``: a page's footer line that sets two or three pieces of chrome
# side by side, wide spaces between: "Example.net (c) 2001. All rights reserved.  Terms |
# Privacy | Contact". Every piece must be chrome alone, so prose never matches.
_WIDE_GAP = lazy(r"\s{2,}")
_MOST_PIECES = 3


def _wide_spaced_chrome(line: str) -> bool:
    pieces = _WIDE_GAP.split(line)
    return 2 <= len(pieces) <= _MOST_PIECES and all(is_site_chrome(piece) for piece in pieces)


# The most links an archive's bar of chapter links holds.
_BAR_ITEMS = 6


def _chrome_items_bar(line: str) -> bool:
    """Rule ``chrome-items-bar``: a bar of a page's links set apart by a spaced "::", as old
    archive scripts print them under a chapter ("Table of Contents :: Next Chapter »", "Read
    Reviews (4) :: Post a Review"). Every item must be a whole chrome line on its own, so a
    heading such as "Chapter 1 :: The Ferry" is left alone."""
    items = [item.strip() for item in line.split(" :: ")]
    return 2 <= len(items) <= _BAR_ITEMS and all(item and is_site_chrome(item) for item in items)


# The site's thanks under its call to vote: "Thank you!", "Thanks!".
_THANKS = lazy(r"(?:thank\s+you|thanks)\s*!*", re.IGNORECASE)


def is_box_thanks(chunk: Chunk, above: str) -> bool:
    """Rule ``chrome-box-thanks``: the site's "Thank you!" right under its call to vote or
    comment (``above``), on the next line with no blank line between, is the same box
    ("Like this story? Give it an Upvote!" over "Thank you!", as Asianfanfics prints it
    under each chapter). Only a bare thanks under a line of site chrome: the author's own
    thanks carries more words, or stands apart."""
    if chunk.gap or len(chunk.text) > 12 or not _THANKS.fullmatch(chunk.text):
        return False
    return is_site_chrome(above)


def lone_button_among_chrome(line: str, before: list[str], after: Sequence[str] = ()) -> bool:
    """Rule ``lone-button``: a button label on a line of its own ("Top", "Print") among
    other site chrome, as a page's footer copies it ("Share: …", "Follow/Fav", "Top").

    A word such as "Top" alone could be a story's line, so it counts only when one of the
    two lines before it, or of the two ``after`` it, is site chrome too (Dreamwidth's
    "Flag" above "3 comments" and "Reply").
    """
    line = line.strip()
    if len(line) > 12 or not BUTTON_WORDS.fullmatch(line):
        return False
    return any(is_site_chrome(near) for near in [*before[-2:], *after[:2]])
