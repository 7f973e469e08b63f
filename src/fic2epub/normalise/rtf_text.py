"""Rule ``rtf-document``: a word processor's RTF file, read as the text it holds.

A story saved as Rich Text Format (by WordPad, TextEdit, LibreOffice or Word) and then named
``.txt``, or opened and saved again in a plain editor, is RTF's source: a group that opens
"{\\rtf1", font and colour tables, and the text among control words (``\\par`` ends a
paragraph, ``\\ldblquote`` is a curly quote, ``\\u257?`` a letter beyond ASCII, ``\\i`` turns
italics on). Read as it stands, every line is markup. The source is turned into its text
with striprtf, a library that knows RTF's destinations, escapes and code pages; each
paragraph comes out on a line of its own, as a phone paste has them.

striprtf keeps no formatting, and a story's italics and bold are its own (a stressed word, a
letter's title): the switches are first written as the Markdown marks the reader knows, so
that "\\i more\\i0" comes out as "*more*" (rule ``rtf-emphasis``).
"""

from __future__ import annotations

import re

from fic2epub.errors import InputError
from fic2epub.lazy_re import lazy

# An RTF document opens with its group and the version control word, nothing before them
# but white space (the decoder has already taken any byte-order mark).
_RTF_START = "{\\rtf"


# The switches for italics and bold, "\i" on and "\i0" off (and "\b", "\b0"), with the one
# space that ends a control word; a letter or digit after them makes another word ("\info").
# A switch that a group's end turns off ("{\i more}") leaves a lone mark, which the emphasis
# pass keeps as the character it is.
_SWITCH = lazy(r"\\(?P<kind>[ib])0?(?![a-z0-9])(?: )?")
_MARKS = {"i": "*", "b": "**"}
# Rule ``rtf-emphasis-group``: WordPad and Word set a stretch in italics as a group of its
# own, "{\i You cannot go.}", the group's end turning the switch off: the stretch between
# the marks, with no group or other emphasis switch inside it.
_SWITCH_GROUP = lazy(
    r"\{\\(?P<kind>[ib])(?![a-z0-9]) ?(?P<held>(?:[^{}\\]|\\(?![ib]0?(?![a-z0-9])))+)\}"
)


def rtf_document(text: str) -> str:
    """The text an RTF document holds (``rtf-document``); any other text as it is."""
    if text.lstrip()[: len(_RTF_START)] != _RTF_START:
        return text
    from striprtf.striprtf import rtf_to_text  # only for RTF files: most stories are not

    try:
        # striprtf's functions carry no annotations; it returns a str.
        marked = _SWITCH.sub(_mark, _SWITCH_GROUP.sub(_group_marks, text))
        held = str(rtf_to_text(marked))  # type: ignore[no-untyped-call]
    except (ArithmeticError, LookupError, ValueError) as error:
        # A damaged file: a code page or character number out of range, a cut-off escape.
        raise InputError("not a readable RTF document") from error
    if not held.strip():
        raise InputError("an RTF document with no text in it")
    return held


def _mark(found: re.Match[str]) -> str:
    """An emphasis switch as its Markdown mark (``rtf-emphasis``)."""
    return _MARKS[found.group("kind")]


def _group_marks(found: re.Match[str]) -> str:
    """An emphasis group as its text between Markdown marks (``rtf-emphasis-group``)."""
    mark = _MARKS[found.group("kind")]
    return f"{mark}{found.group('held')}{mark}"
