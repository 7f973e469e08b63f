"""Curl straight quotes with smartypants, handing it only the text around each quote.

smartypants decides each quote from a few characters on either side of it: up to seven
before (``&nbsp;``, ``&#8212;``) and three after (``'90s``, ``'s`` before a word boundary),
or the start of the text. Its dozen regular expressions still scan every character of the
text, which made them the largest single cost of reading a long story. So it is given the
quotes' windows only, each with more context than any of its rules reads, joined end to end,
and its answer is copied back over the same positions. The result is the same as one call
over the whole text (a property test checks this); texts where that could not be shown fall
back to the whole-text call. Quotes that smartypants curls alike wherever they stand (inside
a word, or next to a space) are curled beforehand and need no window at all.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from fic2epub.lazy_re import lazy

# Context kept on each side of a quote: more than smartypants' longest look-behind (seven
# characters, "&#8212;") and look-ahead (three, "90s").
_BEFORE = 8
_AFTER = 4
# The characters smartypants curls.
_QUOTES = ("'", '"')


@lru_cache(maxsize=1)
def _smartypants() -> Callable[[str], str]:
    import smartypants

    # q: quotes only (dashes and ellipses are converted before); u: characters, not entities.
    attrs = smartypants.Attr.q | smartypants.Attr.u

    def convert(text: str) -> str:
        return str(smartypants.smartypants(text, attrs))

    return convert


def curl_quotes(text: str) -> str:
    """``text`` with every straight quote curled as smartypants would curl it.

    ``text`` is HTML-escaped, as smartypants expects: the only character references in it are
    ``&amp;``, ``&lt;`` and ``&gt;``, which smartypants leaves alone wherever they stand.
    """
    convert = _smartypants()
    if "\\" in text or "<" in text:
        # A backslash escapes what follows it, in runs whose parity a window could split,
        # and a tag ends smartypants' text run: both change the context past the window.
        return convert(text)
    settled = _curl_settled_quotes(text)
    windows = _windows(settled)
    if not windows:
        return settled
    joined = "".join(settled[start:end] for start, end in windows)
    curled = convert(joined)
    if len(curled) != len(joined):
        return convert(text)  # quotes only ever become one character each; be safe anyway
    pieces: list[str] = []
    position = offset = 0
    for start, end in windows:
        pieces.append(settled[position:start])
        pieces.append(curled[offset : offset + end - start])
        offset += end - start
        position = end
    pieces.append(settled[position:])
    return "".join(pieces)


# Quotes that smartypants curls alike wherever they stand, settled by the few characters
# around them, their two neighbours never a straight quote (see _curl_settled_quotes):
# an apostrophe inside a word ("don't", "O'Brien"): a word character before it, and after it
# a letter that is not an "s" ending the word;
_INNER_APOSTROPHE = lazy(r"'(?<=\w')(?=[^\W\d])(?!s\b)")
# an apostrophe before a word-final "s" ("it's", "Tom's"), with no "'s" before it or
# "s'" after it;
_APOSTROPHE_S = lazy(r"'(?<=\w')(?<!'s')(?=s\b)(?!s')")
# a single quote closing before a space, tab or line break, after any character but a space,
# a quote, an opening bracket or a dash ("'Go,' she"), with no "'s" before it;
_CLOSING_SINGLE = lazy(r"'(?<=[^\s'\"\[{(\-]')(?<!'s')(?=[ \t\r\n])")
# a quote opening a word after a space: 'said "Go', "said 'Go";
_OPENING_SINGLE = lazy(r"'(?<=\s')(?=\w)")
_OPENING_DOUBLE = lazy(r'"(?<=\s")(?=\w)')
# a double quote before a space, after any character but a straight quote: 'go," she'.
_CLOSING_DOUBLE = lazy(r'"(?<=[^\'"]")(?=\s)')


def _curl_settled_quotes(text: str) -> str:
    """``text`` (without tags or backslashes) with the quotes whose curl smartypants settles
    from their neighbours alone already curled, so that they need no window: most quotes of
    English prose.

    How smartypants settles them, its rules running one after another over the text:

    * An apostrophe inside a word: its rules that open a single quote need a space, a dash,
      an entity or a double quote before it, or a digit after it (the decades rule); then its
      first closing rule takes a quote after anything but a space, an opening bracket or a
      dash, and before no space, digit or word-final "s": ’.
    * A single quote before a word-final "s", or before a space, tab or line break: its
      second closing rule takes the character before it (anything but a space, an opening
      bracket or a dash), the quote and the "s" or space after it: ’. Not when that
      character is an "s" the rule has already taken with the quote before it ("a's's":
      this one is then opened), nor when the "s" it takes is the one the next quote needs
      ("it's'"); and only before those three spaces, which never start one of its matches
      (a no-break space may).
    * A quote after a space and before a word character: the rules for a quote at the
      start, beside another quote or (single) before a decade's digits after a word do not
      apply, and its opening rule takes a space before and a word character after: ‘ or “.
    * A double quote before a space, not at the start and not after a single quote: no rule
      before its first closing rule applies (the opening ones want a word character after
      it), and that one takes any double quote before a space: ”.

    Curling them changes no other quote's curl: a settled quote has no straight quote beside
    it, and where smartypants reads further from a quote it looks for a dash, an entity,
    digits, an "s" or a word character, none of which a quote is, straight or curly.
    """
    if "'" in text:
        text = _INNER_APOSTROPHE.sub("\u2019", text)
        text = _OPENING_SINGLE.sub("\u2018", text)
        text = _APOSTROPHE_S.sub("\u2019", text)
        text = _CLOSING_SINGLE.sub("\u2019", text)
    if '"' in text:
        text = _OPENING_DOUBLE.sub("\u201c", text)
        text = _CLOSING_DOUBLE.sub("\u201d", text)
    return text


def _windows(text: str) -> list[tuple[int, int]]:
    """The spans around the quotes in ``text``, merged where they touch.

    A window that does not start the text begins at least ``_BEFORE`` characters before its
    first quote, so nothing joined in front of it is close enough to change a quote, and a
    window that starts the text also starts the joined text, where "^" rules apply alike.
    """
    windows: list[tuple[int, int]] = []
    for position in _quote_positions(text):
        start = max(position - _BEFORE, 0)
        end = position + 1 + _AFTER
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    if windows and windows[-1][1] > len(text):
        windows[-1] = (windows[-1][0], len(text))
    return windows


def _quote_positions(text: str) -> list[int]:
    """Where the straight quotes (``'`` and ``"``) stand in ``text``, in order.

    ``str.find`` looks for one character with a fast scan in C; a pattern for either quote
    tests every character of the text in turn, which took several times as long on a long
    chapter, where quotes are a few in a hundred characters.
    """
    positions: list[int] = []
    for quote in _QUOTES:
        found = text.find(quote)
        while found >= 0:
            positions.append(found)
            found = text.find(quote, found + 1)
    positions.sort()
    return positions
