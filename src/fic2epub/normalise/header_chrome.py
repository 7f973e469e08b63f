"""Header chrome: a site's lines around a story's header, which are neither story nor header.

A menu copied one item a line above the title, the framing above a Markdown file's title, a
site's buttons under a field's label, a tag list copied as plain words, and unknown lines
with the story's header going on below them. The chrome any page may carry is read in
``chrome.py``; these rules read the lines around it at the top of a story.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.breadcrumbs import breadcrumb_fandom
from fic2epub.normalise.bylines import byline_names, title_like
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chrome_i18n import is_foreign_menu_item
from fic2epub.normalise.chrome_lines import JOIN_COMMUNITY
from fic2epub.normalise.chunks import QUOTES, Chunk
from fic2epub.normalise.field_lines import field_line
from fic2epub.normalise.fields import field_for, read_series, strip_pm_link
from fic2epub.normalise.foreign_header import (
    PLAIN_MENU_ITEM,
    foreign_byline,
    is_follow_button,
    menu_item,
)
from fic2epub.normalise.journal_lines import journal_community
from fic2epub.normalise.site_names import is_site_name


def framing_above_title(chunks: list[Chunk], index: int) -> bool:
    """Rule ``framing-above-title``: the few short lines the headings pass left above a
    Markdown file's "# Title" (a chat's channel and thread names) are the page's framing.

    A story field there ("author: name" in a note app's front matter) is the story's, not
    framing: it stays for the header to read (``front-matter-field``)."""
    field = field_line(chunks[index].text)
    if field is not None and field_for(field[0]) is not None:
        return False
    return any(
        chunk.role == "title" and chunk.rule == "markdown-title"
        for chunk in chunks[index + 1 : index + 5]
    )


def chrome_value(label: str, value: str) -> bool:
    """A field whose value is a site's buttons or links ("Author: Follow/Fav"), not a value.

    A status chip ("Status: [Completed]") and a category path naming the fandom ("Category:
    Books › X") look like chrome and are values all the same, and so does an author's name
    with the old FanFiction.Net page's "PM" link set wide after it ("Author: name   PM"), and
    so does AO3's series line with its arrow button set wide before the part ("Series: «
    Previous Work   Part 2 of Name", rule ``series-part-beside-arrows``).
    """
    if field_for(label) == "authors":
        value = strip_pm_link(value)
    return (
        bool(value)
        and is_site_chrome(value)
        and field_for(label) != "status"
        and breadcrumb_fandom(value) is None
        and not bilingual_fandom(label, value)
        and not (field_for(label) == "series" and read_series(value).index is not None)
    )


# The most words of one name in a two-language fandom value.
_NAME_WORDS = 8


def bilingual_fandom(label: str, value: str) -> bool:
    """Rule ``bilingual-fandom-value``: a "Fandom:" field naming the work in two languages
    between one bar ("Fandom: Сказки | The Tales", "Fandom: Pan Tadeusz | Sir Thaddeus"), as
    AO3 names a translated work's fandom and writers copy it. Why: two short names around a
    "|" look like a two-link menu, but under a fandom label they are the value. Guards: a
    fandom field, exactly one bar, and a name of a few words on each side, each opening on
    a letter, so a menu of several links ("Home | Browse | Search") is still the site's."""
    if value.count("|") != 1 or field_for(label) != "fandoms":
        return False
    names = [name.strip() for name in value.split("|")]
    return all(name[:1].isalpha() and len(name.split()) <= _NAME_WORDS for name in names)


def chrome_value_lines(chunks: list[Chunk], index: int) -> int:
    """Rule ``chrome-field-continues``: drop the field at ``index`` whose value is a site's
    link or buttons (see :func:`chrome_value`) with the lines that carry its value on; return
    the index after them.

    Old archive headers wrap a long value onto indented lines ("Archive: http://…" over
    "   -- anywhere else, ask first."); those lines are the dropped field's, not the story's
    first paragraph. Only lines indented deeper than the label, with no blank line between
    and no label of their own, carry it on.
    """
    head = chunks[index]
    chunks[index] = replace(head, role="dropped", rule="site-chrome")
    index += 1
    while index < len(chunks):
        chunk = chunks[index]
        if chunk.gap or chunk.indent <= head.indent or chunk.role != "text":
            break
        if field_line(chunk.text) is not None:
            break
        chunks[index] = replace(chunk, role="dropped", rule="chrome-field-continues")
        index += 1
    return index


# Words that only a site's tag list writes run together or in lower case.
_TAG_WORDS = frozenset(
    "oneshot xreader readerinsert imagine imagines fluff angst smut drabble fanfic fanfiction"
    " romance hurtcomfort au".split()
)


def tag_words_line(text: str, *, titled: bool = True) -> bool:
    """Rule ``tag-words-line``: a Quotev or Wattpad tag line copied as plain words, all lower
    case and run together ("phantomoftheopera erik xreader oneshot romance").

    At least three words, nothing but lower-case letters and digits, and at least one word
    that no sentence has: a tag word ("oneshot", "xreader") or a run-together name of
    thirteen letters or more. Where no title was read yet (``titled`` false: only a byline
    above), one tag word is not enough: the line may be the post's own lower-case title
    ("fantesca drabble dump", under a Tumblr poster's name), so two are asked.
    """
    words = text.split()
    if len(words) < 3 or len(text) > 200 or not all(w.isalnum() and w.islower() for w in words):
        return False
    if any(len(w) >= 13 for w in words):
        return True
    return sum(w in _TAG_WORDS for w in words) >= (1 if titled else 2)


# The separator a site's logo line sets between its name and tagline ("FanFiction | unleash
# your imagination"), which a copy may leave at the head of the tagline's own line.
_TAGLINE_SEPARATORS = "|·•–—-:"


def tagline_under_site_name(chunks: list[Chunk], index: int) -> bool:
    """Rule ``site-tagline``: the site's tagline on its own line under its name, still led by
    the separator between them (" | unleash your imagination" under "FanFiction").

    A copy of the logo may break the line at the separator; the separator left at the start
    of the line ties it to the name above. Only right under a line read as the site's name,
    and only a short phrase with no sentence's end, so a story's first line is never taken.
    """
    text = chunks[index].text.strip()
    if not index or text[:1] not in _TAGLINE_SEPARATORS or chunks[index - 1].rule != "site-name":
        return False
    tagline = text[1:].strip()
    return 0 < len(tagline) <= 60 and len(tagline.split()) <= 8 and tagline[-1:] not in ".!?"


_JOIN_BUTTON = lazy(JOIN_COMMUNITY, re.IGNORECASE)


def community_over_join(chunks: list[Chunk], index: int) -> bool:
    """Rule ``community-over-join``: a journal community's name and tagline over its "Join
    community" button ("frontier_ficlets", "Frontier Ficlets: westerns", "Join community").

    Why: a community's page copies its masthead above the entry; the name reads as the
    poster's handle and the tagline as a header field. Guards: near the top, at most two
    short lines right above the button with no blank line between, the first of them
    opening its block.
    """
    chunk = chunks[index]
    opens = not index or chunk.gap > 0 or chunks[index - 1].rule == "community-over-join"
    if index > 20 or not opens:
        return False
    for ahead in range(index, min(index + 3, len(chunks))):
        chunk = chunks[ahead]
        if ahead > index and chunk.gap:
            return False
        if _JOIN_BUTTON.fullmatch(chunk.text.strip()):
            return ahead > index
        if len(chunk.text) > 80:
            return False
    return False


def menu_above_title(chunks: list[Chunk], index: int) -> bool:
    """Rule ``menu-above-title``: a site's menu copied one item a line ("Just In",
    "Community", "Forum"; "Navegar", "Comunidade") above the story's title and its "By:
    name" (or "por name") line.

    Only near the top, only for a short item of at most three words with no sentence
    punctuation, and only when every line down to the title is such an item (or already
    known framing) and the title is followed at once by a byline.
    """
    if index > 12 or not menu_item(chunks[index].text):
        return False
    for ahead in range(index + 1, min(index + 12, len(chunks) - 1)):
        chunk = chunks[ahead]
        if chunk.role == "dropped" or is_site_chrome(chunk.text):
            continue
        if breadcrumb_fandom(chunk.text) is not None:
            continue
        if chunk.rule == "contents-page-named-heading":
            # A piece's heading that a printed contents named (an anthology's story under
            # its "by" line) is no title a menu stands above: the lines over it are the
            # cover's.
            return False
        following = chunks[ahead + 1]
        if following.gap == 0 and is_follow_button(following.text):
            # LOFTER sets the author's name over its "关注" (follow) button between the
            # menu and the post's title: the menu ends above the name.
            return ahead > index + 1 or _last_menu_item(chunks, index)
        # The byline may be in the site's language ("por name", "von name"), as Wattpad
        # and other sites print it in their other interfaces.
        # pixiv sets the author's name alone over a "Follow" button instead.
        bylined = bool(byline_names(following.text) or foreign_byline(following.text))
        bylined = bylined or _by_field(following.text)
        if not bylined and ahead + 2 < len(chunks) and chunks[ahead + 2].gap == 0:
            bylined = is_follow_button(chunks[ahead + 2].text)
        if title_like(chunk) and bylined and following.gap <= 1:
            # A menu has two items at least: one line above "Title / by X" is the title
            # over its subtitle ("A <fandom> story"), unless it is a menu's account item
            # ("Cadastrar", "Регистрация") ending a run of items already read as the menu,
            # with no blank line between.
            return ahead > index + 1 or _last_menu_item(chunks, index)
        if not menu_item(chunk.text):
            return False
    return False


def _by_field(text: str) -> bool:
    """Rule ``menu-over-by-field``: FanFiction.Net's "By: name" under the title counts as
    the byline the menu's title needs, also where the name is a run of lower-case words
    ("By: hawthorn lantern") that :func:`byline_names` leaves alone, as a sentence may run
    so after a bare "by". With the colon it is the page's label, never a sentence: only
    the label "By", a value of at most four words and no sentence stop."""
    if text[:2].lower() != "by" or ":" not in text[:4]:
        return False
    field = field_line(text.strip())
    if field is None or field[0].strip().lower() != "by":
        return False
    value = field[1].strip()
    return 0 < len(value.split()) <= 4 and not value.endswith((".", "!", "?", ","))


# Rule ``menu-last-site-item``: the items a story site's menu prints besides its account
# and search ones ("Browse", "Community", "Write"), which Wattpad's menu may end on.
SITE_MENU_WORDS = frozenset({"write", "community", "discover", "library", "browse"})


def _last_menu_item(chunks: list[Chunk], index: int) -> bool:
    """Rule ``menu-above-title``, its last item: a known account or search item in another
    language, or one of a story site's own menu items (``menu-last-site-item``), right
    under the menu's other items."""
    if index == 0 or chunks[index - 1].rule != "menu-above-title" or chunks[index].gap:
        return False
    text = chunks[index].text
    return is_foreign_menu_item(text) or text.strip().lower() in SITE_MENU_WORDS


# A site menu's sign-up item, and the log-in item it stands beside ("Login", "Register").
# LiveJournal's menu ends on "Log in" over "CREATE BLOG".
_SIGN_UP_ITEM = lazy(
    r"register|join(?:\s+now)?|create\s+(?:an?\s+)?(?:account|blog|journal)", re.IGNORECASE
)
_LOG_IN_ITEM = lazy(r"log\s*in|sign\s+in", re.IGNORECASE)


def sign_up_beside_log_in(chunks: list[Chunk], index: int) -> bool:
    """Rule ``sign-up-beside-log-in``: a menu's "Register" (or "Join", "Create account",
    "Create blog") right above or below its "Login" or "Sign in", no blank line between,
    near the top.

    Why: a site's menu copied one item a line ends on its account items, and a lone word
    such as "Register" is no known chrome, so it was read as the title above the story's
    own. A word alone may be a story's title: only beside the log-in item does it count.
    """
    text = chunks[index].text.strip()
    if index > 15 or len(text) > 20 or _SIGN_UP_ITEM.fullmatch(text) is None:
        return False
    above = chunks[index - 1] if index and chunks[index].gap == 0 else None
    below = chunks[index + 1] if index + 1 < len(chunks) and chunks[index + 1].gap == 0 else None
    return any(
        chunk is not None and _LOG_IN_ITEM.fullmatch(chunk.text.strip()) is not None
        for chunk in (above, below)
    )


def menu_between_chrome(chunks: list[Chunk], index: int, *, near_top: bool = True) -> bool:
    """Rule ``menu-between-chrome``: near the top, a site's menu copied one item a line has
    items no list can name ("Quizzes", "Polls") among ones it can ("Home", "Search", "Log
    In"). An unknown item counts when a known one stands both above and below it, with only
    menu items between and no blank line in the run. Above the item, the site's logo line
    ("Archive of Our Own beta") counts as a known one: a phone copy puts the mobile menu's
    "Menu" button right under it.

    The known items must be plain words ("Search", not "Fanfiction · Mystery"): a story's
    title right under the menu has the page's category or info line under it, not a menu
    item.

    The menu's last item needs no known one below it when the page printed the menu twice
    and the item was already dropped above (menu-copied-twice).

    Rule ``page-top-menu-in-body``: with ``near_top`` false (the body's lines before the
    first heading), the same run anywhere: a second page pasted under the work's header
    brings its own logo and menu ("Archive of Our Own beta" / "Menu" / "Search").
    """
    if (near_top and index > 15) or not menu_item(chunks[index].text):
        return False
    if not _chrome_reached(chunks, index, -1):
        return False
    return _chrome_reached(chunks, index, 1) or _item_again(chunks, index)


def _item_again(chunks: list[Chunk], index: int) -> bool:
    """Rule ``menu-copied-twice``: the last item of a menu the page prints twice (a site
    builder's wide menu and its phone-width copy) has no known item below it, but its first
    copy was already dropped above: the same words, so the same menu's item."""
    text = chunks[index].text.strip()
    # The first copy is a menu's length above at most: a cheap bound in a long story's body.
    above = chunks[max(0, index - _MENU_REACH) : index]
    return any(c.role == "dropped" and c.text.strip() == text for c in above)


_MENU_REACH = 30


# The mark between a trail's items: "Books › Title", "Books » Title", "Books > Title".
_TRAIL_MARK = lazy(r"\s[›»>]\s")


def _chrome_reached(chunks: list[Chunk], index: int, step: int) -> bool:
    """Whether walking from ``index`` by ``step`` over menu items with no blank line between
    reaches a known chrome line within eight lines."""
    position = index
    for _ in range(8):
        nearer, position = position, position + step
        if position < 0 or position >= len(chunks):
            return False
        if chunks[max(nearer, position)].gap > 0:
            return False
        chunk = chunks[position]
        if chunk.rule == "stacked-stat-counts":
            return False  # a story's reader counts: the lines above are its title block
        if chunk.role == "dropped" or is_site_chrome(chunk.text):
            # The site's logo line ("Archive of Our Own beta") heads the menu: above the
            # item, it ends the run as a known item does.
            plain = PLAIN_MENU_ITEM.fullmatch(chunk.text.strip()) is not None
            # Below the item, the page's trail ("Fan-fic › Books › Title") ends the menu
            # as a known item does: Webnovel sets it right under its menu.
            trail = step > 0 and _TRAIL_MARK.search(chunk.text) is not None
            # Rule ``menu-run-continues``: an item this rule took just above ("Reading &
            # Writing") is the menu's, as a known item is: the run goes on through it.
            taken = step < 0 and chunk.rule == "menu-between-chrome"
            return plain or trail or taken or (step < 0 and is_site_name(chunk.text))
        if not menu_item(chunk.text):
            return False
    return False


def header_resumes(chunks: list[Chunk], index: int) -> bool:
    """A short unknown line near the top, with the story's header a few lines below it.

    Page copies carry framing no list can name (a blog's menu, a post's date in another
    language); when known header fields follow within four lines, it is framing, not story.
    The site's own lines between (a journal entry's "Current mood:" and "Current music:")
    are not counted among the four, however many a page prints.
    """
    text = chunks[index].text
    if index > 15 or len(text) > 80 or text[:1] in QUOTES:
        return False
    below = chunks[index + 1 : index + 9]
    for ahead in [c for c in below if c.role != "dropped" and not is_site_chrome(c.text)][:4]:
        field = field_line(ahead.text)
        if field is not None and field_for(field[0]) in _STRONG_FIELDS:
            return True
    return False


# Fields that only a story's header has (a disclaimer or note may sit anywhere).
_STRONG_FIELDS = frozenset({"title", "authors", "fandoms", "rating", "relationships", "characters"})


# How far below the community's name its poster line may stand: the tagline and the
# journal's "Previous Entry | Next Entry" come between.
_POSTER_LINE_REACH = 4


def community_name_line(chunks: list[Chunk], index: int) -> int | None:
    """Rule ``community-name-over-poster``: a journal community's name alone on a line at the
    top, and the tagline right under it, over the entry's poster line that names the same
    community ("lesser_tales" … "arnold (arnold) wrote in lesser_tales,"); returns the number
    of lines it covers (1 or 2), else None.

    Why: a community entry copied from the browser opens with the community's masthead,
    whose name reads as the poster's handle (a co-author) and its tagline as the title.
    Guards: near the top and opening its block; the poster line within a few lines below
    names this very community, so a writer's own handle over "handle (handle) wrote," (a
    personal journal) is left alone; the tagline is one short line, no field and no chrome,
    with no blank line above it.
    """
    chunk = chunks[index]
    name = chunk.text.strip()
    if chunk.role != "text" or index > 10 or (index and not chunk.gap):
        return None
    if " " in name or len(name) > 40:
        return None
    reach = chunks[index + 1 : index + 1 + _POSTER_LINE_REACH]
    poster = next((at for at, c in enumerate(reach) if _names_community(c, name)), None)
    if poster is None:
        return None
    if poster == 0:
        return 1
    under = reach[0]
    tagline = (
        not under.gap
        and len(under.text) <= 80
        and field_line(under.text) is None
        and not is_site_chrome(under.text)
    )
    return 2 if tagline else 1


def _names_community(chunk: Chunk, name: str) -> bool:
    """Whether a line is a journal's poster line naming ``name`` as the community."""
    return " in " in chunk.lines[0] and journal_community(chunk.lines[0]) == name
