"""Pass ``headings``: mark chapter and part headings, and numbered headings in sequence."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from fic2epub.lazy_re import lazy
from fic2epub.normalise.ao3_chapter_select import is_chapter_select_value
from fic2epub.normalise.ao3_pasted_works import pasted_ao3_works
from fic2epub.normalise.caps_titles import caps_title_headings
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import Chunk, Chunks, story_under_each
from fic2epub.normalise.closing_contents import closing_contents
from fic2epub.normalise.comment_fill import comment_fill
from fic2epub.normalise.comments import mark_comments
from fic2epub.normalise.contents import challenge_table, contents_headings
from fic2epub.normalise.continued_count import continued_count, parts_in_chapter_count
from fic2epub.normalise.counted_places import counted_place_headings
from fic2epub.normalise.dash_box import dash_box_headings
from fic2epub.normalise.disclaimer_headings import disclaimer_headings
from fic2epub.normalise.doubled_headings import doubled_headings, separators_over_headings
from fic2epub.normalise.ebook_chapters import ebook_chapter_names
from fic2epub.normalise.episode_pages import episode_pages
from fic2epub.normalise.feedback_form import drop_feedback_forms
from fic2epub.normalise.fff_chapters import fanficfare_chapter_lines
from fic2epub.normalise.ffn_follow_dialog import drop_follow_dialog
from fic2epub.normalise.ffn_page import (
    drop_chapter_dropdowns,
    is_chapter_select,
    pager_numbered_headings,
    review_box_chapter,
)
from fic2epub.normalise.fields import date_line
from fic2epub.normalise.heading_lines import (
    spaced_title,
    spelled_number_headings,
    two_line_headings,
)
from fic2epub.normalise.journal_cuts import cut_over_heading
from fic2epub.normalise.kindle import is_kindle_citation
from fic2epub.normalise.lower_numbered import lower_digit_title, lower_roman_title
from fic2epub.normalise.markdown import markdown_headings
from fic2epub.normalise.meme_thread import meme_thread
from fic2epub.normalise.nav_bars import is_chapter_pager
from fic2epub.normalise.numeral_forms import circled_numeral, count_of_total, framed_numeral
from fic2epub.normalise.pager_headings import pager_named_chapters, pager_page_headings
from fic2epub.normalise.part_pages import (
    part_page_headings,
    part_place_lines,
    part_places_as_chapters,
)
from fic2epub.normalise.part_scenes import part_scene_headings
from fic2epub.normalise.patterns import (
    CARDINAL,
    NUMBERED_RE,
    NUMBERED_TITLE_RE,
    ORDINAL,
    RU_ORDINAL,
    match_heading,
    match_note,
    match_numbered,
    number_value,
    ordinal_value,
    undecorate,
)
from fic2epub.normalise.piece_headers import piece_header_lines
from fic2epub.normalise.piece_writers import piece_writer_lines
from fic2epub.normalise.pieces import piece_titles
from fic2epub.normalise.pixiv import is_pixiv_newpage, pixiv_chapter_title
from fic2epub.normalise.place_years import place_year_headings
from fic2epub.normalise.plus_one import plus_one_heading
from fic2epub.normalise.relative_dates import relative_date_line
from fic2epub.normalise.round_robin import round_headings
from fic2epub.normalise.select_line import numbered_select_lines
from fic2epub.normalise.select_pages import select_page_chapters
from fic2epub.normalise.sequence_close import sequence_closing_heading
from fic2epub.normalise.sequence_headings import sequence_headings
from fic2epub.normalise.slash_box import slash_box_headings
from fic2epub.normalise.slipped_count import slipped_count
from fic2epub.normalise.theme_headings import theme_headings
from fic2epub.normalise.threads import mark_threads
from fic2epub.normalise.timestamps import timestamp_headings
from fic2epub.normalise.title_lines import title_line_headings
from fic2epub.normalise.title_sets import bare_title_headings
from fic2epub.normalise.tumblr import is_link_item
from fic2epub.normalise.unspaced_numerals import unspaced_numeral
from fic2epub.normalise.wattpad import (
    counts_frame_heading,
    counts_under_heading_title,
    next_part_links,
    part_title_headings,
)
from fic2epub.normalise.wattpad_overview import dated_contents


def mark_headings(chunks: Chunks, pattern: re.Pattern[str] | None = None) -> Chunks:
    """Mark heading chunks; ``pattern`` (the user's override) replaces the built-in rules."""
    if pattern is not None:
        return tuple(
            replace(chunk, role="heading", rule="chapter-pattern-option")
            if _single_line(chunk) and pattern.fullmatch(chunk.text)
            else chunk
            for chunk in chunks
        )
    # A reading app's episode list and episode pages' site lines go first (episode_pages).
    # A comment thread copied with the fill that answers its prompt (comment_fill).
    chunks = comment_fill(chunks)
    marked = list(mark_comments(drop_feedback_forms(meme_thread(episode_pages(chunks)))))
    drop_chapter_dropdowns(marked)
    # Wattpad's link to the next part, named under "Continue reading next part" (wattpad).
    next_part_links(marked)
    # FanFiction.Net's Follow/Favorite dialog, copied open under the header.
    drop_follow_dialog(marked)
    numbered_select_lines(marked)
    pager_numbered_headings(marked)
    # AO3 TXT downloads of several works pasted into one file (ao3_pasted_works).
    pasted_ao3_works(marked)
    for index, chunk in enumerate(marked):
        if not _single_line(chunk) or chunk.role == "dropped":
            continue
        if (pixiv_title := pixiv_chapter_title(chunk.text)) is not None:
            # pixiv's "[chapter:title]" mark (pixiv): the chapter's heading.
            marked[index] = replace(
                chunk,
                role="heading",
                rule="pixiv-chapter-mark",
                text=pixiv_title,
                value=pixiv_title,
            )
            continue
        if is_pixiv_newpage(chunk.text):
            marked[index] = replace(chunk, role="dropped", rule="pixiv-newpage-mark")
            continue
        if is_kindle_citation(chunk.text):
            # A Kindle app's citation under a copied passage (kindle): anywhere in the text.
            marked[index] = replace(chunk, role="dropped", rule="kindle-citation")
            continue
        if is_chapter_select(chunk.text):
            # FanFiction.Net's chapter drop-down, its options run together: chrome.
            marked[index] = replace(chunk, role="dropped", rule="chapter-select-line")
            continue
        if chunk.text.rstrip()[-1:] in (">", "»") and is_chapter_pager(chunk.text):
            # A chapter menu's option beside its "Next »" button: chrome, not a heading.
            marked[index] = replace(chunk, role="dropped", rule="chapter-pager-line")
            continue
        if "|" in chunk.text and _heading_links(chunk.text):
            marked[index] = replace(chunk, role="dropped", rule="heading-links")
            continue
        heading = match_heading(chunk.text)
        if heading is not None and review_box_chapter(marked, index):
            # FanFiction.Net's review box's chapter chooser (ffn_page): chrome.
            marked[index] = replace(chunk, role="dropped", rule="ffn-review-box-chapter")
            continue
        if heading is not None and is_chapter_select_value(marked, index):
            # AO3's chapter drop-down among its buttons (ao3_chapter_select): chrome.
            marked[index] = replace(chunk, role="dropped", rule="ao3-chapter-select-value")
            continue
        if heading is not None:
            rule = f"{heading.kind}-heading"
            if heading.kind == "part":
                marked[index] = replace(chunk, role="part", rule=rule)
            else:
                marked[index] = replace(chunk, role="heading", rule=rule)
    # A download's "//" boxes name its chapters (slash_box).
    slash_box_headings(marked)
    dash_box_headings(marked)
    pagers = pager_page_headings(marked)
    dated_contents(marked)
    part_title_headings(marked)
    part_page_headings(marked)
    counted_place_headings(marked)
    # A converter's table of contents after the story (calibre's) repeats the headings.
    marked_tuple = closing_contents(tuple(marked))
    marked_tuple = fanficfare_chapter_lines(contents_headings(marked_tuple))
    # A download tool's bare chapter names are headings only now, so calibre's closing
    # list of them (``closing-contents-list``) is sought again: before, it had no headings
    # above it to repeat.
    marked_tuple = closing_contents(ebook_chapter_names(marked_tuple))
    marked_tuple = markdown_headings(marked_tuple)
    marked_tuple = _word_numbered(_numbered(mark_threads(marked_tuple)))
    # A theme table's entries ("Theme 23: Mirror"), numbered by the table (theme_headings).
    marked_tuple = theme_headings(marked_tuple)
    # A challenge's prompt table over the pieces it names (challenge_table), once they are
    # headings.
    marked_tuple = challenge_table(marked_tuple)
    marked_tuple = sequence_headings(spelled_number_headings(marked_tuple))
    marked_tuple = bare_title_headings(caps_title_headings(marked_tuple))
    # Titles of mixed case, one perhaps repeated, only when neither rule above found a set.
    marked_tuple = title_line_headings(marked_tuple)
    marked_tuple = place_year_headings(marked_tuple)
    marked_tuple = disclaimer_headings(marked_tuple)
    marked_tuple = _chapter_lists(part_scene_headings(marked_tuple))
    marked_tuple = piece_titles(two_line_headings(_parts_as_chapters(marked_tuple)))
    marked_tuple = piece_header_lines(round_headings(marked_tuple))
    # A timestamp pasted under a finished story's end marker (timestamps).
    marked_tuple = timestamp_headings(marked_tuple)
    # Last, as they look at the headings every rule above has found: a journal's cut link
    # over a heading (journal_cuts), a heading pasted twice (doubled_headings) and the
    # posts' "Part 2 of 4" lines over them, or heading the chapters alone (part_pages).
    marked = list(marked_tuple)
    # Before doubled_headings: a cut link that repeats the heading under it is the
    # journal's, so the heading the author typed is the one kept (journal_cuts).
    cut_over_heading(marked)
    # Before doubled_headings too: a reader's ruled separator over the author's heading of
    # the same chapter is no site heading to keep (doubled_headings).
    separators_over_headings(marked)
    marked = list(doubled_headings(tuple(marked)))
    part_place_lines(marked)
    part_places_as_chapters(marked)
    # Last of all: only a page no rule above found a heading on is named by its pager.
    pager_named_chapters(marked, pagers)
    # So, among pages whose drop-down lists every option, is a page by its pager's buttons.
    select_page_chapters(marked)
    # An anthology's "by" line under each piece's heading, once every heading is known.
    return piece_writer_lines(tuple(marked))


def _heading_links(text: str) -> bool:
    """Rule ``heading-links``: a journal's links to a story's other parts on one line, each
    item a part or chapter heading ("Part one | Part two", "« Chapter 2 | Chapter 4 »"). A
    heading is one title, so two or more of them set apart by "|" are links, not a heading.

    A link phrase may stand among them ("part one | part two | masterlist", as a Tumblr
    post links its fic's earlier parts), but at least one item is a heading: a line of
    link phrases alone is the chrome rule ``part-link``. "Part One | The Letter" has an
    item that is neither, so it stays a heading.

    An old archive's pager under each chapter page links the index among the chapters
    ("<< Chapter 1 | Back to Index | Chapter 3 >>"): an index link counts as a link item."""
    items = [item.strip(" «»<>←→") for item in text.split("|")]
    if len(items) < 2 or not all(items):
        return False
    headings = [item for item in items if match_heading(item) is not None]
    return bool(headings) and all(
        item in headings or is_link_item(item) or _INDEX_LINK.fullmatch(item) for item in items
    )


# A pager's link to the story's index or the site's home page: "Back to Index", "Story
# Index", "Contents", "Home". Read only as an item between "|" beside a heading item.
_INDEX_LINK = lazy(
    r"(?:(?:back|return)\s+to\s+(?:the\s+)?)?(?:story\s+|chapter\s+|fic(?:tion)?\s+)?"
    r"(?:index|contents|table\s+of\s+contents|home(?:\s+page)?|main\s+page)",
    re.IGNORECASE,
)


# "Day 3", and in the old style with an ordinal after "the": "Letter the First", "Night the
# Second" (an epistolary or diary fic's divisions; "Chapter the First" is a chapter heading).
# The ordinal may also lead, capitalised: "First Letter: The Orchard", "Second Letter", and
# after "The" ("The First Letter", "The Second Letter"), as letters in a novel are headed.
# Rule ``word-spelled-number-sequence``: the number may be spelled out, "Scene One", "Scene
# Two", as a fic set in a play heads its scenes and old archive files centre them.
# Rule ``word-roman-sequence``: the number may be an upper-case Roman one, "Letter I.
# From the Ship", "Stave II: The Spirit", as novels in letters and old books number them.
# In each of these rules the word may be in capitals, "LETTER I.", "DAY 2", as old books
# and plain-text mailing-list posts set their headings; the count and the text under each
# line are asked of them as of the capitalised form.
_WORD_NUMBER = lazy(
    # Rule ``short-episode-word``: "Ep." before a figure, as serial sites and their writers
    # shorten "Episode" ("Ep. 1 - The Ferry").
    # Rule ``cyrillic-word-ordinal-sequence``: a Russian or Ukrainian word and an ordinal
    # after it ("Пункт первый", "Письмо второе"), as the English "Letter One" counts.
    rf"[~\-=*#\s]*(?:(?P<word>[A-ZА-ЯЁ](?:[a-zа-яё]{{2,11}}|[A-ZА-ЯЁ]{{2,11}})|Ep\.(?=\s?\d))"
    # Rule ``word-hash-number``: a number sign before the figure ("Fill #2: The Debt",
    # "Prompt #3"), as prompt memes and drabble challenges number their fills.
    rf"(?:\s+#?(?P<num>\d{{1,3}})|\s+(?P<spelled>(?i:{CARDINAL}|{RU_ORDINAL}))"
    rf"|\s+(?P<roman>[IVXLC]{{1,10}})(?![\w'’])"
    rf"|\s+the\s+(?P<ordinal>(?i:{ORDINAL})))"
    # Rule ``ordinal-lower-noun-sequence``: the noun after a leading ordinal may be in lower
    # case, "First night", "Second night", as a writer heads the nights of a tale (asked of
    # a line set apart only, with no title: see _word_numbered).
    rf"|(?:The\s+)?(?=[A-Z])(?P<lead>(?i:{ORDINAL}))\s+"
    rf"(?P<noun>[A-Z][a-z]{{2,11}}|(?P<lower_noun>[a-z]{{3,12}})))"
    r"(?:[.:]?[~\-=*#\s]*|\s*[:.\-–—]\s*(?P<title>[A-Z\"“'‘].{0,60}))"
)
# What a title after "Day 3:" does not end with: the end of a sentence or of a clause.
_CLAUSE_END = (".", ",", ";", ":")
# The marks _WORD_NUMBER lets stand before the word (whitespace aside).
_WORD_NUMBER_MARKS = "~-=*#"


def _may_be_word_number(text: str) -> bool:
    """A cheap test every _WORD_NUMBER match passes: past the leading marks and spaces, the
    line's first character is a capital A-Z or А-Я (both of its forms start so). Whitespace other
    than spaces and tabs is left to the pattern. No length cap: the pattern lets runs of
    marks and spaces of any length stand around the words."""
    first = text.lstrip(_WORD_NUMBER_MARKS + " \t")[:1]
    return "A" <= first <= "Z" or "А" <= first <= "Я" or first == "Ё" or first.isspace()


_PAGE_LINE = lazy(r"page\s+\d+(?:\s+of\s+\d+)?", re.IGNORECASE)


def _comment_counts(chunks: Chunks, candidates: list[tuple[int, int]]) -> Chunks:
    """Bare numbers under paragraphs that count nothing in order are a site's inline comment
    counts (Wattpad prints one beside each commented paragraph)."""
    # isdecimal, not isdigit: a circled "③" is a digit to Python, but no figure int() reads.
    bare = [index for index, _ in candidates if chunks[index].text.strip().isdecimal()]
    numbers = [int(chunks[index].text) for index in bare]
    rule = "comment-count"
    if len(bare) == 1 and numbers[0] > 1 and _wattpad_page(chunks):
        pass  # rule ``wattpad-comment-count``: one count is enough on a Wattpad page
    elif len(bare) == 1 and numbers[0] > 1 and _counted_comment_buttons(chunks):
        rule = "serial-comment-count"
    elif len(bare) < 2 or (numbers == sorted(numbers) and numbers[0] <= 1):
        return chunks
    marked = list(chunks)
    for index in bare:
        marked[index] = replace(marked[index], role="dropped", rule=rule)
    return tuple(marked)


# A chapter page's comment button with its count: "Comments (2)", "Comment (14)".
_COMMENT_BUTTON = lazy(r"comments?\s*\(\s*\d{1,6}\s*\)", re.IGNORECASE)


def _counted_comment_buttons(chunks: Chunks) -> bool:
    """Rule ``serial-comment-count``: a serial site's chapter pages (Webnovel) end each
    chapter with a "Comments (2)" button, and print the count of comments on a paragraph as
    a bare number under it; on pages copied with two such buttons, one bare number between
    paragraphs is that count. One button is not enough: a blog post's single "Comments (3)"
    link proves nothing about a lone "2" in its text."""
    found = 0
    for chunk in chunks:
        text = chunk.text
        if text[:1] in "Cc" and len(text) <= 20 and _COMMENT_BUTTON.fullmatch(text.strip()):
            found += 1
            if found >= 2:
                return True
    return False


def _wattpad_page(chunks: Chunks) -> bool:
    """Rule ``wattpad-comment-count``: on a copy of Wattpad's web page (a part's title
    found over its reader counts) a lone bare number between paragraphs is the count of
    comments on the paragraph above, even when it is the only one; elsewhere one number
    alone proves nothing. A part's title that another rule already read as a heading
    ("Chapter 1 - The Start", or a part's "Part One: The Storm") counts too when the "by
    name" line and the counts frame it.
    So does a part's title over the story's title, "by" line and counts, as the newer web
    reader prints them (``wattpad-part-title-above``, ``wattpad-numbered-part-title``), also
    when another rule read that title as a heading of its own form
    (``wattpad-heading-over-title``)."""
    return any(
        chunk.rule in _WATTPAD_TITLE_RULES
        or (
            chunk.role in ("heading", "part")
            and (counts_frame_heading(chunks, index) or counts_under_heading_title(chunks, index))
        )
        for index, chunk in enumerate(chunks)
    )


# The rules that read a part's title where Wattpad's page frames it with its reader counts.
_WATTPAD_TITLE_RULES = frozenset(
    {"wattpad-part-title", "wattpad-part-title-above", "wattpad-numbered-part-title"}
)


def _page_numbers(chunks: Chunks, indexes: list[int]) -> bool:
    """Bare numbers that cut sentences in two, or sit by a "Page 2 of 5" line, are page
    numbers from a printed copy."""
    for index in indexes:
        near = chunks[max(0, index - 1) : index + 2]
        if any(_PAGE_LINE.fullmatch(chunk.text) for chunk in near):
            return True
    cuts = 0
    for index in indexes:
        above = chunks[index - 1] if index else None
        if above is None or above.role in _HEADING_ROLES:
            # Rule ``numbers-under-parts``: a heading's line ends with no stop ("Part One:
            # The Orchard" over "1"), and no sentence of the story is cut there.
            continue
        before = above.text
        # An author's note ends its line as its writer likes ("an: typed on my phone so
        # forgive the accents"): no sentence of the story is cut there.
        if before and not before.endswith(_SENTENCE_END) and match_note(before) is None:
            cuts += 1
    return cuts > 0 and cuts * 2 >= len(indexes) and _folio(chunks[indexes[0]].text.strip())


# Rule ``dashed-page-number``: a printed page's number set between dashes, "- 14 -", as
# typewritten zines and manuscripts number their pages.
_DASHED_FOLIO = lazy(r"[-–—]\s?\d{1,4}\s?[-–—]")


def _folio(text: str) -> bool:
    """Whether a line is a page number's form: a bare figure, or one between dashes."""
    return text.isdigit() or (text[:1] in "-–—" and _DASHED_FOLIO.fullmatch(text) is not None)


def _titled_among_page_numbers(
    chunks: Chunks, candidates: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Rule ``titled-among-page-numbers``: where bare numbers read as page numbers or break
    the count (a site's counts: Medium's claps and responses, Substack's likes and
    comments, one a line above and below the post), the numbered headings that carry
    letters ("I. The Hallway", "2. Home", "II.") are neither: a page number or a count is a
    bare figure. When those count up 1, 2, 3… on their own they are still the chapters'
    headings; only the bare figures are dropped (as page numbers) or left to the count
    rules.

    Guard: at least two such headings, counting up from one; otherwise every candidate is
    left to the page-number reading, as before."""
    titled = [
        (index, number)
        for index, number in candidates
        if not chunks[index].text.strip().isdigit() and any(c.isalpha() for c in chunks[index].text)
    ]
    return titled if _counts_up([number for _, number in titled]) else []


def _word_numbered(chunks: Chunks) -> Chunks:
    """ "Day 1", "Day 2"… (one word, then numbers climbing from 1) are section headings;
    so are "Letter the First" and "First Letter", "Second Letter"… (an ordinal after or
    before the one word), "Scene One", "Scene Two"… (the number spelled out, set apart:
    rule ``word-spelled-number-sequence``) and "Letter I.", "Letter II." (an upper-case
    Roman figure: rule ``word-roman-sequence``).

    Rule ``word-number-sequence``; the form with a title, "Day 1: Arrival", as prompt
    challenges head each day's piece, counts too when each such line is set apart by a
    blank line above, its title is short and does not end like a sentence, and story text
    follows it before the next one: so "Step 2: Add the flour." and a list of "Rule 1: …"
    lines stay text.

    Rule ``word-sequence-without-blank-lines``: a file with no blank line anywhere (a Google
    Docs or phone-notes download, one paragraph a line) sets no heading apart, so there a
    titled or spelled-out line ("Day 1: The Arrival", "Scene One") counts without the blank
    lines when its title reads as a name and story text follows each one."""
    # Other headings mean the story has its chapters, and "Day 1" lines inside them are
    # the author's sub-sections; a "Prologue" or an "Epilogue" alone (rule
    # ``named-heading``) frames the run and does not count.
    if any(chunk.role == "heading" and chunk.rule != "named-heading" for chunk in chunks):
        return chunks
    blankless = not any(chunk.gap for chunk in chunks)
    found = [
        (index, match)
        for index, chunk in enumerate(chunks)
        if chunk.role == "text"
        and _single_line(chunk)
        and (match := _word_number_match(chunk.text)) is not None
        and (
            match.group("title") is None
            or _titled_ok(chunks, index, match.group("title"), blankless=blankless)
        )
        and (
            match.group("spelled") is None
            # A title after the number sets the line off as a heading, as a blank line
            # under it does ("drabble one: the apron" over its prompt line).
            or match.group("title") is not None
            or _set_apart(chunks, index)
            # With no blank lines, a heading's number is capitalised ("Scene Two"); a
            # line of the scene ("Round two.") is not, and neither is it bare lower case.
            or (blankless and match.group("spelled")[:1].isupper())
            or (blankless and _lower_case(chunk.text))
        )
        and (
            match.group("lower_noun") is None
            or (match.group("title") is None and _set_apart(chunks, index))
        )
    ]
    if len(found) >= 3 and found[0][0] == 0 and not _one_run(found) and _one_run(found[1:]):
        # Rule ``title-above-word-sequence``: the story's title on the file's first line
        # may take the sequence's shape ("The Seventh Letter" over "LETTER ONE", "LETTER
        # TWO"); it is the title, and the run below it counts without it.
        found = found[1:]
    titled = [
        index
        for index, match in found
        if match.group("title") is not None
        or match.group("roman") is not None
        or (blankless and match.group("spelled") is not None)
        or _lower_case(chunks[index].text)
    ]
    # A titled line, or a Roman figure after a name ("George I" / "George II" one under
    # another, a list of kings), is a heading only with story text under each one; so is
    # a spelled-out one where no blank line can set it apart.
    if titled and not story_under_each(chunks, [index for index, _ in found]):
        return chunks
    words = {match.group("word") or match.group("noun") for _, match in found}
    numbers = [_sequence_number(match) for _, match in found]
    if len(numbers) >= 2 and numbers[-1] == 0 and not found[-1][1].group("num"):
        numbers[-1] = numbers[-2] + 1  # "Letter the Last" closes the run
    # A diary skips days ("Day 1", "Day 2", "Day 9"), so the numbers need only climb from 1.
    climbing = all(a < b for a, b in pairwise(numbers))
    continued = _continued_count(numbers, [index for index, _ in found], titled)
    if len(found) < 2 or len(words) != 1 or not climbing:
        return chunks
    if numbers[:1] not in ([0], [1]) and not continued:
        return chunks
    marked = list(chunks)
    for index, match in found:
        rule = (
            "continued-word-sequence"
            if continued
            else "lower-case-word-sequence"
            if _lower_case(chunks[index].text) or _lower_titled(chunks[index].text)
            else "word-sequence-without-blank-lines"
            if blankless and (match.group("spelled") or match.group("title"))
            else "word-spelled-number-sequence"
            if match.group("spelled")
            else "word-roman-sequence"
            if match.group("roman")
            else "word-number-sequence"
        )
        marked[index] = replace(marked[index], role="heading", rule=rule)
    # A last section whose name breaks the count ("Epilogue" after "The Third Day").
    sequence_closing_heading(marked, [index for index, _ in found])
    return tuple(marked)


def _one_run(found: list[tuple[int, re.Match[str]]]) -> bool:
    """Whether word-numbered lines are one run: one word, the numbers climbing."""
    words = {match.group("word") or match.group("noun") for _, match in found}
    numbers = [_sequence_number(match) for _, match in found]
    return len(words) == 1 and all(a < b for a, b in pairwise(numbers))


def _continued_count(numbers: list[int], indexes: list[int], titled: list[int]) -> bool:
    """Rule ``continued-word-sequence``: the count may start past 1 ("Letter CLXXVI: …",
    "Letter CLXXVII: …"; "Day 8: …", "Day 9: …"), as a sequel numbers its letters or days on
    from the book's, when it climbs by exactly one each time and every line is titled or
    set in Roman figures (so the caller has asked for story text under each). A list of
    "Room 204", "Room 207" skips, and a pair of bare "Day 5", "Day 6" lines is not titled."""
    if len(numbers) < 2 or numbers[0] <= 1 or set(indexes) != set(titled):
        return False
    return all(b == a + 1 for a, b in pairwise(numbers))


def _word_number_match(text: str) -> re.Match[str] | None:
    """The _WORD_NUMBER match of a line, or of its bare lower-case form.

    Rule ``lower-case-word-sequence``: a writer who types everything in lower case on a
    phone heads the parts "letter one", "letter two" or "day 1", "day 2"; such a line is
    read as its capitalised form when it is only a lower-case word and a number (no title,
    no mark), and the caller asks for story text under each one, so a lower-case text
    message ("round two") in a chat log stays text."""
    if _may_be_word_number(text):
        return _WORD_NUMBER.fullmatch(text)
    if (titled := _lower_titled(text)) is not None:
        return titled
    if not _lower_case(text):
        return None
    found = _WORD_NUMBER.fullmatch(text[0].upper() + text[1:])
    if found is None or not (found.group("num") or found.group("spelled")) or found.group("title"):
        return None
    return found


# A lower-case word, its number and a lower-case title after a colon: "drabble one: the
# apron", "day 2: the fair".
_LOWER_TITLED = lazy(r"(?P<head>[a-z]{3,12}\s+[a-z0-9]{1,12})\s*:\s+(?P<title>[a-z].{0,60})")


def _lower_titled(text: str) -> re.Match[str] | None:
    """Rule ``lower-case-word-sequence`` (titled): a drabble dump typed in lower case heads
    its pieces "drabble one: the apron", "drabble two: the broom"; read as the capitalised
    form ("Drabble one: The apron"), whose title the caller asks to be short, set apart and
    over story text. Only a line all in lower case, so a line of talk with a capital stays."""
    if not "a" <= text[:1] <= "z" or ":" not in text or not text.islower():
        return None
    found = _LOWER_TITLED.fullmatch(text)
    if found is None:
        return None
    title = found.group("title")
    return _WORD_NUMBER.fullmatch(
        f"{text[0].upper()}{found.group('head')[1:]}: {title[0].upper()}{title[1:]}"
    )


def _lower_case(text: str) -> bool:
    """A short bare line of one lower-case word and a number ("letter one", "day 3")."""
    # No mark at all: "round two." or "day one!" ends like a line of talk, not a heading.
    return (
        "a" <= text[:1] <= "z"
        and len(text.split()) in (2, 3)
        and text.islower()
        and text.replace(" ", "").replace("-", "").isalnum()
    )


def _set_apart(chunks: Chunks, index: int) -> bool:
    """A line centred, or with a blank line above and below it: a spelled-out "Round two."
    of dialogue runs on between lines of the scene; a section heading stands apart."""
    chunk = chunks[index]
    below = index + 1 == len(chunks) or chunks[index + 1].gap >= 1
    return chunk.centred or (chunk.gap >= 1 and below)


def _sequence_number(match: re.Match[str]) -> int:
    """A "Day 3", "Scene Three" (``word-spelled-number-sequence``), "Letter III"
    (``word-roman-sequence``), "Letter the Third" or "Third Letter" line's number; 0 for
    "the Last" (placed by the caller)."""
    if match.group("num") is not None:
        return int(match.group("num"))
    if match.group("spelled") is not None:
        return number_value(match.group("spelled")) or 0
    if match.group("roman") is not None:
        return number_value(match.group("roman")) or 0
    return ordinal_value(match.group("ordinal") or match.group("lead")) or 0


def _titled_ok(chunks: Chunks, index: int, title: str, *, blankless: bool) -> bool:
    """A titled "Day 1: Arrival" line: short title, no sentence end, a blank line above;
    in a file with no blank lines, a title that reads as a name instead (rule
    ``word-sequence-without-blank-lines``)."""
    words = title.split()
    if not 1 <= len(words) <= 8 or title.rstrip().endswith(_CLAUSE_END):
        return False
    if blankless:
        # No blank line can set the heading apart, so "Rule 1: never lie to her" in a
        # list must fail on its lower-case words instead.
        return spaced_title(title)
    return index == 0 or chunks[index].gap >= 1 or _under_page_chrome(chunks, index)


def _under_page_chrome(chunks: Chunks, index: int) -> bool:
    """Rule ``titled-sequence-under-chrome``: posts copied one after another from a
    dashboard put each part's heading ("The Third Sister: Agnes") right under the post's
    framing ("Keep reading", the links to the other parts), with no blank line between.
    That framing sets the heading apart as a blank line would, when a blank line is under
    it: a line of the story under another story line stays text."""
    above = chunks[index - 1]
    below = index + 1 == len(chunks) or chunks[index + 1].gap >= 1
    return below and (above.role == "dropped" or is_site_chrome(above.text))


# A chapter list's own heading on a story page, in the languages fan fiction is posted in
# (compared in lower case, without a closing colon).
def _chapter_lists(chunks: Chunks) -> Chunks:
    """Headings listed one under another with no text between are a chapter index, not
    chapters (FanFiction.Net's chapter menu, a table of contents, a journal masterpost's
    links to its parts: "Part One: The Start" / "Part Two: The Storm").

    Part headings count only as a list of one kind ("Part One", "Part Two"): "Book One"
    over "Part One" is a stack of headings, each over the next.
    """
    marked = list(chunks)
    index = 0
    while index < len(marked):
        role = marked[index].role
        if role not in ("heading", "part"):
            index += 1
            continue
        end = _dated_list_end(marked, index)
        rule = "dated-chapter-list" if end > index else "chapter-list"
        if end == index:
            end = _list_end(marked, index, role, spaced=False)
        if end - index < 2:
            # Rule ``headings-listed-again``: a masterpost sets its links apart by blank
            # lines; with no text between them, and each found again below as a heading,
            # in order, they are the list of the chapters that follow.
            end = _list_end(marked, index, role, spaced=True)
            if not _found_below(marked, index, end):
                end = index + 1
        if end - index >= 2:
            for position in range(index, end):
                marked[position] = replace(marked[position], role="dropped", rule=rule)
            _list_label(marked, index, dated=rule == "dated-chapter-list")
        index = max(end, index + 1)
    return tuple(marked)


# The words a site heads its list of chapters with (compared in lower case, without a colon).
_LIST_LABELS = frozenset({"chapters", "chapter list", "chapter index", "list of chapters"})
# Over a dated list only, which is always the story page's own: "Contents" over an undated
# list is left to the contents rules (contents_headings), which keep it when the listed
# headings do not come back below. With the same words in French, Spanish, Portuguese,
# German and Italian.
_DATED_LIST_LABELS = _LIST_LABELS | frozenset(
    {
        "table of contents",
        "contents",
        "chapitres",
        "sommaire",
        "capítulos",
        "índice",
        "kapitel",
        "inhalt",
        "capitoli",
        "indice",
    }
)


def _list_label(chunks: list[Chunk], first: int, *, dated: bool) -> None:
    """Rule ``chapter-list-label``: the "Chapters" (or "Chapter list") line right over a chapter
    list, with no blank line between, is the list's own label: dropped with it. Only that
    word alone on its line, so a line of prose over a list stays text."""
    if first == 0 or chunks[first].gap:
        return
    above = chunks[first - 1]
    if above.role != "text" or len(above.lines) != 1 or len(above.text) > 24:
        return
    labels = _DATED_LIST_LABELS if dated else _LIST_LABELS
    if undecorate(above.text).rstrip(":").strip().lower() in labels:
        chunks[first - 1] = replace(above, role="dropped", rule="chapter-list-label")


def _list_end(chunks: list[Chunk], index: int, role: str, *, spaced: bool) -> int:
    """The end of the run of ``role`` lines from ``index`` that may be a list: one under
    another (or, ``spaced``, with only blank lines between), parts all of one kind."""
    end = index + 1
    word = _first_word(chunks[index].text)
    while (
        end < len(chunks)
        and chunks[end].role == role
        and (spaced or chunks[end].gap == 0)
        and (role == "heading" or _first_word(chunks[end].text) == word)
    ):
        if _listed_again(chunks[index].text, chunks[end].text):
            # Rule ``contents-then-first-heading``: an index lists each chapter once; the
            # first entry again, right under it, is chapter one's own heading (a file
            # with no blank lines, its exported table of contents above the story).
            break
        end += 1
    return end


def _dated_list_end(chunks: list[Chunk], index: int) -> int:
    """Rule ``dated-chapter-list``: the end of a table of contents that gives each entry's
    date under it ("Prologue" / "Tue, Mar 5, 2024" / "Chapter One: The Ferry" / "Tue, Mar
    12, 2024"), as Wattpad's story page lists its parts; ``index`` when there is none.

    Headings and lines holding nothing but a date must alternate one under another, with
    no blank line, for two headings at least: a chapter's heading has its text under it.
    """
    end = index
    while (
        end + 1 < len(chunks)
        and chunks[end].role == "heading"
        and (end == index or chunks[end].gap == 0)
        and chunks[end + 1].gap == 0
        and _entry_date(chunks[end + 1].text)
    ):
        end += 2
    return end if end - index >= 4 else index


def _entry_date(text: str) -> bool:
    """A chapter list entry's date line: a date, or how long ago the chapter was posted
    ("Publié il y a 4 ans", ``relative-date-line``)."""
    if text[-1:].isdigit():
        return date_line(text) is not None
    return relative_date_line(text)


def _found_below(chunks: list[Chunk], start: int, end: int) -> bool:
    """Whether every line of ``start``..``end`` is found again below them as a heading, in
    the same order, with text under each."""
    if end - start < 2:
        return False
    position = end
    for entry in chunks[start:end]:
        while position < len(chunks) and not (
            chunks[position].role in ("heading", "part")
            and _listed_again(entry.text, chunks[position].text)
        ):
            position += 1
        if position + 1 >= len(chunks) or chunks[position + 1].role != "text":
            return False
        position += 1
    return True


def _first_word(text: str) -> str:
    """A heading's first word, without its markup, in lower case ("**Part" -> "part")."""
    words = text.split(maxsplit=1)
    return words[0].strip("*_#~=-[](){}").lower() if words else ""


# A contents entry's page number or dot leader: "Chapter One: The Fire ....... 2".
_PAGE_REFERENCE = lazy(r"(?:\s*\.{2,}\s*|\s+)\d{1,4}")


def _listed_again(entry: str, heading: str) -> bool:
    """Whether ``heading`` is the contents ``entry`` again, without its page number."""
    entry, heading = entry.strip().lower(), heading.strip().lower()
    if not heading or not entry.startswith(heading):
        return False
    rest = entry[len(heading) :]
    return not rest or _PAGE_REFERENCE.fullmatch(rest) is not None


def _parts_as_chapters(chunks: Chunks) -> Chunks:
    """Rule ``part-heading-as-chapter``: "Part 1", "Part 2" with no chapter headings under
    them are the story's chapters.

    A "Prologue" before the first part, or an "Epilogue" or "Interlude" among them, does not
    make them parts: so long as no part holds a chapter heading and each has prose of its
    own under it, "Prologue" / "Part One: Away" / "Part Two: Home" are four chapters
    (``_parts_hold_nothing``)."""
    parts = [index for index, chunk in enumerate(chunks) if chunk.role == "part"]
    if not parts:
        return chunks
    rule = "part-heading-as-chapter"
    if any(chunk.role == "heading" for chunk in chunks) and not _parts_hold_nothing(chunks, parts):
        if not parts_in_chapter_count(chunks, parts):
            return chunks
        rule = "part-in-chapter-count"
    return tuple(
        replace(chunk, role="heading", rule=rule) if chunk.role == "part" else chunk
        for chunk in chunks
    )


def _parts_hold_nothing(chunks: Chunks, parts: list[int]) -> bool:
    """Whether every part heading has prose directly under it and no heading below it
    but a named one ("Epilogue", "Interlude") before the next part or the end.

    A part with chapters under it is a level above them; a part whose text runs on to the
    next part is a chapter of its own, as the author's "Part One" is where a site counts
    it as a chapter. Headings above the first part (a "Prologue", or chapters before the
    parts begin) hold nothing of the parts'."""
    ends = [*parts[1:], len(chunks)]
    for start, end in zip(parts, ends, strict=True):
        below = [chunk for chunk in chunks[start + 1 : end] if chunk.role != "dropped"]
        if not any(chunk.role == "text" for chunk in below) or below[0].role == "heading":
            return False  # a part heading over a heading (or over nothing) holds it
        for chunk in below:
            if chunk.role == "heading" and not _named_heading(chunk.text):
                return False
    return True


def _named_heading(text: str) -> bool:
    """Whether a heading line is a named one (Prologue, Epilogue, Interlude…), no chapter."""
    heading = match_heading(text)
    return heading is not None and heading.kind == "named"


def _single_line(chunk: Chunk) -> bool:
    return len(chunk.lines) == 1 and not chunk.continues


# The longest line any numbered form below reads (match_numbered's 80 characters and under):
# one length test spares a story's paragraphs the six forms' own tests.
_NUMBERED_LONGEST = 120


def _numbered(chunks: Chunks) -> Chunks:
    """Mark "1.", "~ 2 ~" lines as headings, but only when they count up 1, 2, 3…

    A lone "1." or numbers out of order are a list or story text, so they stay text.
    """
    candidates = [
        (index, number)
        for index, chunk in enumerate(chunks)
        if chunk.role == "text"
        and len(chunk.text) <= _NUMBERED_LONGEST
        and _single_line(chunk)
        and (
            number := match_numbered(chunk.text)
            or _bare_roman(chunks, index)
            or _lower_numbered(chunks, index)
            or framed_numeral(chunks, index)
            or count_of_total(chunks, index)
            or circled_numeral(chunks, index)
        )
        is not None
    ]
    if _page_numbers(chunks, [index for index, _ in candidates]):
        titled = _titled_among_page_numbers(chunks, candidates)
        marked = list(chunks)
        for index, _ in candidates:
            if (index, _) not in titled:
                marked[index] = replace(marked[index], role="dropped", rule="page-number")
        if not titled:
            return tuple(marked)
        chunks, candidates = tuple(marked), titled
    numbers = [number for _, number in candidates]
    slipped = continued = False
    if not _counts_up(numbers):
        bare = _bare_numbers(chunks, candidates)
        if bare is None:
            # Bare numbers carrying on the count of the headings above (continued_count).
            bare = continued_count(chunks, candidates)
            continued = bare is not None
        if bare is None:
            # A hand-typed count with one number skipped or typed twice (slipped_count).
            bare = slipped_count(chunks, candidates)
            slipped = bare is not None
        if bare is None and (titled := _titled_among_page_numbers(chunks, candidates)):
            # The bare figures among them are counts (a post's likes and comments) or
            # nothing: read as counts where they look like them, not as headings.
            chunks, bare = _comment_counts(chunks, candidates), titled
        if bare is None:
            return _comment_counts(chunks, candidates)
        candidates = bare
    if _list_in_prose(chunks, [index for index, _ in candidates]):
        return chunks
    marked = list(chunks)
    under_parts = _under_parts(chunks, [index for index, _ in candidates])
    for index, _ in candidates:
        rule = "numbers-under-parts" if under_parts else _numbered_rule(chunks, index)
        rule = "slipped-number-count" if slipped else rule
        rule = "continued-heading-count" if continued else rule
        marked[index] = replace(marked[index], role="heading", rule=rule)
    plus_one_heading(marked, candidates[-1][0])
    return tuple(marked)


# The roles of a heading's line: a chapter's or a part's.
_HEADING_ROLES = frozenset({"heading", "part"})


def _under_parts(chunks: Chunks, indexes: list[int]) -> bool:
    """Rule ``numbers-under-parts``: bare numbers counting up ("1", "2", "3", or Roman
    "I.", "II.") with part headings among them, one right over a number ("Part One: The
    Orchard" / "1" / … / "2" / "Part Two: The Road" / "3"), are the parts' chapters, as a
    novel numbers its chapters under named parts. The part's line has no stop, yet cuts no
    sentence: they are no page numbers (see :func:`_page_numbers`)."""
    return any(
        index
        and chunks[index - 1].role == "part"
        and NUMBERED_RE.fullmatch(chunks[index].text) is not None
        for index in indexes
    )


def _lower_numbered(chunks: Chunks, index: int) -> int | None:
    """The number of a lower-case numbered heading ("ii. the ball", "1. the lake"), else
    None; the first character rules out most lines before either rule is asked."""
    first = chunks[index].text.lstrip()[:1]
    if first not in _LOWER_ROMAN_STARTS and not first.isdigit():
        return None
    return lower_roman_title(chunks, index) or lower_digit_title(chunks, index)


_LOWER_ROMAN_STARTS = frozenset("ivxlc")


def _numbered_rule(chunks: Chunks, index: int) -> str:
    """The name of the rule that read a numbered heading in a run that counts up: the
    lower-case forms ("ii. the ball", "1. the lake") have rules of their own."""
    if match_numbered(chunks[index].text) is not None:
        found = NUMBERED_TITLE_RE.fullmatch(chunks[index].text)
        if found is not None and found.group("num") and found.group(0)[found.end("num")] == ")":
            return "paren-number-title"  # "1) Leipzig": see NUMBERED_TITLE_RE
        return "numbered-heading-sequence"
    if lower_roman_title(chunks, index) is not None:
        return "lower-roman-title-heading"
    if lower_digit_title(chunks, index) is not None:
        return "lower-numbered-title-heading"
    if unspaced_numeral(chunks, index):
        return "unspaced-numeral-heading"
    if framed_numeral(chunks, index) is not None:
        return "dash-framed-numeral"
    if count_of_total(chunks, index) is not None:
        return "count-of-total-heading"
    if circled_numeral(chunks, index) is not None:
        return "circled-number-heading"
    return "numbered-heading-sequence"


_BARE_ROMAN = lazy(r"[IVXLC]{1,7}")


def _bare_roman(chunks: Chunks, index: int) -> int | None:
    """Rule ``bare-roman-heading``: an upper-case Roman numeral with no stop ("I", "II")
    alone on a line, centred or with a blank line above and below, as old archive files
    head their sections. Like every bare number it is a heading only when the numbers
    count up, so the pronoun "I" alone is never one by itself."""
    chunk = chunks[index]
    text = chunk.text.strip()
    if len(text) > 7 or text[:1] not in "IVXLC" or not _BARE_ROMAN.fullmatch(text):
        return None
    apart = chunk.gap >= 1 and (index + 1 == len(chunks) or chunks[index + 1].gap >= 1)
    if not (chunk.centred or apart or unspaced_numeral(chunks, index)):
        return None
    return number_value(text)


def _list_in_prose(chunks: Chunks, indexes: list[int]) -> bool:
    """Rule ``numbered-list-in-prose``: numbers counting up on consecutive lines, with a
    paragraph of prose just above and just below, are a list in the story (the points of a
    letter, a shopping list), not headings: chapters have their text between them. A table
    of contents or a chapter menu is followed by a heading or chrome, not by prose."""
    first, last = indexes[0], indexes[-1]
    if indexes != list(range(first, last + 1)) or first == 0 or last + 1 == len(chunks):
        return False
    if any(chunks[index].gap for index in indexes[1:]) and not all(
        _sentence_item(chunks[index].text) for index in indexes
    ):
        return False
    return all(_prose(chunks[index]) for index in (first - 1, last + 1))


def _sentence_item(text: str) -> bool:
    """Rule ``numbered-list-in-prose`` (spaced items): an item that is a whole sentence
    ("2. Never open the door after dark.") is a list's even with blank lines between the
    items, as a writer or a converter spaces a list; a heading is a title ("2. The Door"),
    not a sentence of several words with its full stop."""
    words = text.split()
    return len(words) >= _SENTENCE_ITEM_WORDS and text.rstrip().endswith((".", "!", "?", "…"))


# A numbered sentence has its number and at least this many words after it.
_SENTENCE_ITEM_WORDS = 5


def _prose(chunk: Chunk) -> bool:
    """A paragraph of story prose: sentences of several words, not a label or a field."""
    text = chunk.text.rstrip()
    return chunk.role == "text" and text.endswith(_SENTENCE_END) and len(text.split()) >= 5


_SENTENCE_END = (".", "!", "?", "…", ":", '"', "”", "’")


def _counts_up(numbers: list[int]) -> bool:
    """Numbers that count up by one from 0 or 1, at least two of them."""
    return (
        len(numbers) >= 2
        and numbers[0] in (0, 1)
        and numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    )


def _bare_numbers(
    chunks: Chunks, candidates: list[tuple[int, int]]
) -> list[tuple[int, int]] | None:
    """Rule ``bare-numbered-headings``: "1.", "2.", "3." alone on lines set apart by blank
    lines count up as headings even when numbered list items ("1. Do not drink …") inside a
    chapter break the count; the items, with text on their lines, stay story text.

    Guards: only bare numbers (nothing after them but punctuation), each with a blank line
    above and below, and they alone must count up 1, 2, 3…"""
    bare = [
        (index, number)
        for index, number in candidates
        if NUMBERED_RE.fullmatch(chunks[index].text)
        and chunks[index].gap >= 1
        and (index + 1 == len(chunks) or chunks[index + 1].gap >= 1)
    ]
    if len(bare) == len(candidates) or not _counts_up([number for _, number in bare]):
        return None
    return bare
