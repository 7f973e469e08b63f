"""Rule ``newest-first-entries``: a page of dated entries that shows a story's parts newest first.

A journal's friends or reading page, a tag page, a blog's month or category archive and a
Tumblr tag page all print their latest entries first. A reader who saves such a page for a
story posted in parts gets the last part at the top and the first, with the story's
header, at the bottom; on a friends page other people's entries stand between the parts.
Each entry ends in its footer, the line with its comment or note count ("Link | 4 comments
| Share", "( 2 comments — Reply )", "Posted by Ana at 9:47 PM 3 comments:", "41 notes").

The entries are cut at those footers. The story's entries are the ones whose subject holds
one title stem with a part number ("Title (2/3)", "Title, part two"), or a title repeated
over a part heading ("Part Two: …"); they are put in reading order, and every other whole
entry between them (someone else's) is dropped. The page's own lines above the first entry
and below the last footer stay where they are.

Guards: two story entries or more, each in its own entry, with different part numbers
that fall strictly in the page order (so the order is plain, never guessed); the page
reversed only when the parts stand newest first (a page already in reading order is left
to the other rules). A list of the subjects (a sidebar's "Recent Posts") is not an entry.
"""

from __future__ import annotations

import re
from itertools import pairwise

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chrome_labels import blogger_poster
from fic2epub.normalise.fields import date_line
from fic2epub.normalise.patterns import (
    CHAPTER_RE,
    NUMBER,
    NUMBERED_TITLE_RE,
    PART_RE,
    match_end_marker,
    number_value,
    ordinal_value,
)

# The comment words a count in brackets follows: "Comments (3)", Croatian "Komentari",
# Spanish and Portuguese "Comentarios"/"Comentários", German "Kommentare", Italian
# "Commenti", French "Commentaires", Polish "Komentarze", Scandinavian "Kommentarer".
_BRACKET_COUNT_WORDS = (
    r"(?:comments?|komentari|komentarze|komentáře|comentarios|comentários|kommentare"
    r"|kommentarer|commenti|commentaires)"
)
# An entry's footer: its comment or note count, alone or among the entry's links ("Link |
# 4 comments | Leave a comment | Share", "( 6 comments )", "Posted in Fic | 3 Comments",
# "Posted by Ana at 9:47 PM 3 comments:", "41 notes"). The count ends the line or a
# separator follows it, so a sentence that counts comments ("thanks for the 4 comments!")
# is no footer.
_FOOTER = lazy(
    r"(?:.{0,120}?[\s|(:·—–-])?(?:\d{1,6}|no)\s+(?:comments?|notes?|replies|reblogs?)"
    r"\s*(?:[|:)—–·-].{0,80}"
    # Rule ``entries-footer-buttons``: an old Tumblr theme prints its buttons after the
    # count with spaces only, "24 notes  reblog".
    r"|(?:\s+(?:reblog|like|share)){1,3})?"
    # Rule ``entries-bracket-count``: the count in brackets after the word, as blogs in
    # other languages print it among the entry's links: "Napisao/la: ana @ 21:17 |
    # Komentari (3) | Print". Only among links set apart by bars: alone on its line,
    # "Comments (4)" is a page's button (AO3's on a phone).
    rf"|.{{0,120}}?\|\s*{_BRACKET_COUNT_WORDS}\s*\(\d{{1,6}}\)\s*(?:\|.{{0,80}})?",
    re.IGNORECASE,
)
# A count's figure (or "no") right before its word, or its bracketed figure after it: the
# cheap test of a line.
_COUNT_NEAR = lazy(
    rf"(?:\d|\bno)\s+(?:comment|note|repl|reblog)|{_BRACKET_COUNT_WORDS}\s*\(\d", re.IGNORECASE
)
# The words of a footer's count without their first letter ("comments", "Comments",
# "notes", "replies", "Komentari", "Comentarios"), searched for in the whole text first: a
# few plain searches are far cheaper than lowering a long story or a regex over it.
_COUNT_STEMS = ("omment", "otes", "eplies", "omentar")
# A bracketed count right after a stem's word: "Komentari (3)".
_BRACKET_AFTER = lazy(r"\w*\s*\(\d{1,6}\)")
# A subject with its part number: "Fic: Title (2/3)", "Title [part 2 of 3]", "Title, part
# two", "Title - chapter 3".
_NUMBERED_SUBJECT = lazy(
    r"(?P<stem>\S.{0,100}?)[\s,:.\-–—]*(?:"
    r"[\[(]\s*(?:(?:part|pt\.?|chapter|ch\.?)\s*)?(?P<slash>\d{1,3})\s*(?:/|of)\s*\d{1,3}\s*[\])]"
    rf"|[\[(]?\s*\b(?:part|pt\.?|chapter|ch\.)\s*(?P<num>{NUMBER})(?:\s*(?:/|of)\s*\d{{1,3}})?"
    r"\s*[\])]?"
    # Rule ``entries-bare-count``: the count alone after the title, "Title, 1/2".
    r"|(?<=[\s,])(?P<bare>\d{1,3})\s*/\s*\d{1,3})\s*",
    re.IGNORECASE,
)
# The longest subject line.
_SUBJECT = 110
# How many lines of text under a repeated title its part heading may stand.
_HEADING_REACH = 8
# A user name alone on a line: lower case, with a dash or an underscore in it
# ("lark-and-ledger", "fen_and_fiddle"), as journal and blog sites print the page's owner.
_HANDLE = lazy(r"[a-z0-9]+(?:[_-][a-z0-9]+)+")
# The most lines of an entry's footer block, and its longest line.
_FOOTER_LINES = 16
_FOOTER_LINE = 80
# The fewest words of a bracketed line that is an aside, not a footer's links.
_BRACKET_NOTE_WORDS = 6
# The fewest words of a line that ends a sentence with a full stop.
_SENTENCE_WORDS = 3
# The fewest words of a line that ends with a single full stop, no ellipsis, as a sentence.
_SHORT_SENTENCE_WORDS = 2
# The arrows of a link to another part: "<< Part 1", "Part 3 >>", "Next part →".
_ARROWS = ("<<", ">>", "→", "←", "«", "»")
# A mention of a part by its number: "part one", "Part 2", "pt. 3".
_PART_MENTION = lazy(rf"\b(?:part|pt\.?)\s*(?P<num>{NUMBER})\b", re.IGNORECASE)
# How many pointer paragraphs may open a later part, and their longest line.
_POINTERS = 2
_POINTER_LINE = 100
# Subjects closer than this (in lines) are a list of them, not entries.
_LIST_GAP = 3


def newest_first_entries(text: str) -> str:
    """The page's story entries in reading order, others' entries dropped (see above);
    else ``text``."""
    footers = _footer_lines(text)
    if len(footers) < 2:
        return text
    lines = text.split("\n")
    parts = _story_subjects(lines)
    if parts is None:
        return text
    # Entry k runs from the line after footer k-1 through footer k.
    bounds = [0] + [at + 1 for at in footers]
    entry_of = {at: _entry_index(bounds, at) for at in parts}
    if len(set(entry_of.values())) != len(parts) or max(entry_of.values()) >= len(footers):
        return text  # two subjects in one entry, or one below the last footer
    numbers = [parts[at] for at in sorted(parts)]
    story = sorted(entry_of.values())
    if any(a <= b for a, b in pairwise(numbers)):
        # Rule ``entries-in-order-among-others``: a page already in reading order (a
        # journal's day page) is cut into entries too when someone else's entry stands
        # between the story's parts; else it is left to the other rules.
        if any(a >= b for a, b in pairwise(numbers)) or story[-1] - story[0] < len(story):
            return text  # no plain order, or the parts' entries stand together
        reading = story
    else:
        reading = list(reversed(story))
    subject_of = {k: at for at, k in entry_of.items()}
    # The oldest part's head is its paragraph over the subject (with a date above it): the
    # share rows and links above it close the entry before.
    start = {reading[0]: _head_start(lines, subject_of[reading[0]])}
    # Rule ``entries-page-top``: the page's own lines above its first entry (the site's
    # bar, the page's title, its tag or month heading) and whole entries above the
    # story's are the page's, not the story's header.
    # Rule ``entries-page-handle``: the journal's or blog's user name alone on a line at
    # the top names whose page it is (on a blog's own tag page, the author): it stays.
    top = bounds[story[0]] or _head_start(lines, subject_of[story[0]])
    out = [line.strip() for line in lines[:top] if _HANDLE.fullmatch(line.strip())]
    out = [*out[:1], ""] if out else []
    for order, k in enumerate(reading):
        end = bounds[k + 1]
        body = start.get(k, bounds[k])
        if not order:
            # Rule ``entries-subject-count``: the oldest part's subject without its part
            # count ("Title, part one"), as the story's title.
            found = _NUMBERED_SUBJECT.fullmatch(lines[subject_of[k]].strip())
            if found is not None:
                lines[subject_of[k]] = found.group("stem")
        if order:
            # Rule ``entries-later-head``: a later part's head (the footer chrome of the
            # entry above, its poster, date and subject, its mood and tag lines) goes; the
            # oldest part's head names the story and its poster.
            body = _after_subject(lines, subject_of[k])
            body = _after_pointers(lines, body, parts[subject_of[k]])
        # Rule ``entries-footer``: the tags, counts and share rows under every part, which
        # would sit inside the next chapter's text or read as the last one's end note.
        count_line = lines[end - 1]
        end = _footer_start(lines, body, end)
        out.extend(lines[body:end])
        out.append("")
    if blogger_poster(count_line.strip()) is not None:
        # Rule ``entries-poster-footer``: Blogger names the poster only in each post's
        # footer ("Posted by Ana at 9:47 PM 3 comments:"); the last one stays under the
        # story, where the blog rules read it as the author when the header names none.
        out.extend([count_line, ""])
    # Whole entries not the story's are someone else's, and the lines under the last
    # entry (the pager, the sidebar, "Powered by") the page's: dropped.
    return "\n".join(out)


def _after_subject(lines: list[str], at: int) -> int:
    """The first line of a later part's text: past its subject and the lines under it in
    the same paragraph, save a part heading (Tumblr sets the title over the heading)."""
    index = at + 1
    while index < len(lines) and lines[index].strip() and not _heading(lines[index].strip()):
        index += 1
    return index


def _after_pointers(lines: list[str], body: int, own: int) -> int:
    """Rule ``entries-part-pointer``: past the one-line paragraphs that open a later part
    by pointing at another part ("Part one is here.", "(Continued from part 1.)", "<< Part
    1 | Part 3 >>"): each names a part whose number is not this one's. Only the first two
    paragraphs, and only short ones; the story's own lines seldom name a part."""
    index, seen = body, 0
    while index < len(lines) and seen < _POINTERS:
        if not lines[index].strip():
            index += 1
            continue
        text = lines[index].strip()
        if (index + 1 < len(lines) and lines[index + 1].strip()) or not _points_away(text, own):
            break
        index += 1
        seen += 1
    return index


def _points_away(text: str, own: int) -> bool:
    """Whether a short line names a part other than ``own`` ("Part one is here.")."""
    if len(text) > _POINTER_LINE or "part" not in text.lower() or _heading(text):
        return False
    numbers = {_number(found.group("num")) for found in _PART_MENTION.finditer(text)}
    return bool(numbers) and any(n is not None and n != own for n in numbers)


def _footer_start(lines: list[str], body: int, end: int) -> int:
    """Where an entry's footer block begins above its count line at ``end - 1``: the short
    lines that are no sentence (tags, dates, share rows, a "continue reading" link)."""
    index = end - 1
    floor = max(body + 1, end - _FOOTER_LINES)
    while index > floor:
        text = lines[index - 1].strip()
        if (
            text
            and (
                len(text) > _FOOTER_LINE
                or _sentence(text)
                or _bracketed_words(text)
                or _heading(text)
                or match_end_marker(text)
            )
            and not is_site_chrome(text)
        ):
            break
        index -= 1
    return index


def _sentence(text: str) -> bool:
    """Whether a line ends as a sentence: "!", "?" or a quote, or a full stop after three
    words or more ("Like Loading..." is a button)."""
    if text[-1] in '!?"”':
        return True
    words = len(text.split())
    # Rule ``entries-footer-short-sentence``: two words and one full stop ("Your brother.",
    # "More soon.") are a letter's close or a short line of text; a button trails dots.
    if text[-1] == "." and text[-2:-1] != "." and words >= _SHORT_SENTENCE_WORDS:
        return True
    return text[-1] in ".…" and words >= _SENTENCE_WORDS


def _bracketed_words(text: str) -> bool:
    """Rule ``entries-footer-bracket-note``: a line of words in brackets, "(thank you for
    reading ♡ it has been a while)", is the author's aside under the text, not a footer
    line, even with no stop before its bracket; a footer's bracketed links are few words
    set apart by bars."""
    return (
        text[:1] == "("
        and text[-1:] == ")"
        and "|" not in text
        and len(text.split()) >= _BRACKET_NOTE_WORDS
    )


def _heading(text: str) -> bool:
    """Whether a line is a part or chapter heading; a link to a part ("Part 2 >>") is not."""
    if any(arrow in text for arrow in _ARROWS):
        return False
    # Rule ``entries-numbered-heading``: a later part may open on a numbered title, "II.
    # Cesira", under its subject with no blank line between; it is the part's heading.
    return len(text) <= _SUBJECT and (
        PART_RE.fullmatch(text) is not None
        or CHAPTER_RE.fullmatch(text) is not None
        or NUMBERED_TITLE_RE.fullmatch(text) is not None
    )


def _footer_lines(text: str) -> list[int]:
    """The indices of the text's footer lines (see _FOOTER), found from where the words
    "comments", "notes" and "replies" stand in the whole text: plain searches, so a novel
    with few of them is passed over at once."""
    starts: set[int] = set()
    for word in _COUNT_STEMS:
        at = text.find(word)
        while at >= 0:
            # A count's figure or "no" stands right before the word ("4 comments"), whose
            # first letter stands before the stem.
            before = text[max(0, at - 9) : at - 1]
            if (
                before[-1:].isspace()
                and (before.rstrip()[-1:].isdigit() or before.rstrip().lower().endswith("no"))
            ) or _BRACKET_AFTER.match(text, at):
                starts.add(text.rfind("\n", 0, at) + 1)
            at = text.find(word, at + len(word))
    found: list[int] = []
    line, seen = 0, 0
    for start in sorted(starts):
        end = text.find("\n", start)
        if _is_footer(text[start : len(text) if end < 0 else end]):
            line += text.count("\n", seen, start)
            seen = start
            found.append(line)
    return found


def _is_footer(line: str) -> bool:
    """Whether a line is an entry's footer: its comment or note count (see _FOOTER)."""
    if len(line) > 200 or _COUNT_NEAR.search(line) is None:
        return False  # the cheap test first: a figure or "no" right before the word
    lowered = line.lower()
    if "reblog" in lowered and "note" not in lowered and "comment" not in lowered:
        return False
    return _FOOTER.fullmatch(line.strip()) is not None


def _entry_index(bounds: list[int], at: int) -> int:
    """The index of the entry that holds line ``at``."""
    index = 0
    while index + 1 < len(bounds) and bounds[index + 1] <= at:
        index += 1
    return index


def _story_subjects(lines: list[str]) -> dict[int, int] | None:
    """The story's subject lines (index -> part number): one stem with two part numbers or
    more, else one title repeated over part headings; None when there is no such story."""
    stems: dict[str, dict[int, int]] = {}
    titles: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        text = line.strip()
        if not text or len(text) > _SUBJECT or text[-1] in '.!?"”':
            continue
        if index and lines[index - 1].strip() and not _head_line(lines[index - 1]):
            continue  # inside a paragraph of text
        found = _NUMBERED_SUBJECT.fullmatch(text)
        if found is not None:
            number = _number(found.group("slash") or found.group("num") or found.group("bare"))
            if number is not None:
                stems.setdefault(_key(found.group("stem")), {})[index] = number
                continue
        titles.setdefault(_key(text), []).append(index)
    for found_parts in stems.values():
        if (kept := _entries_only(found_parts)) is not None:
            return kept
    for places in titles.values():
        if len(places) < 2 or len(places) > 40:
            continue
        numbered = {at: n for at in places if (n := _heading_below(lines, at)) is not None}
        if len(numbered) == len(places) and (kept := _entries_only(numbered)) is not None:
            return kept
    return None


def _entries_only(parts: dict[int, int]) -> dict[int, int] | None:
    """The subjects that head entries, without a list of them (a sidebar's recent posts,
    a blog archive): two or more, each part number once; else None."""
    places = sorted(parts)
    kept = {
        at: parts[at]
        for k, at in enumerate(places)
        if (k == 0 or at - places[k - 1] > _LIST_GAP)
        and (k + 1 == len(places) or places[k + 1] - at > _LIST_GAP)
    }
    if len(kept) < 2 or len(set(kept.values())) != len(kept):
        return None
    return kept


def _heading_below(lines: list[str], at: int) -> int | None:
    """The number of the part or chapter heading a few lines under a repeated title."""
    seen = 0
    for line in lines[at + 1 :]:
        text = line.strip()
        if not text:
            continue
        seen += 1
        if seen > _HEADING_REACH:
            return None
        if len(text) > _SUBJECT:
            continue
        found = PART_RE.fullmatch(text) or CHAPTER_RE.fullmatch(text)
        if found is not None:
            if found.group("ordinal"):
                return ordinal_value(found.group("ordinal"))
            return _number(found.group("num"))
    return None


def _number(token: str | None) -> int | None:
    return None if token is None else number_value(token)


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _head_line(line: str) -> bool:
    """Whether a line is one an entry's head prints above its subject: a date, a user icon
    or a poster's line ("[personal profile] name"), a user name alone."""
    text = line.strip()
    if date_line(text) is not None or text.startswith("["):
        return True
    return len(text) <= 40 and " " not in text


def _head_start(lines: list[str], at: int) -> int:
    """Where the first entry's head begins above its subject: the top of the subject's
    paragraph, with a date alone in the paragraph above it."""
    start = at
    while start > 0 and lines[start - 1].strip() and _head_line(lines[start - 1]):
        start -= 1
    above = start - 1
    while above > 0 and not lines[above].strip():
        above -= 1
    if (
        above >= 0
        and date_line(lines[above].strip())
        and (above == 0 or not lines[above - 1].strip())
    ):
        return above
    return start
