"""A journal's or blog's name over a post names its poster; the header may name another writer."""

from __future__ import annotations

from fic2epub.normalise.chunks import Chunks
from fic2epub.normalise.fields import field_for, split_authors
from fic2epub.normalise.metadata import MetadataBuilder

# The rule that reads a lone user name over a post as its author (header.handle_line).
_HANDLE_RULE = "handle-line"


def poster_not_author(chunks: Chunks, meta: MetadataBuilder) -> None:
    """Rule ``poster-not-author``: a lone user name over a post (a LiveJournal journal's
    name, a Tumblr blog's) is read as the author only for want of a better source: the
    post's own header that names its writer ("Author: Peg Pettigrew") wins, and the poster
    is left out (a friend posting for the writer, a journal kept for a fest).

    Only the lone name (``handle-line``), only when an author field in the header names
    someone else, and a poster the field also names stays."""
    handles = {
        name
        for chunk in chunks
        if chunk.role == "byline" and chunk.rule == _HANDLE_RULE and chunk.value
        for name in split_authors(chunk.value)
    }
    if not handles:
        return
    named = {
        name
        for chunk in chunks
        if chunk.role == "field" and chunk.value and field_for(chunk.label) == "authors"
        for name in split_authors(chunk.value)
    }
    if not named:
        return
    authors = meta.values.get("authors", ())
    if isinstance(authors, tuple):
        kept = tuple(name for name in authors if name not in handles or name in named)
        if kept:
            meta.values["authors"] = kept
