"""A journal community's entry copied whole: the community's name above the post.

A LiveJournal or Dreamwidth community page prints the community's name and tagline, the
entry links, the entry's subject and "Posted by X on <date>" above the post; the journals'
own styles print the subject and its date over "[info]X wrote in [info]comm". The lines
above that poster line frame the entry; the author's own header below it names the story.
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.normalise.blog import posted_line
from fic2epub.normalise.chrome import journal_poster
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.fields import date_line, is_known_label
from fic2epub.normalise.patterns import FIELD_RE

# How far down the copy the "Posted by" line may sit, and its header's "Title:" below it.
_REACH = 12


def drop_entry_preamble(chunks: list[Chunk]) -> None:
    """Rule ``journal-entry-preamble``: the lines above a journal entry's poster line near
    the top ("Posted by X on <date>", "[info]X wrote in [info]comm") are the page's (the
    community's name, its tagline, the entry's subject), when the post's own header below
    gives a "Title:" field: that field, not the community's name, titles the story. Without
    such a field the subject line right above the poster line (or above the date under the
    subject) is kept, as the header's title.
    """
    for at in range(1, min(_REACH, len(chunks))):
        if not _poster_line(chunks[at].text):
            continue
        if not _preamble(chunks[:at]):
            return
        titled = any(
            (found := FIELD_RE.match(chunk.text)) and found.group("key").strip().lower() == "title"
            for chunk in chunks[at + 1 : at + 1 + _REACH]
            if ":" in chunk.text[:8]
        )
        last = at if titled else at - 1
        if not titled and last > 0 and date_line(chunks[last].text) is not None:
            last -= 1  # the subject's date under it: the subject is the title
        for index in range(last):
            if chunks[index].role == "text":
                chunks[index] = replace(
                    chunks[index], role="dropped", rule="journal-entry-preamble"
                )
        return


def _poster_line(text: str) -> bool:
    """Whether a line names the entry's poster: "Posted by X on <date>", or the journal's
    user-icon line "[info]X wrote in [info]comm" (LiveJournal's community styles), "[personal
    profile] X posted in [community profile] comm" (Dreamwidth's), or, copied without the
    icons from LiveJournal's newer styles, "X (X) wrote in comm,"."""
    if text[:1] == "[" or " in " in text:
        return journal_poster(text) is not None
    head = text[:9].lower()
    return head.startswith("posted by") and " on " in text and posted_line(text) is not None


def _preamble(chunks: list[Chunk]) -> bool:
    """Whether lines may be a community page's preamble: short, unlabelled, no headings. A
    "Posted by" line under the story's own header or a chapter is a footer, not this.

    The entry's subject may carry its own tag before a colon ("fic: Title (Fandom, G)",
    "FIC: Title"): a word no header uses as a label, so it is the subject, not a field."""
    return all(
        chunk.role in ("text", "dropped")
        and len(chunk.text) <= 200
        and (
            ":" not in chunk.text[:30]
            or not (found := FIELD_RE.match(chunk.text))
            or not is_known_label(found.group("key"))
        )
        for chunk in chunks
    )
