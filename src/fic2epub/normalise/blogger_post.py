"""A Blogger post page under the story: the post's footer, its comments and the sidebar.

Blogger closes a post with "Posted by <name> at <time>" (the comment count may follow on the
same line), then prints the comments ("2 comments:", "Anonymous said...", "Post a
Comment"), the post's labels, the pager and, in the older templates, the sidebar: "Blog
Archive" with the blog's other posts, "About Me" with the blogger's name. None of it is the
story or the author's note above it. The poster is the author when the header names none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chrome_labels import blogger_poster
from fic2epub.normalise.chunks import Chunk

# Lines of Blogger's comment section or sidebar, one of which must follow the "Posted by"
# line: "2 comments:", "No comments:", "Post a Comment", "Blog Archive", "About Me"; and
# the comment section's head in the translations ``POSTED_AT`` knows (Polish "3
# komentarze:", "Brak komentarzy:", "Prześlij komentarz"; Spanish "2 comentarios:", "No
# hay comentarios:"; Portuguese "Nenhum comentário:", "Postar um comentário"; French "2
# commentaires :", "Aucun commentaire:"; German "2 Kommentare:", "Keine Kommentare:",
# "Kommentar veröffentlichen"; Italian "2 commenti:", "Nessun commento:", "Posta un
# commento"; Dutch "2 opmerkingen:", "Geen opmerkingen:"; Danish, Norwegian and Swedish "2
# kommentarer:", "Ingen kommentarer:", "Send en kommentar", "Legg inn en kommentar",
# "Skicka en kommentar"). Each count has its colon: a sentence does not end so.
_COMMENT_WORD = (
    r"comments?|komentarz[ey]?|komentarzy|comentarios?|coment[áa]rios?|commentaires?"
    r"|kommentare?|kommentarer|commenti|commento|opmerkingen?|reacties?"
)
_AFTER_POST = lazy(
    rf"(?:\d{{1,5}}|no|no\s+hay|brak|nenhum|aucun|keine|nessun|geen|ingen)\s+(?:{_COMMENT_WORD})\s*:"
    r"|post\s+a\s+comment|prze[śs]lij\s+komentarz|publicar\s+un\s+comentario"
    r"|postar\s+um\s+coment[áa]rio|enregistrer\s+un\s+commentaire"
    r"|kommentar\s+ver[öo]ffentlichen|posta\s+un\s+commento|een\s+reactie\s+posten"
    r"|(?:send|skriv|legg\s+inn|skicka)\s+en\s+kommentar"
    r"|blog\s+archive|about\s+me",
    re.IGNORECASE,
)


def blogger_footer_start(chunks: list[Chunk], first: int, end: int) -> int:
    """Rule ``blogger-post-footer``: from Blogger's "Posted by X at 9:14 PM" line to the
    chapter's end, all is the page's (comments, labels, pager, sidebar). Marks what is not
    dropped yet; returns where the footer starts.

    Guards: the line is the last "Posted by … at <time>" line of the chapter, so on a page
    of two posts only the second post's footer goes and the second post itself stays (the
    first post's footer is left to the other rules); and Blogger's
    comment section or sidebar follows it ("2 comments:", "Post a Comment", "Blog Archive",
    "About Me") or closes the line itself ("… 2 comments:").
    """
    posted = _footer_line(chunks, first, end)
    if posted is None:
        return end
    for index in range(posted, end):
        if chunks[index].role != "dropped":
            chunks[index] = replace(chunks[index], role="dropped", rule="blogger-post-footer")
    return posted


# The post's labels line in its footer: "Labels: fic, one-shot".
_LABELS = lazy(r"labels?\s*:\s*\S.{0,200}", re.IGNORECASE)


def blogger_labels(chunks: list[Chunk], first: int, end: int) -> None:
    """Rule ``blogger-post-labels``: the "Labels:" line right under a "Posted by X at
    <time>" line (no blank line between) is the post footer's, as on a home page's teaser
    copied over its post page; the footer rule above takes only the last such footer.
    Guards: the line above is Blogger's poster line, and the labels line is short."""
    for index in range(max(first, 1), end):
        chunk = chunks[index]
        if (
            chunk.role == "text"
            and not chunk.gap
            and chunk.text[:5].lower() == "label"
            and _LABELS.fullmatch(chunk.text) is not None
            and blogger_poster(chunks[index - 1].text) is not None
        ):
            chunks[index] = replace(chunk, role="dropped", rule="blogger-post-labels")


def blogger_footer_line(chunks: list[Chunk]) -> int | None:
    """The index of the "Posted by X at <time>" line that opens a Blogger post page's
    footer (see :func:`blogger_footer_start`), else None."""
    return _footer_line(chunks, 0, len(chunks))


def _footer_line(chunks: list[Chunk], first: int, end: int) -> int | None:
    """The chapter's last "Posted by" line, when Blogger's comment section or sidebar
    follows it or closes the line itself; else None."""
    posted = _last_posted_line(chunks, first, end)
    if posted is None:
        return None
    line = chunks[posted].text
    if not (_AFTER_POST.search(line) or any(_section_line(c) for c in chunks[posted + 1 : end])):
        return None
    return posted


def _last_posted_line(chunks: list[Chunk], first: int, end: int) -> int | None:
    """The last chunk of the chapter that is Blogger's "Posted by" line, or None."""
    for index in range(end - 1, first - 1, -1):
        if blogger_poster(chunks[index].text) is not None:
            return index
    return None


def _section_line(chunk: Chunk) -> bool:
    """A line of Blogger's comment section or sidebar head (see ``_AFTER_POST``)."""
    text = chunk.text.strip()
    return len(text) <= 40 and _AFTER_POST.fullmatch(text) is not None


def blogger_posters(chunks: Sequence[Chunk]) -> list[str]:
    """Rule ``blogger-poster-author``: the names on Blogger's "Posted by X at <time>" lines
    under the story, in order, each once. On a blog the poster is the author; read only
    when the header names no author."""
    names: list[str] = []
    for chunk in chunks:
        if chunk.role != "dropped":
            continue
        if (name := blogger_poster(chunk.text)) is not None and name not in names:
            names.append(name)
    return names
