"""Rule ``contents-named-headings``: a table of contents names the chapter headings below it.

Converters (FanFicFare's TXT output, Calibre, e-book dumps) put a "Table of Contents" list of
chapter names above the story and then start each chapter with its name alone on a line.
The names are titles, not numbered headings, so nothing else tells them from a short line of
prose; the list does. The list itself repeats the headings and is dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, Chunks, is_glyph_line
from fic2epub.normalise.downloader_lines import downloader_line
from fic2epub.normalise.fields import split_authors
from fic2epub.normalise.nav_links import is_run_together_links
from fic2epub.normalise.patterns import (
    CHAPTER_RE,
    match_heading,
    match_note,
    match_numbered,
    number_value,
)

# The list's own heading, as converters write it (compared in lower case).
_CONTENTS = frozenset({"table of contents", "contents", "table of content"})
# A printed contents entry: its name, a dot leader and the page it starts on ("The Long Road,
# by A. Writer ....... 2"). Word's tab before the page number is the other printed form,
# a gap of two spaces or more once the tab is expanded (tab_table.page_number_tabs).
# Rule ``short-dot-leader``: a long name leaves room for two dots only ("… Ila Menon .. 5"),
# spaced off the name, as a typeset leader shortens.
_DOT_LEADER = lazy(r"\S.{0,80}?(?:\s*(?:\.\s?){4,}|\s(?:\.\s?){2,}|\t+| {2,})\s*\d{1,4}")
# An e-book's front pages as its contents page names them (compared in lower case).
_FRONT_PAGES = frozenset(
    {"title page", "titlepage", "cover", "table of contents", "contents", "preface"}
)
# An e-book's back pages as its contents page names them: AO3's EPUB ends on "Afterword".
_BACK_PAGES = frozenset({"afterword"})
# The roles a listed name may have: plain text, or a heading read from its own words.
_LISTABLE = frozenset({"text", "heading"})
# A printed entry (with its page number) may also have been read as a part's heading.
_LISTED_ROLES = _LISTABLE | {"part"}
# The longest line taken as a listed chapter name.
_LONGEST_ENTRY = 80
# How far into the text a download tool's credit is looked for.
_CREDIT_LINES = 40
# An export's links around each chapter, one a line (compared in lower case, brackets and
# arrows stripped): FicHub's "previous chapter", "next chapter" and "chapter list".
_CHAPTER_LINKS = frozenset(
    {"previous chapter", "prev chapter", "next chapter", "chapter list", "back to chapter list"}
)


def contents_headings(chunks: Chunks) -> Chunks:
    """Mark the later lines that a table of contents lists, in its order, as headings.

    Guards: the contents line sits in the first part of the text; it lists two or more
    short lines, one a line, with no run of blank lines inside the list; every entry is
    found later, in the same order, as a line of its own set off by a blank line above;
    and the entries are not all headings already (numbered lists are read elsewhere).
    """
    start = _contents_line(chunks)
    if start is None:
        counted = _counted_list(chunks)
        return counted if counted is not None else _plan_list(chunks)
    if (printed := _printed_list(chunks, start)) is not None:
        return printed
    entries = _entries(chunks, start + 1)
    if len(entries) < 2:
        return _joined_list(chunks, start)
    listed_headings = _listed_headings(chunks, start, entries)
    if listed_headings is None and len(tight := _tight_entries(chunks, entries)) >= 2:
        listed_headings = _listed_headings(chunks, start, tight)
    return listed_headings if listed_headings is not None else _plan_list(chunks)


def _tight_entries(chunks: Chunks, entries: list[int]) -> list[int]:
    """Rule ``tight-contents-list-ends-at-blank``: a list set one entry under another, with
    no blank line between (a site's contents under its "Table of contents" button), ends
    at its first blank line, though the short line there (the story's title over its first
    chapter's page) looks like one more entry. Asked only when the whole run is not found
    below, so a list spaced in groups is read whole first."""
    for position, entry in enumerate(entries[1:], 1):
        if chunks[entry].gap:
            return entries[:position]
    return entries


def _listed_headings(chunks: Chunks, start: int, entries: list[int]) -> Chunks | None:
    """The text with the list under the contents line at ``start`` dropped and the lines it
    names below read as headings; None when the names are not found below."""
    # Rule ``contents-without-blank-lines``: a phone paste has no blank line anywhere, so a
    # heading is set off by nothing; the list's names alone tell it.
    blankless = not any(chunk.gap for chunk in chunks[start + 1 :])
    listed = [_uncounted(_unbulleted(chunks[entry].text)) for entry in entries]
    # Rule ``contents-front-matter``: an e-book's contents page lists its own front pages
    # first ("Title Page", "Cover"), as calibre copies a FanFicFare EPUB's; those pages are
    # above the list (or nowhere in a text copy), so only the entries after them are sought.
    # Under a download tool's credit, its own front page ("Introduction") too (the rule
    # ``contents-nav-page`` with no run of blank lines to set the nav page apart).
    fronts = (
        _FRONT_PAGES | _NAV_FRONT_PAGES if downloader_line(chunks[start].text) else _FRONT_PAGES
    )
    while listed and (
        listed[0].strip().lower() in fronts or _title_entry(listed[0], chunks[:start])
    ):
        listed = listed[1:]
    # Rule ``contents-back-pages``: an AO3 EPUB's contents page lists its "Afterword" (the
    # end notes' page) last; calibre's inline contents copies it. It heads no chapter.
    while listed and listed[-1].strip().lower() in _BACK_PAGES:
        listed = listed[:-1]
    found = _find(chunks, entries[-1] + 1, listed, blankless) if len(listed) >= 2 else None
    whole = [_uncounted(_unbulleted(chunks[entry].text)) for entry in entries]
    if found is None and whole != listed:
        # Rule ``contents-title-chapter``: a one-shot's file with a sequel appended names
        # its first chapter after the story, so the list's first entry is the title and a
        # chapter both; when every entry comes back below, in order, they all head chapters.
        found = _find(chunks, entries[-1] + 1, whole, blankless)
    if all(chunks[entry].role == "heading" for entry in entries):
        # A list of headings only ("Chapter 1" / "Chapter 2") is a chapter menu, which
        # headings._chapter_lists drops; the names need no list to be read as headings.
        return _heading_list(chunks, start, entries) if found is not None else chunks
    if found is None and (bare := _bare_names(listed)) is not None:
        found = _find(chunks, entries[-1] + 1, bare, blankless)
        if found is None and _numbered_headings(chunks, entries[-1] + 1, bare):
            return _numbered_list(chunks, start, entries)
    if found is None:
        return None
    marked = list(chunks)
    # A download tool's credit over the list is left for the header to drop as a credit.
    for index in entries if downloader_line(chunks[start].text) else [start, *entries]:
        marked[index] = replace(marked[index], role="dropped", rule="contents-list")
    for index in found:
        if marked[index].role == "text":
            marked[index] = replace(marked[index], role="heading", rule="contents-named-heading")
    return tuple(marked)


def _title_entry(entry: str, above: Chunks) -> bool:
    """Rule ``contents-title-entry``: an e-book's contents page may list the book itself
    first, by its title or as "Title by Author" (FicSave's EPUB, through calibre's text
    output: "The Long Road by A. Writer" over "1. The Start"; the title heading a FicHub
    nav page copied with no run of blank lines above it). That entry names the title page,
    not a chapter below it; a front page's entry may follow.
    Guards: the entry is the text's first line (the title page's title) word for word, or
    that line followed by " by " and a name; no other line above counts, as a contents
    list after the story has the chapters' own headings above it."""
    if not above or len(above[0].lines) != 1:
        return False
    title = above[0].text.strip()
    if not title or not entry.startswith(title):
        return False
    rest = entry[len(title) :]
    return not rest or (rest.startswith(" by ") and len(rest.split()) <= _BY_NAME_WORDS + 1)


# The most words of the author's name after "by" in a contents page's title entry.
_BY_NAME_WORDS = 4


def _heading_list(chunks: Chunks, start: int, entries: list[int]) -> Chunks:
    """Rule ``contents-heading-list``: a "Contents" line over a list of chapter headings
    that come back below, word for word and in order (Google Docs' linked table of
    contents, a converter's). The list repeats the headings and is dropped with its
    "Contents" line, which is no story text: with no blank lines, nothing else keeps that
    line out of the note above the list."""
    marked = list(chunks)
    for index in [start, *entries]:
        marked[index] = replace(marked[index], role="dropped", rule="contents-heading-list")
    return tuple(marked)


def _numbered_headings(chunks: Chunks, position: int, names: list[str]) -> bool:
    """Whether chapter headings below ``position`` give the numbered names in order, each
    heading its number and name ("Chapter 2: The Bucket" for the entry "2. The Bucket")."""
    number = 0
    for index in range(position, len(chunks)):
        chunk = chunks[index]
        if chunk.role != "heading" or number >= len(names):
            continue
        found = CHAPTER_RE.fullmatch(chunk.text.strip())
        if found is None or not found.group("num") or not found.group("title"):
            continue
        if number_value(found.group("num")) != number + 1:
            continue
        if found.group("title").strip().casefold() == names[number].strip().casefold():
            number += 1
    return number == len(names)


def _numbered_list(chunks: Chunks, start: int, entries: list[int]) -> Chunks:
    """Rule ``contents-numbered-chapters``: calibre's inline contents of an AO3 EPUB lists
    each chapter by its number and name ("1. The Rope") between the e-book's "Preface" and
    "Afterword" pages, while each chapter below is headed "Chapter 1: The Rope". The headings
    read as headings by themselves; the list repeats them and is dropped with its contents
    line, front and back pages and all. Guards: every entry numbered from one, and each
    numbered name found below, in order, as a heading with the same number."""
    marked = list(chunks)
    for index in [start, *entries]:
        marked[index] = replace(marked[index], role="dropped", rule="contents-numbered-chapters")
    return tuple(marked)


def _joined_list(chunks: Chunks, start: int) -> Chunks:
    """Rule ``contents-joined-by-rewrap``: a contents list that a re-wrap (``fmt``, a mail
    client) has run together into one paragraph ("The Start Old Friends The Storm") under
    its "Contents" line or an export's credit. The names can no longer be told apart by
    themselves, but the chapters below are headed by them: the paragraph must be exactly
    the later lines, set off as any listed name is, joined in order, two of them at least.
    The paragraph is dropped and those lines are read as headings, as for a list."""
    at = start + 1
    if at >= len(chunks) or chunks[at].role != "text" or chunks[at].gap >= 2:
        return chunks
    rest = chunks[at].text
    # Cheap first tests: a list's length, and no sentence's end.
    if len(rest) > _LONGEST_ENTRY * 8 or rest.endswith((".", ",", ";", "!", "?", '"', "”")):
        return chunks
    blankless = not any(chunk.gap for chunk in chunks[at + 1 :])
    found: list[int] = []
    for position in range(at + 1, len(chunks)):
        name = chunks[position].text
        if not rest.startswith(name) or rest[len(name) : len(name) + 1] not in ("", " "):
            continue
        if _entry_like(chunks[position]) and _repeats(chunks, position, name, blankless):
            found.append(position)
            rest = rest[len(name) :].lstrip()
            if not rest:
                break
    if rest or len(found) < 2:
        return chunks
    marked = list(chunks)
    dropped = [at] if downloader_line(chunks[start].text) else [start, at]
    for index in dropped:
        marked[index] = replace(marked[index], role="dropped", rule="contents-joined-by-rewrap")
    for index in found:
        if marked[index].role == "text":
            marked[index] = replace(marked[index], role="heading", rule="contents-named-heading")
    return tuple(marked)


# The words a writer heads her plan of the chapters with (compared in lower case, without a
# colon), besides the contents words.
_PLAN_LABELS = frozenset({"chapter list", "chapters", "list of chapters", "chapter plan"})
# A planned chapter's state after its name: "- done", "— not started", "(draft)".
_PLAN_STATE = lazy(r"\s+(?:-{1,2}|–|—)\s+\S.*|\s+\([^()]{1,40}\)")


def _plan_list(chunks: Chunks) -> Chunks:
    """Rule ``chapter-plan-list``: a draft's plan of its chapters under a "Chapter list" (or
    "Contents") line, each entry numbered from one and often with its state after the name
    ("1. The Well - done", "3. The Road - not started"), while the chapters written so far
    are headed below by the entry's number and name ("1. The Well"). The plan is the
    writer's table of contents, not story text: dropped with its label, and the lines
    that give its first entries are headings.

    Guards: the label alone on its line in the first part of the text, right over the
    list, its entries one under another with no blank line between; every entry numbered,
    counting up from one; the first two entries at least found below, in order, each as a
    line of its own set off by a blank line; the later entries need not be (chapters not
    yet written)."""
    start = _plan_line(chunks)
    if start is None:
        return chunks
    entries = _plan_entries(chunks, start + 1)
    numbered = [_NUMBERED.fullmatch(chunks[entry].text.strip()) for entry in entries]
    numbers = [number_value(match.group("number")) if match else None for match in numbered]
    if len(entries) < 2 or numbers != list(range(1, len(entries) + 1)):
        return chunks
    found: list[int] = []
    position = entries[-1] + 1
    for entry in entries:
        name = _PLAN_STATE.sub("", chunks[entry].text.strip(), count=1)
        while position < len(chunks) and not _repeats(chunks, position, name):
            position += 1
        if position >= len(chunks):
            break
        found.append(position)
        position += 1
    if len(found) < 2:
        return chunks
    marked = list(chunks)
    for index in [start, *entries]:
        marked[index] = replace(marked[index], role="dropped", rule="chapter-plan-list")
    for index in found:
        marked[index] = replace(marked[index], role="heading", rule="contents-named-heading")
    return tuple(marked)


def _plan_entries(chunks: Chunks, index: int) -> list[int]:
    """The plan's lines: one under another from ``index``, with no blank line between."""
    entries: list[int] = []
    while index < len(chunks) and (not entries or chunks[index].gap == 0):
        chunk = chunks[index]
        if chunk.role not in _LISTABLE or not _entry_like(chunk) or chunk.gap > 1:
            break
        entries.append(index)
        index += 1
    return entries


# A heading's number and title, whatever its word: "Day 2: The Boat", "Prompt 3 - Wine".
_NUMBER_TITLE = lazy(r"\S{1,15}\s+#?(?P<number>\d{1,3})\s*[:.\-–—]\s*(?P<title>\S.*)")
# The fewest entries a challenge table has, and how many of them must head pieces below.
_TABLE_ENTRIES = 3
_TABLE_FILLED = 2


def challenge_table(chunks: Chunks) -> Chunks:
    """Rule ``challenge-table``: a writing challenge's post lists its prompt table under
    the header with no label over it, each prompt numbered from one and often with its
    state ("01. snow -- done", "04. a letter"), and heads each piece it fills with the
    prompt's number and name ("Day 1: Snow"). The table is the challenge's, not story text:
    dropped. Guards: in the first part of the text; three entries or more one under
    another with no blank line between, numbered counting up from one; the first two at
    least come back below, in order, as the titles of headings that carry their numbers
    (so this runs after the heading rules)."""
    head = chunks[: max(40, len(chunks) // 5)]
    for index, chunk in enumerate(head):
        if chunk.text[:1] not in "01" or chunk.role != "text":
            continue  # the cheap test first: the table opens with its first entry
        found = _NUMBERED.fullmatch(chunk.text)
        if found is None or number_value(found.group("number")) != 1:
            continue
        entries = _plan_entries(chunks, index)
        names = _bare_names([chunks[entry].text.strip() for entry in entries])
        if len(entries) < _TABLE_ENTRIES or names is None:
            return chunks
        if _filled_prompts(chunks, entries[-1] + 1, names) < _TABLE_FILLED:
            return chunks
        marked = list(chunks)
        for entry in entries:
            marked[entry] = replace(marked[entry], role="dropped", rule="challenge-table")
        return tuple(marked)
    return chunks


def _filled_prompts(chunks: Chunks, position: int, names: list[str]) -> int:
    """How many of the table's first prompts head a piece below, in order: a heading
    numbered as the entry whose title is the prompt's name without its state."""
    filled = 0
    for chunk in chunks[position:]:
        if chunk.role != "heading" or filled >= len(names):
            continue
        found = _NUMBER_TITLE.fullmatch(chunk.text.strip())
        if found is None or number_value(found.group("number")) != filled + 1:
            continue
        name = _PLAN_STATE.sub("", names[filled], count=1)
        if found.group("title").strip().casefold() == name.strip().casefold():
            filled += 1
    return filled


def _plan_line(chunks: Chunks) -> int | None:
    """The index of a "Chapter list" (or contents) line in the first fifth of the text."""
    for index, chunk in enumerate(chunks[: max(40, len(chunks) // 5)]):
        text = chunk.text
        if len(text) <= 20:
            label = text.strip(" :#*_").lower()
            if label in _PLAN_LABELS or label in _CONTENTS:
                return index
    return None


# A numbered list's entry: "1. The Lobster Pot", "2) Accounts", "IV. The Chimney".
_NUMBERED = lazy(r"(?P<number>\d{1,3}|[IVXLC]{1,7})[.)]\s+(?P<name>\S.*)")


def _find(chunks: Chunks, position: int, names: list[str], blankless: bool) -> list[int] | None:
    """The indexes of the lines that repeat the names, in order from ``position``, or None
    when some name is not found."""
    found: list[int] = []
    for name in names:
        while position < len(chunks) and not _repeats(chunks, position, name, blankless):
            position += 1
        if position >= len(chunks):
            return None
        found.append(position)
        position += 1
    return found


# A list item's bullet: pandoc's plain text writes "-   Title Page", Markdown "* " or "+ ",
# a word processor "• ".
_BULLET = lazy(r"[-*+•]\s+(?P<name>\S.*)")


def _unbulleted(entry: str) -> str:
    """Rule ``bulleted-contents-list``: an e-book's contents page run through ``pandoc -t
    plain`` (or a Markdown list) marks each entry with a bullet ("-   The Lamp Room") while the
    chapter below is headed by the bare name: the name is the entry without its bullet.
    (Cheap test first: an entry that does not open with a bullet character is kept.)"""
    if entry[:1] not in "-*+•":
        return entry
    found = _BULLET.fullmatch(entry)
    return found.group("name") if found else entry


# What an archive's contents page sets after each chapter's name: its review link and its
# length, "[Reviews - 3] (560 words)", "[Comments: 4]", "(1,204 words)".
_ENTRY_COUNTS = lazy(
    r"(?:\s+(?:\[\s*(?:reviews?|comments?)\s*[-:]?\s*\d{1,6}\s*\]"
    r"|\(\s*\d[\d,.]{0,9}\s+words?\s*\)))+$",
    re.IGNORECASE,
)


def _uncounted(entry: str) -> str:
    """Rule ``contents-entry-counts``: an archive's contents page (eFiction's "Table of
    Contents") follows each chapter's name with its review link and word count ("1. Part I
    - Spring by kit [Reviews - 3] (560 words)"), while the chapter below is headed by the
    name alone: the name is the entry without them. Only a review link or a word count,
    at the entry's end, so a chapter named "The Count (Part One)" keeps its bracket."""
    if not entry.endswith((")", "]")):
        return entry
    return _ENTRY_COUNTS.sub("", entry)


def _listed_name(entry: str) -> str | None:
    """The chapter name a numbered entry with an archive's counts gives ("2. The Road
    [Reviews - 1] (800 words)" gives "The Road"), else None."""
    uncounted = _uncounted(entry)
    if uncounted == entry:
        return None
    found = _NUMBERED.fullmatch(uncounted)
    return found.group("name") if found else uncounted


def _counted_list(chunks: Chunks) -> Chunks | None:
    """Rule ``counted-contents-list``: an archive's printer page (eFiction's "Printer" view
    of a whole story) lists the chapters under the story's notes with no "Table of
    Contents" line over them, each entry numbered and followed by the archive's counts ("1.
    The Fair [Reviews - 3] (268 words)"), and then heads each chapter with its bare name.
    The counts mark the list as the archive's as surely as a "Contents" line would.

    Guards: in the first part of the text; two or more entries one under another, with no
    blank line between, every one numbered from one and ending in a review link or a word
    count; every name found below, in order, as a line of its own set off by a blank line.
    Returns None when there is no such list."""
    head = chunks[: max(40, len(chunks) // 5)]
    for index, chunk in enumerate(head):
        if chunk.text[:2] != "1." or _listed_name(chunk.text) is None:
            continue  # the cheap test first: the list opens with its first entry
        entries = [index]
        while (
            entries[-1] + 1 < len(chunks)
            and chunks[entries[-1] + 1].gap == 0
            and len(chunks[entries[-1] + 1].lines) == 1
            and _listed_name(chunks[entries[-1] + 1].text) is not None
        ):
            entries.append(entries[-1] + 1)
        names = [_uncounted(chunks[entry].text) for entry in entries]
        bare = _bare_names(names) if len(names) >= 2 else None
        if bare is None or any(chunks[entry].role not in _LISTED_ROLES for entry in entries):
            return None
        found = _find(chunks, entries[-1] + 1, bare, blankless=False)
        if found is None:
            return None
        marked = list(chunks)
        for entry in entries:
            marked[entry] = replace(marked[entry], role="dropped", rule="counted-contents-list")
        for position in found:
            if marked[position].role == "text":
                marked[position] = replace(
                    marked[position], role="heading", rule="contents-named-heading"
                )
        return tuple(marked)
    return None


def _bulleted(entry: str) -> bool:
    """Whether a contents entry opens with a list's bullet ("-   The Lamp Room")."""
    return _unbulleted(entry) != entry


def _bare_names(entries: list[str]) -> list[str] | None:
    """Rule ``numbered-contents-list``: an author's own "Contents:" list numbers its entries
    ("1. The Lobster Pot") while the pieces below are headed by the bare name. When every
    entry is numbered, counting up from one, these are the entries without their numbers;
    None when the list is not numbered so.
    """
    found = [_NUMBERED.fullmatch(entry) for entry in entries]
    numbers = [number_value(match.group("number")) if match else None for match in found]
    if numbers != list(range(1, len(entries) + 1)):
        return None
    return [match.group("name") for match in found if match is not None]


def _printed_list(chunks: Chunks, start: int) -> Chunks | None:
    """Rule ``contents-page-list``: a printed issue's or book's contents, every entry ending
    in a dot leader and a page number. Page numbers mean nothing in an e-book, and the
    entries need not be headings (an editor's letter, "Title, by Name"), so the list is
    dropped whether or not its names come back below. Guards: at least two such entries,
    each on a line of its own, and nothing else under the contents line before a blank
    line but each entry's writer on an indented line under it (``contents-page-writer``).

    Rule ``contents-page-named-heading``: where every entry's name comes back below, in
    order, as a line of its own set off by a blank line, those lines are the pieces'
    headings, as a zine's or an anthology's stories are headed by their titles."""
    end = start + 1
    names: list[str] = []
    while end < len(chunks) and (end == start + 1 or chunks[end].gap == 0):
        chunk = chunks[end]
        if names and _entry_writer(chunk, chunks[end - 1]):
            end += 1
            continue
        if end + 1 < len(chunks) and _title_over_writer_leader(chunk, chunks[end + 1]):
            names.append(chunk.text.strip())
            end += 2
            continue
        # An entry may already be read as a heading ("Epilogue    5"): its page number
        # tells it from the chapter's own heading below.
        if chunk.role not in _LISTED_ROLES or not all(_leader_line(line) for line in chunk.lines):
            break
        names.extend(_leader_name(line) for line in chunk.lines)
        end += 1
    if len(names) < 2:
        return None
    marked = list(chunks)
    for index in range(start, end):
        marked[index] = replace(marked[index], role="dropped", rule="contents-page-list")
    # Rule ``contents-page-note-entry``: an entry naming a note ("Editor's note ..... 2")
    # points at the note's label, no heading of its own; the pieces' names are looked for.
    pieces = [name for name in names if match_note(name) is None]
    for index in _find(chunks, end, pieces, blankless=False) or ():
        if marked[index].role == "text" and _plain_name(marked[index].text):
            marked[index] = replace(
                marked[index], role="heading", rule="contents-page-named-heading"
            )
    return tuple(marked)


def _plain_name(text: str) -> bool:
    """A listed name that only the list tells as a heading: not a note's label ("Author's
    Note", which the note rules read) nor a numbered or chapter heading (read by their own
    rules)."""
    return match_note(text) is None and match_numbered(text) is None and match_heading(text) is None


# The longest writer's line under a printed contents entry, and its most words.
_WRITER_LONGEST = 40
_WRITER_WORDS = 4  # a writer's, when two share the line


def _entry_writer(chunk: Chunk, entry: Chunk) -> bool:
    """Rule ``contents-page-writer``: an anthology's printed contents names each piece's
    writer on an indented line under its entry ("   Nan Weller"): one short line of text,
    right under an entry's line, indented deeper than it, with no page number and no
    sentence's end. The header pass may have taken a writer's bare "Name and Name" line
    for the file's byline: under an entry, it is the entry's."""
    text = chunk.text.strip()
    return (
        chunk.role in ("text", "byline")
        and len(chunk.lines) == 1
        and chunk.gap == 0
        and chunk.indent > entry.indent
        and _leader_line(entry.lines[-1])
        and 0 < len(text) <= _WRITER_LONGEST
        # Two writers of one piece ("Ann Rowe and Tom Vey"): a few words each.
        and all(len(name.split()) <= _WRITER_WORDS for name in split_authors(text))
        and not text[-1:].isdigit()
        and not text.endswith((",", ";", ":", "!", "?", '"', "”"))
    )


def _title_over_writer_leader(title: Chunk, writer: Chunk) -> bool:
    """Rule ``contents-writer-leader``: a zine's contents may set the piece's title alone on
    its line and the leader and page number after the writer's name, indented under it
    ("The News" / "   By: tenth_chest ..... 7"). The title: one short line with no
    sentence's end; the writer's line: indented deeper, right under it, a leader entry whose
    name is a byline or a few names."""
    text = title.text.strip()
    if title.role not in _LISTED_ROLES or len(title.lines) != 1 or not 0 < len(text) <= 80:
        return False
    if text.endswith((".", ",", ";", ":", "!", "?")) or _leader_line(text):
        return False
    if writer.gap or len(writer.lines) != 1 or writer.indent <= title.indent:
        return False
    if writer.role not in ("text", "byline") or not _leader_line(writer.lines[0]):
        return False
    name = _BYLINE_LEAD.sub("", _LEADER_TAIL.sub("", writer.text.strip()).strip())
    return 0 < len(name) <= _WRITER_LONGEST and all(
        len(one.split()) <= _WRITER_WORDS for one in split_authors(name)
    )


# "by ", "By: ", "written by " before a writer's name on a contents line.
_BYLINE_LEAD = lazy(r"^(?i:(?:written\s+)?by)\s*:?\s+")


# A printed entry's leader and page number, after its name.
_LEADER_TAIL = lazy(r"(?:\s*(?:\.\s?){4,}|\s(?:\.\s?){2,}|\t+| {2,})\s*\d{1,4}$")


def _leader_name(entry: str) -> str:
    """A printed contents entry's name, without its dot leader and page number, nor the
    writer a zine's contents sets after a slash ("The Long Road / Nan Weller", rule
    ``contents-slash-writer``)."""
    name = _LEADER_TAIL.sub("", entry.strip()).strip()
    title, slash, writer = name.rpartition(" / ")
    if slash and title and 0 < len(writer.split()) <= 2 * _WRITER_WORDS + 1:
        return title.strip()
    return name


def _leader_line(line: str) -> bool:
    """A printed contents entry (cheap tests first: a digit at its end, then the pattern)."""
    return line[-1:].isdigit() and _DOT_LEADER.fullmatch(line.strip()) is not None


def _contents_line(chunks: Chunks) -> int | None:
    """The index of a "Table of Contents" line in the first fifth of the text, else of a
    download tool's credit line with a contents list under it."""
    head = chunks[: max(40, len(chunks) // 5)]
    for index, chunk in enumerate(head):
        text = chunk.text
        if len(text) <= 20 and text.strip(" :#*_").lower() in _CONTENTS:
            return index
    # A credit stands in the header, among its first lines.
    return _credit_over_list(head[:_CREDIT_LINES])


def _credit_over_list(head: Chunks) -> int | None:
    """Rule ``contents-under-credit``: an export with no "Contents" line lists the chapters
    right under its credit, as FicHub's HTML export does ("Exported with the assistance of
    FicHub.net", then each chapter's name, then the first chapter's "next chapter" link).
    The credit names the tool, which no story line does; the list is read as any contents
    list is, so its names must all come back below as the chapters' own lines."""
    for index, chunk in enumerate(head[:-1]):
        if len(chunk.lines) == 1 and downloader_line(chunk.text) is not None:
            if head[index + 1].gap <= 1:
                return index
            return _nav_page_under_credit(head, index)
    return None


# The front page an e-book's navigation page lists first (compared in lower case): FicHub's
# EPUB opens on its "Introduction" page, other tools' on a "Title Page" or "Cover".
_NAV_FRONT_PAGES = frozenset({"introduction", "title page", "titlepage", "cover"})
# How many lines (the book's title, repeated as the page's heading) may stand between the
# credit and the navigation page's first entry.
_NAV_TITLE_LINES = 2


def _nav_page_under_credit(head: Chunks, credit: int) -> int | None:
    """Rule ``contents-nav-page``: calibre turns a download tool's EPUB into text page by
    page, so the navigation page follows the tool's signed title page after a run of blank
    lines: the book's title again, then the list, whose first entry is the tool's own front
    page ("Introduction" in FicHub's EPUB) and the rest the chapters' names. That entry
    stands where a "Contents" line would; its index is returned, and the names under it are
    read as any contents list is (all must come back below, in order, as lines of their
    own). Guards: only under a download tool's credit, with nothing but one or two short
    single lines (the title) between them, and the entry alone on its line."""
    for index in range(credit + 1, min(len(head), credit + _NAV_TITLE_LINES + 2)):
        chunk = head[index]
        if len(chunk.lines) != 1 or not _entry_like(chunk):
            return None
        if chunk.text.strip().lower() in _NAV_FRONT_PAGES:
            return index
    return None


def is_chapter_link(text: str) -> bool:
    """Rule ``export-chapter-links``: an export's links around each chapter, one a line
    ("previous chapter", "next chapter", "chapter list", "(back to chapter list)"), or
    those links joined into one line by a re-wrap (nav_links.is_run_together_links)."""
    if len(text) <= 30 and text.strip(" ()[]«»<>←→").lower() in _CHAPTER_LINKS:
        return True
    return is_run_together_links(text)


def _entries(chunks: Chunks, index: int) -> list[int]:
    """The listed lines under the contents line, up to a run of blank lines longer than the
    list's own spacing, a rule, or up to the first name listed again: with no blank lines,
    the first chapter's heading follows the list at once."""
    entries: list[int] = []
    # The blank lines the list may have between its entries. Rule ``double-spaced-contents``:
    # a list whose second entry sits two blank lines under the first is spaced so throughout
    # (a converter writing each entry as a paragraph of its own, FanFicFare's TXT as some
    # copies have it), so only a longer run of blank lines ends it.
    spacing = 1
    while index < len(chunks):
        chunk = chunks[index]
        if len(entries) == 1 and chunk.gap == 2:
            spacing = 2
        if entries and (chunk.gap > spacing or _first_name_again(chunks, chunk, entries)):
            break
        if entries and chunk.text == _listed_name(chunks[entries[0]].text):
            break  # the first chapter's heading, which the entry gave with number and counts
        if entries and is_glyph_line(chunk.text):
            break  # a rule ("-----") under the list, between it and the story
        if entries and _bulleted(chunks[entries[0]].text) and not _bulleted(chunk.text):
            break  # a bulleted list ends at the first line with no bullet
        if is_chapter_link(chunk.text):
            break  # the first chapter's links ("next chapter") under an export's list
        # A name that is a chapter word ("Prologue", "Epilogue") is read as a heading
        # already, in the list as below; the other names ("The Summer Place") are not.
        # Rule ``contents-lists-parts``: an e-book's contents page lists the parts among
        # the chapters ("Part One" over "Ch. 1 …"), read as parts' headings already.
        if chunk.role not in _LISTED_ROLES or not _entry_like(chunk):
            if _tight_list_ends(chunks, entries, chunk):
                break
            return []
        entries.append(index)
        index += 1
    return entries


def _tight_list_ends(chunks: Chunks, entries: list[int], chunk: Chunk) -> bool:
    """Rule ``tight-contents-list``: a list set one entry under another, with no blank line
    between them (a word processor's contents), ends at its first blank line; a paragraph of
    prose there (the story's notes under the list) is no entry, and does not undo the list.
    Two entries at least, all tight, so a lone line over a paragraph is no list."""
    return (
        len(entries) >= 2
        and chunk.gap >= 1
        and all(chunks[entry].gap == 0 for entry in entries[1:])
    )


def _first_name_again(chunks: Chunks, chunk: Chunk, entries: list[int]) -> bool:
    """Whether the line repeats the list's first chapter name, as listed or without its
    number ("The Start" under the entry "1. The Start"): the first chapter's heading, right
    under the list when no run of blank lines sets the list apart."""
    first = _first_name(chunks, entries)
    if chunk.text in (first, chunks[entries[0]].text) or _same_but_spacing(chunk.text, first):
        return True
    numbered = _NUMBERED.fullmatch(first) if first[:1].isalnum() else None
    return numbered is not None and chunk.text == numbered.group("name")


def _first_name(chunks: Chunks, entries: list[int]) -> str:
    """The list's first chapter name, whose line coming back ends the list: its first
    entry, or the one after the book's own title and front page (rules
    ``contents-title-entry`` and ``contents-front-matter``) when the list opens on them."""
    above = chunks[: entries[0] - 1]
    for entry in entries:
        text = chunks[entry].text
        front = text.strip().lower() in _FRONT_PAGES | _NAV_FRONT_PAGES
        if not front and not _title_entry(text, above):
            return text
    return chunks[entries[0]].text


def _entry_like(chunk: Chunk) -> bool:
    text = chunk.text
    return (
        len(chunk.lines) == 1
        and 0 < len(text) <= _LONGEST_ENTRY
        and not text.endswith((".", ",", ";", "!", "?"))
    )


def _repeats(chunks: Chunks, index: int, name: str, blankless: bool = False) -> bool:
    """A line of its own, set off by a blank line (unless the text has none) or by an
    export's chapter links right above it, that is the listed name. A name read as a part's
    heading already ("Part I - Spring") is found as well: the list names it all the same."""
    chunk = chunks[index]
    if chunk.role not in _LISTED_ROLES or len(chunk.lines) != 1:
        return False
    if (
        chunk.text != name
        and not _same_but_spacing(chunk.text, name)
        and not _two_line_repeat(chunks, index, name)
    ):
        return False
    return chunk.gap >= 1 or blankless or (index > 0 and is_chapter_link(chunks[index - 1].text))


# What a contents entry sets between a chapter's number and its title ("Chapter One: The
# Well", "Chapter One - The Well"), where the heading below puts the title on a line of its own.
_ENTRY_JOINS = (": ", " - ", " – ", " — ", ". ")


def _two_line_repeat(chunks: Chunks, index: int, name: str) -> bool:
    """Rule ``contents-two-line-heading``: a word processor's contents list names each
    chapter on one line ("Chapter One: The Well") while the chapter below is headed on two,
    its number over its title ("Chapter One" / "The Well"), as Word's heading styles and
    centred headings set them. The entry is found when a heading line is its start, the
    one line right under it (no blank line between) is its rest, and a colon, a dash or a
    full stop joins the two in the entry."""
    chunk = chunks[index]
    text = chunk.text.strip()
    if chunk.role != "heading" or not name.startswith(text) or index + 1 >= len(chunks):
        return False
    below = chunks[index + 1]
    if below.gap or len(below.lines) != 1:
        return False
    rest = name[len(text) :]
    return any(
        rest.startswith(join) and rest[len(join) :].strip() == below.text.strip()
        for join in _ENTRY_JOINS
    )


def _same_but_spacing(line: str, name: str) -> bool:
    """Rule ``contents-aligned-entries``: a printed contents list aligns its names in a column
    with runs of spaces ("CHAPTER II.   THE ROAD" over "CHAPTER III.  SALT"), while the
    heading below is spaced as prose ("CHAPTER II. THE ROAD"). The two are the same name when
    only the runs of spaces differ; every word must still match, in order and case."""
    return "  " in name + line and line.split() == name.split()
