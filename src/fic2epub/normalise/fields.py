"""Header fields: which label means which metadata field, and how each value is read."""

from __future__ import annotations

import re
from dataclasses import dataclass

from fic2epub.lazy_re import lazy
from fic2epub.normalise.labels_i18n import (
    FOREIGN_EXTRA_LABELS,
    FOREIGN_LABEL_LANGUAGES,
    FOREIGN_LABELS,
)

# Label (lower case, "(s)" and trailing colon removed) -> Metadata field. Labels not listed
# are kept as extra fields under the author's own label.
_KEYS: dict[str, str] = {}
for _field, _labels in {
    "title": "title|story title|fic title|name of story|story|titel|titre|título|titolo|tytuł"
    "|название",
    "authors": "author|authors|writer|written by|by|book by|story by|pen name|penname|creator"
    "|autor|autorin"
    "|auteur|auteure|auteurs|auteures|autore|autora|autores|автор|авторы|автор оригинала",
    "fandoms": "fandom|fandoms|canon|series fandom|universe|category fandom|crossover"
    "|фэндом|фандом|фэндомы|фандомы",
    "relationships": "pairing|pairings|relationship|relationships|ship|ships|couple|couples"
    "|main pairing|pairings or characters|pairing or characters|pairing(s)/characters"
    "|пейринг|пэйринг|пейринги|пэйринги",
    # FF2EBOOK's title page names FFN's characters "Pairings/Main char.".
    "characters": "character|characters|main characters|cast|figuren|charaktere|personnages"
    "|pairings/main char.|main char."
    "|personajes|personaggi|персонажи|пейринг и персонажи|пэйринг и персонажи",
    # "content rating": a writing site's (Booksie's) word for the rating field.
    "rating": "rating|rated|ratings|maturity rating|content rating"
    "|clasificación|clasificacion|calificación"
    "|classificação|classificacao|classificazione|altersfreigabe|рейтинг|classement",
    "warnings": "warning|warnings|archive warning|archive warnings|content warning|warnung"
    "|warnungen|avertissement|avertissements|advertencia|advertencias"
    "|content warnings|trigger warning|trigger warnings|tw|cw|предупреждения|предупреждение",
    "categories": "category|categories|genre|genres|type|kategorie|catégorie|categoría"
    "|жанр|жанры|направленность",
    "tags": "additional tags|tags|freeform|freeforms|keywords|метки",
    # Rule ``intro-summary-label``: Quizilla labels a story's blurb "Intro:". Rule
    # ``story-summary-label``: a story page's box names whose summary it is, "Story Summary"
    # (Mibba), "Story Description".
    "summary": "summary|description|blurb|synopsis|summery|zusammenfassung|inhalt|beschreibung"
    "|résumé|resume|resumen|sinopsis|riassunto|trama|описание|аннотация|саммари|intro"
    "|story summary|story description|story synopsis"
    # Rule ``series-summary-label``: a series saved as one file heads the series' own
    # summary "Series Summary:", which is the book's.
    "|series summary|series description",
    # MediaMiner labels its status "Fan Fic Status: Completed" (rule ``fan-fic-status``).
    "status": "status|completion|complete|completed|statut|estado|stato|статус"
    "|fan fic status|fanfic status",
    "series": "series",
    # Russian fic headers spell it both ways: "Дисклеймер", "Дисклаймер".
    "disclaimer": "disclaimer|disclaimers|disclamer|дисклеймер|дисклаймер",
    "language": "language|sprache|langue|idioma|lingua|язык",
    # AO3's interface in French labels its stats "Statistiques".
    "stats": "stats|statistiques",
    "chapter_count": "chapters|chapters count",
    "published": "published|date|posted|date posted|written|submitted",
    "updated": "updated|last updated",
    "source_url": "url|link|source|original source|originally posted at|archive",
}.items():
    for _label in _labels.split("|"):
        _KEYS[_label] = _field
# Labels in other languages (labels_i18n); a genre label fills the categories as genres.
_GENRE_LABELS = frozenset(FOREIGN_LABELS["genres"].split("|"))
for _field, _labels in FOREIGN_LABELS.items():
    for _label in _labels.split("|"):
        _KEYS.setdefault(_label, "categories" if _field == "genres" else _field)

# A word count's labels, as writers spell them.
WORD_COUNT_LABELS = frozenset({"word count", "wordcount", "words", "word-count", "words count"})
# Labels that are not metadata fields but only ever open a header line ("Prompt – …").
EXTRA_LABELS = frozenset(
    {
        "prompt", "prompts", "spoilers", "spoiler", "beta", "betas", "beta reader", "beta'd by",
        "dedication", "dedicated to", "challenge", "theme", "request", "requested by", "for",
        "written for", "gift", "recipient", "timeline", "setting", "length", "feedback",
        "claim", "table", "notes", "note", "a/n", "an", "author's note", "type", "archive",
        "permission", "genre", "inspiration", "song", "soundtrack",
        # Where feedback goes, as list posts' headers name it ("E-MAIL - x@y.com").
        "e-mail", "email", "e-mail address", "email address", "contact",
        # ficbook.net's header (Russian): size, dedication, beta, other sites it is posted on.
        "размер", "посвящение", "бета", "беты", "гамма", "публикация на других ресурсах",
        "примечания", "примечание", "примечания автора",
    }
    | WORD_COUNT_LABELS
    | FOREIGN_EXTRA_LABELS
)  # fmt: skip

LIST_FIELDS = frozenset(
    {"authors", "fandoms", "relationships", "characters", "warnings", "categories", "tags"}
)
# Fields whose value is often a paragraph or several, on the lines after the label.
LONG_FIELDS = frozenset({"summary", "disclaimer"})


# Rule ``unwrapped-field``: fields whose value is a date, a count or a word never wrap onto
# the next line, so the line under one ("Published: 2023-10-27 Words: 1,702" over the title
# of an AO3 download copied from the browser) is not its value.
UNWRAPPED_FIELDS = frozenset(
    {"published", "updated", "stats", "chapter_count", "language", "status", "rating"}
)


_PLURAL_MARK = lazy(r"\(s\)$")


def field_for(label: str) -> str | None:
    """The Metadata field a header label stands for, or None for an extra field."""
    key = _PLURAL_MARK.sub("s", label.strip().lower().rstrip(":").strip())
    key = key.strip("*_ ")
    if key in _KEYS:
        return _KEYS[key]
    if "pairing" in key:
        return "relationships"
    return None


def is_genre_label(label: str) -> bool:
    """Whether a label names genres ("Genre", "Жанры", "Gêneros"), not a fandom category."""
    key = label.strip(" *_:").lower()
    # ficbook.net's "Направленность" (Gen, Het, Slash) is a kind of story, not a fandom.
    return key in _GENRE_LABELS or re.search(r"genre|жанр|направленность", key) is not None


def is_known_label(label: str) -> bool:
    """Whether a label is one header blocks use (a metadata field or a common extra one)."""
    return field_for(label) is not None or label.strip().lower().strip("*_ ") in EXTRA_LABELS


# Header labels by language, to tell the story's language when no field names it.
LABEL_LANGUAGES: dict[str, str] = {
    **dict.fromkeys(
        "titel autor autorin figuren charaktere warnung warnungen kategorie zusammenfassung "
        "inhalt beschreibung sprache".split(),
        "de",
    ),
    **dict.fromkeys(
        "titre auteur auteure personnages avertissement avertissements catégorie résumé "
        "statut langue".split(),
        "fr",
    ),
    **dict.fromkeys(
        "título autora autores personajes advertencia advertencias categoría resumen "
        "sinopsis estado idioma".split(),
        "es",
    ),
    **dict.fromkeys("titolo autore personaggi riassunto trama stato lingua".split(), "it"),
    **dict.fromkeys(
        "название автор авторы фэндом фандом пейринг пэйринг персонажи рейтинг жанры метки "
        "описание статус размер посвящение примечания язык".split(),
        "ru",
    ),
    **FOREIGN_LABEL_LANGUAGES,
}


def split_list(value: str, *, titles: bool = False) -> tuple[str, ...]:
    """Split a list value on commas and semicolons (never on "/" or "x", which make pairs).
    ``titles`` says the list names works (fandoms), whose own titles may hold a comma."""
    # A YAML-style list keeps its brackets: "[Jane, Helen]".
    if value.strip().startswith("[") and value.strip().endswith("]"):
        value = value.strip()[1:-1]
    if titles and (work := _quoted_work(value)) is not None:
        return (work,)
    if "«" in value or "“" in value:
        value = _shield_quoted(value)
    if titles and "," in value:
        value = _shield_repeated(value)
        if "(" in value:
            value = _shield_bracketed(value)
        if "." in value and ("«" in value or "“" in value or "„" in value):
            value = _shield_author_comma_work(value)
    items = _LIST_SPLIT.split(value)
    items = [item.replace(_SHIELDED, ",").replace(_SHIELDED_SEMI, ";") for item in items]
    return tuple(item.strip().strip("\"'") for item in items if item.strip().strip("\"'"))


_LIST_SPLIT = lazy(r"\s*[,;]\s*|\n+")

# A title in typographic quotes within a list item: «…», “…”, „…“.
_QUOTED_TITLE = lazy(r"«[^«»\n]{1,120}»|[“„][^“”„\n]{1,120}[”“]")
# Stand-ins for the commas and semicolons inside a quoted title while the list is split.
_SHIELDED = "\x00"
_SHIELDED_SEMI = "\x01"


def _quoted_work(value: str) -> str | None:
    """Rule ``quoted-work-value``: a list of works written whole in straight double quotes
    is one work, commas and all. A YAML front matter quotes a value because of its comma
    (``fandom: "Pablo, ou la vie dans les pampas"``); a list of several quoted titles
    (``"Emma", "Persuasion"``) has quotes inside and still splits."""
    value = value.strip()
    if len(value) < 3 or value[0] != '"' or value[-1] != '"' or '"' in value[1:-1]:
        return None
    return value[1:-1].strip() or None


def _shield_quoted(value: str) -> str:
    """Rule ``quoted-title-in-list``: a comma inside a quoted title is the title's, not the
    list's: "Погорельский Антоний «Чёрная курица, или Подземные жители»" is one fandom, as
    is "Chekhov “Ward No. 6, and Other Stories”". Only typographic quotes, which open and
    close differently; a straight quote cannot tell its two ends apart."""
    return _QUOTED_TITLE.sub(
        lambda found: found.group(0).replace(",", _SHIELDED).replace(";", _SHIELDED_SEMI), value
    )


# A word said twice across a comma, with the title going on after it: "The Long, Long Road",
# "Far, Far Away", "Long, Long Ago". The group before it is the word in front of the first
# copy, if any.
_REPEATED_WORD = lazy(
    r"(?:(?P<before>[^\W\d_]+)\s+)?\b(?P<word>[^\W\d_]{2,}),\s+(?P=word)\s+(?=\w)", re.IGNORECASE
)
# Words that may stand before the first copy of a repeated title word: "The Long, Long Road".
_TITLE_LEAD_WORDS = frozenset("the a an o oh so and".split())


def _shield_repeated(value: str) -> str:
    """Rule ``repeated-word-in-list``: a comma between a word and the same word again is the
    title's rhetoric, not the list's: "The Long, Long Road (A. Writer)" is one fandom.
    The title must go on after the repeat, so a tag list "fluff, fluff, fluff" still splits;
    two list items seldom end and begin with one word ("Emma, Persuasion" splits). Only a
    list of works asks for it (a character list "John Melmoth, Melmoth the Wanderer" names a
    man and his epithet), and only when the first copy opens the item or follows an article:
    after another capitalised word it is the end of a name ("Jane Eyre, Eyre Hall")."""

    def shield(found: re.Match[str]) -> str:
        before = found.group("before")
        if before is not None and before[0].isupper() and before.lower() not in _TITLE_LEAD_WORDS:
            return found.group(0)
        return found.group(0).replace(",", _SHIELDED)

    return _REPEATED_WORD.sub(shield, value)


# A writer by initials and surname ("В. В. Капнист", "A. Writer", "Writer A. B."), a comma,
# and a work's title in typographic quotes. The quotes were shielded before: this matches
# the comma between the writer and the opening quote.
_AUTHOR_COMMA_WORK = lazy(
    r"(?<![^\s,;])(?:(?:[A-ZÀ-ÞА-ЯЁ]\.\s?){1,3}\s*[A-ZÀ-ÞА-ЯЁ][\w'’-]+"
    r"|[A-ZÀ-ÞА-ЯЁ][\w'’-]+\s+(?:[A-ZÀ-ÞА-ЯЁ]\.\s?){1,3})(?P<comma>,)\s+(?=[«“„])"
)


def _shield_author_comma_work(value: str) -> str:
    """Rule ``author-comma-work``: a fandom named by its writer and work, "В. В. Капнист,
    «Ябеда»" or "A. Writer, “The Title”", is one fandom: the comma parts the writer from the
    work, not two works. Only a writer named by initials (the way such a credit names one),
    and only before a title in typographic quotes; two plain titles still split."""

    def shield(found: re.Match[str]) -> str:
        start = found.start("comma") - found.start()
        text = found.group(0)
        return text[:start] + _SHIELDED + text[start + 1 :]

    return _AUTHOR_COMMA_WORK.sub(shield, value)


# A bracket after a work's title, closed before the next one opens: "(A. Writer, 1836)".
_BRACKETED = lazy(r"\([^()\n]{1,80}\)")


def _shield_bracketed(value: str) -> str:
    """Rule ``bracketed-credit-in-work-list``: a comma inside the brackets after a work's
    title is the credit's, not the list's: "El trovador (A. Garcia Gutierrez, 1836)" is one
    fandom, its author and year set off by a comma. A list of works never breaks off
    inside a bracket, so only a closed pair with no bracket inside counts; an unclosed
    "(" leaves the list to split as before."""
    return _BRACKETED.sub(lambda found: found.group(0).replace(",", _SHIELDED), value)


def split_works(value: str) -> tuple[str, ...]:
    """Rule ``subtitle-in-work-list``: split a list of works (a fandom field) as
    :func:`split_list` does for titles, but a piece that opens with a lower-case word and goes on in
    Title Case ("the Heir of the Manor", "or the Modern Prometheus") is the subtitle of
    the title before it, which old novels set after a comma: "Matilda, the Heir of the
    Manor" is one work. Only under a capitalised piece, so a list typed all in lower case
    ("good omens, the magnus archives") still splits.

    Rule ``name-suffix-in-work-list``: a piece that is only a name's generational suffix
    ("Junior", "Jr.", "Senior", "Sr."), perhaps with the bracketed author after it, ends the
    title before it: "Robin, Junior (Ada Finch)" is one work named after a person.

    Rule ``locator-in-work-list``: a piece that is only a lower-case word and a number
    ("novella 33", "book 2", "canto iv", "vol. 3") points into the work before it, as a
    collection's tale or a long poem's book is cited: "Il Novellino (Masuccio), novella 33" is
    one fandom. A fandom is never named so."""
    if "or" in value.lower():
        value = _shield_double_title(value)
    items: list[str] = []
    for item in split_list(value, titles=True):
        if (
            items
            and items[-1][:1].isupper()
            and (
                _SUBTITLE_PIECE.match(item)
                or (item[:1] == "o" and _OR_SUBTITLE_PIECE.match(item))
                # Cheap first: the suffix starts with a capital J or S.
                or (item[:1] in "JS" and _NAME_SUFFIX_PIECE.fullmatch(item))
                or (item[:1].islower() and _LOCATOR_PIECE.fullmatch(item))
            )
        ):
            items[-1] = f"{items[-1]}, {item}"
        else:
            items.append(item)
    return tuple(items)


# An old novel's double title, "Frankenstein; or, The Modern Prometheus": "or" with a
# semicolon before it or a comma after it (or both), a capital after it; with both, any
# word after it ("Monima; or, the Beggar Girl").
_DOUBLE_TITLE = lazy(
    r"(?<=[\w)\]'’])\s*(?:(?:;\s*[Oo]r,?|,\s*[Oo]r,)\s+(?=[A-Z])|;\s*[Oo]r,\s+(?=\w))"
)


def _shield_double_title(value: str) -> str:
    """Rule ``double-title-in-work-list``: the "; or," of a double title ("The Monk; or,
    The Abbey of Saint Clare") joins the work's two titles, so its semicolon and comma are
    the title's, not the list's: one fandom, kept as written. Only with "or" a word of its
    own and a capital after it (or both marks around it), so "Sherlock; Orphan Black" and
    "Emma; or whatever" split."""
    return _DOUBLE_TITLE.sub(
        lambda found: found.group(0).replace(",", _SHIELDED).replace(";", _SHIELDED_SEMI), value
    )


# A subtitle after a title's comma: a lower-case word, then a capitalised word further on.
_SUBTITLE_PIECE = lazy(r"[a-z][a-z'’]{0,7}\s+(?:\S+\s+){0,3}?[A-Z]")
# Rule ``or-subtitle-in-work-list``: a subtitle in a language that writes it all in lower
# case, opened by the word for "or": "Hamlet, ou les suites de la piété filiale", "Emilia
# Galotti, oder die Rache der Liebe". The "or" word, then two words more at
# least, so a list's "Emma, or whatever" still splits.
_OR_SUBTITLE_PIECE = lazy(r"(?:or|ou|oder|ovvero|ossia|o)\s+[^\W\d_][\w'’-]*\s+\S")
# A place in the work before the comma: a lower-case word, then an arabic or roman number.
_LOCATOR_PIECE = lazy(
    r"[a-z]{2,12}\.?\s+(?:\d{1,4}|(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))"
)
# A name's generational suffix after its comma, alone or with a bracketed author or medium
# after it: a fandom is seldom called "Junior" alone, so the piece is the title's end.
_NAME_SUFFIX_PIECE = lazy(r"(?:Junior|Jr\.?|Senior|Sr\.?)(?:\s*\([^()]{1,80}\))?")


# "and"/"with" join names only as words of their own: a handle such as "ink-and-ivy" or
# "kestrel_and_key" is one name.
_AUTHOR_SPLIT = lazy(r"\s*(?:,|;|&|\+|(?<![\w-])(?:and|with)(?![\w-]))\s*", re.IGNORECASE)
# Rule ``user-icon``: the alt text of a journal's user icon before a user name, as a copy of
# a Dreamwidth or LiveJournal page keeps it ("[personal profile] name", "[info]name").
_USER_ICON = lazy(r"\[\s*(?:personal\s+profile|community\s+profile|info)\s*\]\s*", re.I)


def split_authors(value: str) -> tuple[str, ...]:
    """Split "X and Y", "X & Y", "X, Y" into names; a handle like "kestrel_and_key" stays one."""
    names = (_clean_name(name) for name in _AUTHOR_SPLIT.split(_name_field(value)))
    return tuple(name for name in names if name)


def account_name(value: str) -> str:
    """An author field's value as one account's name (a site that credits one account per
    story): cleaned as :func:`split_authors` cleans each name, but never split."""
    return _clean_name(_name_field(value))


def _name_field(value: str) -> str:
    """An author field's value less what is no name: an address, a profile link, a user
    icon's text, a site's links after the name and an alias in brackets."""
    # "Harriet Vale (hv@example.com)": the address is contact detail, not the name.
    value = re.sub(r"\s*[(<]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)>]?", "", value)
    # "Name (https://site/authors/123)": the profile's address is not part of the name.
    if "://" in value:
        value = re.sub(r"\s*[(<\[]\s*https?://[^\s)>\]]+\s*[)>\]]", "", value)
    if "[" in value:
        value = _USER_ICON.sub("", value)
    value = strip_pm_link(value)
    if "(" in value:
        value = _AKA_ALIAS.sub("", _AUTHOR_BADGE.sub("", value))
    return value.strip()


# Rule ``aka-alias-dropped``: "Rosalind Pike (aka marble_mantel)", "Jo (a.k.a. jo_writes)":
# the bracket names the same writer under another name, her handle, not a second author; the
# name before it is the author's. Only a bracket that opens on "aka", "a.k.a." or "also known
# as" and holds a short name, so "Name (with thanks to X)" is left to the other rules.
_AKA_ALIAS = lazy(r"\s*\((?:aka|a\.k\.a\.?|also\s+known\s+as)\s+[^()\n,;]{1,40}\)", re.IGNORECASE)
# Rule ``author-badge-dropped``: a book or writing site marks its members who are published
# writers with a badge after the name, copied as "Name (Goodreads Author)", "Name (Verified
# Author)". The badge is the site's, not part of the name. Guard: a bracket closing the
# value that holds at most two capitalised words and then the word "Author" alone.
_AUTHOR_BADGE = lazy(r"\s+\((?:[A-Z][\w.]*\s+){1,2}Author\)$")

# Rule ``pm-link-after-name``: FanFiction.Net's old page set a "PM" link (private message)
# after the author's name, copied as "Author: Name  PM". Only the upper-case word set apart
# by a wide space or a separator, so a name's own last word is kept.
_PM_LINK = lazy(r"(?:\s{2,}|\s*[|·•]\s*)PM$")
# Rule ``alert-links-after-name``: the 2010 layout set its alert and favourite links on the
# author's line, copied as "Author: name    Add Story Alert . Add Author Alert . Add
# Favorite Story . Add Favorite Author". Only after a wide space, and only a run of those
# links to the line's end, so a name is never cut.
_ALERT_LINK = r"add\s+(?:(?:story|author)\s+alert|favou?rite\s+(?:story|author)|to\s+favou?rites)"
_ALERT_LINKS = lazy(
    rf"\s{{2,}}{_ALERT_LINK}(?:\s*[-–|·.]\s*{_ALERT_LINK})*\s*$",
    re.IGNORECASE,
)


def strip_pm_link(value: str) -> str:
    """An author field's value less FanFiction.Net's links after the name: the "PM" link
    (``pm-link-after-name``) or the alert and favourite links (``alert-links-after-name``)."""
    if "  " in value and "add " in value.lower():
        value = _ALERT_LINKS.sub("", value)
    return _PM_LINK.sub("", value) if value.endswith("PM") else value


def _clean_name(name: str) -> str:
    """Rule ``handle-underscores-kept``: a name less the punctuation and emphasis around it.
    Underscores go only in pairs, as Markdown's "_name_" emphasis: a handle may itself begin
    or end with one ("hydeandseek_", "_moth"), and that one is part of the name.

    Rule ``initial-keeps-stop``: a name ending in an initial keeps that initial's full stop
    ("Margaret T."); another name's stop is punctuation after it ("by Rose.")."""
    stripped = name.strip(' .~-–—*"“”')
    if stripped.startswith("@") and _AT_HANDLE.fullmatch(stripped):
        stripped = stripped[1:]
    while len(stripped) > 2 and stripped.startswith("_") and stripped.endswith("_"):
        stripped = stripped[1:-1].strip(' .~-–—*"“”')
    if not stripped.strip("_"):
        return ""
    if _ENDS_IN_INITIAL.search(stripped) and name.rstrip(' ~-–—*"“”').endswith(stripped + "."):
        return stripped + "."
    return stripped


# Rule ``at-handle-name``: a byline "by @handle" (write.as, Wattpad, Commaful, Tumblr)
# writes the "@" that marks a user name on the site; the name is the handle without it.
# Guard: one token, "@" then word characters, dots or hyphens only.
_AT_HANDLE = lazy(r"@[\w][\w.-]{1,39}")


# A name's last word a single capital after another word ("Margaret T", "Ann B"): an
# initial, whose full stop is its own. Only after a given name: a lone letter is no initial.
_ENDS_IN_INITIAL = lazy(r"\w\s+[A-Z]$")


# --- ratings --------------------------------------------------------------------------------

_AO3_RATINGS = (
    "General Audiences",
    "Teen And Up Audiences",
    "Mature",
    "Explicit",
    "Not Rated",
)
_RATING_RE = lazy(
    # A code starts a word: the last "t" of the French "Tout public" is no "T" rating.
    r"(?<!\w)(?:fiction\s+|rated\s+|rating\s*:?\s*)?"
    # Writing.Com rates an item for everyone "E", beside its "13+" and "18+": in capitals
    # only, since "e" is "and" in Italian and Portuguese.
    r"(?P<code>K\+|NC-?17|PG-?13|PG-?15|MA|FR\d{1,2}|[GKTMR]|(?-i:E)|PG|R15|R18|18\+|15\+|13\+)"
    r"(?![\w+])",
    re.IGNORECASE,
)


def rating_or_pairing(item: str, pair: re.Pattern[str]) -> tuple[str, str] | None:
    """An unlabelled info item read by its shape: ``("Rating", item)`` when it is a rating,
    ``("Pairing", item)`` when ``pair`` finds a pairing in it, else None.

    Each info-line reader passes its own pairing test: they differ on what may join the
    names ("&" spaced or not, "x")."""
    if exact_rating(item) is not None:
        return ("Rating", item)
    if pair.search(item):
        return ("Pairing", item)
    return None


def exact_rating(value: str) -> str | None:
    """The rating when ``value`` is nothing but one ("M", "Rated T", "Teen And Up Audiences")."""
    text = value.strip()
    if any(text.lower() == rating.lower() for rating in _AO3_RATINGS):
        return read_rating(text)
    return read_rating(text) if _RATING_RE.fullmatch(text) else None


# Rule ``bracket-rating-line``: an archive's rating in brackets on a line of its own under
# the title, its code and its name: "[ P - Pre-Teen ]", "[ T - Teens ]", "[ A - Adult ]"
# (MediaMiner). The name must be a rating's word, so a bracketed aside is never one.
_BRACKET_RATING = lazy(
    r"\[\s*(?P<code>[A-Z][A-Z0-9+-]{0,5})\s+[-–—]\s+(?P<name>(?P<before>(?:[\w'’-]+\s+){0,2})"
    r"(?:general|everyone|all\s+ages|pre-?teens?|teens?|older\s+teens?|mature|adults?"
    r"|explicit|restricted|children|kids)(?:\s+only)?)\s*\]",
    re.IGNORECASE,
)
# Words that turn a rating's word into a warning or an aside: "[ NB - not for kids ]".
_NEGATIONS = frozenset({"no", "not", "non", "never", "nothing"})


def bracket_rating_line(text: str) -> str | None:
    """The rating of a bracketed rating line (see ``_BRACKET_RATING``), else None: the short
    code when it is a known one ("[ T - Teen ]" gives "T"), else code and name as written."""
    if not text.startswith("[") or len(text) > 40:
        return None
    found = _BRACKET_RATING.fullmatch(text.strip())
    if found is None:
        return None
    name = found.group("name").lower()
    if any(word in _NEGATIONS for word in name.replace("-", " ").split()):
        return None  # "[ PS - no explicit ]": a note about the rating, not one
    code = found.group("code")
    if (known := exact_rating(code)) is not None:
        return known
    if found.group("before") or code[0].lower() != name[0]:
        # An archive's own code ("P", "A") is its name's initial, and the name opens on the
        # rating's word; "[ CW - mature ]" is a content warning's aside.
        return None
    return f"{code} - {found.group('name')}"


def opens_with_rating(value: str) -> bool:
    """Whether a value starts with a rating ("T for language", "PG-13, some blood")."""
    text = value.strip()
    if any(text.lower().startswith(rating.lower()) for rating in _AO3_RATINGS):
        return True
    return _RATING_RE.match(text) is not None


def read_rating(value: str) -> str | None:
    """The short form of a rating ("M", "T", "Teen And Up Audiences") found in a value."""
    text = value.strip()
    if "/" in text[:12] and (both := _rating_range(text)) is not None:
        return both
    for rating in _AO3_RATINGS:
        if text.lower().startswith(rating.lower()):
            return rating
    found = _RATING_RE.match(text) or _RATING_RE.search(text[:40])
    if found is None:
        return None
    return _short_code(found.group("code"))


# Rule ``rating-range``: an archive's rating that spans two codes, "R/NC-17", "PG-13/R",
# "T/M": one rating as the site gives it, kept whole; the first code alone would understate
# it. Both sides must be rating codes, closing the value or followed by a wide space or a
# separator, so "R/Sexual content" or "T/Romance" keeps its first code only.
_RATING_CODE = r"(?:K\+|NC-?17|PG-?13|PG-?15|MA|[GKTMR]|PG)"
_RATING_RANGE = lazy(
    rf"(?:rated\s*:?\s*)?(?P<first>{_RATING_CODE})\s?/\s?(?P<second>{_RATING_CODE})"
    r"(?=$|\s{2,}|\s*[-–—,;|(]|\s+for\s)",
    re.IGNORECASE,
)


def _rating_range(text: str) -> str | None:
    """The two codes of a ``rating-range`` value as one rating ("R/NC-17"), else None."""
    found = _RATING_RANGE.match(text)
    if found is None:
        return None
    first, second = (_short_code(found.group(name)) for name in ("first", "second"))
    return None if first == second else f"{first}/{second}"


def _short_code(code: str) -> str:
    """A rating code in capitals, its hyphen set ("nc17" gives "NC-17")."""
    code = code.upper()
    return {"NC17": "NC-17", "PG13": "PG-13", "PG15": "PG-15"}.get(code, code)


# --- series --------------------------------------------------------------------------------

# The words a series line counts its works with: English, and (rule ``foreign-series-part``)
# the same words in the languages fan fiction is written in: Spanish, Italian and Portuguese
# "parte", French "partie"/"tome", German "Teil", Dutch "deel", Scandinavian "del", Polish
# "część", Czech "část", Hungarian "rész", Finnish "osa", Turkish "bölüm", Russian "часть".
_SERIES_PART = (
    r"(?:part|book|volume|vol\.?|#|parte|partie|tome|tomo|libro|livro|teil|deel|del|część"
    r"|část|časť|rész|osa|bölüm|bagian|часть|частина|книга)"
)
# "of" in "Part 2 of Name" and "(2 of 3)", in the same languages.
_SERIES_OF = r"(?:of|de|di|du|von|van|av|af|z|ze|из|з)"
_SERIES_RE = (
    # Rule ``series-story-number``: "Name, story 3", "Name (fic #2)", "Name - instalment 4":
    # the writer counts the works in other words. Only after a comma, colon, bracket or
    # spaced dash, so a series named "Toy Story 3" or "The Ghost-Story 3" keeps its name.
    lazy(
        r"(?P<name>.+?)(?:\s*[,:(\[]|\s+[-–—])\s*(?:story|fic|instal+ment|entry|no\.?|number)\s*#?\s*"
        rf"(?P<index>\d+(?:\.\d+)?)(?:\s+{_SERIES_OF}\s+\d+)?\s*[)\]]?",
        re.I,
    ),
    lazy(
        rf"{_SERIES_PART}\s*(?P<index>\d+(?:\.\d+)?)\s+{_SERIES_OF}\s+(?P<name>.+)",
        re.I,
    ),
    lazy(
        rf"(?P<name>.+?)[,:\-–—(\s]+{_SERIES_PART}\s*(?P<index>\d+(?:\.\d+)?)\)?",
        re.I,
    ),
    # "Name (2 of 3)", "Name, Part 2 of 5": the place and the series' length.
    lazy(
        rf"(?P<name>.+?)\s*[,:(\[\-–—]\s*(?:{_SERIES_PART}\s*)?"
        rf"(?P<index>\d+(?:\.\d+)?)\s+{_SERIES_OF}\s+\d+\s*[)\]]?",
        re.I,
    ),
    lazy(r"(?P<name>.+?)\s*[,(\[]\s*(?P<index>\d+(?:\.\d+)?)\s*[)\]]?", re.I),
)


# Rule ``series-fraction``: "Name (3/4)", "Name, part 3/4", "Name - 2/?": the place over the
# series' length (or "?" while it grows), as a chapter count is written. Only after a bracket,
# comma, colon or dash, so a name that holds a fraction ("Diner 24/7") keeps it; and the place
# must not pass the length (read_series checks), so "Diner, 24/7" stays a name too.
_SERIES_FRACTION = lazy(
    rf"(?P<name>.+?)\s*[,:(\[\-–—]\s*(?:{_SERIES_PART}\s*)?"
    r"(?P<index>\d{1,3})\s*/\s*(?P<total>\d{1,3}|\?)\s*[)\]]?",
    re.I,
)

# The series navigation's links around "Part 2 of Name", only at the value's two ends.
_SERIES_ARROWS = lazy(
    r"^\s*(?:[←«‹<]\s*)?previous\s+work\b|\bnext\s+work(?:\s*[→»›>])?\s*$", re.IGNORECASE
)


# Rule ``series-work-count``: a download app's "Name (3 works)" counts the series' works,
# no place in it and no part of its name.
_SERIES_COUNT = lazy(r"(?P<name>.+?)\s*\(\s*\d{1,4}\s+(?:works?|stories|fics?|parts?)\s*\)", re.I)


@dataclass(frozen=True, slots=True)
class Series:
    """A series name and the story's place in it."""

    name: str
    index: float | None


def read_series(value: str) -> Series:
    """Read "Name, Part 2", "Part 2 of Name", "Name (2 of 3)", "Name (3/4)" or "Name (2)"; the
    name alone when no index."""
    # AO3's page shows "← Previous Work Part 2 of Name Next Work →" around the series; other
    # skins and copies draw the arrows as "«" and "»" (or leave them out).
    text = _SERIES_ARROWS.sub("", value).strip()
    if text.endswith(")") and (counted := _SERIES_COUNT.fullmatch(text)) is not None:
        text = counted.group("name").strip()
    if "/" in text and (found := _SERIES_FRACTION.fullmatch(text)) is not None:
        total, index = found.group("total"), int(found.group("index"))
        # No series has a part 0, whether its length is known or still "?".
        if index > 0 and (total == "?" or index <= int(total)):
            return Series(found.group("name").strip(' ,:-–—"“”'), float(index))
    for pattern in _SERIES_RE:
        found = pattern.fullmatch(text)
        if found:
            name = found.group("name").strip(' ,:-–—"“”')
            return Series(name, float(found.group("index")))
    return Series(text, None)


# --- dates ---------------------------------------------------------------------------------

_ISO_RE = lazy(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
_US_RE = lazy(r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})")
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_WORDY_RE = lazy(
    r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>[A-Za-z]{3,9})\.?,?\s+(?P<y1>\d{4})"
    r"|(?P<m2>[A-Za-z]{3,9})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4}))"
)


def read_date(value: str) -> str | None:
    """An ISO date (YYYY-MM-DD) from "2019-03-04", "3/14/2012" or "14 March 2012"."""
    found = _ISO_RE.search(value)
    if found:
        return _iso(int(found["y"]), int(found["m"]), int(found["d"]))
    found = _US_RE.search(value)
    if found:
        year = int(found["y"])
        return _iso(year + 2000 if year < 100 else year, int(found["m"]), int(found["d"]))
    found = _WORDY_RE.search(value)
    if found:
        month_name = (found["m1"] or found["m2"]).lower()[:3]
        if month_name in _MONTHS:
            day = int(found["d1"] or found["d2"])
            return _iso(int(found["y1"] or found["y2"]), _MONTHS.index(month_name) + 1, day)
    return None


# A line that is only a date, maybe with a time: a blog post's or e-mail's date. A journal's
# entry page may part the time with a bar ("Oct. 3rd, 2004 | 11:52 pm"), LiveJournal's
# older styles with an at sign ("Mar. 14th, 2006 @ 11:42 pm").
_DATE_ONLY = lazy(
    r"[@\s]*[\w.,/ -]{6,30}?(?:(?:\s*[|@])?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?",
    re.IGNORECASE,
)
_CALENDAR_WORDS = frozenset(
    "jan feb mar apr may jun jul aug sep oct nov dec mon tue wed thu fri sat sun".split()
)


def date_line(text: str) -> str | None:
    """The ISO date of a line that holds nothing but a date (and a time), else None."""
    if len(text) > 40 or not _DATE_ONLY.fullmatch(text):
        return None
    date = read_date(text)
    words = re.findall(r"[A-Za-z]{3,}", text)
    # Only month and weekday names may stand beside the numbers.
    if date is None or any(w.lower()[:3] not in _CALENDAR_WORDS for w in words):
        return None
    return date


def _iso(year: int, month: int, day: int) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2200):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


# Rule ``dated-label``: a date label written without its colon ("Updated Jun 02, 2016",
# "Published 3 May 2019"), as story pages set the date beside a greyed-out word.
_DATED_LABEL = lazy(
    r"(?P<label>(?:last\s+)?updated|published|posted(?:\s+on)?|completed|created|written)"
    r"\s+(?P<date>\S.{4,38})",
    re.IGNORECASE,
)


def dated_label(text: str) -> tuple[str, str] | None:
    """``("Updated", "2016-06-02")`` for "Updated Jun 02, 2016": a date label and a date with
    no colon between them; None for anything else (the rest must be a date and only that)."""
    if len(text) > 50 or not text[:1].isalpha():
        return None
    found = _DATED_LABEL.fullmatch(text)
    if found is None or (date := date_line(found.group("date"))) is None:
        return None
    return found.group("label"), date
