"""Story pages read part by part and pasted one after another (Quotev and sites like it).

Each part's page heads its text with the story's title, then the part's own title, then the
page's place in the story: "Part 2 of 3". The place line and the repeated story title are
the page's; the part's title is the chapter heading.

A journal or a list posts a long story in entries that each carry the same kind of place line
("Part 2 of 4") over the author's own chapter heading: there the heading is the chapter's,
and the place line is the post's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.bylines import AT_HANDLE, HANDLE, byline_names
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import Chunk, Role
from fic2epub.normalise.patterns import WORD_NUMBER, number_value

# A part page's place in the story: "Part 2 of 3", "Chapter 2 of 12".
# Rule ``place-line-byline``: some sites print the author on the place line itself, after a
# dot or a bar ("Chapter 1 of 3 · by some_handle"); the byline is the page's too.
# Rule ``bracketed-place-line``: an archive may print the place in brackets under the
# chapter's title, "(chapter 2 of 3)", as FictionAlley-style chapter pages do.
_PLACE = lazy(
    r"(?P<open>\(\s*)?(?:part|chapter)\s+(?P<n>\d{1,3})\s+of\s+(?P<of>\d{1,3})"
    r"(?(open)\s*\)|(?:\s*[·•|–—-]\s*by\s+[^\s·•|][^·•|]{0,59})?)",
    re.IGNORECASE,
)
# What a part's title above its place line does not end with: a sentence's end.
_SENTENCE_END = (".", ",", ";", ":", "!", "?", '"', "”")


def part_page_headings(chunks: list[Chunk]) -> None:
    """Rule ``part-place-heading``: a short title line right above a "Part 2 of 3" line is
    that part's heading; the place line is dropped, and so is the line above the title when
    it is the same line on every page (the story's title, repeated).

    Guards: at least two place lines, all "of" the same total, counting up by one with no
    gaps, each right under a short line that does not end like a sentence and with story
    text under it. A story that mentions "part 2 of 3" in a sentence, or heads one chapter
    "Chapter 1 of 2", has no such run.
    """
    places = [
        (index, found)
        for index, chunk in enumerate(chunks)
        if chunk.role == "text"
        and chunk.text[:1] in "PpCc("
        and " of " in chunk.text
        and (found := _PLACE.fullmatch(chunk.text.strip())) is not None
    ]
    if len(places) < 2 or len({found.group("of") for _, found in places}) != 1:
        return
    numbers = [int(found.group("n")) for _, found in places]
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return
    if _titles_under_places([index for index, _ in places], chunks):
        return
    if _titles_over_story_title([index for index, _ in places], chunks):
        return
    if not all(_titled_place(chunks, index) for index, _ in places):
        return
    repeats = {chunks[index - 2].text.strip() for index, _ in places if index >= 2}
    # Every page must have a line there to repeat: the first page may open the file, and a
    # line two above it would be read from the file's end.
    repeated = len(repeats) == 1 and places[0][0] >= 2
    for index, _ in places:
        chunks[index] = replace(chunks[index], role="dropped", rule="part-place-heading")
        title = chunks[index - 1]
        chunks[index - 1] = replace(title, role="heading", rule="part-place-heading")
        if repeated and chunks[index - 2].role == "text" and title.gap == 0:
            chunks[index - 2] = replace(
                chunks[index - 2], role="dropped", rule="part-place-heading"
            )


def _titles_under_places(places: list[int], chunks: list[Chunk]) -> bool:
    """Rule ``part-title-under-place``: Quotev's part page in its other order, the story's
    title, then "Part 2 of 3", then the part's own title, then the poster's handle. The part
    title under each place line is that part's heading; the place line is dropped, and so
    are the story title above it and the handle under the title, both repeated on every
    page. The first page's story title is the story's title when nothing above the first
    page names the story; the first handle is read as the author ("Author" field).

    Guards (on top of the place lines' own run): the same short line right above every
    place line, a different short line that does not end like a sentence right under each,
    and story text (or a note) further down; a handle is taken only when the same user name
    ("by X", "@x", "x_writes") stands right under every part title.
    """
    if places[0] == 0 or places[-1] + 2 >= len(chunks):
        return False
    above = {chunks[index - 1].text.strip() for index in places}
    if len(above) != 1:
        return False
    # One story title above, a different part title under each place line.
    if len({chunks[index + 1].text.strip() for index in places}) != len(places):
        return False
    if not all(_short_title(chunks[at]) for index in places for at in (index - 1, index + 1)):
        return False
    if any(chunks[index].gap > 1 or chunks[index + 1].gap > 1 for index in places):
        return False
    handles = _page_handles(chunks, [index + 2 for index in places])
    after = [index + (3 if handles else 2) for index in places]
    if any(at >= len(chunks) or chunks[at].role not in ("text", "note") for at in after):
        return False
    story_title = chunks[places[0] - 1].text.strip()
    named_above = any(chunk.text.strip() == story_title for chunk in chunks[: places[0] - 1])
    for index in places:
        chunks[index] = replace(chunks[index], role="dropped", rule="part-title-under-place")
        chunks[index + 1] = replace(
            chunks[index + 1], role="heading", rule="part-title-under-place"
        )
        # The first page's story title is the story's title, unless a page above named it.
        role: Role = "title" if index == places[0] and not named_above else "dropped"
        chunks[index - 1] = replace(chunks[index - 1], role=role, rule="part-title-under-place")
    for number, (at, names) in enumerate(handles):
        if number == 0:
            # The header ends at the first part's heading, above the handle: the name is
            # read from the chapter as a header field, once.
            chunks[at] = replace(
                chunks[at], role="field", rule="part-page-handle", label="Author", value=names
            )
        else:
            chunks[at] = replace(chunks[at], role="dropped", rule="part-page-handle")
    return True


def _short_title(chunk: Chunk) -> bool:
    """A story-text line short enough for a title, not ending like a sentence."""
    text = chunk.text.strip()
    return chunk.role == "text" and 0 < len(text) <= 80 and not text.endswith(_SENTENCE_END)


def _page_handles(chunks: list[Chunk], lines: list[int]) -> list[tuple[int, str]]:
    """The poster's name under each part title, when the same user name stands under every
    one ("convent_mouse", "by Wren", "@wren"); else nothing."""
    if any(chunks[at].gap for at in lines):
        return []
    texts = {chunks[at].text.strip() for at in lines}
    if len(texts) != 1 or any(chunks[at].role != "text" for at in lines):
        return []
    text = texts.pop()
    names = byline_names(text)
    if names:
        return [(at, ", ".join(names)) for at in lines]
    if AT_HANDLE.fullmatch(text) or HANDLE.fullmatch(text):
        return [(at, text.lstrip("@")) for at in lines]
    return []


# What a display name does not hold: a sentence's marks and quotes ("Ada M." may end
# on an initial's full stop).
_NOT_IN_NAME = frozenset('"“”‘’!?;:,()[]')
# The longest display name over a handle, in characters and in words.
_LONGEST_NAME = 40
_NAME_WORDS = 4


def name_over_handle(chunks: list[Chunk], index: int, end: int) -> str | None:
    """Rule ``name-handle-card``: Quotev's desktop page sets the author's card under a
    part's title, the display name over the "@handle", one a line (as its profile card
    does); the display name, else None.

    Only a short line of a name's shape with the handle alone right under it; the caller
    asks for the page's counts or its own buttons under them, so a story's chat log that
    opens on a sender and a handle is left alone."""
    if index + 1 >= end:
        return None
    name, handle = chunks[index], chunks[index + 1]
    text = name.text.strip()
    if name.role != "text" or handle.role != "text" or handle.gap or len(name.lines) != 1:
        return None
    if not 0 < len(text) <= _LONGEST_NAME or len(text.split()) > _NAME_WORDS:
        return None
    if any(c in _NOT_IN_NAME for c in text) or AT_HANDLE.fullmatch(handle.text.strip()) is None:
        return None
    return text


def _titles_over_story_title(places: list[int], chunks: list[Chunk]) -> bool:
    """Rule ``part-title-over-story-title``: part pages in a third order (Quotev's, copied
    with no blank lines): the part's own title, then the story's title, then "Chapter 2 of
    2". The line right above every place line is the same (the story's title, repeated) and
    the line above it differs from page to page: that one is the part's heading, and the
    story title and the place line are the page's. Returns whether it applied.

    Guards: the same line above every place line, a different short title over it on each
    page, no blank line among the three, and text under each place line."""
    if any(index < 2 or index + 1 >= len(chunks) for index in places):
        return False
    if len({chunks[index - 1].text.strip() for index in places}) != 1:
        return False
    titles = [chunks[index - 2] for index in places]
    if len({title.text.strip() for title in titles}) != len(titles):
        return False
    for index, title in zip(places, titles, strict=True):
        text = title.text.strip()
        if title.role not in ("text", "heading") or not 0 < len(text) <= 80:
            return False
        if text.endswith(_SENTENCE_END) or chunks[index - 1].gap or chunks[index].gap:
            return False
        if chunks[index + 1].role not in ("text", "note") or chunks[index - 1].role != "text":
            return False
    for index, title in zip(places, titles, strict=True):
        chunks[index] = replace(chunks[index], role="dropped", rule="part-place-heading")
        chunks[index - 1] = replace(chunks[index - 1], role="dropped", rule="part-place-heading")
        chunks[index - 2] = replace(title, role="heading", rule="part-title-over-story-title")
    return True


def _titled_place(chunks: list[Chunk], index: int) -> bool:
    """A place line with a short title line right above it and text right under it. A
    pager's link over the place line ("Next Chapter >>" over "(Chapter 1 of 2)", as eFiction
    prints them under a chapter) is the site's, no title; nor is a rule of signs alone
    ("=====" between a page's parts), which has no word to title anything."""
    if index == 0 or index + 1 >= len(chunks) or chunks[index].gap > 1:
        return False
    title = chunks[index - 1].text.strip()
    if chunks[index - 1].role != "text" or not 0 < len(title) <= 80 or is_site_chrome(title):
        return False
    if not any(char.isalnum() for char in title):
        return False  # a rule of "=" or "-" over the place line parts the pages: no title
    return not title.endswith(_SENTENCE_END) and chunks[index + 1].role in ("text", "note")


# An instalment's place among the posts, the number figured or spelled: "Part 2 of 4",
# "Part Two of Four".
_POST_PLACE = lazy(
    rf"\W{{0,3}}part\s+(?P<n>\d{{1,3}}|{WORD_NUMBER})\s+of\s+(?P<of>\d{{1,3}}|{WORD_NUMBER})\W{{0,3}}",
    re.IGNORECASE,
)
# How many lines under a place line the entry's heading may stand (its links to the other
# parts, "« Part 1 | Part 3 »", may come between).
_HEADING_REACH = 3


def part_place_lines(chunks: list[Chunk]) -> None:
    """Rule ``part-place-line``: "Part 2 of 4" alone on a line, in a run of such lines that
    count up by one to the same total, each but the first with a chapter heading a few lines
    under it and no text between: each entry's place in the posting, over the author's own
    heading, is the journal's, not text. The first place line may stand in the header, above
    the first heading, where it is the same marker.

    Guards: two place lines at least, one total, counting up with no gaps, and the author's
    heading under every later one; a single "Part 1 of 2" among paragraphs is left as text,
    and place lines with no heading under them are left to the other rules (they may be the
    story's only divisions).
    """
    places: list[int] = []
    numbers: list[tuple[int | None, int | None]] = []
    for index, chunk in enumerate(chunks):
        text = chunk.text
        if chunk.role != "text" or len(text) > 40 or " of " not in text.lower():
            continue
        if (found := _POST_PLACE.fullmatch(text.strip())) is not None:
            places.append(index)
            numbers.append((number_value(found.group("n")), number_value(found.group("of"))))
    if len(places) < 2 or len({total for _, total in numbers}) != 1:
        return
    first = numbers[0][0]
    if first is None or [n for n, _ in numbers] != list(range(first, first + len(numbers))):
        return
    headings = [index for index, chunk in enumerate(chunks) if chunk.role == "heading"]
    if not headings or places[0] > headings[-1]:
        return
    if places[0] > headings[0] and not _heading_under(chunks, places[0]):
        return
    if not all(_heading_under(chunks, index) for index in places[1:]):
        return
    for index in places:
        chunks[index] = replace(chunks[index], role="dropped", rule="part-place-line")


def _heading_under(chunks: list[Chunk], index: int) -> bool:
    """Whether a chapter heading follows the line within a few lines, with no text between
    but short lines (the entry's links to its other parts)."""
    for below in chunks[index + 1 : index + 1 + _HEADING_REACH]:
        if below.role == "heading":
            return True
        if below.role == "text" and len(below.text) > 80:
            return False
    return False


# A part's place written as its own heading: "Part 1/3", "Part 2 of 3", "Part Two of Three".
# Rule ``part-place-titled-chapters``: the place may carry the part's title after a colon or
# a dash, "Part 1 of 3: The Debt", as a journal or community post heads each part of a
# story posted whole; a short title that ends no sentence (see ``_own_place_fits``).
OWN_PLACE = lazy(
    rf"\W{{0,3}}part\s+(?P<n>\d{{1,3}}|{WORD_NUMBER})\s*(?:/|\s+of\s)\s*"
    rf"(?P<of>\d{{1,3}}|{WORD_NUMBER})"
    r"(?:\W{0,3}|\s*[:\-–—]\s*(?P<title>[^\s:].{0,48}))",
    re.IGNORECASE,
)
# The longest "Part 1 of 3" line, and the longest with its title after it.
_PLACE_LONGEST = 30
_TITLED_PLACE_LONGEST = 80


def part_places_as_chapters(chunks: list[Chunk]) -> None:
    """Rule ``part-place-chapters``: "Part 1/3", "Part 2/3", "Part 3/3" alone on their lines,
    with story text right under each and no other heading anywhere, are the story's chapter
    headings, titled as written. An old archive file or a mail posted in parts heads each
    part so; the count after the number keeps them from being read as plain "Part 1"
    divisions, and no heading is left for them to stand over.

    Runs after the rules that read such lines as a part page's or a post's place over a
    heading (``part-place-heading``, ``part-place-line``), which leave them as text. Guards:
    two such lines at least, one total no smaller than their number, counting up by one
    from the first, each set off by a blank line above and with story text under it, and no
    heading found in the text, so a story that mentions "part 2 of 3" in a sentence or
    whose headings are found otherwise is left alone.
    """
    if any(chunk.role in ("heading", "part") for chunk in chunks):
        return
    places: list[int] = []
    numbers: list[tuple[int | None, int | None]] = []
    for index, chunk in enumerate(chunks):
        text = chunk.text
        # Cheap first tests: a short line that starts (after a mark or two) with "Part".
        if chunk.role != "text" or len(text) > _TITLED_PLACE_LONGEST:
            continue
        if "art" not in text[:6].lower():
            continue
        if (found := OWN_PLACE.fullmatch(text.strip())) is not None and _own_place_fits(found):
            places.append(index)
            numbers.append((number_value(found.group("n")), number_value(found.group("of"))))
    if len(places) < 2 or len({total for _, total in numbers}) != 1:
        return
    first, total = numbers[0]
    if first is None or total is None or first + len(places) - 1 > total:
        return
    if [n for n, _ in numbers] != list(range(first, first + len(places))):
        return
    if not all(_place_over_text(chunks, index) for index in places):
        return
    for index in places:
        chunks[index] = replace(chunks[index], role="heading", rule="part-place-chapters")


def _own_place_fits(found: re.Match[str]) -> bool:
    """Rule ``part-place-titled-chapters``: a place line is short, or its title after the
    colon is a title: no sentence's end ("Part 2 of 3: it rained all week.") and no
    clause's comma."""
    title = found.group("title")
    if title is None:
        return len(found.group(0)) <= _PLACE_LONGEST
    return not title.rstrip().endswith((".", ",", ";", "!", "?")) and "," not in title


def _place_over_text(chunks: list[Chunk], index: int) -> bool:
    """A line set off by a blank line above (or first in the text) with story text under it:
    a paragraph of some length, or a short sentence (``part-place-over-sentence``)."""
    if index + 1 >= len(chunks) or (index and not chunks[index].gap):
        return False
    below = chunks[index + 1]
    return below.role == "text" and (len(below.text) > 40 or _short_sentence(below.text))


# What a short sentence of story ends with.
_SENTENCE_STOPS = (".", "!", "?", "…", '."', ".”", '!"', "!”", '?"', "?”")
# The fewest words of a short sentence under a place line.
_SENTENCE_WORDS = 4


def _short_sentence(text: str) -> bool:
    """Rule ``part-place-over-sentence``: a part may open on a short sentence of its own
    ("She was very bad at it."), which is story text as much as a long paragraph is; a
    part's title or a byline under a place line ends on no full stop. A sentence of a few
    words at least, with its stop, so "Go." under a place line is not enough."""
    return text.endswith(_SENTENCE_STOPS) and len(text.split()) >= _SENTENCE_WORDS
