"""Scene breaks inside a chapter: glyph lines, a spaced "x x x", and runs of blank lines.

A break right after another, or before a chapter's first prose, collapses away; a page's
furniture and an anti-piracy notice among the prose are dropped on the way.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from fic2epub.normalise.chapter_pages import is_piracy_notice
from fic2epub.normalise.chunks import Chunk, Chunks, is_break_words, is_glyph_line
from fic2epub.normalise.pages import page_furniture


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
        glyphs = is_glyph_line(chunk.text) or bool(pattern and pattern.fullmatch(chunk.text))
        if previous == "text" and _spaced_x_break(chunks, index, end):
            chunks[index] = replace(chunk, role="scene-break", rule="spaced-x-break")
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


def _spaced_x_break(chunks: list[Chunk], index: int, end: int) -> bool:
    """Rule ``spaced-x-break``: "x x x" on a line of its own between two paragraphs of the
    story is a scene break, as LiveJournal writers typed one.

    The glyph test leaves a spaced "x x x" alone, as kisses under a note may be written so;
    here the line stands apart, with a blank line on both sides, and story text follows it
    as well as precedes it (the caller checks the text above).
    """
    chunk = chunks[index]
    if chunk.text[:1] not in "xX" or len(chunk.text) > 20 or chunk.gap == 0:
        return False
    words = chunk.text.split()
    if len(words) < 3 or any(word not in ("x", "X") for word in words):
        return False
    after = chunks[index + 1] if index + 1 < end else None
    return (
        after is not None
        and after.role == "text"
        and after.gap > 0
        and not is_glyph_line(after.text)
        and len(after.text) > 40
    )


def blank_run_breaks(chunks: Chunks, start: int) -> Chunks:
    """Mark scene breaks made of blank lines: gaps wider than the usual paragraph gap.

    The usual gap is the most common one between two story paragraphs (1 in blank-line
    separated text, 0 in a phone paste). When wide gaps are common rather than rare, they are
    the author's habit, not breaks, and none is marked.
    """
    pairs = [
        (i, chunks[i].gap)
        for i in range(max(start, 1), len(chunks))
        if chunks[i].role == "text" and chunks[i - 1].role == "text" and not chunks[i].continues
    ]
    if not pairs:
        return chunks
    usual = Counter(gap for _, gap in pairs).most_common(1)[0][0]
    # Rule ``grouped-lines``: text written a line per paragraph whose scenes are parted by
    # glyphs ("◇", "* * *") uses single blank lines to group its lines, as pixiv novels
    # do; there only a wider run of blank lines is a break.
    if usual == 0 and any(c.role == "scene-break" for c in chunks[start:]):
        usual = 1
    wide = [i for i, gap in pairs if gap > usual]
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
