"""Rule ``fanficfare-chapter-line``: FanFicFare's TXT output heads each chapter with a tab.

FanFicFare writes a TXT file's chapter start as two blank lines, a tab and the chapter's
name, and a blank line ("\\n\\n\\tThe Slippers\\n\\n"); its wrapper expands the tab to eight
spaces, and the decode pass expands a tab it kept to four. With its title page and contents
page switched off, nothing else names the chapters: FFN's chapter names are bare titles
("Vakula"), which no heading pattern can tell from a short line of prose. The file's last
line, "End file.", says whose layout it is; only then is an indented line set apart by two
blank lines above a chapter line. html2text's own indented lines (code blocks) are not set
off by two blank lines, and its prose paragraphs are never indented.
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.normalise.chunks import Chunk, Chunks

# FanFicFare's TEXT_FILE_END, the last line of every TXT file it writes.
_FILE_END = "End file."
# The tab as FanFicFare's wrapper expands it (8) and as the decode pass does (4).
_TAB_INDENTS = (4, 8)
# The longest line taken as a chapter's name.
_LONGEST_NAME = 100
# The roles a chapter line may have by now: a bare name, or a name a heading pattern read.
_NAME_ROLES = ("text", "heading")


def fanficfare_chapter_lines(chunks: Chunks) -> Chunks:
    """Mark FanFicFare's tab-indented chapter lines as headings in a file it wrote, when
    there are two or more of them."""
    if not _fanficfare_file(chunks):
        return chunks
    found = [index for index in range(len(chunks)) if _chapter_line(chunks, index)]
    if len(found) < 2:
        # A one-shot's single chapter line repeats its title; the header reads it so.
        return chunks
    marked = list(chunks)
    for index in found:
        marked[index] = replace(chunks[index], role="heading", rule="fanficfare-chapter-line")
    return tuple(marked)


def _fanficfare_file(chunks: Chunks) -> bool:
    """Whether the file ends with FanFicFare's "End file." line."""
    return bool(chunks) and chunks[-1].text.strip() == _FILE_END


def _chapter_line(chunks: Chunks, index: int) -> bool:
    """A one-line chunk indented by one tab, two blank lines above it and one below."""
    chunk: Chunk = chunks[index]
    # A chapter name that a heading pattern reads already ("Sequel: The Return") is one
    # of the chapter lines all the same.
    if chunk.role not in _NAME_ROLES or chunk.indent not in _TAB_INDENTS or len(chunk.lines) != 1:
        return False
    if chunk.gap < 2 or len(chunk.text) > _LONGEST_NAME or index + 1 >= len(chunks):
        return False
    return chunks[index + 1].gap >= 1
