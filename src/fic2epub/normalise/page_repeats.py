"""Pass ``page-repeats``: a page's header printed again above each later chapter.

Saving a story chapter page by chapter page (Spirit, MediaMiner, ForumFree, Wattpad) copies
the site's name, menu, breadcrumb, the page title and the "Author:"/"Genre:" fields once per
page. The header pass reads the first set; this pass drops the later ones, which would
otherwise sit in the text of the chapter before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.ao3_page import chapter_position_line, is_chapter_position
from fic2epub.normalise.blog import is_reading_time
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import Chunk, Chunks
from fic2epub.normalise.fields import date_line, dated_label
from fic2epub.normalise.foreign_header import is_post_date
from fic2epub.normalise.notes import disclaimer_field
from fic2epub.normalise.part_fields import is_part_field
from fic2epub.normalise.patterns import FIELD_RE, match_heading, word_key
from fic2epub.normalise.repeated_headers import is_header_pointer

# Header roles whose lines a page prints again (notes and the summary are the story's own).
_PAGE_ROLES = frozenset({"dropped", "title", "byline", "field", "info", "separator"})
# Up to the first digit: "Title ( Chapter 2 )" and "Título - Capítulo 2 - X" share it with
# the first page's line.
_BEFORE_DIGIT = lazy(r"\D{12,}?(?=\d)")


# What word_key strips from a line's start.
_DECOR = (
    "".join(chr(c) for c in range(0x80) if not (chr(c).isalnum() or chr(c) == "_"))
    + "«»“”‘’–—…·•›‹"
)


def _page_line(chunk: Chunk) -> bool:
    """Whether a header line is the page's, which a later page prints again.

    Rule ``repeated-tag-values``: AO3's tag block copied from the browser sets each tag on a
    line of its own under its label ("Rating:" over "General Audiences"); a later chapter
    page prints the block again, values and all. Why: without the values the run of
    repeats breaks at each one, and the values fall into the chapter above as its end
    note's text. Only the values the tag-block rule read, not a summary's or a field's
    wrapped lines, which are the story's own."""
    if not chunk.text:
        return False
    return chunk.role in _PAGE_ROLES or (
        chunk.role == "field-value" and chunk.rule == "ao3-browser-tags"
    )


_WORD = lazy(r"\w+")


def _first_word(text: str) -> str:
    """The first word of ``word_key(text)``, found without normalising the whole line: its first
    run of word characters, in lower case ("" when it has none)."""
    found = _WORD.search(text)
    return found.group().lower() if found is not None else ""


def drop_page_repeats(chunks: Chunks, start: int) -> Chunks:
    """Rule ``repeated-page-header``: a run of two or more lines after the story's start that
    repeat the header's framing (the same line, a field with the same label, a date under
    the same label, or the page title with another chapter number) is a later page's header,
    and is dropped.

    A single repeated line is left alone: a story may echo its title in its last line.

    Rules ``repeated-page-date`` and ``header-pointer``: a journal page's own date line
    inside such a run goes with it, and so does a line right under the run that sends the
    reader back to the first page's header.
    """
    chunks = _title_author_lines(chunks, start)
    header = [chunk for chunk in chunks[:start] if _page_line(chunk)]
    if start >= len(chunks) or len(header) < 2:
        return chunks
    lines = {word_key(chunk.text) for chunk in header}
    # Rule ``repeated-byline-name``: a later page may name the author by the byline's name
    # alone ("kalem_ve_murekkep" for "kalem_ve_murekkep tarafından", as Wattpad's Turkish reader
    # heads each part).
    names = {
        word_key(chunk.value) for chunk in header if chunk.role == "byline" and chunk.value.strip()
    }
    lines |= names
    # Rule ``repeated-page-summary``: the summary is the story's own, but a page prints it
    # again among its header's lines (FanFiction.Net's chapter pages): word for word, inside
    # a run of other repeated lines, it is that page's header too.
    summaries = {
        word_key(chunk.text) for chunk in chunks[:start] if chunk.role == "summary" and chunk.text
    }
    # Rule ``repeated-page-note``: so is the header's note, word for word in such a run (a
    # blog's teaser copied over its post page prints the "Author's Notes:" twice).
    # Only a note with its words on the label's line: a label alone ("Notes:") repeats on
    # every page over that page's own note.
    notes = {
        word_key(chunk.text)
        for chunk in chunks[:start]
        if chunk.role == "note" and chunk.value.strip()
    }
    labels = {word_key(chunk.label) for chunk in header if chunk.role == "field" and chunk.label}
    # A date the header wrote without a colon ("Posted 06/14/2020 14:22") has its label too,
    # whether the header read it as a field or as an info line.
    dated_labels = {
        word_key(label_date[0])
        for chunk in header
        if chunk.text[:1].isalpha() and (label_date := dated_label(chunk.text))
    }
    labels.update(dated_labels)
    # Their first words, to rule a body line out before reading it as a date.
    date_words = frozenset(label.split()[0] for label in dated_labels)
    # Rule ``repeated-page-date``: a journal entry page dates its entry under the subject
    # ("Mar. 4th, 2011 at 9:02 PM"), so each later page's header holds a date of its own.
    # When the first header had a date line, a date line inside a run of repeats is that
    # page's; never the first or last line of a run, so a diary's dated entry stays.
    # LiveJournal's newer styles print the entry's time under the poster line with an "@"
    # before it ("@ 2010-03-14 19:02:00").
    dated = any(
        (chunk.text[:1].isalnum() or chunk.text[:1] == "@") and date_line(chunk.text)
        for chunk in header
    )
    prefixes = tuple(
        found.group()
        for chunk in header
        if chunk.role in ("title", "dropped") and (found := _BEFORE_DIGIT.match(chunk.text))
    )
    # The first letters of the header's lines: a body line starting otherwise is no repeat,
    # and is spared the normalising.
    starts = {key[:1] for key in lines}
    # And their first words, a finer test of the same kind.
    first_words = {key.split(" ", 1)[0] for key in lines}
    numbered = _numbered_lines(header)
    totals = _position_totals(header)
    marked = list(chunks)
    run: list[int] = []
    # Rule ``heading-inside-page-header`` reads the story's title and "by" lines.
    titles = {word_key(chunk.text) for chunk in header if chunk.role == "title"}
    bylines = {word_key(chunk.text) for chunk in header if chunk.role == "byline"} | names
    if start and marked[start].role == "heading" and marked[start - 1].rule == "repeated-title":
        # The first part's page header may close the header itself: the story's title
        # repeated right over the part's title, its "by" line under it.
        run = [start - 1]
    # The date lines taken into runs: they continue a run but do not make one.
    dates: set[int] = set()
    # The entries' own subjects taken into runs (``repeated-entry-subject``): the same.
    subjects: set[int] = set()
    # Rule ``repeated-reading-time``: whether the first page's header had a reading time.
    timed = any(chunk.rule == "reading-time" for chunk in header)
    # The lines that repeat a header line with other figures (``repeated-page-subject``).
    renumbered: set[int] = set()
    # The later entries' own part fields taken into runs: they continue a run, no more.
    parts: set[int] = set()
    # The later pages' own places in the work (``repeated-chapter-position``): the same.
    positions: set[int] = set()
    for index in range(start, len(marked) + 1):
        chunk = marked[index] if index < len(marked) else None
        repeat = chunk is not None and (
            _repeats(chunk, lines, labels, prefixes, starts, first_words, date_words)
            or (run and chunk.role == "text" and summaries and word_key(chunk.text) in summaries)
            or (run and chunk.role in ("text", "note") and word_key(chunk.text) in notes)
        )
        if chunk is not None and not repeat and numbered and _renumbered(chunk, numbered):
            renumbered.add(index)
            repeat = True
        if repeat and chunk is not None:
            if run and chunk.gap >= 3:
                _drop(
                    marked,
                    run,
                    dates,
                    subjects,
                    renumbered,
                    parts,
                    timed=timed,
                    positions=positions,
                )
                run = []
            run.append(index)
            continue
        if run and chunk is not None and _name_dot_date(chunk, bylines):
            # Rule ``repeated-name-dot-date``: a later post's "channel · date" line, the
            # byline's name with that post's own date.
            dates.add(index)
            run.append(index)
            continue
        if run and dated and chunk is not None and chunk.role == "text" and date_line(chunk.text):
            dates.add(index)
            run.append(index)
            continue
        if run and dated and chunk is not None and _entry_subject(marked, index):
            subjects.add(index)
            run.append(index)
            continue
        if run and chunk is not None and _renumbered_position(chunk, totals):
            # The later page's own "Chapter 2 of 2: Title" line (``repeated-page-position``).
            parts.add(index)
            run.append(index)
            continue
        if run and chunk is not None and is_part_field(chunk):
            # The later entry's own "Part: 2/3" field (``repeated-header-part-field``).
            parts.add(index)
            run.append(index)
            continue
        if run and chunk is not None and chunk.role == "text" and chapter_position_line(chunk.text):
            # Rule ``repeated-chapter-position``: a later page's place in the work inside its
            # repeated header ("Capitolo 2 di 2" where the first page had "Capitolo 1 di
            # 2", as EFP prints it under the byline): its figures differ from page to page.
            positions.add(index)
            run.append(index)
            continue
        if chunk is not None and chunk.role == "dropped" and run:
            continue
        if chunk is not None and run and _heading_inside(marked, index, run, titles, bylines):
            continue
        _drop(marked, run, dates, subjects, renumbered, parts, timed=timed, positions=positions)
        run = []
    if notes:
        # Named apart: the header's note already stands above the story, so the closing
        # notes rule (body._trailing) must not read this copy as the chapter's note.
        for index in range(start, len(marked)):
            chunk = marked[index]
            if chunk.rule == "repeated-page-header" and word_key(chunk.text) in notes:
                marked[index] = replace(chunk, rule="repeated-page-note")
    return tuple(marked)


# The slash between a work's title and its author on an episode page's line.
_TITLE_AUTHOR_SLASH = lazy(r"\s*[／/]\s*")


def _title_author_lines(chunks: Chunks, start: int) -> Chunks:
    """Rule ``episode-title-author``: a web novel site's episode page (Kakuyomu, Syosetu)
    heads the episode's text with the work's title and its author on one line under the
    episode's heading, "Title／author". That line is the page's, not the chapter's text.

    Only the header's own title and byline joined by a slash, and only right under a
    chapter heading, so a line of the story naming its title stays."""
    title = next((c.value or c.text for c in chunks[:start] if c.role == "title"), "")
    author = next((c.value or c.text for c in chunks[:start] if c.role == "byline"), "")
    if not title or not author:
        return chunks
    wanted = word_key(f"{title} {author}")
    limit = len(title) + len(author) + 8
    # Only the lines under headings are asked, and the chunks copied only for a match.
    under = [i + 1 for i, c in enumerate(chunks[:-1]) if c.role == "heading" and i + 1 >= start]
    marked: list[Chunk] | None = None
    for index in under:
        chunk = chunks[index]
        if chunk.role != "text" or len(chunk.text) > limit:
            continue
        parts = _TITLE_AUTHOR_SLASH.split(chunk.text.strip())
        if len(parts) == 2 and word_key(" ".join(parts)) == wanted:
            marked = marked or list(chunks)
            marked[index] = replace(chunk, role="dropped", rule="episode-title-author")
    return chunks if marked is None else tuple(marked)


def _name_dot_date(chunk: Chunk, bylines: set[str]) -> bool:
    """Whether a line is the byline's name and a date set apart by a middle dot."""
    if chunk.role != "text" or " · " not in chunk.text or len(chunk.text) > 80:
        return False
    name, date = chunk.text.rsplit(" · ", 1)
    return word_key(name) in bylines and is_post_date(date)


# Figures and what runs them together in a time or a part count: "09:12", "(1/3)".
_FIGURES = lazy(r"\d+")
# The fewest words a numbered line of the header must keep once its figures are gone.
_NUMBERED_WORDS = 3
# What a numbered line may open with before its first word: figures, marks and spaces.
_FIGURE_DECOR = _DECOR + "0123456789 \t"


def _numbered_lines(header: list[Chunk]) -> dict[str, set[str]]:
    """The header's lines that hold figures (an entry's time and part count in its
    subject), keyed without the figures, by the first letter of that key."""
    found: dict[str, set[str]] = {}
    for chunk in header:
        if chunk.role not in ("dropped", "title", "info") or len(chunk.text) > 200:
            continue
        if not any(c.isdigit() for c in chunk.text) or date_line(chunk.text) is not None:
            # A date line is the page's by rule ``repeated-page-date``, which lets it
            # continue a run of repeats but not make one.
            continue
        key = word_key(_FIGURES.sub(" ", chunk.text))
        # Rule ``renumbered-post-title``: the page's title itself may be short ("제주 바람
        # (1)" over the next post's "제주 바람 (2)"): a title keeps any number of words.
        if len(key.split()) >= (1 if chunk.role == "title" else _NUMBERED_WORDS):
            found.setdefault(key[:1], set()).add(key)
    return found


def _renumbered(chunk: Chunk, numbered: dict[str, set[str]]) -> bool:
    """Rule ``repeated-page-subject``: a later page's line that is a header line with other
    figures: a journal entry's subject under its time, "11:05 pm - fic: Title (2/3)" for
    "08:30 pm - fic: Title (1/3)". Only lines that keep three words without their figures,
    so a bare date or time is no such repeat (nor is a date line: see
    ``repeated-page-date``). Such a line may open a run of repeats, as the subject opens
    each entry's header."""
    text = chunk.text
    if chunk.role not in ("text", "dropped") or len(text) > 200:
        return False
    keys = numbered.get(text.lstrip(_FIGURE_DECOR)[:1].lower())
    return keys is not None and word_key(_FIGURES.sub(" ", text)) in keys


# A page's place in the work with the chapter's title after it: "Chapter 2 of 2: The Scraper".
_TITLED_POSITION = lazy(r"chapter\s+(?P<at>\d{1,3})\s+of\s+(?P<of>\d{1,3})\s*:\s*\S.{0,100}", re.I)


def _position_totals(header: list[Chunk]) -> frozenset[str]:
    """The chapter totals of the header's titled position lines ("Chapter 1 of 2: Title")."""
    return frozenset(
        found.group("of")
        for chunk in header
        if chunk.text[:1] in "Cc" and (found := _TITLED_POSITION.fullmatch(chunk.text.strip()))
    )


def _renumbered_position(chunk: Chunk, totals: frozenset[str]) -> bool:
    """Rule ``repeated-page-position``: an archive's chapter page states its place and the
    chapter's title among its header lines ("Chapter 1 of 2: The Easel", MediaMiner); a later
    page's header says "Chapter 2 of 2: The Scraper" there. Inside a run of repeats, a line
    of that form with the first header's total is that page's; like a part field it
    continues a run but does not make one, so an author's "Chapter 2 of 2: …" heading under
    the story's own text stays."""
    text = chunk.text.strip()
    if not totals or chunk.role not in ("text", "field") or text[:1] not in "Cc":
        return False
    found = _TITLED_POSITION.fullmatch(text)
    return found is not None and found.group("of") in totals and found.group("at") != "0"


# The longest line an entry's subject may be.
_SUBJECT_LENGTH = 120


def _entry_subject(chunks: list[Chunk], index: int) -> bool:
    """Rule ``repeated-entry-subject``: a journal's entry pages copied one under another
    (a Dreamwidth masterpost, then each chapter's entry) repeat the journal's title, user
    name and entry links above every entry, and under them each entry's own subject ("fic:
    Title (2/3)") over its own date. The subject differs from page to page, so it is no
    repeat, but inside a run of repeats, with the entry's date right under it, it is that
    page's header. Like a date, it continues a run but does not make one.

    Guards: a short line that is no sentence (it ends in no full stop), no blank line above
    it or between it and the date line under it; the caller asks only inside a run of
    repeats and when the first page's header had a date line."""
    chunk = chunks[index]
    text = chunk.text
    if chunk.role != "text" or chunk.gap or not text or len(text) > _SUBJECT_LENGTH:
        return False
    if text.endswith((".", "!", "?", '"', "”")) or index + 1 >= len(chunks):
        return False
    below = chunks[index + 1]
    return not below.gap and below.role == "text" and date_line(below.text) is not None


def _heading_inside(
    chunks: list[Chunk], index: int, run: list[int], titles: set[str], bylines: set[str]
) -> bool:
    """Rule ``heading-inside-page-header``: a part's own title may sit inside its page's
    repeated header, between the story's title and the "by" line (Wattpad's older web
    reader: "Title" / "I. O Começo" / "por name"). The heading neither breaks the run nor
    joins it, so it is kept. Only a heading right under the story's title repeated alone
    and right over the header's byline repeated, with no blank line either side."""
    chunk = chunks[index]
    if chunk.role != "heading" or chunk.gap or run[-1] != index - 1 or index + 1 >= len(chunks):
        return False
    below = chunks[index + 1]
    return (
        below.gap == 0
        and word_key(chunks[run[-1]].text) in titles
        and word_key(below.text) in bylines
    )


def _repeats(
    chunk: Chunk,
    lines: set[str],
    labels: set[str],
    prefixes: tuple[str, ...],
    starts: set[str],
    first_words: set[str],
    date_words: frozenset[str],
) -> bool:
    """Whether a body line repeats a line of the first page's header."""
    text = chunk.text
    # A site's info line runs long ("Rated: … - id: 11947302"), so up to 400 characters.
    if chunk.role not in ("text", "dropped") or len(text) > 400:
        return False
    if prefixes and text.startswith(prefixes):
        return True
    if (
        text.lstrip(_DECOR)[:1].lower() in starts
        and _first_word(text) in first_words
        and word_key(text) in lines
    ):
        return True
    if (
        ":" in text[:40]
        and (found := FIELD_RE.match(text))
        and word_key(found.group("key")) in labels
    ):
        return True
    # A header's date written without its colon ("Posted 06/21/2020 18:05", as Spirit prints
    # it on every page) under the same label.
    if not date_words or len(text) > 50 or not text[:1].isalpha():
        return False
    if text.split(None, 1)[0].lower() not in date_words:
        return False
    return bool((label_date := dated_label(text)) and word_key(label_date[0]) in labels)


def _drop(
    chunks: list[Chunk],
    run: list[int],
    dates: set[int],
    subjects: set[int],
    renumbered: set[int],
    parts: set[int],
    *,
    timed: bool,
    positions: frozenset[int] | set[int] = frozenset(),
) -> None:
    """Drop a run's lines when it holds two or more repeats, not counting the date lines,
    the entries' subjects, their part fields and the pages' places in the work (see
    :func:`drop_page_repeats`). ``timed``: the first page's header had a reading time."""
    # A date after the run's last repeat may be the story's own (a diary's first entry), and
    # so may a line over it.
    while run and (run[-1] in dates or run[-1] in subjects):
        run = run[:-1]
    extra = dates.union(subjects, parts, positions)
    if len(run) - len(extra.intersection(run)) < 2:
        return
    for index in run:
        if chunks[index].role != "dropped":
            rule = (
                "repeated-page-date"
                if index in dates
                else "repeated-entry-subject"
                if index in subjects
                else "repeated-page-subject"
                if index in renumbered
                else "repeated-page-position"
                if index in parts and _TITLED_POSITION.fullmatch(chunks[index].text.strip())
                else "repeated-header-part-field"
                if index in parts
                else "repeated-chapter-position"
                if index in positions
                else "repeated-page-header"
            )
            chunks[index] = replace(chunks[index], role="dropped", rule=rule)
    # Rule ``header-pointer`` (under a repeated page header): a later entry that leaves its
    # header out says so right under the page's framing ("Headers and notes in part one.").
    below = _disclaimers_under(chunks, run[-1] + 1)
    if (
        below < len(chunks)
        and chunks[below].role == "text"
        and is_header_pointer(chunks[below].text)
    ):
        chunks[below] = replace(chunks[below], role="dropped", rule="header-pointer")
    # Rule ``repeated-page-chrome``: the page's links and its place in the work right under
    # its repeated header ("▼ページ下部へ", "<< 前の話　目 次", "2 / 2" on Hameln), down to
    # the first line that is neither, with no blank line between: the page's, as the first
    # page's were.
    while (
        below < len(chunks)
        and not chunks[below].gap
        and chunks[below].role in ("text", "dropped")
        and (is_site_chrome(chunks[below].text) or is_chapter_position(chunks, below))
    ):
        if chunks[below].role != "dropped":
            chunks[below] = replace(chunks[below], role="dropped", rule="repeated-page-chrome")
        below += 1
    if timed:
        _reading_time_under(chunks, below)


def _disclaimers_under(chunks: list[Chunk], below: int) -> int:
    """Rule ``disclaimer-in-page-header``: a later post's header may add a line the first
    post's did not have, most often the disclaimer ("Disclaimer: Johnny and Gushetneuk are
    William Alexander's."), right under the lines it repeats. It is the story's disclaimer,
    wherever it stands, not the chapter's first line. Only "Disclaimer:" field lines, with
    no blank line between them and the repeated run; returns the index under them."""
    while below < len(chunks) and not chunks[below].gap and chunks[below].role == "text":
        text = chunks[below].text
        if text[:1] not in "Dd" or ":" not in text[:40]:
            break
        field = disclaimer_field(chunks[below], "disclaimer-in-page-header")
        if field is None:
            break
        chunks[below] = field
        below += 1
    return below


def _reading_time_under(chunks: list[Chunk], below: int) -> None:
    """Rule ``repeated-reading-time``: a reader view heads each page it shows with the
    page's title and its reading time ("4–5 minutes"); right under a later page's repeated
    header, with no blank line between, that page's reading time is the page's too, as
    the first page's was in the header. Only when the first header had one, and only a
    bare count of minutes, which no sentence of a story is."""
    if below >= len(chunks) or chunks[below].gap or chunks[below].role != "text":
        return
    text = chunks[below].text
    if text[:1].isdigit() and is_reading_time(text, in_header=True):
        chunks[below] = replace(chunks[below], role="dropped", rule="repeated-reading-time")


# A chapter page's title: the story's title and the chapter, "Title ( Chapter 1 )"
# (MediaMiner) or "Title - Capítulo 1 - A Varanda" (Spirit). Rule ``square-chapter-title``:
# MediaMiner's older pages set the chapter in square brackets, "Title [ Chapter 1 ]".
_BRACKETED_CHAPTER = lazy(
    r"(?P<title>.+?)\s*(?:\(\s*(?P<heading>[^()]{3,60})\s*\)|\[\s*(?P<square>[^\[\]]{3,60})\s*\])"
)
_DASHED_CHAPTER = lazy(r"(?P<title>.+?)\s+[-–—|]\s+(?P<heading>.{3,100})")
# A blog's post title for a serial's chapter: "The Glass Orchard, Chapter 3: The Temple".
_COMMA_CHAPTER = lazy(r"(?P<title>[^,]+?),\s+(?P<heading>(?i:chapter|part)\s.{1,100})")
# Spirit heads each page "História <title> - Capítulo N - <chapter>": "História" (story) is
# the page's kind, not the title's first word. Its English interface writes "Story <title>
# - Chapter N - <chapter>"; there only a capitalised word may follow, and not one that makes
# "Story" a title's own first word ("Story of Us", "Story Time").
_DIGIT = lazy(r"\d")
# Rule ``numbered-post-part``: a blog post's part of a story after its title, as Czech,
# Slovak, Hungarian and Polish write it with the ordinal first ("– 1. díl", "(2. část)",
# "- 3. rész") and as Romance languages count it ("(part 1 de 2)", "Partea 2 din 3").
_POST_PART = lazy(
    r"\d{1,3}\.\s*(?:díl|část|kapitola|diel|časť|rész|fejezet|część|rozdział)"
    r"|(?:part|parte|partea|partie|teil)\s+\d{1,3}(?:\s+(?:of|de|din|di|sur|von)\s+\d{1,3})?",
    re.IGNORECASE,
)
_PAGE_KIND = lazy(r"(?i:hist[óo]ria)\s+(?=\S)|Story\s+(?=[A-Z0-9\"“'‘])(?!(?i:of|time|so\s+far)\b)")


def page_title(text: str) -> str:
    """Rule ``chapter-page-title``: the story's title from a chapter page's title line; the
    line as it is when it names no chapter."""
    if len(text) > 200 or _DIGIT.search(text) is None:
        return text
    for pattern in (_BRACKETED_CHAPTER, _DASHED_CHAPTER, _COMMA_CHAPTER):
        found = pattern.fullmatch(text.strip())
        if found is None:
            continue
        # The square-bracketed form names its chapter in a group of its own.
        heading = found.group("heading") or found.groupdict().get("square") or ""
        heading = heading.strip()
        if match_heading(heading) is not None or _POST_PART.fullmatch(heading):
            title = found.group("title").strip()
            kind = _PAGE_KIND.match(title)
            return title[kind.end() :] if kind and pattern is _DASHED_CHAPTER else title
    return text
