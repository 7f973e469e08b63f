"""A blog post's framing (WordPress, Blogger, Medium, a browser's reader view): the reading
time and "Posted on … by …" line above the post, and the share, like, category and comment
block under it. Each rule is about how blog software frames a post, never a story's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, tail_start
from fic2epub.normalise.downloader_lines import downloader_line
from fic2epub.normalise.fields import date_line, read_date
from fic2epub.normalise.foreign_dates import foreign_date
from fic2epub.normalise.patterns import CLOCK_TIME

# "6–7 minutes" (Firefox's Reader View), "5 min read" (Medium), "Reading time: 4 minutes",
# "Estimated reading time: 3 min". A bare count of minutes counts only in a post's header,
# where a story's own "Ten minutes later." never stands; "read" or "reading time" marks it
# anywhere.
_MINUTES = r"~?\s*\d{1,3}(?:\s*[-–—]\s*\d{1,3})?\s*(?:minutes?|mins?\.?)"
_READING_TIME = lazy(
    rf"(?:(?:estimated\s+)?reading\s+time\s*:?\s*{_MINUTES}|{_MINUTES}\s+read)", re.IGNORECASE
)
_BARE_MINUTES = lazy(_MINUTES, re.IGNORECASE)


def is_reading_time(text: str, *, in_header: bool = False) -> bool:
    """Rule ``reading-time``: a post's reading-time line ("6–7 minutes", "5 min read")."""
    line = text.strip()
    if len(line) > 40:
        return False
    return bool(_READING_TIME.fullmatch(line) or (in_header and _BARE_MINUTES.fullmatch(line)))


# WordPress themes print "Posted on <date> by <author> in <categories>", or "Posted by
# <author> on <date>"; Blogger prints "Posted by <author> at <time>". A blog in another
# language prints the same line in its words: Polish "Opublikowano <date> przez <author>",
# Spanish "Publicado el <date> por", Portuguese "Publicado em <date> por", French "Publié le
# <date> par", German "Veröffentlicht am <date> von", Italian "Pubblicato il <date> da",
# Dutch "Geplaatst op <date> door", Indonesian "Diposting pada <date> oleh", Catalan
# "Publicat el <date> per".
_POSTED = (
    r"(?:posted|published|opublikowano|dodano|publicado|publicada|postado|postada|publié|publiée"
    r"|veröffentlicht|gepostet|pubblicato|geplaatst|gepubliceerd|diposting|dipublikasikan"
    r"|diposkan|diterbitkan|publicat)"
)
_ON = r"(?:on|el|em|le|am|il|op|pada|dnia|w\s+dniu)"
_BY = r"(?:by|przez|por|par|von|da|door|oleh|per)"
_IN = r"(?:in|w|en|em|dans|di)"
_POSTED_ON = lazy(
    rf"{_POSTED}(?:\s+{_ON})?\s+(?P<date>\S.{{3,40}}?)\s+{_BY}\s+(?P<name>\S.{{0,40}}?)"
    rf"(?:\s+{_IN}\s+\S.{{0,120}})?",
    re.IGNORECASE,
)
_POSTED_BY = lazy(
    rf"{_POSTED}\s+{_BY}\s+(?P<name>\S.{{0,40}}?)\s+(?:{_ON}|at|às|à|alle|o)\s+"
    rf"(?P<date>\S.{{3,40}}?)(?:\s+{_IN}\s+\S.{{0,120}})?",
    re.IGNORECASE,
)
_TIME = lazy(CLOCK_TIME, re.IGNORECASE)
# Rule ``barred-post-line``: blog hosts of Central Europe (blog.cz, blog.sk) print a post's
# author, date and category on one line split by bars: "Jana | 4. května 2015 v 10:12 |
# Povídky". The middle item must read as a date.
_BARRED = lazy(r"(?P<name>[^|\s][^|]{0,40}?)\s*\|\s*(?P<date>\d[^|]{3,40}?)(?:\s*\|\s*[^|]{1,60})?")


def posted_line(text: str) -> tuple[str, str | None] | None:
    """Rule ``posted-on-line``: the author and ISO date of a blog post's "Posted on <date> by
    <author>" line, else None.

    The date must read as a date (or a time), and the name be a few words: "Posted on the
    door by the landlord" is a sentence, not a post's byline.
    """
    line = _unemphasised(text.strip())
    if len(line) > 200:
        return None
    found = _POSTED_ON.fullmatch(line) or _POSTED_BY.fullmatch(line)
    if found is None and "|" in line:
        found = _BARRED.fullmatch(line)
    if found is None:
        return None
    date = read_date(found.group("date")) or foreign_date(found.group("date"))
    if date is None and not _TIME.fullmatch(found.group("date").strip()):
        return None
    name = found.group("name").strip(" ,.")
    if not name or len(name.split()) > 4 or (name[:1].islower() and " " in name):
        return None
    return name, date


def _unemphasised(line: str) -> str:
    """Rule ``emphasised-posted-line``: the line without the emphasis marks around all of
    it. Themes set the "Posted on" line in italics, which a converter to Markdown
    (html2text) writes as "_Posted on … by name_"; a name's own underscore ("quena_nocturna")
    is inside the pair and stays."""
    if len(line) > 2 and line[0] in "_*" and line[-1] == line[0] and line[1] not in " _*":
        return line[1:-1].strip()
    return line


# The headings that open the block WordPress prints under a post: its sharing buttons
# ("Share this:"), its like button ("Like this:"), its related posts, and the comment form.
# WordPress.com prints them in the blog's language; each list below gives the English
# words, then Spanish, Portuguese, French, German, Italian, Dutch, Polish, Indonesian and
# Russian.
_SHARE = (
    r"share\s+this(?:\s+(?:post|story|entry))?|share\s+on|comparte\s+esto|compartilhe(?:\s+isso)?"
    r"|partilhar(?:\s+isto)?|partager(?:\s+cet?\s+\w+)?|teilen(?:\s+mit)?|condividi(?:\s+questo)?"
    r"|delen|udostępnij(?:\s+to)?|bagikan(?:\s+ini)?|поделиться"
)
_LIKE = (
    r"like\s+this|me\s+gusta(?:\s+esto)?|curtir(?:\s+isso)?|gosto\s+disto|j['’]aime(?:\s+ça"
    r"|\s+ceci)?|gefällt\s+mir|mi\s+piace(?:\s+questo)?|vind\s+ik\s+leuk|polub\s+to"
    r"|suka\s+ini|нравится"
)
_RELATED = (
    r"related(?:\s+posts?)?|relacionad[oa]s?|similaire|ähnliche\s+beiträge|correlati"
    r"|gerelateerd|powiązane|terkait|похожее"
)
_LEAVE_COMMENT = (
    r"leave\s+a\s+(?:reply|comment)|deja\s+una?\s+(?:comentario|respuesta)"
    r"|deixe?\s+uma?\s+(?:comentário|resposta)|laisser\s+un\s+commentaire"
    r"|schreibe\s+einen\s+kommentar|lascia\s+un\s+commento|geef\s+een\s+reactie"
    r"|dodaj\s+komentarz|skomentuj|tinggalkan\s+(?:komentar|balasan)|оставьте\s+комментарий"
)
_COMMENTS = (
    r"comments?|comentarios?|comentários?|commentaires?|kommentare?|commenti|commento|reacties?"
    r"|komentarz[ey]?|komentarzy|komentar|комментари[йяев]?"
)
_REPLY = r"reply|responder|répondre|antworten|rispondi|beantwoorden|odpowiedz|balas|ответить"
_LOADING = (
    r"loading|cargando|carregando|a\s+carregar|chargement|lädt|wird\s+geladen|caricamento"
    r"|laden|wczytywanie|memuat|загрузка"
)
_FILED = (
    r"categories|category|filed\s+under|tags|tagged|posted\s+in|categorías|categoría"
    r"|etiquetas|publicado\s+en|categorias|categoria|publicado\s+em|catégories|catégorie"
    r"|étiquettes|mots-clés|classé\s+dans|kategorien|kategorie|schlagwörter|veröffentlicht\s+in"
    r"|categorie|tag|pubblicato\s+in|categorieën|geplaatst\s+in|tagi"
    r"|opublikowano\s+w|kategori|рубрики|метки"
)
_FOOTER_HEAD = lazy(
    rf"(?:{_SHARE}|{_LIKE})\s*:|(?:{_RELATED})\s*:?"
    r"|(?:\d+\s+)?(?:responses?|comments?)\s+to\s+[\"“].{1,80}"
    rf"|{_LEAVE_COMMENT}",
    re.IGNORECASE,
)
# The lines such a block holds: buttons, "Like Loading…", filing lines, post navigation.
_FOOTER_LINE = lazy(
    rf"(?:{_SHARE}).{{0,20}}|(?:{_LIKE})\s*:?|(?:(?:like|{_LIKE})\s+)?(?:{_LOADING})\s*(?:\.{{3}}|…)?"
    rf"|(?:{_RELATED}):?|(?:{_FILED})\s*:?\s.{{0,200}}"
    rf"|(?:{_LEAVE_COMMENT}|\d+\s+(?:{_COMMENTS})|{_COMMENTS}|{_REPLY})\.*"
    r"|(?:twitter|facebook|tumblr|pinterest|reddit|linkedin|whatsapp|telegram|pocket|e-?mail"
    r"|print|more|click\s+to\s+\w+(?:\s+\w+){0,4}(?:\s+\(opens\s+in\s+new\s+window\))?)"
    r"|be\s+the\s+first\s+to\s+like\s+this\.?|\d+\s+bloggers?\s+likes?\s+this\.?"
    r"|(?:previous|next)\s+(?:post|entry)\s*:?.{0,120}|[«<←]\s*.{1,80}|.{1,80}\s*[»>→]"
    r"|bookmark\s+the\s+permalink\.?|edit|permalink"
    # WordPress's filing sentence under a post: "This entry was posted in Fic and tagged …
    # Bookmark the permalink."
    r"|this\s+(?:entry|post)\s+was\s+(?:posted|filed)\s+(?:in|under)\s.{1,200}",
    re.IGNORECASE,
)


# Under "Related", WordPress lists other posts: a title, a date, and 'In "Category"'.
_RELATED_HEAD = lazy(rf"(?:{_RELATED})\s*:?", re.IGNORECASE)
_RELATED_ITEM = lazy(r"in\s+[\"“][^\"“”]{1,60}[\"”]|[^.!?\"“”]{1,80}", re.IGNORECASE)
# Rule ``blog-sidebar-widgets``: a WordPress theme prints its sidebar under the post and its
# comments when the page is copied in reading order: each widget a heading alone on its
# line ("Search for:", "Recent Posts", "Archives", "Categories", "Meta") over short items
# (post titles, months, category names), and the Meta widget's links.
_WIDGET_HEAD = lazy(
    r"search(?:\s+for)?\s*:?|recent\s+(?:posts|comments)|archives|categories|meta|blogroll"
    r"|tags|follow\s+(?:this\s+)?blog(?:\s+via\s+e-?mail)?|blog\s+stats|top\s+posts(?:\s+&\s+pages)?",
    re.IGNORECASE,
)
_META_ITEM = lazy(
    r"log\s+(?:in|out)|register|site\s+admin|(?:entries|comments)\s+(?:feed|rss)"
    r"|wordpress\.(?:com|org)|follow(?:ing)?",
    re.IGNORECASE,
)


def _all_footer(lines: list[str]) -> bool:
    """Whether every line is the blog footer's; below "Related", short post titles are too."""
    related = False
    for line in (line.strip() for line in lines):
        if len(line) > 200:
            return False
        if _FOOTER_LINE.fullmatch(line):
            related = related or _RELATED_HEAD.fullmatch(line) is not None
        elif (
            _WIDGET_HEAD.fullmatch(line)
            or _META_ITEM.fullmatch(line)
            or _WORDPRESS_FOOTER.fullmatch(line)
        ):
            # Under a sidebar widget's heading, its short items are the page's as well.
            related = True
        elif downloader_line(line) is not None:
            # Rule ``tool-line-under-blog-footer``: the line a tool that saved the page adds
            # under it ("Sent to Kindle from …", downloader_lines) closes the footer too.
            continue
        elif not (related and (_RELATED_ITEM.fullmatch(line) or date_line(line))):
            return False
    return True


def blog_footer_start(chunks: list[Chunk], first: int, end: int) -> int:
    """Rule ``blog-footer``: from a blog post's "Share this:" or "Like this:" heading to the
    end, all is the blog's chrome (share buttons, "Like Loading…", related posts, the
    post's categories and tags, "Leave a comment"). Marks it dropped; returns where it
    starts.

    Only near the end, and only when every line from the heading on is a short line of
    such chrome: a story that has a character say "Share this:" goes on with prose.
    "Near" counts the lines still open: a comment thread or a repeated page top an earlier
    pass dropped under the buttons (a serial's post pages saved one after the other) does
    not push the heading out of reach.
    """
    for index in range(tail_start(chunks, first, end, 30), end):
        chunk = chunks[index]
        if chunk.role != "text" or not _FOOTER_HEAD.fullmatch(chunk.lines[0]):
            continue
        lines = [line for c in chunks[index:end] if c.role != "dropped" for line in c.lines]
        if _all_footer(lines):
            for later in range(index, end):
                chunks[later] = replace(chunks[later], role="dropped", rule="blog-footer")
            return index
        return end
    return end


# Blogger's run-together share links under a post, "Email ThisBlogThis!Share to TwitterShare
# to Facebook": the links lose the spaces between them when copied. Only Blogger's own link
# texts, two or more of them, so no sentence matches.
_BLOGGER_SHARE = lazy(
    r"(?:\s*(?:email\s+this|blogthis!|share\s+to\s+(?:twitter|facebook|pinterest|x|tumblr"
    r"|reddit|linkedin|whatsapp))){2,8}\s*",
    re.IGNORECASE,
)
# Blogger's pager under a post, "Newer Post Older Post Home" (its items in any order and
# with any spacing), in English and some of Blogger's translations: Spanish, Portuguese,
# French, German and Polish. One of the two post links must be there.
_NEWER_OLDER = (
    r"(?:newer|older)\s+posts?|entradas?\s+(?:más\s+recientes?|antiguas?)"
    r"|postagem\s+mais\s+(?:recente|antiga)|article\s+plus\s+(?:récent|ancien)"
    r"|(?:neuerer|älterer)\s+post|(?:nowszy|starszy)\s+post"
)
_BLOG_HOME = r"home|página\s+(?:principal|inicial)|accueil|startseite|strona\s+główna"
_BLOGGER_PAGER = lazy(
    rf"(?:(?:{_BLOG_HOME})\s+)?(?:{_NEWER_OLDER})(?:\s+(?:{_NEWER_OLDER}|{_BLOG_HOME})){{0,2}}",
    re.IGNORECASE,
)
# Blogger's feed links at the foot of the page: "Subscribe to: Post Comments (Atom)",
# "Subscribe to: Posts (Atom)", Polish "Subskrybuj: Komentarze do posta (Atom)". A short
# label, a colon and a feed's name before "(Atom)": no sentence ends so.
_FEED_LINKS = lazy(r"[^:]{1,30}:\s*[^:]{1,50}\(\s*atom\s*\)", re.IGNORECASE)
# Blogger's line under a post gives its comment count after the time: "Posted by Kit at
# 9:14 PM 2 comments:", "… No comments:".
_POSTED_WITH_COUNT = lazy(r"(?P<posted>.{1,160}?)\s+(?:\d{1,5}|no)\s+comments?\s*:?", re.IGNORECASE)
# WordPress.com's line at the foot of every blog, and its comment box's placeholder.
_WORDPRESS_FOOTER = lazy(
    r"(?:create\s+a\s+free\s+website\s+or\s+)?blog\s+at\s+wordpress\.com\.?"
    r"|website\s+(?:powered\s+by|built\s+with)\s+wordpress\.com\.?"
    r"|enter\s+your\s+comment\s+here\s*(?:\.\.\.|…)?",
    re.IGNORECASE,
)
# Rule ``posted-stamp-bar``: the line old weblog hosts (Xanga, early Blogspot and journal
# templates) print under each entry, the time it was posted then its links and counts behind
# pipes: "posted 3/14/2006 at 9:02 PM | eProps (2) | comments (4) | Add Comments". Why: left,
# it reads as the last paragraph or the author's closing note. Guards: it opens on "posted",
# a date with a digit and a clock time, and every item after it is a short link or count;
# the caller asks for a pipe and the word "comment" first.
_POSTED_STAMP_BAR = lazy(
    r"posted\s+(?:on\s+)?[^|\d]{0,30}\d[^|]{0,30}?\s+(?:at|@)\s+\d{1,2}:\d{2}"
    r"(?:\s*[ap]\.?\s?m\.?)?(?:\s*\|\s*[\w!?&'’ -]{1,24}(?:\s*\(\d{1,6}\))?){1,6}\s*",
    re.IGNORECASE,
)


def without_comment_count(line: str) -> str:
    """The line without the comment count Blogger sets after its "Posted by" line's time."""
    if "comment" not in line.lower():
        return line
    found = _POSTED_WITH_COUNT.fullmatch(line)
    return found.group("posted") if found else line


def blog_chrome(line: str, posted_at: Callable[[str], bool]) -> bool:
    """Whether a whole line is a blog's chrome under a post.

    Rules ``blogger-share-links`` (the run-together "Email ThisBlogThis!Share to Twitter…"),
    ``blogger-pager`` ("Newer Post Older Post Home"), ``blog-feed-links`` ("Subscribe to:
    Post Comments (Atom)"), ``posted-by-with-comments`` ("Posted by X at 9:14 PM 2
    comments:", when ``posted_at`` reads the line before the count as Blogger's "Posted by"
    line), ``wordpress-footer`` ("Blog at WordPress.com.", "Enter your comment here...") and
    ``posted-stamp-bar`` ("posted 3/14/2006 at 9:02 PM | comments (4) | Add Comments").
    The caller records its own rule for the line, not these names.
    """
    lowered = line.lower()
    if ("blogthis" in lowered or "share to" in lowered) and _BLOGGER_SHARE.fullmatch(line):
        return True
    if " post" in lowered and len(line) <= 80 and _BLOGGER_PAGER.fullmatch(line):
        return True
    if lowered.endswith("(atom)") and _FEED_LINKS.fullmatch(line):
        return True
    if "comment" in lowered and (found := _POSTED_WITH_COUNT.fullmatch(line)) is not None:
        return posted_at(found.group("posted"))
    if "wordpress.com" in lowered or "comment here" in lowered:
        return _WORDPRESS_FOOTER.fullmatch(line) is not None
    if lowered.startswith("posted") and "|" in line and "comment" in lowered:
        return _POSTED_STAMP_BAR.fullmatch(line) is not None
    return False


# A Markdown converter's forms of the footer's lines: a heading's marks ("### Share this:"),
# a list item's bullet, a link's address ("[Click to share on Tumblr](https://…)").
_MARKDOWN_HEADING = lazy(r"#{1,6}\s+")
_MARKDOWN_BULLET = lazy(r"[-*+]\s+")
_MARKDOWN_LINK = lazy(r"\[(?P<text>[^\]\n]{1,200})\]\(\s*https?://[^)\s]*\s*\)")


def _plain(line: str) -> str:
    """A Markdown line as the page showed it: no heading marks, bullet or link address."""
    line = _MARKDOWN_HEADING.sub("", line.strip(), count=1)
    line = _MARKDOWN_BULLET.sub("", line, count=1)
    return _MARKDOWN_LINK.sub(lambda found: found.group("text"), line).strip()


def markdown_footer_start(lines: list[str]) -> int:
    """Rule ``markdown-blog-footer``: the ``blog-footer`` block as a Markdown converter
    writes it under a post ("### Share this:", "- [Click to share on Tumblr (Opens in new
    window)](…)", "Like Loading...", "### Related"): the index of its heading, or
    ``len(lines)`` when there is none.

    Only a "Share this:"/"Like this:"/"Related" heading among the last lines, with nothing
    but such chrome (read without its Markdown) from there to the end, as ``blog-footer``
    asks of the plain block."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    for index in filled[-30:]:
        if not lines[index].lstrip().startswith("#"):
            continue
        if not _FOOTER_HEAD.fullmatch(_plain(lines[index])):
            continue
        rest = [_plain(lines[at]) for at in filled if at >= index]
        return index if _all_footer(rest) else len(lines)
    return len(lines)
