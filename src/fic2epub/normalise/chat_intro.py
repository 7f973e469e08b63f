"""Rule ``chatter-over-title``: the poster's word to a chat before the story's title line.

A story posted in a group chat (a WhatsApp export, a copied channel) opens with the poster
talking to the others ("ok here it is, part one. be gentle"), then the title on a line of
its own, the header lines and the first heading. The chat's framing is gone by then (the
export's prefixes, the other members' lines), so the line stands at the top of the text,
over the title. It is the author talking: an unlabelled front note, and the title is the
line under it.
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.field_lines import field_line
from fic2epub.normalise.header_summary import is_chatter

# The longest title line, and how far below it the first heading may be.
_TITLE = 60
_HEADING_WITHIN = 5
_SENTENCE_END = (".", "!", "?", ",", ";", ":")
# A whole line in a chat's bold: "*The Title*".
_BOLD_TITLE = lazy(r"\*[^*\s][^*]{0,58}[^*\s]\*")


def chatter_over_title(chunks: list[Chunk], index: int) -> bool:
    """Mark the chat line at ``index`` as an unlabelled note when it is one (see module).

    Guards: the text's first line (nothing but dropped framing above it, or the chat
    message's header read as the byline), written in the
    chat's lower case and talking to readers or opening as chat does (or over a title set
    in the chat's bold); under it a short line with no sentence's end and no field's label
    (the title); and a chapter or part heading a few lines further down, so a story whose
    first line is dialogue ("Hey," said Tom) over a short line never loses it.
    """
    chunk = chunks[index]
    if chunk.role != "text" or index + 1 >= len(chunks) or len(chunk.lines) != 1:
        return False
    # Rule ``chatter-under-sender``: a copied channel keeps the message's header over the
    # chatter ("name — 03/11/2024 8:02 PM"), read as the byline: framing too.
    above = [c for c in chunks[:index] if c.role != "dropped"]
    if any(c.rule != "forum-poster" for c in above) or not chunk.text[:1].islower():
        return False
    title = chunks[index + 1]
    if title.role != "text" or len(title.lines) != 1 or len(title.text) > _TITLE:
        return False
    # Rule ``chatter-over-bold-title``: a title sent in the chat's bold ("*The Title*") is
    # the title whatever the lower-case line over it says ("almost!! one sec").
    if not is_chatter(chunk.text) and _BOLD_TITLE.fullmatch(title.text) is None:
        return False
    if title.text.endswith(_SENTENCE_END) or field_line(title.text) is not None:
        return False
    below = chunks[index + 2 : index + 2 + _HEADING_WITHIN]
    if not any(c.role in ("heading", "part") for c in below):
        return False
    chunks[index] = replace(
        chunk, role="note", rule="chatter-over-title", label="", value=chunk.text
    )
    return True
