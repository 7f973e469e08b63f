"""A site's trail of categories above a story, and the fandom and title it names.

FanFiction.Net's "Books » Little Women", its crossover trails ("Crossover » A & B
Crossover"), its old mobile pages' "Books » Fandom » Title", a page's full path "Fan
Fiction » Books » Fandom » Title", and a plain category path ("Stories > Horror > Ghosts",
"My Archive :: Fiction :: Title"), which is chrome and names no fandom.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fic2epub.lazy_re import lazy
from fic2epub.normalise.patterns import same_text

# Rule ``gt-breadcrumb``: a site's category path written with ">" ("Stories > Horror >
# Some Novel"), or with "::" as old archive scripts write their trail ("My Archive :: Fiction
# :: Title :: Chapter 2"). Three items at least, each a few words with no sentence marks,
# so "5 > 3" or a line of dialogue never matches.
GT_BREADCRUMB = lazy(
    r"[^\s>.!?,;\"“”][^>.!?,;\"“”]{0,40}(?:\s>\s[^>.!?,;\"“”]{1,40}){2,6}"
    r"|[^\s:.!?,;\"“”][^:.!?,;\"“”]{0,40}(?:\s::\s[^:.!?,;\"“”]{1,40}){2,6}"
)

# Rule ``you-are-here-trail``: an archive's trail that says what it is, "You are here: Home »
# Authors » Name » Title", as many old archive skins print it over the story. The words and
# two items at least between a trail's marks ("»", "›", ">", "::"), so a story's "You are
# here: on the map, in red." stays prose.
YOU_ARE_HERE = lazy(
    r"you\s+are\s+here\s*:\s*[^\s»›>:][^»›>:]{0,60}?(?:\s*(?:»|›|>|::)\s*[^»›>:]{1,100}){1,8}",
    re.IGNORECASE,
)


# Rule ``board-index-trail``: a forum's trail from its root, which the board software names
# ("Board index ‹ Fan Fiction ‹ Topic", phpBB; "Forum index » …", "Forum Index -> …", old
# phpBB and Invision). The trail runs on to the topic's own subject, which may be long and
# bracketed, so only the root's words and at least one of the trail's marks after it tell it;
# a story's "Board index cards were everywhere" has no mark.
BOARD_INDEX_TRAIL = lazy(
    r"(?:board|forum)\s+index\s*(?:‹|›|»|«|->|>|::)\s*\S.{0,300}", re.IGNORECASE
)

# FanFiction.Net puts its category and the fandom above a story: "Books » Some Novel";
# FicWad writes "Books > …", and archives in other languages "Livres › …", "Libros » …".
# EFP (Italian) names its sections "Libri", "Film", "Teatro e Musical".
# MediaMiner's trail names its media "Anime" (or "Manga") under its fan fiction section:
# "Fan Fiction > Anime > Some Series".
# The media category and the mark after it, which the breadcrumb patterns below share as a
# string (reading another lazy pattern's source would compile it at import).
_CATEGORY = (
    r"(?:books|anime/manga|anime|manga|cartoons|comics|games|misc|movies|plays/musicals|tv\s+shows"
    r"|crossovers?|livres|films|séries(?:\s+tv)?|mangas|jeux\s+vidéo|libros|películas"
    r"|livros|filmes|bücher|filme|libri|boeken|książki"
    # EFP's sections besides "Libri": "Teatro e Musical > Fandom", "Anime e Manga > …".
    r"|teatro\s+e\s+musical|anime\s+e\s+manga|serie\s+tv|film|fumetti|cartoni|videogiochi)"
    # Rule ``double-arrow-breadcrumb``: FanFiction.Net's 2001-2002 layout marks its trail
    # with a doubled arrow, "Books >> Fandom".
    r"\s*(?:[»›]|>>?)\s*"
)
_FFN_BREADCRUMB = lazy(_CATEGORY + r"(?P<fandom>[^»›>]{1,80})", re.IGNORECASE)
_MEDIA_ONLY = lazy(_CATEGORY.partition(r"\s*(?:[»›]")[0], re.IGNORECASE)


def is_media_category(value: str) -> bool:
    """Rule ``media-category-value``: a category field's value that is only a site's media
    category ("Books", "Anime"), not the fandom under it."""
    return len(value) <= 20 and _MEDIA_ONLY.fullmatch(value.strip()) is not None


def breadcrumb_fandom(line: str) -> str | None:
    """Rule ``breadcrumb-fandom``: the fandom of a site's category line ("Books » Little
    Women"), else None. The first item must be one of the sites' media categories, so a
    story's "Rivers » Thames" is left alone.

    Rule ``page-breadcrumb-fandom``: a page's full path, "Fan Fiction » Books » Arabian
    Nights » Title", names the fandom after the media category too, when the site's fan
    fiction section stands before it and the page's own title after it. On FanFiction.Net's
    old layout the path is the site's name, the category and the fandom ("FanFiction >
    Books > Dombey and Son"), with no title after it; MediaMiner's ("Fan Fiction > Anime >
    Some Series") has the same shape.
    """
    found = _FFN_BREADCRUMB.fullmatch(line.strip())
    if found is None and ("»" in line or ">" in line or "›" in line):
        found = _PAGE_BREADCRUMB.fullmatch(line.strip()) or _OLD_FFN_BREADCRUMB.fullmatch(
            line.strip()
        )
    return _uninverted(found.group("fandom").strip()) if found else None


# Rule ``inverted-article-fandom``: a category list sorted by title moves a leading article to
# the end, "Hosen des Herrn von Bredow, Die", "Outsiders, The" (FanFiction.Net's 2002 lists).
_INVERTED_ARTICLE = lazy(
    r"(?P<rest>[^,]{2,80}),\s*(?P<article>the|an?|die|der|das|le|la|les|el|los|las|il|lo|gli"
    r"|de|het|een|o|os|as)",
    re.IGNORECASE,
)


def _uninverted(fandom: str) -> str:
    """The fandom's title with its sorted-away article put back in front ("Die Hosen des
    Herrn von Bredow"); as it is when no lone article ends it after a comma, so a list
    ("Emma, Persuasion") or a subtitle ("Matilda, the Heir") is left alone."""
    if "," not in fandom:
        return fandom
    found = _INVERTED_ARTICLE.fullmatch(fandom)
    if found is None:
        return fandom
    article = found.group("article")
    return f"{article[:1].upper()}{article[1:]} {found.group('rest').strip()}"


# FanFiction.Net's old mobile pages run the trail on to the story: "Books » Fandom » Title".
_TITLE_TRAIL = lazy(
    r"(?P<trail>" + _CATEGORY + r"[^»›>]{1,80}?)\s*[»›]\s*(?P<title>[^»›>]{1,120})", re.IGNORECASE
)


def breadcrumb_title(line: str, title: str | None = None) -> tuple[str, str] | None:
    """Rule ``breadcrumb-title``: a site's trail that runs from the media category through
    the fandom to the story ("Books » Sicilian Romance » The Lamp"), as FanFiction.Net's old
    mobile pages print it in place of a title line: (the category line, the title), else
    None. The first item must be one of the sites' media categories, so a story's "Rome »
    Naples » Palermo" is left alone.

    Rule ``gt-trail-over-title``: an archive's trail written with ">" ("Books > Fandom >
    Title", as Adult-FanFiction.org heads a story's page) counts only when its last item is
    the ``title`` the page's next line gives: a ">" path is also a site's plain category
    path ("Stories > Horror > Ghosts"), which names no fandom.
    """
    if len(line) > 250:
        return None
    if "»" not in line and "›" not in line:
        if title is None or " > " not in line:
            return None
        found = _GT_TITLE_TRAIL.fullmatch(line.strip())
        if found is None or not same_text(found.group("title"), title):
            return None
    else:
        found = _TITLE_TRAIL.fullmatch(line.strip())
    if found is None or breadcrumb_fandom(found.group("trail")) is None:
        return None
    return found.group("trail").strip(), found.group("title").strip()


_GT_TITLE_TRAIL = lazy(
    r"(?P<trail>" + _CATEGORY + r"[^»›>]{1,80}?)\s+>\s+(?P<title>[^»›>]{1,120})", re.IGNORECASE
)


# FanFiction.Net names a crossover's category "A & B Crossover" under "Crossover »"; its
# present-day pages join the pair with "+" ("A + B Crossover").
_CROSSOVER_NAME = lazy(r"(?P<pair>\S.*?\S)\s+crossover", re.IGNORECASE)
_CROSSOVER_CATEGORY = lazy(r"crossovers?\s*[»›>]", re.IGNORECASE)


def breadcrumb_fandoms(line: str) -> tuple[str, ...] | None:
    """The fandoms of a site's category line (see :func:`breadcrumb_fandom`), else None.

    Rule ``crossover-breadcrumb``: "Crossover » Old Novel & Other Novel Crossover" names
    two fandoms, "Old Novel" and "Other Novel"; the closing "Crossover" is the site's
    word, not part of either name. The site's present-day pages write "+" for "&".
    """
    fandom = breadcrumb_fandom(line)
    if fandom is None:
        return None
    joiner = " + " if " + " in fandom else " & "
    if joiner in fandom and _CROSSOVER_CATEGORY.search(line):
        found = _CROSSOVER_NAME.fullmatch(fandom)
        if found is not None and joiner in found.group("pair"):
            first, _, second = found.group("pair").partition(joiner)
            if first.strip() and second.strip():
                return first.strip(), second.strip()
        # Rule ``crossover-pair-breadcrumb``: the story page's own path names the pair
        # without the closing word, "Crossover » Old Novel & Other Novel". Only one
        # "&": with two, which one joins the fandoms ("Law & Order & Bones") is unknown.
        first, _, second = fandom.partition(joiner)
        if joiner not in second and first.strip() and second.strip():
            return first.strip(), second.strip()
    return (fandom,)


_PAGE_BREADCRUMB = lazy(
    r"(?:[^»›>]{1,30}[»›>]\s*){0,2}(?:fan\s*fiction|fanfics?|fanfiktion)\s*[»›>]\s*"
    + _CATEGORY
    + r"(?P<fandom>[^»›>]{1,80}?)"
    + r"\s*[»›>]\s*[^»›>]{1,100}",
    re.IGNORECASE,
)
# FanFiction.Net's old layout stops at the fandom, under the site's own name.
_OLD_FFN_BREADCRUMB = lazy(
    r"fan\s*fiction(?:\.net)?\s*[»›>]\s*" + _CATEGORY + r"(?P<fandom>[^»›>]{1,80})", re.I
)


# A trail of three items down from a media category: category, subcategory, fandom.
# Rule ``site-section-subcategory-trail``: FanFiktion.de's trail opens with the site's own
# section, "Fanfiction › Bücher › Klassiker › Fandom"; that item is passed over.
_SUBCATEGORY_TRAIL = lazy(
    r"(?:(?:fan\s*fiction|fanfics?|fanfiktion)\s*[›>]\s*)?"
    + _CATEGORY
    + r"(?P<sub>[^»›>]{1,60}?)\s*[›>]\s*(?P<fandom>[^»›>]{1,80})",
    re.IGNORECASE,
)


def subcategory_fandom(line: str, below: Sequence[str]) -> str | None:
    """Rule ``subcategory-breadcrumb``: a site's trail from its media category through a
    subcategory to the fandom, "Bücher > Klassiker > Fandom" (Fanfiktion.de), "Libri >
    Altro - Classici italiani > Fandom" (EFP): the fandom is the last item; else None.

    Guards: the first item must be one of the sites' media categories, so a plain category
    path ("Stories > Horror > Ghosts") names nothing; the last item must not be the title
    the header lines ``below`` the trail give, as a line of its own or a field's value
    ("Story: Title"), which makes it a trail down to the story ("Books > Fandom > Title",
    rule ``gt-trail-over-title``); no item may end a sentence; and FanFiction.Net's "»"
    trails, which run on to the title (``breadcrumb-title``), are left to their rules.
    """
    text = line.strip()
    if len(text) > 200 or "»" in text or (">" not in text and "›" not in text):
        return None
    found = _SUBCATEGORY_TRAIL.fullmatch(text)
    if found is None:
        return None
    fandom = found.group("fandom").strip()
    if not fandom or any(item.strip().endswith((".", "!", "?")) for item in found.groups()):
        return None
    for other in below:
        value = other.strip()
        if same_text(value, fandom) or same_text(value.partition(":")[2].strip(), fandom):
            return None
    return fandom


# Rule ``fan-section-trail``: a trail down from a site's fan fiction section ("Fan-fic >
# Book&Literature > Fandom", Webnovel; "Fanfiction > Bücher > Klassiker > Fandom",
# FanFiktion.de): two to four items under the section's name.
_FAN_SECTION_TRAIL = lazy(
    r"(?:fan[\s-]?fic(?:tion)?s?|fanfiktion)(?:\s*[»›>]\s*[^»›>]{1,60}){2,4}", re.IGNORECASE
)


def fan_section_fandom(line: str, below: Sequence[str]) -> str | None:
    """Rule ``fan-section-trail``: the fandom of a trail down from a site's fan fiction
    section is its last item, when that item is not the story's title; else None.

    Guards: the trail opens with the section's name ("Fan-fic", "Fanfiction"); no item ends
    a sentence; the last item is not the title the header lines ``below`` give, as a line (or
    the start of one: "Title by Name") or a field's value (then the trail runs down to the
    story, ``page-breadcrumb-fandom``)."""
    text = line.strip()
    if len(text) > 200 or text[:1] not in "Ff" or not _FAN_SECTION_TRAIL.fullmatch(text):
        return None
    items = [item.strip() for item in re.split(r"[»›>]", text)]
    fandom = items[-1]
    if not fandom or any(item.endswith((".", "!", "?")) for item in items):
        return None
    lowered = fandom.lower()
    for other in below:
        value = other.strip()
        if value.lower().startswith(lowered) or same_text(value.partition(":")[2].strip(), fandom):
            return None  # the title's line, or the title with its byline after it
    return fandom
