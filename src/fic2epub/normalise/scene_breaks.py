"""Scene breaks inside a chapter: glyph lines, a spaced "x x x" or "xox", and blank-line runs.

A break right after another, or before a chapter's first prose, collapses away; a page's
furniture, an anti-piracy notice, an advert slot and a post's cut link among the prose are
dropped on the way.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import pairwise

from fic2epub.normalise.chapter_pages import is_piracy_notice
from fic2epub.normalise.chunks import Chunk, Chunks, is_break_words, is_glyph_line
from fic2epub.normalise.inline_ads import is_inline_ad
from fic2epub.normalise.pages import page_furniture
from fic2epub.normalise.tumblr import is_cut_in_text


def chapter_breaks(
    chunks: list[Chunk],
    first: int,
    end: int,
    pattern: re.Pattern[str] | None,
    header: Chunks = (),
) -> None:
    """Glyph lines (and lines the user's pattern matches) inside a chapter are scene breaks.

    A break right after another break, or before the first prose, collapses away.
    """
    previous = "start"
    furniture = page_furniture(chunks[first:end], (c.text for c in header))
    apart = 0 if _unspaced(chunks, first, end) else 1
    for index in range(first, end):
        chunk = chunks[index]
        if chunk.role != "text":
            continue
        if (rule := furniture(chunk.text)) is not None:
            chunks[index] = replace(chunk, role="dropped", rule=rule)
            continue
        if is_piracy_notice(chunk.text):
            chunks[index] = replace(chunk, role="dropped", rule="anti-piracy-notice")
            continue
        if len(chunk.text) <= 30 and is_inline_ad(chunks, index):
            chunks[index] = replace(chunk, role="dropped", rule="in-text-advertisement")
            continue
        if is_cut_in_text(chunks, index, end, apart):
            # The post's fold, not a break: the prose on both sides runs on as one.
            chunks[index] = replace(chunk, role="dropped", rule="cut-link-in-text")
            continue
        glyphs = is_glyph_line(chunk.text) or bool(pattern and pattern.fullmatch(chunk.text))
        if previous == "text" and (rule := _break_between(chunks, index, end, apart)) is not None:
            chunks[index] = replace(chunk, role="scene-break", rule=rule)
            previous = "break"
        elif glyphs:
            if previous == "text":
                rule = "typed-break-words" if is_break_words(chunk.text) else "glyph-line"
                chunks[index] = replace(chunk, role="scene-break", rule=rule)
            else:
                chunks[index] = replace(chunk, role="separator", rule="repeated-break")
            previous = "break"
        else:
            previous = "text"


def _unspaced(chunks: list[Chunk], first: int, end: int) -> bool:
    """Whether the chapter's paragraphs follow one another with no blank line between, one a
    line, as a phone paste or a mobile page saved by Notepad gives them: most story lines
    have no blank line above them."""
    gaps = Counter(
        chunk.gap
        for chunk in chunks[first + 1 : end]
        if chunk.role == "text" and not chunk.continues
    )
    return bool(gaps) and gaps.most_common(1)[0][0] == 0


def _break_between(chunks: list[Chunk], index: int, end: int, apart: int) -> str | None:
    """The rule that reads a line as a break only where it stands apart between two story
    paragraphs (the caller checks the text above), else None.

    Rule ``spaced-x-break``: "x x x", as LiveJournal writers typed a break. Rule
    ``letter-glyph-break``: "xox", "oxo", "xoxox", "-xox-", a short symmetric run of x and
    o. Rule ``typed-break-words`` (bare): "Break" or "BREAK" alone. Rule ``x-run-break``:
    "x", "xxx", "XXXXX", with a paragraph of prose above as well as below. Rule
    ``lone-o-break``: a lone "o", guarded as the lone "x" is. Rule ``centred-x-break``:
    either of those centred by hand, with any text above (``_centred_alone``).

    Why guarded: the glyph test leaves these alone, as kisses ("x x x", "xox") sign a note
    or a letter in the story, and "Break!" may be shouted. Here the line is short, has a
    blank line on both sides, and a paragraph of story follows it as well as precedes it.
    The kisses' own "xoxo" (hugs and kisses) is not symmetric and stays text.

    Rule ``unspaced-break-line`` (these rules' guard, not a rule of its own): in text with
    no blank lines between paragraphs (``apart`` 0), a line of its own stands apart as a
    paragraph does, so no blank line is asked for around it; the prose on both sides still is.
    """
    chunk = chunks[index]
    if len(chunk.text) > 24 or chunk.gap < apart or len(chunk.lines) > 1:
        return None  # most paragraphs end here, before any other test
    text = chunk.text.strip()
    if text[:1] not in _BREAK_STARTS or len(text) > 20:
        return None
    rule = _between_rule(text)
    if rule is None:
        return None
    if rule in ("x-run-break", "lone-o-break") and not _prose_above(chunks, index):
        if not _centred_alone(chunks, index):
            return None
        rule = "centred-x-break"
    after = chunks[index + 1] if index + 1 < end else None
    if (
        after is not None
        and after.role == "text"
        and after.gap >= apart
        and not is_glyph_line(after.text)
        and len(after.text) > 40
    ):
        return rule
    return None


def _centred_alone(chunks: list[Chunk], index: int) -> bool:
    """Rule ``centred-x-break``: a lone "x" (or "xxx", "o") padded to the middle of the line,
    as a writer centres a break by hand, is a break under a short line of dialogue too.
    Kisses signing a letter stand at the margin under the sign-off, or centred with the
    letter itself: so the line above must be text that is not centred."""
    above = chunks[index - 1] if index else None
    return (
        chunks[index].centred and above is not None and above.role == "text" and not above.centred
    )


def _prose_above(chunks: list[Chunk], index: int) -> bool:
    """Whether the line above is a paragraph of story: text of some length."""
    above = chunks[index - 1] if index else None
    return above is not None and above.role == "text" and len(above.text) > 40


# The first characters of the lines ``_break_between`` reads: x/o runs, framed ones, "Break".
_BREAK_STARTS = frozenset("xXoObB-~*=+.:_|")


def _between_rule(text: str) -> str | None:
    """The rule a short line would be a break by, between two paragraphs: "x x x", a
    symmetric x/o run ("xox", "-oxo-"), or a bare "Break"; None for any other line."""
    words = text.split()
    if len(words) >= 3 and all(word in ("x", "X") for word in words):
        return "spaced-x-break"
    if text.lower() == "break":
        return "typed-break-words"
    if 1 <= len(text) <= 9 and set(text) in ({"x"}, {"X"}):
        # Rule ``x-run-break``: "xxx", or a lone "x", alone between two paragraphs of prose,
        # as journal and Tumblr writers part scenes. Kisses sign a letter or a note under a
        # short sign-off line ("Love, Mum"), so a paragraph of prose must stand above it as
        # well as below.
        return "x-run-break"
    if text in ("o", "O"):
        # Rule ``lone-o-break``: a lone "o" alone between two paragraphs of prose, the
        # shortest of the o rules ("ooo", "oOo"), as journal and DeviantArt writers part
        # scenes. No sentence is a lone "o", but a poem's "O" may stand as its own line, so
        # prose is asked for above as well as below, as for the lone "x".
        return "lone-o-break"
    core = text.strip("-~*=+.:_| ")
    folded = core.lower()
    # Both letters, at least three of them, and the same read backwards: "xox", "xXoXx".
    if not (3 <= len(core) <= 9 and set(folded) == {"x", "o"} and folded == folded[::-1]):
        return None
    # The frame, if any, matches too: "-xox-", not "xox." or "-xox".
    start = text.index(core)
    framed = text[:start] == text[start + len(core) :][::-1]
    return "letter-glyph-break" if framed else None


def blank_run_breaks(chunks: Chunks, start: int) -> Chunks:
    """Mark scene breaks made of blank lines: gaps wider than the usual paragraph gap.

    The usual gap is the most common one between two story paragraphs (1 in blank-line
    separated text, 0 in a phone paste). When wide gaps are common rather than rare, they are
    the author's habit, not breaks, and none is marked.
    """
    first = max(start, 1)
    pairs = [
        (i, chunk.gap)
        for i, (above, chunk) in enumerate(pairwise(chunks[first - 1 :]), start=first)
        if chunk.role == "text" and above.role == "text" and not chunk.continues
    ]
    if not pairs:
        return chunks
    usual = Counter(gap for _, gap in pairs).most_common(1)[0][0]
    glyphs = any(c.role == "scene-break" for c in chunks[start:])
    # Rule ``glyph-breaks-set``: a writer who parts her scenes with glyph lines ("***")
    # does not part them with blank lines as well; one blank line more than usual there is
    # a stray empty paragraph (an AO3 page's "<p>&nbsp;</p>"), and only a wider run is a
    # break.
    least = usual + 2 if glyphs and usual >= 1 else usual + 1
    if usual == 0 and glyphs:
        # Rule ``grouped-lines``: text written a line per paragraph whose scenes are parted
        # by glyphs ("◇", "* * *") uses single blank lines to group its lines, as pixiv
        # novels do; there only a wider run of blank lines is a break.
        usual, least = 1, 2
    wide = [i for i, gap in pairs if gap >= least]
    if len(wide) > 2 and len(wide) > 0.3 * len(pairs):
        return chunks
    marked = list(chunks)
    for i in _isolated(wide):
        marked[i] = replace(marked[i], break_before=True, rule="blank-run-break")
    return tuple(marked)


def _isolated(wide: list[int]) -> list[int]:
    """Rule ``spaced-stretch``: wide gaps between three or more paragraphs in a row are how
    that stretch is spaced (prose set between lines of chat typed without blank lines), not
    scene breaks; a break is a wide gap on its own among usual ones."""
    kept: list[int] = []
    run: list[int] = []
    for i in [*sorted(wide), -2]:  # -2 closes the last run
        if run and i != run[-1] + 1:
            kept += run if len(run) < 3 else []
            run = []
        run.append(i)
    return kept
