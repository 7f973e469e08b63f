"""Rule ``letter-spaced-line``: a line typed in spaced-out capitals, read as its words.

A fanzine page, and a list post laid out like one, sets its title (or a heading) letter by
letter, one space between the letters of a word and three between the words::

                     A N   H O N E S T   M A N

The spacing is the page's display, not the words: each such line is read as the words it
spells ("AN HONEST MAN"), keeping its indent, so the header passes see a title line rather
than a row of single letters (which reads like a label "A N"). The capitals are display
too when the mail's own ``Subject:`` line spells the same words in mixed case ("FIC: An
Honest Man (Adam Homo) [G]"): the writer typed the title there, so its spelling is taken.

Guards: the whole line is single capitals (or digits) with one space between them; two
words at least, or one word of four letters or more, and six characters or more in all;
two different letters at least, so a break drawn as ``X X X X`` or ``O O O O`` stays one.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# The letter-spaced line: two single capitals or more (digits, "&", "'") with one space
# inside a word and two or more between words; a line of one capital ("I", "A") is a
# heading or a word, never worth the copy and the substitution below. The two kinds of gap
# cannot both match one space run, so the pattern does not backtrack. It is sought from the
# line break before it: a pattern that opens with a character the engine looks for first
# runs over a long story some ten times faster than one that tries a class of letters at
# every place (half a millisecond against six at 1.2 MB), so the text is searched with a
# line break put before it.
_LETTER = r"[A-Z0-9&'’]"
_SPACED_LINE = lazy(
    rf"\n(?P<indent>[ \t]*)(?P<spaced>{_LETTER}(?: {_LETTER}| {{2,}}{_LETTER})+)"
    r"[ \t]*(?=\n|\Z)"
)
# The mail's subject, among the first lines of the text.
_SUBJECT = lazy(r"^subject:[ \t]*(?P<subject>.+)$", re.IGNORECASE | re.MULTILINE)
# How far into the text the subject line is looked for.
_SUBJECT_REACH = 3000
# The longest first line a letter-spaced title could be (its letters, spaces and indent).
_FIRST_LINE = 400
# The fewest characters the spelt words hold.
_FEWEST = 6


def letter_spaced_lines(text: str) -> str:
    """``text`` with each letter-spaced line of capitals read as its words (see the
    module), or ``text`` as it is."""
    # The line break before the first line is the only one the text lacks: the copy, and
    # the search for the title alone, wait until the text is known to hold such a line.
    if _SPACED_LINE.search(text) is None and _SPACED_LINE.match("\n" + text[:_FIRST_LINE]) is None:
        return text
    subject = _SUBJECT.search(text[:_SUBJECT_REACH])
    subject_text = subject.group("subject") if subject else ""

    def collapse(found: re.Match[str]) -> str:
        words = _spelt_words(found.group("spaced"))
        if words is None:
            return found.group(0)
        return "\n" + found.group("indent") + _subject_spelling(words, subject_text)

    return _SPACED_LINE.sub(collapse, "\n" + text)[1:]


def _spelt_words(spaced: str) -> str | None:
    """The words a letter-spaced run spells, one space between them, or None when the run
    is too short or too uniform to be a title (see the module's guards)."""
    words = ["".join(word.split(" ")) for word in re.split(r" {2,}", spaced)]
    letters = "".join(words)
    if len(letters) < _FEWEST or len(set(letters)) < 2:
        return None
    if len(words) == 1 and len(words[0]) < 4:
        return None
    return " ".join(words)


def _subject_spelling(words: str, subject: str) -> str:
    """The words as the subject spells them, when it holds them whole (compared without
    case) and in mixed case; else the words in capitals, as the page set them."""
    at = subject.lower().find(words.lower())
    if at < 0:
        return words
    end = at + len(words)
    if (at > 0 and subject[at - 1].isalnum()) or (end < len(subject) and subject[end].isalnum()):
        return words
    spelt = subject[at:end]
    return spelt if spelt != spelt.upper() else words
