"""A chapter page's counted comment section, and the pager links right above it.

Writing sites (Goodreads' old "writing" pages, small story hosts) print under each chapter
its pager ("previous chapter: Title"), then "comments (6)", a counter ("showing 1-2 of 6"),
the comments as "Name wrote: "…"" and an "add a comment" link. None of it is the story's,
and a note closing the chapter above it must not take it in.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.comments import is_comment_prompt
from fic2epub.normalise.posted_field_posts import is_post_buttons

# The word "comments" in the languages blogs and story sites print it under a post: Czech,
# Catalan, Romanian, Spanish, Portuguese, French, German, Italian, Polish, Turkish, Hebrew.
_WORD = (
    r"comments?|koment(?:áře|ářů|ář)|comentaris?|comentarii|comentarios?|coment[áa]rios?"
    r"|commentaires?|kommentare?|commenti|komentarz[ey]?|komentarzy|yorum(?:lar)?|תגובות"
)
# The section's head: "comments (6)", "Comments: 6", "6 comments", "Komentáře (3)".
_HEAD = lazy(rf"(?:{_WORD})\s*(?:\(\d{{1,6}}\)|:\s*\d{{1,6}})|\d{{1,6}}\s+(?:{_WORD})", re.I)
# One comment: "Name wrote: "…"" (the quote opens the comment's text).
_COMMENT = lazy(r"[^\s:\"“][^:\"“]{0,40}\s+wrote:\s*[\"“].*", re.IGNORECASE)
# The section's counter and its closing link.
_COUNTER = lazy(r"showing\s+\d{1,6}\s*[-–]\s*\d{1,6}\s+of\s+\d{1,6}", re.IGNORECASE)
_ADD_LINK = lazy(
    r"(?:add|post|leave|write)\s+a\s+comment|adaugă\s+un\s+comentariu|přidat\s+komentář"
    r"|deixa\s+un\s+comentari|deja\s+un\s+comentario|laisser\s+un\s+commentaire",
    re.IGNORECASE,
)
# Rule ``signed-comment-line``: a blog's or a story site's comment head, the commenter's name
# and the date, then the reply link or the comment itself, split by bars: "Jana | 3. května
# 2015 v 10:12 | Reagovat", "ana_m | 02.03.2009 | Ce frumos!"; or WordPress's name and long
# date with the time ("ana_m dilluns, 4 de maig de 2015 a les 9:12").
_SIGNED = lazy(
    r"[^\s|][^|]{0,40}\s\|\s*[^|]{0,40}\d[^|]{0,40}(?:\|.*)?"
    # The long date is spelled out ("4 de maig de 2015"): a figures-only date after a
    # word is a page's "Posted 06/21/2020 18:05" line, not a comment's.
    r"|\S{1,40}\s.{0,50}(?<![/.\d-])\d{4}\b.{0,20}\b\d{1,2}[:.]\d{2}\b",
)
# Rule ``cjk-comment-section``: LOFTER's row under a post, its heat, comment count and share
# button ("热度(86) 评论(7) 分享"), over the comments, each "name：text" or a reply "name 回复
# name：text" with the full-width colon.
_COUNTS_ROW = lazy(
    r"(?:(?:热度|熱度|评论|評論|喜欢|喜歡|推荐|推薦|分享)\s*(?:\(\d{1,7}\))?\s*){2,5}"
)
_CJK_COMMENT = lazy(r"[^\s：:]{1,20}(?:\s*(?:回复|回覆)\s*[^\s：:]{1,20})?：\S.{0,300}")
# The page's copyright line under the comments: "© Blog name · Powered by WordPress".
_COPYRIGHT = lazy(r"(?:©|\(c\)|copyright\b)", re.IGNORECASE)
# A drawn line between a post and its replies ("---", "______").
_RULE = lazy(r"[-=_~*]{3,80}")
# The reply link alone on its line, in the same languages as the head.
_REPLY = lazy(
    r"reply|reagovat|odpovědět|respon|respondre|responder|répondre|antworten|rispondi"
    r"|odpowiedz|răspunde|yanıtla|הגב|השב",
    re.IGNORECASE,
)
# A pager link naming the chapter it leads to: "previous chapter: The Lamp", "next chapter".
_PAGER_LINK = lazy(
    r"(?:prev(?:ious)?|next)\s+chapter(?:\s*:\s*[^|:]{1,60})?"
    r"(?:\s*\|\s*(?:prev(?:ious)?|next)\s+chapter(?:\s*:\s*[^|:]{1,60})?)?",
    re.IGNORECASE,
)


def comment_section_start(chunks: list[Chunk], first: int, end: int) -> int:
    """Rule ``counted-comment-section``: from a "comments (N)" line near the chapter's end
    to the end, when every line under it is a comment ("Name wrote: "…""), the section's
    counter or "add a comment" link or site chrome, and one of those at least is a comment
    or the link, all is dropped; so are the pager links ("previous chapter: Title") right
    above it. Returns where the dropped lines start.

    Why: a closing author's note above the section would take the comments in as its own
    lines. Guards: the head is a whole line; a story line "Three comments" followed by prose
    leaves the section unproven, so nothing is dropped."""
    for index in range(max(first, end - 30), end):
        if chunks[index].role not in ("text", "dropped", "note-body"):
            continue
        head = chunks[index].text.strip()
        # Rule ``post-buttons-over-replies``: a forum post's button row ("Quote | Reply |
        # Report") closes the post; the signed replies under it are readers'.
        if not (_HEAD.fullmatch(head) or is_post_buttons(head) or _COUNTS_ROW.fullmatch(head)):
            continue
        if not (_section_under(chunks, index + 1, end) or _log_in_box(chunks, index + 1, end)):
            continue
        top = index
        while top - 1 >= first and _PAGER_LINK.fullmatch(chunks[top - 1].text.strip()):
            top -= 1
        for later in range(top, end):
            if chunks[later].role != "dropped":
                chunks[later] = replace(
                    chunks[later], role="dropped", rule="counted-comment-section"
                )
        return top
    return end


def _log_in_box(chunks: list[Chunk], start: int, end: int) -> bool:
    """Rule ``comment-box-log-in``: the section's comment box asking the reader to log in
    ("Please login or register to comment.") right under its head: the page's comment
    section, whatever its comments and the site's footer under it hold."""
    return start < end and chunks[start].gap <= 1 and is_comment_prompt(chunks[start].text)


def _section_under(chunks: list[Chunk], start: int, end: int) -> bool:
    """Whether the lines from ``start`` to ``end`` are a comment section's."""
    proven = signed = False
    for chunk in chunks[start:end]:
        text = chunk.text.strip()
        if _COMMENT.fullmatch(text) or _ADD_LINK.fullmatch(text) or _REPLY.fullmatch(text):
            proven = True
        elif len(text) <= 160 and (_SIGNED.fullmatch(text) or _CJK_COMMENT.fullmatch(text)):
            # A comment's text follows its signed head (signed-comment-line).
            proven = signed = True
        elif not (
            chunk.role == "dropped"
            or _RULE.fullmatch(text)
            or _COUNTER.fullmatch(text)
            or is_site_chrome(text)
            or (signed and len(text) <= 600)
            or (len(text) <= 160 and _COPYRIGHT.match(text) is not None)
        ):
            return False
    return proven
