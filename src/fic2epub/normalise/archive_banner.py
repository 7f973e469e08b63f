"""Rule ``ruled-archive-banner``: an archive's notice ruled off at the top of a story file.

Old fan archives served each story as a plain-text file that opens with the archive's own
block between two rules of "=" (or "-", "*", "#", "~"), no sides drawn: its name, its
address, "archived with the author's permission, do not repost". The story's own header
(Title:, Author:, …) follows under it::

    ==========================================================
       THE LAMPLIGHT ARCHIVE -- stories for the old operettas
       http://lamplight.example.org/
    ==========================================================

    Title:    …

The block is the archive's, not the story's: neither its title nor a note.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.bylines import byline_names
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.field_lines import field_line
from fic2epub.normalise.fields import field_for, is_known_label
from fic2epub.normalise.patterns import same_text

# The characters a banner's rules are drawn with.
_RULE_CHARACTERS = "=-*#~"
# A rule is at least this long: a scene break of a few glyphs is no banner's.
_SHORTEST_RULE = 20
# The most lines between the two rules.
_MOST_LINES = 8
# How far under the banner the header's Title field may stand.
_TITLE_WITHIN = 6


def _rule(line: str) -> bool:
    """A rule of one character, long enough for a banner."""
    stripped = line.strip()
    return (
        len(stripped) >= _SHORTEST_RULE
        and stripped[0] in _RULE_CHARACTERS
        and stripped == stripped[0] * len(stripped)
    )


def _field(chunk: Chunk, title: bool = False) -> bool:
    """Whether a chunk opens with a known header field (the Title field, with ``title``)."""
    found = field_line(chunk.lines[0].strip()) if chunk.lines else None
    if found is None:
        return False
    return field_for(found[0]) == "title" if title else is_known_label(found[0])


def ruled_archive_banner(marked: list[Chunk]) -> None:
    """Drop the ruled block opening the file when the story's header follows it.

    Guards: the file opens with the rule; the same rule closes the block within a few
    lines, with no blank line inside (a notice, not a page of text); the first line under
    it is a known header field, and a Title field is among the first fields; no line of the
    block is a byline or the title again, so a title block drawn between two rules
    ("=====", "THE TITLE", "by Name", "=====") stays the story's.
    """
    if not marked:
        return
    if len(marked[0].lines) > 1:
        _closed_archive_banner(marked)
        return
    if not _rule(marked[0].text):
        return
    opening = marked[0].text.strip()
    lines = 0
    end = None
    for index in range(1, len(marked)):
        chunk = marked[index]
        if chunk.gap or chunk.role != "text":
            return
        lines += len(chunk.lines)
        if lines > _MOST_LINES + 1:
            return
        if chunk.lines[-1].strip() == opening:
            end = index + 1
            break
    if end is None or end >= len(marked) or not _field(marked[end]):
        return
    titles = [
        found[1]
        for chunk in marked[end : end + _TITLE_WITHIN]
        if _field(chunk, title=True) and (found := field_line(chunk.lines[0].strip()))
    ]
    if not titles:
        return
    for chunk in marked[1:end]:
        for line in chunk.lines:
            if byline_names(line.strip()) is not None or same_text(line.strip(), titles[0]):
                return  # the story's own title block, drawn between rules
    for index in range(end):
        marked[index] = replace(marked[index], role="dropped", rule="ruled-archive-banner")


# The archive names itself in its banner: "archive", "archived", "do not repost".
_ARCHIVE_WORD = lazy(r"\barchiv|\bre-?post\b", re.IGNORECASE)


def _closed_archive_banner(marked: list[Chunk]) -> None:
    """Rule ``closed-archive-banner``: the same block with only its closing rule, the
    archive's lines run straight from the file's first line down to the rule::

        THE LAMPLIGHT ARCHIVE  --  text file  --  wren/tides.txt
        Archived 1999-02-03 from the original posting. Do not repost.
        ==========================================================

    Guards: the file's first paragraph, a few lines with no blank line among them, the rule
    its last line and no other; a line of it says "archive" (or "repost"), as an archive's
    banner does and a title block does not; under it, past the Usenet or mail headers of a
    post the archive kept (dropped already), a known header field, and a Title field among
    the first fields; no byline and no title again in the block."""
    block = marked[0]
    lines = [line.strip() for line in block.lines]
    if len(lines) > _MOST_LINES + 1 or not _rule(lines[-1]):
        return
    if any(_rule(line) for line in lines[:-1]) or not _ARCHIVE_WORD.search(block.text):
        return
    below = [chunk for chunk in marked[1 : 1 + 2 * _TITLE_WITHIN] if chunk.role != "dropped"]
    if not below or not _field(below[0]):
        return
    titles = [
        found[1]
        for chunk in below[:_TITLE_WITHIN]
        if _field(chunk, title=True) and (found := field_line(chunk.lines[0].strip()))
    ]
    if not titles:
        return
    for line in lines[:-1]:
        if byline_names(line) is not None or same_text(line, titles[0]):
            return
    marked[0] = replace(block, role="dropped", rule="closed-archive-banner")
