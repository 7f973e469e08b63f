"""Pass ``typography``: curly quotes, apostrophes, dashes and ellipses, on plain text only.

Dashes and ellipses are converted first, then smartypants curls the quotes, then a few
commented fixes correct what smartypants gets wrong. URLs are left exactly as written.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from fic2epub.lazy_re import lazy
from fic2epub.normalise.patterns import urls_in
from fic2epub.normalise.quotes import curl_quotes

# Every rule here starts with the literal character it changes and checks what comes before
# with a look-behind after it: a pattern that starts with a literal is searched for that
# character alone, where one that starts with a look-behind is tried at every position.

# ---- dashes and ellipses (before smartypants, which would read "--" its own way) ----------

# "---" and "--" are an em dash; a dash run of four or more is decoration, left alone.
_EM_DASH = lazy(r"-(?<![-–—]-)-{1,2}(?![-–—])")
# A hyphen with a space on each side between words is a spaced dash (an en dash, by
# convention, in spaced form).
_SPACED_HYPHEN = lazy(r" - (?<=[\w\"”’'.,!?)] - )(?=[\w\"“‘'(])")
# A hyphen that cuts a word off before a closing quote is an interruption: "Why-" -> "Why—".
# Done before smartypants, which would open a quote that follows a hyphen.
_CUT_OFF = lazy(r"-(?<=\w-)(?=[\"'\u2033\u201d\u2019](?:\s|$|[,.!?]))")
_ELLIPSIS = lazy(r"\.\s?\.\s?\.(?!\.)")


def _dashes_and_dots(text: str) -> str:
    # Each rule runs only when its character is present: most paragraphs need none of them.
    if "-" in text:
        text = _CUT_OFF.sub("\u2014", text)
        text = _EM_DASH.sub("\u2014", text)
        text = _SPACED_HYPHEN.sub(" \u2013 ", text)
    return _dots(text)


def _dots(text: str) -> str:
    if ". ." in text or "..." in text:
        text = _ELLIPSIS.sub("\u2026", text)
    return _feet_and_inches(text)


# Rule ``feet-and-inches``: a number, an apostrophe, one or two digits (a decimal part
# allowed) and a double quote, glued together ("5'10\"", "6'0.5\"") is a measure in feet
# and inches (or minutes and seconds of arc), set with primes, as Standard Ebooks does:
# 5′10″. smartypants would curl both marks as quotes (5’10”). Guards: nothing glued to
# either side (not "x5'10\"" or "5'10\"a", nor a quote's apostrophe before the number), so a
# quotation that ends on a number ("'Take 5'") never matches: it has no inches.
_FEET_AND_INCHES = lazy(r"'(?<=\d')(?P<inches>\d{1,2}(?:\.\d{1,2})?)\"(?![\w'\"])")
# The feet: one to three digits, with no word, quote or decimal point glued before them.
_FEET = lazy(r"(?<![\w'\u2018\u2019.])\d{1,3}$")


def _feet_and_inches(text: str) -> str:
    # Cheap first: a measure needs both marks.
    if "'" not in text or '"' not in text:
        return text
    return _FEET_AND_INCHES.sub(_primes, text)


def _primes(found: re.Match[str]) -> str:
    """The measure's marks as primes (rule ``feet-and-inches``) when its feet stand free."""
    before = found.string[max(0, found.start() - 5) : found.start()]
    if _FEET.search(before) is None:
        return found.group()
    return f"\u2032{found.group('inches')}\u2033"


# ---- fixes after smartypants ---------------------------------------------------------------

# smartypants opens a quote after a word-initial elision: ‘tis, ‘em, ‘cause, ‘90s. These
# are apostrophes (’). The list is the common English elisions; "'n'" is handled whole.
# "'ware" is "beware", the hunting field's and the old sailor's warning ("'Ware the rocks!").
_ELISIONS = (
    "tis|twas|twere|twill|twould|ware|til|till|em|cause|cos|coz|cuz|bout|round|nother|kay|nuff|ello"
    "|ere|er|im|is|ave|ow|appen|owdy|scuse|sup|fraid|gainst|mongst|neath|specially|spose"
    "|sides|tween|y'all|n"
    # Rule ``except-elision``: dialect's "'cept" (except), "nobody saw him, 'cept the
    # buzzards": no quotation opens on "cept", a word only as an elision.
    "|cept"
    # Dropped aitches in dialect: 'unt (hunt), 'orse, 'ouse, 'ome, 'ead, 'eart, 'alf, 'ard.
    "|unt|untin|unting|orse|orses|ouse|ome|ead|eart|alf|ard|urt|ungry|umble"
)
# The negated forms of the same elisions, and dialect's "'tain't" (it ain't): "'Twasn't me."
_NEGATED_ELISIONS = "tain|tisn|twasn|tweren|twouldn|twon"
_ELISION = lazy(rf"\u2018(?=(?:{_ELISIONS})\b|(?:{_NEGATED_ELISIONS})[\u2019']t\b)", re.IGNORECASE)
# Dutch and Afrikaans elide articles the same way: 's (des: "'s avonds", "'s-Hertogenbosch"),
# 't (het) and 'k (ik), each a word of its own before the next. No English quote opens on
# a lone s, t or k followed by a space, so these are apostrophes too. ('n is in the list.)
_DUTCH_ELISION = lazy(r"\u2018(?=[stk](?:\s+|-)\w)")
_DECADE = lazy(r"\u2018(?=\d\d(?:s|\b))")
# Rule ``elided-year``: a year or decade written as a word with its century cut off, "the
# winter of 'fifty-two", "back in 'forty-five", "the 'twenties". The number word alone
# cannot tell it from a single-quoted speech ('Thirty-seven,' she said), so the word before
# must be one that dates: a preposition of time, a season or a month ("the", "to", "by" and
# "about" only with such a word before them), and no closing quote may follow it closely.
_ELIDED_YEAR = lazy(
    r"\u2018(?=(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)"
    r"(?:ies\b|y\b(?!-(?!one|two|three|four|five|six|seven|eight|nine)\w)))",
    re.IGNORECASE,
)
_DATING_WORDS = frozenset(
    "of in since from until till before after around circa c. back early late mid roaring"
    " summer winter spring autumn fall january february march april may june july august"
    " september october november december class season vintage".split()
)
# Words that date only with a stronger cue before them ("back in the 'forties", "since
# about 'fifty"): alone they are too common ("ran to 'Twenty!'", "the 'Forty Thieves'",
# "about 'fifty' things"). "the" dates a decade's plural too: "the 'twenties".
_WEAK_DATING_WORDS = frozenset("to the by about".split())
# A quote that closes within a few words of the number word, with no mark inside but one
# just before the closing quote: "'Twenty!'", "'Forty Thieves'", "'fifty'". Not an
# apostrophe inside a word ("'forty-five, I'd…") nor one after a comma ("'sixty, the
# twins' mother").
_QUOTE_CLOSES = lazy(r"[\w-]+(?:\s+[\w-]+){0,2}[!?.,]?\u2019(?!\w)")
_ROCK_N_ROLL = lazy(r"\u2018n\u2019(?<=\s\u2018n\u2019)(?=\s)")
# After a dash smartypants guesses the wrong side: "—"Wait" opens, and a quote that ends an
# interrupted line ("I—"") closes. A quote after a dash and before a word opens…
_OPEN_AFTER_DASH = lazy(r"\u201d(?<=[—–]\u201d)(?=\w)")
_OPEN_SINGLE_AFTER_DASH = lazy(r"\u2019(?<=[—–]\u2019)(?=\w)(?!(?:" + _ELISIONS + r")\b)")
# …and one after a dash and before a space, punctuation or the end closes.
_CLOSE_AFTER_DASH = lazy(r"\u201c(?<=[—–]\u201c)(?=[\s.,;:!?)\u2019]|$)")
_CLOSE_SINGLE_AFTER_DASH = lazy(r"\u2018(?<=[—–]\u2018)(?=[\s.,;:!?)\u201d]|$)")
# Some editors type a double prime (″) for a closing quote; after a letter or a dash it is one.
_PRIME_QUOTE = lazy(r"\u2033(?<=[^\d\s]\u2033)")
# A quote right after an ellipsis opening a line: "…" smartypants treats as closing.
_OPEN_BEFORE_ELLIPSIS = lazy(r"\u201d(?<!\S\u201d)(?=\u2026)")


# smartypants closes a quote that opens the text before an emphasis marker ("*Hello*,").
# A double quote at the start or after a space, before a word or a marker, opens.
_OPEN_AT_START = lazy(r"\u201d(?<![^\s(\[{]\u201d)(?=[^\s.,;:!?)\]}\u201d])")
_OPEN_SINGLE_BEFORE_MARKER = lazy(r"\u2019(?<![^\s(\[{]\u2019)(?=[*_/])")
# Rule ``quote-inside-emphasis``: a double quote right inside an opening emphasis marker
# ("**"Beef,"** he announced", "_"No."_") opens the quotation the marker sets in bold or
# italics; smartypants sees a quote after a character and closes it. The marker must open
# (at the start or after a space or bracket) and a word must follow the quote, so the
# closing quote of "**"Beef,"**" (after a comma, before the marker) stays closing.
_OPEN_INSIDE_MARKER = lazy(r"(?:(?<=^)|(?<=[\s(\[{]))(?P<marker>\*{1,3}|_{1,3})\u201d(?=\w)")


def _typed_closing_only(text: str) -> bool:
    """Rule ``typed-swedish-quotes``: a paragraph whose writer typed ” on both sides of a
    quotation (”Utgifter för resor”), as Swedish and Finnish do, and no other double quote.

    Why: the fixes below turn a ” before a word into “, because smartypants gets that side
    wrong when it curls a straight quote; a ” typed as written is the writer's own choice,
    and with no straight quote in the paragraph none came from smartypants.
    """
    return "\u201d" in text and "\u201c" not in text and '"' not in text


def _elided_year(found: re.Match[str]) -> str:
    """An apostrophe for an elided year (rule ``elided-year``) after a dating word, unless
    a closing quote soon after shows the number word is quoted ("the 'Forty Thieves'")."""
    text = found.string
    before = text[max(0, found.start() - 32) : found.start()]
    if not before[-1:].isspace():
        return found.group()
    words = before.lower().split()
    if not words or not _dates(words, text[found.end() : found.end() + 12]):
        return found.group()
    # Cheap first: no closing quote after it at all, no quotation to close.
    if "\u2019" in text[found.end() : found.end() + 40] and _QUOTE_CLOSES.match(text, found.end()):
        return found.group()
    return "\u2019"


def _dates(words: list[str], after: str) -> bool:
    """Whether the words before an elided number word date it: a dating word, or a weak one
    ("the", "to", "by", "about") after a dating word ("in the 'forties"); "the" before a
    decade's plural ("the 'twenties") dates it too."""
    last = words[-1]
    if last in _DATING_WORDS:
        return True
    if last not in _WEAK_DATING_WORDS:
        return False
    if len(words) > 1 and words[-2] in _DATING_WORDS:
        return True
    word = after.split(None, 1)[0] if after[:1].isalpha() else ""
    return last == "the" and word.rstrip(".,;:!?").lower().endswith("ies")


def _fix(text: str, *, typed_closing: bool = False) -> str:
    # Each group runs only when its characters are present, to keep long stories fast.
    if "\u201d" in text and not typed_closing:
        text = _OPEN_AT_START.sub("\u201c", text)
        if "*\u201d" in text or "_\u201d" in text:
            text = _OPEN_INSIDE_MARKER.sub("\\g<marker>\u201c", text)
    if "\u2019" in text:
        text = _OPEN_SINGLE_BEFORE_MARKER.sub("\u2018", text)
    if "\u2018" in text:
        text = _ELISION.sub("\u2019", text)
        text = _DUTCH_ELISION.sub("\u2019", text)
        text = _DECADE.sub("\u2019", text)
        text = _ELIDED_YEAR.sub(_elided_year, text)
        text = _ROCK_N_ROLL.sub("\u2019n\u2019", text)
    if "\u2014" in text or "\u2013" in text:
        if not typed_closing:
            text = _OPEN_AFTER_DASH.sub("\u201c", text)
        text = _OPEN_SINGLE_AFTER_DASH.sub("\u2018", text)
        text = _CLOSE_AFTER_DASH.sub("\u201d", text)
        text = _CLOSE_SINGLE_AFTER_DASH.sub("\u2019", text)
    if "\u2033" in text:
        text = _PRIME_QUOTE.sub("\u201d", text)
    if "\u2026" in text and not typed_closing:
        text = _OPEN_BEFORE_ELLIPSIS.sub("\u201c", text)
    return text


def typography(text: str, *, dashes: bool = True) -> str:
    """Return ``text`` with typographic quotes, apostrophes, dashes and ellipses.

    URLs inside the text are not touched. With ``dashes`` false, hyphens stay as written:
    titles are kept as their writer spelled them ("Chapter 1 - The Crater"), and only their
    quotes and ellipses are set.
    """
    return typography_many([text], dashes=dashes)[0]


def typography_many(texts: Sequence[str], *, dashes: bool = True) -> list[str]:
    """:func:`typography` for many paragraphs at once, in one pass of smartypants.

    Paragraphs reach smartypants joined by blank lines (a quote after a line break opens, one
    before it closes, as within a paragraph), because one call over a chapter costs far less
    than one per paragraph. URLs reach it as placeholder tags, which it skips while keeping
    the quote context on both sides.
    """
    if not texts:
        return []  # the split below would give one empty paragraph for none
    if len(texts) > 1 and any(_SEPARATOR in text for text in texts):
        # Multi-paragraph values (a summary) go one by one, keeping their own blank lines.
        return [typography_many([text], dashes=dashes)[0] for text in texts]
    urls: list[str] = []
    joined = curl_quotes(_prepare_all(texts, urls, dashes))
    results = []
    pieces = joined.split(_SEPARATOR) if len(texts) > 1 else [joined]
    for text, marked in zip(texts, pieces, strict=True):
        marked = _fix(marked, typed_closing=_typed_closing_only(text))
        if urls and "<u" in marked:
            # Put back while the text is still escaped, where a "<u0/>" the story itself
            # holds reads "&lt;u0/&gt;" and is no placeholder; each address is escaped
            # too, so that unescaping gives it back as written.
            marked = _PLACEHOLDER.sub(
                lambda found: html.escape(urls[int(found.group(1))], quote=False), marked
            )
        results.append(html.unescape(marked))
    return results


def _prepare_all(texts: Sequence[str], urls: list[str], dashes: bool) -> str:
    """The texts, each made ready by :func:`_prepare`, joined by blank lines."""
    if urls_in(_SEPARATOR.join(texts)):
        return _SEPARATOR.join([_prepare(text, urls, dashes) for text in texts])
    # No text holds an address (an address has no space in it, so none spans the blank line
    # between two texts). Each text is then one piece for _prepare, converted and escaped,
    # and escaping, which replaces characters one by one, is done once over the joined texts.
    convert = _dashes_and_dots if dashes else _dots
    return html.escape(_SEPARATOR.join(map(convert, texts)), quote=False)


def _prepare(text: str, urls: list[str], dashes: bool) -> str:
    """Dashes and ellipses converted, markup characters escaped, URLs set aside as tags."""
    convert = _dashes_and_dots if dashes else _dots
    pieces: list[str] = []
    position = 0
    for found in urls_in(text):
        pieces.append(html.escape(convert(text[position : found.start()]), quote=False))
        pieces.append(f"<u{len(urls)}/>")
        urls.append(found.group())
        position = found.end()
    pieces.append(html.escape(convert(text[position:]), quote=False))
    return "".join(pieces)


_SEPARATOR = "\n\n"
_PLACEHOLDER = lazy(r"<u(\d+)/>")
