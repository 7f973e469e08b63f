"""Site chrome: navigation bars, link bars, pagers and menus.

Several short items between separators ("Just In | Community | Forum"), an old home page's
bracketed links ("[Home] [Stories]") and footer links ("Back to the Fic Page | Email
Me"), a chapter pager ("< Prev  2. The Second Title  Next >") and a top menu run together
("Home Browse Search Log In"). Each is read by its shape, with checks that keep dialogue
and a story's own bracketed or "|"-separated lines out.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.pipe_fields import pipe_metadata

# Navigation bars: several short items between separators. Two spaces separate items only on
# a line without sentence punctuation (some people type two spaces after a full stop).
_BAR_SEPARATOR = lazy(r"\s*(?:\||·|•|»|«|‹|›|\s\.\s|\s\*\s)\s*|\s{3,}")
WIDE_SEPARATOR = lazy(r"\s{2,}")
# Both at once, for a bar of wide-spaced items some of which are "·"-separated groups.
_ANY_SEPARATOR = lazy(r"\s*(?:\||·|•|»|«|‹|›|\s\.\s|\s\*\s)\s*|\s{2,}")
# What every match of _BAR_SEPARATOR and _ANY_SEPARATOR holds: a mark, or a space followed by
# a "." or "*" or another space. A line with none of them is one item, never a bar.
_ANY_SEPARATOR_PART = lazy(r"[|·•»«‹›]|\s[.*\s]")
_SENTENCE_MARKS = lazy(r"[.!?,;\"“”]")
# Guillemets open and close French and German dialogue: « Oui », dit-il.
_GUILLEMETS = lazy(r"[«»‹›]")
_QUOTED_TITLE = lazy(r"«[^\s«»][^«»]{0,80}[^\s«»]»|«[^\s«»]»")


def navigation_bar(line: str) -> bool:
    """ "Just In | Community | Forum | More": short items, no story metadata among them."""
    if _ANY_SEPARATOR_PART.search(line) is None:
        # The cheap test first: a line of prose has no separator, so it splits into one
        # item, and splitting it costs five times this search.
        return False
    if line[:1] == "【" and "】" in line:
        # Rule ``cjk-bracket-prefix``: "【fandom|pairing】title" heads a LOFTER or Weibo
        # post; the bar inside the brackets parts the post's tags, not a menu's links.
        return False
    separator = _BAR_SEPARATOR
    punctuated = _SENTENCE_MARKS.search(line) is not None
    if punctuated and _GUILLEMETS.search(line):
        # « Tu viens ? » demanda-t-elle: dialogue between guillemets, not links between them.
        return False
    if "«" in line and _QUOTED_TITLE.search(line):
        # Rule ``guillemet-title``: «Зов предков» set tight against its words quotes a
        # title; a bar's arrows stand apart from their links ("« Prev", "Home » Books").
        return False
    if not punctuated and len(WIDE_SEPARATOR.split(line)) >= 3:
        # Wide spaces part the items ("Post Reply   Search this topic…   3 posts • Page 1");
        # an item may itself hold a "•"-separated group.
        separator = _ANY_SEPARATOR
    # A lone "*" or "." left between the bar's " * " and " . " separators is a piece of one
    # more, not a link: "* * *" and ". . ." are break glyphs, not bars of links.
    items = [item for item in separator.split(line) if item.strip(" <>*.")]
    # "<< Back to …" and "… >>" mark a link bar even with longer items.
    longest = 6 if line.startswith(("<<", "«")) or line.endswith((">>", "»")) else 4
    if len(items) < 2 or any(len(item.strip("<>«» ").split()) > longest for item in items):
        return False
    return pipe_metadata(line) is None and not any(":" in item for item in items)


# Link bars of old home pages: "[Home] [Stories] [Email Me]", each link in square brackets.
# One bracketed word alone ("[Home]") is a link too; one bracketed phrase may be a story's
# own "[Three years later]", so phrases count only as a bar of two or more.
# An item may carry its arrows: "[<< Back to My Fics]", "[Next >]". Rule
# ``next-story-link``: the link to the site's next story names it, "[ Next Story: Title >> ]".
# Rule ``bracket-link-counts``: an archive's buttons may carry their counts after a colon,
# "[Reviews: 3]  [Recs: 1]  [Printer]", as Twisting the Hellmouth prints them under a
# story's title; only a bare number after the colon, and only in a bar of two or more.
# No item holds a "]", so each ends at the first one: the atomic group keeps the engine from
# retrying the ways an item's spaces split between its words and "\s*", which on a line of
# many spaced items that fails at its end took seconds.
_NEXT_ITEM = r"(?:next|prev(?:ious)?)\s+(?:story|fic|chapter|part|page)\s*:\s*[^\[\]<>«»:]{1,60}"
BRACKET_LINKS = lazy(
    rf"(?:(?>\[\s*(?:[<«]+\s*)?(?:\w[\w'’ .&-]{{0,24}}(?::\s*\d{{1,6}})?!?|{_NEXT_ITEM})"
    r"\s*(?:[>»]+\s*)?\])\s*){2,8}",
    re.IGNORECASE,
)
# Rule ``back-link``: an old home page's links under a story: "<< Back to Fan Fiction |
# Next Story: Title >>". Opened by the arrows and "Back to", so no sentence matches.
BACK_LINK = lazy(r"[«<]+\s*back\s+to\s+[^|<>]{1,60}(?:\|[^|<>]{1,80}){0,4}[»>]*", re.I)
# A pager around a chapter menu: "< Prev  2. The Second Title  Next >". The first chapter's
# page has no "< Prev" ("1. First Title  Next >") and the last one no "Next >" ("< Prev
# 4. Last Title"): one button is enough beside a numbered option, which no sentence has.
# FanFiction.Net's old layout (until about 2011) put "Chapter" before each option: "Chapter
# 1. The Turnip  Next »", "« Prev  Chapter 3. The Rope".
PAGER = lazy(
    r"[«<]+\s*prev(?:ious)?\b.{0,120}?\bnext(?:\s+chapter)?\s*[»>]+"
    r"|[«<]+\s*prev(?:ious)?\s+(?:\d{1,4}\.|chapter\s+\d{1,4}\s*[.:])\s+\S.{0,120}"
    r"|(?:\d{1,4}\.|chapter\s+\d{1,4}\s*[.:])\s+\S.{0,120}?\s+next(?:\s+chapter)?\s*[»>]+",
    re.I,
)


def is_chapter_pager(text: str) -> bool:
    """Rule ``chapter-pager-line``: a pager around the chapter menu's current option, "1. The
    Lamp-Post  Next >" or the old FanFiction.Net layout's "Chapter 1. The Turnip  Next »". It
    names a chapter like a heading, but the button beside it makes it the site's.

    Rule ``chapter-colon-pager-line``: the desktop page's drop-down names its options as the
    author titled the chapters, "Chapter 2: The Ford", so its copy between the buttons reads
    "< Prev  Chapter 2: The Ford  Next >", and on the first or last chapter one button is
    missing ("Chapter 1: The Well  Next >", "< Prev  Chapter 3: The Ford"). The colon form
    counts only with "Chapter" and its number before it, and with the button's arrow."""
    line = text.strip()
    return (
        (line[:1].isdigit() or line[:8].lower() == "chapter ")
        and line.endswith((">", "»"))
        and PAGER.fullmatch(line) is not None
    )


# A pager's buttons in square brackets, as FanFiction.Net's 2001-2002 layout drew them:
# "[ << Prev Chapter ]", "[ Next Chapter >> ]".
_PREV_BUTTON = r"\[\s*[«<]+\s*prev(?:ious)?(?:\s+chapter)?\s*\]"
_NEXT_BUTTON = r"\[\s*next(?:\s+chapter)?\s*[»>]+\s*\]"
_POSITION = r"chapter\s+\d{1,3}\s+of\s+\d{1,3}"
_BRACKET_PAGER = lazy(
    rf"{_PREV_BUTTON}\s*{_POSITION}(?:\s*{_NEXT_BUTTON})?|{_POSITION}\s*{_NEXT_BUTTON}", re.I
)


def is_bracket_pager(text: str) -> bool:
    """Rule ``bracket-button-pager``: a pager that sets the chapter's place between bracketed
    buttons, "[ << Prev Chapter ]   Chapter 2 of 3   [ Next Chapter >> ]" (FanFiction.Net's
    2002 layout, above and under each chapter); the first page lacks the "Prev" button and
    the last the "Next" one. A bare "Chapter 2 of 3" may be the author's heading, so one
    bracketed button with its arrow must stand beside it."""
    line = text.strip()
    return "[" in line and line[:1] in "[Cc" and _BRACKET_PAGER.fullmatch(line) is not None


# Rule ``menu-words-line``: a site's top menu copied as one line with no separators, its items
# run together ("Just In Community Forum More Search", "Home Browse Search Log In"). Three
# items at least, each a capitalised menu label from this list, so no sentence matches.
_MENU_ITEM = (
    r"(?:Just\s+In|Community|Communities|Forums?|More|Search|Browse|Home|Log\s*[Ii]n|Login"
    # Spirit's English menu writes its buttons "Log in" and "Sign up", beside "Explore"
    # and "Write".
    r"|Sign\s+(?:[Uu]p|[Ii]n)|Register|Stories|Authors|Categories|Crossovers|Help|Updates|FAQ"
    r"|Explore|Write"
    r"|Challenges|Beta(?:\s+Readers)?|Contact(?:\s+Us)?|Top\s+Lists|Members"
    # eFiction's archive menu, which some skins print without separators: "Home Search
    # Titles Authors Categories Series Recent Help Login".
    r"|Titles|Series|(?:Most\s+)?Recent"
    # Rule ``ao3-menu-words``: AO3's top menu, "Fandoms Browse Search About", run together
    # when its drop-down buttons are copied as one line.
    r"|Fandoms|About"
    # Rule ``contest-menu-words``: a story site's menu with its writing contests and join
    # button, "Stories Authors Forum Competitions Log in Join".
    r"|Competitions|Contests|Join(?:\s+Now)?)"
)
MENU_WORDS = lazy(rf"{_MENU_ITEM}(?:\s+{_MENU_ITEM}){{2,12}}")
# The spaced double colon eFiction's default skins set between their menu's items.
_COLON_SEPARATOR = lazy(r"\s+::\s+")


def is_colon_menu(line: str) -> bool:
    """Rule ``colon-menu-bar``: an archive's top menu with its items set apart by a spaced
    "::" ("Home  ::  Most Recent  ::  Titles  ::  Search  ::  Login"), as eFiction's skins
    print it. With the separators taken out the line must be the run-together menu of
    ``menu-words-line`` (every item a known menu label), so a heading such as "Chapter 1 ::
    The Ferry" or a story line with a "::" in it is left alone."""
    if " :: " not in line:
        return False  # the cheap test first
    if MENU_WORDS.fullmatch(_COLON_SEPARATOR.sub(" ", line.strip())) is not None:
        return True
    return _framed_colon_menu(line)


# One item of a site's menu: one to three capitalised words ("Home", "Beta Readers").
_MENU_LABEL = lazy(r"[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|&)){0,2}")
_KNOWN_ITEM = lazy(_MENU_ITEM)


def _framed_colon_menu(line: str) -> bool:
    """Rule ``framed-colon-menu``: an archive's top menu set between "::" marks at both
    ends as well as between its items (":: Home :: Archive :: Authors :: Forums ::"), as
    SugarQuill-style skins print it. A site names some of its own pages (an "Archive", a
    "Lexicon", "Submit"), so not every item need be a known label: every item must be one to
    three capitalised words, and three of them at least, half or more of all, known menu
    labels ("Home", "Authors", "Forums"). The "::" at both ends is the menu's frame: a
    heading with a "::" in it has none."""
    line = line.strip()
    if not (line.startswith("::") and line.endswith("::")):
        return False
    items = [item.strip() for item in line.strip(":").split("::")]
    if len(items) < 3 or not all(_MENU_LABEL.fullmatch(item) for item in items):
        return False
    known = sum(1 for item in items if _KNOWN_ITEM.fullmatch(item))
    return known >= 3 and 2 * known >= len(items)


# The links of an old home page's footer: "Back to the Fic Page", "Email Me", "Sign My
# Guestbook!", "Home", "Return to Index".
_HOME_LINK = lazy(
    r"(?:[<«]+\s*)?(?:back|return|go\s+back)\s+to\s+.{1,50}|e-?mail\s+me!?|mail\s+me!?|(?:sign|view|read)\s+"
    r"(?:my|the)\s+guestbook!?|guestbook!?|home(?:\s+page)?!?|feedback!?|main\s+page|index"
    # A link to the site's other stories: "Other Fandom fic", "More stories", "My fiction";
    # only a fandom's name (capitalised) may stand between.
    r"|(?:(?:other|more)\s+(?-i:[A-Z][\w'’-]*\s+){0,3}|my\s+)?"
    r"(?:fic|fics|fanfic|fan\s+fiction|fiction|stories)"
    # An archive's alphabetical index: "Authors A-M", "Titles N-Z".
    r"|(?:authors|titles|stories)\s+[a-z]\s*[-–]\s*[a-z]",
    re.IGNORECASE,
)


def link_bar(line: str) -> bool:
    """Rule ``home-page-links``: a "|"-separated bar of a home page's footer links ("Back to
    Ozma's Oz Page | Email Me | Sign My Guestbook!"). Every item must be such a link, so a
    line of story or header text with a "|" in it never matches."""
    items = [item.strip() for item in line.split("|")]
    return len(items) >= 2 and all(
        len(item.split()) <= 8 and (_HOME_LINK.fullmatch(item) or _STORY_ACTION.fullmatch(item))
        for item in items
    )


# Rule ``story-action-links``: a story page's action links in such a bar ("[Reviews - 3] |
# Add to Favorites | Printer Friendly").
_STORY_ACTION = lazy(
    r"\[?\s*(?:reviews?|comments?)(?:\s*[-:(]\s*\d+\s*\)?)?\s*\]?"
    r"|add\s+to\s+(?:favou?rites|library|collection|reading\s+list|bookmarks)"
    r"|printer[\s-]+friendly(?:\s+version)?|print(?:able\s+version)?|download|report(?:\s+story)?",
    re.IGNORECASE,
)
