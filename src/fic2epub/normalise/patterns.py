"""The line patterns fan fiction uses for headings, notes, bylines, fields and end markers.

Each function looks at one chunk's text alone; the passes decide from context what a match
means (a "Notes:" line in the header, a glyph line between two scenes).
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from fic2epub.lazy_re import lazy
from fic2epub.normalise.ao3_interface_i18n import FRENCH_POINTER
from fic2epub.normalise.german_ordinal_headings import german_ordinal_heading
from fic2epub.normalise.heading_sentences import sentence_after_heading_word
from fic2epub.normalise.note_labels_i18n import NOTE_LABELS_I18N, NOTE_LABELS_I18N_NEED_SEPARATOR
from fic2epub.normalise.persian_headings import persian_heading
from fic2epub.normalise.stage_ends import is_curtain

# Decoration authors put around headings and labels: "~Chapter 1~", "**A/N:**", "[AN]".
_DECOR = "~*=#_+•·<>[](){}|-–— \t"


def undecorate(text: str) -> str:
    """Strip surrounding decoration and markdown emphasis from a short line."""
    stripped = text.strip(_DECOR)
    return stripped if stripped else text.strip()


_NON_WORD = lazy(r"\W+")


def word_key(text: str) -> str:
    """A line's words alone, to compare lines by: lower case, each run of punctuation and
    spaces one space ("The Ferry -- Part 2" -> "the ferry part 2")."""
    return _NON_WORD.sub(" ", text).strip().lower()


def same_text(text: str, title: str) -> bool:
    """Whether a line repeats the title, ignoring case, decoration and punctuation."""
    return word_key(undecorate(text)) == word_key(undecorate(title))


# --- numbers ------------------------------------------------------------------------------

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_NUMBER = (
    r"(?:(?:" + "|".join(_TENS) + r")(?:[\s-](?:" + "|".join(_UNITS[1:10]) + r"))?"
    r"|" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r"|hundred|first|second|third|last)"
)
# A spelled-out cardinal from one to ninety-nine ("One", "twenty-two"), without the ordinals.
CARDINAL = (
    r"(?:(?:" + "|".join(_TENS) + r")(?:[\s-](?:" + "|".join(_UNITS[1:10]) + r"))?"
    r"|" + "|".join(sorted(_UNITS[1:], key=len, reverse=True)) + r")"
)
# Roman numerals up to 399: "CHAPTER IV", never a word such as "mix" or "did".
ROMAN = r"(?:c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))"
# A clock time as sites print a post's: "9:05", "11:42 pm", "7:15 a.m." (case left to the flags).
CLOCK_TIME = r"\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?"
# The first three letters of an English month's name, as dates abbreviate it ("Mar 3").
MONTH_ABBR = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
# Russian and Ukrainian ordinals as headings spell them ("Глава первая", "Часть вторая",
# "Частина перша", "Розділ другий"), one to twelve, by value: the feminine of глава/часть/
# частина and the masculine of том/розділ; "четвертая" is "четвёртая" typed without the ё, and
# the Ukrainian apostrophe of "п'ята" and "дев'ята" is typed three ways.
_RU_ORDINALS = (
    "перв|перш",
    "втор|друг",
    "трет",
    "четв[её]рт",
    "п['’ʼ]?ят",
    "шест|шост",
    "седьм|сьом",
    "восьм",
    "дев['’ʼ]?ят",
    "десят",
    "одиннадцат|одинадцят",
    "двенадцат|дванадцят",
)
RU_ORDINAL = r"(?:" + "|".join(_RU_ORDINALS) + r")(?:ая|ья|ый|ой|ий|ое|ье|ій|а|я|е|є)"
# Rule ``romance-ordinal``: Italian, Spanish, Portuguese and French ordinals after the chapter
# word, as those languages head chapters in words ("Capitolo primo", "Capítulo tercero",
# "Capítulo segundo", "Chapitre premier"), one to twelve, by value.
# Rule ``romance-cardinal``: Spanish, Portuguese and Italian cardinals up to ten count the
# same way after a Romance chapter word ("Capítulo uno", "Capitolo tre"); none is an English
# word, so they never stand for a number after "Chapter".
_ROMANCE_ORDINALS = (
    r"prim[oa]|primer[oa]|primeir[oa]|premi[eè]re?|uno|una|um|uma",
    r"second[oa]|segund[oa]|deuxi[eè]me|dos|dois|duas|due",
    r"terz[oa]|tercer[oa]|terceir[oa]|troisi[eè]me|tres|três|tre",
    r"quart[oa]|cuart[oa]|quatri[eè]me|cuatro|quatro|quattro",
    r"quint[oa]|cinqui[eè]me|cinco|cinque",
    r"sest[oa]|sext[oa]|sixi[eè]me|seis|sei",
    r"settim[oa]|s[eé]ptim[oa]|s[eé]tim[oa]|septi[eè]me|siete|sete|sette",
    r"ottav[oa]|octav[oa]|oitav[oa]|huiti[eè]me|ocho|oito|otto",
    r"non[oa]|noven[oa]|neuvi[eè]me|nueve|nove",
    r"d[eé]cim[oa]|dixi[eè]me|diez|dez|dieci",
    r"undicesim[oa]|und[eé]cim[oa]|onzi[eè]me",
    r"dodicesim[oa]|duod[eé]cim[oa]|douzi[eè]me",
)
ROMANCE_ORDINAL = r"(?:" + "|".join(_ROMANCE_ORDINALS) + r")"
# Rule ``west-slavic-ordinal``: Polish and Czech ordinals after the chapter or part word, as
# those languages head chapters in words ("Rozdział pierwszy", "Część druga", "Kapitola
# třetí"), one to twelve, by value, in the masculine, feminine and neuter endings; Polish
# typed without its diacritics too ("piaty", "szosty").
_SLAVIC_ORDINALS = (
    r"pierwsz[yae]|prvn[íi]",
    r"drug[iae]|druh[ýyáaée]",
    r"trzeci[ae]?|t[řr]et[íi]",
    r"czwart[yae]|[čc]tvrt[ýyáaée]",
    r"pi[ąa]t[yae]|p[áa]t[ýyáaée]",
    r"sz[óo]st[yae]|[šs]est[ýyáaée]",
    r"si[óo]dm[yae]|sedm[ýyáaée]",
    r"[óo]sm[yae]|osm[ýyáaée]",
    r"dziewi[ąa]t[yae]|dev[áa]t[ýyáaée]",
    r"dziesi[ąa]t[yae]|des[áa]t[ýyáaée]",
    r"jedenast[yae]|jeden[áa]ct[ýyáaée]",
    r"dwunast[yae]|dvan[áa]ct[ýyáaée]",
)
SLAVIC_ORDINAL = r"(?:" + "|".join(_SLAVIC_ORDINALS) + r")"
NUMBER = rf"(?:\d{{1,4}}|{WORD_NUMBER}|{ROMAN}|{RU_ORDINAL}|{ROMANCE_ORDINAL}|{SLAVIC_ORDINAL})"
# number_value's patterns, compiled once (no flags: the word is lower-cased first).
_RU_ORDINAL_WORD = lazy(RU_ORDINAL)
_RU_STEMS = tuple(lazy(stem) for stem in _RU_ORDINALS)
_ROMANCE_ORDINAL_WORD = lazy(ROMANCE_ORDINAL)
_ROMANCE_STEMS = tuple(lazy(stem) for stem in _ROMANCE_ORDINALS)
_SLAVIC_ORDINAL_WORD = lazy(SLAVIC_ORDINAL)
_SLAVIC_STEMS = tuple(lazy(stem) for stem in _SLAVIC_ORDINALS)
_ROMAN_WORD = lazy(ROMAN)
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
# Ordinals, as old-style divisions spell them: "Part the First", "Book the Twenty-Second".
_ORDINAL_UNITS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
_ORDINAL_TENS = "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth"
ORDINAL = (
    r"(?:(?:" + "|".join(_TENS) + r")[\s-](?:" + "|".join(_ORDINAL_UNITS[:9]) + r")"
    r"|"
    + "|".join(sorted(_ORDINAL_UNITS + _ORDINAL_TENS.split(), key=len, reverse=True))
    + r"|last)"
)
# A heading's number: "Chapter 3", "Chapter Three", "Chapter III" or, always after "the",
# an ordinal: "Part the First", "Chapter the Last".

# An archive's (eFiction's) link to a story's reviews: "[Reviews - 5]", "[Reviews: 12]";
# matched ignoring case.
REVIEWS_LINK = r"\[\s*reviews?\s*[-:]\s*\d{1,6}\s*\]"
# FanFiction.Net's mobile pager around a chapter's place in the story: "« Prev Ch 3 of 3",
# "Ch 1 of 3 Next »". An arrow must stand on one side: a bare "Chapter 3 of 3" may be the
# author's own heading. The chapter's number is the group ``pager_chapter``.
FFN_MOBILE_PAGER = (
    r"(?:[«<]+\s*prev(?:ious)?\s+|(?=ch(?:apter|\.)?\s*\d{1,3}\s+of\s+\d{1,3}\s+next\s*[»>]))"
    r"ch(?:apter|\.)?\s*(?P<pager_chapter>\d{1,3})\s+of\s+\d{1,3}(?:\s+next\s*[»>]+)?"
)
# The mobile pager as a whole line (compiled, case-insensitive).
FFN_MOBILE_PAGER_RE = lazy(FFN_MOBILE_PAGER, re.IGNORECASE)
# A FanFiction.Net pager button on a line of its own: "< Prev", "« Prev", "Next >", "Next »".
FFN_PAGER_BUTTON_RE = lazy(r"[«<]+\s*prev(?:ious)?|next\s*[»>]+", re.IGNORECASE)
# Rule ``romanian-ordinal-heading``: Romanian writes the ordinal with "al" and "-lea"
# around the figure ("Capitolul al II-lea", "Partea a 3-a"), as it reads "the second".
_HEADING_NUMBER = (
    rf"(?:\s+the\s+(?P<ordinal>{ORDINAL})"
    rf"|\s*(?:a(?:l)?\s+(?=[\dIVXLC]{{1,7}}-(?:lea|a)\b))?(?P<num>{NUMBER})(?:-(?:lea|a)\b)?)"
)


def number_value(token: str) -> int | None:
    """The value of "12", "twelve", "twenty-one", "XII" or "十二"; None when it is none of those."""
    word = token.lower().replace("-", " ")
    if word.isdigit():
        return int(word)  # int() reads full-width digits ("１２") too
    if word and all(c in _CJK_DIGITS + "两十百千" for c in word):
        return _cjk_number(word)
    if _RU_ORDINAL_WORD.fullmatch(word):
        stem = next(i for i, s in enumerate(_RU_STEMS) if s.match(word))
        return stem + 1
    if word[-1:] in "aoersmziê" and _ROMANCE_ORDINAL_WORD.fullmatch(word):
        return next(i for i, s in enumerate(_ROMANCE_STEMS) if s.fullmatch(word)) + 1
    if word[-1:] in "yaeiíéáý" and _SLAVIC_ORDINAL_WORD.fullmatch(word):
        return next(i for i, s in enumerate(_SLAVIC_STEMS) if s.fullmatch(word)) + 1
    parts = word.split()
    if parts and all(p in _UNITS or p in _TENS for p in parts):
        total = 0
        for part in parts:
            total += _UNITS.index(part) if part in _UNITS else 20 + 10 * _TENS.index(part)
        return total
    if word and _ROMAN_WORD.fullmatch(word):
        total, previous = 0, 0
        for char in reversed(word):
            value = _ROMAN_VALUES[char]
            total += -value if value < previous else value
            previous = max(previous, value)
        return total
    return None


def _cjk_number(word: str) -> int:
    """The value of a Chinese numeral up to 9999: "十二" is 12, "二十" 20, "一百零五" 105."""
    total, digit = 0, 0
    for char in word:
        if char in "十百千":
            total += (digit or 1) * {"十": 10, "百": 100, "千": 1000}[char]
            digit = 0
        else:
            digit = 2 if char == "两" else _CJK_DIGITS.index(char) - (1 if char != "零" else 0)
            digit = max(digit, 0)
    return total + digit


def ordinal_value(token: str) -> int | None:
    """The value of "first", "Twelfth" or "twenty-second"; None for "last" and for anything else."""
    words = token.lower().replace("-", " ").split()
    if len(words) == 1 and words[0] in _ORDINAL_UNITS:
        return _ORDINAL_UNITS.index(words[0]) + 1
    tens = _ORDINAL_TENS.split()
    if len(words) == 1 and words[0] in tens:
        return 20 + 10 * tens.index(words[0])
    if len(words) == 2 and words[0] in _TENS and words[1] in _ORDINAL_UNITS[:9]:
        return 20 + 10 * _TENS.index(words[0]) + _ORDINAL_UNITS.index(words[1]) + 1
    return None


# --- chapter and part headings --------------------------------------------------------------

# After the number: punctuation, or a space before a capitalised title ("Chapter 3 The Return");
# the (?-i:…) keeps "Chapter four was…" from matching under IGNORECASE.
# Rule ``chapter-continued``: a comma before "continued" ("Chapter 2, continued", "Part 3,
# cont'd"), as a writer heads the second half of a chapter split across two posts or list
# mails. Only that word after the comma, so "Chapter 2, she thought, was…" stays prose.
_SEP = (
    r"\s*(?:[:.\-–—~|)]+\s*|\s+(?=(?-i:[\"“'‘«(A-ZА-ЯЁ0-9]))"
    r"|,\s*(?=(?:continued|cont(?:'d|’d|\.))(?:\W|$)))"
)
# "Chapter" in the languages fan fiction is most written in: German and Swedish, French,
# Spanish and Portuguese, Italian, Dutch, Polish, Czech and Slovak, Norwegian and Danish,
# Finnish, Romanian, Croatian and Serbian, Indonesian and Malay, Vietnamese, Turkish, Russian,
# Ukrainian.
# Rule ``short-chapter-word``: "ch" with no stop, as a phone draft or a chat heads its
# chapters ("ch 1 - the start", "ch 3"), only before a figure: "Chi" is no "ch i".
# Rule ``episode-word``: "Episode" as serial and webnovel sites (Tapas, Webnovel) and their
# writers call each instalment ("Episode 2: The Rice Merchants").
CHAPTER_WORDS = (
    r"chapter|episode|chap\.?|ch\.|ch(?=\s?\d)|kapitel|chapitre|cap[ií]tulo|capitolo|hoofdstuk|rozdzia[lł]"
    r"|kapitola|kapittel|luku|capitolul|poglavlje|bab|ch[uư][oơ]ng|b[öo]l[üu]m|глава|розділ"
    # Rule ``greek-chapter-word``: Greek "Κεφάλαιο 1: Το κάστρο" (capitals drop the accent).
    # Rule ``vietnamese-part-word``: Wattpad's Vietnamese interface and its writers head each
    # instalment "Phần 1: …", as its English one says "Part": each is a chapter.
    r"|κεφ[άα]λαιο|ph[ầa]n"
)
CHAPTER_RE = lazy(
    rf"(?P<word>{CHAPTER_WORDS}){_HEADING_NUMBER}(?![\w'’])(?:{_SEP}(?P<title>.*))?",
    re.IGNORECASE,
)
# Chinese and Japanese chapters: "第一章 归来", "第3話", "第十二回"; Korean "제1장", "1화".
_CJK_DIGITS = "零〇一二三四五六七八九"
CJK_CHAPTER_RE = lazy(
    r"(?:第\s*(?P<num>[0-9０-９]{1,4}|[零〇一二两三四五六七八九十百千]{1,6})\s*[章話话回節节]"
    r"|(?:제\s*)?(?P<hangul>[0-9]{1,4})\s*[장화])"
    # Rule ``cjk-bracketed-chapter-title``: Japanese sets the title in 「」 or 『』 right
    # after the number, with no space ("第一話「五右衛門風呂」").
    r"(?:(?:[\s\u3000:：.、]+|(?=[「『【〈《]))(?P<title>.*))?"
)
# Rule ``number-first-chapter-word``: Hungarian, Czech, Slovak, Finnish and Estonian put the
# ordinal's figure and stop before the chapter word ("1. fejezet – A levél", "2. kapitola",
# "3. luku", "4. peatükk"); the title only after a colon, dash or stop, so "1. fejezet
# végén…" in a list stays a line.
NUMBER_FIRST_CHAPTER_RE = lazy(
    r"(?P<num>\d{1,3})\.\s*(?:fejezet|kapitola|luku|peatükk)(?![\w'’])"
    r"(?:\s*[:.\-–—]+\s*(?P<title>\S.*))?",
    re.IGNORECASE,
)
# Rule ``deleted-scene-heading``: "DELETED SCENE: A Letter Home", as a writer heads a scene
# she cut and appends after the story, the way she heads an outtake; only with its title
# after a colon or dash, so a list's bare "Deleted Scenes" entry stays a line.
NAMED_RE = lazy(
    r"(?P<word>prologue|prolog|epilogue|epilog|[ée]pilogue|pr[óo]logo|ep[íi]logo|interlude"
    r"|foreword|coda|intermission|omake|bonus\s+chapter|outtakes?"
    r"|deleted\s+scenes?(?=\s*[:\-–—~|]+\s*\S)"
    r"|пролог|эпилог|интерлюдия)"
    r"(?:\s*(?:[:.\-–—~|]+\s*|\s+(?=(?-i:[\"“'‘«A-ZА-ЯЁ0-9])))(?P<title>.*))?",
    re.IGNORECASE,
)
# Rule ``sequel-heading``: "SEQUEL: The Second Winter", as a writer heads the sequel she
# appends to a story's file; only with a separator and a title that opens with a capital,
# so a note's "Sequel: maybe!" or a bare "Sequel?" stays text.
SEQUEL_RE = lazy(r"sequel\s*[:\-–—~|]+\s*(?P<title>(?-i:[\"“'‘A-Z]).*)", re.IGNORECASE)
# "Part" in English, Russian and Ukrainian ("Частина перша"), and in the languages above
# that head parts with a number: German, French, Spanish, Portuguese and Italian, Dutch,
# Polish, Czech, Finnish, Indonesian. Rule ``foreign-act-word``: a play's act in Italian, French,
# Spanish and Portuguese, German and Polish ("Atto primo", "Acte II", "Akt 3"), as "Act"
# is in English.
PART_WORDS = (
    r"part|pt\.?|book|volume|act|часть|частина|книга|том"
    r"|teil|partie|parte|deel|cz[eę][sś][cć]|[cč][aá]st|osa|atto|acte|acto|akt"
    # Rule ``indonesian-part-word``: "Bagian 2 - Judul", the part word Wattpad's Indonesian
    # interface and its writers head each part with.
    r"|bagian"
)
PART_RE = lazy(
    rf"(?P<word>{PART_WORDS})(?=\s){_HEADING_NUMBER}(?![\w'’])"
    rf"(?:{_SEP}(?P<title>.*))?",
    re.IGNORECASE,
)
# A script's scene heading, act and scene in one line: "Act I, Scene 1", "ACT 2 SCENE 3: Title".
ACT_SCENE_RE = lazy(
    rf"(?P<word>act)\s+{NUMBER}\s*[,.:;\-–—]?\s*scene\s+(?P<num>{NUMBER})(?![\w'’])"
    rf"(?:{_SEP}(?P<title>.*))?",
    re.IGNORECASE,
)
# Roman figures in lower case too ("i.", "ii.", "iii."), as journal writers head short
# sections; like the upper-case ones they need their stop or bracket, and like every bare
# number they are headings only when they count up (so a lone "i." never is).
NUMBERED_RE = lazy(
    r"[~\-=*#\[(\s]*(?:(?P<num>\d{1,3})\s*[.):\]]?"
    r"|(?P<roman>[IVXLC]{1,7}|[ivxlc]{1,7})\s*[.):\]])[~\-=*#\])\s]*"
)
# "3. A Title", and in Roman figures "III. The Long Road" (upper case only: "i. the" is a
# list's item); like the bare numbers, these are headings only when they count up.
# Rule ``slashed-number-title``: the number may be set off by a spaced "/" or "//", "|",
# dash or a colon instead of the stop ("1 // The Lodge", "2 / Ashes", "3 - The Sea", "4:
# Home"), as writers type headings by hand; the title must still start with a capital.
# Rule ``bracketed-number-title``: the number may stand in square brackets instead, as a
# footnote's mark does ("[1] The Schoolroom"); like the others, only when they count up.
# Rule ``paren-number-title``: or a closing bracket, as a list's item is typed ("1) Leipzig",
# "2) Vienna"), as a "5+1" story heads its sections; only when they count up.
# Rule ``hash-number-title``: a blog serial's number sign right before the figure, "#1. The
# Pond", "#2: The Stranger", as a numbered post or list counts its entries; no space after
# "#", so a Markdown heading's mark is no part of it.
NUMBERED_TITLE_RE = lazy(
    r"(?:#?(?P<open>\[)?(?P<num>\d{1,3})(?(open)\]|(?:\.|:|\)|\s+(?://?|\||[-–—])))"
    r"|(?P<roman>[IVXLC]{1,7})(?:\.|:|\s+(?://?|\||[-–—])))\s+"
    r"(?P<title>[A-Z\"“'‘].{0,70})"
)
# Rule ``cjk-enumerated-title``: Chinese writers number a story's sections with a numeral
# and the enumeration comma, "一、画", "二、镜子" (as a list counts "一、…二、…"); like the
# numbers above, these are headings only when they count up.
_CJK_NUMERALS = "一二三四五六七八九十"
CJK_NUMBERED_RE = lazy(rf"(?P<num>[{_CJK_NUMERALS}]{{1,3}})、\s*(?P<title>[^\s、，。].{{0,30}})")
# A section sign and its number, as essays and some literary fics head their sections: "§1",
# "§ 2.", "§ 3: The Key". The sign alone (no number) is a scene-break glyph, not a heading.
SECTION_RE = lazy(
    r"[~\-=*#\s]*§\s*(?P<num>\d{1,3})"
    r"(?:\s*[.:)]?[~\-=*#\s]*|(?:\s*[.:\-–—]\s*|\s+)(?P<title>[A-Z\"“'‘].{0,70}))"
)


class Heading(NamedTuple):
    """A recognised heading: its kind and its number (when it has one)."""

    kind: str  # "chapter", "named" (Prologue…), "part", "numbered"
    number: int | None


def _title_ok(title: str | None, line: str) -> bool:
    """A heading's title part: short, and not the rest of a sentence ("Chapter four was…",
    "Act Three: nobody knew." (heading-word-sentence))."""
    if not title:
        return True
    if title[:1] == "(" and _BRACKET_THEN_SENTENCE.match(title):
        return False
    return len(title) <= 100 and not sentence_after_heading_word(line, title)


# Rule ``bracket-then-sentence``: a bracket after the number that a lower-case word goes on
# from is a sentence's aside ("Part two (the sequel) is in the works."); a heading's bracket
# closes it or comes before its title ("Part Two (Revised)", "Chapter 3 (1/2) - Fall").
_BRACKET_THEN_SENTENCE = lazy(r"\([^()]{1,60}\)\s+(?-i:[a-z])")

# The heading patterns match_heading tries in turn, with the kind of heading each reads.
_HEADING_PATTERNS = (
    (ACT_SCENE_RE, "chapter"),
    (CHAPTER_RE, "chapter"),
    (PART_RE, "part"),
    (NAMED_RE, "named"),
)
# Every match of the heading patterns starts with one of these letters (case ignored, as the
# patterns ignore it; tests/test_pattern_starts.py checks them against the patterns). A line
# that opens otherwise, as a line of dialogue does, is spared all four.
HEADING_START = lazy(r"[abcdefhikloprtvéčгикпртчэκ]", re.IGNORECASE)


def match_heading(text: str) -> Heading | None:
    """Recognise "Chapter 1 – Title", "CHAPTER I.", "Ch. 3", "Prologue", "Part One",
    "Part the First" and a script's "Act I, Scene 1"."""
    if len(text) > 120:
        return None
    core = undecorate(text)
    if (framed := _ornament_framed(core)) is not None:
        core = undecorate(framed)  # "🍬 part 1 🍬", "✿ Chapter 2 ✿" (ornament-framed-number)
    if core[:1] in "第제" or core[:1].isdigit():
        found = CJK_CHAPTER_RE.fullmatch(core)
        if found and _title_ok(found.group("title"), core):
            return Heading("chapter", number_value(found.group("num") or found.group("hangul")))
        found = NUMBER_FIRST_CHAPTER_RE.fullmatch(core) if core[:1].isdigit() else None
        if found and _title_ok(found.group("title"), core):  # "1. fejezet – A levél"
            return Heading("chapter", int(found.group("num")))
    persian = persian_heading(core)  # "بخش اول: تصویر"
    if persian is not None and _title_ok(persian[1], core):
        return Heading("chapter", persian[0])
    german = german_ordinal_heading(core)  # "Erstes Kapitel: Die Briefe"
    if german is not None and _title_ok(german[2], core):
        return Heading(german[0], german[1])
    if core[:1] in "sS" and core[:6].lower() == "sequel":
        found = SEQUEL_RE.fullmatch(core)  # sequel-heading
        return Heading("named", None) if found and _title_ok(found.group("title"), core) else None
    if HEADING_START.match(core) is None:
        return None  # the cheap test first (HEADING_START)
    for pattern, kind in _HEADING_PATTERNS:
        found = pattern.fullmatch(core)
        if found and _title_ok(found.group("title"), core):
            if kind == "named":
                return Heading(kind, None)
            groups = found.groupdict()
            if groups.get("ordinal"):
                # "Chapter the Last" has no number, but "the" makes it a heading all the same.
                return Heading(kind, ordinal_value(groups["ordinal"]))
            number = number_value(found.group("num"))
            if number is None or not _ordinal_fits(found.group("word"), found.group("num")):
                continue
            return Heading(kind, number)
    return None


# The chapter and part words of the languages whose ordinals ``romance-ordinal`` reads.
_ROMANCE_WORD = lazy(r"cap[ií]tulo|capitolo|chapitre|parte|partie|atto|acte|acto", re.IGNORECASE)
_ROMANCE_ORDINAL_RE = lazy(ROMANCE_ORDINAL, re.IGNORECASE)
# The chapter and part words of the languages whose ordinals ``west-slavic-ordinal`` reads.
_SLAVIC_WORD = lazy(r"rozdzia[lł]|cz[eę][sś][cć]|kapitola|[cč][aá]st", re.IGNORECASE)
_SLAVIC_ORDINAL_RE = lazy(SLAVIC_ORDINAL, re.IGNORECASE)


def _ordinal_fits(word: str, number: str) -> bool:
    """Rule ``romance-ordinal``: a Romance ordinal counts only after a Romance chapter word;
    "Chapter Nona" is a chapter named after someone. So a Polish or Czech ordinal counts
    only after a Polish or Czech word (``west-slavic-ordinal``): "Part Druga" is no heading."""
    if not number[:1].isalpha():
        return True
    if _ROMANCE_ORDINAL_RE.fullmatch(number):
        return bool(_ROMANCE_WORD.fullmatch(word))
    if _SLAVIC_ORDINAL_RE.fullmatch(number):
        return bool(_SLAVIC_WORD.fullmatch(word))
    return True


def match_numbered(text: str) -> int | None:
    """The number of a bare numbered heading ("1.", "~ 2 ~", "3. A Title", "§4"), else None."""
    if len(text) > 80:
        return None
    if text[:1] in _CJK_NUMERALS and (cjk := CJK_NUMBERED_RE.fullmatch(text.strip())):
        return number_value(cjk.group("num"))
    found = (
        NUMBERED_RE.fullmatch(text)
        or NUMBERED_TITLE_RE.fullmatch(text)
        or SECTION_RE.fullmatch(text)
    )
    if found is None and (inner := _ornament_framed(text)) is not None:
        found = NUMBERED_RE.fullmatch(inner) or NUMBERED_TITLE_RE.fullmatch(inner)
    if found is None:
        return None
    if found.groupdict().get("roman"):
        return number_value(found.group("roman"))
    return int(found.group("num"))


def _ornament_framed(text: str) -> str | None:
    """Rule ``ornament-framed-number``: what a heading framed by one ornament on both sides
    holds ("❦ 1. Before ❦", "✿ 2 ✿", "🍬 part 1 🍬"), as journal and phone writers dress
    their headings; None for any other line. The same symbol (a dingbat, a flower, a star:
    Unicode's "other symbol") on both ends, so a line that only opens or only closes on one
    is left alone."""
    line = text.strip()
    if len(line) < 3 or line[0] != line[-1] or line[0].isalnum() or line[0] in _DECOR:
        return None
    if unicodedata.category(line[0]) != "So":
        return None
    return line[1:-1].strip()


# --- author's notes -----------------------------------------------------------------------

# What NOTE_RE lets stand before a note's label: spaces, brackets and emphasis marks.
_NOTE_LEAD = r"[\s(\[*_~]*"
NOTE_RE = lazy(
    _NOTE_LEAD + r"(?P<label>"
    # Rule ``note-from-author``: Royal Road and Scribble Hub head each author's note box "A
    # note from <name>"; the whole line is the label, and only as a line of its own (no
    # sentence mark after the name, no article before it), so "A note from the captain lay on
    # the table." stays prose.
    r"a\s+note\s+from\s+(?!(?:the|a|an|his|her|my|their|your|our)\s)"
    r"[^\s.!?,;:\"“”]{2,32}(?:\s[^\s.!?,;:\"“”]{1,32}){0,2}(?=\s*$)|"
    # Italian (EFP): "Note dell'autrice", "Nota dell'autore"; before "notes?", its prefix.
    r"not[ae]\s+dell['’]\s*(?:autrice|autore)"
    # French, before "notes?" too: "Note de l'auteure :" is one label. Rule
    # ``inclusive-french-note-label``: the plural and the inclusive spellings French writers
    # give the author ("Notes de l'auteur·ice", "l'auteur.ices", "l'auteur-e", "l'auteurice")
    # are the same label.
    r"|notes?\s+de\s+l['’]\s*(?:auteur(?:[·.‧•-]?(?:e|ice|rice|trice)s?)?|autrice)"
    # Rule ``blabla-label``: French FFN writers head their notes "Blabla :" ("Blabla de
    # l'auteure :", "Bla-bla de fin :"), with the French space before the colon. Only with
    # its colon (see _NEEDS_SEPARATOR), so "Blabla, blabla, disait-il." stays prose.
    r"|bla-?bla(?:\s+de\s+(?:l['’]\s*(?:auteure?|autrice)|fin|d[ée]but))?"
    # Rule ``chapter-note-label``: FanFicFare's AO3 labels, "Summary for the Chapter:" and
    # "Notes for the Chapter:" (head and foot notes alike); before "notes?", their prefix.
    r"|(?:summary|notes?)\s+for\s+the\s+chapter"
    # Rule ``notes-to-self-label``: a draft's working notes, "Notes to self:" over a list
    # of what to fix, kept at the top of the file; before "notes?", its prefix. Only as a
    # label alone on its line with its colon, so a narrator's "Note to self: never again."
    # stays prose.
    r"|notes?\s+to\s+(?:self|myself)(?=\s*[:：]\s*$)"
    # Rule ``note-from-the-author-label``: Inkitt's box under a chapter line, "Note from the
    # author:" (no article); before "notes?", its prefix. Only with its colon or alone on
    # its line, so "Note from the author of the letter reached him" stays prose.
    r"|notes?\s+from\s+the\s+authors?(?=\s*(?:[:：]|$))"
    # Rule ``before-reading-note-label``: a note a blog post puts over the story, "Note
    # before reading:", "Notes before you read:"; before "notes?", its prefix. With its colon
    # or alone on its line (see _NEEDS_SEPARATOR), so "Notes before reading the will were
    # burned" stays prose.
    r"|(?:a\s+)?notes?\s+before\s+(?:you\s+)?read(?:ing)?"
    # Rule ``note-for-readers-label``: the writer's note addressed to whoever takes the
    # story in, "Note for listeners:" (a file made for text to speech), "Notes to readers:",
    # "A note for the reader:"; before "notes?", its prefix. Only with its colon, so "Notes
    # for the reader lay on the desk" stays prose.
    r"|(?:a\s+)?notes?\s+(?:for|to)\s+(?:the\s+|my\s+|all\s+)?(?:readers?|listeners?)(?=\s*[:：])"
    # Rule ``one-word-endnote-label``: "Endnotes:" or "Endnote:" written as one word, as
    # journal posters head the note under the story; with its colon or alone on its line
    # (see _NEEDS_SEPARATOR), so "Endnotes in the thesis ran long" stays prose.
    # Rule ``series-notes-label``: "Series Notes:", a series file's own note over its works.
    r"|(?:chapter\s+|story\s+|series\s+)?(?:end\s*)?notes?|chapter\s+summary"
    r"|author['’]?s?['’]?\s*(?:notes?|n/?\s*s?)|authors?['’]?\s+notes?"
    # Rule ``authors-chapter-notes-label``: eFiction names the note box above a chapter
    # "Author's Chapter Notes:" (the foot box is "Chapter End Notes:"); with its colon or
    # alone on its line (see _NEEDS_SEPARATOR), so "The author's chapter notes said…" stays
    # prose.
    r"|author['’]?s?['’]?\s+chapter\s+notes?"
    # Rule ``authors-thoughts-label``: Webnovel heads the author's box under a chapter
    # "Author's Thoughts"; with its colon or alone on its line (see _NEEDS_SEPARATOR), so
    # "The author's thoughts were elsewhere" stays prose. Personal sites and journals give
    # the same box a jokier name, "Author's ramble(s)" or "Author's rambling".
    r"|author['’]?s?['’]?\s+(?:thoughts|rambl(?:es?|ings?))"
    # Rule ``creators-note-label``: Tapas and the webcomic sites head the box under an
    # episode "Creator's note"; with its colon or alone on its line (see _NEEDS_SEPARATOR),
    # so "The creator's notes were lost in the fire" stays prose.
    r"|creator['’]?s?['’]?\s+notes?"
    # Rule ``writers-note-label``: a zine or an anthology heads the note under a piece
    # written together "Writers’ note:" (one writer's "Writer's note:"), as "Author's note";
    # with its colon or alone on its line, as the creator's.
    r"|writer['’]?s?['’]?\s+notes?"
    r"|a\s*/\s*n\s*\d*|(?-i:AN)\s*\d*|a\.\s?n\.|(?-i:A N)"
    # Rule ``lower-case-an-label``: "an:" as Wattpad and phone writers type the label in
    # lower case; only with its colon straight after, as the article never has one.
    r"|(?-i:an)(?=[:：])"
    r"|translator['’]?s?['’]?\s*notes?|t/n|beta['’]?s?['’]?\s*notes?"
    r"|(?:a|author)\s*['’]?s?\s*note\s*\d*|afterword"
    # Rule ``foreword-label``: "Foreword:" over the story, the writer's word before it, as
    # "Afterword:" is after it (Storiesonline's two boxes); with its colon or alone on its
    # line (see _NEEDS_SEPARATOR), so "Foreword to a war" stays prose.
    r"|foreword"
    # Rule ``postscript-label``: "Postscript:" closing a story, the author's P.S. to the
    # reader; with its colon or alone on its line (see _NEEDS_SEPARATOR), so "Postscript to
    # a war, the treaty said…" stays prose.
    r"|postscript"
    # Rule ``afterthought-label``: "Afterthought:" under a story, the same word after it;
    # on the same guard.
    r"|afterthoughts?"
    # Rule ``bold-postscript-label``: "**PS:**" or "**P.S.:**" in strong emphasis, the way
    # a Markdown or note-app file sets its other labels ("**Notes:**"), is the author's
    # P.S. to the reader. Only bold and with its colon, since a letter inside a story
    # closes on a plain "P.S. Burn this." that is the letter's.
    r"|(?<=\*\*|__)(?-i:P\.?\s?S\.?)(?=\s*[:：](?:\*\*|__)|(?:\*\*|__)\s*[:：])"
    # Rule ``editor-note-label``: a zine's or anthology's letter from its editor: "From the
    # editor:", "Editor's note:", "A word from the editors:"; with its colon (or alone on its
    # line), so "From the editor's desk came a letter" stays prose. Rule
    # ``from-the-author-label``: the same box a story page gives its writer, "From the
    # author:" (Figment's book page), on the same guard. Rule ``from-the-mods-label``: a
    # fic exchange's or a challenge's collection opens with "From the mods:" (or its
    # moderators or organisers), the same letter from those who gathered the pieces; rule
    # ``mod-note-label``: their "Mod note:" ("Mods' note:", "Moderator's note:") too.
    r"|(?:(?:a\s+(?:note|word|letter)\s+)?from\s+the\s+"
    r"(?:editor|author|mod|moderator|organi[sz]er)s?"
    r"|(?:editor|mod|moderator)['’]?s?['’]?\s+notes?)(?=\s*(?::|$))"
    r"|(?:nachwort|vorwort)(?:\s+zu(?:m|\s+diesem)\s+kapitel)?"
    # Edit notes: "EDIT:", "Edit 2:", "EDIT 3/4/12:", "Edited 2012-03-04:", "Edited to add:" and
    # its short form "ETA:" (upper case only: "eta" is a Greek letter and a word in Spanish).
    r"|edit(?:ed)?(?:\s+on)?\s+\d{1,4}[/.\-]\d{1,2}(?:[/.\-]\d{1,4})?|edit\s*\d*"
    r"|edited\s+to\s+add|(?-i:ETA)"
    # Rule ``translator-note-label-de``: a German translator heads her word "Anmerkung der
    # Übersetzerin" (or "des Übersetzers"), as a writer does "Anmerkung der Autorin".
    r"|anmerkung(?:\s+de[rs]\s+(?:autor(?:in)?|übersetzer(?:in|s)?))?|nda"
    # Rule ``abbreviated-author-note-label``: "N.d.A." (nota/note de l'auteur), written
    # also without its last stop ("N.d.A :", with the French space) and, in Spanish,
    # "N. de A." (nota de autor).
    r"|n\.\s?(?:d\.|de\s)\s?a\.?"
    r"|nota\s+de(?:l)?\s+autora?|(?-i:N/A)"
    # Russian (ficbook.net): "Примечания автора", "Примечание переводчика", "От автора".
    r"|примечани[ея](?:\s+(?:автора|переводчика|беты))?|от\s+автора"
    # Polish "Od autorki/autora" (from the author), Dutch "Noot van de auteur/schrijver",
    # Portuguese "Nota da autora", Spanish "Notas de la autora".
    r"|od\s+autor(?:ki|a)|noot\s+van\s+de\s+(?:auteur|schrijver|schrijfster)"
    # Dutch "Auteursnoot" and fanfiktion.de's "Autorennotiz" box: the compounds the two
    # languages make of "author's note".
    r"|auteursnoot|schrijversnoot|autorennotiz|autorenanmerkung"
    r"|nota\s+d[ao]\s+autora?|notas?\s+de\s+la\s+autora?"
    # Rule ``foreign-note-label``: the note boxes of sites in other languages. Spirit and
    # Nyah (Brazil): "Notas do Autor", "Notas Finais", "Notas iniciais do capítulo";
    # Animexx: "Vorwort zu diesem Kapitel", "Nachwort zu diesem Kapitel"; Indonesian
    # "Catatan Penulis"; Turkish "Yazarın notu"; Vietnamese "Lời tác giả"; jjwxc
    # "作者有话要说", "作者的话"; Japanese "あとがき", "まえがき" (in kanji "後書き", "前書き");
    # Korean "작가의 말", "후기";
    # eFiction's "Story Notes".
    r"|notas?\s+d[oa]s?\s+autor(?:a|es)?|notas?\s+(?:finais|iniciais|finales|iniciales)"
    r"(?:\s+do\s+cap[íi]tulo)?"
    r"|catatan\s+(?:penulis|pengarang|author)|yazar[ıi]n\s+notu|yazar\s+notu"
    r"|l[ờo]i\s+t[áa]c\s+gi[ảa]|作者有话要说|作者有話要說|作者的话|作者的話|あとがき|まえがき|後書き|前書き"
    # Rule ``kakuyomu-note-label``: Kakuyomu's writers head a word to readers "作者より"
    # ("from the author"); only with its colon or alone (below), so "作者より先に…" stays.
    r"|作者より"
    r"|작가의\s*말|후기|story\s+notes"
    # LOFTER's Chinese writers: "写在前面" (written before), "写在后面", "碎碎念" (murmurs),
    # and "后记" / "後記" (afterword) under the story.
    r"|[写寫]在[前后後]面|碎碎念|后记|後記"
    # Spirit's English interface names its closing box "Final Notes".
    r"|final\s+notes?"
    # EFP (Italy): the author's "corner", "Angolo autrice", "Angolo dell'autore",
    # "Angolino dell'autrice", and "Note dell'autrice".
    r"|angol(?:o|ino)\s+(?:dell['’]\s*)?(?:autrice|autore)|note?\s+dell['’]\s*(?:autrice|autore)"
    # Polish blogs: "Notka od autorki" (a little note from the author), "Słowo od autora".
    r"|(?:notka|słowo|słówko)\s+od\s+autor(?:ki|a)"
    # Czech, Dutch, Nordic, Finnish, Hungarian, Polish, Romanian, South Slavic, Ukrainian.
    rf"|{NOTE_LABELS_I18N}"
    # Rule ``review-replies-label``: FFN authors answer last chapter's reviewers by name
    # above the next one: "Review replies:", "Replies to reviews:", "Reviewer responses:".
    # With its colon or alone on its line, so "Review responses were mixed" stays prose.
    r"|reviews?(?:er)?\s+(?:replies|responses)|(?:replies|responses)\s+to\s+reviews?(?:ers)?"
    # Rule ``footnote-label``: "Footnote:" over the writer's gloss after the story.
    r"|footnotes?"
    r")"
    r"(?P<who>\s*\([^)]{1,40}\))?"
    r"[*_~\])]*(?P<sep>\s*[:：\-–—.]+[*_~]*\s*|\s+|$)"
    r"(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)
# Every alternative of NOTE_RE's "label" group starts with one of these pairs of characters
# (case ignored, as NOTE_RE ignores it; tests/test_pattern_starts.py checks them against the
# group). A paragraph that opens with any other pair (three in four of a story's) is no note,
# and is spared NOTE_RE's hundred alternatives, which the body pass tries on every paragraph.
_NOTE_OPENINGS = (
    r"a[\s'’./fnsu]|b[eil]|c[ahr]|e[dnt]|f[ioör]|k[io]|l[oờ]|mo|n[./ado]|o[dp]|p[\s.os]|re"
    r"|s[ctuzłe]|t[/r]|uw|vo|wr|ya|ві|от|пр|あと|まえ|作者|写在|寫在|前書|後書|碎碎|작가|후기"
    r"|주의|읽기|הע|들어|后记|後記|ση|مل|یا"
)
# The openings' first characters, asked first as one class: ignoring case, the engine tries
# the openings one by one, each first character a step of its own, so a paragraph that opens
# with none of them (dialogue's quotation mark, "He", "I", "When") is turned away in one
# step instead of thirty (about 0.15 us against 0.6-1.1 us a paragraph).
_NOTE_FIRSTS = "".join(sorted({opening[0] for opening in _NOTE_OPENINGS.split("|")}))
NOTE_START = lazy(f"{_NOTE_LEAD}(?=[{_NOTE_FIRSTS}])(?:{_NOTE_OPENINGS})", re.IGNORECASE)
_NEEDS_SEPARATOR = lazy(
    r"(?:summary|notes?)\s+for\s+the\s+chapter|creator['’]?s?['’]?\s+notes?|writer['’]?s?['’]?\s+notes?|"
    r"(?:chapter\s+|story\s+|series\s+)?(?:end\s*)?notes?|chapter\s+summary|an\s*\d*"
    r"|edit(?:ed)?\b.*|eta"
    r"|afterword|foreword|postscript|afterthoughts?|nda|n/a|a\s+note\s*\d*|bla-?bla(?:\s+de\s+.+)?"
    r"|(?:a\s+)?notes?\s+before\s+(?:you\s+)?read(?:ing)?"
    r"|nachwort|vorwort|примечани[ея](?:\s+\w+)?|от\s+автора|autorennotiz|autorenanmerkung"
    r"|auteursnoot|schrijversnoot"
    r"|notas?\s+(?:finais|iniciais|finales|iniciales)(?:\s+\w+\s+\w+)?|catatan\s+\w+"
    r"|후기|あとがき|まえがき|後書き|前書き|后记|後記|作者より|story\s+notes|final\s+notes?"
    r"|reviews?(?:er)?\s+(?:replies|responses)|(?:replies|responses)\s+to\s+reviews?(?:ers)?"
    r"|author['’]?s?['’]?\s+chapter\s+notes?|author['’]?s?['’]?\s+(?:thoughts|rambl(?:es?|ings?))"
    r"|footnotes?"
    rf"|{NOTE_LABELS_I18N_NEED_SEPARATOR}",
    re.IGNORECASE,
)


class NoteLabel(NamedTuple):
    """A note's label as written and the text that follows it on the same line."""

    label: str
    rest: str


def _bare_an_label(label: str, rest: str) -> bool:
    """Rule ``bare-an-label``: "AN" in capitals with no colon, a lower-case word after it
    that opens on a consonant other than "h" ("AN this is short, sorry"), as a phone's
    writer types the label. The article "an" never stands before such a word, so neither
    "An hour later" nor a book's capitalised opening ("AN old man lived…") is taken."""
    if label != "AN" or not rest[:1].isalpha() or not rest[:1].islower():
        return False
    return rest[:1] not in "aeiouh"


def match_note(text: str) -> NoteLabel | None:
    """Recognise a note label at the start of a paragraph ("A/N:", "AN1:", "Author Notes:")."""
    if NOTE_START.match(text) is None:
        if text[:1] >= _ICONS_FROM:
            return _icon_note(text)
        return None  # the cheap test first (NOTE_START)
    found = NOTE_RE.match(text)
    if not found:
        return None
    label = found.group("label").strip()
    sep = found.group("sep")
    rest = found.group("rest").strip()
    colon = ":" in sep or "：" in sep
    separated = colon or not rest or "-" in sep or _bare_an_label(label, rest)
    if _NEEDS_SEPARATOR.fullmatch(label) and not separated:
        # "Notes on the war were…" and "AN hour later…" are prose, not labels.
        return None
    if not sep.strip() and rest and label.lower().startswith("note"):
        return None
    who = (found.group("who") or "").strip()
    opener = text.lstrip()[:1]
    closer = {"(": ")", "[": "]"}.get(opener, "")
    if closer and rest.endswith(closer) and rest.count(opener) < rest.count(closer):
        rest = rest[:-1].rstrip()  # "(A/N: …)" or "[A/N: …]" written as one bracketed aside
    return NoteLabel(f"{label} {who}".strip() if who else label, rest)


# Emoji and dingbats start here; a line opening below it has no icon.
_ICONS_FROM = "\u2600"


def _icon_note(text: str) -> NoteLabel | None:
    """Rule ``icon-note-label``: a note label after an emoji icon and a space, "💡 Notes:
    …", as a notes app's callout or a phone writer sets it; with its colon only, so an
    emoji before a line of prose opening "Note" is no label."""
    position = 0
    while position < len(text) and (
        unicodedata.category(text[position]) in ("So", "Sk") or text[position] in "\u200d\ufe0f"
    ):
        position += 1
    if position == 0 or text[position : position + 1] not in (" ", "\t"):
        return None
    bare = text[position:].lstrip()
    found = match_note(bare)
    if found is None or ":" not in bare[: len(bare) - len(found.rest)]:
        return None
    return found


# A plea for reviews on its own at the very end: author talk without a label.
REVIEW_PLEA_RE = lazy(
    r"(?:please\s+)?(?:r\s?&\s?r|read\s+(?:and|&)\s+review|review|comment|vote(?:\s+(?:and|&)\s+"
    r"(?:comment|review))?|(?:thanks?|thank\s+you|thx|merci|danke|gracias|grazie)"
    r"(?:\s+(?:so\s+)?much)?\s+for\s+reading|let\s+me\s+know\s+what\s+you\s+think"
    # "Reviews are love", "Kudos and comments appreciated", "Concrit always (very) welcome".
    r"|(?:reviews?|comments?|kudos|feedback|(?:con)?crit)(?:\s+(?:and|&)\s+(?:reviews?|comments?"
    r"|kudos|feedback|(?:con)?crit))?\s+(?:are\s+|is\s+)?(?:(?:always|very|much)\s+){0,2}"
    r"(?:love|loved|appreciated|welcome|welcomed))"
    r"(?:\s*(?:please|pretty\s+please|plz|pls))?[\s!.?~:)(^<3]*",
    re.IGNORECASE,
)
# The author's promise of more on its own at the end: "More next week!", "Part 3 coming soon".
MORE_TO_COME_RE = lazy(
    # The progress words below only after a part, chapter or update: "The next batch is
    # almost ready." is the baker's, not the author's.
    r"(?!(?:the\s+)?next\s+(?:batch|one)\s+(?:is\s+)?(?:nearly|almost|half|mostly|already))"
    # Rule ``more-to-come-episode``: a serial's writer may call each instalment an
    # "episode" ("Episode 2 tomorrow", "Next episode on Friday").
    r"(?:(?:and\s+)?more|(?:the\s+)?next\s+(?:part|chapter|episode|update|instal+ment|batch|one)"
    r"|(?:part|chapter|episode)\s+\w{1,6})"
    r"\s+(?:is\s+|will\s+be\s+)?(?:coming\s+|up\s+"
    # Rule ``more-to-come-posting``: the part's posting, "Part two goes up tomorrow",
    # "Chapter 4 will go up on Friday", "the next part gets posted soon".
    r"|(?:goes|will\s+go|going|gets|will\s+get)\s+(?:up|posted)\s+|posted\s+)?"
    # Rule ``more-to-come-texting``: chat's spellings of tomorrow, "part 3 tmrw".
    # Rule ``more-tomorrow-night``: "tomorrow night" and "tomorrow morning" time it too.
    r"(?:soon|next\s+week|next\s+time|tomorrow(?:\s+(?:night|morning|evening))?|tmrw|tmr"
    r"|2morrow|later|on\s+\w+day|to\s+come"
    r"|coming\s+soon"
    # Rule ``more-after-a-meal``: a chat's promise timed by the writer's day, "part two after
    # dinner", "next part tonight".
    r"|tonight|this\s+(?:evening|afternoon|weekend)|after\s+(?:dinner|lunch|work|school|class)"
    # The promise as the author's progress on it: "Chapter six is nearly done!", "The
    # next part is half written". Only the writing words, so "The next one was nearly
    # dead." stays a sentence.
    r"|(?:nearly|almost|half|mostly|already)\s+(?:done|finished|written|ready))"
    # Co-writers promise together: "Part two tomorrow, we promise."
    r"(?:,?\s+(?:I|we)\s+promise)?"
    # A hedge after the promise: "Part two tomorrow, if all goes well!"
    r"(?:,?\s+(?:if|hopefully|fingers\s+crossed|barring|weather|work|life)\b[^.!?\n]{0,50}"
    # A pious hedge: "Episode 2 tomorrow by God's grace", "… God willing", "… in sha Allah".
    r"|,?\s+(?:by\s+god['’]s\s+grace|god\s+willing|in\s*sh(?:a|aa)\s*allah|deo\s+volente))?"
    r"[\s!.…~*:)(^<3]*",
    re.IGNORECASE,
)
# What AO3's pointer sends the reader to the end for: "(more) notes", and on a work that
# others were inspired by "other works inspired by this one", alone or after the notes
# ("… for more notes and other works inspired by this one.").
POINTER_WHAT = (
    r"(?:(?:more\s+)?notes(?:\s+and\s+other\s+works\s+inspired\s+by\s+this\s+one)?"
    r"|other\s+works\s+inspired\s+by\s+this\s+one)"
)
# Rule ``ao3-pointer-double-space``: the words may stand any space apart. AO3 fills "for
# %{more} notes" with nothing when the chapter has no notes at its top, and a page copied as
# text keeps the two spaces left round the gap: "(See the end of the chapter for  notes.)".
# Rule ``ao3-interface-i18n``: with AO3's interface in French, "(Voir la fin de l'œuvre
# pour plus de notes.)" (ao3_interface_i18n).
POINTER_RE = lazy(
    r"\(?\s*(?:see\s+the\s+end\s+of\s+the\s+(?:chapter|work)\s+for\s+"
    rf"{POINTER_WHAT}|{FRENCH_POINTER})\.?\s*\)?",
    re.IGNORECASE,
)
# AO3's list of the works this one comes from, printed in a download's preface under the Notes
# and their pointer: "A translation of <title> by <creator>.", "Inspired by <title> by
# <creator>.", and of the works made from it, "Translation into <language> available:
# <title> by <creator>". The title is free text; the creators are one to a few names, each a
# pseud of up to three words with its user name in brackets when the two differ.
_ASSOCIATION_NAME = r"[\w.-]+(?:\s[\w.-]+){0,2}(?:\s\([\w.-]+\))?"
ASSOCIATION_RE = lazy(
    r"(?:a\s+translation\s+of|inspired\s+by"
    r"|translation\s+into\s+[^\s:][^:\n]{0,40}?\s+available:)\s+\S.{0,150}?\s+by\s+"
    rf"{_ASSOCIATION_NAME}(?:(?:,\s*|,?\s+and\s+){_ASSOCIATION_NAME}){{0,4}}\.?",
    re.IGNORECASE,
)

# --- header lines ----------------------------------------------------------------------------

FIELD_RE = lazy(
    # The label starts with a Latin, Greek, Cyrillic, Hebrew or Arabic letter ("Title:",
    # "Τίτλος:", "Название:", "תקציר:", "العنوان:"). It may end in an abbreviation's full
    # stop right before the colon, as FF2EBOOK's title page writes "Pairings/Main char.:";
    # a dot inside the label ("Mr. Smith:") is a sentence's.
    r"[*_]*(?P<key>[A-Za-z\u00c0-\u024f\u0386-\u03ff\u1f00-\u1ffc\u0400-\u04ff\u05d0-\u05ea"
    # Persian adds its own letters (پ چ ژ گ ک ی) and joins a word's halves with U+200C
    # (the zero-width non-joiner: "رده‌بندی").
    r"\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc][\w'’()/&,\- \u200c]{0,38}?"
    r"(?:(?<=[a-z])\.)?)"
    r"[*_]*\s*:[*_]*"
    r"(?:\s+|$)(?P<value>.*)",
    re.DOTALL,
)
# Rule ``tilde-label-field``: journal headers wrap each label in tildes instead of ending it
# with a colon ("~Title~ The Long Road", "~Word Count~ 1,200"). The header reads only known
# labels this way, so a story's "~Ring~ went the bell" stays prose.
TILDE_FIELD_RE = lazy(
    r"~\s*(?P<key>[A-Za-z\u00c0-\u024f][\w'’()/&\- ]{0,30}?)\s*~\s*:?\s+(?P<value>\S.*)",
    re.DOTALL,
)
# Rule ``spaced-tilde-field``: "Title ~ The Long Road", "Author ~ name & name": a journal
# header's label ended by a tilde in place of a colon. The header reads only known labels
# this way (as the dashed form below), so a story's "Well ~ maybe" stays prose.
SPACED_TILDE_FIELD_RE = lazy(r"(?P<key>[A-Z][\w'’/& ]{0,30}?)\s*~\s+(?P<value>[^\s~].*)")
# "Prompt – value", "E-MAIL - x": the label may hold a hyphen ("E-mail"), never a spaced dash.
DASH_FIELD_RE = lazy(r"(?P<key>[A-Z](?:[\w'’ ]|-(?=\w)){0,30}?)\s+[-–—]\s+(?P<value>\S.*)")
# Rule ``continuation-byline``: a page's "A fan continuation by X", "a retelling by X",
# names its writer as "a fic by X" does.
BYLINE_RE = lazy(
    # Rule ``series-byline``: "a series by X", as a download app heads a series' file.
    r"(?:(?:(?:an?\s+(?:[^\s].{0,50}?\s+)?)?(?:fic|fanfic|fanfiction|story|one-?shot|drabble"
    r"|ficlet|poem|series|collection|continuation|retelling)\s+|written\s+)?by"
    # Rule ``foreign-byline``: "written by" in other languages ("Fanfiction écrite par X",
    # "Escrita por X", "Geschrieben von X"). Only with the verb: a bare "par"/"por"/"von"
    # opens ordinary sentences ("Por favor…", "Par la fenêtre…").
    # A fic noun and a bare preposition: "Fanfic von X", "Fanfic por X", "Fanfiction oleh X".
    r"|(?:fic|fanfic|fanfiction|fanfict)\s+(?:von|por|par|door|oleh|przez|di|da)"
    r"|(?:(?:fic|fanfic|fanfiction|histoire|história|historia|storia|verhaal)\s+)?"
    r"(?:écrite?s?\s+par|escrit[ao]s?\s+por|geschrieben\s+von|scritt[ao]\s+da"
    r"|geschreven\s+door|napisane?\s+przez|skrevet\s+af|skriven\s+av|skrevet\s+av))"
    # Rule ``by-is-a-word``: the word ends there: "Byron Vale" and "Bygones" are no bylines.
    r"(?!\w)\s*[:\-–—]?\s*(?P<names>.*)",
    re.IGNORECASE,
)
TITLE_BY_RE = lazy(
    r"(?P<title>[\"“][^\"“”]{1,80}[\"”]|[^\"“”]{1,80}?)\s*[,\-–—]?\s+by\s*:?\s+(?P<names>[^.!?,;]{1,60})"
)
COAUTHOR_RE = lazy(
    r"(?:co-?written\s+with|co-?authored\s+(?:with|by)|with|and|&|co-?author\s*:?)\s+(?P<names>.+)",
    re.IGNORECASE,
)
# FanFiction.Net's info line: "Rated: Fiction T - English - … - id: 123". Rule
# ``ffn-app-info-line``: the app writes it with commas, "Rated: T, English, …, Status:
# Complete"; then a labelled count or status must follow, so "Rated: T, for language" is
# not taken for it. Rule ``ffn-info-line-i18n``: a page read in another language (the
# site's own wording for the story's language, or a browser's translation) writes the label
# and "Fiction" in that language: "Clasificación: Ficción T - Español - …", "Classificação:
# Ficção K+ - Português - …"; the rating code and the " - " items stay FFN's own. The app's
# comma form in another language labels its counts in it, in lower case ("Clasificación: T,
# Español, …, palabras: 1k+, favs: 6, publicado: feb 3, 2019, Completo"). Rule
# ``ffn-mobile-info-line``: the mobile site prints the line with no label at all, the bare
# rating first and lower-case labels after it ("T, English, Humor, chapters: 3, words: 1k+,
# …, id: 123"); unlabelled, only the comma form with the language as one word and a
# "words:" count after it is taken, so a sentence opening "T - " or "M, " is never one.
# Rule ``ffn-info-line-no-label``: a copy that lost the "Rated:" label (a text browser's
# dump, where the rating is a link of its own) opens on "Fiction K+ - "; then a "Words:"
# count must follow on the line, so a sentence opening "Fiction T - " is not taken.
FFN_INFO_RE = lazy(
    r"(?P<label>"
    r"(?:Rated|Clasificaci[óo]n|Classifica[çc][ãa]o|Classement|Classificazione|Altersfreigabe)"
    r"\s*:\s*(?:(?:Fiction|Ficci[óo]n|Fic[çc][ãa]o|Fiktion|Finzione)\s+)?"
    r"|Fiction\s+(?=(?:K\+?|T|M|MA)\s+-\s.*\bWords\s*:\s*\d))?"
    r"(?P<rating>K\+?|T|M|MA)\s*"
    r"(?P<sep>(?(label)-|(?!))"
    r"|,(?(label)(?=.*\b(?:Words|Chapters|Status|Published|Updated|Reviews|Favs|Follows"
    r"|(?i:palabras|cap[íi]tulos|estado|publicado|actualizado|palavras|atualizado"
    r"|mots|chapitres|statut|publi[ée]|wörter|kapitel|veröffentlicht|parole|capitoli"
    r"|pubblicato))\s*:)"
    r"|(?=\s*[^\W\d_]+,.*,\s*[Ww]ords\s*:\s*\d)))"
    r"\s*(?P<rest>.+)"
)
AO3_POSTED_RE = lazy(r"Posted originally on the (?P<site>.+?) at (?P<url>\S+?)\.?$", re.IGNORECASE)
URL_RE = lazy(r"(?:https?://|www\.)[^\s<>\"“”]+", re.IGNORECASE)


def urls_in(text: str) -> list[re.Match[str]]:
    """The addresses in ``text``, found by :data:`URL_RE`.

    The substring tests first spare nearly every paragraph the search, which has no literal
    to look for and so tries each position of the text: an address has "://", or "www." in
    some case, which holds one of the four cases of "ww." ("now." ends many a sentence, so
    "w." alone would let most paragraphs through).
    """
    if "://" in text or "ww." in text or "WW." in text or "wW." in text or "Ww." in text:
        return list(URL_RE.finditer(text))
    return []


# Rule ``continued-in-part``: "To be continued in part 2", "To be continued in the next
# post": the end mark of an instalment that names where the story goes on. The place must be
# a part, chapter, post or instalment, by number or as "the next", so the line stays short.
# Rule ``tbc-in-part``: the abbreviation takes the same place, "TBC in Part 3", "t.b.c. in
# the next post", as list and page writers shortened the phrase.
_CONTINUED_IN = (
    r"(?:\s+in\s+(?:(?:the\s+)?next\s+(?:part|chapter|post|instal?l?ment)"
    r"|(?:part|chapter)\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|[ivx]{1,5})))?"
)
END_RE = lazy(
    # Rule ``fini-end-marker``: French "fini" ("finished"), which English writers borrow
    # beside "fin" and "finis" ("FINI", "Fini."); no English word is spelt so.
    r"(?:the\s+end|end|fin|finis|fini|finite|(?:tbc|t\.\s?b\.\s?c\.?|to\s+be\s+continued)"
    + _CONTINUED_IN
    + r"|(?:the\s+)?end\s+of\s+(?:chapter|part|story)(?:\s+\w+)?|end\s+chapter(?:\s+\w+)?"
    r"|owari|complete|continued\s+in\s+(?:the\s+)?next\s+chapter"
    # Rule ``slash-end-marker``: "/end", as thread and chat writers close a story, a
    # command's slash before the word; no sentence opens so.
    r"|/\s?(?:end|fin)"
    # "The end" in other languages: German, Italian, Portuguese, Dutch, Polish, Czech and
    # Slovak, Hungarian, Finnish, Norwegian, Croatian, Serbian and Bosnian ("kraj", "крај":
    # rule ``south-slavic-end-marker``), Indonesian and Malay ("tamat", and "selesai",
    # "finished", as Wattpad writers mark the end), Filipino, Swahili ("mwisho", rule
    # ``swahili-end-marker``), Greek, Russian and Ukrainian,
    # and the Japanese, Chinese and Korean end marks; Chinese writers also close a work with
    # "全文完" ("the whole text ends"), "正文完" ("the main text ends") or "完结" ("finished"),
    # and Japanese ones with "了" ("finished"; alone on its line it is no Chinese particle)
    # or "おしまい" ("that's all").
    r"|ende|fine|fim|einde|h[ếe]t|k[ếe]t\s+th[úu]c|het\s+einde|koniec|konec|v[ée]ge|loppu|slutt|kraj|крај"
    r"|tamat|selesai|wakas|mwisho|τ[έε]λος|конец(?:\s+главы(?:\s+\w+)?)?|кінець"
    r"|(?:全文|正文|本文)?完(?:结|結)?|全文终|全文終|終わり|おわり|おしまい|お終い|終|了|끝"
    # Romanian "Sfârşit" (with the cedilla or the comma) and Hebrew "סוף"; Arabic "تمت" ("it
    # is finished", the closing word of a story), "النهاية" ("the end") and "انتهى" ("ended").
    r"|sf[âa]r[şșs]it|סוף|تمت|النهاية|انته(?:ى|ت)"
    # Persian "پایان" ("the end").
    r"|پایان"
    # "To be continued": German, French, Spanish and Portuguese, Catalan ("continuarà"),
    # Italian, Dutch, Polish, Indonesian, Russian, Japanese.
    r"|fortsetzung\s+folgt|[àa]\s+suivre|continuar[áàa]|continua|wordt\s+vervolgd"
    r"|ci[ąa]g\s+dalszy\s+nast[ąa]pi|bersambung|продолжение\s+следует|つづく|続く)"
    r"[\s.!…?~*-]*",
    re.IGNORECASE,
)
# "The end" in Swedish and Danish ("Slut") and Turkish ("Son") is also an English word a
# story may end a line with, so these count only as an end mark is written: capitalised
# or in capitals, with no full stop after them.
# Rule ``catalan-end-marker``: Catalan "fi" ("end") likewise, in lower case or in capitals
# only: "Fi" is also a name.
# Rule ``slut-full-stop``: Swedish and Danish writers also close a story "Slut." with its
# full stop, as a sentence; alone on a line no English story writes that word so.
_AMBIGUOUS_END_RE = lazy(r"(?:Slut|SLUT|Son|SON|fi|FI)[\s!~*-]*|(?:Slut|SLUT)\.")


def match_end_marker(text: str) -> bool:
    """Recognise "The End", "fin", "~fin~", "TBC", "To be continued…", "Einde", "Koniec"."""
    if len(text) > 60:
        return False
    core = undecorate(_without_emoji(text))
    if core[:1] in _CJK_BRACKETS:
        # Rule ``cjk-bracketed-end``: Chinese and Japanese writers bracket the end mark in
        # full-width brackets, "（完）", "【完】", "〔終〕", as they bracket an aside.
        core = core.strip(_CJK_BRACKETS + " 　")
    if END_RE.fullmatch(core) or _AMBIGUOUS_END_RE.fullmatch(core):
        return True
    # A play's "CURTAIN" closing the last act (stage_ends).
    return is_curtain(text)


# Emoji are symbols ("So", "Sk"), joined and styled by ZWJ and variation selectors.
_EMOJI_STYLE = "\u200d\ufe0e\ufe0f"


def _without_emoji(text: str) -> str:
    """Rule ``emoji-end-marker``: an end mark with emoji after it or on both sides ("the
    end 🌹", "✨ fin ✨"), as phone writers decorate their last line: the symbols at the
    line's ends are trimmed before the words are matched. Only non-ASCII symbols at the
    ends, so the words inside must still be an end mark by themselves."""
    if text.isascii():
        return text

    def framing(char: str) -> bool:
        return not char.isascii() and (
            char in _EMOJI_STYLE or unicodedata.category(char) in ("So", "Sk")
        )

    start, end = 0, len(text)
    while start < end and (framing(text[start]) or text[start].isspace()):
        start += 1
    while end > start and (framing(text[end - 1]) or text[end - 1].isspace()):
        end -= 1
    return text[start:end] if start < end else text


# Full-width brackets around a CJK end mark.
_CJK_BRACKETS = "（）【】〔〕〈〉《》"
