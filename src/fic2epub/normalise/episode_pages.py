"""A reading app's series page and episode pages copied one after another.

Webnovel and webcomic apps (Tapas, and sites built like it) number a novel's instalments as
"episodes". The series page lists them, one line each, the site's number, a wide space, the
episode's name and its date ("Ep. 3  The Last Door   Mar 2, 2021") under a head such as
"Episodes (3)   Newest first". Each episode page then repeats the series title and heads the
text with the site's own line for the episode ("Ep. 1  The Last Door") over its date and
counts; the writer's own heading ("Chapter 1: The Last Door") comes under them. The site's
numbering lines are chrome, never the chapter's title: the writer's heading is.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import QUOTES, Chunk, Chunks
from fic2epub.normalise.patterns import match_note

# Rule ``episode-site-line``: the site's line for one episode: "Ep." or "Episode", its number,
# a wide space (the site's column), the episode's name, maybe a wide space and its date. The
# wide space keeps a writer's own "Episode 2: Title" or "Episode 2 - Title" heading out.
_EPISODE_LINE = lazy(r"(?:ep\.|episode)\s?(?P<number>\d{1,4})\s{2,}\S.{0,100}", re.I)
# Rule ``episode-list-head``: the list's head, "Episodes (12)", maybe with its sort order.
_LIST_HEAD = lazy(r"episodes?\s*\(\d{1,5}\)(?:\s{2,}\S.{0,30})?", re.I)


def episode_pages(chunks: Chunks) -> Chunks:
    """Rules ``episode-list``, ``episode-site-line`` and ``episode-series-title``: a series
    page's list of episodes, and each episode page's site line, with the series title above
    it and the date and counts line under it.

    Guards: two site lines at least, with two different numbers (a site numbers every
    episode it lists or shows); every site line one physical line. The series title goes
    only right above a site line (no blank line between) and only when the same line
    stands elsewhere in the file; the line under a site line only when it is site chrome
    (a date with reader counts).
    """
    numbers = {
        index: number
        for index, chunk in enumerate(chunks)
        if chunk.role == "text"
        and len(chunk.lines) == 1
        # (The first letter first: "Ep."/"Episode" opens a site line.)
        and chunk.text.lstrip()[:1] in "eE"
        and (number := _site_line(chunk.text)) is not None
    }
    if len(set(numbers.values())) < 2:
        return chunks
    lines = numbers.keys()
    marked = list(chunks)
    texts = Counter(chunk.text.strip() for chunk in chunks)
    listed = {
        index
        for index in lines
        if (index + 1 in lines and not chunks[index + 1].gap)
        or (index - 1 in lines and not chunks[index].gap)
    }
    for index in lines:
        if index in listed:
            _drop(marked, index, "episode-list")
            above = index - 1
            if (
                above >= 0
                and not chunks[index].gap
                and above not in listed
                and _LIST_HEAD.fullmatch(chunks[above].text.strip())
            ):
                _drop(marked, above, "episode-list-head")
            continue
        _drop(marked, index, "episode-site-line")
        _series_title(chunks, marked, index, texts)
        below = index + 1
        if below < len(chunks) and not chunks[below].gap and is_site_chrome(chunks[below].text):
            _drop(marked, below, "episode-site-line")
    return tuple(marked)


def _site_line(text: str) -> str | None:
    """The episode's number on a site line ("Ep. 2  Title"), else None."""
    match = _EPISODE_LINE.fullmatch(text.strip())
    return match["number"] if match else None


def _series_title(chunks: Chunks, marked: list[Chunk], index: int, texts: Counter[str]) -> None:
    """The series title an episode page prints right above its site line: a short line, with
    no blank line between, that the file holds more than once (``texts`` counts the file's
    chunks by their stripped text)."""
    above = index - 1
    if above < 0 or chunks[index].gap or len(chunks[above].text) > 100:
        return
    if texts[chunks[above].text.strip()] >= 2:
        _drop(marked, above, "episode-series-title")


def _drop(marked: list[Chunk], index: int, rule: str) -> None:
    marked[index] = replace(marked[index], role="dropped", rule=rule)


# The most paragraphs a series page's description may run to, and its longest.
_DESCRIPTION_PARAGRAPHS = 4
_DESCRIPTION_CHARS = 1500
# The most paragraphs a note between the description and the list may run to.
_NOTE_PARAGRAPHS = 3
# The header lines a series page's description stands under, past the page's chrome.
_ABOVE_DESCRIPTION = frozenset({"title", "byline", "info", "field"})
_LIST_RULES = frozenset({"episode-list", "episode-list-head"})


def description_above_episode_list(chunks: list[Chunk], index: int) -> int | None:
    """Rule ``description-above-episode-list``: a series page's description, one to four
    unlabelled paragraphs under its title block (only the page's dropped chrome between) and
    over its list of episodes (rule ``episode-list``), is the story's summary. A labelled
    note may stand between the description and the list; it stays for the note rules.
    Returns the index after the description, else None.

    Guards: the list must follow (only notes between), the description must not open with
    dialogue, and it must be short, so a story's opening prose is never read as one."""
    above = index - 1
    while above >= 0 and chunks[above].role == "dropped":
        above -= 1
    if above < 0 or chunks[above].role not in _ABOVE_DESCRIPTION:
        return None
    end = index
    while end < len(chunks) and chunks[end].role == "text" and match_note(chunks[end].text) is None:
        end += 1
    if not 0 < end - index <= _DESCRIPTION_PARAGRAPHS:
        return None
    span = chunks[index:end]
    if sum(len(chunk.text) for chunk in span) > _DESCRIPTION_CHARS or span[0].text[:1] in QUOTES:
        return None
    after = end
    if after < len(chunks) and match_note(chunks[after].text) is not None:
        # The series page's own note under the description, and its further paragraphs.
        while after < len(chunks) and after - end < _NOTE_PARAGRAPHS:
            if chunks[after].role not in ("text", "note", "note-body"):
                break
            after += 1
    if after == len(chunks) or chunks[after].rule not in _LIST_RULES:
        return None
    for position in range(index, end):
        chunks[position] = replace(
            chunks[position], role="summary", rule="description-above-episode-list"
        )
    return end
