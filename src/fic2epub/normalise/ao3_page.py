"""AO3 work pages selected and copied in a browser.

A browser copy flattens the page's tag block: each label ("Characters:") stands alone and
each tag sits on a line of its own under it, as do the Stats values. It also brings the search
box ("Work Search:" and its "tip: …" hint) and, under the story, the feedback buttons, the
kudos list, the comment form and the site footer.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.ao3_interface_i18n import has_pointer_telltale, is_chapter_text_marker
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import Chunk, tail_start
from fic2epub.normalise.patterns import AO3_POSTED_RE, FIELD_RE, match_note

# AO3's tag labels whose value is a list: one tag per line in a browser copy.
_TAG_LABELS = frozenset(
    {
        "archive warning", "archive warnings", "category", "categories", "fandom", "fandoms",
        "relationship", "relationships", "character", "characters", "additional tags",
        "collections",
    }
)  # fmt: skip
# AO3's labels with one value on the line under them.
_SINGLE_LABELS = frozenset({"rating", "language", "series"})
# The Stats block: "Stats:", then each stat's label and its value on the next line.
_STAT_LABELS = frozenset(
    {"published", "updated", "completed", "words", "chapters", "comments", "kudos", "bookmarks",
     "hits"}
)  # fmt: skip
# The labels that open a part of a browser-copied tag block.
_BLOCK_LABELS = _TAG_LABELS | _SINGLE_LABELS | {"stats"}
_BARE_LABEL = lazy(r"(?P<key>[A-Z][A-Za-z ]{1,24}):")
# The hint under AO3's search box: "tip: lex luthor OR superman", "tip: buffy kudos>100".
_SEARCH_TIP = lazy(r"tip:\s+\S.{0,100}", re.IGNORECASE)


def _bare_label(text: str) -> str | None:
    """The lower-cased key of a label standing alone ("Characters:"), else None."""
    if len(text) > 27 or not text.endswith(":"):
        return None
    found = _BARE_LABEL.fullmatch(text)
    return found.group("key").lower() if found else None


def is_browser_tag_block(chunks: list[Chunk], index: int, spacing: int) -> bool:
    """Whether the chunk opens or sits in a browser-copied AO3 tag block: at least three of
    AO3's tag labels stand alone near it, each with an unindented value line right under
    (``spacing`` blank lines under it at most: see :func:`_spacing`)."""
    seen = 0
    for position in range(max(0, index - 30), min(len(chunks) - 1, index + 30)):
        key = _bare_label(chunks[position].text)
        after = chunks[position + 1]
        if key in _TAG_LABELS and after.gap <= spacing and _bare_label(after.text) is None:
            seen += 1
    return seen >= 3


def _spacing(chunks: list[Chunk], index: int) -> int:
    """Rule ``ao3-browser-tags-spaced``: the blank lines between a tag block's lines. Safari
    (and a paste into some editors) puts a blank line after every block of the page, so each
    label, each tag and each stat stands a blank line from the next; the block is the same,
    spaced out. One, when the label at ``index`` and the lines right around it all stand a
    single blank line apart (so the spacing is the page's, not a break after one label);
    else none."""
    near = chunks[index : index + 3]
    if len(near) == 3 and all(c.gap == 1 for c in near[1:]) and (index == 0 or near[0].gap == 1):
        return 1
    return 0


def browser_tag_field(chunks: list[Chunk], index: int) -> int | None:
    """Rule ``ao3-browser-tags``: a bare AO3 label ("Fandom:", "Rating:", "Stats:") in a
    browser-copied tag block, with its tags or its value on the lines under it. Marks them and
    returns the index after them; None when the chunk is not such a label. In a Safari-spaced
    block the label and its values get rule ``ao3-browser-tags-spaced``."""
    head = chunks[index]
    key = _bare_label(head.text)
    if key is None or key not in _BLOCK_LABELS:
        return None
    spacing = _spacing(chunks, index)
    if not is_browser_tag_block(chunks, index, spacing):
        return None
    label = head.text[:-1]
    if key == "stats":
        return _browser_stats(chunks, index, spacing)
    tag_rule = "ao3-browser-tags-spaced" if spacing else "ao3-browser-tags"
    limit = _spaced_list_end(chunks, index) if spacing and key in _TAG_LABELS else len(chunks)
    end = index + 1
    values = 0
    marked: list[tuple[int, str]] = []
    while end < min(len(chunks), limit) and end - index <= 60:
        chunk = chunks[end]
        if chunk.gap > spacing or len(chunk.text) > 150 or _bare_label(chunk.text) is not None:
            break
        rule = tag_rule
        if key == "series" and _SERIES_LINK.fullmatch(chunk.text):
            # Rule ``ao3-series-links``: the series' "← Previous Work" and "Next Work →"
            # links, copied onto lines of their own around "Part 2 of Name", go with the
            # value (reading the series drops them) and are no title or byline.
            rule = "ao3-series-links"
        elif key in _SINGLE_LABELS and values:
            break
        else:
            values += 1
        marked.append((end, rule))
        end += 1
    if not values:
        # Only series links (or nothing) under the label: no field, and nothing is marked.
        return None
    for position, rule in marked:
        chunks[position] = replace(chunks[position], role="field-value", rule=rule, label=label)
    chunks[index] = replace(head, role="field", rule=tag_rule, label=label, value="")
    return end


# AO3 caps a tag at 100 characters: a longer line is no tag.
_TAG_MAX = 100


def _sentence_like(text: str) -> bool:
    """A line that reads as story text, not a tag: longer than any tag, opening with a quote,
    or a sentence of six words or more ending in . ! or ?."""
    if len(text) > _TAG_MAX or text[:1] in "\"'“‘«":
        return True
    return text[-1:] in ".!?" and text.count(" ") >= 5


def _spaced_list_end(chunks: list[Chunk], index: int) -> int:
    """Where the tag list under the spaced label at ``index`` may end. In a Safari copy a
    blank line stands between every line, so the blank line after the last tag is no end:
    the list runs on to the next label of the block. When the lines under the label run
    into a line that reads as a sentence, another kind of label ("Summary:") or a wider gap
    before any block label, the block ended at this list: AO3 prints the work's title and
    its byline right under the block, so the last two of those lines are no tags (and the
    first line is always one)."""
    for end in range(index + 1, min(len(chunks), index + 62)):
        chunk = chunks[end]
        if chunk.gap > 1 or _sentence_like(chunk.text):
            break
        key = _bare_label(chunk.text)
        if key is not None:
            if key in _BLOCK_LABELS:
                return end
            break
    else:
        # Sixty short lines, all spaced alike, and no label: a long list; keep it.
        return len(chunks)
    return max(index + 2, end - 2)


# One stat run on with its value: "Published:2022-09-04", "Chapters:2/?", "Hits: 1,402".
_STAT_PAIR = lazy(
    r"(?P<key>published|updated|completed|words|chapters|comments|kudos|bookmarks|hits):"
    r" ?(?P<value>[\d?][\d,./?-]{0,15})",
    re.IGNORECASE,
)
# The fewest stats a run-together line holds: AO3 always prints the date, words and chapters.
_FEWEST_RUN_STATS = 3


def run_together_stats(text: str) -> list[str] | None:
    """Rule ``ao3-stats-run-together``: the Stats values copied onto one line with nothing
    between them ("Published:2022-09-04Updated:2022-09-18Chapters:2/3Kudos:31"), as some
    browsers copy AO3's stats list, whose items are set side by side with no space. Returns
    the stats as "Label: value" strings, or None.

    Only when the whole line is such pairs, three at least, each label one of AO3's stats and
    each value a count, a date or a chapter tally: a title or a sentence with a colon in it
    is never that. Each label must follow the value before it with no space between: the
    spaced line of AO3's own downloads ("Published: 2019-03-04 Words: 534") is a header
    field, read as such (its dates and status)."""
    if ":" not in text or len(text) > 200:
        return None
    if " " in text and ": " not in text:
        return _spaced_stats(text)
    stats: list[str] = []
    at = 0
    while at < len(text):
        found = _STAT_PAIR.match(text, at)
        if found is None:
            return None
        stats.append(f"{found['key']}: {found['value']}")
        at = found.end()
    return stats if len(stats) >= _FEWEST_RUN_STATS else None


def _spaced_stats(text: str) -> list[str] | None:
    """Rule ``ao3-stats-run-together`` (spaced): the same pairs with a space between them but
    none after each colon ("Published:2021-02-08 Completed:2021-02-22 Chapters:3/3"), as a
    phone's copy of the stats list sets them. The colon with no space after it tells this
    line from the "Published: 2019-03-04 Words: 534" field of AO3's downloads."""
    stats: list[str] = []
    for word in text.split():
        found = _STAT_PAIR.fullmatch(word)
        if found is None:
            return None
        stats.append(f"{found['key']}: {found['value']}")
    return stats if len(stats) >= _FEWEST_RUN_STATS else None


def _browser_stats(chunks: list[Chunk], index: int, spacing: int) -> int:
    """The Stats block copied as "Published:" / "2021-12-18" pairs: read as one Stats line,
    the way AO3's own text download writes it. A copy that runs the pairs together on the
    line under "Stats:" is read the same (see :func:`run_together_stats`)."""
    stats: list[str] = []
    end = index + 1
    run = run_together_stats(chunks[end].text) if end < len(chunks) else None
    if run is not None and chunks[end].gap <= spacing:
        stats = run
        chunks[end] = replace(chunks[end], role="dropped", rule="ao3-stats-run-together")
        end += 1
    while end + 1 < len(chunks):
        key = _bare_label(chunks[end].text)
        value = chunks[end + 1]
        if key not in _STAT_LABELS or value.gap > spacing or _bare_label(value.text) is not None:
            break
        stats.append(f"{chunks[end].text} {value.text}")
        for position in (end, end + 1):
            chunks[position] = replace(chunks[position], role="dropped", rule="ao3-browser-stats")
        end += 2
    head = chunks[index]
    chunks[index] = replace(
        head, role="field", rule="ao3-browser-stats", label="Stats", value=" ".join(stats)
    )
    return end


# The rules that mark the last line of AO3's stats block in a browser's copy.
AO3_STATS_RULES = frozenset({"ao3-browser-stats", "ao3-stats-run-together"})
# One creator as AO3 prints it: a user name, or a pseud with the user name in brackets.
_CREATOR = lazy(r"[\w.-]{2,40}(?: \([\w.-]{2,40}\))?")


def creator_under_title(chunks: list[Chunk], index: int) -> bool:
    """Rule ``ao3-creator-under-title``: in a browser's copy of an AO3 work or chapter page,
    the title stands right under the stats block and the creator right under the title,
    bare ("parlour", "Lampwright (parlour_lamp)"): the page prints nothing else there.

    Only a single user name (or "pseud (user)") on the line right under a title that is
    itself right under the stats, with a blank line or the end under it: several creators,
    one a line, are ``creator-per-line``'s, and a line of prose is never one word.

    Rule ``ao3-creator-under-page-top``: a phone's copy of a chapter page has no stats block
    over the title, only the site's name and its buttons ("Archive of Our Own beta", "Menu",
    "Search"): the title right under them takes the creator the same way."""
    if index < 2 or chunks[index].gap or chunks[index].role != "text":
        return False
    if chunks[index - 1].role != "title":
        return False
    if chunks[index - 2].rule not in AO3_STATS_RULES and not _under_ao3_page_top(chunks, index - 1):
        return False
    if index + 1 < len(chunks) and not chunks[index + 1].gap:
        return False
    return _CREATOR.fullmatch(chunks[index].text.strip()) is not None


def _under_ao3_page_top(chunks: list[Chunk], title: int) -> bool:
    """Whether everything above the title line is dropped page chrome that names AO3."""
    above = chunks[:title]
    if not above or any(chunk.role != "dropped" for chunk in above):
        return False
    return any(_AO3_NAME.match(chunk.text.strip()) for chunk in above)


# AO3's logo line at a copied page's top: "Archive of Our Own", with "beta" on the site.
_AO3_NAME = lazy(r"archive\s+of\s+our\s+own(?:\s+beta)?\s*$", re.IGNORECASE)
# A series link alone on its line: "← Previous Work", "Next Work →" (or "«" and "»").
_SERIES_LINK = lazy(r"(?:[←«‹]\s*)?previous\s+work|next\s+work(?:\s*[→»›])?", re.IGNORECASE)
# How far below a "Preface" line the work's header must begin.
_PREFACE_HEADER_REACH = 3


def is_preface_heading(chunks: list[Chunk], index: int) -> bool:
    """Rule ``preface-heading``: "Preface" alone at the top of the file, over a work's
    header, is the name AO3's downloads (and the contents list of an ebook made from one)
    give the section that holds the header, not the story's title.

    Only as the first line, and only when AO3's "Posted originally on the Archive of Our
    Own" line or a labelled field follows within a few lines: a story called
    "Preface" keeps its title. calibre's Markdown output sets it in bold ("**Preface**").
    The first line is the first one an earlier pass kept: calibre's ``--inline-toc`` puts
    the ebook's contents list (dropped as ``contents-list``) above it, and its
    ``--max-line-length`` may wrap the posted line before the address.
    """
    if chunks[index].text.strip(" *_").lower() != "preface":
        return False
    if any(chunk.role != "dropped" for chunk in chunks[:index]):
        return False
    for chunk in chunks[index + 1 : index + 1 + _PREFACE_HEADER_REACH]:
        # The posted line may wrap before its address (calibre's --max-line-length).
        if chunk.role == "field" or AO3_POSTED_RE.fullmatch(" ".join(chunk.text.split())):
            return True
    return False


# The page's place among the chapters, printed between AO3's chapter buttons: "Chapter 2 of 3".
# Rule ``chapter-position-slash``: a phone's copy of the page prints it "Chapter 1/2".
_CHAPTER_POSITION = lazy(r"chapter\s+\d{1,4}(?:\s+of\s+|\s*/\s*)(?:\d{1,4}|\?)", re.IGNORECASE)
# Hameln (and other Japanese sites) print the page's place as a bare "1 / 2".
_PAGE_POSITION = lazy(r"(?P<at>\d{1,4})\s*/\s*(?P<of>\d{1,4})")
# Rule ``chapter-position-i18n``: the same place in a site's own language, "Capitolo 1 di 2"
# (EFP), "Capítulo 2 de 3", "Chapitre 2 sur 3", "Kapitel 2 von 3", "Hoofdstuk 2 van 3",
# "Rozdział 2 z 3", "Глава 2 из 3": the chapter word, its number, the word for "of", the
# count; the first number no more than the count.
_FOREIGN_POSITION = lazy(
    r"(?:capitolo|cap[ií]tulo|chapitre|kapitel|hoofdstuk|rozdzia[lł]|глава)\s+(?P<at>\d{1,4})"
    r"\s+(?:di|de|sur|von|van|z|из)\s+(?P<of>\d{1,4})",
    re.IGNORECASE,
)


def chapter_position_line(text: str) -> bool:
    """ "Chapter 2 of 3", or a bare "2 / 3" whose first number is no more than the second;
    or the same place in another language (``chapter-position-i18n``)."""
    if text[:1] in "Cc" and chapter_position_text(text):
        return True
    if len(text) <= 30 and text[:1].isalpha():
        found = _FOREIGN_POSITION.fullmatch(text)
        return found is not None and 0 < int(found["at"]) <= int(found["of"])
    found = _PAGE_POSITION.fullmatch(text) if text[:1].isdigit() else None
    return found is not None and 0 < int(found["at"]) <= int(found["of"])


def chapter_position_text(text: str) -> bool:
    """A bare "Chapter 2 of 3" line: a page's place in the work, or an author's heading."""
    line = text.strip()
    return line[:1] in "Cc" and _CHAPTER_POSITION.fullmatch(line) is not None


def is_chapter_position(chunks: list[Chunk], index: int) -> bool:
    """Rule ``chapter-position-line``: a bare "Chapter 2 of 3" line in among a chapter page's
    navigation ("Entire Work", "Next Chapter →", "Chapter Index"), as AO3 prints it between
    its buttons: the page's place in the work, not a heading or the title. Hameln prints it
    bare, "1 / 2", under its "次の話 >>" link.

    Only with a chrome line right above or right below it (no blank line between), since an
    author may head a chapter "Chapter 1 of 2" over the story text; or between an archive
    page's title line and its info block ("Title by name", "Chapter 2 of 4", "Summary: …",
    as Twisting the Hellmouth prints it), where no story text has begun.
    """
    chunk = chunks[index]
    text = chunk.text.strip()
    if not chapter_position_line(text):
        return False
    near = [chunks[index - 1]] if index and chunk.gap == 0 else []
    if index + 1 < len(chunks) and chunks[index + 1].gap == 0:
        near.append(chunks[index + 1])
    if any(is_site_chrome(other.text) for other in near):
        return True
    above = next((c for c in reversed(chunks[:index]) if c.role != "dropped"), None)
    below = chunks[index + 1] if index + 1 < len(chunks) else None
    if above is None or below is None or above.role not in ("title", "byline"):
        return False
    if above.role == "title" and below.gap <= 1 and FIELD_RE.match(below.text) is not None:
        return True
    # Rule ``chapter-position-under-byline``: EFP sets the page's place between the story's
    # "di name" line and its fields ("di name", "Capitolo 1 di 2", "Genere: …"), right over
    # the fields, where no story text has begun.
    if above.role == "byline" and below.gap == 0 and FIELD_RE.match(below.text) is not None:
        return True
    # Rule ``chapter-position-over-chapter-line``: Twisting the Hellmouth sets the page's
    # place right over its own chapter line ("By : Name", "Chapter 3 of 3", "Chapter 3:
    # The Ferry"); the heading under it, no blank line between, is the chapter's title.
    return below.role == "heading" and below.gap == 0 and chunk.gap <= 1


def is_search_tip(chunks: list[Chunk], index: int) -> bool:
    """Rule ``ao3-search-tip``: the hint line under AO3's "Work Search:" box."""
    if index == 0 or not _SEARCH_TIP.fullmatch(chunks[index].text):
        return False
    return chunks[index - 1].text.lower().rstrip(":") == "work search"


# The feedback buttons under a work: "Kudos", "Kudos ♥", "Bookmark", "Comments (4)"; or,
# right under the kudos button, the head of the kudos list with its count ("96 Kudos").
# A page saved in a single-byte code page (Notepad's "ANSI") has lost the heart to "?".
# Rule ``ao3-kudos-count-button``: a phone's copy sets the count on the button, "Kudos (41)".
_KUDOS_BUTTON = lazy(r"kudos\s*(?:[♥❤?]|\(\d[\d,]*\))?", re.IGNORECASE)
_FEEDBACK_BUTTON = lazy(
    r"bookmarks?|comments\s*\(\d+\)|share|top|\d[\d,.]*\s*k?\s+kudos"
    # Rule ``ao3-interface-i18n``: the same buttons with AO3's interface in French.
    r"|marque-pages?|commentaires\s*\(\d+\)|partager",
    re.IGNORECASE,
)


def _feedback_line(text: str) -> bool:
    """A feedback button under the "Kudos" button, or the kudos list itself.

    Rule ``ao3-kudos-list-footer``: a selection that leaves out the other buttons still
    holds the list under "Kudos" ("name_one, name_two, and 35 more users as well as 12
    guests left kudos on this work!"); AO3 prints it only there, so it marks the page's
    footer as well as a "Bookmark" button does. Only the list's own closing words, so a
    story's line about kudos stays. A text browser wraps a long list, and its closing words
    may stand alone on the list's last line ("left kudos on this work!")."""
    if _FEEDBACK_BUTTON.fullmatch(text):
        return True
    lower = text.lower()
    if "kudos on this work" not in lower and "kudos à cette" not in lower:
        return False
    return _KUDOS_LIST.fullmatch(text) is not None


# The kudos list under the button: its names (or "N users"), "left kudos on this work!";
# in French, "… ont laissé des kudos à cette œuvre !".
_KUDOS_LIST = lazy(
    r"(?:.{1,300}\b)?(?:left\s+kudos\s+on\s+this\s+work|a\s+laissé\s+des\s+kudos\s+à\s+cette"
    r"\s+œuvre|ont\s+laissé\s+des\s+kudos\s+à\s+cette\s+œuvre)\s*!?",
    re.IGNORECASE,
)


def page_footer_start(chunks: list[Chunk], first: int, end: int) -> int:
    """Rule ``ao3-page-footer``: from AO3's feedback buttons under the story ("Kudos" with
    "Bookmark" or "Comments (4)" on the next lines) to the end, all is the page's chrome
    (kudos list, comment form, site footer). Marks it dropped; returns where it starts.

    The buttons follow each other with no blank line between, or with one each (a Safari
    copy spaces every block of the page so)."""
    for index in range(tail_start(chunks, first, end, 60), end - 1):
        chunk = chunks[index]
        if chunk.role not in ("text", "dropped") or not _KUDOS_BUTTON.fullmatch(chunk.text):
            continue
        after = chunks[index + 1 : index + 3]
        if any(c.gap <= 1 and _feedback_line(c.text) for c in after):
            index = _work_end_chrome(chunks, first, index)
            for later in range(index, end):
                chunks[later] = replace(chunks[later], role="dropped", rule="ao3-page-footer")
            return index
    return end


# The series box under a work: its heading, and each series' line with its arrows
# ("← Previous Work Part 3 of Name Next Work →", "Part 1 of Name Next Work →"; some skins
# draw the arrows as "«" and "»").
_SERIES_HEAD = lazy(r"series\s+this\s+work\s+belongs\s+to\s*:?", re.IGNORECASE)
_SERIES_NAV = lazy(
    r"(?:[←«]\s*previous\s+work\s+)?part\s+\d{1,4}\s+of\s+\S.{0,150}?(?:\s+next\s+work\s*[→»])?",
    re.IGNORECASE,
)

# The series line's arrow buttons alone: "← Previous Work", "Next Work →" (or "«", "»").
_WORK_ARROW = lazy(r"[←«]\s*previous\s+work|next\s+work\s*[→»]", re.IGNORECASE)


def _work_end_chrome(chunks: list[Chunk], first: int, index: int) -> int:
    """Rule ``ao3-page-footer`` (its top): the lines right above the feedback buttons that
    are the page's too ("Series this work belongs to:" and its series lines, "Actions", the
    chapter buttons, "Top of Work"). Returns where they start.

    Walks up from the buttons only over such lines, so it stops at the end notes' or the
    story's last line. A "Part 3 of Name" line counts only with AO3's work arrows or a few
    lines under the series box's heading: alone, it could be an author's own closing line.
    """
    start = index
    while start > first and _end_chrome_line(chunks, start - 1):
        start -= 1
    return start


def _end_chrome_line(chunks: list[Chunk], at: int) -> bool:
    """Whether the line at ``at`` is one of the page's lines above the feedback buttons."""
    text = chunks[at].text.strip()
    if len(text) > 200:
        return False
    if chunks[at].role == "dropped" or is_site_chrome(text) or _SERIES_HEAD.fullmatch(text):
        return True
    if text.lstrip("↑? ").lower() in ("top", "top of page", "haut de page", "haut"):
        # The "↑ Top" button, its arrow lost to "?" in a page saved in a single-byte code
        # page (Notepad's "ANSI"); a skin's "Top of Page"; French "↑ Haut de page".
        return True
    if _WORK_ARROW.fullmatch(text):
        # Rule ``ao3-series-arrows``: a browser's copy splits the series line, each arrow
        # button on a line of its own ("← Previous Work" over "Part 2 of Name").
        return True
    if text[:1] not in "←«Pp" or not _SERIES_NAV.fullmatch(text):
        return False
    # A work in several series lists one line each under the heading.
    above = chunks[max(0, at - 4) : at]
    if any(arrow in text for arrow in "←→«»"):
        return True
    return any(_SERIES_HEAD.fullmatch(c.text) for c in above)


# AO3's heading over the list of works that name this one as their inspiration, printed
# under the End Notes of a work page and of its downloads.
_RELATED_WORKS = lazy(r"works?\s+inspired\s+by\s+this\s+one\s*:?", re.IGNORECASE)


def related_works_start(chunks: list[Chunk], first: int, end: int) -> int:
    """Rule ``ao3-related-works``: from AO3's "Works inspired by this one:" heading near the
    end to the chapter's end, all is the site's list of other works ("Title by name") and
    its closing plea, not the author's End Notes. Marks it dropped; returns where it starts.

    Only among the last lines, and only the whole line, so a note that mentions being
    inspired by something is left alone."""
    for index in range(max(first, end - 30), end):
        text = chunks[index].text
        if "nspired" in text and _RELATED_WORKS.fullmatch(text.strip()):
            for later in range(index, end):
                chunks[later] = replace(chunks[later], role="dropped", rule="ao3-related-works")
            return index
    return end


# How far under a chapter's "Summary:" AO3's "Chapter Text" marker may stand: the summary
# and the chapter's notes, each a few paragraphs, lie between them.
_PREFACE_REACH = 16


def chapter_summary(chunks: list[Chunk], index: int, end: int) -> int | None:
    """Rule ``ao3-chapter-summary``: on an AO3 work page, a chapter's own "Summary:" standing
    alone under its heading, its paragraphs under it, then the chapter's "Notes:" or the
    "Chapter Text" marker. It is the chapter's note labelled "Summary", as AO3's downloads
    label it "Chapter Summary". Marks it; returns the index after its paragraphs, or None.

    Only with the "Chapter Text" marker a few lines below: a "Summary:" heading a story's own
    section, or an archive's one-line chapter summary field, has none.
    """
    head = chunks[index]
    if head.text.strip().lower() != "summary:" or index + 1 >= end:
        return None
    if not any(_is_chapter_text(c.text) for c in chunks[index + 2 : index + _PREFACE_REACH]):
        return None
    chunks[index] = replace(
        head, role="note", rule="ao3-chapter-summary", label="Summary", value=""
    )
    after = index + 1
    while after < end:
        chunk = chunks[after]
        text = chunk.text
        if chunk.role != "text" or _is_chapter_text(text) or _bare_label(text) is not None:
            break
        if has_pointer_telltale(text) or match_note(text) is not None:
            break
        chunks[after] = replace(chunk, role="note-body", rule="ao3-chapter-summary")
        after += 1
    return after


def _is_chapter_text(text: str) -> bool:
    """AO3's marker line over a chapter's text on a work page."""
    return is_chapter_text_marker(text)
