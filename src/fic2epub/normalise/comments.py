"""Rule ``comment-thread``: readers' comments copied below a story are not the story.

A page copied whole (a blog post, a journal entry, an archive's story page) brings its
comment section along: a heading ("Comments", "3 comments:", "Reviews", "Post a Comment"),
the site's prompt to log in, then one block per comment, each opened by the commenter's
name and the date ("(#) reader_one 2019-04-13", "reader_one   Mar 10, 2021", or the name
over a "2008-11-02 10:12 pm (UTC)" line), its text, and "Reply" links. From the heading to
the last such block, and the site's links right under it, all is chrome: neither story nor
notes, even the author's own replies. eFiction's review list is such a section too, each
review headed "Reviewer: name" over "Date: … Title: Chapter 1". The section ends where a
line fits none of these shapes, so a second post copied after the comments keeps its text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import Chunk, Chunks
from fic2epub.normalise.journal_comments import (
    icon_over_commenter,
    is_folded_comment,
    is_view_switch,
)
from fic2epub.normalise.patterns import match_heading
from fic2epub.normalise.review_lines import handle_review_line, more_comments_link
from fic2epub.normalise.social import POST_AGE

# "Comments" in the languages fan fiction is posted in, and the same for reviews and replies.
_COMMENTS_WORD = (
    r"(?:comments?|reviews?|responses?|replies|komentarz\w*|kommentar\w*|commentaires?"
    r"|coment[áa]rios?|comment[io]|reacties?|комментари\w*|отзыв\w*"
    # diary.ru's link over a post's comments is the verb, "комментировать (3)" ("comment").
    r"|комментировать"
    # Rule ``comment-heading-asian``: Korean "댓글", Japanese "コメント", Chinese "评论"
    # ("評論", "留言"), Indonesian "komentar", Vietnamese "bình luận".
    r"|댓글|コメント|评论|評論|留言|komentar|bình\s+luận)"
)
# "No comments" in those languages.
_NONE_WORD = r"(?:no|brak|keine|aucun|sin|nenhum|geen|nessun|нет|ingen)"
_HEADING = lazy(
    # "Comments", "Comments (3)", "Comments 4", "Reviews:"
    rf"{_COMMENTS_WORD}(?:\s*[(\[]?\s*\d+\s*[)\]]?)?\s*:?"
    # "3 comments:", "No comments:", "2 Responses to “Title”"
    rf"|(?:\d+|one|{_NONE_WORD})\s+{_COMMENTS_WORD}(?:\s+(?:to|on)\s+\S.{{0,80}})?\s*:?"
    # WordPress's own themes: "2 thoughts on “Title”", "One thought on “Title”".
    r"|(?:\d+|one)\s+thoughts?\s+on\s+\S.{0,80}"
    # The comment form's own heading, which follows a post that has no comments yet.
    r"|(?:post|leave|add|write)\s+a\s+(?:comment|reply|review)"
    # The same form in Danish, Norwegian and Swedish ("Send en kommentar").
    r"|(?:send|skriv|legg\s+inn|skicka)\s+en\s+kommentar"
    # Rule ``comment-reply-page``: LiveJournal's reply page prints "Reply to this entry"
    # over its comment form.
    r"|reply\s+to\s+this\s+(?:entry|post)"
    # A journal's link line: "( 5 comments — Leave a comment )"; JournalFen's "( 4 comments |
    # Post a new comment )"; Dreamwidth's "( 3 comments — Reply )".
    # Rule ``comment-link-double-hyphen``: a plain-text copy writes the dash as two
    # hyphens ("( 11 comments -- Leave a comment )").
    r"|\(\s*\d+\s+comments?\s*(?:[—–|]|-{1,2})\s*"
    r"(?:(?:leave|post|add)\s+a\s+(?:new\s+)?comment|reply)\s*\)"
    # Rule ``comment-count-then-reply``: styles that close the bracket on the count and
    # set the link after it: "(12 comments) Reply", "(3 comments) | Leave a comment".
    r"|\(\s*\d+\s+comments?\s*\)\s*[—–|-]?\s*"
    r"(?:(?:leave|post|add)\s+a\s+(?:new\s+)?comment|reply)"
    # LiveJournal's link bar under an entry: "7 comments | Leave a comment | Share | Link";
    # some styles put the entry's own link first ("Link | 7 comments | Leave a comment").
    # Older LiveJournal-code sites (InsaneJournal, JournalFen) add "Add to Memories", "Tell
    # a Friend" and "Track This" to the bar.
    r"|(?:(?:link|share|flag)\s*\|\s*){0,3}"
    r"\d+\s+comments?(?:\s*\|\s*(?:(?:leave|post|add)\s+a\s+comment|share|link|flag"
    r"|add\s+to\s+memories|tell\s+a\s+friend|track\s+this"
    # Rule ``comment-count-reply-bar``: Dreamwidth's bar under an entry, "5 comments |
    # Reply".
    r"|reply))+",
    re.IGNORECASE,
)
# Every match of _HEADING opens with one of these characters (case ignored, as _HEADING
# ignores it; tests/test_pattern_starts.py checks them against the pattern). A short line
# that opens otherwise, as dialogue does, is spared the pattern's alternatives, which the
# heading pass tries on every short line (about 0.1 us against 0.5 us a line).
_HEADING_START = lazy(r"[\d(abcfgiklnoprswкноコ留評评댓]", re.IGNORECASE)
# A comment that posts a fic fill: "Fill: The Title (1/2)", "[FILL] Title", "Fill (2/2)".
_FILL = lazy(r"\[\s*fill\s*\]|fill\s*(?::|\(\s*\d+\s*/\s*\d+\s*\))", re.IGNORECASE)
# A time after the date: "10:02", "at 9:14 PM", "в 15:01", "10:12 pm (UTC)"; LiveJournal's older
# styles add the comment's own link, "09:15 pm UTC (link)".
_TIME = (
    r"(?:,?\s+(?:at\s+|o\s+|um\s+|à\s+|às\s+|a\s+las\s+|в\s+|kl\.?\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?"
    r"(?:\s*[ap]\.?\s?m\.?)?)?(?:\s*\(?\s*utc\s*\)?)?(?:\s*\(\s*link\s*\))?"
)
# A comment's date: ISO, numeric, "8 March 2021" (any language's month), "Mar 10, 2021",
# or how long ago.
_DATE = (
    r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    r"|\d{1,2}\.?\s+[^\W\d_]{3,12}\.?,?\s+\d{4}"
    r"|[^\W\d_]{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago"
    # Rule ``comment-date-year-first``: the year first, as Korean, Japanese and Chinese
    # sites print it: "2024.02.12", "2024/2/12", "2024년 2월 12일", "2024年2月12日".
    r"|\d{4}[./]\d{1,2}[./]\d{1,2}\.?|\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]"
    # Rule ``comment-time-ago-i18n``: how long ago in the site's language, the word for
    # "ago" first: Spanish "hace 12 años", Portuguese "há 3 meses", French "il y a 2 ans",
    # German "vor 5 Tagen".
    r"|(?:hace|h[áa]|il\s+y\s+a|vor)\s+\d+\s+(?:minutos?|horas?|d[íi]as?|semanas?|mes(?:es)?"
    r"|años?|anos?|minutes?|heures?|jours?|semaines?|mois|ans?|minuten|stunden|tag(?:en)?"
    r"|wochen|monat(?:en)?|jahr(?:en)?))"
)
_STAMP = lazy(rf"{_DATE}{_TIME}", re.IGNORECASE)
# A blog's date line over each post: "Sunday, 7 March 2021", "niedziela, 7 marca 2021";
# LiveJournal's newer styles put an "@" before the entry's time ("@ 2010-03-14 19:02:00").
_POST_DATE = lazy(rf"(?:@\s*)?(?:[^\W\d_]{{3,14}},?\s+)?{_DATE}{_TIME}", re.IGNORECASE)


def post_date_line(text: str) -> bool:
    """Whether a line holds only a date (and a weekday or time), in any language's words."""
    return len(text) <= 50 and _POST_DATE.fullmatch(text.strip()) is not None


# A comment's header on one line: an optional anchor ("(#)", "#3"), the commenter's name,
# the date. The name has no sentence punctuation.
_HEADER = lazy(
    r"(?:\(#\)|#\d{1,5})?\s*(?P<name>[^\s:;,.!?\"“”(][^:;!?\"“”]{0,38}?)"
    r"\s*(?:[,|·•—–-]\s*|\s+(?:on|at|said|wrote)\s+)?"
    rf"{_DATE}{_TIME}\s*(?:said\s*(?::|\.\.\.|…)?)?",
    re.IGNORECASE,
)
# Rule ``comment-said-header``: a page that heads each comment "name said:" alone on its
# line puts the date under the comment, with the reply link beside it: "Feb 12, 2006 4:10
# PM | Reply" (Quizilla). The header counts only with such a dated reply line under it
# within a few lines, so a story's "Mother said:" over her speech stays text.
_SAID = lazy(r"[^\s:;,.!?\"“”(@][^:;,.!?\"“”]{0,38}?\s+(?:said|wrote|says)\s*:", re.IGNORECASE)
_DATED_REPLY = lazy(
    rf"{_DATE}{_TIME}\s*[|·•–-]\s*(?:reply|report|like)(?:\s*[|·•]\s*(?:reply|report|like|share))*",
    re.IGNORECASE,
)
# How many lines under the "name said:" header its dated reply line may stand.
_SAID_REACH = 5


def _closes_comment(text: str) -> bool:
    """Whether a line is what a site prints under a comment: its reply links, or the date
    and reply link under a "name said:" comment (``comment-said-header``)."""
    return _REPLY_LINKS.fullmatch(text) is not None or _DATED_REPLY.fullmatch(text) is not None


def _dated_reply_below(chunks: list[Chunk], position: int) -> bool:
    """Whether a dated reply line closes the comment headed at ``position``."""
    stop = min(len(chunks), position + 1 + _SAID_REACH)
    return any(_DATED_REPLY.fullmatch(chunks[at].text) for at in range(position + 1, stop))


# Rule ``efiction-review``: eFiction's review list heads each review with two lines,
# "Reviewer: name   Signed [Report This]" (or "Anonymous") over "Date: 04/20/10 10:02
# Title: Chapter 1". Both labels, in that order, so a story's "Reviewer:" line stays.
_REVIEWER = lazy(
    r"reviewer\s*:\s*\S.{0,40}?(?:\s+(?:signed|anonymous))?(?:\s*\[?\s*report\s+this\s*\]?)?",
    re.IGNORECASE,
)
# Rule ``inline-review``: a review list that prints each review on one line, its header
# first: "Posted by name on 09/03/2015: text" (MediaMiner), "Reviewed by name on Mar 3,
# 2014: text". Only under a comment section's heading, and only with the date before the
# colon, so "Posted by the coach on Monday: …" in a story never opens a section.
_INLINE_REVIEW = lazy(
    r"(?:posted|reviewed|review|comment(?:ed)?)\s+by\s+[^\s:;!?\"“”][^:;!?\"“”]{0,38}?"
    rf"\s+(?:on|at)\s+{_DATE}{_TIME}\s*:\s*\S.*",
    re.IGNORECASE,
)
_REVIEW_DATE = lazy(rf"date\s*:\s*{_DATE}{_TIME}(?:\s+title\s*:\s*.{{1,80}})?", re.IGNORECASE)
# "Reply", "(Reply) (Parent) (Thread)", "Reply · Report": the links under a comment; and
# the journal's buttons over the thread, Dreamwidth's "Flag" and "Expand All".
_REPLY_LINKS = lazy(
    r"(?:[(\[]?\s*(?:reply|thread|parent|link|report|like|share|delete|edit|flag"
    r"|(?:expand|collapse)(?:\s+all)?|odpowiedz"
    r"|antworten|r[ée]pondre|responder|responda|beantwoorden|rispondi)\s*[)\]]?[\s·•|]*){1,5}",
    re.IGNORECASE,
)
# The site asking the reader to log in before commenting: "You must be logged in to comment",
# "Sign up to review this story.", "Join the community to add your comment."
# The same in other languages: "Vous devez être connecté pour laisser un commentaire",
# "Faça login para comentar", "Чтобы оставить отзыв, войдите на сайт".
_PROMPT = lazy(
    r"(?=.*\b(?:log(?:ged)?\s*in|sign\s*(?:up|in)|register|join|account|connect[ée]e?s?"
    r"|connexion|logad[oa]|login|zaloguj\w*|anmelden|angemeldet|войдите|авторизуйтесь)\b)"
    r"(?=.*\b(?:comment|review|reply|commentaire|comentar|komentarz|kommentar|отзыв|коммент))"
    r".{0,160}",
    re.IGNORECASE,
)


def is_comment_prompt(text: str) -> bool:
    """Whether a line is the site asking the reader to log in before commenting."""
    return len(text) <= 160 and _PROMPT.fullmatch(text.strip()) is not None


# A blog's feed links under the comments: "Subscribe to: Post Comments (Atom)".
_FEED = lazy(r".{0,80}\(\s*(?:atom|rss)\s*\)", re.IGNORECASE)
# The comment form's button under an empty section, in any language: a few words, one of
# them "comment" ("Post a Comment", "Leave a comment", "Prześlij komentarz").
_FORM = lazy(r"(?=.*(?:comment|komentarz|kommentar|coment|reactie)).{1,40}", re.I)
# Rule ``comment-form-field``: the comment form's fields and the blog software's stock lines
# around them ("Name *", "Email *", "Website", "Your email address will not be published.
# Required fields are marked *", "Save my name, email, and website in this browser…").
# Read only inside a comment section.
_FORM_FIELD = lazy(
    r"(?:name|e-?mail|website|url|comment)\s*\*?"
    r"|your\s+e-?mail\s+address\s+will\s+not\s+be\s+published\..{0,80}"
    r"|required\s+fields\s+are\s+marked\s*\*?\.?"
    r"|save\s+my\s+name,?\s+e-?mail,?\s+and\s+website\b.{0,80}"
    r"|notify\s+me\s+of\s+(?:new|follow-up)\s+(?:posts|comments)\b.{0,40}"
    # Rule ``comment-form-controls``: a journal's reply form copied as text: its bare labels
    # ("From:", "Message:"), radio buttons and check boxes ("( ) OpenID", "(o) Identity URL:",
    # "[ ] Remember me"), empty text boxes ("Subject: [      ]", "[      ]"), the hint
    # under the subject, the buttons ("Post a new comment    Preview") and the notice that
    # the journal logs the IP addresses of anonymous posters.
    r"|(?:from|subject|message|body)\s*:"
    r"|\(\s*[o*x•]?\s*\)\s+\S.{0,100}"
    r"|\[\s*[x✓]?\s*\]\s+\S.{0,80}"
    r"|(?:[^\[\]:]{1,30}:\s*)?\[\s{3,}\]"
    r"|\(\s*no\s+html\b.{0,40}\)"
    r"|(?:post\s+a\s+(?:new\s+)?comment|preview|spell\s*check|submit)"
    r"(?:\s+(?:post\s+a\s+(?:new\s+)?comment|preview|spell\s*check|submit))+"
    r"|notice!?\s+this\s+(?:user|journal|community)\b.{0,60}\bip\s+addresses\b.{0,60}",
    re.IGNORECASE,
)
# The longest comment paragraph that may follow a blank line inside a comment block.
_COMMENT_PARAGRAPH = 300


def mark_comments(chunks: Chunks) -> Chunks:
    """Drop each comment section: its heading, the prompts, the comments, the links after."""
    marked = list(chunks)
    index = 0
    while index < len(marked):
        chunk = marked[index]
        end, rule = None, "comment-thread"
        if chunk.role != "text":
            pass
        elif (
            len(chunk.text) <= 120
            and _HEADING_START.match(chunk.text)
            and _HEADING.fullmatch(chunk.text)
        ):
            end = _section_end(marked, index)
        elif reply_links(chunk.text):
            # Rule ``comment-after-reply-links``: a comment's reply links with more comments
            # under them, with no heading above: the comments under an author's comment
            # that carried the story on (a journal entry's part two posted as its first
            # comment, whose own header the heading rule dropped). Only with a whole comment
            # block under the links, so a line "(Reply)" in a story stays.
            end, rule = _section_end(marked, index, need_comment=True), "comment-after-reply-links"
        if end is not None:
            for position in range(index, end):
                marked[position] = replace(marked[position], role="dropped", rule=rule)
            index = end
            continue
        index += 1
    return tuple(marked)


def reply_links(text: str) -> bool:
    """A journal comment's reply links in brackets, "(Reply) (Thread)", "(Reply) (Parent)
    (Thread)". A forum's bare "Reply" button under each post is left to the thread rules,
    which tell the author's posts from the readers'."""
    return (
        len(text) <= 80
        and text[:1] == "("
        and "(reply)" in text.lower()
        and _REPLY_LINKS.fullmatch(text) is not None
    )


def _section_end(chunks: list[Chunk], start: int, *, need_comment: bool = False) -> int | None:
    """Where the comment section under the heading at ``start`` ends, or None when no
    comment or site line follows it (a story's own line "Reviews" stays); with
    ``need_comment``, None unless a whole comment (header, text, reply links) follows."""
    position = _skip_framing(chunks, start + 1)
    # A count under the heading alone frames no section: a story's "Comments" over "12".
    framed = any(not _count_under_heading(chunks, i) for i in range(start + 1, position))
    blocks = replies = 0
    while position < len(chunks):
        body = _header_end(chunks, position)
        if body is None:
            break
        end = _body_end(chunks, body)
        replied = end < len(chunks) and _closes_comment(chunks[end].text)
        if chunks[position].gap >= 2 and not replied:
            # After a run of blank lines, a dated line may open the next post ("Sunday,
            # 8 March 2021"); it is a comment only with the comment's reply links under it.
            break
        position = _skip_framing(chunks, end)
        blocks += 1
        replies += replied
    if not blocks and not framed:
        return None
    if need_comment and not replies:
        return None
    if any(
        _FILL.match(chunk.text)
        for chunk in chunks[start:position]
        if "ill" in chunk.text[:7].lower()
    ):
        # Rule ``comment-fic-fill``: in a comment-fic thread the fill is posted as
        # comments ("Fill: Title (1/2)"); that thread holds the story, it is not chrome.
        return None
    return position


# A bare count: "41", "1,204", "2.3K".
_BARE_COUNT = lazy(r"\d{1,3}(?:[.,]\d{3})*(?:\.\d)?[kK]?")


def _count_under_heading(chunks: list[Chunk], position: int) -> bool:
    """Rule ``comment-count-under-heading``: the section's number of comments alone right
    under a bare "Comments" heading, as an app-style page prints its count beside the
    heading's icon ("Comments" over "41"): the heading's line, not a commenter's name."""
    chunk = chunks[position]
    if position == 0 or chunk.gap or len(chunk.text) > 9:
        return False
    if _BARE_COUNT.fullmatch(chunk.text.strip()) is None:
        return False
    above = chunks[position - 1].text.strip()
    return len(above) <= 20 and _HEADING.fullmatch(above) is not None


def _framing(chunk: Chunk) -> bool:
    """A site line around comments: reply links, a log-in prompt, feed links, chrome."""
    text = chunk.text
    if len(text) > 200:
        return False
    return bool(
        _closes_comment(text)
        or _PROMPT.fullmatch(text)
        or _FEED.fullmatch(text)
        or (len(text.split()) <= 4 and _FORM.fullmatch(text))
        or _FORM_FIELD.fullmatch(text)
        or _HEADING.fullmatch(text)
        or more_comments_link(text)
        or is_site_chrome(text)
        or is_view_switch(text)
        or is_folded_comment(text, _is_stamp)
    )


def _is_stamp(text: str) -> bool:
    """Whether a line part is a comment's date and time alone."""
    return _STAMP.fullmatch(text.strip()) is not None


def _skip_framing(chunks: list[Chunk], position: int) -> int:
    # A comment's "name   date" header may pass for a wide-spaced navigation bar: it opens
    # the next comment, it is not framing.
    while position < len(chunks) and (
        _framing(chunks[position]) or _count_under_heading(chunks, position)
    ):
        if _HEADER.fullmatch(chunks[position].text) and _header_end(chunks, position):
            break
        position += 1
    return position


def _header_end(chunks: list[Chunk], position: int) -> int | None:
    """The index after a comment's header lines at ``position``, or None when none is there:
    "name  date" on one line, or the name over a line holding only the date or only the
    comment's number."""
    text = chunks[position].text
    if text[:1] in "PpRrCc" and len(text) <= 1000 and _INLINE_REVIEW.fullmatch(text):
        # The whole comment is on this line; any line under it carries its text on.
        return position + 1
    if handle_review_line(text):
        return position + 1
    if len(text) > 80:
        return None
    if _subject_line(chunks, position):
        # Rule ``comment-subject``: a journal prints each comment's subject over its
        # header, "(no subject)" when the commenter gave none; it is the header's line.
        return _header_end(chunks, position + 1)
    if icon_over_commenter(chunks, position):
        # The commenter's icon over the name line (journal_comments): the header goes on.
        return _header_end(chunks, position + 1)
    found = _HEADER.fullmatch(text)
    if found is not None and len(found.group("name").split()) <= 4:
        return position + 1
    if text.endswith(":") and _SAID.fullmatch(text) and _dated_reply_below(chunks, position):
        return position + 1
    after = position + 1
    if (
        text[:1] in "Rr"
        and after < len(chunks)
        and chunks[after].gap == 0
        and _REVIEWER.fullmatch(text)
        and _REVIEW_DATE.fullmatch(chunks[after].text)
    ):
        return after + 1
    if (
        after < len(chunks)
        and chunks[after].gap == 0
        and _name_like(text)
        and (
            _STAMP.fullmatch(chunks[after].text)
            or _NUMBER.fullmatch(chunks[after].text)
            # Rule ``comment-short-age``: an app-style comment list prints how long ago a
            # comment was posted under the name ("2y", "3mo", "5d"), as social sites do.
            or POST_AGE.fullmatch(chunks[after].text)
        )
    ):
        return after + 1
    return None


# Rule ``comment-number-header``: a site that numbers its comments prints the commenter's
# name over the comment's number, "#1", and a reply's, "#1.1", where others print a date
# (Asianfanfics). Only the number alone on its line, and only under the name.
_NUMBER = lazy(r"#\d{1,5}(?:\.\d{1,4}){0,3}")


# A journal comment's empty subject: "(no subject)", in the journals' interfaces.
_NO_SUBJECT = lazy(r"\(\s*(?:no\s+subject|sans\s+objet|без\s+темы|kein\s+betreff)\s*\)", re.I)


def _subject_line(chunks: list[Chunk], position: int) -> bool:
    """Whether the line at ``position`` is a comment's subject: "(no subject)", or a reply's
    "Re: …", right over the commenter's name and the comment's date (never over a one-line
    "name date" header, which a line of text may stand over)."""
    text = chunks[position].text
    after = position + 1
    if after >= len(chunks) or chunks[after].gap or text[:1] not in "(Rr":
        return False
    if text[:3].lower() != "re:" and _NO_SUBJECT.fullmatch(text) is None:
        return False
    return (
        after + 1 < len(chunks)
        and chunks[after + 1].gap == 0
        and _name_like(chunks[after].text)
        and _STAMP.fullmatch(chunks[after + 1].text) is not None
    )


# Rule ``userhead-commenter``: Dreamwidth and LiveJournal copy a commenter's user icon as
# its alt text before the name, "[personal profile] name", "[openid.dreamwidth.org] name";
# the icon's words are not the name's, so they do not count against its length.
_USERHEAD = lazy(
    r"\[\s*(?:personal\s+profile|community\s+profile|syndicated\s+profile|info"
    r"|openid(?:\.[\w-]+)*)\s*\]\s*(?=\S)",
    re.IGNORECASE,
)


def _name_like(text: str) -> bool:
    """A commenter's name alone on a line: a few words, no sentence punctuation."""
    if text[:1] == "[":
        text = _USERHEAD.sub("", text, count=1)
    return (
        0 < len(text) <= 40
        and len(text.split()) <= 3
        and not any(mark in text for mark in '.,;:!?"“”')
        and match_heading(text) is None
    )


def _body_end(chunks: list[Chunk], position: int) -> int:
    """The index after a comment's text: up to its reply links, the next comment's header,
    a heading, a run of blank lines, or a long paragraph after a blank line."""
    start = position
    while position < len(chunks):
        chunk = chunks[position]
        if _closes_comment(chunk.text) or _header_end(chunks, position) is not None:
            break
        if match_heading(chunk.text) is not None or chunk.gap >= 2:
            break
        if position > start and chunk.gap and len(chunk.text) > _COMMENT_PARAGRAPH:
            break
        position += 1
    return position
