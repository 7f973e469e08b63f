"""Header lines of stories saved from sites in other languages.

A page copied from Wattpad in Spanish, pixiv, Postype or jjwxc frames the story the way an
English site does, in its own words: a byline reads "por X", "oleh X" or "X tarafından";
the author's name sits above a "フォローする" (follow) button; fields use a full-width colon
("作者：X"); dates are written "2019年9月13日"; reader counts are "12,3K Leídas". The header
pass asks these helpers about a line once its English rules have said nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chrome_i18n import is_foreign_menu_item, is_single_count
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.colonless_fields import colonless_field_at
from fic2epub.normalise.fanfiktion_de import characters_under_chips, chip_line
from fic2epub.normalise.fields import date_line, is_known_label
from fic2epub.normalise.foreign_dates import dotted_date
from fic2epub.normalise.nav_bars import MENU_WORDS
from fic2epub.normalise.patterns import BYLINE_RE, FIELD_RE
from fic2epub.normalise.pixiv import series_number
from fic2epub.normalise.site_names import opens_with_site_name
from fic2epub.normalise.title_badges import is_title_badge
from fic2epub.normalise.tumblr import (
    blog_links_row,
    is_pinned_label,
    is_reblogger_name,
    reblog_header,
    reblog_header_at,
)
from fic2epub.normalise.tumblr_trail import is_reblogger_over_poster

# Rule ``foreign-byline``: a byline made of a bare preposition and the names, in the
# languages whose sites print one under the title: Spanish and Portuguese "por", French
# "par", German "von", Dutch "door", Italian "di" (EFP), Polish "przez", Indonesian "oleh",
# Vietnamese "bởi" (Wattpad's Vietnamese app "của", "of"), Swedish and Norwegian "av", Danish
# "af"; Romanian "de" and Catalan "per"
# (rule ``romanian-catalan-byline``), which open so many sentences that the name after them
# must be capitalised or a user name ("de Ana_M", "per marta_92").
# Turkish puts its postposition after the name: "X tarafından"; Wattpad's Turkish page
# writes "yazan X" ("written by X") under the title. A bare preposition opens
# ordinary sentences too ("Por la mañana…"), so the header asks only right under the title,
# or between two of its fields (see _under_title).
_PREPOSITION_BYLINE = lazy(
    r"(?P<word>por|par|von|door|di|przez|oleh|bởi|của|av|af|de|per|yazan)\s*:?\s+"
    r"(?P<names>[^\s.!?,;:…].{0,39}?)"
    r"|(?P<before>[^\s.!?,;:…].{0,39}?)\s+tarafından",
    re.IGNORECASE,
)
# Sentence marks no pen name has.
_SENTENCE_MARKS = lazy(r"[.!?;:…\"“”«»]|,\s")


def foreign_byline(text: str) -> str | None:
    """The names of a "por X" / "oleh X" / "X tarafından" byline, else None.

    The names must look like a pen name: at most four words, no sentence punctuation, and
    either one word (a user name such as "autora_anonima") or capitalised words.
    """
    if len(text) > 60 or not text[:1].isalpha():
        return None
    found = _PREPOSITION_BYLINE.fullmatch(text.strip())
    if found is None:
        return None
    names = (found.group("names") or found.group("before") or "").strip()
    words = names.split()
    if not words or len(words) > 4 or _SENTENCE_MARKS.search(names):
        return None
    if (found.group("word") or "").lower() in _COMMON_WORDS and not _user_name(words[0]):
        return None
    if len(words) > 1 and not all(
        _name_word(word, at, len(words)) for at, word in enumerate(words)
    ):
        return None
    return names


# The prepositions above that open ordinary sentences most ("De asemenea", "Per sempre").
_COMMON_WORDS = frozenset({"de", "per"})


def _user_name(word: str) -> bool:
    """Whether a word is a site's user name: capitalised, or holding "_" or a figure."""
    return word[:1].isupper() or "_" in word or any(c.isdigit() for c in word)


def _name_word(word: str, at: int, count: int) -> bool:
    """A word of a multi-word pen name: capitalised, not a word at all, or a particle inside."""
    return (
        word[:1].isupper() or not word[:1].isalpha() or (0 < at < count - 1 and word in _PARTICLES)
    )


# Rule ``name-particles``: the lower-case particles inside a surname ("Anna van Dijk",
# "Anna von Berg", "Maria de la Cruz", "Luca di Santo"), never a name's first or last word:
# "door de kamer" is no byline, and a name cannot end in a particle.
_PARTICLES = frozenset(
    "van von de der den des du da di del della la le ter ten zu dos das do".split()
)


# Rule ``follow-button-byline``: the "Follow" button a site prints beside its author's name,
# in the languages of the sites that do so (DeviantArt's is "Watch"). The line above it is
# the author.
_FOLLOW_BUTTON = lazy(
    r"\+?\s*(?:follow|watch|seguir|folgen|suivre|segui|volgen|obserwuj|takip\s+et|ikuti|theo\s+dõi"
    r"|フォローする|フォロー|关注|關注|\+\s*关注|팔로우|구독하기"
    # Kakuyomu's star button beside "フォロー", "★で称える" ("praise with stars").
    r"|★\s*で称える)\s*\+?",
    re.IGNORECASE,
)


def _named(text: str) -> str:
    """The name on a line beside a "Follow" button. Rule ``follow-button-by-line``: the
    site may print it "by name" (DeviantArt under a deviation's title), and "by" is no part
    of the name."""
    found = BYLINE_RE.fullmatch(text.strip())
    names = found.group("names").strip() if found and text.lstrip()[:2].lower() == "by" else ""
    # Rule ``cjk-author-word-byline``: Kakuyomu prints "作者　name" (the word "author" and an
    # ideographic space) beside its button; the word is no part of the name.
    if (labelled := _CJK_AUTHOR_WORD.fullmatch(text.strip())) is not None:
        names = labelled.group("name")
    return names or text.strip()


_CJK_AUTHOR_WORD = lazy(r"(?:作者|著者|作家|작가)[\s\u3000]+(?P<name>\S.{0,38})")


def is_follow_button(text: str) -> bool:
    """Whether a line is nothing but a site's "Follow" button."""
    return len(text) <= 20 and _FOLLOW_BUTTON.fullmatch(text.strip()) is not None


# Rule ``cjk-field``: a Chinese, Japanese or Korean label before a colon, full-width or not
# ("作者：X", "文案：", "줄거리:"). Only labels the table knows: a line of dialogue or prose
# may hold a colon after a few characters too.
_CJK_FIELD = lazy(
    r"[【\[]?(?P<key>[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,8})[】\]]?\s*[:：]\s*"
    r"(?P<value>.*)",
    re.DOTALL,
)
_CJK_START = lazy(r"[【\[]?[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def cjk_field(text: str) -> tuple[str, str] | None:
    """A header field written with a CJK or Hangul label, as (label, value), else None."""
    if not _CJK_START.match(text) or ("：" not in text[:12] and ":" not in text[:12]):
        return None
    found = _CJK_FIELD.match(text)
    if found is None or not is_known_label(found.group("key")):
        return None
    return found.group("key"), found.group("value").strip()


# A tagline naming the site's owner: "a fic site by @name", "the writing blog of name".
_OWNER_TAGLINE = lazy(
    r"(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}(?:site|blog|journal|archive|page)\s+(?:by|of)\s+"
    r"@?(?P<name>[\w.-]{2,40})",
    re.IGNORECASE,
)


# Rule ``cjk-date-line``: a post's date as Chinese, Japanese and Korean pages print it,
# "2019年9月13日 21:04", "2021.05.05 18:30", "2021년 5월 5일", maybe with a time and,
# after a "·", the post's category.
_CJK_DATE = lazy(
    r"(?P<y>\d{4})\s*(?:年|년|\.|/)\s*(?P<m>\d{1,2})\s*(?:月|월|\.|/)\s*(?P<d>\d{1,2})\s*(?:日|일|\.)?"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*[·•|]\s*\S.{0,40})?"
)


def cjk_date(text: str) -> str | None:
    """The ISO date of a line that is a post's date in the CJK or dotted form, else None."""
    if not text[:1].isdigit() or len(text) > 60:
        return None
    found = _CJK_DATE.fullmatch(text.strip())
    if found is None:
        return None
    year, month, day = int(found["y"]), int(found["m"]), int(found["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1990 <= year <= 2100):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


# Rule ``labelled-date``: a known date label and a date with no colon between them, as
# Spirit prints "Publicado 03/08/2021" and "Atualizada 10/08/2021".
_LABELLED_DATE = lazy(
    r"(?P<label>[^\W\d_][^\W\d]{2,20}(?:\s[^\W\d]{2,12})?)\s+(?P<date>\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
    r"(?:\s+(?:às|at|um|à|a\s+las|alle|o)?\s*\d{1,2}:\d{2})?)"
)


def labelled_date(text: str) -> tuple[str, str] | None:
    """(label, ISO date) for "Publicado 03/08/2021" when the label is a known one, else None.

    The sites that leave out the colon write the day first (03/08 is the 3rd of August).
    """
    if len(text) > 50 or not text[:1].isalpha():
        return None
    found = _LABELLED_DATE.fullmatch(text.strip())
    if found is None or not is_known_label(found.group("label")):
        return None
    parts = [int(part) for part in re.findall(r"\d+", found.group("date"))[:3]]
    day, month, year = parts if parts[2] > 31 else (parts[2], parts[1], parts[0])
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1990 <= year <= 2100):
        return None
    return found.group("label"), f"{year:04d}-{month:02d}-{day:02d}"


# --- the header pass's questions ------------------------------------------------------------

# Rule ``header-hashtag-line``: the story's tags as hashtags, two or more on one line.
_HASHTAGS = lazy(r"(?:#[^#\s][^#]*?\s*){2,}")
# A menu item of a Chinese or Japanese page: a few Han or kana characters. Those languages
# put no spaces between words, so spaces there part menu items; Korean does space its
# words, and a short Korean line ("그네 위의 봄") is no menu.
_CJK_MENU_ITEM = lazy(r"[\u3040-\u30ff\u3400-\u9fff]{1,6}")


def _cjk_menu(text: str) -> bool:
    """Rule ``cjk-menu-bar``: three or more short Han or kana items parted by spaces
    ("ホーム　小説　ランキング", "首页 言情 纯爱")."""
    items = text.split()
    return 3 <= len(items) <= 12 and all(_CJK_MENU_ITEM.fullmatch(item) for item in items)


def is_menu_bar(text: str) -> bool:
    """A line of navigation items: "Home | Stories | About", "홈   구독   알림", "ホーム　小説"."""
    if _cjk_menu(text):
        return True
    if any(ch.isdigit() for ch in text):
        # A menu has no numbers; "2.3K Reads   189 Votes" is a line of counts.
        return False
    items = [i for i in re.split(r"\s*[|·•»>]\s*|\s{2,}", text.strip()) if i]
    return len(items) >= 3 and all(len(i) <= 24 and len(i.split()) <= 3 for i in items)


# A menu item in plain words: "Log In", "Sign Up", "Latest Series".
PLAIN_MENU_ITEM = lazy(r"[A-Za-z]+(?: [A-Za-z]+){0,2}")
_MENU_PUNCTUATION = lazy(r"[.!?,;:\"“”‘’']")


def menu_item(text: str) -> bool:
    """A short menu label: one to three words, no sentence punctuation."""
    return 0 < len(text) <= 30 and len(text.split()) <= 3 and not _MENU_PUNCTUATION.search(text)


# The fewest items of a menu copied one item a line, and the fewest known ones among them.
_MENU_ITEMS = 3
_KNOWN_ITEMS = 2


def _without_placeholder_dots(text: str) -> str:
    """A menu item without the dots of a search box's placeholder ("Search..." is the
    menu's search box, copied with its hint)."""
    return text.rstrip(".…").rstrip() if text.endswith(("...", "…")) else text


def vertical_menu(chunks: list[Chunk], start: int) -> bool:
    """Rule ``vertical-menu``: a site's menu copied one item a line from ``start``: three
    or more short items with no blank line between, two of them known chrome in plain words
    ("Home", "Search", "Log In", "Sign Up"); the others are the site's own ("Communities").
    A story's lines make no such run: "Home" alone, or a short poem's lines with no chrome
    among them, are no menu."""
    items = known = 0
    for chunk in chunks[start : start + 12]:
        text = _without_placeholder_dots(chunk.text.strip())
        if (items and chunk.gap) or not menu_item(text):
            break
        items += 1
        # Known: English chrome in plain words, or a menu's account and search items in
        # another language ("Войти", "Регистрация", "Cadastrar").
        known += bool(PLAIN_MENU_ITEM.fullmatch(text) and is_site_chrome(text)) or (
            is_foreign_menu_item(text)
        )
    return items >= _MENU_ITEMS and known >= _KNOWN_ITEMS


def foreign_header_line(
    chunks: list[Chunk], index: int, *, titled: bool, bylined: bool
) -> Chunk | None:
    """The chunk at ``index`` with its header role, when a rule above reads it, else None."""
    chunk = chunks[index]
    text = chunk.text
    after = chunks[index + 1] if index + 1 < len(chunks) else None
    before = chunks[index - 1] if index > 0 else None
    if not titled and after is not None and after.gap <= 1 and _first_line(chunks, index):
        # A blog's masthead may set its tagline between its name and its menu.
        tagline = _tagline(after) and _post_title_below(chunks, index + 2)
        menu_line = chunks[index + 2] if tagline else after
        banner = len(text) <= 60 or (len(text) <= 120 and opens_with_site_name(text))
        menu = _menu(menu_line.text) or vertical_menu(chunks, index + (2 if tagline else 1))
        if (
            banner
            and menu_line.gap <= 1
            and menu
            and not is_menu_bar(text)
            # A Tumblr blog's name over its links is its author's (``tumblr-links-row``).
            and not blog_links_row(menu_line.text)
            # A reblog's header over the poster's name and "Follow" (twice, when the post
            # repeats it) is the reblog's, not a site's name over its menu: the poster's
            # name is the author's (``reblog-header-own-line``).
            and ("reblogged" not in text or reblog_header_at(chunks, index) is None)
        ):
            # Rule ``site-name-above-menu``: the first line of a page, right above the site's
            # menu bar, is the site's (or the blog's) name, not the story's title; a longer
            # line counts when it opens with a site's name (a banner: "<Site> Awards - …").
            return replace(chunk, role="dropped", rule="site-name-above-menu")
    if not titled and before is not None and chunk.gap == 0 and _menu_goes_on(chunks, index):
        return replace(chunk, role="dropped", rule="vertical-menu")
    if (
        not titled
        and before is not None
        and before.rule in _SITE_NAME_RULES
        and after is not None
        and after.gap <= 1
        and _tagline(chunk)
        and (
            _menu(after.text)
            or (vertical_menu(chunks, index + 1) and not vertical_menu(chunks, index))
        )
        and _post_title_below(chunks, index + 1)
    ):
        # Rule ``blog-tagline``: the line between a blog's name and its menu is its tagline
        # ("fanfiki i inne rzeczy"), not the post's title; so is the line
        # between a fan-fiction site's logo name and its menu ("EFP Fanfic" over "Fanfic
        # italiane e originali"). The menu may be copied one item a line (a WordPress
        # theme's "Home", "About", "Contact").
        owner = _OWNER_TAGLINE.fullmatch(text.strip())
        # Rule ``site-owner-tagline``: a tagline naming whose site it is ("a fic site by
        # @name") keeps the name as its value: the writer when the header names none
        # (``creator-as-author``, build).
        value = owner.group("name") if owner else ""
        return replace(chunk, role="dropped", rule="blog-tagline", value=value)
    if _cjk_menu(text):
        return replace(chunk, role="dropped", rule="cjk-menu-bar")
    if not titled and (series := series_number(text)) is not None and _over_work(chunks, index):
        value = f"Series: {series[0]} ({series[1]})"
        return replace(chunk, role="info", rule="series-number-line", value=value)
    if (date := cjk_date(text)) is not None:
        return replace(chunk, role="info", rule="cjk-date-line", value=f"Published: {date}")
    if is_post_date(text) and date_line(text) is None:
        return replace(chunk, role="dropped", rule="foreign-date-line")
    if " · " in text and is_post_date(text.rsplit(" · ", 1)[1]) and len(text) <= 80:
        # Rule ``name-dot-date-line``: Postype's line under a post's title, the channel's
        # name and the date set apart by a middle dot ("채널 이름 · 2021.04.18. 22:10").
        return replace(chunk, role="dropped", rule="name-dot-date-line")
    if (dated := labelled_date(text)) is not None:
        return replace(chunk, role="info", rule="labelled-date", value=f"{dated[0]}: {dated[1]}")
    if is_follow_button(text):
        return replace(chunk, role="dropped", rule="follow-button")
    if (
        not titled
        and before is not None
        and chunk.gap <= 1
        and is_follow_button(before.text)
        and is_pinned_label(text)
    ):
        # A pinned post's label under the blog's name and "Follow" (tumblr).
        return replace(chunk, role="dropped", rule="tumblr-pinned-label")
    if is_reblogger_over_poster(chunks, index):
        return replace(chunk, role="dropped", rule="reblogger-over-poster")
    if is_reblogger_name(chunks, index):
        return replace(chunk, role="dropped", rule="reblogger-name")
    if reblog_header(text) is None and reblog_header_at(chunks, index) is not None:
        return replace(chunk, role="dropped", rule="reblog-header-own-line")
    if (
        after is not None
        and after.gap == 0
        and is_follow_button(after.text)
        and 0 < len(text) <= 40
        and not _SENTENCE_MARKS.search(text)
        and not _inside_menu(chunks, index)
    ):
        return replace(chunk, role="byline", rule="follow-button-byline", value=_named(text))
    if titled and not bylined and _author_under_series_title(chunks, index):
        return replace(chunk, role="byline", rule="pixiv-author-under-title", value=text.strip())
    if titled and _length_count(text) and _beside_header(chunks, index):
        return replace(chunk, role="dropped", rule="cjk-length-count")
    if titled and not bylined and before is not None and chunk.gap <= 1:
        if _under_title(before, after) and (names := foreign_byline(text)) is not None:
            return replace(chunk, role="byline", rule="foreign-byline", value=names)
        if before.role == "title" and _name_above_date(text, after):
            return replace(chunk, role="byline", rule="byline-above-date", value=text.strip())
    if (titled or bylined) and (chips := chip_line(text)) is not None:
        value = "\n".join(f"{label}: {item}" for label, item in chips)
        return replace(chunk, role="info", rule="ffde-chip-line", value=value)
    if characters_under_chips(chunks, index):
        return replace(chunk, role="dropped", rule="ffde-characters-line")
    if (
        before is not None
        and before.rule in _FFDE_RULES
        and not chunk.gap
        and (date := dotted_date(text)) is not None
    ):
        # Rule ``ffde-date-line``: the story's date under its chips ("01.11.2016").
        return replace(chunk, role="info", rule="ffde-date-line", value=f"Published: {date}")
    if text.startswith("#") and _HASHTAGS.fullmatch(text):
        tags = ", ".join(tag.strip() for tag in text.split("#") if tag.strip())
        return replace(chunk, role="field", rule="header-hashtag-line", label="Tags", value=tags)
    if titled and is_single_count(text) and _beside_header(chunks, index):
        return replace(chunk, role="dropped", rule="header-count-line")
    if titled and (field := colonless_field_at(chunks, index)) is not None:
        label, value = field
        return replace(chunk, role="field", rule="colonless-field", label=label, value=value)
    return None


def count_under_counts(chunks: list[Chunk], index: int) -> bool:
    """Rule ``part-count-line``: Wattpad's Turkish page counts a story's parts as "Bölüm 2"
    (Spanish "Capítulos 5"), words that head a chapter too. Right under the story's other
    reader counts ("Okunma 3,1B", "Oy 402"), with no blank line between, it is the count,
    not a heading."""
    if index == 0 or chunks[index].gap:
        return False
    return chunks[index - 1].rule == "header-count-line" and is_single_count(chunks[index].text)


def _menu_goes_on(chunks: list[Chunk], index: int) -> bool:
    """Rule ``vertical-menu``: the items of a menu copied one item a line (see
    :func:`vertical_menu`) under the site's name the line above was read as, down to the
    run's last item."""
    before = chunks[index - 1]
    if before.rule == "vertical-menu":
        # Neither the title over the header's first line nor the author's name over the
        # "Follow" button (LOFTER, pixiv) is an item.
        after = chunks[index + 1] if index + 1 < len(chunks) else None
        over_follow = after is not None and after.gap == 0 and is_follow_button(after.text)
        return (
            menu_item(_without_placeholder_dots(chunks[index].text.strip()))
            and not _title_over_header(chunks, index)
            and not over_follow
            # pixiv's series line ("Name #2") under the menu heads the work, no item.
            and series_number(chunks[index].text) is None
        )
    if before.rule in _SITE_NAME_RULES:
        # Under the site's name, read as such on its own ("pixiv") or as the menu's head.
        return vertical_menu(chunks, index)
    # An item under items other rules dropped ("Home" is site chrome of its own): the run
    # goes back up to the blog's name or tagline above the menu's first item.
    start = index
    while (
        start > 1
        and chunks[start].gap == 0
        and chunks[start - 1].role == "dropped"
        and chunks[start - 1].rule in _MENU_ITEM_RULES
    ):
        start -= 1
    if start == index:
        return False
    if chunks[start - 1].rule == "site-name":
        # Rule ``menu-last-item``: under the site's name alone (its logo's text), a menu set
        # in lower case ("home", "search", "settings") ends on a lower-case item with the
        # blank line under it. A line right over more lines, or one with capitals under a
        # lower-case menu, is the story's title under the menu.
        below = chunks[index + 1] if index + 1 < len(chunks) else None
        if below is not None and below.gap == 0:
            return False
        if any(not chunk.text.islower() for chunk in chunks[start : index + 1]):
            return False
    elif chunks[start - 1].rule not in _MENU_TOP_RULES:
        return False
    return (
        menu_item(chunks[index].text)
        and not _title_over_header(chunks, index)
        and vertical_menu(chunks, start)
    )


def _inside_menu(chunks: list[Chunk], index: int) -> bool:
    """Rule ``watch-in-menu``: a site's menu copied one item a line may hold a button word
    ("Watch" in DeviantArt's bar): the item over it is the menu's, not a name over a
    "Follow" button, when menu chrome stands right above it and again a few lines below."""
    before = chunks[index - 1] if index > 0 else None
    if before is None or before.role != "dropped" or before.rule not in _MENU_ITEM_RULES:
        return False
    if not _plain_chrome(before.text):
        return False  # a reblog line ("x reblogged y") over the poster's name
    below = chunks[index + 2 : index + 2 + _MENU_REACH]
    return any(_plain_chrome(chunk.text) for chunk in below)


def _plain_chrome(text: str) -> bool:
    """A menu's item in plain words that is known chrome ("Home", "Log In")."""
    return PLAIN_MENU_ITEM.fullmatch(text.strip()) is not None and is_site_chrome(text)


# How far below a button the menu's next known item may be.
_MENU_REACH = 3


def _title_over_header(chunks: list[Chunk], index: int) -> bool:
    """Whether the line at ``index`` has the header's first field or byline right under it
    (no blank line between): the story's title may follow a menu's last item that way, and
    is then the title, not an item. The page's badges may stand between the two
    (``title-badge``: "Джен", "G", "завершён")."""
    below = index + 1
    while (
        below < len(chunks)
        and below - index <= _BADGES
        and chunks[below].gap == 0
        and is_title_badge(chunks[below].text)
    ):
        below += 1
    after = chunks[below] if below < len(chunks) else None
    return after is not None and after.gap == 0 and _opens_header(after.text)


# How many badge lines may stand between a title and its header's first field.
_BADGES = 4


# The rules that drop a vertical menu's items, and those of the lines above its first item.
_MENU_ITEM_RULES = frozenset({"site-chrome", "vertical-menu", "menu-between-chrome"})
_MENU_TOP_RULES = frozenset({"site-name-above-menu", "blog-tagline"})


def _opens_header(text: str) -> bool:
    """A line that opens a story's header: a known field's label or a byline."""
    if _known_field(text):
        return True
    return BYLINE_RE.match(text) is not None or foreign_byline(text) is not None


def _known_field(text: str) -> bool:
    """A line that opens with a known header field's label ("Fandom: …")."""
    found = FIELD_RE.match(text)
    return found is not None and is_known_label(found.group("key"))


# The fanfiktion.de lines a date may stand under.
_FFDE_RULES = frozenset({"ffde-chip-line", "ffde-characters-line"})


def _over_work(chunks: list[Chunk], index: int) -> bool:
    """Whether the lines under ``index`` are a work's title and its author's name over a
    "Follow" button, one under the other with no blank line between (pixiv's page head):
    only there is a "Name #2" line the series the work belongs to."""
    below = chunks[index + 1 : index + 4]
    return (
        len(below) == 3
        and all(chunk.gap == 0 for chunk in below)
        and (is_follow_button(below[2].text) or _tags_or_date(below[2].text))
        and not _SENTENCE_MARKS.search(below[1].text)
    )


def _author_under_series_title(chunks: list[Chunk], index: int) -> bool:
    """Rule ``pixiv-author-under-title``: on pixiv's novel page the author's name stands
    under the work's title, the series line over both ("Name #2" / title / name). A copy
    without the "Follow" button has the hashtag line or the date under the name instead.

    Only a short line with no sentence's marks, the three lines above and the one below
    with no blank line between, the series line read as such."""
    if index < 2 or index + 1 >= len(chunks):
        return False
    series, title, chunk, after = (
        chunks[index - 2],
        chunks[index - 1],
        chunks[index],
        chunks[index + 1],
    )
    return (
        series.rule == "series-number-line"
        and title.role == "title"
        and not (title.gap or chunk.gap or after.gap)
        and 0 < len(chunk.text.strip()) <= 30
        and not _SENTENCE_MARKS.search(chunk.text)
        and _tags_or_date(after.text)
    )


# Rule ``cjk-length-count``: a work's length as Japanese and Chinese pages count it, in
# characters: "2,011文字", "12,345字", "文字数：2,011" (pixiv, Kakuyomu, jjwxc's "字数").
_LENGTH_COUNT = lazy(
    r"\d{1,3}(?:,\d{3})*\s?(?:文字|字)|(?:文字数|字数)\s*[:：]?\s*\d[\d,]*(?:\s?字)?"
)


def _length_count(text: str) -> bool:
    """Whether a line is nothing but a work's length in characters ("2,011文字")."""
    return len(text) <= 20 and "字" in text and _LENGTH_COUNT.fullmatch(text.strip()) is not None


def _tags_or_date(text: str) -> bool:
    """Rule ``series-number-line`` (no "Follow" button): a copy that left the button out
    has the work's hashtag line or its date right under the author's name instead; a line
    of hashtags or a date is no story's line either."""
    if text.startswith(("#", "＃")):
        return _HASHTAGS.fullmatch(text) is not None
    return cjk_date(text) is not None


def _menu(text: str) -> bool:
    """A site's menu bar: Han or kana items, or known chrome set out as a row of items."""
    if _run_together_menu(text) or _cjk_menu(text):
        return True
    return is_site_chrome(text) and is_menu_bar(text)


def _post_title_below(chunks: list[Chunk], menu: int) -> bool:
    """Whether the line under the menu at ``menu`` is a post's own title: a short line, no
    sentence, no date, no chapter heading. A blog kept for one story names itself after it
    and sets a chapter's date and heading under its menu: then the blog's name and tagline
    are the story's title and subtitle."""
    if menu + 1 >= len(chunks):
        return False
    post = chunks[menu + 1]
    text = post.text
    return (
        post.role == "text"
        and 0 < len(text) <= 100
        and text.rstrip()[-1] not in ".,;:"
        and not is_post_date(text)
        and foreign_byline(text) is None
    )


def _tagline(chunk: Chunk) -> bool:
    """A blog's tagline under its name: one short line, right under it, that is no menu and
    no sentence of a story (no full stop, question or exclamation mark at its end)."""
    text = chunk.text
    return (
        chunk.gap == 0
        and 0 < len(text) <= 80
        and text.rstrip()[-1] not in ".!?:"
        and not is_menu_bar(text)
        and not _run_together_menu(text)
    )


def _run_together_menu(text: str) -> bool:
    """Rule ``menu-words-line`` as a menu bar: an archive's menu run together with no
    separators ("Home Search Titles …", as some eFiction skins print it) is a menu as surely
    as one with "|" between; it is no tagline under the site's name."""
    return text[:1].isupper() and MENU_WORDS.fullmatch(text) is not None


# Rule ``foreign-date-line``: a post's date written out in another language, as Blogger
# heads a post: "środa, 12 marca 2014", "Mittwoch, 12. März 2014", "12 de marzo de 2014".
# A weekday, a day, a month word and a year, and nothing else.
_WORDY_DATE = lazy(
    r"(?:[^\W\d_]{2,14},?\s+)?\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?,?\s+(?:de\s+)?"
    r"(?:19|20)\d\d(?:\s*,?\s*\d{1,2}:\d{2})?"
)


def _under_title(before: Chunk, after: Chunk | None) -> bool:
    """Whether a line sits where ``foreign-byline`` reads a byline: right under the title, or
    between two header fields (a "Serie:" line above, "Fandom:" below), as a title page typed
    in a word processor stacks them.

    Why the field below: a bare "Por …" opens prose too, so away from the title only a line
    with header matter on both sides is the header's.
    """
    if before.role == "title":
        return True
    return (
        before.role == "field" and after is not None and after.gap <= 1 and _known_field(after.text)
    )


def _name_above_date(text: str, after: Chunk | None) -> bool:
    """Rule ``byline-above-date``: a post page prints its title, the poster's name and the
    date, one under the other; a short name with the date right under it is the byline."""
    if after is None or after.gap > 1 or not is_post_date(after.text):
        return False
    return 0 < len(text) <= 30 and len(text.split()) <= 3 and not _SENTENCE_MARKS.search(text)


def is_post_date(text: str) -> bool:
    """A line that is a post's date."""
    if cjk_date(text) is not None or date_line(text) is not None:
        return True
    return len(text) <= 45 and _WORDY_DATE.fullmatch(text.strip()) is not None


def _first_line(chunks: list[Chunk], index: int) -> bool:
    """Whether nothing but dropped framing comes before ``index``, and no site name among
    it: under the site's name and menu, the line above the story's own tabs ("Story |
    Reviews | Statistics") is the story's title."""
    return all(
        chunk.role == "dropped" and chunk.rule not in _SITE_NAME_RULES for chunk in chunks[:index]
    )


_SITE_NAME_RULES = frozenset({"site-name", "site-name-above-menu"})
# A Han, kana or Hangul letter.
_CJK_LETTER = lazy(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _beside_header(chunks: list[Chunk], index: int) -> bool:
    """Rule ``header-count-line``: one reader count ("3 Partes", "Favoritos 37") counts as
    chrome only in a run of such lines or right under the byline: alone, "2 Years Later"
    is a subtitle or the story's first line."""
    before = chunks[index - 1] if index > 0 else None
    after = chunks[index + 1] if index + 1 < len(chunks) else None
    if before is not None and (before.role == "byline" or before.rule == "header-count-line"):
        return True
    if before is not None and before.role == "dropped" and is_single_count(before.text):
        return True  # a count another rule dropped as a button with its number ("いいね！ 88")
    if (
        before is not None
        and before.rule == "cjk-date-line"
        and not chunks[index].gap
        and _CJK_LETTER.search(chunks[index].text) is not None
    ):
        # Rule ``count-under-cjk-date``: a post's view count right under its date, labelled
        # in the page's CJK or Hangul ("조회 1,204", "阅读 812"): "3 Years Later" is no count.
        return True
    return after is not None and after.gap <= 1 and is_single_count(after.text)
