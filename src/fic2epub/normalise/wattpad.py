"""Wattpad's own lines around a part, as a copy of its web page or app brings them along.

Above a part's text Wattpad prints the reader the writer dedicated it to ("Dedicated to
name"); under it the part's buttons ("Vote", "Comment", "Share"), the link to the next part
and, under the last part published, "You've reached the end of published parts.", the
story's last update, "Add to library" and a "You'll also like" list of other stories.
None of it is the story's or its author's. The web page heads each part with the story's
title, its "by" line and the part's own title over the part's reader counts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.bylines import byline_names
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chrome_counts import is_read_count
from fic2epub.normalise.chrome_i18n import is_count_line
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.foreign_header import foreign_byline
from fic2epub.normalise.header_chrome import SITE_MENU_WORDS
from fic2epub.normalise.part_pages import name_over_handle
from fic2epub.normalise.patterns import match_heading, same_text

# "Dedicated to some_user": Wattpad dedicates a part to one user, named by the handle.
# Rule ``wattpad-dedication-i18n``: the same line in the Spanish and Portuguese interfaces,
# "Dedicado a some_user" (or "Dedicada a"), and the French one, "Dédié à some_user".
# The Polish interface says "Dedykowane dla", the Indonesian "Didedikasikan untuk", the
# Italian "Dedicato a" (or "Dedicata a").
_DEDICATION = lazy(
    r"(?:dedicated\s+to|dedicad[oa]\s+a|d[ée]di[ée]e?\s+[àa]|dedykowan[ey]\s+dla"
    r"|didedikasikan\s+(?:untuk|kepada)|dedicat[oa]\s+a)\s+(?P<name>@?[\w.-]{2,40})",
    re.IGNORECASE,
)
# A piece of "dedicated" in each language _DEDICATION knows, asked before the pattern.
_DEDICATION_HINTS = ("edica", "édi", "edyk", "edik")
# A handle rather than a given name: "@" before it, a digit, "_", "-" or "." in it, all
# lower case, or a capital inside it ("MothLight").
_HANDLE = lazy(r"@.*|.*[\d_.-].*|[^A-Z]+|.+[A-Z].*")
# Under the last part published so far, Wattpad says so and gives the story's last update,
# behind a clock icon: "You've reached the end of published parts.", "⏰ Last updated: Mar
# 02, 2024" (a date, so a digit, must follow).
# The newer page words it "You've finished all published parts."
_END_OF_PARTS = (
    r"you(?:['’]ve|\s+have)\s+(?:reached\s+the\s+end\s+of|finished\s+all)\s+(?:the\s+)?"
    r"published\s+parts(?:\s+of\s+(?:this|the)\s+story)?\.?"
)
# Rule ``wattpad-notify-line``: under those two the app asks the reader to "Add this story to
# your library to get notified about new parts!"; the web page, "Add to library to get
# notified of new parts."
_NOTIFY = (
    # The web page may set a star before it ("⭐ Add this story to your library…").
    r"(?:[⭐★☆✨]\ufe0f?\s*)?add\s+(?:this\s+story\s+)?to\s+(?:your\s+)?(?:library|reading\s+list)"
    r"(?:\s+to\s+(?:get|be)\s+notified\s+(?:about|of|when)\s+(?:new|more)\s+parts?.{0,20})?[.!]*"
)
_LAST_UPDATED = r"(?:[⏰⌚⏱🕐]\ufe0f?\s*)?last\s+updated\s*:?\s+(?=[\w ,/.-]*\d)[\w ,/.-]{4,30}"
# Rule ``wattpad-footer-i18n``: the same lines in Wattpad's Portuguese, Spanish and Turkish
# interfaces: "Continuar para a próxima parte", "Você chegou ao fim dos capítulos
# publicados.", "Has llegado al final de las partes publicadas.", "Adicionar à biblioteca",
# "Você também vai gostar", "También te gustarán".
_ALSO_LIKE_WORDS = (
    # The newer page heads its list "More stories you'll love".
    r"you['’]ll\s+also\s+like|more\s+stories\s+you['’]ll\s+love|voc[êe]\s+tamb[ée]m\s+vai\s+gostar"
    r"|tambi[ée]n\s+te\s+(?:gustar[áa]n?|pueden?\s+gustar)"
    # The Turkish interface: "Bunları da beğenebilirsin".
    r"|bunlar[ıi]\s+da\s+be[ğg]enebilirsin(?:iz)?"
    # Rule ``wattpad-footer-more-i18n``: the Polish "Może Ci się spodobać" ("Może ci się
    # również spodobać"), the Vietnamese "Có thể bạn cũng thích" ("Bạn cũng sẽ thích"),
    # the Indonesian "Kamu mungkin juga suka" ("Kamu juga akan suka").
    r"|mo[żz]e\s+ci\s+si[ęe]\s+(?:r[óo]wnie[żz]\s+)?spodoba[ćc]"
    r"|(?:có\s+thể\s+)?bạn\s+(?:cũng\s+(?:sẽ\s+)?thích|sẽ\s+thích)"
    r"|kamu\s+(?:mungkin\s+juga|juga\s+akan|juga\s+mungkin)\s+suka"
)
_FOREIGN_FOOTER = (
    r"continuar\s+(?:para\s+a\s+pr[óo]xima|(?:con\s+)?(?:a\s+)?la\s+siguiente)\s+parte"
    # Rule ``wattpad-continue-reading-i18n``: the web reader's "Continue reading next part"
    # under a part, in its Portuguese, Spanish, French, Italian and German interfaces:
    # "Continuar lendo a próxima parte", "Continuar leyendo la siguiente parte", "Continuer
    # à lire la partie suivante", "Continua a leggere la parte successiva", "Weiter zum
    # nächsten Teil" / "Weiterlesen".
    r"|continuar\s+(?:lendo|leyendo)\s+(?:a\s+pr[óo]xima|la\s+(?:siguiente|pr[óo]xima))\s+parte"
    r"|continuer\s+(?:[àa]\s+lire|la\s+lecture)\s+(?:de\s+)?la\s+partie\s+suivante"
    r"|continua\s+a\s+leggere\s+la\s+(?:parte\s+successiva|prossima\s+parte)"
    r"|weiter\s+zum\s+n[äa]chsten\s+teil"
    # The Spanish web reader's imperative under a part: "Continúa con la siguiente parte".
    r"|contin[úu]a\s+con\s+la\s+siguiente\s+parte"
    r"|voc[êe]\s+chegou\s+ao\s+fim\s+d(?:os\s+cap[íi]tulos|as\s+partes)\s+publicad[oa]s\.?"
    r"|has?z?\s+llegado\s+al\s+final\s+de\s+(?:las\s+partes|los\s+cap[íi]tulos)"
    r"\s+publicad[oa]s\.?"
    r"|adicionar\s+[àa]\s+(?:sua\s+)?biblioteca|(?:añadir|agregar)\s+a\s+(?:tu\s+|la\s+)?biblioteca"
    # The Turkish interface: "Sonraki bölüme devam et", "Yayımlanan bölümlerin sonuna
    # geldin.", "Kütüphaneye ekle".
    r"|sonraki\s+b[öo]l[üu]me\s+devam\s+et|yay[ıi][mn]lanan\s+b[öo]l[üu]mlerin\s+sonuna"
    r"\s+geldin(?:iz)?\.?|k[üu]t[üu]phaneye\s+ekle"
    # Its "Last updated" and "Add this story to your library": "⏰ Son güncelleme: 2 Ağustos
    # 2019", "Bu hikâyeyi kütüphanene ekle" (the spelling "Yayınlanan" above is as common).
    r"|(?:[⏰⌚⏱🕐]\ufe0f?\s*)?son\s+g[üu]ncelleme\s*:?\s+(?=[\w ,/.-]*\d)[\w ,/.-]{4,30}"
    r"|(?:bu\s+hik[âa]yeyi\s+)?k[üu]t[üu]phanene\s+ekle(?:\s.{0,60})?"
    # The Polish interface: "Głosuj", "Przejdź do następnej części", "Dodaj do biblioteki".
    r"|g[łl]osuj|(?:przejd[źz]|kontynuuj)\s+do\s+nast[ęe]pnej\s+cz[ęe][śs]ci"
    r"|dodaj\s+do\s+biblioteki"
    # The Vietnamese: "Bình chọn", "Tiếp tục đọc phần tiếp theo", "Thêm vào thư viện".
    r"|bình\s+chọn|tiếp\s+tục\s+đọc\s+phần\s+tiếp\s+theo|thêm\s+vào\s+thư\s+viện"
    # The Indonesian: "Lanjutkan ke bagian berikutnya", "Tambahkan ke Perpustakaan".
    r"|lanjut(?:kan)?\s+ke\s+bagian\s+(?:berikutnya|selanjutnya)"
    r"|tambahkan\s+ke\s+perpustakaan"
)
# Rule ``wattpad-site-footer``: the web page's footer under a part's buttons, one link a line
# in a copy: "Wattpad Originals", "Try Premium", "Get the App", "Language", "Writers",
# "Business", "Jobs", "Press", "Terms", "Privacy", "Accessibility", "Help", "About Us".
# Plain words any page may print; as the buttons, they count only in a footer run that
# holds a line only Wattpad prints (:func:`wattpad_footer_start`).
_SITE_FOOTER = (
    r"wattpad\s+(?:originals|studios|webtoon\s+studios)|try\s+premium|get\s+the\s+app"
    r"|paid\s+stories|brand\s+partnerships|language|writers|business|jobs|press|terms"
    r"|privacy|accessibility|help|developers|careers"
    # The footer's first link, "About Wattpad" on the older page, "About Us" on the newer.
    r"|about\s+(?:wattpad|us)"
)
# The buttons and links under a part, each on a line of its own ("Votar", "Comentar" and
# "Compartilhar" in the Portuguese interface).
_FOOTER_LINE = lazy(
    r"vote[sd]?|comment|share|add\s+to\s+(?:library|reading\s+list)|votar|comentar"
    r"|compartilhar|compartir"
    # Their Polish, Vietnamese and Indonesian words ("Komentarz", "Bình luận", "Bagikan").
    r"|komentarz|udost[ęe]pnij|bình\s+luận|chia\s+sẻ|komentar|bagikan"
    # Rule ``wattpad-buttons-i18n``: the same three buttons in Wattpad's French, Italian,
    # German, Turkish, Filipino and Russian interfaces ("Voter", "Commenter", "Partager";
    # "Vota", "Commenta", "Condividi"). As the others, they count only in a footer run
    # that holds a line only Wattpad prints (:func:`wattpad_footer_start`).
    r"|voter|commenter|partager|vota|commenta|condividi|abstimmen|kommentieren|teilen"
    r"|oy\s+ver|yorum\s+yap|payla[şs]|bumoto|magkomento|ibahagi"
    r"|голосовать|комментировать|поделиться"
    r"|continue\s+(?:reading|to)\s+(?:the\s+)?next\s+part"
    rf"|vote\s*[·•|]\s*comment(?:\s*[·•|]\s*share)?|{_END_OF_PARTS}|{_LAST_UPDATED}|{_NOTIFY}"
    rf"|{_ALSO_LIKE_WORDS}|{_FOREIGN_FOOTER}|{_SITE_FOOTER}",
    re.IGNORECASE,
)
# Lines that only Wattpad prints: one of them must be in the footer ("Share" is anyone's).
_WATTPAD_ONLY = lazy(
    r"vote[sd]?|add\s+to\s+(?:library|reading\s+list)|continue\s+(?:reading|to)\s+"
    r"(?:the\s+)?next\s+part|vote\s*[·•|]\s*comment.*"
    rf"|{_END_OF_PARTS}|{_ALSO_LIKE_WORDS}|{_FOREIGN_FOOTER}",
    re.IGNORECASE,
)
# "You'll also like" heads the other stories Wattpad recommends: all after it is theirs.
_ALSO_LIKE = lazy(_ALSO_LIKE_WORDS, re.IGNORECASE)
# A word each language's "also like" has, asked before the pattern.
_ALSO_LIKE_HINTS = lazy(r"like|love|gust|gosta|be[ğg]en|spodoba|thích|suka", re.IGNORECASE)
# No interface's "also like" heading is longer, with room for spaces around it.
_ALSO_LIKE_LONGEST = 80


def is_dedication(text: str) -> bool:
    """Rule ``wattpad-dedication``: "Dedicated to name" over a part, naming one user by a
    handle (no sentence after it), as Wattpad prints a part's dedication."""
    lowered = text[:24].lower()
    # One word piece of each language's form ("Didedikasikan" has "edik", not "edica").
    if len(text) > 60 or not any(piece in lowered for piece in _DEDICATION_HINTS):
        return False
    found = _DEDICATION.fullmatch(text.strip())
    # "Dedicated to Mary" may be the author's own dedication, kept as written.
    return found is not None and _HANDLE.fullmatch(found.group("name")) is not None


# A count as a story site prints it beside an icon: "88", "1,204", "1.2K", "3M". Rule
# ``bare-count-multiplier``: an interface in another language writes the thousand or the
# million as its own abbreviation after the number (Polish "1,2 tys." and "3 mln",
# Indonesian "1,2 rb" and "2 jt", Russian "1,2 тыс."), never a word of a story's line.
# Rule ``bare-count-mil``: the Portuguese and Spanish interfaces write the thousand "mil"
# ("1,4 mil", "12 mil"), the German one "Tsd." ("1,4 Tsd."); as every bare count, only in
# a run of counts under a part's head (:func:`stat_count_line`).
_BARE_COUNT = lazy(
    r"\d{1,3}(?:[.,]\d{1,3})*\s?(?:[KkMm]|tys\.|mln|rb|jt|тыс\.|млн)?|\d{1,9}"
    r"|\d{1,3}(?:[.,]\d{1,3})?\s(?:mil|Tsd\.)"
)


def stat_count_line(chunks: list[Chunk], index: int) -> bool:
    """Rule ``bare-stat-counts``: a part's reads, votes and comments under its title and by
    line, each a bare count on a line of its own once the copy lost their icons ("1.2K",
    "88", "12"). Only in a run of two or more such lines (one may already be dropped as a
    stray page number): a lone number in a story is its own."""
    if not _is_count(chunks[index].text):
        return False
    neighbours = chunks[max(0, index - 1) : index] + chunks[index + 1 : index + 2]
    return any(_is_count(chunk.text) for chunk in neighbours)


def _is_count(text: str) -> bool:
    """Whether a line holds nothing but a count ("88", "1.2K"), or one count named
    (``bare-stat-counts`` too: "Reads 2,310", "Votes 187", "Parts 2", "88 Votes"), as
    Wattpad's older web reader stacks them under a part's title, one a line."""
    if len(text) > 24 or not text:
        return False
    if text[:1].isdigit() and len(text) <= 12 and _BARE_COUNT.fullmatch(text) is not None:
        return True
    # Cheap literal test first: a named count opens with its number or its name.
    return (text[:1].isdigit() or text[:1] in _COUNT_INITIALS) and (
        _NAMED_COUNT.fullmatch(text) is not None
    )


# The names Wattpad's story page stacks over their counts, plural as the page prints them.
_STACKED_NAMES = frozenset({"reads", "votes", "comments", "parts"})
# The story page's counts come in a run of three (reads, votes, parts) near its top.
_STACKED_MIN_PAIRS = 2
_STACKED_REACH = 30


def stacked_counts(chunks: list[Chunk]) -> None:
    """Rule ``stacked-stat-counts``: Wattpad's story page, copied with no blank lines, sets
    each reader count's name over its number ("Reads" / "3,402", "Votes" / "287", "Parts" /
    "2"), near the page's top. Only a run of two such pairs or more, with no blank line in
    it: a story's "Parts" over a "2" is its own."""
    index = 0
    end = min(len(chunks), _STACKED_REACH)
    while index < end:
        pairs = 0
        while index + 2 * pairs + 1 < len(chunks) and _stacked_pair(chunks, index + 2 * pairs):
            pairs += 1
            if index + 2 * pairs < len(chunks) and chunks[index + 2 * pairs].gap:
                break  # a blank line ends the run
        if pairs >= _STACKED_MIN_PAIRS:
            for position in range(index, index + 2 * pairs):
                chunks[position] = replace(
                    chunks[position], role="dropped", rule="stacked-stat-counts"
                )
            return
        index += 1


def _stacked_pair(chunks: list[Chunk], index: int) -> bool:
    """Whether a count's name alone stands at ``index`` and its bare number right under it."""
    name, count = chunks[index], chunks[index + 1]
    return (
        name.role == "text"
        # The headings pass may have dropped the number already, as a stray page number.
        and (count.role == "text" or count.rule == "page-number")
        and count.gap == 0
        and name.text.strip().lower() in _STACKED_NAMES
        and _BARE_COUNT.fullmatch(count.text.strip()) is not None
    )


# One count with its name, before or after it ("Reads 2,310", "1 Vote"). A name before
# its number is plural, as the page prints it, so a part titled "Part 2" is no count. The
# callers that drop counts ask for a neighbour, so a run of two lines is needed.
_NAMED_COUNT = lazy(
    r"(?:reads|votes|comments|parts)\s+[\d.,]*\d\s?[kKmM]?"
    r"|[\d.,]*\d\s?[kKmM]?\s+(?:reads?|votes?|comments?|parts?)",
    re.IGNORECASE,
)
_COUNT_INITIALS = "RVCPrvcp"


def wattpad_footer_start(
    chunks: list[Chunk], first: int, end: int, title: str | None = None
) -> int:
    """Rule ``wattpad-part-footer``: the lines that close a part on Wattpad, from its "Vote"
    button to the chapter's end ("Vote", "Continue to next part"; "Add to library", "You'll
    also like" and the stories it lists). Marks them dropped; returns where they start.

    Only a run of such lines (or other site chrome) that reaches the chapter's end, holding
    two lines or one that only Wattpad prints in several words, so a story's last word
    "Vote" alone is left alone. The story's ``title``, which the web page prints again
    above the next part, may close the run: it is that part's page head, not this part's."""
    stop = end
    for index in range(max(first, end - 40), end):
        text = chunks[index].text
        # Length first: the heading is a few words, and the hints' search would scan every
        # long paragraph at the end of every chapter.
        if (
            len(text) <= _ALSO_LIKE_LONGEST
            and _ALSO_LIKE_HINTS.search(text)
            and _ALSO_LIKE.fullmatch(text.strip())
        ):
            stop = index + 1
            break
    start = stop
    titled = linked = False
    card = _author_card(chunks, first, stop)
    while start > first:
        chunk = chunks[start - 1]
        text = chunk.text.strip()
        if (
            chunk.role == "dropped"
            or start - 1 in card
            or _FOOTER_LINE.fullmatch(text)
            or is_site_chrome(text)
        ):
            start -= 1
            continue
        if not linked and start - 1 > first and _next_heading_named(chunks, end, text):
            # Rule ``wattpad-next-part-link``: the link under "Continue reading next part"
            # names the next part, whose heading follows (past the next page's dropped head).
            linked = True
            start -= 1
            continue
        if title and _end_of_story(text, title):
            # Rule ``wattpad-end-of-story``: the newer page's box under a finished story,
            # "You've reached the end of <title>".
            start -= 1
            continue
        if not titled and title and start - 1 > first and same_text(text, title):
            # The next part's repeated title under this part's footer, with the rest of
            # that part's page head (its dropped title copy, its counts) under it.
            titled = True
            start -= 1
            continue
        break
    # The footer's own lines count even when an earlier pass dropped them: "Comment" and
    # "Share" under "Vote" may already be taken for a comment section's heading and links,
    # and "You've reached the end of published parts." for a page's footer.
    run = [
        text
        for text, role in ((chunk.text.strip(), chunk.role) for chunk in chunks[start:stop])
        if role != "dropped" or _FOOTER_LINE.fullmatch(text) or _WATTPAD_ONLY.fullmatch(text)
    ]
    own = [text for text in run if _WATTPAD_ONLY.fullmatch(text)]
    if not own or (len(run) < 2 and len(own[0].split()) < 2):
        return end
    for index in range(start, end):
        if chunks[index].role != "dropped":
            chunks[index] = replace(chunks[index], role="dropped", rule="wattpad-part-footer")
    return start


# Rule ``wattpad-author-card``: the web page's card for the writer under the last part: the
# user name, a line or two of the profile's bio, "Follow", and the profile's counts,
# "14 Published Stories · 1.2K Followers" ("Follow" may come under the counts instead).
_CARD_COUNTS = lazy(
    r"[\d.,]+\s*[kKmM]?\s+(?:published\s+)?(?:stories|works)\s*[·•|,-]\s*"
    r"[\d.,]+\s*[kKmM]?\s+followers?",
    re.IGNORECASE,
)
_CARD_HANDLE = lazy(r"@?[\w.-]{2,40}")
# The most lines of bio between the user name and "Follow".
_CARD_BIO_LINES = 2


_END_OF_STORY = lazy(
    r"you(?:['’]ve|\s+have)\s+reached\s+the\s+end\s+of\s+(?P<title>.{1,150})", re.IGNORECASE
)


def _end_of_story(text: str, title: str) -> bool:
    """Whether ``text`` is "You've reached the end of <title>", the story's own title."""
    if text[:3].lower() != "you":
        return False
    found = _END_OF_STORY.fullmatch(text)
    return found is not None and same_text(found.group("title"), title)


def _next_heading_named(chunks: Sequence[Chunk], end: int, text: str) -> bool:
    """Whether the first heading at or after ``end``, past dropped lines, reads ``text``."""
    for index in range(end, min(len(chunks), end + 30)):
        chunk = chunks[index]
        if chunk.role == "dropped":
            continue
        return chunk.role == "heading" and same_text(chunk.text, text)
    return False


def _author_card(chunks: Sequence[Chunk], first: int, end: int) -> set[int]:
    """The indexes of the writer's card (``wattpad-author-card``) near the part's end: its
    counts line, "Follow" right over it, and over that at most two lines of bio under a
    user name (one word, no spaces), no blank line inside. "Follow" may stand right under
    the counts instead, the bio then right over them. Nothing when the card's counts
    and "Follow" are not both there, so a story's own lines are never taken for a bio."""
    for index in range(max(first, end - 12), end):
        text = chunks[index].text.strip()
        if not text[:1].isdigit() or len(text) > 80 or not _CARD_COUNTS.fullmatch(text):
            continue
        follow = index - 1
        last = index
        if (
            index + 1 < end
            and not chunks[index + 1].gap
            and chunks[index + 1].text.strip().lower() == "follow"
        ):
            # The button under the counts: the bio stands right over the counts.
            follow, last = index, index + 1
        elif (
            follow <= first or chunks[index].gap or chunks[follow].text.strip().lower() != "follow"
        ):
            return set()
        for top in range(follow - 1, max(first, follow - 2 - _CARD_BIO_LINES), -1):
            if chunks[top + 1].gap:
                break
            if _CARD_HANDLE.fullmatch(chunks[top].text.strip()):
                return set(range(top, last + 1))
        return set()
    return set()


# A part's title is a short line, not a sentence.
_LONGEST_PART_TITLE = 80
_SENTENCE_ENDS = (".", "!", "?", ",", ";")


def part_title_headings(chunks: list[Chunk]) -> None:
    """Rule ``wattpad-part-title``: on a copy of Wattpad's web page, the line right under
    the story's "by name" line and right over the part's reader counts ("1.4K Reads") is
    the part's title, whatever its form ("01 | the glad game", "prologue ☆"). The page may
    show the title twice, one copy under the other; the second is dropped.

    Only between those two of the page's own lines, with no blank line between, so a
    story's line is never taken for a part's title.

    Rule ``wattpad-part-title-spaced``: a copy that keeps the page's spacing sets each of
    the three lines a blank line apart ("by name", "", "one • the start", "", "1.1K
    Reads"). One blank line on either side is allowed when the "by" line names someone and
    the counts are named ones ("1.1K Reads"): bare numbers a blank line off may be a
    story's own lines, but a "by name" line and a "Reads" count framing one short line are
    the page's.
    """
    pages: set[tuple[str, str]] = set()  # the (title, "by name") pairs over a part
    for index in range(1, len(chunks) - 1):
        above = chunks[index - 1].text
        # The first letter before lower-casing three: only "B" and "b" lower-case to a "b".
        if above[:1] not in "Bb" or above[:3].lower() != "by ":
            continue
        chunk = chunks[index]
        text = chunk.text
        spaced = chunk.gap == 1 and _title_line(chunk)
        if not (_title_shaped(chunk) or spaced):
            continue
        below = index + 1
        while below < len(chunks) and chunks[below].gap == 0 and chunks[below].text == text:
            below += 1  # the title shown again
        if spaced or (below < len(chunks) and chunks[below].gap == 1):
            if not _spaced_counts(chunks, index, below):
                continue
            rule = "wattpad-part-title-spaced"
        elif _counts_at(chunks, below):
            rule = "wattpad-part-title"
        else:
            continue
        chunks[index] = replace(chunk, role="heading", rule=rule)
        for again in range(index + 1, below):
            chunks[again] = replace(chunks[again], role="dropped", rule="wattpad-part-title")
        if index >= 2:
            pages.add((chunks[index - 2].text, chunks[index - 1].text))
    _part_titles_above(chunks)
    _part_titles_between(chunks)
    _part_titles_over_counts(chunks)
    if pages:
        _later_part_titles(chunks, pages)


def counts_frame_heading(chunks: Sequence[Chunk], index: int) -> bool:
    """Whether the heading at ``index`` sits right under a "by name" line and right over a
    part's reader counts, as Wattpad's web page frames a part's title.

    Rule ``wattpad-contents-button``: the desktop page sets its "Table of contents" button
    between the "by name" line and the part's title; the button, with no blank line around
    it, stands in the frame as well."""
    if index == 0 or chunks[index].gap:
        return False
    above = index - 1
    if above > 0 and not chunks[above].gap and _CONTENTS_BUTTON.fullmatch(chunks[above].text):
        above -= 1
    return chunks[above].text[:3].lower() == "by " and _counts_at(chunks, index + 1)


def counts_under_heading_title(chunks: Sequence[Chunk], index: int) -> bool:
    """Rule ``wattpad-heading-over-title``: whether the heading at ``index`` sits right over
    a title line, a "by name" line and a part's reader counts, as Wattpad's newer web
    reader frames a part ("part three: the ferry" / "Story Title" / "by name" / "3.2K Reads
    • 287 Votes • 6 Parts"). An earlier rule may have read the part's title already as a
    heading of its own form, so the heading is asked for nothing but its place.

    Guards: the four lines with no blank line between, the by line short, and the counts a
    reads count or two counts with their words (one bare number may be a story's own
    line), so a story quoting a book's title and author has no such frame."""
    below = index + 3
    if below >= len(chunks) or any(chunks[at].gap for at in range(index + 1, below)):
        return False
    by = chunks[index + 2].text
    if by[:3].lower() != "by " or len(by) > _LONGEST_BY_LINE:
        return False
    return _counts_at(chunks, below) or _count_line_at(chunks, below)


# The longest "by name" line read in a part's frame: a name or two, never a sentence.
_LONGEST_BY_LINE = 60


# Wattpad's button over a part's title that opens the list of parts.
_CONTENTS_BUTTON = lazy(r"\s*table\s+of\s+contents\s*", re.IGNORECASE)


def _counts_at(chunks: Sequence[Chunk], index: int) -> bool:
    """Whether a part's reader counts start at ``index``, right under the line above: one
    line naming its reads ("1.4K Reads"), or, their icons lost in the copy, a run of two or
    more bare counts ("1.4K" / "92" / "7"). One bare number may be a story's own line."""
    if index >= len(chunks) or chunks[index].gap:
        return False
    if is_read_count(chunks[index].text) or bare_counts_line(chunks[index].text):
        return True
    following = chunks[index + 1] if index + 1 < len(chunks) else None
    return (
        _is_count(chunks[index].text)
        and following is not None
        and not following.gap
        and _is_count(following.text)
    )


# A part's reads, votes and comments: three counts.
_COUNTS_ON_LINE = 3


def bare_counts_line(text: str) -> bool:
    """Rule ``bare-counts-one-line``: a part's reads, votes and comments on one line with
    their icons lost in the copy ("3.4K 287 9"), as the web reader sets them side by side
    under the "by" line. Exactly three bare counts parted by spaces and nothing else; the
    callers ask it only right under a "by name" line with no blank line between (a part's
    frame, :func:`_counts_at`, or a one-part story's header byline), so a story's "3 2 1"
    elsewhere is left alone."""
    if len(text) > 30 or not text[:1].isdigit():
        return False
    tokens = text.split()
    return len(tokens) == _COUNTS_ON_LINE and all(
        _BARE_COUNT.fullmatch(token) is not None for token in tokens
    )


def _spaced_counts(chunks: list[Chunk], index: int, below: int) -> bool:
    """Whether a part's title at ``index`` lies at most one blank line under a "by name"
    line and one over a named reads count ("1.1K Reads") at ``below``."""
    if below >= len(chunks) or chunks[below].gap > 1 or chunks[index].gap > 1:
        return False
    return is_read_count(chunks[below].text) and byline_names(chunks[index - 1].text) is not None


def _part_titles_above(chunks: list[Chunk]) -> None:
    """Rule ``wattpad-part-title-above``: Wattpad's newer web reader prints a part's title
    over the story's title and "by name" line, and the part's reader counts under them:
    "ONE: THE START" / "Story Title" / "by name" / "3.1K" / "212". The line over the title
    is the part's title, whatever its form.

    Only when the by line sits right over the counts (so the line under it is no part
    title, as in the older order), the three lines from the title down with no blank line
    between, and the line over the title not the site's menu: a story that quotes a title
    and its author has no counts under them.

    The page in another interface language reads the same: "I — The Start" / "Story
    Title" / "por name" / "Leídas 1.204 Votos 88 Partes 2", the by line in the reader's
    language and the counts on one line (:func:`_count_line_at`). Counts on one line are
    also what the older order prints under its "Title" / "Part" / "by name", so with them
    the story's title and by line must head two parts or more, each under its own part
    title: the line that repeats is the story's title, the one that changes the part's.
    """
    one_line: dict[tuple[str, str], list[int]] = {}
    confirmed: set[tuple[str, str]] = set()  # the (title, by) pairs counts stood under
    counted_heads: list[tuple[int, bool]] = []  # (the line over the title, numbered)
    for index in range(2, len(chunks) - 1):
        by = chunks[index]
        if by.gap or by.role != "text":
            continue
        if by.text[:3].lower() != "by " and not (by.text[:1] in _BY_INITIALS and _by_line(by.text)):
            continue
        counted = _counts_at(chunks, index + 1)
        if not counted and not _count_line_at(chunks, index + 1):
            continue
        title, part = chunks[index - 1], chunks[index - 2]
        if not _title_shaped(title) or not _title_line(part):
            continue
        if part.text.strip() == title.text.strip():
            # Rule ``wattpad-part-named-as-story``: a one-part story's part often bears the
            # story's own title, printed twice; it adds no chapter title, and the header
            # pass reads the pair as the story's title.
            continue
        if _ALSO_LIKE.fullmatch(part.text.strip()):
            # Rule ``wattpad-also-like-list``: "You'll also like" heads the stories Wattpad
            # recommends, each a title, "by name" and reads: its list, not a part.
            continue
        numbered = numbered_part_title(part.text)
        if not numbered and is_site_chrome(part.text):
            continue  # the site's menu over a story page ("Stories  Quizzes  Sign Up")
        if _menu_item_under_menu(chunks, index - 2):
            continue  # the menu's last item ("Browse" / "Community" / "Write") over the title
        if counted:
            counted_heads.append((index - 2, numbered))
        else:
            one_line.setdefault((title.text, by.text), []).append(index - 2)
    story_titles = _repeated_over_changing(chunks, [at for at, _ in counted_heads])
    for at, numbered in counted_heads:
        if (chunks[at].text, chunks[at + 2].text) in story_titles:
            continue  # the story's title over each part's: wattpad-part-title-between
        rule = "wattpad-numbered-part-title" if numbered else "wattpad-part-title-above"
        chunks[at] = replace(chunks[at], role="heading", rule=rule)
        confirmed.add((chunks[at + 1].text, chunks[at + 2].text))
    for found in one_line.values():
        if len(found) < 2 or len({chunks[at].text for at in found}) < len(found):
            continue
        for at in found:
            chunks[at] = replace(chunks[at], role="heading", rule="wattpad-part-title-above")
    if confirmed:
        _later_part_titles_above(chunks, confirmed)


def _repeated_over_changing(chunks: Sequence[Chunk], heads: list[int]) -> set[tuple[str, str]]:
    """Rule ``wattpad-story-title-over-part``: the (top line, "by" line) pairs that head two
    parts or more over a changing middle line ("Story" / "One" / "by name", "Story" / "Two"
    / "by name"). The line that repeats is the story's title and the one that changes the
    part's, whichever order the page sets them in: such a top line is no part's title."""
    middles: dict[tuple[str, str], set[str]] = {}
    for at in heads:
        middles.setdefault((chunks[at].text, chunks[at + 2].text), set()).add(chunks[at + 1].text)
    return {pair for pair, seen in middles.items() if len(seen) >= 2}


def _menu_item_under_menu(chunks: Sequence[Chunk], index: int) -> bool:
    """Rule ``wattpad-menu-over-title``: the story page's menu copied one item a line may
    end on one of the site's own items ("Browse" / "Community" / "Write") right over the
    story's title; that item is the menu's, not a part's title. Only one of those words,
    under another menu item or the site's name with no blank line between."""
    if index == 0 or chunks[index].gap:
        return False
    if chunks[index].text.strip().lower() not in SITE_MENU_WORDS:
        return False
    above = chunks[index - 1].text.strip()
    return above.lower() in SITE_MENU_WORDS or is_site_chrome(above)


def _later_part_titles_above(chunks: list[Chunk], pairs: set[tuple[str, str]]) -> None:
    """Rule ``wattpad-part-title-above-again``: a later part copied without its reader
    counts (the app shows them once, or the reader left them out) still sets its title
    over the story's title and "by name" line, the very pair the counts confirmed over an
    earlier part; the line over that pair is the later part's title.

    Only over that exact pair, the three lines with no blank line between, a line shaped
    like a part's title (short, no sentence's end) over it, and the part's first line under
    it opening as a paragraph does (no lower-case word carrying a sentence on): a story that
    quotes its own title and author once, with no counts anywhere, is left alone."""
    for index in range(2, len(chunks) - 1):
        title, by, part = chunks[index - 1], chunks[index], chunks[index - 2]
        if by.gap or title.gap or (title.text, by.text) not in pairs:
            continue
        if chunks[index + 1].text[:1].islower():
            continue  # the lines run on as one sentence: the story quoting them
        if part.role == "text" and _title_line(part) and _title_shaped(title):
            chunks[index - 2] = replace(part, role="heading", rule="wattpad-part-title-above-again")


# A part's number, a bar and its title: "1 | dismissed", "02 | the glad game"; the title
# is no bare number, so a pager's "1 | 2" is no part title.
_NUMBERED_PART = lazy(r"\d{1,3}\s*[|｜]\s*(?!\d+\s*$)[^|｜\s][^|｜]{0,70}")


def numbered_part_title(text: str) -> bool:
    """Rule ``wattpad-numbered-part-title``: a part's title as Wattpad writers number them,
    "1 | dismissed", over the story's title, "by" line and counts (see
    :func:`_part_titles_above`). Two short items parted by a bar look like a menu's links,
    but a menu has no item that is a bare number before a title; a pager's items are all
    numbers. The first character rules out most lines before the pattern is asked."""
    return text[:1].isdigit() and _NUMBERED_PART.fullmatch(text.strip()) is not None


# The prepositions a byline opens with, in the languages :func:`foreign_byline` reads.
_BY_WORDS = ("by ", "por ", "par ", "von ", "door ", "di ", "przez ", "oleh ", "bởi ")
_BY_INITIALS = frozenset(word[0] for word in _BY_WORDS) | frozenset("BPVDO")


def _count_line_at(chunks: Sequence[Chunk], index: int) -> bool:
    """Rule ``wattpad-part-title-above`` (its interface-language reading): the part's
    reader counts on one line right under the by line, in the reader's interface language,
    "Leídas 1.204 Votos 88 Partes 2" (two counts at least, each with its word: see
    :func:`is_count_line`)."""
    if index >= len(chunks) or chunks[index].gap:
        return False
    text = chunks[index].text
    return any(ch.isdigit() for ch in text[:24]) and is_count_line(text)


def _by_line(text: str) -> bool:
    """Whether a line is a short "by name" line, in English or another language."""
    if len(text) > 60 or not text.lower().startswith(_BY_WORDS):
        return False
    return byline_names(text) is not None or foreign_byline(text) is not None


def _part_titles_between(chunks: list[Chunk]) -> None:
    """Rule ``wattpad-part-title-between``: Wattpad's older web reader heads each part with
    the story's title, the part's own title and the "by name" line, one under the other
    ("A Casa Velha" / "Um. A Porta" / "por name"). The middle line is the part's title,
    whatever its form.

    Only when the same title and "by" lines frame two or more parts this way, or stand
    together, one over the other, elsewhere (the story page's head): a story that quotes a
    title and an author once is left alone.
    """
    framed: dict[tuple[str, str], list[int]] = {}
    together: set[tuple[str, str]] = set()
    handles = _byline_handles(chunks)
    for index in range(1, len(chunks) - 1):
        by, middle = chunks[index + 1], chunks[index]
        if by.gap or middle.gap:
            continue  # the three lines stand one under the other
        handle = (chunks[index - 1].text.strip(), by.text.strip()) in handles
        if not (_by_line(by.text) or handle):
            continue
        together.add((middle.text, by.text))
        above = chunks[index - 1]
        # The story's title over the part's: a title's line, not the site's menu.
        if not _title_line(middle) or not _title_line(above) or middle.text == above.text:
            continue
        if not is_site_chrome(above.text) and not _chapter_line_under(chunks, index + 2):
            framed.setdefault((above.text, by.text), []).append(index)
    for pair, found in framed.items():
        if len(found) < 2 and pair not in together:
            continue
        for index in found:
            chunks[index] = replace(
                chunks[index], role="heading", rule="wattpad-part-title-between"
            )


def _part_titles_over_counts(chunks: list[Chunk]) -> None:
    """Rule ``wattpad-part-title-over-counts``: a copy of Wattpad's reader with no "by
    name" line in the part's head (the reader hides it, or the copier left it out) still
    heads each part with the story's title, the part's own title and the part's reader
    counts ("Story Title" / "One: The Start" / "👁 410  ⭐ 38  💬 12"). The middle line is
    the part's title, whatever its form. The app's first part may keep the "by name" line
    between the part's title and its counts.

    Only when the same story title heads two parts or more this way, or also stands at the
    top of the file (the story page's title), the three lines with no blank line between
    and the counts Wattpad's own (reads named, a run of bare counts, or counts behind its
    icons; another site's "Views 341 · Favorites 22" under its "Posted" line is not): a
    story's line over a bare number is left alone.

    Rule ``wattpad-part-title-over-story-title``: the Android app's copy sets the two the
    other way round, the part's title over the story's ("1 | the start" / "Story Title" /
    "👁 980 ⭐ 61"). The line that repeats over two parts' counts or more is the story's
    title; the changing line over it, the part's title, is the heading (and the repeat is
    dropped). Only when every such line over it differs, so two parts are needed, and over
    counts behind Wattpad's icons or named reads (bare numbers may be a pager's)."""
    framed: dict[str, list[int]] = {}
    # The story's title in the middle: the lines over it, the parts' titles.
    under_part: dict[str, list[int]] = {}
    for index in range(1, len(chunks) - 1):
        middle, above = chunks[index], chunks[index - 1]
        if middle.gap or middle.role != "text" or not _title_line(middle):
            continue
        if icon_counts(middle.text):
            continue  # the first of the counts set one a line
        if middle.text[:1] in _BY_INITIALS and _by_line(middle.text):
            continue  # the story page's "by name" line under its title, over its counts
        below = index + 1
        if (
            below + 1 < len(chunks)
            and not chunks[below].gap
            and chunks[below].text[:1] in _BY_INITIALS
            and _by_line(chunks[below].text)
        ):
            below += 1  # the app's first part: "by name" between the part's title and counts
        # Rule ``wattpad-part-title-over-counts-spaced``: the counts behind Wattpad's icons
        # may stand a blank line under the part's title, as a copy keeps the page's spacing;
        # the icons are the site's own, so one blank line is allowed.
        icons = chunks[below].gap <= 1 and icon_counts(chunks[below].text)
        if not (icons or _counts_at(chunks, below)):
            continue
        title = above.text.strip()
        if title == middle.text.strip() or not _title_line(above):
            continue
        if icons or is_read_count(chunks[below].text):
            # Only under Wattpad's own counts: a forum pager's "Prev" over "1" / "2" under
            # each page's last line is no story title between part titles.
            under_part.setdefault(middle.text.strip(), []).append(index - 1)
        if is_site_chrome(title):
            continue
        framed.setdefault(title, []).append(index)
    top = chunks[0].text.strip() if chunks else ""
    for title, found in framed.items():
        if len(found) < 2 and (title != top or found[0] == 1):
            continue
        for index in found:
            chunks[index] = replace(
                chunks[index], role="heading", rule="wattpad-part-title-over-counts"
            )
    for found in under_part.values():
        if len(found) < 2 or len({chunks[at].text.strip() for at in found}) < len(found):
            continue
        for at in found:
            if chunks[at].role != "text" or chunks[at + 1].role != "text":
                continue  # an earlier rule of this pass read one of the two already
            chunks[at] = replace(
                chunks[at], role="heading", rule="wattpad-part-title-over-story-title"
            )
            chunks[at + 1] = replace(
                chunks[at + 1], role="dropped", rule="wattpad-part-title-over-story-title"
            )


def _chapter_line_under(chunks: list[Chunk], index: int) -> bool:
    """Rule ``title-by-over-chapter-line``: a chapter heading ("Chapter 2: The Pond") right
    under the "by" line means the line over "by" is the story's title on a chapter page
    (Royal Road's, under the site's menu), not a part title between title and "by": the
    part's title is the heading below."""
    return (
        index < len(chunks)
        and not chunks[index].gap
        and match_heading(chunks[index].text) is not None
    )


# How far down the story page's own byline is looked for.
_HEAD_LINES = 30


def _byline_handles(chunks: list[Chunk]) -> frozenset[tuple[str, str]]:
    """Rule ``wattpad-part-handle``: the story page's title and the user name of the
    byline under it ("Son Mektup" over "kalem_ve_murekkep tarafından"). Wattpad's Turkish
    reader heads each part with the handle alone, not the "tarafından" line: under that
    title, a line that is just that name stands where the "by" line stands.

    Only the postposed byline, which a part's head cannot repeat as it stands, and only
    with the title it stood under."""
    pairs: set[tuple[str, str]] = set()
    for index, chunk in enumerate(chunks[1:_HEAD_LINES], start=1):
        text = chunk.text
        if len(text) > 60 or "tarafından" not in text or chunk.gap:
            continue
        found = foreign_byline(text)
        if found and _HANDLE.fullmatch(found) and " " not in found:
            pairs.add((chunks[index - 1].text.strip(), found))
    return frozenset(pairs)


def _later_part_titles(chunks: list[Chunk], pages: set[tuple[str, str]]) -> None:
    """Rule ``wattpad-part-title-again``: a later part copied without its reader counts
    is headed by the same story title and "by name" lines as a part whose title the counts
    confirmed; the line right under that pair is that part's title.

    Only under the very pair of lines already seen over a part (no blank line between), so
    a story's own line under a byline it happens to quote is left alone."""
    for index in range(2, len(chunks)):
        chunk = chunks[index]
        if not _title_shaped(chunk):
            continue
        if chunks[index - 1].gap or (chunks[index - 2].text, chunks[index - 1].text) not in pages:
            continue
        chunks[index] = replace(chunk, role="heading", rule="wattpad-part-title-again")


def _title_shaped(chunk: Chunk) -> bool:
    """A part's title line (:func:`_title_line`) right under the line above."""
    return not chunk.gap and _title_line(chunk)


def _title_line(chunk: Chunk) -> bool:
    """A story line shaped like a part's title: alone on its line, short, not ending like a
    sentence and not one of the part's bare counts."""
    text = chunk.text
    return (
        chunk.role == "text"
        and len(chunk.lines) == 1
        and len(text) <= _LONGEST_PART_TITLE
        and not text.endswith(_SENTENCE_ENDS)
        and not _is_count(text)
    )


# The counts early Wattpad (about 2010) printed on one line under a part, each labelled:
# "Reads: 2,416   Votes: 37   Comments: 58". Two labelled counts at least. Scribble Hub
# prints a chapter's the same way: "Views: 214 | Favorites: 11".
_COUNT_ITEM = r"(?:reads|votes|comments|fans|views|favou?rites)\s*:\s*[\d.,]+\s*[kKmM]?"
_LABELLED_COUNTS = lazy(rf"{_COUNT_ITEM}(?:(?:\s{{2,}}|\s*[·•|,]\s*){_COUNT_ITEM})+", re.IGNORECASE)
# The part's date under its counts: "Updated Mar 02, 2010"; a digit must be in it.
_UPDATED = lazy(r"(?:last\s+)?updated\s*:?\s+(?=[\w ,/.-]*\d)[\w ,/.-]{4,30}", re.IGNORECASE)
# The site's category for the story, a word or three: "Fan Fiction", "Romance"; Quotev
# gives its kind and category together: "Fanfiction · Books".
_CATEGORY_ITEM = r"[A-Z][\w&-]*(?: [\w&-]+){0,2}"
_CATEGORY = lazy(rf"{_CATEGORY_ITEM}(?:\s*[·•|]\s*{_CATEGORY_ITEM}){{0,3}}")
# Quotev's dates on one line: "Published 4 years ago · Updated 4 years ago"; a digit must be
# in it.
_DATE_ITEM = r"(?:published|updated|posted|created)\s*:?\s+[\w ,/.-]{3,30}?"
_PAGE_DATES = lazy(rf"(?=.*\d){_DATE_ITEM}(?:\s*[·•|]\s*{_DATE_ITEM})*", re.IGNORECASE)
# The site's own button under the card, which no story line is: "Add to Library".
_LIBRARY_BUTTON = lazy(r"add\s+to\s+(?:library|reading\s+list)", re.IGNORECASE)
# How many lines under the "by" line the block may hold.
_STATS_LINES = 6
# Rule ``icon-part-counts``: the mobile web page prints a part's reads, votes and comments
# behind their icons, an eye, a star and a speech bubble, one count a line ("👁 2.3K",
# "⭐ 204", "💬 57") or on one line. The icons, each perhaps with its emoji selector.
_COUNT_ICONS = "👁⭐★💬☰"
_ICON_COUNT = lazy(
    r"[👁⭐★💬☰]\ufe0f?\s?\d{1,3}(?:[.,]\d{1,3})*\s?[KkMm]?"
    r"(?:\s+[👁⭐★💬☰]\ufe0f?\s?\d{1,3}(?:[.,]\d{1,3})*\s?[KkMm]?){0,3}"
)


def icon_counts(text: str) -> bool:
    """Rule ``icon-part-counts``: a line of a part's reader counts behind Wattpad's icons
    ("👁 2.3K", "⭐ 204 💬 57"). Only counts and the icons, which no story line is; the
    caller asks it only under a part's "by name" line (:func:`page_stats_block`)."""
    stripped = text.strip()
    return (
        0 < len(stripped) <= 60
        and stripped[0] in _COUNT_ICONS
        and _ICON_COUNT.fullmatch(stripped) is not None
    )


def page_stats_block(
    chunks: list[Chunk],
    index: int,
    end: int,
    byline: Callable[[str], tuple[str, ...] | None],
    *,
    authored: bool,
) -> int:
    """Rule ``byline-over-part-counts``: right under a part's heading on a story page, the
    author's "by name" line, the story's category ("Fan Fiction"), the part's reader counts
    ("Reads: 2,416   Votes: 37   Comments: 58") and its date ("Updated Mar 02, 2010"), as
    early Wattpad printed them. The first page's name is the story's author (a field) when
    the header named none; repeated, or under a known author, it is dropped, as is the rest.
    Returns the index after the block.

    Quotev's chapter page prints the same block its own way: "Fanfiction · Books", then
    "Published 4 years ago · Updated 4 years ago" above the counts ("2.1K reads · ♥ 87 ·
    12 comments"), then its buttons ("Add to Library", "Share").

    Rule ``name-handle-card``: its desktop page opens the block with the author's display
    name over the "@handle" in place of the "by" line (:func:`name_over_handle`), and a
    later part's page may give only the card and the buttons, with no counts.

    The mobile web page prints the counts behind icons, one a line (:func:`icon_counts`).

    Guards: a "by" line giving names (or the card), then only these lines with no blank
    line between, and the reader counts among them (under the card, the site's own button
    "Add to Library" will do): a story that opens on "by the river" has prose under it.
    """
    if index >= end or chunks[index].role != "text":
        return index
    card = name_over_handle(chunks, index, end)
    if card is not None:
        names: tuple[str, ...] | None = (card,)
        rule, position = "name-handle-card", index + 2
    elif chunks[index].text[:3].lower() == "by ":
        names = byline(chunks[index].text)
        rule, position = "byline-over-part-counts", index + 1
    else:
        return index
    if not names:
        return index
    counted = None
    buttons = library = False
    while position <= min(end - 1, index + _STATS_LINES):
        chunk = chunks[position]
        text = chunk.text.strip()
        if chunk.gap or chunk.role != "text" or len(chunk.lines) != 1:
            break
        if _FOOTER_LINE.fullmatch(text) and (buttons or counted is not None or card):
            # Quotev's buttons under its counts (or under the card): "Add to Library",
            # "Share".
            buttons = True
            library = library or _LIBRARY_BUTTON.fullmatch(text) is not None
        elif buttons and counted is None:
            break  # under a card with no counts, nothing but buttons after the first
        elif _LABELLED_COUNTS.fullmatch(text) or is_read_count(text) or icon_counts(text):
            counted = position
        elif counted is not None and _UPDATED.fullmatch(text):
            position += 1
            break
        elif counted is None and _PAGE_DATES.fullmatch(text):
            pass  # Quotev's dates, above its counts
        elif counted is not None or not _CATEGORY.fullmatch(text):
            break
        position += 1
    if counted is None and not library:
        return index
    by = chunks[index]
    if authored:
        chunks[index] = replace(by, role="dropped", rule=rule)
    else:
        chunks[index] = replace(by, role="field", rule=rule, label="Author", value=", ".join(names))
    for later in range(index + 1, position):
        chunks[later] = replace(chunks[later], role="dropped", rule=rule)
    return position


def author_under_counts(chunks: list[Chunk], index: int, end: int, *, authored: bool) -> int:
    """Rule ``wattpad-author-under-counts``: Wattpad's web page sets the part's reader
    counts under the part's title ("2.4K Reads 140 Votes 12 Comments") and the writer's
    "by name" line under them, with the "Follow" button beside it. The first page's name
    is the story's author (a field) when the header named none; repeated, or under a known
    author, it is dropped. Returns the index after the name.

    Guards: the counts line right under the heading (``index``), the "by" line right under
    the counts with no blank line between, naming one writer or two."""
    below = index + 1
    if below >= end or chunks[below].gap or chunks[below].role not in ("text", "dropped"):
        return index
    counts = chunks[index].text
    if not (is_read_count(counts) or bare_counts_line(counts)):
        return index
    line = _FOLLOW_BUTTON.sub("", chunks[below].text.strip())
    if line[:3].lower() != "by " or len(line) > _LONGEST_BY_LINE:
        return index
    names = byline_names(line)
    if not names:
        return index
    chunks[index] = replace(chunks[index], role="dropped", rule="wattpad-author-under-counts")
    if authored:
        chunks[below] = replace(chunks[below], role="dropped", rule="wattpad-author-under-counts")
    else:
        chunks[below] = replace(
            chunks[below],
            role="field",
            rule="wattpad-author-under-counts",
            label="Author",
            value=" & ".join(names),
        )
    return below + 1


# The "Follow" button beside the writer's name on a part's page.
_FOLLOW_BUTTON = lazy(r"\s+follow$", re.IGNORECASE)


# The link under a part's buttons to the next part: "Continue reading next part".
_CONTINUE_READING = lazy(r"continue\s+(?:reading|to)\s+(?:the\s+)?next\s+part", re.IGNORECASE)
# How far below the link the next part's page may repeat its title as its heading.
_NEXT_PAGE_REACH = 30


def next_part_links(chunks: list[Chunk]) -> None:
    """Rule ``wattpad-next-part-link``: the web page's "Continue reading next part" link
    names the next part on the line under it ("Part 2: The Garret"); a copy of the next
    part's page that follows prints that title again as its heading. The line under the
    link is the link's, not a heading: dropped.

    Only the line right under the link (no blank line between), short, and found again as a
    whole line within the next lines, so a story line after the link is left alone.
    """
    for index, chunk in enumerate(chunks[:-1]):
        text = chunk.text
        # Cheap first: the link opens with "Continue" and is short.
        if text[:1] not in "Cc" or len(text) > 40 or not _CONTINUE_READING.fullmatch(text.strip()):
            continue
        name = chunks[index + 1]
        title = name.text.strip()
        if name.gap or len(name.lines) != 1 or len(title) > _LONGEST_PART_TITLE:
            continue
        reach = range(index + 2, min(len(chunks), index + 2 + _NEXT_PAGE_REACH))
        if any(same_text(chunks[later].text.strip(), title) for later in reach) and not any(
            same_text(earlier.text.strip(), title) for earlier in chunks[:index]
        ):
            # A line printed above the link too is the story's title over every part's
            # page (the app's copy), which the page rules read; only a new name is the link's.
            chunks[index + 1] = replace(name, role="dropped", rule="wattpad-next-part-link")
