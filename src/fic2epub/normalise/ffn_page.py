"""FanFiction.Net page copies: the chapter-select line, the page title and the review box.

A chapter page selected in the browser brings along the chapter drop-down (its options run
together on one line), the "Share:"/"Post a review as Guest" box under the chapter, and,
when the reader also copied the Reviews page, its review entries. Reader View copies the
page's <title>, "Title, a <fandom> fanfic | FanFiction", as the first line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from fic2epub.lazy_re import lazy
from fic2epub.normalise.bylines import byline_next
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chrome_lines import FFN_REVIEW_LINKS
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.patterns import (
    FFN_INFO_RE,
    FFN_MOBILE_PAGER_RE,
    FFN_PAGER_BUTTON_RE,
    NUMBERED_TITLE_RE,
    match_heading,
    number_value,
)
from fic2epub.normalise.select_line import pager_line, select_named_heading

# One option of the chapter drop-down: "Chapter 2: Second Title" (the number is what counts).
_SELECT_OPTION = lazy(r"\bchapter\s+(\d{1,4})\s*[:.]\s", re.IGNORECASE)


def is_chapter_select(text: str) -> bool:
    """Rule ``chapter-select-line``: a chapter drop-down copied as one line, its options run
    together ("Chapter 1: First Title Chapter 2: Second Title Chapter 3: Third Title").

    The line must start with the first option and hold two or more, numbered one up from the
    other: a heading names one chapter, and a sentence that mentions "chapter 2:" in passing
    does not start with a run of them.
    """
    # The first letter before lower-casing: only "C" and "c" lower-case to a "c", and the
    # heading pass asks this of every line.
    if text[:1] not in "Cc" or len(text) > 3000 or not text[:7].lower().startswith("chapter"):
        return False
    numbers = [(found.start(), int(found.group(1))) for found in _SELECT_OPTION.finditer(text)]
    if len(numbers) < 2 or numbers[0][0] != 0:
        return False
    return all(later == earlier + 1 for (_, earlier), (_, later) in pairwise(numbers))


# One option of the drop-down copied on a line of its own: "3. Third Title", or with the
# chapter word the page's own drop-down may give it ("Ch 3: Third Title").
_DROPDOWN_OPTION = lazy(
    r"(?:(?P<num>\d{1,4})\.|ch(?:apter|\.)?\s*(?P<word_num>\d{1,4})\s*[:.])\s+(?P<name>\S.{0,150})",
    re.IGNORECASE,
)
# AO3's chapter page: the "Chapter Index" button over its drop-down, and the "Go" button
# under it. "Go" alone could end a countdown in the story, so it counts only under the
# options that "Chapter Index" opens.
_INDEX_BUTTON = lazy(r"chapter\s+index", re.IGNORECASE)
_GO_BUTTON = "go"


def drop_chapter_dropdowns(chunks: list[Chunk]) -> None:
    """Rule ``chapter-dropdown-lines``: a chapter drop-down copied one option a line ("1. First
    Title" / "2. Second Title" / …) between the pager's "< Prev" and "Next >",
    as a FanFiction.Net chapter page gives it above and below the text, or between AO3's
    "Chapter Index" and "Go" buttons when a phone copies a chapter page with its menu open.
    Marks the options (and the pager lines) dropped: chrome, not headings, list or notes.

    The options must run on consecutive lines numbered 1, 2, 3… (a drop-down lists every
    chapter from the first), two at least, with a pager button right above or right below
    the run, or "Chapter Index" right above it: a numbered list in the story has no "Next >"
    beside it.

    Rule ``chapter-dropdown-selected``: a closed drop-down copies as its selected option
    alone ("2. The Long Road"), any number, with the pager's button on the very next line
    above or below it (no blank line between) and the option reading as a name, not a
    sentence. It is dropped when the author's own heading follows; with none, it heads the
    chapter.

    Rule ``chapter-dropdown-bottom``: the page repeats its drop-down under the chapter, so
    a selected option that is the very option last selected above it is that page's lower
    copy, over the review box or the next pasted page: dropped, never a heading, whatever
    follows it.

    Rule ``chapter-list-under-pager``: the mobile page lists the chapters under its lower
    pager with a "Chapters" label between ("Next »" / "Chapters" / "1. First Title" / …);
    the label and the pager count as the button beside the run, and are dropped with it.
    AO3's phone page sets a "Chapters:" label between "Chapter Index" and the options.
    """
    index = 0
    last_selected = ""
    # Every option's number and name, for the numbered headings under a pager (below).
    names: set[tuple[int, str]] = set()
    # The page's header lines (title, byline, info line) above the first drop-down: a later
    # page pasted under it repeats them between its drop-down and the author's heading.
    header: frozenset[str] | None = None
    while index < len(chunks):
        text = chunks[index].text
        number = _option_number(text) if text[:1].isdigit() or text[:1] in "Cc" else None
        if number is None:
            index += 1
            continue
        end = index + 1
        while number == 1 and end < len(chunks) and chunks[end].gap == 0:
            if _option_number(chunks[end].text) != end - index + 1:
                break
            end += 1
        pager = [
            at
            for at in (index - 1, end)
            if 0 <= at < len(chunks)
            and chunks[max(at, index)].gap <= 1
            and FFN_PAGER_BUTTON_RE.fullmatch(chunks[at].text.strip())
        ]
        labelled = False
        if number == 1 and end - index >= 2 and not pager:
            pager = _labelled_list(chunks, index)
            labelled = bool(pager)
        # A lone "Chapter 3: Title" under a pager is the author's heading, not a closed
        # drop-down's selected option: that counts only in the bare "3. Title" form.
        selected = (
            end - index == 1 and text[:1].isdigit() and _selected_option(chunks, index, pager)
        )
        if number == 1 and _index_button_above(chunks, index):
            pager.append(index - 1)
            go = end < len(chunks) and chunks[end].gap == 0
            if go and chunks[end].text.strip().lower() == _GO_BUTTON:
                pager.append(end)
        if (end - index >= 2 and pager) or selected:
            rule = "chapter-dropdown-selected" if selected else "chapter-dropdown-lines"
            if labelled:
                rule = "chapter-list-under-pager"
            if not selected:
                names.update(_option_names(chunks[index:end]))
            for at in [*range(index, end), *pager]:
                chunks[at] = replace(chunks[at], role="dropped", rule=rule)
            below = end + 1 if end in pager else end
            if not _dropdown_heading(chunks, below, chunks[index:end]):
                # The author's heading may be the bare name of one of the options.
                titles = [_option_name(option.text) for option in chunks[index:end]]
                select_named_heading(chunks, below, titles)
            repeated = selected and chunks[index].text.strip() == last_selected
            if repeated:
                chunks[index] = replace(chunks[index], rule="chapter-dropdown-bottom")
            if header is None:
                header = frozenset(chunk.text.strip() for chunk in chunks[:index])
            if selected and not repeated and not _heading_below(chunks, below, header):
                # With no heading of the author's under it, the selected option is the one
                # place the page names the chapter: it heads the chapter.
                chunks[index] = replace(chunks[index], role="heading")
            if selected:
                last_selected = chunks[index].text.strip()
        index = end
    if names:
        _headings_under_pagers(chunks, names)


def _labelled_list(chunks: list[Chunk], index: int) -> list[int]:
    """Rule ``chapter-list-under-pager``: the pager line and the list's "Chapters" label
    right above the option run at ``index`` (the label with no blank line under it), as
    their indices; empty when the run has no such lines above it."""
    if index < 2 or chunks[index].gap or chunks[index - 1].gap > 1:
        return []
    label = chunks[index - 1].text.strip().rstrip(":").casefold()
    above = chunks[index - 2].text.strip()
    # AO3's phone page sets the label between its "Chapter Index" button and the options.
    if label not in _LIST_LABELS or not (pager_line(above) or _INDEX_BUTTON.fullmatch(above)):
        return []
    return [index - 2, index - 1]


# The label a page's chapter list stands under.
_LIST_LABELS = frozenset({"chapters", "chapter list"})


def _option_names(options: Sequence[Chunk]) -> set[tuple[int, str]]:
    """The options' numbers (counted from 1) with their names, folded for comparing."""
    return {
        (number, _option_name(option.text).casefold()) for number, option in enumerate(options, 1)
    }


def _headings_under_pagers(chunks: list[Chunk], names: set[tuple[int, str]]) -> None:
    """Rule ``dropdown-numbered-heading`` on every page: the author's numbered heading under
    a page's upper pager ("« Prev | Next »" / "II. The Crossing") when the drop-down or
    chapter list elsewhere in the copy names that chapter so. A pasted page's drop-down may
    stand only under its text (the mobile page lists its chapters at the foot), so the
    heading is found from the pager above it, with the same guards as under a drop-down.
    """
    for index, chunk in enumerate(chunks):
        text = chunk.text
        # Cheap first: a pager line opens with its arrow or "Next", and is short.
        if len(text) > 40 or text.lstrip()[:1] not in "«<Nn" or not pager_line(text.strip()):
            continue
        _numbered_heading(chunks, index + 1, names)


def _heading_below(chunks: list[Chunk], below: int, header: frozenset[str]) -> bool:
    """Whether the author's heading comes within the first lines under the drop-down, past
    chrome, disclaimers and note labels ("AN1:", "AN2:", "Disclaimer:" one a line), or the
    page header's lines a later pasted page repeats there (``header``, the lines above the
    first drop-down): a heading already marked, or a line that reads as one.

    Rule ``dropdown-under-page-header``: a page pasted under the one before repeats the
    story's title and byline between its drop-down and the author's heading.

    Rule ``dropdown-over-page-buttons``: a phone's selection catches the page's own buttons
    ("Review", "Follow/Fav") between the drop-down and the heading: site chrome, passed
    over as the pager's buttons are."""
    for position in range(below, min(below + _HEADING_WINDOW, len(chunks))):
        chunk = chunks[position]
        line = chunk.text.strip()
        if chunk.role in ("heading", "part"):
            return True
        if (
            chunk.role == "dropped"
            or FFN_PAGER_BUTTON_RE.fullmatch(line)
            or _ABOVE_HEADING.match(line)
            or line in header
            or is_site_chrome(line)
        ):
            continue
        return len(chunk.lines) == 1 and match_heading(line) is not None
    return False


# How many lines under the drop-down the author's heading may stand: a disclaimer and two
# numbered notes, or the repeated title, byline and info line, may come first.
_HEADING_WINDOW = 6


def _selected_option(chunks: list[Chunk], index: int, pager: list[int]) -> bool:
    """Whether the lone option at ``index`` is the closed drop-down's selected one (rule
    ``chapter-dropdown-selected``): a pager button touches it, with no blank line between,
    and it ends as a name does."""
    text = chunks[index].text.strip()
    if len(chunks[index].lines) != 1 or text.endswith((".", ",", ";", ":")):
        return False
    # An open drop-down's options run together on one line ("1. The Oak  2. The Ash") are
    # the run-together select line's (select_line), not one selected option.
    if _LATER_OPTION.search(text) is not None:
        return False
    return any(chunks[max(at, index)].gap == 0 for at in pager) or _under_info_line(chunks, index)


def _under_info_line(chunks: list[Chunk], index: int) -> bool:
    """Rule ``dropdown-under-info-line``: the desktop page sets the chapter drop-down right
    under the story's info line ("Rated: Fiction T - English - … - id: 123"), the pager's
    buttons beside it; a copy that leaves the buttons out (the first page has no "< Prev",
    and "Next >" may be lost) still gives the selected option there, with no blank line
    between. Only under that very line, which no story writes."""
    if not index or chunks[index].gap:
        return False
    above = chunks[index - 1].text.strip()
    return above[:1] in _INFO_INITIALS and FFN_INFO_RE.fullmatch(above) is not None


# The first letters of the info line's rating label in the site's languages (FFN_INFO_RE).
_INFO_INITIALS = "RCA"


# A second option run on after the first: "… 2. Second Title".
_LATER_OPTION = lazy(r"\s\d{1,4}\.\s+\S")


def _index_button_above(chunks: list[Chunk], index: int) -> bool:
    """Whether AO3's "Chapter Index" button stands right above the line, with no gap."""
    above = chunks[index - 1].text.strip() if index else ""
    return chunks[index].gap == 0 and _INDEX_BUTTON.fullmatch(above) is not None


def _option_number(text: str) -> int | None:
    """The number of a drop-down option line ("3. Third Title", "Ch 3: Third Title"), else
    None."""
    if len(text) > _LONGEST_OPTION:
        return None  # a paragraph, asked because it opens with a digit or a "C"
    found = _DROPDOWN_OPTION.fullmatch(text.strip())
    return int(found.group("num") or found.group("word_num")) if found is not None else None


# The longest an option's line may be: its number, the chapter word, a name of 150.
_LONGEST_OPTION = 200


def _option_name(text: str) -> str:
    """A drop-down option's chapter name, its number and chapter word left off, spaces
    folded ("Ch 2: The  Ford" gives "The Ford")."""
    found = _DROPDOWN_OPTION.fullmatch(text.strip())
    return " ".join((found.group("name") if found is not None else text).split())


def _dropdown_heading(chunks: list[Chunk], below: int, options: Sequence[Chunk]) -> bool:
    """Rule ``dropdown-numbered-heading``: the author's numbered heading under the chapter
    drop-down ("III. The Salute" under the options "1. The Coach" … "3. The Salute") is the
    chapter's heading even when it stands alone: the page of one chapter has no other
    numbered heading to count up to.

    The heading must be the first line under the drop-down (or under a disclaimer or note
    label just below it), and its number, in figures or Roman ones, and its title must be
    those of one of the options, so a numbered list in the prose is left alone. Returns
    whether it marked one.
    """
    return _numbered_heading(chunks, below, _option_names(options))


def _numbered_heading(chunks: list[Chunk], below: int, names: set[tuple[int, str]]) -> bool:
    """Rule ``dropdown-numbered-heading``: marks the first line at ``below`` (past a note
    label or disclaimer) as the heading when its number and title are one of ``names``.
    Returns whether it marked one."""
    for position in range(below, min(below + 3, len(chunks))):
        candidate = chunks[position]
        line = candidate.text.strip()
        if candidate.role != "text":
            return False
        if _ABOVE_HEADING.match(line):
            continue
        found = NUMBERED_TITLE_RE.fullmatch(line) if len(candidate.lines) == 1 else None
        if found is not None:
            number = number_value(found.group("roman") or found.group("num"))
            if (number, " ".join(found.group("title").split()).casefold()) in names:
                chunks[position] = replace(
                    candidate, role="heading", rule="dropdown-numbered-heading"
                )
                return True
        return False
    return False


# FanFiction.Net's category line: a short category name, the mark, the fandom.
_CATEGORY_LINE = lazy(
    r"(?P<category>[A-Z][\w/&-]{1,20}(?:\s[\w/&-]{1,20})?)\s*[»›>]\s*"
    r"(?P<fandom>[^»›>\s][^»›>]{0,79})"
)
# The two sites' names as their logo lines give them.
_FFN_NAME = lazy(r"(?:m\.|www\.)?fan\s*fiction(?:\.net)?", re.IGNORECASE)
_FP_NAME = lazy(r"(?:m\.|www\.)?fiction\s*press(?:\.com)?", re.IGNORECASE)


def category_under_logo(chunks: list[Chunk], index: int) -> tuple[str, ...] | None:
    """Rule ``ffn-category-under-logo``: the fandom of FanFiction.Net's category line right
    under the site's name ("FanFiction" over "Poetry > Some Poem"), whatever the
    category is called. The media categories the site is known by are read anywhere
    (``breadcrumb-fandom``); a category named otherwise counts only here.

    Rule ``fictionpress-genre-line``: under FictionPress's name the same line names the
    story's genre ("Poetry > Love"), not a fandom; then () (the line is the site's chrome).

    Rule ``ffn-crossover-name``: the mobile page's trail of a crossover is the crossover's
    name alone, "Beowulf + Grendel's Mother Crossover": two fandoms, split at the "+" (or
    "&"), without the site's closing word. It counts under the site's name, or as the
    header's first line right above a title line that a byline follows.

    Rule ``category-under-menu``: the mobile pages set their menu ("Search Login Sign Up")
    between the site's name and the category line; the line still sits under the logo.

    Else None. The category is one or two words, and the line holds one mark and no
    sentence's end, so a line of the story never matches."""
    if (pair := _crossover_name(chunks, index)) is not None:
        return pair
    logo = _logo_above(chunks, index)
    if logo is None:
        return None
    site = chunks[logo].text.strip()
    fictionpress = _FP_NAME.fullmatch(site) is not None
    if not fictionpress and not _FFN_NAME.fullmatch(site):
        return None
    text = chunks[index].text.strip()
    if len(text) > 120 or text.endswith((".", "!", "?", ",", ";", ":")):
        return None
    found = _CATEGORY_LINE.fullmatch(text)
    if found is None:
        return None
    return () if fictionpress else (found.group("fandom").strip(),)


# How many of the site's menu lines may stand between its name and the category line: the
# desktop page's tagline and menu ("unleash your imagination", "Just In", "Community",
# "Forum", "More") copied one item a line are five; room for a login item or two more.
_MENU_LINES = 7
# The rules that read a line as the site's menu or tagline under its name.
_MENU_RULES = frozenset({"site-chrome", "menu-above-title", "menu-between-chrome", "site-tagline"})


def _logo_above(chunks: list[Chunk], index: int) -> int | None:
    """The index of the site's name right above the line, or above the site's menu lines
    right above it (rule ``category-under-menu``); else None.

    Rule ``category-under-desktop-menu``: the desktop page's tagline and menu items, one a
    line, count as that menu too, as the header pass reads them (``menu-above-title``)."""
    above = index - 1
    while above >= 0 and index - above <= _MENU_LINES and chunks[above].rule in _MENU_RULES:
        # Only lines read as the site's chrome: a title or a byline between them is no menu.
        above -= 1
    if above < 0 or chunks[above].rule != "site-name":
        return None
    return above


# A crossover's name as FanFiction.Net prints it: "A + B Crossover" ("A & B Crossover" on
# its older pages). One joiner only: with two, which one splits the fandoms is unknown.
_CROSSOVER_PAIR = lazy(
    r"(?P<first>[^+&»›>.!?]{1,80}?)\s+[+&]\s+(?P<second>[^+&»›>.!?]{1,80}?)\s+crossover",
    re.IGNORECASE,
)


def _crossover_name(chunks: list[Chunk], index: int) -> tuple[str, str] | None:
    """The two fandoms of a crossover's name line (rule ``ffn-crossover-name``, see
    :func:`category_under_logo`), else None."""
    text = chunks[index].text.strip()
    if len(text) > 170 or not text.lower().endswith("crossover"):
        return None
    found = _CROSSOVER_PAIR.fullmatch(text)
    if found is None:
        return None
    above = chunks[index - 1] if index else None
    under_logo = (
        above is not None and above.rule == "site-name" and _FFN_NAME.fullmatch(above.text.strip())
    )
    # No logo: the header must open with it, and the title and the byline follow at once.
    first_line = all(chunk.role == "dropped" for chunk in chunks[:index])
    if not under_logo and not (
        first_line
        and index + 2 < len(chunks)
        and chunks[index + 1].gap <= 1
        and len(chunks[index + 1].text) <= 120
        and byline_next(chunks, index + 1)
    ):
        return None
    return found.group("first").strip(), found.group("second").strip()


# What may stand between the pager and the author's heading: a disclaimer or a note label.
# "AN1:" numbers the author's notes; with its colon, so "An old man" is no label.
_ABOVE_HEADING = lazy(
    r"[*_]*(?:disclaimers?|a\s*/\s*n|author['’]?s?\s+notes?)\b|an\d{0,2}\s*:", re.IGNORECASE
)


def pager_numbered_headings(chunks: list[Chunk]) -> None:
    """Rule ``pager-numbered-heading``: the author's numbered heading ("1. The Camp on the
    Hill") under FanFiction.Net's mobile pager ("Ch 1 of 2 Next »") is the chapter's heading
    even when it stands alone: a single chapter page has no "2." to count up to.

    The line's number, in figures or Roman ones ("II. The Crossing" under "Ch 2 of 3"), must
    be the pager's chapter number, it must be the first line under
    the pager (or under a disclaimer or note label just below it), and it must read as a
    title ("N. Title", no sentence stop at its end), so a numbered list in the prose is left
    alone.
    """
    for index, chunk in enumerate(chunks):
        text = chunk.text.strip()
        if len(text) > 40 or " of " not in text or text[:1] not in "Cc«<":
            continue
        pager = FFN_MOBILE_PAGER_RE.fullmatch(text)
        if pager is None:
            continue
        for below in range(index + 1, min(index + 4, len(chunks))):
            candidate = chunks[below]
            line = candidate.text.strip()
            if candidate.role != "text" or len(candidate.lines) != 1 or candidate.continues:
                break
            if _ABOVE_HEADING.match(line):
                continue
            found = NUMBERED_TITLE_RE.fullmatch(line)
            if (
                found is not None
                and number_value(found.group("roman") or found.group("num"))
                == int(pager.group("pager_chapter"))
                and not line.endswith((".", ",", ";", ":"))
            ):
                chunks[below] = replace(candidate, role="heading", rule="pager-numbered-heading")
            break


# The page's <title>: "Title, a Fandom fanfic | FanFiction", "Title Chapter 2: X, a Fandom
# fanfic | FanFiction", "Title, a romance fiction | FictionPress".
_PAGE_TITLE = lazy(
    r"(?P<title>.+?)(?:\s+(?P<chapter>chapter\s+\d+(?::[^,]*)?))?,\s+an?\s+(?P<kind>.{1,120}?)\s+"
    r"(?P<form>fanfic|fiction|poetry)\s*\|\s*(?:fanfiction|fictionpress)(?:\.net|\.com)?",
    re.IGNORECASE,
)
# A crossover's page title names both fandoms: "a Fandom One + Fandom Two Crossover fanfic".
_CROSSOVER_WORD = lazy(r"\s+crossover$", re.IGNORECASE)


def _page_title(text: str) -> re.Match[str] | None:
    """The page title line's parts (title, chapter, kind, form), or None for any other line."""
    if "|" not in text or len(text) > 300:
        return None
    return _PAGE_TITLE.fullmatch(text.strip())


def ffn_page_title(text: str) -> str | None:
    """Rule ``ffn-page-title``: the story's title from FanFiction.Net's page title line
    ("Title, a Fandom fanfic | FanFiction"), as Reader View and tab titles copy it; None
    for any other line."""
    found = _page_title(text)
    return found.group("title").strip() if found else None


def ffn_page_fandoms(text: str) -> tuple[str, ...]:
    """Rule ``ffn-page-title-fandom``: the fandom FanFiction.Net's page title names ("Title
    Chapter 2, a Fandom fanfic | FanFiction"; a crossover's "a One + Two Crossover fanfic"
    names both), as a reader view's copy keeps it where the breadcrumb is lost. Nothing for
    any other line, or for FictionPress's "a romance fiction", which names a genre."""
    found = _page_title(text)
    if found is None or found.group("form").lower() != "fanfic":
        return ()
    kind = _CROSSOVER_WORD.sub("", found.group("kind").strip())
    return tuple(item.strip() for item in kind.split(" + ") if item.strip())


def page_chapter_heading(header: Sequence[Chunk]) -> Chunk | None:
    """Rule ``ffn-page-chapter``: the heading of a lone chapter page whose author typed
    none, from the chapter FanFiction.Net's page title names ("Title Chapter 2: Transit,
    a Fandom fanfic | FanFiction" gives "Chapter 2: Transit"). A reader who keeps one
    chapter page keeps the chapter's name, and the page title is where the site prints it.
    None when the header has no such title line or it names no chapter (a one-shot's)."""
    for chunk in header:
        if chunk.role != "title":
            continue
        chapter = page_title_chapter(chunk.text)
        if chapter is None:
            return None
        return replace(chunk, role="heading", rule="ffn-page-chapter", value=chapter)
    return None


def page_title_chapter(text: str) -> str | None:
    """The chapter FanFiction.Net's page title line names ("Title Chapter 2: Transit, a
    Fandom fanfic | FanFiction" gives "Chapter 2: Transit"); None for a one-shot's page
    title or any other line."""
    found = _page_title(text)
    return found.group("chapter").strip() if found and found.group("chapter") else None


# The box under each chapter: share links, the guest review form and the pager. The form's
# empty "Name:" and "Review:" boxes copy as bare labels (only ever inside an anchored box).
# The form's placeholder names the chapter on the present-day page ("Type your review for
# chapter 2: The Ball here..."), a one-shot's says "…for this story here..." or "…for this
# one-shot here...", and the page's footer links (Help, Sitemap, Privacy, Terms of Service)
# follow it one a line, run together with " . " or " - ", or (Firefox) with bare spaces
# ("Privacy Policy Terms of Service Help"). Firefox copies the desktop page's share buttons one
# network a line under "Share:", the "Review" button bare, the placeholder as shown ("Type
# your review for this story…", "here" cut off) and the button as "Post Review as Guest".
# Edge copies the share buttons on one line ("Twitter Facebook Tumblr Reddit Email") and a
# one-shot's placeholder with the story's own title ("Type your review for The Long Road
# here..."), or its button with the title ("Review for The Long Road"). Chrome copies the
# one-shot page's box bare: "Share" with no colon, the short placeholder "Type your review
# here..." (or "Type your review…"), the guest form's name box
# as its filled-in default "Guest", the "Post Review" button and the "Top" link, and the
# footer links may end in "Top" or include "Guidelines". "Guest" never starts a box (it is
# not one of the first letters ffn_footer_start looks for), so only a box already begun
# takes it. The 2002 page's box was a form under the text, "Review this Story/Chapter:" over
# a "[Submit Review]" button, with "Home | Contact Us | Terms of Service | Privacy Policy" and
# "FanFiction.Net (c) 2002" under it.
_FOOTER_LINK = (
    r"(?:help|sitemap|guidelines|privacy(?:\s+policy)?|terms(?:\s+of\s+service)?|contact(?:\s+us)?"
    r"|top|home)"
)
# The site's copyright line under the footer links, "FanFiction.Net Copyright 1999-2021. All
# rights reserved." or "Copyright © 2019 FanFiction", the site named before or after the years.
_COPYRIGHT = (
    r"(?:fanfiction(?:\.net)?\s+)?(?:copyright|©|\(c\))\s*(?:©\s*)?\d{4}(?:\s*[-–]\s*\d{4})?\.?"
    r"(?:\s*fanfiction(?:\.net)?\.?)?(?:\s*all\s+rights\s+reserved\.?)?"
)
# The heading of the newer page's review box: "Leave a review for <title>".
_LEAVE_REVIEW = r"leave\s+a\s+review\s+for\s+\S.{0,150}"
_BOX_LINE = lazy(
    # The guest button, or its label over the filled-in name ("Post Review As: Guest").
    r"share(?:\s*:.*)?|post\s+(?:a\s+)?review\s+as\s*:?\s*guest"
    # Chrome's copy of the 2019 desktop box splits the guest button from its heading:
    # "Post a Review" over "Review as Guest".
    r"|post\s+a\s+review|review\s+as\s+guest\s*:?"
    # The present-day button names the story: 'Post a review for "The Long Road" as guest'.
    r"|post\s+a\s+review\s+for\s+\S.{0,150}?\s+as\s+guest"
    r"|type\s+your\s+review\s+for"
    r"\s+(?:this\s+(?:chapter|story|one-?shot)|chapter\s+\d{1,4}\b.{0,100}?)"
    r"(?:\s+here)?\W*"
    r"|type\s+your\s+review\s+for\s+\S.{0,150}?\s+here\W*"
    r"|type\s+your\s+review(?:\s+here)?\W*|guest"
    # Rule ``ffn-review-box-chapter``: the box as a newer page copies it, "Leave a review for
    # <title>" over its chapter chooser ("Chapter 2"), "Post as guest", the name box and the
    # placeholder "Your review here...".
    rf"|{_LEAVE_REVIEW}|post\s+as\s+guest|your\s+review\s+here\W*|chapter\s+\d{{1,4}}"
    # The guest's name box, labelled "Name:" or "Your Name:"; only as a whole line, so
    # prose never reads as it.
    # A copy of the box's form may give the name box's label bare ("Name") and the button
    # as "Post" under "Review as Guest:".
    r"|post(?:\s+review)?|review\s*:?|(?:your\s+)?name\s*:?|[«<]\s*prev(?:\s+next\s*[»>])?|next\s*[»>]"
    r"|(?:whatsapp|twitter|facebook|e-?mail|tumblr|reddit|pinterest)"
    r"(?:\s*[.·|,]?\s*(?:whatsapp|twitter|facebook|e-?mail|tumblr|reddit|pinterest))*"
    r"|follow\s*/\s*fav"
    # The 2002 and 2010 layouts' review link (chrome_lines, ``ffn-review-print-links``).
    rf"|{FFN_REVIEW_LINKS}|\[\s*submit\s+review\s*\]"
    # The review button named for the story ("Review for The Long Road") and the site's
    # copyright line under the footer links ("FanFiction.Net Copyright 1999-2021. …").
    r"|review\s+for\s+\S.{0,150}"
    rf"|{_COPYRIGHT}"
    # The links may run on into the copyright on one line: "Help - Terms of Service -
    # Privacy Policy - Copyright © 2019 FanFiction".
    rf"|{_FOOTER_LINK}(?:(?:\s*[.·|]\s*|\s+[-–]\s+|\s+){_FOOTER_LINK})*"
    rf"(?:(?:\s*[.·|]\s*|\s+[-–]\s+|\s+){_COPYRIGHT})?",
    re.IGNORECASE,
)
# Where the Reviews page starts: "Reviews for <title>".
_REVIEWS_HEAD = lazy(r"reviews\s+for\s+\S.{0,200}", re.IGNORECASE)
# A review's header: "Guest chapter 1 . 10/2/2013", "name chapter 3 . Jan 4, 2014".
REVIEW_ENTRY = lazy(
    r"\S.{0,60}?\s+chapter\s+\d+\s*\.\s*(?:\d{1,2}/\d{1,2}/\d{2,4}|[A-Z][a-z]{2}\s+\d{1,2}(?:,\s*\d{4})?)",
)
_FILTER = lazy(r"filter\s*:.*", re.IGNORECASE)
# The lines only the box has: its "Share:" list, its guest review button and its placeholder.
_ANCHORS = (
    "share:",
    "leave a review for",
    "post as guest",
    "post a review",
    "post review as",
    "type your review",
    "review this story",
    "review this chapter",
    # The box's button as a copy of the present-day desktop form gives it, under "Review for
    # Chapter 2: <name>" and the guest's "Name:" box.
    "submit review",
)


def _box_line(text: str) -> bool:
    return len(text) <= 80 and _BOX_LINE.fullmatch(text.strip()) is not None


def _reviews_page(chunks: list[Chunk], index: int, end: int) -> bool:
    """Whether "Reviews for …" at ``index`` opens a Reviews page: a "Filter:" line or a
    review's header comes next. A chapter that says "Reviews for the play were…" goes on
    with prose."""
    if not _REVIEWS_HEAD.fullmatch(chunks[index].text.strip()):
        return False
    following = [chunk.text.strip() for chunk in chunks[index + 1 : min(end, index + 3)]]
    return any(_FILTER.fullmatch(line) or REVIEW_ENTRY.fullmatch(line) for line in following)


def ffn_footer_start(chunks: list[Chunk], first: int, end: int) -> int:
    """Rule ``ffn-review-box``: from FanFiction.Net's box under a chapter ("Share: Email .
    Facebook . Twitter", "Post a review as Guest", the pager, "Top") to the chapter's end,
    and a pasted Reviews page after it, all is the site's. Marks it dropped; returns where
    it starts.

    It needs a "Share:" or "Post a review as Guest" line ("Post Review as Guest" on the
    desktop page, "Review this Story/Chapter:" over "[Submit Review]" on the 2002 one), and
    every line from the box's first line to the end must be the box's or the Reviews
    page's, so a story line that happens to read "Top" or "Next >" is left alone. Where
    chapter pages were pasted one after another, the end is where the next page's
    repeated header begins.
    """
    for index in range(max(first, end - 60), end):
        text = chunks[index].text.strip()
        if text[:1] in "Rr" and _reviews_page(chunks, index, end):
            _drop(chunks, index, end)
            return index
        if not _box_line(text) or text[:1].lower() not in "sp<nftrl":
            continue
        anchored = False
        position = index
        while position < end:
            if anchored and chunks[position].rule == _NEXT_PAGE:
                break  # the box ends where the next pasted page begins (see below)
            line = chunks[position].text.strip()
            if chunks[position].role == "dropped" or _box_line(line) or is_site_chrome(line):
                lowered = line.lower()
                anchored = anchored or lowered.startswith(_ANCHORS)
                position += 1
                continue
            if _reviews_page(chunks, position, end):
                position = end
                break
            break
        if position < end and not (anchored and chunks[position].rule == _NEXT_PAGE):
            continue
        if not anchored:
            return end
        _drop(chunks, index, position)
        # Under a middle page the next page's header and disclaimer follow, still to read.
        return index if position == end else end
    return end


# Rule ``ffn-review-box`` between pasted pages: the page_repeats pass marks a chapter page's
# header repeated under the page before it ("repeated-page-header"); once the box's own
# lines were met, the box of the page above ends there, so a box under a middle chapter is
# found as under the last one.
_NEXT_PAGE = "repeated-page-header"


def _drop(chunks: list[Chunk], first: int, end: int) -> None:
    for later in range(first, end):
        if chunks[later].role != "dropped":
            chunks[later] = replace(chunks[later], role="dropped", rule="ffn-review-box")


_BOX_HEAD = lazy(_LEAVE_REVIEW, re.IGNORECASE)
_BOX_CHAPTER = lazy(r"chapter\s+\d{1,4}", re.IGNORECASE)


def review_box_chapter(chunks: Sequence[Chunk], index: int) -> bool:
    """Rule ``ffn-review-box-chapter``: a bare "Chapter 2" right under the review box's
    heading "Leave a review for <title>" is the box's chapter chooser, not a chapter's
    heading (the box itself goes under ``ffn-review-box``).

    Only the bare chapter word and number, on the line right under the box's heading with no
    blank line between, so a chapter heading after a blank line is left alone."""
    chunk = chunks[index]
    if index == 0 or chunk.gap > 0 or not _BOX_CHAPTER.fullmatch(chunk.text.strip()):
        return False
    above = chunks[index - 1].text.strip()
    return above[:1] in "Ll" and _BOX_HEAD.fullmatch(above) is not None
