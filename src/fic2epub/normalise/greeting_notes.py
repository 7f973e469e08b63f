"""A poster's greeting above the story's header fields.

A fic posted to a forum, a blog or a social site often opens with a word to the readers
("Hi all! It has been ages since I posted. Here is something old, tell me what you think.")
and only then the writer's header block: "Title:", "Author:", "Rating:", "Summary:". The
greeting is the writer's, not the story's and not a summary: an unlabelled front note.
Greetings come in every language, so the rule reads the layout, not the words.
"""

from __future__ import annotations

from collections.abc import Sequence

from fic2epub.lazy_re import lazy
from fic2epub.normalise.archive_notice import archive_notice
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import OPENING_QUOTES, Chunk, drop_all
from fic2epub.normalise.field_lines import field_line
from fic2epub.normalise.fields import field_for, is_known_label
from fic2epub.normalise.moderator_notes import moderator_tag
from fic2epub.normalise.notes import mark_note_run

# The most paragraphs a greeting may run to, and its longest.
_GREETING_PARAGRAPHS = 2
_GREETING_CHARS = 600
# The fewest known fields the header block under it holds.
_FIELDS = 3
# A sentence's end: a greeting is written in sentences, a page's date or counts line is not.
_SENTENCE_END = lazy(r"[.!?…](?:\s|$)")
# The fewest words a greeting holds: a title line or a subject line holds fewer.
_GREETING_WORDS = 8
# Dialogue dashes open a story's line in Spanish, Portuguese, Russian.
_DIALOGUE = ("—", "–", "-")


def greeting_above_fields(chunks: list[Chunk], index: int) -> int | None:
    """Rule ``greeting-above-fields``: one or two short paragraphs at the top of the text,
    set apart by a blank line from a block of three or more known header fields that names
    the title ("Title:", "Título:", "Titel:"), are the poster's greeting: an unlabelled
    front note. Returns the index of the first field, else None.

    Guards: every paragraph plain text in sentences, none a field, none site chrome, none
    opening with dialogue; eight words at least (a title line has fewer), yet short;
    the fields one block (no blank line between them), so a story's own paragraph above a
    letter or a form in the text is not taken."""
    # An archive's notice about the file it keeps (archive_notice) need not be in sentences.
    notice = archive_notice(chunks[index].text)
    end = index
    while end < len(chunks) and end - index < _GREETING_PARAGRAPHS + 1:
        chunk = chunks[end]
        if chunk.role != "text" or field_line(chunk.text) is not None:
            break
        if chunk.text[:1] in OPENING_QUOTES or chunk.text.startswith(_DIALOGUE):
            return None
        if not notice and (not _SENTENCE_END.search(chunk.text) or is_site_chrome(chunk.text)):
            return None  # a page's date or counts line, not words to the readers
        end += 1
    if not 0 < end - index <= _GREETING_PARAGRAPHS or end >= len(chunks) or not chunks[end].gap:
        return None
    if sum(len(chunk.text) for chunk in chunks[index:end]) > _GREETING_CHARS:
        return None
    if sum(len(chunk.text.split()) for chunk in chunks[index:end]) < _GREETING_WORDS:
        return None
    if not is_field_block(chunks, end):
        return None
    if moderator_tag(chunks[index].text):
        # The list's moderator speaking, not the writer (moderator_notes).
        drop_all(chunks, range(index, end), "moderator-note")
        return end
    if notice:
        # The archive's word about the file it keeps, not the writer's (archive_notice).
        drop_all(chunks, range(index, end), "archive-notice-above-header")
        return end
    mark_note_run(chunks, index, end, "greeting-above-fields")
    return end


def is_field_block(chunks: Sequence[Chunk], start: int) -> bool:
    """Whether a block of header fields starts at ``start``: three known ones at least (a
    writer's own labels, "Based on:", may stand among them), one of them the title."""
    labels: list[str] = []
    for position in range(start, len(chunks)):
        chunk = chunks[position]
        if position > start and chunk.gap:
            break
        field = field_line(chunk.text)
        if field is None:
            break
        labels.append(field[0])
    known = [label for label in labels if is_known_label(label)]
    return len(known) >= _FIELDS and any(field_for(label) == "title" for label in known)
