"""Heading shapes beyond the one-line "Chapter 1: Title": a title on the line under a bare
"Chapter 1", chapters headed only by a spelled-out number, and headings wrapped in glyphs."""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import QUOTES, Chunk, Chunks, story_under_each
from fic2epub.normalise.nav_links import is_bracketed_nav_link
from fic2epub.normalise.patterns import (
    CHAPTER_RE,
    NUMBER,
    ROMAN,
    WORD_NUMBER,
    match_note,
    number_value,
    undecorate,
)
from fic2epub.normalise.pieces import is_word_count
from fic2epub.normalise.pov_lines import is_pov_line
from fic2epub.normalise.time_skips import is_time_skip_line

# A bare numbered chapter heading, with nothing after its number: "Chapter 1", "CHAPTER TWO".
_BARE_CHAPTER = lazy(
    rf"(?:chapter|chap\.?|ch\.|kapitel|chapitre|cap[ií]tulo|capitolo)\s*{NUMBER}\.?",
    re.IGNORECASE,
)
# Sentence punctuation that a chapter title on its own line does not end with.
_SENTENCE_END = (".", ",", ";", ":", '"', "”")


def two_line_headings(chunks: Chunks) -> Chunks:
    """Rule ``title-under-heading``: a bare "Chapter 1" line with the chapter's title on the
    very next line ("An Invitation"), as FanFiction.Net's downloaders write them. The two
    lines are one heading, "Chapter 1: An Invitation".

    The title line must follow with no blank line between, be short, start with a capital,
    not end like a sentence, and have a blank line after it, so the first line of prose
    written straight under a heading stays prose.

    Rule ``title-under-heading-spaced``: on a web page the author's two heading lines are
    two paragraphs ("Chapter 1", a blank line, "The Milk Cart"). Set apart so, the title
    must also read as a name, not as a line of prose: at most six words, each word of four
    letters or more capitalised, no comma and no "!" or "?", and not a note's label.

    Neither rule takes a point-of-view line ("Millamant's POV", ``pov-line``) or a time
    skip ("Three Weeks Later", ``time-skip-line``): each is the first line of the
    chapter's story, and recurs after its scene breaks.
    """
    marked = list(chunks)
    for index, chunk in enumerate(marked[:-2]):
        if chunk.role != "heading" or len(chunk.lines) != 1:
            continue
        core = undecorate(chunk.text)
        if not _BARE_CHAPTER.fullmatch(core):
            continue
        title, after = marked[index + 1], marked[index + 2]
        if after.gap == 0 or title.role != "text" or not _title_line(title):
            continue
        if title.gap > 1 or (title.gap == 1 and not spaced_title(title.text)):
            continue
        if is_pov_line(title.text) or is_time_skip_line(title.text):
            # A POV line or a time skip under the heading is the chapter's first line
            # (pov-line, time-skip-line).
            continue
        rule = "title-under-heading" if title.gap == 0 else "title-under-heading-spaced"
        marked[index] = replace(chunk, value=f"{core.rstrip('.')}: {title.text}")
        marked[index + 1] = replace(title, role="dropped", rule=rule)
    return tuple(marked)


def spaced_title(text: str) -> bool:
    """A chapter's name set a paragraph apart under its "Chapter 1": a few words in title
    case ("The Old Mill", "Winter"), not a short line of prose ("It was late") nor a
    place and date ("London, 1887") nor an author's label ("A/N")."""
    words = text.split()
    if len(words) > 6 or "," in text or text.endswith(("!", "?", "…")):
        return False
    # Small words ("of", "the", "and") may stay lower case in a title; longer ones may not.
    if any(len(word) >= 4 and word[:1].isalpha() and not word[:1].isupper() for word in words):
        return False
    return match_note(text) is None


def _title_line(chunk: Chunk) -> bool:
    """A short line that reads as a title, not as a sentence."""
    text = chunk.text
    if len(chunk.lines) != 1 or not 0 < len(text) <= 70 or len(text.split()) > 10:
        return False
    if text[:1] in QUOTES or not text[:1].isupper():
        return False
    if text.endswith(_SENTENCE_END) or CHAPTER_RE.match(text):
        return False
    # Rule ``word-count-not-title``: a manuscript's "Word count: 1,211" under its "CHAPTER
    # ONE" counts the chapter (the body drops it); it does not name it.
    return not is_word_count(text)


# A spelled-out number alone on a line: "One", "TWO", "Twenty-One".
_SPELLED = lazy(WORD_NUMBER, re.IGNORECASE)
# The number with the section's title after it: "One: The Start", "Two - The Sea",
# "three / the harper", "four // home", "five | ashes".
_SPELLED_TITLED = lazy(
    rf"(?P<word>{WORD_NUMBER})\s*[:.]\s+(?P<title>\S.{{0,60}})"
    rf"|(?P<dashed>{WORD_NUMBER})\s+(?:[-–—]|//?|\|)\s+(?P<after>\S.{{0,60}})",
    re.IGNORECASE,
)
# The letters a number word starts with ("one", "twenty", "first", "last"): a cheap test
# that rules out most lines before the regexes run.
_INITIALS = frozenset("zotfsenhl")
# The longest spelled-number heading with a title after it.
_LONGEST_TITLED = 80


def spelled_number_headings(chunks: Chunks) -> Chunks:
    """Rule ``spelled-number-sequence``: lone lines "One", "Two", "Three" counting up from
    one are the chapters' headings, in a story with no other chapter headings.

    Each must be a paragraph of its own, capitalised, and the numbers must run 1, 2, 3…
    without a gap, so a lone "One." of dialogue or a stray number word stays text.

    The number may carry the section's title ("One: The Start", "Two - The Sea", "three /
    the harper", set off by a spaced slash or bar as lower-case journal writers do), a short
    one that starts with a capital and does not end like a sentence, with a blank line
    under the heading, so "One: that was the rule." stays text.

    Rule ``spelled-number-without-blank-lines``: in a file with no blank line at all, a
    titled number ("One: The Lantern") needs no blank line under it, but its title must
    read as a name and each heading must have story under it (see _spelled_word).

    Rule ``spelled-number-beside-named``: the run may share the story with named headings
    ("Prologue", "One", "Two", "Interlude", "Three"), as a writer's own document heads
    its chapters. Rule ``lower-spelled-number``: a writer who types in lower case writes
    "one: the start", "two: the storm", the whole line in lower case. In both
    cases each heading must have a paragraph of story under it before the next one, so a
    count ("One", "Two", "Three" on lines one under another) stays text. So must a number
    with a full stop after it ("one.", "two.", "Three."), as a phone's notes head their
    sections: a count "One." "Two." in the prose has no paragraph between.
    """
    others = [chunk for chunk in chunks if chunk.role == "heading"]
    if any(chunk.rule != "named-heading" for chunk in others):
        return chunks
    found: list[tuple[int, int]] = []
    lower = stopped = titled = False
    # A file with no blank line anywhere (a Google Docs or phone-notes download, one
    # paragraph a line) cannot set a heading apart with blank lines.
    blankless = not any(chunk.gap for chunk in chunks)
    for index, chunk in enumerate(chunks):
        text = chunk.text.strip()
        if chunk.role != "text" or len(text) > _LONGEST_TITLED:
            continue
        if len(chunk.lines) != 1 or chunk.continues or text[:1].lower() not in _INITIALS:
            continue
        if not text[:1].isupper() and text.lower() != text:
            continue
        word = _spelled_word(chunks, index, text, blankless=blankless)
        number = number_value(word) if word else None
        if word is not None and number is not None:
            found.append((index, number))
            lower = lower or not text[:1].isupper()
            stopped = stopped or text.endswith(".")
            titled = titled or len(text) > len(word) + 1
    numbers = [number for _, number in found]
    if len(numbers) < 2 or numbers != list(range(1, len(numbers) + 1)):
        return chunks
    if (others or lower or stopped or blankless) and not story_under_each(
        chunks, [index for index, _ in found]
    ):
        return chunks
    rule = "spelled-number-sequence"
    if lower:
        rule = "lower-spelled-number"
    elif others:
        rule = "spelled-number-beside-named"
    elif blankless and titled:
        rule = "spelled-number-without-blank-lines"
    marked = list(chunks)
    for index, _ in found:
        marked[index] = replace(marked[index], role="heading", rule=rule)
    return tuple(marked)


def _spelled_word(chunks: Chunks, index: int, text: str, *, blankless: bool) -> str | None:
    """The number word of a spelled-number heading, alone ("Two") or titled ("Two: The
    Sea"); None when the line is neither. A lower-case number has a lower-case title
    ("two: the storm"), a capitalised one a capitalised title.

    Rule ``spelled-number-without-blank-lines``: in a file with no blank lines at all the
    titled line cannot have one under it; its title must then read as a name ("The
    Lantern": a few words, the long ones capitalised, no comma), so "One: keep the door
    shut" among the lines of a list stays text."""
    if len(text) <= 16 and _SPELLED.fullmatch(text):
        return text
    if len(text) <= 17 and text.endswith(".") and _SPELLED.fullmatch(text[:-1]):
        # "one.", "Two.": the number with a full stop, as a phone's notes head sections.
        return text[:-1]
    found = _SPELLED_TITLED.fullmatch(text)
    if found is None:
        return None
    title = found.group("title") or found.group("after")
    below = chunks[index + 1] if index + 1 < len(chunks) else None
    if title[:1].isupper() != text[:1].isupper() or not title[:1].isalpha():
        return None
    if title.endswith((*_SENTENCE_END, "!", "?")):
        return None
    if blankless:
        # Every line is a paragraph here, so the blank line under the heading proves
        # nothing; the title's shape (and the story under each, asked by the caller) does.
        if not spaced_title(title):
            return None
    elif below is not None and below.gap == 0:
        return None
    return found.group("word") or found.group("dashed")


# Glyphs that wrap a heading on both sides: "~*~ Chapter 1 ~*~", "-= Epilogue =-", "** 3 **".
_GLYPHS = r"~*=+•·#_<>|–—\-"
_WRAPPED = lazy(rf"[{_GLYPHS}]{{1,6}}\s*(?P<core>[^{_GLYPHS}\s].*?)\s*[{_GLYPHS}]{{1,6}}")


def heading_title(text: str) -> str:
    """Rule ``wrapped-heading``: a heading's title without the glyphs that wrap it on both
    sides ("~*~ Chapter 1: The Wager ~*~" gives "Chapter 1: The Wager"). A heading marked on
    one side only (Markdown's "## Chapter 1") loses its marks; brackets and a title's own
    closing punctuation are kept. A bare number ("~ 1 ~", "~ IV ~") is kept as written: the
    glyphs are all that makes it a heading."""
    stripped = _without_glued_nav(text.strip())
    if "(v" in stripped[:24]:
        stripped = _VERSION_TAG.sub(r"\g<head>", stripped, count=1)
    if "  " in stripped:
        stripped = _tab_gaps_closed(stripped)
    found = _WRAPPED.fullmatch(stripped)
    if found is not None and sum(c.isalpha() for c in found.group("core")) >= 2:
        if _WRAPPED_ROMAN.fullmatch(found.group("core")):
            return stripped
        return found.group("core")
    if _HASH_NUMBER.match(stripped):
        return stripped
    return stripped.lstrip("#").strip() or stripped


# Rule ``wrapped-roman-number``: a Roman numeral in capitals wrapped in glyphs ("~ II ~",
# "-= XIV =-") is a bare number like "~ 2 ~", kept whole as that is, so a story's "~ I ~" and
# "~ II ~" read alike. Capitals only: "~ Mix ~" is a word.
_WRAPPED_ROMAN = lazy(r"(?=[IVXLC])" + ROMAN.upper())


# Rule ``hash-number-title``: "#1", "#2: The Storm" — a number sign glued to the figure is
# the writer's way to number a chapter, kept as written. Markdown's heading marks are set off
# from the title by a space ("# 1", "## Chapter 1"), so those still lose their marks.
_HASH_NUMBER = lazy(r"#\d")


# A run of two or more spaces between two words of a heading.
_GAP = lazy(r"(?<=\S) {2,}(?=\S)")


def _tab_gaps_closed(text: str) -> str:
    """Rule ``heading-tab-gap``: a word processor sets a list-numbered heading as its number,
    a tab, then its text ("Capítulo 1<TAB>A Escola", Word's plain-text save); decoding
    expands the tab into a run of spaces. The run stands for the one space a reader sees
    between the number and the name, so the title keeps one. No heading in the corpus
    spaces its words twice on purpose."""
    return _GAP.sub(" ", text)


# Rule ``heading-version-tag``: a writing site (Booksie) tags each chapter's number with the
# version of the text it shows, "Chapter 1 (v.2) - Title": the tag is the site's revision
# count, not the author's words. Only right after the chapter's number, so a title that
# ends "(v2)" or names a version in words keeps it.
_VERSION_TAG = lazy(r"(?P<head>^chapter\s+\d{1,4})\s+\(v\.?\s?\d{1,3}\)", re.IGNORECASE)


# A bracketed link at a line's end, set off by a space: "   [Next >>]".
_TRAILING_BRACKET = lazy(r"\s+(?P<link>\[[^\[\]]{1,40}\])$")


def _without_glued_nav(text: str) -> str:
    """Rule ``glued-nav-link``: an archive's chapter page sets its pager link on the
    heading's own line ("Chapter 1: The Ferry   [Next >>]", "Chapter 2: Home [<< Prev]
    [Next >>]"). The link is the site's, not part of the chapter's title. Only a whole
    bracketed pager or place link (``bracketed-nav-link``): an author's "[Part 2]" or
    "[Edited]" after a title stays."""
    while text.endswith("]"):
        found = _TRAILING_BRACKET.search(text)
        if found is None or not is_bracketed_nav_link(found.group("link")):
            break
        text = text[: found.start()]
    return text
