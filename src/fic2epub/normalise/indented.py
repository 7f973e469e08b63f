"""Header values that carry on over indented lines, as blog and mailing-list headers write them.

Dreamwidth and LiveJournal posts and old mailing-list headers wrap a long "Notes:" or
"Summary:" value onto lines indented under the label; a blank line between indented
paragraphs does not end the value, the first unindented line does.
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.normalise.chunks import Chunk, is_glyph_line
from fic2epub.normalise.note_run_on import narrates
from fic2epub.normalise.notes import is_note_like, is_structural


def _merge(head: Chunk, tail: Chunk) -> Chunk:
    """One paragraph from a chunk and the wrapped line under it."""
    value = f"{head.value} {tail.text}" if head.role == "note" else head.value
    return replace(
        head,
        text=f"{head.text} {tail.text}",
        lines=head.lines + tail.lines,
        last=tail.last,
        value=value,
    )


def indented_note_body(chunks: list[Chunk], note: int, index: int) -> int:
    """Rule ``indented-note-body``: the lines indented under a header note's label line
    ("Notes: Written for …" over "    My recipient asked …") are the note's text. Lines
    right under each other join into one paragraph; a single blank line between indented
    lines starts the note's next paragraph. Returns the index after the note.

    Guards: the label line has text of its own and is not indented, the first line under
    it follows with no blank line and a deeper indent (prose never starts so), and the text
    below the indented lines is not indented too (rule ``prose-indent-not-note-body``).
    """
    head = chunks[note]
    if head.role != "note" or head.indent > 0 or note + 1 >= len(chunks):
        return index
    if not head.value:
        return _indented_block(chunks, note, index)
    if chunks[note + 1].gap > 0 or chunks[note + 1].indent < 2:
        return index
    if _story_indent(chunks, note + 1):
        return index
    # The note's own rule may have taken some of the lines already: walk them again.
    taken = index - note - 1
    current, position = note, note + 1
    while position < len(chunks):
        chunk = chunks[position]
        if chunk.indent < 2 or chunk.gap > 1 or is_structural(chunk):
            break
        if chunk.role not in ("text", "note-body"):
            break
        if chunk.gap == 0 and not _never_wrapped(chunks[current]):
            chunks[current] = _merge(chunks[current], chunk)
            del chunks[position]
            taken -= 1
            continue
        rule = "indented-note-body" if chunk.gap else "indented-note-paragraph"
        chunks[position] = replace(chunk, role="note-body", rule=rule)
        current = position
        position += 1
        taken -= 1
    # Lines the note's own rule took beyond the indented ones stay in the note.
    return position + max(taken, 0)


# No wrapping editor leaves a line this long: such a line is a whole paragraph.
_LONGEST_WRAPPED = 100


def _never_wrapped(chunk: Chunk) -> bool:
    """Rule ``indented-note-paragraph``: a note line longer than any wrap width that ends a
    sentence was never wrapped, so the indented line right under it is not its wrapped
    rest but the note's next paragraph, as a word processor saving "plain text" with no
    blank lines writes a tab-indented paragraph under the label's."""
    last = chunk.lines[-1]
    return len(last) > _LONGEST_WRAPPED and last.endswith(_SENTENCE_END)


_SENTENCE_END = (".", "!", "?", "”", '"', "’", ")", "…")


def _indented_block(chunks: list[Chunk], note: int, index: int) -> int:
    """Rule ``indented-note-block``: a note label alone on its line ("Notes") over paragraphs
    indented as a block, as AO3's text download and pandoc set a work's notes; every
    indented paragraph up to the first unindented line or run of blank lines is the note's.

    Guards: the first paragraph is indented and follows after at most one blank line, the
    block ends at a structural line (an AO3 pointer, a heading) or a run of blank lines,
    and the story's own paragraphs are not indented (else the indent is the prose's).
    """
    first = chunks[note + 1]
    if first.indent < 2 or first.gap > 1 or first.role not in ("text", "note-body"):
        return index
    position = note + 1
    while position < len(chunks):
        chunk = chunks[position]
        if chunk.indent < 2 or chunk.gap > 1:
            break
        if is_structural(chunk) and chunk.role != "note-body":
            break
        if chunk.role not in ("text", "note-body"):
            return index
        position += 1
    ending = chunks[position] if position < len(chunks) else None
    if ending is None or not (ending.gap > 1 or is_structural(ending)):
        return index  # the block runs to the end of the text: it is the story
    if position <= index or _prose_indented(chunks[position:]):
        return index
    for at in range(note + 1, position):
        chunks[at] = replace(chunks[at], role="note-body", rule="indented-note-block")
    return position


def _story_indent(chunks: list[Chunk], start: int) -> bool:
    """Rule ``prose-indent-not-note-body``: the lines indented under a one-line note are the
    story's first paragraphs when the story below is indented just as they are (a
    tab-indented file with no blank lines, one paragraph a line) and the first of them
    narrates rather than talks as the author: the indent is the prose's, not the note's.
    A note's second paragraph in such a file ("The contents below are Word's, not mine")
    talks, and stays the note's; so does a value aligned under its label, deeper than the
    story's indent."""
    first = chunks[start]
    if is_note_like(first.text) or not narrates(first.text):
        return False
    below = chunks[_block_end(chunks, start) :]
    prose = next((c for c in below if c.role == "text" and not is_glyph_line(c.text)), None)
    return prose is not None and prose.indent == first.indent and _prose_indented(below)


def _block_end(chunks: list[Chunk], start: int) -> int:
    """Where the indented lines from ``start`` stop: at an unindented or structural line or
    a run of blank lines."""
    position = start
    while position < len(chunks):
        chunk = chunks[position]
        if chunk.indent < 2 or chunk.gap > 1 or is_structural(chunk):
            break
        position += 1
    return position


def _prose_indented(chunks: list[Chunk]) -> bool:
    """Whether most of the text below is indented: then an indent marks no block."""
    text = [c for c in chunks[:200] if c.role == "text" and len(c.text) > 60]
    return len(text) >= 3 and sum(c.indent >= 2 for c in text) * 2 > len(text)
