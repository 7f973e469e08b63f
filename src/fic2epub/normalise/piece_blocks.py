"""Pass ``piece-blocks``: an anthology's pieces, each opening with its own header block.

A fic exchange's collected works, a challenge community's round of fills, or a download
app's series file sets each piece under a little header of its own: "Title: …" over
"Author: …" (or the exchange's "For: …" / "From: …"), "Rating: …", "Summary: …", often a
"Notes: …". Each piece is a chapter titled by its block's title; the writer's line names
who wrote that piece (an anthology's authors are its pieces' writers); the other fields
are the piece's header, not its text; a note in the block stays for the body to read as
the piece's note before its text.
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, Chunks
from fic2epub.normalise.field_lines import field_line
from fic2epub.normalise.fields import field_for, is_known_label
from fic2epub.normalise.journal_cuts import cut_over_heading
from fic2epub.normalise.patterns import match_note

# Labels that name the piece's writer; "From" only beside a recipient's "For"/"To" line,
# as an exchange's gift header pairs them.
_WRITER_FIELDS = frozenset({"authors"})
_GIFT_FROM = frozenset({"from"})
_GIFT_TO = frozenset({"for", "to", "recipient", "gift for"})
# The most lines of one block under its title line.
_MOST_LINES = 8
# The fewest field lines under the title that make a block (besides any note).
_FEWEST_FIELDS = 2

RULE_WRITER = "piece-block-writer"
# The rules the headings pass gives a piece's header lines under its "Title:" line
# (pieces.piece_titles); in a block of fields the prompt is one of them, not a note.
_PIECE_LINES = frozenset({"piece-field", "piece-prompt"})


def piece_blocks(chunks: Chunks) -> Chunks:
    """Rule ``piece-block-title``: a "Title: …" line over two or more "Label: value" lines,
    all touching, opens a piece; its title heads a chapter (the line itself, or, where the
    writer set the same title as a heading just above the block, that heading). Rule
    ``piece-block-writer``: the block's "Author:" line (an exchange's "From:" beside its
    "For:") is dropped, its names kept for the book's authors; rule ``piece-block-field``:
    the block's other fields are dropped. A note label in the block stays text.

    Guards: two blocks at least, with different titles, each with one known field at
    least besides the title and story text after it; where the file has chapter headings
    other than the blocks' own, every block must sit right under a heading of its title;
    no block names a series part (series_blocks reads those)."""
    # Cheap question first: two "Title:" lines at least. Only "T" and "t" lower-case to "t".
    if sum(1 for c in chunks if c.text[:1] in "Tt" and c.text[:6].lower() == "title:") < 2:
        return ruled_piece_titles(chunks)
    found = [(index, block) for index in range(len(chunks)) if (block := _block(chunks, index))]
    if len(found) < 2 or len({_title(chunks[index]) for index, _ in found}) < len(found):
        return chunks
    headed = [_own_heading(chunks, index) for index, _ in found]
    own = {id(head) for head in headed if head is not None}
    others = any(c.role in ("heading", "part") and id(c) not in own for c in chunks)
    if others and any(head is None for head in headed):
        return chunks
    marked = list(chunks)
    for (index, block), head in zip(found, headed, strict=True):
        title = _title(chunks[index])
        if head is chunks[index]:
            pass  # the headings pass already read the line as the piece's title (pieces)
        elif head is None:
            marked[index] = replace(
                chunks[index], role="heading", rule="piece-block-title", label="", value=title
            )
        else:
            marked[index] = replace(chunks[index], role="dropped", rule="piece-block-title")
        gift = any(label in _GIFT_TO for _, label in block)
        for position, label in block:
            chunk = chunks[position]
            if field_for(label) in _WRITER_FIELDS or (gift and label in _GIFT_FROM):
                value = (field_line(chunk.text) or ("", ""))[1]
                marked[position] = replace(chunk, role="dropped", rule=RULE_WRITER, value=value)
            else:
                marked[position] = replace(chunk, role="dropped", rule="piece-block-field")
    # A journal's cut link over each later block ("( Fill two: The Gate, by name )") folds
    # the piece the block now heads (cut-over-heading, which ran before the blocks were
    # read). The first block's link is the header pass's: it reads the entry's top.
    first = found[0][0]
    later = marked[first:]
    cut_over_heading(later)
    marked[first:] = later
    return tuple(marked)


def _title(chunk: Chunk) -> str:
    """The value of a "Title: …" line."""
    return chunk.text.partition(":")[2].strip()


def _block(chunks: Chunks, index: int) -> list[tuple[int, str]]:
    """The field lines (position, lower-cased label) of the block whose "Title:" line is at
    ``index``, the note label that may close it left out; empty when it is no block."""
    chunk = chunks[index]
    if chunk.text[:6].lower() != "title:" or len(chunk.lines) != 1:
        return []
    if chunk.role != "text" and chunk.rule != "piece-title-field":
        return []
    if not 0 < len(_title(chunk)) <= 100:
        return []
    block: list[tuple[int, str]] = []
    position = index + 1
    while position < len(chunks) and len(block) < _MOST_LINES:
        line = chunks[position]
        if line.gap > 0 or len(line.lines) != 1:
            break
        if line.role != "text" and line.rule not in _PIECE_LINES:
            break
        if match_note(line.text) is not None:
            break  # the piece's note: the body reads it, with any paragraphs under it
        found = field_line(line.text)
        if found is None or not found[1]:
            break
        block.append((position, found[0].strip().lower()))
        position += 1
    known = [label for _, label in block if is_known_label(label) and field_for(label) != "title"]
    if len(block) < _FEWEST_FIELDS or not known:
        return []
    if any(label == "series" for _, label in block):
        return []  # a series' part blocks are the series pass's (series_blocks)
    return block if _text_after(chunks, position) else []


def _text_after(chunks: Chunks, position: int) -> bool:
    """Whether a paragraph of story text follows the block before the next "Title:" line."""
    for chunk in chunks[position : position + 8]:
        if chunk.text[:6].lower() == "title:":
            return False
        if chunk.role == "text" and len(chunk.text.split()) >= 8 and match_note(chunk.text) is None:
            return True
    return False


def _own_heading(chunks: Chunks, index: int) -> Chunk | None:
    """The block's heading: its "Title:" line when already read as one, else the heading
    right above the block, set apart by at most a blank line, when it carries the block's
    own title."""
    if chunks[index].role == "heading":
        return chunks[index]
    if index == 0 or chunks[index - 1].role != "heading":
        return None
    head = chunks[index - 1]
    return head if _same(head.text, _title(chunks[index])) else None


def _same(one: str, other: str) -> bool:
    """Two titles alike but for case and spacing."""
    return " ".join(one.split()).casefold() == " ".join(other.split()).casefold()


# The fewest characters of a rule across the page that rules a piece's title block off.
_RULE_WIDTH = 8
# The longest line, spaces around it included, that may be such a rule.
_LONGEST_RULE = 200
# The most header lines (dates, counts, a note) under the title inside its rules.
_MOST_RULED = 5


def ruled_piece_titles(chunks: Chunks) -> Chunks:
    """Rule ``ruled-piece-title``: a writer's export or a download app's series file sets each
    piece's title between two rules of one glyph ("=====" / "THE WILLOW ROAD" / "====="),
    perhaps with the piece's dates and counts and its note inside the rules. The title heads
    a chapter; the rules and the count lines go; a note label stays for the body to read
    as the piece's note before its text. Rule ``piece-block-field``: "Label: value" lines
    touching the closing rule are the piece's header too.

    Guards: two blocks at least, with different titles; each title a short line with no
    sentence's end, the two rules alike and all the block's lines touching; story text
    after each block; no chapter headings in the file but the blocks' own titles."""
    if sum(1 for chunk in chunks if _is_rule(chunk.text)) < 4:
        return chunks  # the cheap test first: four rule lines at least
    found = [(index, end) for index in range(len(chunks)) if (end := _ruled_end(chunks, index))]
    titles = {_key(chunks[index + 1].text) for index, _ in found}
    if len(found) < 2 or len(titles) < len(found):
        return chunks
    own = {index + 1 for index, _ in found}
    if any(c.role in ("heading", "part") for i, c in enumerate(chunks) if i not in own):
        return chunks
    marked = list(chunks)
    for index, end in found:
        marked[index] = replace(chunks[index], role="dropped", rule="ruled-piece-title")
        title = chunks[index + 1]
        marked[index + 1] = replace(
            title, role="heading", rule="ruled-piece-title", label="", value=title.text.strip()
        )
        for position in range(index + 2, end):
            if match_note(chunks[position].text) is None:
                marked[position] = _ruled_field(chunks[position])
        marked[end] = replace(chunks[end], role="dropped", rule="ruled-piece-title")
        position = end + 1
        while position < len(chunks) and _field_under_rule(chunks[position]):
            marked[position] = replace(chunks[position], role="dropped", rule="piece-block-field")
            position += 1
    _contents_label(marked)
    _leader_writer_contents(marked, titles)
    return tuple(marked)


# The words a list of the pieces is headed with (lower case, no colon).
_CONTENTS = frozenset({"contents", "table of contents"})


def _contents_label(chunks: list[Chunk]) -> None:
    """Rule ``chapter-list-label``: "Contents" right over the list of the pieces' titles the
    headings pass dropped. The contents rules kept it as text, the pieces' titles being no
    headings then; now that the ruled blocks head chapters, the list is theirs."""
    for index, chunk in enumerate(chunks[:-1]):
        below = chunks[index + 1]
        if chunk.role != "text" or below.rule != "chapter-list" or below.gap:
            continue
        if len(chunk.text) <= 20 and chunk.text.strip().rstrip(":").lower() in _CONTENTS:
            chunks[index] = replace(chunk, role="dropped", rule="chapter-list-label")


# A contents entry that names the piece's writer after the leader, with no page number:
# "The Two Friends ..... Ann Rowe and Tom Vey".
_LEADER_WRITER = lazy(r"(?P<name>\S.{0,80}?)\s*(?:\.\s?){3,}\s*(?P<writer>[^\s\d.].{0,60})")


def _leader_writer_contents(chunks: list[Chunk], titles: set[str]) -> None:
    """Rule ``contents-leader-writer``: an anthology's contents under its "Contents" line
    may set each piece's writer after the dot leader instead of a page number ("The Two
    Friends ..... Ann Rowe"); where every entry's name is a ruled piece's title (case
    aside), the label and the list go, as the pieces' own headings stand below."""
    for index, chunk in enumerate(chunks[:-1]):
        if chunk.role != "text" or len(chunk.text) > 20:
            continue
        if chunk.text.strip(" :#*_").lower() not in _CONTENTS:
            continue
        entries = []
        for position in range(index + 1, len(chunks)):
            line = chunks[position]
            if line.gap or line.role != "text" or "..." not in line.text:
                break
            found = [_LEADER_WRITER.fullmatch(text.strip()) for text in line.lines]
            if not all(f is not None and _key(f.group("name")) in titles for f in found):
                break
            entries.append(position)
        if entries and sum(len(chunks[p].lines) for p in entries) >= 2:
            for position in (index, *entries):
                chunks[position] = replace(
                    chunks[position], role="dropped", rule="contents-leader-writer"
                )
        return


def _key(title: str) -> str:
    """A title as compared with another: spacing and case aside."""
    return " ".join(title.split()).casefold()


def _is_rule(text: str) -> bool:
    """A rule across the page: one glyph, no letter or digit, repeated."""
    if len(text) > _LONGEST_RULE:
        return False  # the cheap test first: it runs on every chunk, paragraphs are long
    line = text.strip()
    return len(line) >= _RULE_WIDTH and not line[0].isalnum() and line.count(line[0]) == len(line)


def _ruled_end(chunks: Chunks, index: int) -> int:
    """The closing rule's position of the title block opening with the rule at ``index``,
    else 0."""
    rule = chunks[index]
    if not _is_rule(rule.text) or index + 2 >= len(chunks):
        return 0
    title = chunks[index + 1]
    text = title.text.strip()
    if title.gap or len(title.lines) != 1 or not 0 < len(text) <= 100 or _is_rule(text):
        return 0
    if text.endswith((".", "!", "?", ",", ":")) or title.role not in ("text", "heading"):
        return 0
    for position in range(index + 2, min(index + 3 + _MOST_RULED, len(chunks))):
        line = chunks[position]
        if line.gap or len(line.lines) != 1:
            return 0
        if _is_rule(line.text):
            same = line.text.strip() == rule.text.strip()
            return position if same and _text_after(chunks, position + 1) else 0
    return 0


def _ruled_field(chunk: Chunk) -> Chunk:
    """A header line inside a piece's rules, dropped: rule ``piece-block-writer`` where it
    names the piece's writer ("By: Ann Rowe and Tom Vey", kept for the book's authors, as
    in a block of fields), else ``piece-block-field``."""
    found = field_line(chunk.text)
    if found is not None and found[1] and field_for(found[0].strip().lower()) in _WRITER_FIELDS:
        return replace(chunk, role="dropped", rule=RULE_WRITER, value=found[1])
    return replace(chunk, role="dropped", rule="piece-block-field")


def _field_under_rule(chunk: Chunk) -> bool:
    """A piece's header field touching its block's closing rule: "Rating: Teen", not its
    note."""
    if chunk.gap or len(chunk.lines) != 1 or chunk.role != "text":
        return False
    found = field_line(chunk.text)
    return (
        found is not None
        and bool(found[1])
        and is_known_label(found[0].strip().lower())
        and match_note(chunk.text) is None
    )
