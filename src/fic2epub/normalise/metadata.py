"""Pass ``metadata``: header chunks (fields, title, byline, site info lines) -> Metadata."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import fields, replace
from typing import Any

from fic2epub.lazy_re import lazy
from fic2epub.model import Field, Metadata
from fic2epub.normalise.breadcrumbs import breadcrumb_fandom
from fic2epub.normalise.ffn_mobile_info import mobile_info_complete
from fic2epub.normalise.ffn_page import ffn_page_fandoms, ffn_page_title
from fic2epub.normalise.fields import (
    LABEL_LANGUAGES,
    LIST_FIELDS,
    exact_rating,
    field_for,
    is_genre_label,
    is_known_label,
    read_date,
    read_rating,
    read_series,
    split_authors,
    split_list,
    split_works,
)
from fic2epub.normalise.labels_i18n import LANGUAGE_NAMES
from fic2epub.normalise.page_repeats import page_title
from fic2epub.normalise.patterns import AO3_POSTED_RE, FFN_INFO_RE, URL_RE
from fic2epub.normalise.pixiv import pixiv_tab_title
from fic2epub.normalise.status_i18n import foreign_status
from fic2epub.normalise.typography import typography

_LANGUAGES = {
    "english": "en", "spanish": "es", "español": "es", "french": "fr", "français": "fr",
    "german": "de", "deutsch": "de", "italian": "it", "italiano": "it", "portuguese": "pt",
    "português": "pt", "dutch": "nl", "russian": "ru", "русский": "ru", "polish": "pl",
    "japanese": "ja", "日本語": "ja", "chinese": "zh", "中文": "zh", "korean": "ko",
    "swedish": "sv", "norwegian": "no", "danish": "da", "finnish": "fi", "czech": "cs",
    "hungarian": "hu", "turkish": "tr", "greek": "el", "hebrew": "he", "arabic": "ar",
    "indonesian": "id", "tagalog": "tl", "vietnamese": "vi", "catalan": "ca", "romanian": "ro",
}  # fmt: skip
# A label that names pairings and characters in one list, each item told by its shape.
_PAIRINGS_AND_CHARACTERS = lazy(r"п[еэ]йринг", re.IGNORECASE)
_BCP47 = lazy(r"[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*")
# Rule ``cjk-bracket-prefix``: LOFTER and Weibo posts bracket the fandom in full-width
# brackets, "【fandom|pairing】title", as LJ communities write "[Fandom] Title".
_SUBJECT_LINE = lazy(
    r"[\[【](?P<fandom>[^\]】]{1,80})[\]】]\s*(?P<title>.+?)(?:\s*\((?P<info>[^()]*)\))?"
)
_STATS_KEYS = (
    r"(?:Published|Updated|Completed|Words|Chapters|Comments|Kudos|Bookmarks|Hits"
    # Rule ``ao3-interface-i18n``: AO3's stats with its interface in French.
    r"|Publié\s+le|Mis\s+à\s+jour\s+le|Terminé\s+le|Mots|Chapitres|Commentaires"
    r"|Marque-pages)"
)
# A value runs to the next space, or to the next key where a copy ran the items together
# ("Publié le :2022-03-06Terminé le :2022-03-13").
_STATS = lazy(rf"(?P<key>{_STATS_KEYS})\s*:\s*(?P<value>\S+?)(?=\s|$|{_STATS_KEYS}\s*:)")
# The French stats keys (above) by the English ones they stand for.
_FRENCH_STATS = {
    "publié le": "Published", "mis à jour le": "Updated", "terminé le": "Completed",
    "chapitres": "Chapters",
}  # fmt: skip


def _value_before_stats(label: str, value: str) -> tuple[str, str] | None:
    """Rule ``fields-before-stats``: a stats line that opens on another field, "Rated: PG-13
    Genre: Humor   Reviews: 12   Updated: 04-02-02   Published: 03-14-02" (FanFiction.Net's
    2002 layout): (the opening field's own value, the stats from the first date or count on),
    so the rating is read as well as the dates; else None. Only when the label is no stats
    key itself ("Published: … Completed: …" is all stats) and a value stands before them."""
    if _STATS.fullmatch(f"{label.strip()}: x") is not None:
        return None
    first = _STATS.search(value)
    if first is None or first.start() == 0:
        return None
    own = value[: first.start()].strip(" -–—,|·")
    return (own, value[first.start() :]) if own else None


# A field after two or more spaces on the same line: "   Characters: A, B".
_WIDE_FIELD = lazy(r"\s{2,}(?=[^\W\d_][\w'’ ]{0,24}:\s)")
_LABELLED = lazy(r"(?P<label>[^\W\d_][\w'’ ]{0,24}):\s+(?P<value>\S.*)", re.DOTALL)


def wide_fields(value: str) -> list[tuple[str, str]] | None:
    """Rule ``wide-spaced-fields``: a field's value that runs on, after two or more spaces,
    into more "Label: value" fields, as an archive's info block prints them in a row
    ("PG   Categories: X   Characters: A, B"). Returns ("", first value) then each
    (label, value), or None.

    Only when every later label is one header blocks use, so a colon in a summary's sentence
    after a double space never splits it.
    """
    pieces = _WIDE_FIELD.split(value.strip())
    if len(pieces) < 2:
        return None
    found: list[tuple[str, str]] = [("", pieces[0])]
    for piece in pieces[1:]:
        match = _LABELLED.fullmatch(piece.strip())
        if match is None or not is_known_label(match.group("label")):
            return None
        found.append((match.group("label"), match.group("value").strip()))
    return found


# A capitalised label after one space on the same line: " Characters: A, B".
_RUN_ON_FIELD = lazy(r"\s(?=[A-Z][a-z]+(?:\s[a-z]+)?:\s)")
# Fields whose value is a short list or a name, never a sentence that may hold a colon.
# A "Source:" value that names a work: capitalised words, with no address in them (no
# "@", "/" or dotted host), as "Title (Author, 1813)" or "Title by Author".
_SOURCE_WORK = lazy(r"(?-i:[A-Z\u00c0-\u024f])[^@/\s]*(?:\s+[^@/\s]+)+")
_LIST_LIKE = frozenset({"categories", "fandoms", "characters", "relationships", "warnings"})


def run_on_fields(label: str, value: str) -> list[tuple[str, str]] | None:
    """Rule ``run-on-fields``: eFiction's print view sets "Categories: X Characters: A, B" on
    one line with a single space between the fields. Returns ("", first value) then each
    (label, value), or None.

    Only in a list-like field (fandom, categories, characters…), and only at a capitalised
    label the header blocks use, so a summary's "She said: go" never splits.
    """
    if field_for(label) not in _LIST_LIKE or ":" not in value:
        return None
    pieces = _RUN_ON_FIELD.split(value.strip())
    if len(pieces) < 2:
        return None
    found: list[tuple[str, str]] = [("", pieces[0])]
    for piece in pieces[1:]:
        match = _LABELLED.fullmatch(piece.strip())
        if match is None or field_for(match.group("label")) not in _LIST_LIKE:
            return None
        found.append((match.group("label"), match.group("value").strip()))
    return found


# Mailing lists and LJ communities mark posts "[FIC]" and count parts "(1/3)"; neither is
# part of the title. Emphasis markers around a title are not either.
# Blogs mark the kind of post the same way: "[Fanfic]", "[Oneshot]", "[Drabble]".
_FIC_PREFIX = lazy(
    r"^\s*(?:\[\s*(?:fic|fanfic|fanfiction|one-?shot|drabble|ficlet)\s*\]|fic\s*:"
    r"|\(\s*fic\s*\)|~\s*fic\s*~)\s*",
    re.IGNORECASE,
)
_PART_COUNT = lazy(
    r"\s*[(\[]?\s*(?:part\s+)?\d{1,3}\s*(?:/|\bof\b)\s*(?:\d{1,3}|\?)\s*[)\]]?\s*$", re.IGNORECASE
)

# Rule ``post-number-title``: a serial's post titled with its number in brackets after the
# story's title, "제주 바람 (1)", or, in Chinese and Japanese, its half or third, "（上）",
# "（下篇）", "（前編）": the mark is the post's place, not the title's.
_POST_NUMBER = lazy(
    r"\s*[(（]\s*(?:\d{1,3}|[上中下]|[上中下前后後]篇|[前中後后]編|[前中後后]编)\s*[)）]\s*$"
)

# A part count and then a rating closing a subject line: "(1/2) PG", "[3/5] NC-17", the
# rating bare or in its own brackets ("(2/5) [G]").
# Rule ``subject-short-rating``: AO3's rating names as journal posters shorten them in a
# subject's brackets, "fic: Title (Fandom, Teen)". Only with another item beside them (see
# ``_title_with_info``), so a title such as "Sweet (Teen)" keeps its brackets.
_SHORT_AO3_RATING = lazy(r"gen(?:eral)?|teen(?:\s+(?:and|&)\s+up)?|not\s+rated", re.I)
# Rule ``subject-part-rating``: the count may be bare words after a comma, "Title, Part 1/3
# (G)", as list posters write it; only with "part", so a title's own "1/2" stays.
_COUNT_THEN_RATING = lazy(
    r"(?:[(\[]\s*\d{1,3}\s*(?:/|\bof\b)\s*(?:\d{1,3}|\?)\s*[)\]]"
    r"|\bpart\s+\d{1,3}\s*(?:/|\bof\b)\s*\d{1,3})\s+"
    r"(?:(?P<open>[(\[])\s*)?(?P<rating>[^\s()\[\]]{1,6})(?(open)\s*[)\]])\s*$",
    re.I,
)


# The size a post title's brackets give beside the fandom: "2 parts", "three chapters",
# "one-shot", "complete", "WIP".
_WORK_SIZE = lazy(
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:parts?|chapters?)"
    r"|one-?shot|complete|wip"
    # Rule ``subject-word-count``: the length in words, as a post's title line gives it,
    # "1k", "2.5k words", "800 words", "1,200 words".
    r"|\d{1,3}(?:\.\d)?\s?k(?:\s+words)?|\d{1,3}(?:,?\d{3})?\s+words",
    re.IGNORECASE,
)


# A pairing among a title's bracketed items: "A/B", "A & B", "A x B".
_PAIR_ITEM = lazy(r"/|\s&\s|\sx\s")


# A tagged subject's title, the source in brackets and a bare rating after it.
_SOURCE_THEN_RATING = lazy(
    r"(?P<title>[^()]{1,120}?)\s*\((?P<source>[^()]*[^\W\d_][^()]{1,100})\)\s+"
    r"(?P<rating>[^\s()\[\]]{1,6})"
)


# Forum threads that collect a writer's pieces say so after the title: "Charon Takes a
# Holiday (Fandom snips)", "Tea and Sympathy [Worm snippets]", "Small Hours (one-shots)".
# The suffix names the thread's kind, not the story. Rule ``fanfic-subtitle``: web-serial
# sites title fan works the same way, "The Long Census (A Doctor Moreau Fanfic)", and so
# do blog posts, "The Long Census (Doctor Moreau fic)".
_THREAD_KIND = lazy(
    r"\s*[(\[](?:[^()\[\]]{0,50}\s)?(?:snips?|snippets?|drabbles?|ficlets?|one-?shots?"
    r"|omakes?|(?:story|idea|fic)\s+thread|fan-?fic(?:tion)?|fic"
    # Rule ``status-tail-title``: the work's state alone in brackets, "The Title
    # (complete)", "The Title [WIP]", as a post's subject says it, is not the title's.
    r"|complete[d]?|wip|work\s+in\s+progress|in\s+progress)\s*[)\]]\s*$",
    re.IGNORECASE,
)


# Rule ``fic-kind-tail``: a writer's one-line header says what the story is after its title,
# set off by a spaced dash, "Red Sky - a Persuasion fic", "Moonrise – an AU one-shot": the
# tail names the kind of work, not the story. Only a tail that opens with "a"/"an" and
# ends on a fic word, a few words long, so a title's own dash ("Fic - A Love Story") stays.
_FIC_KIND_TAIL = lazy(
    r"\s+[-–—~]{1,2}\s+an?\s+(?:[^\s\-–—~]+\s+){0,5}?"
    r"(?:fic|fanfic|fan\s+fic|fanfiction|fan\s+fiction|one-?shot|drabble|ficlet)\s*$",
    re.IGNORECASE,
)

# Rule ``chapters-tail-title``: a post's headline names the chapters it holds after a
# spaced dash, "Title — Chapters 1 & 2 (early access)", "Title - Chapter 5": the post's
# pointer, not the story's title. Only with a number, and a bracket after it at most.
_CHAPTERS_TAIL = lazy(
    r"\s+[-–—|]\s+(?:chapters?|ch\.|parts?)\s*\d{1,3}"
    r"(?:\s*(?:[-–&,+]|and|to)\s*\d{1,3})*(?:\s*[(\[][^()\[\]]{1,40}[)\]])?\s*$",
    re.IGNORECASE,
)


# Rule ``follow-button-title``: FanFiction.Net's "Follow/Fav" button floats beside the title
# on a story page, and a copy of the page runs it into the title's line ("Follow/Fav The
# Title"). Only the button's own wording, with its slash, before further words.
_FOLLOW_BUTTON = lazy(r"\+?\s*follow\s*/\s*fav\s+(?=\S)", re.IGNORECASE)


def clean_title(text: str) -> str:
    """A title without "[FIC]" tags, "(1/3)" part counts, a forum thread's "(… snips)" kind,
    a site's button run into it or surrounding emphasis markers."""
    if (button := _FOLLOW_BUTTON.match(text)) is not None:
        text = text[button.end() :]
    text = ffn_page_title(text) or pixiv_tab_title(text) or text
    text = _FIC_PREFIX.sub("", page_title(text))
    counted = _PART_COUNT.sub("", text)
    if counted != text:
        # Rule ``part-count-separator``: the mark that set the count off ("Title, part 1/2",
        # "Title - 1/3") goes with it.
        counted = counted.rstrip().rstrip(",;:–—-")
    text = counted.strip()
    if text.endswith((")", "）")) and (number := _POST_NUMBER.search(text)) and number.start():
        text = text[: number.start()]
    if (kind_tail := _FIC_KIND_TAIL.search(text)) is not None and kind_tail.start() > 0:
        text = text[: kind_tail.start()]
    if (
        (text[-1:].isdigit() or text.endswith((")", "]")))
        and (chapters := _CHAPTERS_TAIL.search(text)) is not None
        and chapters.start() > 0
    ):
        text = text[: chapters.start()]
    if text.endswith((")", "]")) and (kind := _THREAD_KIND.search(text)) and kind.start() > 0:
        text = text[: kind.start()].strip()
    # Markdown heading marks and quotes around the whole title are not part of it; nor is
    # the spool a microblog thread opens with ("🧵 The Title", rule ``thread-mark-title``).
    text = text.lstrip("#").strip().removeprefix("\U0001f9f5").strip()
    if len(text) > 2 and text[0] in "\"“'‘" and text[-1] in "\"”'’":
        text = text[1:-1].strip()
    # "~*~ Title ~*~": decoration on both sides is a frame, not part of the title.
    framed = re.fullmatch(r"([~*=#_+•·.:-]+)\s*(.+?)\s*([~*=#_+•·.:-]+)", text)
    if framed and not framed.group(2).startswith(("*", "_")):
        text = framed.group(2)
    for marker in ("**", "__", "*", "_"):
        if len(text) > 2 * len(marker) and text.startswith(marker) and text.endswith(marker):
            return text[len(marker) : -len(marker)].strip()
    framed_text = _emoji_frame(text)
    if (tail := _MASTERLIST_TAIL.search(framed_text)) is not None and tail.start() > 0:
        return framed_text[: tail.start()].strip()
    return framed_text


# Rule ``masterlist-title``: a blog's index post for a series titles itself "Title —
# masterlist" or "Title (masterlist)": the word names the post's kind, not the story.
_MASTERLIST_TAIL = lazy(
    r"\s*(?:[-–—|:~]\s*master\s*list|[(\[]\s*master\s*list\s*[)\]])\s*$", re.IGNORECASE
)


# Emoji are symbols ("So", "Sk"), joined and styled by ZWJ and variation selectors.
_EMOJI_JOINERS = "\u200d\ufe0e\ufe0f"


def _emoji_frame(text: str) -> str:
    """Rule ``emoji-framed-title``: "🕯️ title 🕯️", "✨title✨": emoji or symbols on both sides
    of a title frame it, as Wattpad and Tumblr writers decorate one; they are not its words.
    Symbols on one side only ("title ♥") may be the title's own and stay."""
    if not text or text[0].isascii() or text[-1].isascii():
        return text

    def framing(char: str) -> bool:
        return char in _EMOJI_JOINERS or unicodedata.category(char) in ("So", "Sk")

    start, end = 0, len(text)
    while start < end and (framing(text[start]) or text[start].isspace()):
        start += 1
    while end > start and (framing(text[end - 1]) or text[end - 1].isspace()):
        end -= 1
    inner = text[start:end]
    if start == 0 or end == len(text) or not any(char.isalnum() for char in inner):
        return text
    return inner


def language_tag(value: str) -> str | None:
    """A BCP 47 tag from "English", "Deutsch", "Português (Brasil)" or "en-GB"; None when
    unknown."""
    text = re.sub(r"\s+", " ", value.strip().lower())
    if text in _LANGUAGES:
        return _LANGUAGES[text]
    if text in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[text]
    return value.strip() if _BCP47.fullmatch(value.strip()) else None


class MetadataBuilder:
    """Collects header values as the chunks are read, then makes one :class:`Metadata`."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}
        self.extra: list[Field] = []
        self.tongues: dict[str, int] = {}
        # The fandoms a "Categories:" field named, and whether a Fandom field was read
        # (rule ``fandom-field-over-categories``, see :meth:`build`).
        self.category_fandoms: list[str] = []
        self.fandom_field = False

    def set(self, name: str, value: Any) -> None:
        """Set a field unless an earlier line already did (the header wins over later lines)."""
        if value not in (None, "", ()) and name not in self.values:
            self.values[name] = value

    def add_list(self, name: str, items: Iterable[str]) -> None:
        """Extend a list field, keeping order and dropping repeats."""
        current = list(self.values.get(name, ()))
        items = [item for item in items if item]
        if name == "authors" and current and set(current) < set(items):
            # Rule ``fuller-byline-order``: a later byline naming the same writers and more
            # ("by Hester Penrose & tabbyfolk" under the blog's own "tabbyfolk") gives them
            # in the writers' own order.
            current = []
        current.extend(item for item in items if item not in current)
        if current:
            self.values[name] = tuple(current)

    def add_field(self, label: str, value: str) -> None:
        """Read one "Label: value" header line into the right field."""
        value = value.strip()
        self.note_label(label)
        name = field_for(label)
        if name is None and value and _SUBJECT_LABEL.fullmatch(label):
            self._read_subject(label, value)
            return
        if name is None and value and (title := _written_by_title(label)) is not None:
            self.set("title", clean_title(title))
            self._read_authors(value)
            return
        if name is None:
            if value:
                self.extra.append(Field(label=label.strip(" *_"), value=typography(value)))
            return
        self.fandom_field = self.fandom_field or (name == "fandoms" and bool(value))
        if not value:
            return
        if len(_STATS.findall(f"{label}: {value}")) > 1:
            if (own := _value_before_stats(label, value)) is not None:
                self.add_field(label, own[0])
                self._read_stats(own[1])
                return
            # AO3's stats on one line: "Published: 2019-03-04 Completed: … Chapters: 2/2".
            self._read_stats(f"{label}: {value}")
            return
        if "  " in value and (more := wide_fields(value)) is not None:
            # eFiction's info block: "Rated: PG   Categories: X   Characters: A, B".
            self.add_field(label, more[0][1])
            for other, item in more[1:]:
                self.add_field(other, item)
            return
        if (more := run_on_fields(label, value)) is not None:
            self.add_field(label, more[0][1])
            for other, item in more[1:]:
                self.add_field(other, item)
            return
        if name == "title":
            value = clean_title(value)
        elif name == "warnings" and _notice_disclaims(label, value):
            name = "disclaimer"
        reader = getattr(self, f"_read_{name}", None)
        if name == "categories":
            # FanFicFare writes the fandom as "Category"; AO3's categories and site genres are
            # a short known list, so anything else there names a fandom.
            genre_label = is_genre_label(label)
            # A fandom category names works, whose subtitle may follow a comma ("X, or the
            # Y"): rule ``subtitle-in-work-list`` holds for eFiction's "Categories:" too.
            items = split_list(value) if genre_label else split_works(value)
            # Rule ``category-genres``: a list naming a known genre ("Drama, pre-canon") is
            # the story's categories, every item of it: a fandom list names no genre. A
            # hand-typed header writes the genres in lower case too ("Gen, drama, some
            # hurt/comfort"), where a fandom is a title and keeps its capitals.
            genre_label = genre_label or any(_is_genre(item) for item in items)
            for item in items:
                genres = [g.strip() for g in re.findall(r"Hurt/Comfort|[^/]+", item)]
                if (fandom := breadcrumb_fandom(item)) is not None:
                    self.add_list("fandoms", (fandom,))
                elif genre_label or all(_is_genre(g) for g in genres):
                    self.add_list("categories", genres if len(genres) > 1 else (item,))
                elif (
                    item in _AO3_CATEGORIES
                    or item in _PAIRING_TYPES
                    or "/" in item
                    or _story_form(item)
                ):
                    self.add_list("categories", (item,))
                else:
                    self.add_list("fandoms", (item,))
                    self.category_fandoms.append(item)
        elif label.strip(" *_").lower() == "crossover":
            # A crossover lists its fandoms joined by "/", "x" or "&" as well as commas.
            parts = re.split(r"\s+(?:x|&|/)\s+|/|,", value)
            self.add_list("fandoms", (part.strip() for part in parts if part.strip()))
        elif name == "characters" and _PAIRINGS_AND_CHARACTERS.search(label):
            # ficbook.net's "Пэйринг и персонажи: A/B, C" lists pairings among the characters.
            items = split_list(value)
            self.add_list("relationships", (item for item in items if "/" in item))
            self.add_list("characters", (item for item in items if "/" not in item))
        elif name == "source_url":
            self._read_source_url(value, label.strip(" *_"))
        elif name == "status":
            self._read_status(value, label)
        elif reader is not None:
            reader(value)
        elif name in LIST_FIELDS:
            # Tags are names (AO3's "Pride and Prejudice - Jane Austen"): kept as written. A
            # fandom names works, whose subtitle may follow a comma (subtitle-in-work-list).
            self.add_list(name, split_works(value) if name == "fandoms" else split_list(value))
        else:
            # A title is kept as written, hyphens and all; other values read as prose.
            self.set(name, typography(value, dashes=name != "title"))

    def _read_subject(self, label: str, value: str) -> None:
        """Rule ``subject-line-title``: a journal post's subject "fic: Title (Fandom; A/B; G)"
        names the story. The post's own "Title:" field, when it has one, wins; without one
        (a community post whose header lists only fandom, rating and summary) the subject is
        the only place the title is written. Its brackets give the rating, pairing and
        fandom as a bare title line's do, each overridden by the header's own field."""
        self.extra.append(Field(label=label.strip(" *_"), value=typography(value)))
        if _SUBJECT_TITLE not in self.values:
            self.values[_SUBJECT_TITLE] = self.read_title_line(value)

    def _read_authors(self, value: str) -> None:
        self.add_list("authors", split_authors(value))

    def _read_status(self, value: str, label: str = "Status") -> None:
        """Rule ``status-answer``: "Completed", "complete", "[COMPLETE]" are one status; a
        "Complete: Yes" / "Completed? No" answer and a "WIP" say complete or in progress;
        anything else stays as written."""
        # Sites frame the status as a chip ("[Completed]") or end it with a count
        # ("Complete (2/2)"); neither changes what it says.
        if (date := read_date(value)) is not None:
            # AO3's "Completed: 2019-04-01": the day it was finished.
            self.set("updated", date)
            self.set("status", "Complete")
            return
        word = re.sub(r"\s*\(\d+\s*/\s*[\d?]+\)$", "", value.strip()).strip(" []*_!.").lower()
        if _COMPLETE_LABEL.fullmatch(label.strip(" *_:?")) and word in _ANSWERS:
            self.set("status", "Complete" if _ANSWERS[word] else "In progress")
        elif (status := _english_status(word)) is not None:
            self.set("status", status)
        else:
            self.set("status", foreign_status(value) or typography(value))

    def _read_rating(self, value: str) -> None:
        self.set("rating", read_rating(value) or typography(value))
        if value[-8:].lower() == "complete" and mobile_info_complete(value):
            self.set("status", "Complete")

    def _read_warnings(self, value: str) -> None:
        # "Warnings: Rated M – don't like, don't read" carries the rating too.
        if re.match(r"\s*rated\b", value, re.IGNORECASE):
            self.set("rating", read_rating(value))
        self.add_list(
            "warnings",
            (typography(value),)
            if "rated" in value.lower()
            else (typography(item) for item in split_list(value)),
        )

    def _read_series(self, value: str) -> None:
        series = read_series(value)
        self.set("series", typography(series.name))
        self.set("series_index", series.index)

    def _read_language(self, value: str) -> None:
        self.set("language", language_tag(value))

    def _read_chapter_count(self, value: str) -> None:
        found = re.match(r"\s*(\d+)\s*(?:/\s*(\d+|\?))?", value)
        if found:
            self.set(
                "chapter_count",
                int(
                    found.group(2)
                    if found.group(2) and found.group(2).isdigit()
                    else found.group(1)
                ),
            )
            if found.group(2) and found.group(2) == found.group(1):
                self.set("status", "Complete")
            # Rule ``count-then-status``: EFP writes the status after the chapter count,
            # "Capitoli: 2 - Completa"; only a known status word counts (foreign-status-word).
            rest = value[found.end() :].strip(" -–—,|·")
            if rest and (status := foreign_status(rest) or _english_status(rest)) is not None:
                self.set("status", status)

    def _read_published(self, value: str) -> None:
        self.set("published", read_date(value))

    def _read_updated(self, value: str) -> None:
        self.set("updated", read_date(value))

    def _read_source_url(self, value: str, label: str = "Source") -> None:
        found = URL_RE.search(value)
        if found:
            self.set("source_url", found.group())
        elif label.lower() == "source" and _SOURCE_WORK.fullmatch(value):
            # Rule ``source-names-work``: a header's "Source:" that names a work in words
            # ("Die Schuld (Adolph Müllner, 1813)") rather than an address or a user name is
            # the story's fandom, as "Fandom:" would give it.
            self.add_list("fandoms", split_works(value))
        else:  # "Archive: yes, ask first" is a permission, not an address
            self.extra.append(Field(label=label, value=typography(value)))

    def _read_stats(self, value: str) -> None:
        # AO3's "Stats:" line carries dates and the chapter count; fic2epub counts the words.
        for found in _STATS.finditer(value):
            key, item = found.group("key"), found.group("value")
            key = _FRENCH_STATS.get(" ".join(key.lower().split()), key)
            if key == "Published":
                self._read_published(item)
            elif key in ("Updated", "Completed"):
                self._read_updated(item)
                if key == "Completed":
                    self.set("status", "Complete")
            elif key == "Chapters":
                self._read_chapter_count(item)

    def read_title_line(self, text: str) -> str:
        """The title from a bare title line; an LJ subject line also gives fandom and more.

        Community posts title themselves "[Fandom] Title (Rating, Pairing)".
        """
        # Rule ``subject-count-rating``: a Usenet subject puts the rating after the part
        # count, "[FIC] Title (1/2) PG": the rating is the story's, not the title's.
        if (
            (")" in text or "]" in text or "art" in text or "ART" in text)
            and (rated := _COUNT_THEN_RATING.search(text)) is not None
            and (rating := exact_rating(rated.group("rating"))) is not None
        ):
            self.set("rating", rating)
            text = text[: rated.start("open") if rated.group("open") else rated.start("rating")]
        if "|" in text:
            # Rule ``ffn-page-title-fandom``: the page title's fandom, which a header field
            # or the breadcrumb overrides.
            self.add_list(_TITLE_FANDOMS, ffn_page_fandoms(text))
        tagged = _FIC_PREFIX.match(text) is not None
        text = clean_title(text)
        rated = _SOURCE_THEN_RATING.fullmatch(text) if tagged and text[-1:] != ")" else None
        if rated is not None and (rating := exact_rating(rated["rating"])) is not None:
            # Rule ``subject-source-rating``: a tagged subject puts the rating after the
            # story's source in brackets, "[FIC] Title (Fandom) G": the brackets name the
            # fandom and the rating is the story's; neither is the title's.
            self.set("rating", rating)
            if exact_rating(rated["source"]) is None:
                self.add_list(_TITLE_FANDOMS, (typography(rated["source"].strip()),))
            text = rated["title"]
        found = _SUBJECT_LINE.fullmatch(text)
        if found is None:
            return typography(self._title_with_info(text), dashes=False)
        fandom, bar, pairing = found.group("fandom").replace("｜", "|").partition("|")
        self.add_list(_TITLE_FANDOMS, split_list(fandom, titles=True))
        if bar and pairing.strip():
            # LOFTER's "【fandom|pairing】": the item after the bar is the pairing.
            self.add_list(_TITLE_PAIRS, (typography(pairing.strip()),))
        for item in split_list(found.group("info") or ""):
            rating = read_rating(item)
            if rating is not None and len(item) <= 20:
                self.set("rating", rating)
            elif re.search(r"/|\s&\s|\sx\s", item):
                self.add_list(_TITLE_PAIRS, (typography(item),))
            else:
                self.add_list("tags", (typography(item),))
        return typography(clean_title(found.group("title")), dashes=False)

    def _title_with_info(self, text: str) -> str:
        """ "Some Title (Some Fandom, G)": the brackets hold the fandom and rating."""
        found = re.fullmatch(r"(?P<title>.+?)\s*\((?P<info>[^()]{1,100})\)", text)
        if found is None:
            return text
        items = split_list(found.group("info"))
        ratings = [
            item for item in items if exact_rating(item) or _SHORT_AO3_RATING.fullmatch(item)
        ]
        if len(items) < 2 or not ratings:
            return self._title_with_size(found.group("title"), items) or text
        self.set("rating", exact_rating(ratings[0]) or typography(ratings[0]))
        rest = [item for item in items if item not in ratings]
        pairs = [item for item in rest if _PAIR_ITEM.search(item)]
        self.add_list(_TITLE_PAIRS, pairs)
        others = [item for item in rest if item not in pairs]
        # One name left is the fandom; several are characters, which are not guessed at.
        if len(others) == 1:
            self.add_list(_TITLE_FANDOMS, others)
        return found.group("title")

    def _title_with_size(self, title: str, items: tuple[str, ...]) -> str | None:
        """Rule ``subject-work-size``: "Some Title (Some Fandom, 2 parts)": a post title's
        brackets give the fandom beside the work's size ("2 parts", "3 chapters",
        "one-shot", "complete"). The title alone, or None when the brackets hold no size
        beside one other item, so a title's own "(Two Parts)" stays.

        A pairing beside them ("Name/Name", as in "(Some Fandom; A/B; 1k)") is the
        story's pairing, as in :meth:`_title_with_info`, and not counted as the other item."""
        sizes = [item for item in items if _WORK_SIZE.fullmatch(item)]
        pairs = [item for item in items if item not in sizes and _PAIR_ITEM.search(item)]
        others = [item for item in items if item not in sizes and item not in pairs]
        if not sizes or len(others) != 1:
            return None
        self.add_list(_TITLE_PAIRS, pairs)
        self.add_list(_TITLE_FANDOMS, others)
        return title

    def read_info_line(self, text: str) -> None:
        """Read FanFiction.Net's "Rated: …" line or AO3's "Posted originally …" line."""
        posted = AO3_POSTED_RE.fullmatch(text)
        if posted:
            self.set("source_url", posted.group("url").rstrip("."))
            return
        info = FFN_INFO_RE.fullmatch(text)
        if info is None:
            return
        self.set("rating", info.group("rating"))
        # The app's commas part the items, but not a count's ("Words: 1,204"), nor those
        # inside a pairing's brackets ("[Oliver T., Dodger]"), nor a date's before its year
        # ("publicado: feb 3, 2019").
        split = r"\s+-\s+" if info.group("sep") == "-" else r",\s+(?![^\[]*\])(?!\d{4}\b)"
        parts = [part.strip() for part in re.split(split, info.group("rest"))]
        # The mobile line sets its two dates with no comma between them ("updated: 5/2/2019
        # published: 4/20/2019"): each date is an item of its own.
        parts = [
            piece for part in parts for piece in re.split(r"\s+(?=published\s*:)", part, flags=re.I)
        ]
        if parts and (tag := language_tag(parts[0])):
            self.set("language", tag)
            parts = parts[1:]
        for part in parts:
            key, _, value = part.partition(":")
            key = key.strip().lower()
            if not value:
                self._read_unlabelled_info(part)
                continue
            value = value.strip()
            # A translated line labels its items in its language ("Publicado", "Estado").
            key = field_for(key) or key
            if key == "chapter_count":
                self._read_chapter_count(value)
            elif key == "status":
                self.set("status", value)
            elif key == "published":
                self._read_published(value)
            elif key == "updated":
                self._read_updated(value)
            elif key == "id" and value.isdigit():
                self.set("source_url", f"https://www.fanfiction.net/s/{value}")

    def _read_unlabelled_info(self, part: str) -> None:
        """An info-line item with no label: genres ("Romance/Drama"), "Complete", or characters.

        Rule ``ffn-info-status-i18n``: the page read in another language (FanFiction.Net's
        Spanish wording, or a browser's translation) writes the bare status item in that
        language, "Completo", "Complet", "Komplett", "Completa", "En progreso": it says
        "Complete" or "In progress" as the English item does, and is no character's name.
        Only the whole item, from the words :func:`foreign_status` knows."""
        # The app joins two genres with "&" ("Adventure & Family"), the site with "/".
        genres = re.findall(r"Hurt/Comfort|[^/&]+", part)
        if all(genre.strip() in _GENRES for genre in genres) or _genre_pair(genres):
            self.add_list("categories", (genre.strip() for genre in genres))
        elif part.lower() == "complete":
            self.set("status", "Complete")
        elif (status := foreign_status(part)) is not None:
            self.set("status", status)
        else:
            self.add_list("characters", _characters(part))

    def note_label(self, label: str) -> None:
        """Count a header label towards the language its wording is in."""
        tongue = LABEL_LANGUAGES.get(label.strip(" *_").lower())
        if tongue:
            self.tongues[tongue] = self.tongues.get(tongue, 0) + 1

    def build(self, *, title: str, language: str | None) -> Metadata:
        """The finished metadata; ``title`` and ``language`` fill what the header left open."""
        values = dict(self.values)
        # A "Title:" field first, then the post's subject line, then the bare title line.
        subject = values.pop(_SUBJECT_TITLE, None)
        if subject and _styled_title_line(subject, title):
            subject = title
        if subject:
            values.setdefault("title", subject)
        values.setdefault("title", title)
        # A subject line's pairing is shorthand ("Anna/Ben"); a Pairing field in the
        # header names it in full, and then the shorthand is not a second relationship.
        title_pairs = values.pop(_TITLE_PAIRS, ())
        values.setdefault("relationships", title_pairs)
        # Rule ``subject-fandom-shorthand``: so is the subject line's bracketed fandom, and on
        # a challenge community the brackets hold the event ("[Big Bang] Title") instead:
        # a Fandom field in the header overrides it.
        title_fandoms = values.pop(_TITLE_FANDOMS, ())
        # Rule ``fandom-field-over-categories``: a category naming no genre names the
        # fandom (eFiction, FanFicFare), unless the header has a Fandom field of its own:
        # then the categories are a blog's filing ("Categories: Fic, Chekhov"), not fandoms.
        if self.fandom_field and self.category_fandoms:
            own = tuple(f for f in values.get("fandoms", ()) if f not in self.category_fandoms)
            if own:
                values["fandoms"] = own
        values.setdefault("fandoms", title_fandoms)
        # Without a language field, header labels in one language (Titel:, Autor:) tell it.
        spoken = max(self.tongues, key=self.tongues.__getitem__) if self.tongues else None
        if spoken and self.tongues[spoken] < 2:
            spoken = None
        values["language"] = values.get("language") or language or spoken or "en"
        known = {f.name for f in fields(Metadata)}
        metadata = Metadata(**{k: v for k, v in values.items() if k in known})
        return replace(metadata, extra=tuple(self.extra))


def _styled_title_line(subject: str, title: str) -> bool:
    """Rule ``lower-case-subject-title-line``: a journal subject typed all in lower case
    ("fic: the harbour wall (some fandom)") names the story casually; the title line the
    post prints over the story ("The Harbour Wall") names it as the writer styles it. Only
    when the subject opens with that line's words, case aside, so a different title line
    (a chapter's) never replaces the subject."""
    if not title or any(char.isupper() for char in subject):
        return False
    if not any(char.isupper() for char in title):
        return False
    words, line = subject.casefold().split(), title.casefold().split()
    return words[: len(line)] == line and (len(words) == len(line) or words[len(line)][:1] in "([")


# Where a journal post's subject line's title waits for a "Title:" field.
_SUBJECT_TITLE = "subject-title"
# The labels a journal post's subject line opens with: "fic: Title (Fandom, G)".
_SUBJECT_LABEL = lazy(r"[*_\s]*(?:fic|fanfic|fanfiction|ficlet)[*_\s]*", re.IGNORECASE)
# Where the pairings named in a title line's brackets wait for the header's own.
_TITLE_PAIRS = "title-relationships"
# Where the fandom named in a title line's brackets waits for the header's own.
_TITLE_FANDOMS = "title-fandoms"
# A label that asks whether the story is finished, answered "Yes" or "No" (eFiction's
# "Completed: Yes", Twisting the Hellmouth's "Complete: Yes").
# Rule ``notice-disclaimer``: Portuguese and Spanish "Aviso" is a notice as well as a
# warning. A notice that disclaims the characters ("Aviso: X é um poema de Y. Nenhum
# personagem é meu.", "Aviso: los personajes no son míos") is the story's disclaimer; a list
# of warnings ("Avisos: Violência") or a warning sentence stays a warning.
_NOTICE_LABELS = frozenset({"aviso", "aviso importante"})
_DISCLAIMS = lazy(
    r"\b(?:pertenc\w*|direitos\s+autorais|derechos\s+de\s+autor"
    r"|(?:não|nao|nenhum|nenhuma|no|ningún|ninguno|ninguna)\b.{0,40}?"
    r"\b(?:meu|meus|minha|minhas|mío|mía|míos|mías))\b",
    re.IGNORECASE,
)


def _notice_disclaims(label: str, value: str) -> bool:
    """Whether a notice field is the story's disclaimer (``notice-disclaimer``)."""
    return label.strip(" *_:").lower() in _NOTICE_LABELS and _DISCLAIMS.search(value) is not None


# In other languages too (labels_i18n): "Terminada: Sim", "Abgeschlossen: Nein".
# Rule ``hungarian-written-by``: Hungarian archives (Merengő) head a story "<title> írta:
# <author>" ("<title>, written by: <author>"), title and author in one line.
_WRITTEN_BY = lazy(r"(?P<title>\S.{0,150}?)\s+írta")


def _written_by_title(label: str) -> str | None:
    """The title of a "<title> írta" label, else None."""
    if not label.endswith("írta"):
        return None
    found = _WRITTEN_BY.fullmatch(label.strip(" *_"))
    return found.group("title") if found else None


_COMPLETE_LABEL = lazy(
    # Hungarian "Befejezett: Igen" (Merengő's "Finished: Yes").
    r"complete[d]?|finished|terminad[ao]|abgeschlossen|complet[ao]|completata|befejezett",
    re.IGNORECASE,
)
_ANSWERS = {
    "yes": True, "y": True, "no": False, "n": False, "not yet": False,
    # Portuguese, Spanish, German, Italian, French, Dutch.
    "sim": True, "não": False, "nao": False, "sí": True, "si": True, "sì": True,
    "ja": True, "nein": False, "oui": True, "non": False, "nee": False,
    # Hungarian.
    "igen": True, "nem": False,
}  # fmt: skip
# "WIP" (work in progress) in its spellings; "Ongoing" and "Hiatus" stay as written.
_WIP = lazy(r"w\.?\s?i\.?\s?p\.?|work\s+in\s+progress|in\s+progress|incomplete")


def _english_status(word: str) -> str | None:
    """ "Complete" or "In progress" for an English status word ("Completed", "WIP")."""
    word = word.strip(" []*_!.").lower()
    if word in ("complete", "completed", "finished"):
        return "Complete"
    return "In progress" if _WIP.fullmatch(word) else None


_AO3_CATEGORIES = frozenset({"F/F", "F/M", "Gen", "M/M", "Multi", "Other"})
# Rule ``pairing-type-category``: the pairing types German and Russian archives set as a
# category chip (fanfiktion.de's "Het", "Slash", ficbook's "Femslash"): a kind of story,
# never a fandom's name.
_PAIRING_TYPES = frozenset({"Het", "Slash", "Femslash", "FemSlash", "MaleSlash", "Mixed"})
_GENRES = frozenset(
    (
        "Adventure Angst Crime Drama Family Fantasy Friendship General Horror Humor "
        "Hurt/Comfort Mystery Parody Poetry Romance Sci-Fi Spiritual Supernatural Suspense "
        "Tragedy Western"
    ).split()
)

_GENRE_WORDS = frozenset(genre.lower() for genre in _GENRES)


def _genre_pair(genres: list[str]) -> bool:
    """Rule ``genre-pair-one-known``: an info line's two genres joined by "/" where one is a
    known genre and the other one capitalised word ("Historical/Adventure"), as a site's
    genre menu it names and this list lacks gives them. A character is never joined to a
    genre, and a name with an initial ("Gil G.") is two words.

    Guards: exactly two halves, one of them in the known list, the other a single
    alphabetic word with a capital and no other capital ("Historical", not "McCoy")."""
    if len(genres) != 2:
        return False
    first, second = (genre.strip() for genre in genres)
    other = second if first in _GENRES else first if second in _GENRES else None
    return (
        other is not None
        and other.isalpha()
        and other[:1].isupper()
        and other[1:].islower()
        and len(other) > 2
    )


def is_known_genre(item: str) -> bool:
    """Whether a word is one of the common genres, capitalised as sites print them."""
    return item in _GENRES


def _is_genre(item: str) -> bool:
    """Whether an item is a known genre, as capitalised ("Adventure") or in lower case."""
    return item in _GENRES or (item.islower() and item in _GENRE_WORDS)


# Rule ``story-form-category``: the story's form or length as an archive's "Type:" or
# "Category:" field names it ("Type: One Shot", "Category: Drabble") is a category, never
# a fandom: no work is called so.
_STORY_FORMS = frozenset(
    {
        "one shot", "one-shot", "oneshot", "drabble", "drabbles", "ficlet", "ficlets",
        "multi-chapter", "multichapter", "multi chapter", "chaptered", "short story",
        "vignette", "series",
        # Rule ``fan-fiction-category``: a writing site's section for fan fiction beside its
        # poetry and prose ("Categorie: fan-fiction") names the kind of writing, no fandom.
        "fan-fiction", "fan fiction", "fanfiction", "fanfic", "fanfics", "fan-fic",
    }
)  # fmt: skip


def _story_form(item: str) -> bool:
    """Whether a category item names the story's form (see ``_STORY_FORMS``)."""
    return item.strip().lower() in _STORY_FORMS


def bold_field_value(line: str, value: str) -> str:
    """Rule ``bold-field-line``: a field line set in bold as a whole ("**Disclaimer: Not
    mine.**", wrapped or not) leaves the bold's closing "**" on the value once the label and
    its opening "**" are read off. Only when the line opens with "**" and the value has no
    "**" of its own: a starred name ("Madame de L***") keeps its stars."""
    if line.startswith("**") and value.endswith("**") and "**" not in value[:-2]:
        return value[:-2].rstrip()
    return value


def _characters(text: str) -> list[str]:
    """FanFiction.Net lists characters with pairings in brackets: "[Harry P., Ginny W.] Ron W.".

    Rule ``ffn-old-characters``: its old layout joined two characters with "&" ("Anna B.
    & Ben C."); the genres, joined the same way in the app, are read before this.
    """
    return [item.strip(" []") for item in re.split(r",|\]\s*|\[|\s&\s", text) if item.strip(" []")]
