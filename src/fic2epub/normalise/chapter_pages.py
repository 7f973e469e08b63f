"""Web-serial chapter pages (Royal Road and sites built like it) copied page after page.

Each page heads its text with the chapter's title, then the story's title and "by" line,
then its buttons (Fiction Page, Previous, Index, Next). Under the text come the author's
box ('Support "Title"', "About the author", a bio) and the comment section ("Log in to
comment", "Comments (3)", "Report"). Royal Road also injects a sentence into copied text
that tells readers the story was stolen and to report it on Amazon.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chrome_i18n import is_count_line
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.comments import post_date_line
from fic2epub.normalise.foreign_header import foreign_byline
from fic2epub.normalise.patterns import same_text
from fic2epub.normalise.pieces import is_word_count
from fic2epub.normalise.wattpad import bare_counts_line, counts_under_heading_title

# The lines that open a chapter page's author box: the support button ('Support "Title"')
# and the box's heading.
_FOOTER_HEAD = lazy(r"support\s+[\"“'‘].{1,120}[\"”'’]|about\s+the\s+author\s*:?", re.IGNORECASE)
# The comment section under the author box, which confirms the box is the page's.
_COMMENT_ANCHOR = lazy(
    r"log\s+in\s+to\s+comment|comments?\s*\(\s*\d+\s*\)|\d+\s+comments?|report(?:\s+chapter)?"
    r"|(?:leave|write|post)\s+a\s+comment",
    re.IGNORECASE,
)
# How far below the author box's first line the comment section must start.
_ANCHOR_REACH = 15


# The heading of the list of other stories a page shows under a chapter: "Further
# Recommendations", "You might also like", "Readers also enjoyed".
_RECOMMENDATIONS = lazy(
    r"(?:further|more|similar|related|other)\s+(?:recommendations|stories|reads|works)"
    r"|recommended(?:\s+(?:for\s+you|stories|reads))?|you\s+(?:may|might|will)\s+also\s+(?:like|enjoy)"
    r"|readers\s+also\s+(?:liked|enjoyed|read)",
    re.IGNORECASE,
)


def chapter_page_footer_start(chunks: list[Chunk], first: int, end: int) -> int:
    """Rule ``chapter-page-footer``: from a chapter page's author box ('Support "Title"',
    "About the author") or its list of recommended stories ("Further Recommendations") to
    the end of the chapter, all is the page's chrome: the bio, the comment section and its
    comments, other readers' reviews of other stories, the site's blurb, the buttons. Marks
    it dropped; returns where it starts.

    Only when the comment section ("Log in to comment", "Comments (3)", "Report") follows
    the author box within a few lines, or the page's buttons ("Next Chapter", "Write a
    Review") stand just above the recommendations: a story's "About the author" paragraph
    or a character's "More stories" never starts it.
    """
    for index in range(first, end):
        chunk = chunks[index]
        text = chunk.text
        if chunk.role != "text" or len(text) > 160 or text[:1] not in _FOOTER_INITIALS:
            continue
        text = text.strip()
        if _FOOTER_HEAD.fullmatch(text):
            reach = chunks[index + 1 : min(end, index + _ANCHOR_REACH)]
            found = any(_COMMENT_ANCHOR.fullmatch(c.text.strip()) for c in reach)
        else:
            found = _RECOMMENDATIONS.fullmatch(text) is not None and _buttons_above(
                chunks, first, index
            )
        if found:
            for later in range(index, end):
                if chunks[later].role != "heading":
                    chunks[later] = replace(
                        chunks[later], role="dropped", rule="chapter-page-footer"
                    )
            return index
    return end


# The first letters of the lines that may open the footer, to skip prose cheaply.
_FOOTER_INITIALS = "SsAaFfMmRrOoYy"


def _buttons_above(chunks: list[Chunk], first: int, index: int) -> bool:
    """Whether one of the two lines above is the page's chrome (a button, a pager)."""
    above = chunks[max(first, index - 2) : index]
    return any(c.role == "dropped" or is_site_chrome(c.text) for c in above)


def page_title_block(
    chunks: list[Chunk],
    index: int,
    end: int,
    byline: Callable[[str], tuple[str, ...] | None],
    known_title: str | None,
) -> int:
    """Rule ``title-under-heading``: right under a chapter page's heading, the story's title
    and its "by" line (or a "por name" line in the interface's language), as web-serial sites
    print them above each chapter. The first page's give the story's title and author (as
    fields) when the header named no title; repeated, or under a known title, they are
    dropped. Returns the index after them.

    Guards: a short title-like line, a byline right under it, and either the page's buttons
    (site chrome) under the byline or the same title under another heading. A poem's title
    and its poet quoted at a chapter's start have neither.
    """
    if index + 1 >= end:
        return index
    title, by = chunks[index], chunks[index + 1]
    if title.role != "text" or by.role != "text" or by.gap > 1 or not _title_line(title.text):
        return index
    names = byline(by.text)
    if not names and (foreign := foreign_byline(by.text)):
        # The page in the reader's interface language: "por name", "par name" (Wattpad
        # prints the by line in the interface's language, whatever the story's).
        names = (foreign,)
    if not names:
        return index
    after = chunks[index + 2] if index + 2 < end else None
    buttons = after is not None and is_site_chrome(after.text)
    # Rule ``title-by-over-part-counts``: Wattpad's web reader sets the part's reader counts
    # where other sites set their buttons (wattpad-heading-over-title).
    counted = index > 0 and by.gap == 0 and counts_under_heading_title(chunks, index - 1)
    if not (buttons or counted) and not _under_other_heading(chunks, index, title.text):
        return index
    if known_title is None:
        chunks[index] = replace(
            title, role="field", rule="title-under-heading", label="Title", value=title.text
        )
        chunks[index + 1] = replace(
            by, role="field", rule="title-under-heading", label="Author", value=", ".join(names)
        )
    else:
        chunks[index] = replace(title, role="dropped", rule="title-under-heading")
        chunks[index + 1] = replace(by, role="dropped", rule="title-under-heading")
    if counted and after is not None and bare_counts_line(after.text):
        # The counts on one line with their icons lost ("3.4K 287 9"); named counts are the
        # site's chrome, and a stacked run is left to bare-stat-counts.
        chunks[index + 2] = replace(after, role="dropped", rule="title-by-over-part-counts")
        return index + 3
    return index + 2


def title_over_counts(chunks: list[Chunk], index: int, end: int, shown: str | None) -> int:
    """Rule ``story-title-over-part-counts``: right under a part's heading, the story's
    title again and the part's reader counts under it ("Story Title" / "👁 1.9K ⭐ 180 💬
    31", or "Dibaca 704 Vote 61 Komentar 15" in Wattpad's Indonesian app), as a reading
    app prints them atop each part with no "by" line after the first.
    Both are the app's chrome: dropped. Returns the index after them.

    Guards: the line is the story's title already read (the header's, or the one the
    first page's title block gave), and a line of two or more reader counts stands right
    under it, so a chapter that opens on a line naming the story is left alone."""
    if shown is None or index + 1 >= end:
        return index
    title, counts = chunks[index], chunks[index + 1]
    if title.role != "text" or counts.gap or len(title.text) > len(shown) + 4:
        return index
    if not same_text(title.text, shown):
        return index
    if not (is_count_line(counts.text) or bare_counts_line(counts.text)):
        return index
    chunks[index] = replace(title, role="dropped", rule="story-title-over-part-counts")
    chunks[index + 1] = replace(counts, role="dropped", rule="story-title-over-part-counts")
    return index + 2


def shown_title(chunks: list[Chunk], first: int, after: int) -> str | None:
    """The story's title as a page's title block between ``first`` and ``after`` gave it
    (``title-under-heading``), if it did."""
    for chunk in chunks[first:after]:
        if chunk.rule == "title-under-heading" and chunk.label == "Title" and chunk.value:
            return chunk.value
    return None


def page_author_block(chunks: list[Chunk], index: int, end: int, *, authored: bool) -> int:
    """Rule ``author-under-heading``: right under a chapter page's heading, the author's name
    and the day it went up, then the page's word count or its buttons, as Scribble Hub
    prints them above each chapter. The first page's name is the story's author (a field)
    when the header named none; repeated, or under a known author, it is dropped. Returns
    the index after the name and the date.

    Guards: a short name line with no sentence's marks, a date alone right under it, and a
    word count or site chrome right under the date. A chapter that opens on a letter's
    place and date ("London" / "3 March 1888") goes on with the letter, not with those.
    """
    if index + 2 >= end:
        return index
    name, date, after = chunks[index], chunks[index + 1], chunks[index + 2]
    text = name.text.strip()
    if name.role != "text" or date.role != "text" or name.gap > 1 or date.gap > 0:
        return index
    if not 0 < len(text) <= 40 or len(text.split()) > 3 or _NAME_MARKS.search(text):
        return index
    if not post_date_line(date.text) or after.gap > 0:
        return index
    if not (is_word_count(after.text) or is_site_chrome(after.text)):
        return index
    if authored:
        chunks[index] = replace(name, role="dropped", rule="author-under-heading")
    else:
        chunks[index] = replace(
            name, role="field", rule="author-under-heading", label="Author", value=text
        )
    chunks[index + 1] = replace(date, role="dropped", rule="author-under-heading")
    return index + 2


_NAME_MARKS = lazy(r"[.,;:!?\"“”()]")


def _title_line(text: str) -> bool:
    """A short line that may be a title: no sentence's end, no dialogue."""
    return (
        0 < len(text) <= 100
        and not text.endswith((".", ",", ";", ":", "!", "?"))
        and text[:1] not in "\"“‘'«"
    )


def _under_other_heading(chunks: list[Chunk], index: int, title: str) -> bool:
    """Whether the same line stands right under another chapter heading."""
    return any(
        chunk.role == "heading" and position + 1 != index and chunks[position + 1].text == title
        for position, chunk in enumerate(chunks[:-1])
    )


# Words of the theft claim in the sentence Royal Road injects into copied chapters:
# "Unauthorized duplication: this story was taken without the author's consent.", "This
# tale has been unlawfully lifted from Royal Road.", "Stolen story; please report it."
_THEFT = lazy(
    r"\b(?:unauthori[sz]ed|stolen|theft|pirat\w*|unlawful\w*|illicit\w*|misappropriat\w*"
    r"|pilfer\w*|purloin\w*|without\s+(?:the\s+)?(?:author['’]s\s+)?(?:consent|permission"
    r"|authori[sz]ation)|lifted|taken)\b",
    re.IGNORECASE,
)
# What it asks: report it, or read it on the real site.
_ASK = lazy(r"\b(?:report\w*|support|visit|read\s+it\s+on)\b", re.IGNORECASE)
_LONGEST_NOTICE = 260


def is_piracy_notice(text: str) -> bool:
    """Rule ``anti-piracy-notice``: the short sentence a web-serial site injects into copied
    text, naming Amazon or the site, calling the copy stolen and asking readers to report
    it. It is the site's, not the story's; a story paragraph that names Amazon does not
    also claim theft and ask for a report in a line or two."""
    if len(text) > _LONGEST_NOTICE:
        return False
    lowered = text.lower()
    if "amazon" not in lowered and "royal road" not in lowered:
        return _labelled_notice(text)
    return _THEFT.search(text) is not None and _ASK.search(text) is not None


# Rule ``labelled-piracy-notice``: the injected sentence may name no site, but then it opens
# with its own label, "Unauthorized duplication:", "Stolen content:".
_THEFT_LABEL = lazy(
    r"(?:unauthori[sz]ed|stolen|pirated)\s+(?:usage|use|duplication|reproduction|copy"
    r"|content|story|narrative|tale|text)\s*:",
    re.IGNORECASE,
)


def _labelled_notice(text: str) -> bool:
    """A notice that names no site: its label, then a theft claim and a plea to report, so
    a story's "Unauthorized entry: keep out." is no notice."""
    if text[:1] not in "UuSsPp" or (label := _THEFT_LABEL.match(text)) is None:
        return False
    rest = text[label.end() :]
    return _THEFT.search(rest) is not None and _ASK.search(rest) is not None
