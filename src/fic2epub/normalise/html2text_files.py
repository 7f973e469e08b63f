"""An ebook's XHTML files run one by one through a text converter (the Debian ``html2text``).

Someone who unzips an EPUB and turns each ``.xhtml`` file into text, then puts the outputs
together, keeps two marks of the converter in the story:

- Rule ``xml-declaration-line``: each file's ``<?xml version="1.0" encoding="UTF-8"?>``
  declaration comes out as a line of its own at the top of that file's part. It is markup,
  never the author's: as the first line it would be the title.
- Rule ``underscored-link-text``: the converter writes every space inside a link's text as
  an underscore ("General_Audiences", "Archive_of_Our_Own", "more_notes"). On an AO3 page
  every tag is a link, so a fandom or a character read as written keeps the underscores.
  The spaces come back in such a file: one that names the archive "Archive_of_Our_Own", as
  only this converter writes it. The byline's name is left alone, since a user name may
  hold an underscore of its own, and so is an underscore at a word's edge (``_word_``
  emphasis).
- Rule ``starred-note-heading``: the converter sets a heading between runs of stars
  ("***** Chapter 1: … *****"). AO3's afterword page heads the work's end notes
  "***** Afterword *****": a note's label, which the stars would hide, so the note before
  it would run on into it. In a file with the declarations, such a heading whose words are
  a note's label loses its stars.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy
from fic2epub.normalise.patterns import match_note

# A whole line that is an XML declaration.
_DECLARATION = lazy(r"[ \t]*<\?xml[ \t][^<>]{0,200}\?>[ \t]*")
# A heading between runs of the converter's stars: "***** Afterword *****".
_STARRED = lazy(r"\*{3,6}[ \t]+(?P<words>[^*]{1,60}?)[ \t]+\*{3,6}")
# The archive's name as the converter writes its link text.
_ARCHIVE = "Archive_of_Our_Own"
# An underscore between two letters or digits (not at a word's edge).
_INNER_UNDERSCORE = lazy(r"(?<=[^\s_*~])_(?=[^\s_*~])")
# The byline, whose name keeps its underscores.
_BYLINE = lazy(r"[ \t]*by[ \t]")


def xml_declaration_lines(text: str) -> str:
    """``text`` without the converter's XML declaration lines, and in a file that has them,
    its starred note headings as bare labels."""
    # "<" first: one character is found at memory speed (see line_search).
    if "<" not in text or "<?xml" not in text:
        return text
    lines = text.split("\n")
    if not any(_declaration(line) for line in lines):
        return text
    return "\n".join(_unstarred(line) for line in lines if not _declaration(line))


def underscored_link_text(text: str) -> str:
    """``text`` with its link texts' spaces back, in an AO3 download so converted."""
    # "_" first: one character is found at memory speed (see line_search), the name in a
    # search of the whole text.
    if "_" not in text or _ARCHIVE not in text:
        return text
    return "\n".join(_spaced_link_text(line) for line in text.split("\n"))


def _declaration(line: str) -> bool:
    """Whether the line is only an XML declaration (xml-declaration-line)."""
    return line.lstrip().startswith("<?xml") and _DECLARATION.fullmatch(line) is not None


def _unstarred(line: str) -> str:
    """A starred heading that is a note's label as the label alone (starred-note-heading)."""
    if not line.startswith("***") or (found := _STARRED.fullmatch(line.strip())) is None:
        return line
    words = found.group("words")
    label = match_note(words)
    return words if label is not None and not label.rest else line


def _spaced_link_text(line: str) -> str:
    """The line with its inner underscores as spaces (underscored-link-text), but a
    byline's."""
    if "_" not in line or _BYLINE.match(line):
        return line
    return _INNER_UNDERSCORE.sub(" ", line)
